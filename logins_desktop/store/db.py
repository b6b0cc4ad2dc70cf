"""Engine and session set-up. SQLite gets WAL, foreign keys, a busy timeout and synchronous=FULL."""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
# The committing connection checkpoints the WAL only past this many pages (~40 MB); below it a
# background thread (Checkpointer) does the work, so a scan's commit never waits for a checkpoint.
WAL_AUTOCHECKPOINT_PAGES = 10_000
# Execution option: a SQLite write transaction that takes the write lock at BEGIN, so two writers
# never both read the same on-hand quantity before one of them writes it.
WRITE_LOCK = {"sqlite_begin": "BEGIN IMMEDIATE"}


def make_engine(url: str, **kwargs) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record):
        # pysqlite's own transaction handling is turned off; SQLAlchemy emits BEGIN itself below.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if parsed.database and parsed.database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a worker told "saved" must find it saved after a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


class Checkpointer(threading.Thread):
    """Copies the WAL back into the database file every few seconds, off the scanning thread.

    PASSIVE never blocks a writer: a scan committing meanwhile just appends to the WAL.
    """

    def __init__(self, path: str, interval: float = 2.0):
        super().__init__(name="sqlite-checkpoint", daemon=True)
        self._path = path
        self._interval = interval
        self._halt = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            while not self._halt.wait(self._interval):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error as exc:  # busy, disk full…: the next round, or autocheckpoint, will do
                    log.warning("checkpoint WAL différé : %s", exc)
        finally:
            conn.close()

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def write_session(factory: sessionmaker[Session]):
    """A session whose transaction holds the write lock from its start (SQLite); committed on exit."""
    with factory() as session:
        session.connection(execution_options=WRITE_LOCK)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
