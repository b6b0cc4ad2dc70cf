"""`tcp://HOST:9100`: raw printing to a network label printer (port 9100), status by `~HS`."""

from __future__ import annotations

import socket
from urllib.parse import parse_qs, urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.devices.printers.zpl_status import HOST_STATUS, complete, parse_host_status


class TcpPrinter:
    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        if not parts.hostname:
            raise PrinterError(f"adresse d'imprimante sans hôte : « {url} »")
        self.host, self.port = parts.hostname, parts.port or 9100
        query = parse_qs(parts.query)
        self.timeout = float(query.get("timeout", ["3"])[-1])
        self.zpl = query.get("status", ["zpl"])[-1] == "zpl"

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterError(f"imprimante {self.host}:{self.port} hors ligne ({exc.strerror or exc})") from None

    def send(self, data: bytes, name: str = "") -> None:
        with self._connect() as s:
            try:
                s.sendall(data)
            except OSError as exc:
                raise PrinterError(f"envoi à {self.host}:{self.port} interrompu ({exc})") from None

    def status(self) -> PrinterStatus:
        try:
            s = self._connect()
        except PrinterError as exc:
            return PrinterStatus(online=False, message=str(exc))
        with s:
            if not self.zpl:
                return PrinterStatus(online=True)
            reply = b""
            try:
                s.sendall(HOST_STATUS)
                while not complete(reply):
                    chunk = s.recv(1024)
                    if not chunk:
                        break
                    reply += chunk
            except OSError:
                return PrinterStatus(online=False, message=f"imprimante {self.host}:{self.port} ne répond pas à ~HS (hors ligne)")
        return parse_host_status(reply)
