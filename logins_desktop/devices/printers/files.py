"""`file:///path` writes each job to that file (replacing it); `pdf:///dir` writes each job as a new
file in that directory. For tests, archives, and offices that print PDFs by hand."""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


class FilePrinter:
    def __init__(self, url: str):
        self.url = url
        self.path = Path(urlsplit(url).path)

    def send(self, data: bytes, name: str = "") -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(data)
        except OSError as exc:
            raise PrinterError(msg(d.WRITE_FAILED, path=str(self.path), detail=exc.strerror or str(exc))) from None

    def status(self) -> PrinterStatus:
        ok = self.path.parent.is_dir() or not self.path.parent.exists()
        return PrinterStatus(online=ok, message="" if ok else msg(d.INACCESSIBLE, path=str(self.path.parent)))


class DirectoryPrinter:
    def __init__(self, url: str):
        self.url = url
        self.directory = Path(urlsplit(url).path)

    def send(self, data: bytes, name: str = "") -> None:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name or "etiquettes").strip("-")
        stamp = time.strftime("%Y%m%d-%H%M%S")
        suffix = "" if safe.endswith(".pdf") else ".pdf"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            target = self.directory / f"{stamp}-{safe}{suffix}"
            n = 1
            while target.exists():
                n += 1
                target = self.directory / f"{stamp}-{safe}-{n}{suffix}"
            target.write_bytes(data)
        except OSError as exc:
            raise PrinterError(msg(d.WRITE_FAILED, path=str(self.directory), detail=exc.strerror or str(exc))) from None

    def status(self) -> PrinterStatus:
        ok = self.directory.is_dir() or not self.directory.exists()
        return PrinterStatus(online=ok, message="" if ok else msg(d.INACCESSIBLE, path=str(self.directory)))
