"""One module per area (station, stock, import, labels…); each declares its messages with
`translate("messages", "French text", "area.id")`. All modules here are loaded by the catalogue."""
