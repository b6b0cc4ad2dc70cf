"""One object holding the engine and session factory of an opened, migrated database.

Opening says in words what is wrong with a database that cannot be used (store.database.DatabaseFault):
a damaged or foreign file, a database held by another program past the wait, a read-only place
with nothing to open, an unreachable server. A read-only SQLite file opens read-only (see store.db).
"""

from __future__ import annotations

import logging
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg
from logins_desktop.settings import mask_secrets, mask_url
from logins_desktop.store import migrate
from logins_desktop.store.db import (
    DEFAULT_BUSY_SECONDS,
    Checkpointer,
    Writer,
    can_write,
    is_busy,
    is_sqlite,
    make_engine,
    make_session_factory,
    read_only_url,
    retry_while_busy,
    sqlite_file,
    write_session,
)

log = logging.getLogger(__name__)


class DatabaseFault(DomainError):
    """A database that cannot be used as asked; the message says why and what to do."""


class DatabaseDamaged(DatabaseFault):
    """A SQLite file that is damaged or is no database at all. services.backup.explain_damage adds
    the newest valid backup and the restore command to the message."""

    def __init__(self, path: Path, detail: Message):
        self.path, self.detail = path, detail
        super().__init__(msg("db.cannot_open", path=str(path), detail=detail))


class DatabaseBusy(DatabaseFault):
    pass


class DatabaseReadOnly(DatabaseFault):
    pass


def fault_from(exc: BaseException, url: str, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> DatabaseFault | None:
    """The plain fault behind a database exception, or None when it is not a known database fault."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    path = sqlite_file(url) or Path(url)
    if isinstance(orig, sqlite3.Error):
        problem = str(orig).lower()
        if "not a database" in problem:
            return DatabaseDamaged(path, msg("db.detail.not_a_database"))
        if "malformed" in problem or "corrupt" in problem:
            return DatabaseDamaged(path, msg("db.detail.malformed"))
        if "disk i/o error" in problem:  # the storage itself failing, or its -wal/-shm files torn away
            return DatabaseDamaged(path, msg("db.detail.io_error"))
        if is_busy(orig):
            return DatabaseBusy(msg("db.busy", seconds=round(busy_seconds)))
        if "readonly" in problem or "read-only" in problem:
            return DatabaseReadOnly(msg("db.read_only", path=str(path)))
        if "disk is full" in problem or "disk full" in problem:
            return DatabaseFault(msg("db.disk_full"))
        return DatabaseFault(msg("db.cannot_open", path=str(path), detail=str(orig)))
    if isinstance(exc, OperationalError):  # a server database: refused, unreachable, wrong password
        first_line = mask_secrets(str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__)
        return DatabaseFault(msg("db.unreachable", url=mask_url(url), detail=first_line))
    return None


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    checkpointer: Checkpointer | None = None
    # A SQLite file this process may not write: opened read-only, every write refused by SQLite.
    read_only: bool = False
    _writers: weakref.WeakSet = field(default_factory=weakref.WeakSet, repr=False)
    # How long a write waits for a database held by another program, and who hears about each retry.
    busy_seconds: float = DEFAULT_BUSY_SECONDS
    on_busy: Callable[[float], None] | None = None

    @property
    def display_url(self) -> str:
        """The URL for people and logs: never with its password."""
        return mask_url(self.url)

    def write(self):
        """Context manager: a write transaction, committed on success (see store.db.write_session)."""
        return write_session(self.sessions, self.busy_seconds, self.on_busy)

    def writer(self) -> Writer:
        """A kept connection for one thread's frequent small writes (see store.db.Writer); closed by dispose()."""
        writer = Writer(self.engine, lambda: (self.busy_seconds, self.on_busy))
        self._writers.add(writer)
        return writer

    def read(self) -> Session:
        return self.sessions()

    def integrity_errors(self) -> list[Message | str]:
        """SQLite's own integrity and foreign-key checks; empty when the file is sound.

        A file too damaged to be checked raises DatabaseDamaged."""
        if not is_sqlite(self.engine):
            return []
        try:
            with self.engine.connect() as conn:
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                problems = [] if result == ["ok"] else result
                problems += [msg("app.foreign_key", row=str(tuple(r)))
                             for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        except SQLAlchemyError as exc:
            fault = fault_from(exc, self.url, self.busy_seconds)
            if fault is None:
                raise
            raise fault from exc
        return problems

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM products")).scalar_one() == 0

    def start_checkpointer(self, interval: float = 2.0) -> None:
        """For long-running processes (app, headless station) on a SQLite file."""
        database = self.engine.url.database
        if is_sqlite(self.engine) and database and database != ":memory:" and self.checkpointer is None \
                and not self.read_only:
            self.checkpointer = Checkpointer(database, interval)
            self.checkpointer.start()

    def dispose(self) -> None:
        for writer in list(self._writers):
            writer.close()
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True, check: bool = False, busy_seconds: float = DEFAULT_BUSY_SECONDS,
                  on_busy: Callable[[float], None] | None = None) -> Database:
    """Open a database; bring its schema to the latest migration unless upgrade=False.

    check=True also runs SQLite's quick check, for the processes that keep the database open for a
    shift (app, headless station): a damaged file is then said at start, not at the first scan.
    Raises DatabaseFault (a DomainError) with a plain message when the database cannot be used."""
    try:
        path = sqlite_file(url)
    except ArgumentError as exc:  # a typo in --db or db_url, or a database kind without its driver
        raise DatabaseFault(msg("db.bad_url", url=mask_url(url))) from exc
    read_only = False
    open_url = url
    if path is not None and not can_write(path):
        if not path.is_file():
            raise DatabaseReadOnly(msg("db.read_only_missing", path=str(path)))
        open_url, read_only, upgrade = read_only_url(path), True, False
        log.warning("database %s is not writable here: opened read-only", path)
    try:
        engine = make_engine(open_url)
    except ArgumentError as exc:
        raise DatabaseFault(msg("db.bad_url", url=mask_url(url))) from exc
    try:
        if upgrade:
            retry_while_busy(lambda: migrate.upgrade(engine), busy_seconds, on_busy)
        else:
            with engine.connect():
                pass  # the first connection reads the header: a foreign file is found here
        if check and is_sqlite(engine) and path is not None:
            with engine.connect() as conn:
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
            if result != ["ok"]:
                raise DatabaseDamaged(path, msg("db.detail.integrity", n=len(result)))
        if read_only and not migrate.is_up_to_date(engine):
            raise DatabaseReadOnly(msg("db.read_only_outdated", path=str(path)))
    except DatabaseFault:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        fault = fault_from(exc, url, busy_seconds)
        if fault is None:
            raise
        raise fault from exc
    return Database(url=url, engine=engine, sessions=make_session_factory(engine), read_only=read_only,
                    busy_seconds=busy_seconds, on_busy=on_busy)
