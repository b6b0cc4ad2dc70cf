"""`tcp://HOST:9100`: raw printing to a network label printer (port 9100), status by `~HS`.

A ZPL job counts as printed only when the printer, asked `~HS` once the bytes are acknowledged,
is still able to print them. A printer that paused, ran out of paper or opened its head during
the job keeps the formats it has not printed yet in its buffer, and would print them when it
resumes: those are cancelled (`~JA`), and the job is reported interrupted with the labels it did
print (the job's labels less the formats that were waiting), so that a person chooses what to resend.
"""

from __future__ import annotations

import fcntl
import socket
import struct
import termios
import time
from urllib.parse import parse_qs, urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.devices.printers.zpl_status import CANCEL_ALL, HOST_STATUS, complete, parse_host_status
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d

CHUNK = 16 * 1024


_HAS_OUTQ = hasattr(termios, "TIOCOUTQ")


def _unacknowledged(s: socket.socket) -> int:
    """Bytes in the socket's send queue not yet acknowledged by the other end (Linux)."""
    if not _HAS_OUTQ:
        return 0
    try:
        return struct.unpack("i", fcntl.ioctl(s.fileno(), termios.TIOCOUTQ, b"\0\0\0\0"))[0]
    except OSError:
        return 0


_TCPI_BYTES_ACKED = 120  # offset of tcpi_bytes_acked in Linux's struct tcp_info (since 4.1)


def _bytes_acked(s: socket.socket) -> int | None:
    """Bytes the other end acknowledged over the whole connection (Linux TCP_INFO), still readable
    after a reset; None where the system does not tell."""
    try:
        info = s.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
    except (AttributeError, OSError):
        return None
    return struct.unpack_from("Q", info, _TCPI_BYTES_ACKED)[0] if len(info) >= _TCPI_BYTES_ACKED + 8 else None


class TcpPrinter:
    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        if not parts.hostname:
            raise PrinterError(msg(d.NO_HOST, url=url))
        self.host, self.port = parts.hostname, parts.port or 9100
        query = parse_qs(parts.query)
        self.timeout = float(query.get("timeout", ["3"])[-1])
        self.zpl = query.get("status", ["zpl"])[-1] == "zpl"

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterError(msg(d.PRINTER_OFFLINE, printer=f"{self.host}:{self.port}", detail=exc.strerror or str(exc))) from None

    def send(self, data: bytes, name: str = "") -> None:
        self._send_bytes(data)
        if self.zpl:
            self._confirm(data)

    def _confirm(self, data: bytes) -> None:
        status = self.status()
        if not status.online:  # gone right after the job: nobody can say what came out
            raise PrinterError(msg(d.SILENT_AFTER_JOB, printer=f"{self.host}:{self.port}", detail=status.describe()),
                               sent=len(data))
        waiting = status.formats_in_buffer or 0
        if status.ready or not waiting:
            return
        labels = data.count(b"^XZ")
        printed = max(0, labels - waiting)
        try:
            with self._connect() as s:
                s.sendall(CANCEL_ALL)
        except (OSError, PrinterError) as exc:
            raise PrinterError(msg(d.STOPPED_NOT_CANCELLED, status=status.describe(), waiting=waiting, detail=str(exc)),
                               sent=len(data)) from None
        end = 0
        for _ in range(printed):
            end = data.index(b"^XZ", end) + 3
        raise PrinterError(msg(d.STOPPED_MID_JOB, status=status.describe(), printed=printed, waiting=waiting), sent=end,
                           count_known=True)

    def _send_bytes(self, data: bytes) -> None:
        with self._connect() as s:
            view, total, acknowledged = memoryview(data), 0, 0
            try:
                while total < len(data):
                    total += s.send(view[total:total + CHUNK])
                    acknowledged = max(acknowledged, total - _unacknowledged(s))
                # All bytes are with the kernel; sent means the printer acknowledged them and did
                # not reset the connection (a printer that resets mid-job must not leave it 'printed').
                s.shutdown(socket.SHUT_WR)
                deadline = time.monotonic() + max(self.timeout, 1.0)
                while acknowledged < total and time.monotonic() < deadline:
                    acknowledged = max(acknowledged, total - _unacknowledged(s))
                    time.sleep(0.005)
                if acknowledged < total:
                    raise TimeoutError(msg(d.UNACKNOWLEDGED, n=total - acknowledged))
                s.settimeout(0.2)
                try:
                    while s.recv(4096):  # a printer may answer then close; a reset raises here
                        pass
                except TimeoutError:
                    pass  # still open and quiet: it has everything
            except OSError as exc:
                # What the kernel took may still have sat in its buffer when the connection broke
                # (the buffer is dropped then): count only what the printer acknowledged, where
                # Linux tells; elsewhere what left the application. The acknowledgements that came
                # after the last send are read now (TCP_INFO). A printer that read bytes and reset
                # before acknowledging them printed more than this: the count is not known, and a
                # person reads the last label on paper before the job goes on.
                acked = _bytes_acked(s)
                if acked is not None:
                    acknowledged = max(acknowledged, min(total, acked))
                raise PrinterError(msg(d.SEND_CUT, printer=f"{self.host}:{self.port}", detail=str(exc)),
                                   sent=acknowledged if _HAS_OUTQ else total, left=total) from None

    def status(self) -> PrinterStatus:
        try:
            s = self._connect()
        except PrinterError as exc:
            return PrinterStatus(online=False, message=exc.message)
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
                return PrinterStatus(online=False, message=msg(d.NO_HS_REPLY, printer=f"{self.host}:{self.port}"))
        return parse_host_status(reply)
