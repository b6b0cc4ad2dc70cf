"""Devices (scanners, printers), one module per transport, chosen by URL. No Qt."""
