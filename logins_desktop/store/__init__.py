"""Persistence: SQLAlchemy 2 models, engine set-up, migrations, the stock ledger. No Qt."""
