"""One process per station: a second window or headless process for a station that already runs
on the same database is refused, so two screens can never build one kit twice.

SQLite: an exclusive fcntl lock on a small file beside the database (the data dir when the
database's folder is read-only), held for the process's life; the kernel drops it if the process
dies, so a crash never leaves a station locked. PostgreSQL: a session advisory lock, held by one
connection kept open for the process's life.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
from pathlib import Path

from sqlalchemy import text

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.settings import data_dir
from logins_desktop.store.database import Database
from logins_desktop.store.db import can_write, is_sqlite, sqlite_file

log = logging.getLogger(__name__)


class StationAlreadyRunning(DomainError):
    pass


def _safe(station: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", station) or "_"


def lock_file(db_path: Path, station: str) -> Path:
    beside = db_path.with_name(f"{db_path.name}.{_safe(station)}.lock")
    if can_write(beside):
        return beside
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    return data_dir() / "locks" / f"{digest}.{_safe(station)}.lock"


def advisory_key(station: str) -> int:
    """A signed 64-bit key for pg_advisory_lock, the same for a station on every machine."""
    return int.from_bytes(hashlib.sha256(f"logins-station:{station}".encode()).digest()[:8], "big", signed=True)


class StationLock:
    def __init__(self, db: Database, station: str):
        self._db = db
        self.station = station
        self._fd: int | None = None
        self._conn = None
        self.path: Path | None = None

    def acquire(self) -> StationLock:
        """Take the station, or raise StationAlreadyRunning with a plain message."""
        path = sqlite_file(self._db.url)
        if is_sqlite(self._db.engine) and path is not None:
            self._acquire_file(lock_file(path, self.station))
        elif not is_sqlite(self._db.engine):
            self._acquire_advisory()
        return self  # :memory: databases are private to their process: nothing to share

    def _acquire_file(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise StationAlreadyRunning(msg("station.already_running", station=self.station, pid=holder)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # who holds it, for the refusal's message
        self._fd, self.path = fd, path
        log.info("station %s locked (%s)", self.station, path)

    def _acquire_advisory(self) -> None:
        conn = self._db.engine.connect()
        taken = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": advisory_key(self.station)}).scalar()
        conn.commit()
        if not taken:
            conn.close()
            raise StationAlreadyRunning(msg("station.already_running_elsewhere", station=self.station))
        self._conn = conn
        log.info("station %s locked (advisory lock)", self.station)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": advisory_key(self.station)})
                self._conn.commit()
            finally:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> StationLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
