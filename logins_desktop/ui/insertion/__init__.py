"""The insertion counsellor's screens (alerts, search, a person's path, the passport) and the
station's "mon parcours". They import services only: the value types come re-exported from there."""
