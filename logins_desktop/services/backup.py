"""Online backups of the local SQLite database with the sqlite3 backup API, and checked restores.

A backup is taken while the station keeps working (the API copies a consistent snapshot page by
page). A restore refuses any file that fails SQLite's integrity check or is not a Log'ins
database, and first saves the current database aside, so nothing is ever lost by restoring.
"""

from __future__ import annotations

import logging
import shlex
import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg
from logins_desktop.services.masterdata import Progress  # (phase, done, total), as the imports report it
from logins_desktop.settings import data_dir
from logins_desktop.store.database import DatabaseDamaged

log = logging.getLogger(__name__)
KEEP = 14


def sqlite_path(db_url: str) -> Path:
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise DomainError(msg("backup.sqlite_only"))
    return Path(url.database)


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def check_file(path: Path) -> list[Message]:
    """Problems that make a file unfit to restore (empty list: fit)."""
    if not path.is_file():
        return [msg("backup.file_not_found", path=str(path))]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                return [msg("backup.integrity", detail=line) for line in result[:5]]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [msg("backup.not_sqlite", detail=str(exc))]
    if not {"alembic_version", "stock_movements", "scan_events"} <= tables:
        return [msg("backup.not_logins")]
    return []


def _copy(source: Path, target: Path, progress: Progress | None = None) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    # sqlite3 reports pages left and total after each step: as pages done, for a bar.
    def step(_status: int, remaining: int, total: int) -> None:
        progress("backing_up", total - remaining, total)

    try:
        with dst:
            src.backup(dst, pages=1024, sleep=0.005, progress=step if progress else None)  # small steps: writers are never held up long
    finally:
        src.close()
        dst.close()


def backup(db_url: str, out: Path | None = None, keep: int = KEEP, progress: Progress | None = None) -> Path:
    """A hot copy of the database, checked before it gets its name; `progress(phase, done, total)`
    is called after each step of pages copied (phase "backing_up"); raising from it stops the copy."""
    source = sqlite_path(db_url)
    if not source.exists():
        raise DomainError(msg("backup.db_not_found", path=str(source)))
    if out is None:
        folder = default_backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{source.stem}-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(out.suffix + ".partiel")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial, progress)
    except BaseException:  # stopped from the screen, disk full…: no half copy left behind
        partial.unlink(missing_ok=True)
        raise
    problems = check_file(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise DomainError(msg("backup.inconsistent", problems=problems))
    partial.replace(out)  # a backup file exists only once complete and checked
    if out.parent == default_backup_dir():
        _prune(out.parent, source.stem, keep)
    return out


def _prune(folder: Path, stem: str, keep: int) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)


def restore(db_url: str, file: Path) -> Path:
    """Replace the database's content with `file`; returns where the previous content was saved.

    A damaged current database cannot be copied by SQLite: its file (and -wal, -shm) is moved aside
    as it is, so even a damaged file is kept for the support."""
    problems = check_file(Path(file))
    if problems:
        raise DomainError(msg("backup.restore_refused", problems=problems))
    target = sqlite_path(db_url)
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    saved = None
    if target.exists() and check_file(target):
        saved = target.with_name(f"{target.stem}-endommagee-{stamp}{target.suffix}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{target}{suffix}")
            if part.exists():
                part.replace(Path(f"{saved}{suffix}"))
    elif target.exists():
        saved = backup(db_url, target.with_name(f"{target.stem}-avant-restauration-{stamp}.sqlite3"))
    _copy(Path(file), target)
    remaining = check_file(target)
    if remaining:
        raise DomainError(msg("backup.restore_incomplete", problems=remaining))
    return saved


def candidates(db_path: Path) -> list[Path]:
    """Backups of this database, newest first: the backups folder's, and the copies a restore set aside."""
    db_path = Path(db_path)
    found = list(default_backup_dir().glob(f"{db_path.stem}-*.sqlite3"))
    found += db_path.parent.glob(f"{db_path.stem}-avant-restauration-*.sqlite3")
    found = [p for p in found if p.is_file() and p.resolve() != db_path.resolve()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_valid(db_path: Path) -> Path | None:
    """The newest backup that passes the same checks as a restore (integrity, Log'ins tables)."""
    return next((p for p in candidates(db_path) if not check_file(p)), None)


def explain_damage(fault: DatabaseDamaged, db_url: str) -> Message:
    """What to tell a person about a damaged database: the newest valid backup and the exact command."""
    found = newest_valid(fault.path)
    if found is None:
        return msg("db.damaged_no_backup", path=str(fault.path), detail=fault.detail, folder=str(default_backup_dir()))
    command = f"logins-desktop db restore {shlex.quote(str(found))} --db {shlex.quote(db_url)}"
    return msg("db.damaged", path=str(fault.path), detail=fault.detail, backup=str(found), command=command)


class BackupScheduler(threading.Thread):
    """Takes a backup every `hours` while the app or the headless station runs."""

    def __init__(self, db_url: str, hours: float):
        super().__init__(name="sqlite-backup", daemon=True)
        self._url = db_url
        self._seconds = hours * 3600
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(self._seconds):
            started = time.monotonic()
            try:
                path = backup(self._url)
                log.info("backup %s written in %.1f s", path, time.monotonic() - started)
            except (DomainError, OSError, sqlite3.Error) as exc:
                log.error("automatic backup failed: %s", exc)

    def stop(self) -> None:
        self._halt.set()
