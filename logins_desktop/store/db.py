"""Engine and session set-up. SQLite gets WAL, foreign keys, a busy timeout and synchronous=FULL.

A SQLite file that this process may not write (read-only file system, no write permission on the
file or its folder) is opened read-only on purpose: the station can still show its data, and every
write is refused by SQLite itself, so nothing is ever reported saved that was not.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
# One wait inside SQLite's busy handler; write_session retries such waits up to the database's
# busy_seconds (settings: database.busy_seconds), reporting each retry.
BUSY_TIMEOUT_MS = 1000
DEFAULT_BUSY_SECONDS = 30.0
# The committing connection checkpoints the WAL only past this many pages (~40 MB); below it a
# background thread (Checkpointer) does the work, so a scan's commit never waits for a checkpoint.
WAL_AUTOCHECKPOINT_PAGES = 10_000
# Execution option: a SQLite write transaction that takes the write lock at BEGIN, so two writers
# never both read the same on-hand quantity before one of them writes it.
WRITE_LOCK = {"sqlite_begin": "BEGIN IMMEDIATE"}


def sqlite_file(url: str) -> Path | None:
    """The file of a plain sqlite:///path URL (None for other databases, :memory: and file: URIs)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:") or parsed.query.get("uri"):
        return None
    return Path(parsed.database)


def can_write(path: Path) -> bool:
    """Whether this process can write the SQLite file and create its -wal/-shm files beside it.

    os.access asks the kernel, so a read-only file system answers False even to root."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a folder still to be created: its first existing parent decides
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def read_only_url(path: Path) -> str:
    """A read-only SQLite URI for `path`. On a read-only file system nobody can change the file, so
    it is also declared immutable: SQLite then needs no -shm file, which could not be created."""
    flags = "mode=ro"
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            flags += "&immutable=1"
    except OSError:
        pass
    return f"sqlite:///file:{path}?{flags}&uri=true"


def make_engine(url: str, **kwargs) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    path = sqlite_file(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only place: opening says so in words (store.database)
            pass
    read_only = parsed.query.get("mode") == "ro"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record):
        # pysqlite's own transaction handling is turned off; SQLAlchemy emits BEGIN itself below.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if parsed.database and parsed.database != ":memory:" and not read_only:
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
                    log.warning("WAL checkpoint postponed: %s", exc)
        finally:
            conn.close()

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked": another connection or program holds the write lock."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


def retry_while_busy(action: Callable[[], object], busy_seconds: float, on_busy: Callable[[float], None] | None = None,
                     clock: Callable[[], float] = time.monotonic):
    """Run `action`; while SQLite says the database is locked, try again until `busy_seconds` have
    passed, calling on_busy(seconds waited) before each new try. Past the limit the last
    OperationalError is raised as it is (callers already handle it: a scan is then refused)."""
    started = clock()
    while True:
        try:
            return action()
        except OperationalError as exc:
            waited = clock() - started
            if not is_busy(exc) or waited >= busy_seconds:
                raise
            log.info("database busy for %.0f s, trying again", waited)
            if on_busy is not None:
                on_busy(waited)


class Writer:
    """A connection kept open for one thread's frequent small transactions (the packing station
    writes one per scan): no pool checkout and reset per scan, and SQLite's statement cache stays
    warm. Each transaction gets a fresh Session bound to it; after a failure the connection is
    dropped and the next transaction opens a new one."""

    def __init__(self, engine: Engine,
                 waiting: Callable[[], tuple[float, Callable[[float], None] | None]] = lambda: (DEFAULT_BUSY_SECONDS, None)):
        # `waiting`: how long to wait for a busy database and who hears each retry, read at every
        # transaction (the window sets its "base occupée" hook after the station is built).
        self._engine, self._waiting = engine, waiting
        self._connection: Connection | None = None

    @contextmanager
    def transaction(self):
        """Like write_session: the write lock from the start (SQLite), committed on exit."""
        def begin():
            if self._connection is None:
                self._connection = self._engine.connect().execution_options(**WRITE_LOCK)
            try:
                return self._connection.begin()
            except OperationalError:
                self.close()
                raise

        outer = retry_while_busy(begin, *self._waiting())
        session = Session(bind=self._connection, expire_on_commit=False)
        try:
            yield session
            session.flush()
            outer.commit()
        except BaseException as exc:
            session.close()
            if isinstance(exc, SQLAlchemyError):  # the connection may be broken: start afresh next time
                self.close()
            elif outer.is_active:
                outer.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except SQLAlchemyError as exc:  # a connection already broken: nothing more to free
                log.info("writer connection not closed cleanly: %s", exc)
            self._connection = None


def begin_write(conn: Connection) -> None:
    """Begin the write transaction of `conn` (BEGIN IMMEDIATE on SQLite: the write lock is taken now).

    For work that keeps one connection across transactions (an import's TEMP staging table); raises
    OperationalError when the database is locked, with `conn` left outside any transaction."""
    if conn.in_transaction():
        conn.commit()
    conn.execution_options(**WRITE_LOCK)
    try:
        conn.begin()
    except OperationalError:
        conn.rollback()
        raise
    finally:
        conn.execution_options(sqlite_begin="BEGIN")  # its next transactions are plain readers again


@contextmanager
def write_session(factory: sessionmaker[Session], busy_seconds: float = DEFAULT_BUSY_SECONDS,
                  on_busy: Callable[[float], None] | None = None):
    """A session whose transaction holds the write lock from its start (SQLite); committed on exit.

    Taking the lock is the only step retried while the database is busy: nothing is written yet."""
    with factory() as session:
        def take_lock():
            try:
                session.connection(execution_options=WRITE_LOCK)
            except OperationalError:
                session.rollback()
                raise

        retry_while_busy(take_lock, busy_seconds, on_busy)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
