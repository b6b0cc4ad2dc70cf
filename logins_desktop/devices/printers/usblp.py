"""`usblp:///dev/usb/lp0`: a USB printer through the kernel's printer class driver (write-only)."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


class UsbLpPrinter:
    def __init__(self, url: str):
        self.url = url
        self.device = urlsplit(url).path

    def send(self, data: bytes, name: str = "") -> None:
        total = 0
        try:
            with open(self.device, "wb", buffering=0) as f:
                while total < len(data):  # in pieces, so a cut says how far it got
                    total += f.write(data[total:total + 4096]) or 0
        except OSError as exc:
            raise PrinterError(msg(d.UNAVAILABLE, printer=self.device, detail=exc.strerror or str(exc)), sent=total) from None

    def status(self) -> PrinterStatus:
        # usblp gives no status channel we can rely on: reachable or not.
        online = os.access(self.device, os.W_OK)
        return PrinterStatus(online=online, message="" if online else msg(d.UNPLUGGED, device=self.device))
