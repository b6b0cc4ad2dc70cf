"""Files written for people to open (statements, invoices, recall reports): never half written under
the name they will open, and text the PDF's standard fonts can draw."""

from __future__ import annotations

import os
import re
from pathlib import Path

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg


def write_atomically(path: Path, data: bytes) -> None:
    """Written beside the target and renamed: no half file under the name a person will open. A
    folder that cannot be written is said plainly (DomainError), never a traceback."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        raise DomainError(msg("costing.cannot_write", file=str(path), detail=exc.strerror or str(exc))) from None
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:  # its folder is not one (a file in the way): nothing was written to remove
            pass


def pdf_text(text: str) -> str:
    """The PDF's standard fonts have no narrow no-break space (French thousands): a no-break space instead."""
    return text.replace("\u202f", "\u00a0")


def file_part(name: str) -> str:
    """A reference, a customer code, a SKU or a lot as part of a file name (codes may hold a slash)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "x"
