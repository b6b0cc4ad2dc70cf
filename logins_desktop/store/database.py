"""One object holding the engine and session factory of an opened, migrated database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from logins_desktop.store import migrate
from logins_desktop.store.db import Checkpointer, is_sqlite, make_engine, make_session_factory, write_session


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    checkpointer: Checkpointer | None = None

    def write(self):
        """Context manager: a write transaction, committed on success (see store.db.write_session)."""
        return write_session(self.sessions)

    def read(self) -> Session:
        return self.sessions()

    def integrity_errors(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks; empty when the file is sound."""
        if not is_sqlite(self.engine):
            return []
        with self.engine.connect() as conn:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            problems = [] if result == ["ok"] else result
            problems += [f"clé étrangère rompue : {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        return problems

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM products")).scalar_one() == 0

    def start_checkpointer(self, interval: float = 2.0) -> None:
        """For long-running processes (app, headless station) on a SQLite file."""
        database = self.engine.url.database
        if is_sqlite(self.engine) and database and database != ":memory:" and self.checkpointer is None:
            self.checkpointer = Checkpointer(database, interval)
            self.checkpointer.start()

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open a database; bring its schema to the latest migration unless upgrade=False."""
    engine = make_engine(url)
    if upgrade:
        migrate.upgrade(engine)
    return Database(url=url, engine=engine, sessions=make_session_factory(engine))
