"""A network label printer on a loopback socket: answers ~HS, obeys ~JA, keeps every other byte it
receives, and can pause in the middle of a job (the rest of the job waiting in its buffer)."""

from __future__ import annotations

import socket
import struct
import threading

from logins_desktop.devices.printers.zpl_status import host_status_reply


def _label_bounds(data: bytes):
    start = 0
    while (end := data.find(b"^XZ", start)) >= 0:
        yield start, end + 3
        start = end + 3


class FakeZebra:
    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self.paper_out = False
        self.head_open = False
        self.answer_status = True
        self.reset_after_labels: int | None = None  # set: the next job's connection is reset after that many
        # set: the next job pauses the printer after that many labels; the rest wait in its buffer
        self.pause_after_labels: int | None = None
        self.paused = False
        self.buffered: list[bytes] = []  # label formats received, not printed (paused)
        self.commands: list[bytes] = []  # ~HS, ~JA… in the order received
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
                        self.commands.append(data)
                        if self.answer_status:
                            conn.sendall(host_status_reply(paper_out=self.paper_out, head_open=self.head_open,
                                                           paused=self.paused, formats=len(self.buffered)))
                        data = b""
                        break
                    if data == b"~JA":
                        self.commands.append(data)
                        self.buffered.clear()
                        data = b""
                        break
                if data and self.pause_after_labels is not None:
                    # Prints that many labels, then pauses: the rest of the job waits in its buffer.
                    labels = [data[i:j] for i, j in _label_bounds(data)]
                    data, self.buffered = b"".join(labels[:self.pause_after_labels]), labels[self.pause_after_labels:]
                    self.pause_after_labels = None
                    self.paused = bool(self.buffered)
                if data:
                    self.received.append(data)

    def close(self):
        self._stop.set()
        self.server.close()
        self._thread.join(timeout=2)
