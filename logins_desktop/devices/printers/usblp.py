"""`usblp:///dev/usb/lp0`: a USB printer through the kernel's printer class driver (write-only)."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus


class UsbLpPrinter:
    def __init__(self, url: str):
        self.url = url
        self.device = urlsplit(url).path

    def send(self, data: bytes, name: str = "") -> None:
        try:
            with open(self.device, "wb", buffering=0) as f:
                f.write(data)
        except OSError as exc:
            raise PrinterError(f"imprimante {self.device} indisponible ({exc.strerror or exc})") from None

    def status(self) -> PrinterStatus:
        # usblp gives no status channel we can rely on: reachable or not.
        online = os.access(self.device, os.W_OK)
        return PrinterStatus(online=online, message="" if online else f"{self.device} absent (imprimante débranchée ?)")
