"""Write a new Alembic revision from the models: python scripts/new_migration.py "message"."""

import sys
import tempfile

from logins_desktop.store.db import make_engine
from logins_desktop.store.migrate import autogenerate, upgrade

with tempfile.TemporaryDirectory() as tmp:
    engine = make_engine(f"sqlite:///{tmp}/scratch.sqlite3")
    upgrade(engine)  # bring a scratch database to head, then diff it against the models
    autogenerate(engine, sys.argv[1])
