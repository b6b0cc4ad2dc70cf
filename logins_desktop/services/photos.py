"""Component photos for the kit step: `import photos DIR` copies JPEG and PNG files named by SKU
or GTIN into the data dir and links them to the product; the station finds them there (or, for
the demo, under resources/photos). Each file is checked by its signature and its size; anything
that cannot be used is named in a plain message and nothing else is changed."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from PIL import Image
from sqlalchemy import or_, select

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg
from logins_desktop.paths import resource
from logins_desktop.settings import data_dir
from logins_desktop.store.database import Database
from logins_desktop.store.models import Product

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024  # a photo shown at 35 mm needs far less; this keeps a 40 MP original out
MAX_PIXELS = 40_000_000  # checked before decoding, so no image can ask for gigabytes of memory
SIGNATURES = {".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff", ".png": b"\x89PNG\r\n\x1a\n"}


def photos_dir() -> Path:
    return data_dir() / "photos"


def photo_path(name: str | None) -> Path | None:
    """The file of a product's photo: the imported one in the data dir, else a bundled one; None if neither."""
    if not name or Path(name).name != name:  # a bare file name only: never a path out of the folder
        return None
    for folder in (photos_dir(), resource("photos")):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@dataclass
class PhotoReport:
    imported: list[str] = field(default_factory=list)  # SKUs that got a photo
    problems: list[Message] = field(default_factory=list)
    folder: str = ""

    def summary(self) -> Message:
        return msg("photos.done", count=len(self.imported), skipped=len(self.problems), folder=self.folder)


def load_whole(stream: BinaryIO, draft: int = 0) -> Image.Image | None:
    """The image, decoded once and fully, if the stream is a whole JPEG or PNG of a sane size; else
    None (a copy cut short, a renamed file, a decompression bomb). The caller closes it. `draft`: a
    JPEG wanted this small only is decoded at a fraction of its size (a thumbnail, much faster)."""
    head = stream.read(16)
    stream.seek(0)
    if not any(head.startswith(signature) for signature in set(SIGNATURES.values())):
        return None
    try:
        image = Image.open(stream)
        if image.format not in ("JPEG", "PNG") or image.width * image.height > MAX_PIXELS:
            image.close()
            return None
        if draft and image.format == "JPEG":
            image.draft("RGB", (draft, draft))
        image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    return image


def _readable(path: Path, suffix: str) -> bool:
    """Whether the file is a whole image of the type its name says: refused here, not at the station."""
    with path.open("rb") as f:
        if not f.read(16).startswith(SIGNATURES[suffix]):
            return False
        f.seek(0)
        image = load_whole(f)
    if image is None:
        return False
    image.close()
    return True


def import_photos(db: Database, folder: Path) -> PhotoReport:
    """Copy each usable photo of `folder` to the data dir and set it on the product it names."""
    if not folder.is_dir():
        raise DomainError(msg("photos.not_a_folder", path=str(folder)))
    target = photos_dir()
    report = PhotoReport(folder=str(target))
    chosen: dict[str, tuple[Path, str]] = {}  # product sku -> (source file, suffix)
    with db.read() as s:
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            suffix = path.suffix.lower()
            if suffix not in SIGNATURES:
                report.problems.append(msg("photos.wrong_type", file=path.name))
                continue
            size = path.stat().st_size
            if size > MAX_BYTES:
                report.problems.append(msg("photos.too_large", file=path.name, size=f"{size / 1024 / 1024:.1f}",
                                           limit=str(MAX_BYTES // 1024 // 1024)))
                continue
            if size == 0 or not _readable(path, suffix):
                report.problems.append(msg("photos.unreadable", file=path.name))
                continue
            key = path.stem.strip()
            product = s.scalars(select(Product).where(or_(Product.sku == key, Product.gtin == key))).first()
            if product is None:
                report.problems.append(msg("photos.unknown_name", file=path.name))
                continue
            if product.sku in chosen:
                report.problems.append(msg("photos.ambiguous", file=path.name, sku=product.sku))
                continue
            chosen[product.sku] = (path, suffix)
    if not chosen:
        return report
    target.mkdir(parents=True, exist_ok=True)
    copied: dict[str, str] = {}
    for sku, (path, suffix) in chosen.items():
        # Named after the SKU (made safe), so a file name from outside never becomes a path here.
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in sku) + (".jpg" if suffix == ".jpeg" else suffix)
        shutil.copyfile(path, target / (name + ".part"))
        (target / (name + ".part")).replace(target / name)
        copied[sku] = name
    with db.write() as s:
        for product in s.scalars(select(Product).where(Product.sku.in_(list(copied)))):
            product.photo = copied[product.sku]
    report.imported = sorted(copied)
    log.info("imported %d photo(s) into %s", len(copied), target)
    return report
