"""Label and document printers, one module per transport, chosen by URL (see open_printer)."""

from __future__ import annotations

from urllib.parse import urlsplit

from logins_desktop.devices.printers.base import Printer, PrinterError, PrinterStatus
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


def open_printer(url: str) -> Printer:
    scheme = urlsplit(url).scheme
    if scheme == "tcp":
        from logins_desktop.devices.printers.tcp import TcpPrinter

        return TcpPrinter(url)
    if scheme == "serial":
        from logins_desktop.devices.printers.serial import SerialPrinter

        return SerialPrinter(url)
    if scheme == "usblp":
        from logins_desktop.devices.printers.usblp import UsbLpPrinter

        return UsbLpPrinter(url)
    if scheme == "cups":
        from logins_desktop.devices.printers.cups import CupsPrinter

        return CupsPrinter(url)
    if scheme in ("file", "pdf"):
        from logins_desktop.devices.printers.files import DirectoryPrinter, FilePrinter

        return FilePrinter(url) if scheme == "file" else DirectoryPrinter(url)
    if scheme == "sim":
        from logins_desktop.devices.printers.sim import SimulatedPrinter

        return SimulatedPrinter(url)
    raise PrinterError(msg(d.UNSUPPORTED, url=url))


__all__ = ["Printer", "PrinterError", "PrinterStatus", "open_printer"]
