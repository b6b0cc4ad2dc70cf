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
    def __init__(self, db_url, link, *extra: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "logins_desktop", "station", "--headless", "--station", "POSTE-01",
             "--scanner", f"serial://{link}?suffix=CR", "--db", db_url, *extra],
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


# ---------------------------------------------------------------- the last scan is never refused
def _build_kits_headless(db_url, tmp_path, station_id, kits):
    """A worker builds `kits` kits at a headless station driven over a pseudo-terminal."""
    pty = Pty(str(tmp_path / f"scanner-{station_id}"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "logins_desktop", "station", "--headless", "--station", station_id,
         "--scanner", f"serial://{pty.link}?suffix=CR", "--db", db_url, "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    station = Headless.__new__(Headless)
    station.proc = proc
    station._buffers = {proc.stdout.fileno(): "", proc.stderr.fileno(): ""}
    try:
        station.status(2)
        pty.write(b"B1001\r")
        login = station.results(1)[0]
        done = []
        for _ in range(kits):
            for code in (BOX, POUCH, LEAFLET, RETURN_FORM, LABEL):
                time.sleep(0.02)
                pty.write(b"]E0" + code + b"\r")
            done.append(station.results(5)[-1])
        assert station.stop() == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    return login, done


def _discrepancies(db_url):
    out = subprocess.run([sys.executable, "-m", "logins_desktop", "discrepancies", "--json", "--db", db_url],
                         capture_output=True, text=True, check=True).stdout
    return sorted((d["sku"], d["location"], d["quantity"], d["kind"]) for d in json.loads(out))


def _clear(db, sku, *locations):
    from logins_desktop.services.stock import Actor
    from tests.sessions import signed_in

    stock = StockService(db)
    for location in locations:
        stock.adjust(Actor.of(signed_in(db, "logistique")), sku, location, -stock.on_hand(sku, location), "inventaire")


def _assert_kits(done, first_kit):
    assert [r["kits_done"] for r in done] == list(range(first_kit, first_kit + len(done)))
    assert all(r["outcome"] == "accepted" and r["committed"] and "covers" in r for r in done)
    assert all(r["message"]["id"].startswith("station.kit_done") for r in done)


def test_headless_with_an_empty_line_side_and_a_component_that_is_nowhere(demo_db, db_url, tmp_path):
    _clear(demo_db, "ETIQ-PREPAYEE", "ATELIER-1", "A-01-02")  # the prepaid labels exist nowhere in the ledger
    _clear(demo_db, "NOTICE-REPRISE", "ATELIER-1")  # the line side has no leaflets: storage has
    login, done = _build_kits_headless(db_url, tmp_path, "POSTE-01", 2)
    assert login["covers"] == 0 and login["warning"]["message"]["id"] == "station.low_stock"
    assert login["text"].startswith("Hello Amina Benali")  # --lang en: English words, same machine fields
    _assert_kits(done, 1)
    assert _discrepancies(db_url) == [("ETIQ-PREPAYEE", "ATELIER-1", 1, "missing")] * 2 + [
        ("NOTICE-REPRISE", "A-02-01", 1, "unplanned_transfer")] * 2
    assert StockService(demo_db).on_hand("KIT-REPRISE", "ATELIER-1") == 2
    assert subprocess.run([sys.executable, "-m", "logins_desktop", "db", "check", "--db", db_url]).returncode == 0


def test_headless_at_a_station_imported_without_a_location(demo_db, db_url, tmp_path):
    from sqlalchemy import update

    from logins_desktop.services.masterdata import import_file
    from logins_desktop.store.models import Assignment

    path = tmp_path / "stations.csv"
    path.write_text("station_id;name;scanner;printer\nP1;Poste 1;;\n", encoding="utf-8")
    import_file(demo_db, "stations", path)
    with demo_db.write() as s:
        s.execute(update(Assignment).where(Assignment.station == "POSTE-01").values(station="P1"))
    login, done = _build_kits_headless(db_url, tmp_path, "P1", 2)
    assert login["covers"] > 0
    _assert_kits(done, 1)
    assert _discrepancies(db_url) == []
    with demo_db.read() as s:
        assert s.scalar(sql_select(func.count()).where(StockMovement.kind == "produce")) == 2
