"""`serial:///dev/ttyUSB0?baud=9600`: a label printer on a serial port; status by `~HS` when it answers."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import serial

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.devices.printers.zpl_status import HOST_STATUS, complete, parse_host_status
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


class SerialPrinter:
    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        self.device = parts.path or parts.netloc
        query = parse_qs(parts.query)
        self.baud = int(query.get("baud", ["9600"])[-1])
        self.timeout = float(query.get("timeout", ["2"])[-1])

    def _open(self) -> serial.Serial:
        try:
            return serial.serial_for_url(self.device, baudrate=self.baud, timeout=0.1, write_timeout=self.timeout)
        except (OSError, serial.SerialException) as exc:
            raise PrinterError(msg(d.PRINTER_OFFLINE, printer=self.device, detail=str(exc))) from None

    def send(self, data: bytes, name: str = "") -> None:
        port = self._open()
        total = 0
        try:
            while total < len(data):  # in pieces, so a cut says how far it got
                total += port.write(data[total:total + 4096]) or 0
                port.flush()
        except (OSError, serial.SerialException) as exc:
            raise PrinterError(msg(d.SEND_CUT, printer=self.device, detail=str(exc)), sent=total) from None
        finally:
            port.close()

    def status(self) -> PrinterStatus:
        try:
            port = self._open()
        except PrinterError as exc:
            return PrinterStatus(online=False, message=exc.message)
        try:
            port.write(HOST_STATUS)
            reply = b""
            deadline = time.monotonic() + self.timeout
            while not complete(reply) and time.monotonic() < deadline:
                reply += port.read(256)
        except (OSError, serial.SerialException) as exc:
            return PrinterStatus(online=False, message=msg(d.PRINTER_FAULT, printer=self.device, detail=str(exc)))
        finally:
            port.close()
        if not reply:
            return PrinterStatus(online=False, message=msg(d.NO_HS_REPLY, printer=self.device))
        return parse_host_status(reply)
