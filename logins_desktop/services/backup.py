"""Online backups of the local SQLite database with the sqlite3 backup API, and checked restores.

A backup is taken while the station keeps working (the API copies a consistent snapshot page by
page). A restore refuses any file that fails SQLite's integrity check or is not a Log'ins
database, and first saves the current database aside, so nothing is ever lost by restoring.

The evidence photos (a kit's check, goods refused damaged: files beside the database, see
services.evidence) go with it: the photos a backup's rows name are copied into the `evidence`
folder beside the backup, once each (a photo is written once and never changed), and a restore
brings back those missing from the station. In the station's backup folder, a copied photo that no
kept backup names any more (its row was undone, its backup pruned) is removed with it; erasing a
person removes the copies of their kits' photos there at once.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg
from logins_desktop.services import evidence
from logins_desktop.services.masterdata import Progress  # (phase, done, total), as the imports report it
from logins_desktop.settings import data_dir
from logins_desktop.store.database import DatabaseDamaged

log = logging.getLogger(__name__)
KEEP = 14
PHOTOS = "evidence"  # beside the backups: the photos they name


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


def _copy(source: Path, target: Path, progress: Progress | None = None, one_file: bool = True) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    # sqlite3 reports pages left and total after each step: as pages done, for a bar.
    def step(_status: int, remaining: int, total: int) -> None:
        progress("backing_up", total - remaining, total)

    try:
        with dst:
            src.backup(dst, pages=1024, sleep=0.005, progress=step if progress else None)  # small steps: writers are never held up long
        if one_file:  # a backup: a WAL-mode copy opened read-only (its check, the photos it names) leaves
            # -wal and -shm files beside it. A restored database stays as the app keeps it (WAL).
            dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        src.close()
        dst.close()


def backup(db_url: str, out: Path | None = None, keep: int = KEEP, progress: Progress | None = None,
           photos: bool = True) -> Path:
    """A hot copy of the database, checked, with the evidence photos it names copied beside it, before
    it gets its name; `progress(phase, done, total)` is called after each step of pages copied (phase
    "backing_up") and each photo (phase "backing_up_photos"); raising from it stops the copy.
    `photos=False`: a copy set aside by a restore, whose photos stay in the station's own folder."""
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
    with _ONE_AT_A_TIME:
        partial.unlink(missing_ok=True)
        try:
            _copy(source, partial, progress)
            problems = check_file(partial)
            if problems:
                raise DomainError(msg("backup.inconsistent", problems=problems))
            if photos:
                _copy_photos_of(partial, out.parent / PHOTOS, progress)
        except BaseException:  # stopped from the screen, disk full…: no half copy left, the previous file kept
            partial.unlink(missing_ok=True)
            raise
        partial.replace(out)  # a backup file exists only once complete, checked, and its photos beside it
        if out.parent == default_backup_dir():
            _prune(out.parent, source.stem, keep)
    return out


# The scheduled backup and one asked for on the console or by a restore take turns: a prune never
# runs while another backup's photos are being copied, an erasure never between a copy and its rename.
_ONE_AT_A_TIME = threading.RLock()


def _copy_photos_of(copy: Path, folder: Path, progress: Progress | None) -> None:
    try:
        _copied, lost = _copy_photos(photos_named(copy), [evidence.evidence_dir()], folder, progress)
    except OSError as exc:  # a full or read-only stick: said, this backup not kept
        log.error("evidence photos not copied into %s: %s", folder, exc)
        raise DomainError(msg("backup.photos_failed", folder=str(folder), detail=exc.strerror or str(exc))) from exc
    if lost:  # the row says what the photo showed; the file was removed by hand or its disk failed
        log.warning("backup %s: %d evidence photos named in the database are not on this station: %s",
                    copy, len(lost), ", ".join(lost[:5]))


def photos_named(db_file: Path) -> set[str]:
    """The evidence photos a database (or a backup of it) has rows for: only names a photo is stored
    under (a restored backup can be anyone's file). A damaged file names none; a file that cannot be
    read now (locked) raises sqlite3.Error."""
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            names = [row[0] for row in conn.execute("SELECT file FROM evidence_photos")]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # a backup from before the photos (migration 0021)
            return set()
        raise
    except sqlite3.DatabaseError:  # not a database any more: it gives nothing back
        return set()
    stored = {name for name in names if isinstance(name, str) and evidence.is_stored_name(name)}
    if len(stored) < len(set(names)):
        log.warning("%s: %d evidence rows name no stored photo; passed over", db_file, len(set(names)) - len(stored))
    return stored


def _copy_photos(names: set[str], sources: list[Path], target: Path, progress: Progress | None = None,
                 tolerant: bool = False) -> tuple[int, list[str]]:
    """Copy into `target` the named photos it lacks, each whole, from the first of `sources` that has
    it; returns how many were copied and the names found in none. `tolerant`: a photo that cannot be
    written is counted lost instead of stopping the rest (a restore, the database already back)."""
    others = [root for root in sources if root.resolve() != target.resolve()]
    wanted = sorted(name for name in names if evidence.file_of(name, target) is None)
    copied, lost = 0, []
    for done, name in enumerate(wanted, 1):
        origin = next((found for root in others if (found := evidence.file_of(name, root)) is not None), None)
        place = evidence.place_of(name, target)  # None: a folder there leads elsewhere (a symlink)
        if origin is None or place is None:
            lost.append(name)
        else:
            try:
                _write_copy(origin, place)
                copied += 1
            except OSError as exc:
                if not tolerant:
                    raise
                log.warning("evidence photo %s not put back into %s: %s", name, target, exc)
                lost.append(name)
        if progress:
            progress("backing_up_photos", done, len(wanted))
    return copied, lost


def _write_copy(origin: Path, place: Path) -> None:
    """A whole copy or none (`.part` of this thread, fsync, rename): a power cut, a full stick, two
    backups copying the same photo never leave a half photo under a photo's name."""
    place.parent.mkdir(parents=True, exist_ok=True)
    part = place.with_name(f"{place.name}.{os.getpid()}-{threading.get_ident()}.part")
    try:
        with origin.open("rb") as read, part.open("wb") as write:
            shutil.copyfileobj(read, write)
            write.flush()
            os.fsync(write.fileno())
        part.replace(place)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


STALE_PART_S = 3600  # a .part this old was left by a power cut, not by a backup under way


def _prune(folder: Path, stem: str, keep: int) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    photos = folder / PHOTOS
    if not photos.is_dir():
        return
    # What no database here names, any database's (they share the folder), a backup being written
    # by another program (.partiel) too.
    try:
        named = set().union(*(photos_named(b) for b in (*folder.glob("*.sqlite3"), *folder.glob("*.sqlite3.partiel"))))
    except sqlite3.Error as exc:  # a backup that cannot be read now: no photo goes this time
        log.warning("backup photos in %s not pruned this time: %s", photos, exc)
        return
    stale = time.time() - STALE_PART_S
    for copy in photos.rglob("*"):
        if not copy.is_file():
            continue
        if copy.suffix == ".part":
            if copy.stat().st_mtime < stale:
                copy.unlink(missing_ok=True)
        elif copy.relative_to(photos).as_posix() not in named:
            copy.unlink(missing_ok=True)


def forget_photos(names: list[str]) -> None:
    """Erasure, retention: the station's backup copies of these photos go at once, as the photos do
    (a backup written elsewhere, on a stick, is out of reach)."""
    photos = default_backup_dir() / PHOTOS
    with _ONE_AT_A_TIME:  # not between a backup's copy of them and its rename
        for name in names:
            if (copy := evidence.file_of(name, photos)) is not None:
                copy.unlink(missing_ok=True)


@dataclass(frozen=True)
class Restored:
    saved: Path | None  # where the previous content was set aside (None: there was none)
    photos_back: int  # evidence photos copied back from beside the backup
    photos_lost: int  # named by the restored rows, found nowhere (erased since, or removed by hand)


def restore(db_url: str, file: Path) -> Restored:
    """Replace the database's content with `file`, then bring back the evidence photos its rows name
    and the station lacks, from the backup's `evidence` folder or the station's backup folder.

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
        # Its photos are the station's own and stay where they are: no copy of them beside it.
        saved = backup(db_url, target.with_name(f"{target.stem}-avant-restauration-{stamp}.sqlite3"), photos=False)
    _copy(Path(file), target, one_file=False)
    remaining = check_file(target)
    if remaining:
        raise DomainError(msg("backup.restore_incomplete", problems=remaining))
    try:
        named = photos_named(target)
    except sqlite3.Error as exc:  # the database is back; its photos are looked at the next time
        log.warning("restored %s: its evidence photos not looked at: %s", target, exc)
        named = set()
    with _ONE_AT_A_TIME:
        back, lost = _copy_photos(named, [Path(file).parent / PHOTOS, default_backup_dir() / PHOTOS],
                                  evidence.evidence_dir(), tolerant=True)
    if lost:  # the person is told by the caller; the names are for the support
        log.info("restore %s: %d evidence photos found nowhere: %s", file, len(lost), ", ".join(lost[:5]))
    return Restored(saved, back, len(lost))


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
