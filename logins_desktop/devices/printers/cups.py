"""`cups://QUEUE`: through the system's CUPS spooler (`lp -d QUEUE`, `-o raw` for ZPL)."""

from __future__ import annotations

import shutil
import subprocess
from urllib.parse import parse_qs, urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


class CupsPrinter:
    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        self.queue = parts.netloc or parts.path.strip("/")
        self.raw = parse_qs(parts.query).get("raw", ["1"])[-1] != "0"

    def send(self, data: bytes, name: str = "") -> None:
        if shutil.which("lp") is None:
            raise PrinterError(msg(d.NO_LP))
        command = ["lp", "-d", self.queue, "-t", name or "logins"] + (["-o", "raw"] if self.raw else [])
        result = subprocess.run(command, input=data, capture_output=True, timeout=30)
        if result.returncode != 0:
            raise PrinterError(msg(d.CUPS_REFUSED, detail=result.stderr.decode(errors="replace").strip()))

    def status(self) -> PrinterStatus:
        if shutil.which("lpstat") is None:
            return PrinterStatus(online=False, message=msg(d.NO_LPSTAT))
        result = subprocess.run(["lpstat", "-p", self.queue], capture_output=True, text=True, timeout=10)
        text = (result.stdout + result.stderr).lower()
        if result.returncode != 0:
            return PrinterStatus(online=False, message=msg(d.CUPS_UNKNOWN_QUEUE, queue=self.queue))
        return PrinterStatus(online=True, paused="disabled" in text or "désactivée" in text)
