"""Barcode scanners. `open_scanner(url)` picks the transport module from the URL scheme."""

from __future__ import annotations

from urllib.parse import urlsplit

from logins_desktop.devices.scanners.base import ScanFrame, Scanner, ScannerError
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


def open_scanner(url: str) -> Scanner:
    scheme = urlsplit(url).scheme
    if scheme == "sim":
        from logins_desktop.devices.scanners.sim import SimulatedScanner

        return SimulatedScanner(url)
    if scheme == "hid":
        from logins_desktop.devices.scanners.hid import HidScanner

        return HidScanner(url)
    if scheme == "serial":
        from logins_desktop.devices.scanners.serial import SerialScanner

        return SerialScanner(url)
    raise ScannerError(msg(d.UNSUPPORTED_SCANNER, url=url))


__all__ = ["ScanFrame", "Scanner", "ScannerError", "open_scanner"]
