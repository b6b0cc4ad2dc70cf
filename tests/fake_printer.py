"""A network label printer on a loopback socket: answers ~HS, keeps every other byte it receives."""

from __future__ import annotations

import socket
import struct
import threading

from logins_desktop.devices.printers.zpl_status import host_status_reply


class FakeZebra:
    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self.paper_out = False
        self.head_open = False
        self.answer_status = True
        self.reset_after_labels: int | None = None  # set: the next job's connection is reset after that many
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}?timeout=1"

    def _serve(self):
        self.server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(0.5)
                data = b""
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except TimeoutError:
                        break
                    if not chunk:
                        break
                    data += chunk
                    if self.reset_after_labels is not None and data.count(b"^XZ") >= self.reset_after_labels:
                        # It prints the labels it has whole, then resets the connection (RST, no FIN).
                        end = 0
                        for _ in range(self.reset_after_labels):
                            end = data.index(b"^XZ", end) + 3
                        data = data[:end]
                        self.reset_after_labels = None
                        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        break
                    if data == b"~HS":
                        if self.answer_status:
                            conn.sendall(host_status_reply(paper_out=self.paper_out, head_open=self.head_open))
                        data = b""
                        break
                if data:
                    self.received.append(data)

    def close(self):
        self._stop.set()
        self.server.close()
        self._thread.join(timeout=2)
