"""Evidence photos: a kit at its quality check, goods refused damaged at the dock.

A photo comes from the USB camera (the screen hands over its JPEG) or from a picture chosen by touch
when there is no camera (a phone's photo on a USB stick). Whatever it comes from, it is decoded
whole, turned upright, cut down to STORED_LONG_SIDE and written again as a plain JPEG: a broken or
hostile file is refused with a plain message, and nothing of the original's metadata (place, device
serial, date) is kept. The file is written atomically under the data dir's evidence/ folder before
its row is committed, and removed again if the row is not. Neither the file nor its row is synced:
central gets the check and the damaged count, the photo stays on the site that took it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import uuid
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageOps
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.ids import new_id
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.photos import load_whole
from logins_desktop.settings import data_dir
from logins_desktop.store.database import Database
from logins_desktop.store.models import EvidenceKind, EvidencePhoto, Order, QualityCheck

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024  # a phone's photo is 3–8 MB; anything bigger is not a photo of a kit
STORED_LONG_SIDE = 1600  # a label's text stays readable; a year of checks stays a few hundred MB
JPEG_QUALITY = 85
MOST_PER_SUBJECT = 4  # photos of one kit or one damaged receipt: enough to show it, not a film


def evidence_dir() -> Path:
    return data_dir() / "evidence"


# The only names a photo is stored under (see _write): a month's folder and a random hex name.
# A name read from a database (a restored backup can be anyone's file) is used only if it is one.
STORED_NAME = re.compile(r"\d{4}-\d{2}/[0-9a-f]{32}\.jpg")


def is_stored_name(name: str) -> bool:
    return STORED_NAME.fullmatch(name) is not None


def place_of(name: str, root: Path | None = None) -> Path | None:
    """Where a stored photo goes in the evidence folder (or in `root`, a backup's copy of it), or
    None for a name that is not a stored photo's or would lead out of the folder (a symlink)."""
    if not is_stored_name(name):
        return None
    root = (root or evidence_dir()).resolve()
    path = (root / name).resolve()
    return path if path.is_relative_to(root) else None


def file_of(name: str, root: Path | None = None) -> Path | None:
    """The file of a stored photo, or None: a name from the database never reaches outside the folder."""
    path = place_of(name, root)
    return path if path is not None and path.is_file() else None


@dataclass(frozen=True)
class Picture:
    """A photo made ready to keep: upright, cut down, a plain JPEG without metadata."""

    jpeg: bytes
    width: int
    height: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.jpeg).hexdigest()


@contextlib.contextmanager
def _exif_quietly():
    """Pillow warns (UserWarning) about a corrupt EXIF block, which phones do write: the picture is
    still whole, only its orientation may be lost, and every EXIF tag is dropped anyway."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module="PIL")
        yield


def normalise(data: bytes) -> Picture:
    """The photo to keep from a camera's or a file's bytes; DomainError with a plain reason if it is not one."""
    if not data:
        raise DomainError(msg("evidence.empty"))
    if len(data) > MAX_BYTES:
        raise DomainError(msg("evidence.too_large", size=f"{len(data) / 1024 / 1024:.1f}",
                              limit=str(MAX_BYTES // 1024 // 1024)))
    try:
        with _exif_quietly():
            image = load_whole(io.BytesIO(data))
            if image is None:
                raise DomainError(msg("evidence.unreadable"))
            with image:
                upright = ImageOps.exif_transpose(image)  # a phone held upright says so in EXIF only
                upright = upright.convert("RGB")  # PNG transparency or a palette: a JPEG has neither
                upright.thumbnail((STORED_LONG_SIDE, STORED_LONG_SIDE), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                upright.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)  # no exif=: none written
    except DomainError:
        raise
    except Exception as exc:  # noqa: BLE001 — a hostile EXIF block raises struct.error, AttributeError…
        log.warning("photo refused while turning it upright: %r", exc)
        raise DomainError(msg("evidence.unreadable")) from exc
    return Picture(out.getvalue(), upright.width, upright.height)


@dataclass(frozen=True)
class PhotoSources:
    """Where a photo can come from on this machine ([devices] camera and pictures)."""

    camera: str = ""  # "" the first camera found, "none", "sim://", or words of a camera's name
    folders: tuple[Path, ...] = ()  # searched by the touch picker, in this order; () the USB sticks and Pictures
    # The demonstration shows the camera screen on a machine without one, as a simulated camera that
    # says so on its image; a real station without a camera gets the picker only.
    simulate_if_none: bool = False

    @classmethod
    def from_settings(cls, devices, demo: bool = False) -> PhotoSources:
        return cls(devices.camera, tuple(Path(f).expanduser() for f in devices.pictures), simulate_if_none=demo)

    def picture_folders(self) -> tuple[Path, ...]:
        """Where to look now: a stick plugged in since the page opened is found."""
        return self.folders or default_picture_folders()


def default_picture_folders() -> tuple[Path, ...]:
    """The USB sticks mounted here (udisks: /media/USER/LABEL or /run/media/USER/LABEL), then the
    user's Pictures folder."""
    from platformdirs import user_pictures_dir

    sticks = []
    for root in (Path("/media"), Path("/run/media")):
        try:
            for user in sorted(root.iterdir()):
                sticks += sorted(p for p in user.iterdir() if p.is_dir()) if user.is_dir() else []
        except OSError:  # not there, or not ours to read
            continue
    return (*sticks, Path(user_pictures_dir()))


PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png")
SCANNED_AT_MOST = 20_000  # folder entries looked at: a phone's few thousand photos, well under a second


def pictures_in(folders: tuple[Path, ...], most: int = 240, depth: int = 3) -> list[Path]:
    """The JPEG and PNG pictures in `folders` (a phone's DCIM/Camera is three levels down), newest
    first, at most `most`. Every picture is dated before the cut, so the photo just taken is there
    however full the stick; past SCANNED_AT_MOST entries the search stops (a stick full of files must
    not hold the screen). Unreadable and hidden folders (.Trash, .thumbnails) are passed over, and a
    link is never followed: a stick cannot show this machine's own files."""
    found: list[tuple[float, Path]] = []
    seen = 0

    def walk(folder: Path, level: int) -> None:
        nonlocal seen
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            return
        for entry in entries:
            seen += 1
            if seen > SCANNED_AT_MOST:
                return
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            try:
                if entry.is_dir() and level < depth:
                    walk(entry, level + 1)
                elif entry.suffix.lower() in PICTURE_SUFFIXES and entry.is_file():
                    found.append((entry.stat().st_mtime, entry))
            except OSError:
                continue

    for folder in folders:
        walk(folder, 1)
    found.sort(key=lambda pair: (-pair[0], str(pair[1])))
    return [path for _mtime, path in found[:most]]


def thumbnail(path: Path, size: int) -> bytes | None:
    """A picture of the stick shown small, as a clean PNG; None if it is not a whole photo. The
    pictures of a stick are decoded here, by the same checked decoder as the photos kept, and never
    by the screen's."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        with _exif_quietly(), path.open("rb") as f:
            image = load_whole(f, draft=size)
            if image is None:
                return None
            with image:
                small = ImageOps.exif_transpose(image).convert("RGB")
                small.thumbnail((size, size))
                out = io.BytesIO()
                small.save(out, "PNG")
    except Exception:  # noqa: BLE001 — as in normalise: shown as a plain button, refused if chosen
        return None
    return out.getvalue()


def read_file(path: Path) -> bytes:
    """A picture's bytes from a file chosen by touch; its size is checked before it is read."""
    try:
        size = path.stat().st_size
        if size <= MAX_BYTES:
            with path.open("rb") as f:
                data = f.read(MAX_BYTES + 1)  # a file that grows while it is read is cut, then refused
            if len(data) <= MAX_BYTES:
                return data
            size = len(data)
        raise DomainError(msg("evidence.too_large", size=f"{size / 1024 / 1024:.1f}",
                              limit=str(MAX_BYTES // 1024 // 1024)))
    except OSError as exc:  # a USB stick pulled out, a file without read permission
        log.info("cannot read picture %s: %s", path, exc)  # the person is told; nothing for a developer
        raise DomainError(msg("evidence.cannot_read", file=path.name)) from exc


def _write(picture: Picture) -> str:
    """Write the photo atomically (a power cut leaves the whole file or none); returns its name."""
    month = datetime.now(UTC).strftime("%Y-%m")
    name = f"{month}/{uuid.uuid4().hex}.jpg"
    folder = evidence_dir() / month
    part = folder / (Path(name).name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with part.open("wb") as f:
            f.write(picture.jpeg)
            f.flush()
            os.fsync(f.fileno())
        part.replace(evidence_dir() / name)
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError as exc:  # a full or read-only disk: said, nothing recorded
        log.error("cannot write evidence photo into %s: %s", folder, exc)
        for leftover in (part, evidence_dir() / name):  # neither a half-written copy nor a file without its row
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise DomainError(msg("evidence.cannot_write", folder=str(folder))) from exc
    return name


def remove_files(names: list[str]) -> None:
    for name in names:
        if (path := file_of(name)) is None:  # taken on another station of the site: its own folder holds it
            log.info("evidence photo %s is not in this station's folder %s", name, evidence_dir())
        else:
            try:
                path.unlink()
            except OSError as exc:  # the row is gone; a file left behind is only space
                log.warning("cannot remove evidence photo %s: %s", path, exc)


@dataclass(frozen=True)
class Kept:
    id: uuid.UUID
    message: Message


def _keep(db: Database, data: bytes, row: EvidencePhoto, already, detail: dict, actor: str) -> Kept:
    """Normalise and write the photo, then commit its row; the file never outlives a refused row.
    `already(s)` counts the subject's photos inside the row's transaction."""
    picture = normalise(data)
    name = _write(picture)
    try:
        with db.write() as s:
            count = already(s)
            if count >= MOST_PER_SUBJECT:
                raise DomainError(msg("evidence.enough", most=MOST_PER_SUBJECT))
            row.id = new_id()  # known before the flush: the receiving session keeps it for its undo
            row.file, row.sha256, row.width, row.height, row.taken_by = (name, picture.sha256, picture.width,
                                                                          picture.height, actor)
            s.add(row)
            audit.record(s, actor, "evidence.photo", "evidence_photos", name, sha256=picture.sha256, **detail)
    except BaseException:
        remove_files([name])
        raise
    return Kept(row.id, msg("evidence.kept", count=count + 1, most=MOST_PER_SUBJECT))


def check_photos(s: Session, check_id: uuid.UUID) -> int:
    return s.scalar(select(func.count()).select_from(EvidencePhoto).where(EvidencePhoto.quality_check_id == check_id))


def photograph_check(db: Database, actor: str, station: str, check_id: uuid.UUID, data: bytes) -> Kept:
    """A photo of a kit set aside for its check (before or after the verdict, until it is reworked).
    The caller has checked the role: the board's desk is the team lead's."""
    with db.read() as s:
        check = s.get(QualityCheck, check_id)
        if check is None or check.reworked_at is not None:
            raise DomainError(msg("evidence.no_check"))
        detail = {"order": s.scalar(select(Order.ref).where(Order.id == check.order_id)),
                  "kit_number": check.kit_number}
    row = EvidencePhoto(kind=EvidenceKind.QUALITY_CHECK.value, quality_check_id=check_id, station=station)
    return _keep(db, data, row, lambda s: check_photos(s, check_id), detail, actor)


def photograph_damaged(db: Database, actor: str, station: str, data: bytes, *, earlier: list[uuid.UUID],
                       line_id: uuid.UUID | None, product_id: uuid.UUID, lot: str, sku: str) -> Kept:
    """A photo of goods refused damaged at the dock. A refusal has no row of its own: the receiving
    session keeps its photos' ids (`earlier`), so that undoing the refusal takes exactly them away."""
    row = EvidencePhoto(kind=EvidenceKind.DAMAGED_RECEIPT.value, receipt_line_id=line_id, product_id=product_id,
                        lot=lot, station=station)
    return _keep(db, data, row, lambda s: len(earlier), {"sku": sku, "lot": lot}, actor)


def _of_worker(worker_id: uuid.UUID):
    """The photos of a person's checked kits: a photo of a kit on a bench can show the hands, a face,
    a badge, so they are the person's data (export, erasure, retention)."""
    return EvidencePhoto.quality_check_id.in_(select(QualityCheck.id).where(QualityCheck.worker_id == worker_id))


def photos_of_worker(s: Session, worker_id: uuid.UUID) -> list[EvidencePhoto]:
    return list(s.scalars(select(EvidencePhoto).where(_of_worker(worker_id)).order_by(EvidencePhoto.created_at)))


def forget_worker(s: Session, worker_id: uuid.UUID) -> list[str]:
    """The photos of a person's checked kits deleted with their identity (erasure, retention). Returns
    the files, to remove once the transaction is committed."""
    names = list(s.scalars(select(EvidencePhoto.file).where(_of_worker(worker_id))))
    s.execute(delete(EvidencePhoto).where(_of_worker(worker_id)))
    return names


def discard(s: Session, actor: str, photo_ids: list[uuid.UUID], reason: str) -> list[str]:
    """Remove photos (the refusal they showed was undone), in the caller's transaction, audited;
    returns their files, to remove once it is committed."""
    if not photo_ids:
        return []
    names = list(s.scalars(select(EvidencePhoto.file).where(EvidencePhoto.id.in_(photo_ids))))
    s.execute(delete(EvidencePhoto).where(EvidencePhoto.id.in_(photo_ids)))
    for name in names:
        audit.record(s, actor, "evidence.discard", "evidence_photos", name, reason=reason)
    return names
