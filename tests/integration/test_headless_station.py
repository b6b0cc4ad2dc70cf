"""End to end: bytes written to a pseudo-terminal become scan events and ledger movements in the
headless station, a separate process, exactly as a USB-CDC scanner would drive it."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time

from sqlalchemy import func
from sqlalchemy import select as sql_select

from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.stock import StockService
from logins_desktop.store.models import ScanEvent, StockMovement
from tests.integration.test_scanner_serial import Pty

BOX, POUCH, LEAFLET, RETURN_FORM, LABEL = (demo_gtin(n).encode() for n in (2, 3, 4, 5, 6))


class Headless:
    def __init__(self, db_url, link):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "logins_desktop", "station", "--headless", "--station", "POSTE-01",
             "--scanner", f"serial://{link}?suffix=CR", "--db", db_url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
        )
        self._buffers = {self.proc.stdout.fileno(): "", self.proc.stderr.fileno(): ""}

    def _lines(self, stream, n, timeout=15.0):
        fd = stream.fileno()
        out = []
        deadline = time.monotonic() + timeout
        while len(out) < n:
            while "\n" in self._buffers[fd] and len(out) < n:
                line, self._buffers[fd] = self._buffers[fd].split("\n", 1)
                out.append(json.loads(line))
            if len(out) == n:
                break
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"timed out: got {out}"
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                chunk = os.read(fd, 65536).decode()
                assert chunk, f"process ended: {self.proc.stderr.read() if stream is self.proc.stdout else ''}"
                self._buffers[fd] += chunk
        return out

    def results(self, n):
        return self._lines(self.proc.stdout, n)

    def status(self, n=1):
        return self._lines(self.proc.stderr, n)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=10)


def test_headless_station_over_a_pty(demo_db, db_url, tmp_path):
    pty = Pty(str(tmp_path / "scanner-1"))
    station = Headless(db_url, pty.link)
    try:
        ready = station.status(2)
        assert {"station": "POSTE-01", "ready": True, "resumed_worker": None} in ready
        assert any(s.get("scanner") == "connected" for s in ready)

        pty.write(b"B10")
        time.sleep(0.05)
        pty.write(b"01\r")  # badge split across two writes
        pty.write(b"]E0" + BOX + b"\r]E0" + POUCH + b"\r")  # two frames in one write
        pty.write(b"\x00\x00]E0" + LEAFLET + b"\r")  # noise bytes before a frame
        pty.write(b"7" * 600 + b"\r")  # an overlong line
        r = station.results(5)
        assert [x["outcome"] for x in r] == ["login", "accepted", "accepted", "accepted", "rejected"]
        assert r[0]["worker"] == "B1001" and r[0]["order"] == "CMD-2026-1101"
        assert [x["kit_progress"] for x in r[1:4]] == [[1, 5], [2, 5], [3, 5]]
        assert r[1]["symbology"] == "]E0" and r[3]["raw"] == "\x00\x00]E0" + LEAFLET.decode()
        assert r[4]["reason"].startswith("lecture trop longue")
        assert all(x["committed"] is True for x in r)
        assert [x["seq"] for x in r] == [1, 2, 3, 4, 5]

        pty.unplug()  # the USB cable is pulled …
        assert station.status()[0]["scanner"] == "disconnected"
        pty.open()  # … and plugged back in
        assert station.status()[0]["scanner"] == "connected"
        pty.write(b"]E0" + RETURN_FORM + b"\r]E0" + LABEL + b"\r")
        r = station.results(2)
        assert r[1]["outcome"] == "accepted" and r[1]["kits_done"] == 1 and r[1]["kit_progress"] == [0, 5]
        assert station.stop() == 0  # SIGTERM ends it cleanly
    finally:
        if station.proc.poll() is None:
            station.proc.kill()

    with demo_db.read() as s:
        assert s.scalar(sql_select(func.count()).select_from(ScanEvent)) == 7
        assert s.scalar(sql_select(func.count()).where(StockMovement.kind == "produce")) == 1
        assert s.scalar(sql_select(func.count()).where(StockMovement.kind == "consume")) == 5
    assert StockService(demo_db).on_hand("KIT-REPRISE", "ATELIER-1") == 1
