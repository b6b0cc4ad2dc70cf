"""`cups://QUEUE`: through the system's CUPS spooler (`lp -d QUEUE`, `-o raw` for ZPL)."""

from __future__ import annotations

import shutil
import subprocess
from urllib.parse import parse_qs, urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus


class CupsPrinter:
    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        self.queue = parts.netloc or parts.path.strip("/")
        self.raw = parse_qs(parts.query).get("raw", ["1"])[-1] != "0"

    def send(self, data: bytes, name: str = "") -> None:
        if shutil.which("lp") is None:
            raise PrinterError("CUPS absent de ce poste (commande lp introuvable)")
        command = ["lp", "-d", self.queue, "-t", name or "logins"] + (["-o", "raw"] if self.raw else [])
        result = subprocess.run(command, input=data, capture_output=True, timeout=30)
        if result.returncode != 0:
            raise PrinterError(f"CUPS a refusé le travail : {result.stderr.decode(errors='replace').strip()}")

    def status(self) -> PrinterStatus:
        if shutil.which("lpstat") is None:
            return PrinterStatus(online=False, message="CUPS absent de ce poste (lpstat introuvable)")
        result = subprocess.run(["lpstat", "-p", self.queue], capture_output=True, text=True, timeout=10)
        text = (result.stdout + result.stderr).lower()
        if result.returncode != 0:
            return PrinterStatus(online=False, message=f"file CUPS « {self.queue} » inconnue")
        return PrinterStatus(online=True, paused="disabled" in text or "désactivée" in text)
