"""Packing station: scan-to-durable-commit and scan-to-screen latency with 1,000,000 scan events
already in the database, next to a raw sqlite3 insert+commit of one scan event in the same run;
then a burst of 20 scans per second for a minute through a pseudo-terminal into the headless
station, counting lost and doubled scans.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tests.benchmarks.common import DATA

EXISTING_EVENTS = 1_000_000
SCANS = 2_000
SCREEN_SCANS = 500
BURST_RATE, BURST_SECONDS = 20, 60
DB_TEMPLATE = DATA / "station_1m_events.sqlite3"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def build_template() -> None:
    from logins_desktop.services.demo import seed_demo
    from logins_desktop.services.stock import Actor, StockService
    from logins_desktop.store.database import open_database

    DATA.mkdir(exist_ok=True)
    tmp = DB_TEMPLATE.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{tmp}")
    seed_demo(db)
    stock = StockService(db)
    for sku in ("BOITE-REPRISE", "POCHETTE-PROT", "NOTICE-REPRISE", "BON-RETOUR", "ETIQ-PREPAYEE"):
        stock.receive(Actor("bench"), sku, "ATELIER-1", 100_000)
    db.dispose()
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA synchronous=OFF")
    rows = ((uuid.uuid4().hex, "POSTE-02", None, None, b"]E03760000000024\r", "]E0", "accepted", "",
             f"2026-01-01 00:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000000:06d}") for i in range(EXISTING_EVENTS))
    conn.executemany("INSERT INTO scan_events (id, station, worker_id, order_id, raw, symbology, decision, reason, created_at)"
                     " VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    os.replace(tmp, DB_TEMPLATE)


def fresh_copy(tmpdir: Path) -> Path:
    path = tmpdir / "station.sqlite3"
    shutil.copy(DB_TEMPLATE, path)
    return path


def kit_codes():
    from logins_desktop.services.demo import demo_gtin

    return [demo_gtin(n) for n in (2, 3, 4, 5, 6)]


def bench_commit(path: Path) -> tuple[list[float], list[float], int, list[list[str]]]:
    """The application's scans, then the bare one-row commit; also returns, per timed scan, the SQL
    SQLite ran for it (values written in), for `bench_same_sql`."""
    from sqlalchemy import event

    from logins_desktop.devices.scanners.base import ScanFrame
    from logins_desktop.services.station import StationService
    from logins_desktop.store.database import open_database

    db = open_database(f"sqlite:///{path}")
    statements: list[list[str]] = [[]]  # before the timed scans: the connections' set-up and the login

    def trace(sql: str) -> None:
        # A trigger's statements are reported as the statement that fired them, once more each.
        if not statements[-1] or statements[-1][-1] != sql:
            statements[-1].append(sql)

    event.listen(db.engine, "connect", lambda dbapi, _record: dbapi.set_trace_callback(trace))
    db.engine.dispose()  # the connections opened by the migration check, without the trace
    db.start_checkpointer()  # as the app and the headless station run
    station = StationService(db, "POSTE-01", double_read_seconds=0)
    station.handle(ScanFrame(b"B1001\r", "B1001"))
    codes = kit_codes()
    ours = []
    kits = 0
    for i in range(SCANS):
        code = codes[i % 5]
        frame = ScanFrame(f"]E0{code}\r".encode(), code, "]E0")
        statements.append([])
        t = time.perf_counter()
        result = station.handle(frame)
        ours.append((time.perf_counter() - t) * 1000)
        assert result.committed and result.outcome == "accepted", result
        kits += result.kit_completed
    db.dispose()

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    bare = []
    for _ in range(SCANS):
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO scan_events (id, station, raw, symbology, decision, reason, created_at)"
                     " VALUES (?,?,?,?,?,?,?)", (uuid.uuid4().hex, "POSTE-01", b"]E03760000000024\r", "]E0",
                                                 "accepted", "", "2026-11-22 10:00:00.000000"))
        conn.execute("COMMIT")
        bare.append((time.perf_counter() - t) * 1000)
    conn.close()
    return ours, bare, kits, statements


def bench_same_sql(path: Path, statements: list[list[str]]) -> list[float]:
    """The SQL each scan made SQLite run (its reads, writes, BEGIN and COMMIT), replayed with bare
    sqlite3 on a fresh copy of the same database: what the scans cost SQLite itself, without
    Python, SQLAlchemy or the station's rules. The values are written into the SQL, so each
    statement is parsed again: a little more than the application's prepared statements cost."""
    from logins_desktop.store.database import open_database
    from logins_desktop.store.db import Checkpointer

    open_database(f"sqlite:///{path}").dispose()  # the same migrations as the application's copy
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    checkpointer = Checkpointer(str(path))
    checkpointer.start()
    setup, *scans = statements
    for sql in setup:
        conn.execute(sql).fetchall()
    times = []
    for scan in scans:
        t = time.perf_counter()
        for sql in scan:
            conn.execute(sql).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    checkpointer.stop()
    conn.close()
    return times


def bench_screen(path: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from logins_desktop.app import build_context, create_window
    from logins_desktop.settings import DeviceSettings, Settings

    settings = replace(Settings(), db_url=f"sqlite:///{path}", devices=DeviceSettings(scanner="sim://"))
    ctx = build_context(settings)
    ctx.station._window = 0  # the benchmark scans faster than a person: no double-read window
    app, window = create_window(ctx)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    ctx.scanner.inject("B1001")
    app.processEvents()
    codes = kit_codes()
    times = []
    for i in range(SCREEN_SCANS):
        t = time.perf_counter()
        ctx.scanner.inject(codes[i % 5], "]E0")  # bridge -> station (commit) -> screen
        window.home.repaint()  # paint now, as the next frame would
        times.append((time.perf_counter() - t) * 1000)
        app.processEvents()
    assert window.home.last_result.committed
    window.close()
    window.deleteLater()  # its timers must not outlive the benchmark's temporary database
    app.processEvents()
    ctx.db.dispose()
    return times


def bench_burst(path: Path) -> dict:
    from tests.integration.test_scanner_serial import Pty

    tmp = path.parent
    pty = Pty(str(tmp / "scanner-burst"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "logins_desktop", "station", "--headless", "--station", "POSTE-01",
         "--scanner", f"serial://{pty.link}?suffix=CR", "--db", f"sqlite:///{path}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "LOGINS_DATA_DIR": str(tmp)},
    )
    # Scan only once the station says it is ready (it checks the database first: seconds on 1M events).
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line or '"ready": true' in line:
            break
    time.sleep(0.5)  # and the scanner port is open
    before = sqlite3.connect(path).execute("SELECT count(*) FROM scan_events").fetchone()[0]
    codes = [c.encode() for c in kit_codes()]
    pty.write(b"B1001\r")
    total = BURST_RATE * BURST_SECONDS
    start = time.monotonic()
    for i in range(total):
        # Never the same code twice in a row, so no scan is a legitimate double read.
        pty.write(b"]E0" + codes[i % 5] + b"\r")
        time.sleep(max(0.0, start + (i + 1) / BURST_RATE - time.monotonic()))
    lines = []
    buffer = ""
    deadline = time.monotonic() + 30
    fd = proc.stdout.fileno()
    while len(lines) < total + 1 and time.monotonic() < deadline:
        if select.select([fd], [], [], 1)[0]:
            buffer += os.read(fd, 65536).decode()
            *complete, buffer = buffer.split("\n")
            lines += [json.loads(x) for x in complete if x]
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=10)
    conn = sqlite3.connect(path)
    after = conn.execute("SELECT count(*) FROM scan_events").fetchone()[0]
    produced = conn.execute("SELECT count(*) FROM stock_movements WHERE kind='produce'").fetchone()[0]
    seqs = [x["seq"] for x in lines]
    return {
        "sent": total + 1,
        "reported": len(lines),
        "lost": total + 1 - len(set(seqs)),
        "doubled": len(seqs) - len(set(seqs)),
        "recorded": after - before,
        "not_committed": sum(1 for x in lines if not x["committed"]),
        "rejected": sum(1 for x in lines if x["outcome"] == "rejected"),
        "kits": produced,
    }


def main() -> None:
    if not DB_TEMPLATE.exists():
        t = time.perf_counter()
        print(f"generating the station database with {EXISTING_EVENTS:,} scan events …", flush=True)
        build_template()
        print(f"  generated in {time.perf_counter() - t:.0f} s")
    with tempfile.TemporaryDirectory() as tmp:
        ours, bare, kits, statements = bench_commit(fresh_copy(Path(tmp)))
        same_sql = bench_same_sql(fresh_copy(Path(tmp)), statements)
        screen = bench_screen(fresh_copy(Path(tmp)))
        burst = bench_burst(fresh_copy(Path(tmp)))
    print(f"\nPoste d'emballage — {EXISTING_EVENTS:,} lectures déjà en base, {SCANS:,} lectures ({kits} kits complets)")
    print(f"| {'mesure':<44} | {'p50 (ms)':>8} | {'p99 (ms)':>8} | {'ratio p99':>9} |")
    print(f"|{'-' * 46}|{'-' * 10}|{'-' * 10}|{'-' * 11}|")
    rows = [
        ("lecture → enregistrement durable (appli)", ours),
        ("INSERT + COMMIT sqlite3 nu (même base)", bare),
        ("le SQL de chaque lecture, rejoué en sqlite3 nu", same_sql),
        ("lecture → écran (appli, poste complet)", screen),
    ]
    for what, values in rows:
        ratio = percentile(values, 99) / percentile(bare, 99)
        print(f"| {what:<44} | {percentile(values, 50):>8.2f} | {percentile(values, 99):>8.2f} | {ratio:>8.1f}× |")
    print(f"mean app commit {statistics.mean(ours):.2f} ms; max {max(ours):.1f} ms")
    print(f"\nRafale {BURST_RATE} lectures/s pendant {BURST_SECONDS} s par pseudo-terminal (station sans écran) : "
          + ", ".join(f"{k} {v}" for k, v in burst.items()))


if __name__ == "__main__":
    main()
