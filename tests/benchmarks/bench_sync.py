"""Sync: 20 stations × 50,000 scan events pushed to a central PostgreSQL, events per second, next
to a PostgreSQL COPY of the same rows in the same run (the floor)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

STATIONS = int(os.environ.get("BENCH_SYNC_STATIONS", "20"))
EVENTS = int(os.environ.get("BENCH_SYNC_EVENTS", "50000"))


def main() -> None:
    from logins_desktop.services.demo import seed_demo
    from logins_desktop.services.sync import SyncService
    from logins_desktop.store.database import open_database
    from tests.pg import Cluster, pg_bin

    if pg_bin("initdb") is None:
        print("PostgreSQL absent : benchmark de synchronisation sauté")
        return
    cluster = Cluster().start()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        central_url = cluster.create_database("central")
        central = open_database(central_url)
        seed_demo(central)
        # One station populated by its first sync, copied 19 times (same master data, as at a real site).
        template = tmp / "template.sqlite3"
        station = open_database(f"sqlite:///{template}")
        SyncService(station, central_url, station="POSTE-01").sync_once()
        station.dispose()
        conn = sqlite3.connect(template)
        worker = conn.execute("SELECT id FROM workers ORDER BY badge LIMIT 1").fetchone()[0]
        conn.close()
        paths = []
        t = time.perf_counter()
        for n in range(STATIONS):
            path = tmp / f"station{n:02d}.sqlite3"
            shutil.copy(template, path)
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA synchronous=OFF")
            rows = ((uuid.uuid4().hex, f"POSTE-{n:02d}", worker, None, b"]E03760000000024\r", "]E0", "accepted",
                     "", f"2026-11-22 08:{i // 60 % 60:02d}:{i % 60:02d}.{i:06d}") for i in range(EVENTS))
            conn.executemany("INSERT INTO scan_events (id, station, worker_id, order_id, raw, symbology, decision, "
                             "reason, created_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)  # the triggers fill the outbox
            conn.commit()
            conn.close()
            paths.append(path)
        print(f"{STATIONS} postes × {EVENTS:,} lectures générées en {time.perf_counter() - t:.0f} s", flush=True)

        started = time.perf_counter()
        pushed = 0
        for path in paths:
            db = open_database(f"sqlite:///{path}", upgrade=False)
            service = SyncService(db, central_url, station="POSTE-01")
            pushed += service.push()[0]
            service.close()
            db.dispose()
        sync_seconds = time.perf_counter() - started
        total = STATIONS * EVENTS

        import psycopg

        columns = "id, station, worker_id, order_id, raw, symbology, decision, reason, created_at"
        rows = []
        for path in paths:
            source = sqlite3.connect(path)
            for uid, st, w, o, raw, sym, dec, reason, created in source.execute(f"SELECT {columns} FROM scan_events"):
                rows.append((uuid.UUID(uid), st, uuid.UUID(w), o, raw, sym, dec, reason, created + "+00"))
            source.close()
        with psycopg.connect(central_url.replace("postgresql+psycopg", "postgresql")) as pg:
            pg.execute("CREATE TABLE scan_events_copy (LIKE scan_events INCLUDING ALL)")
            started = time.perf_counter()
            with pg.cursor() as cur, cur.copy(f"COPY scan_events_copy ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            pg.commit()
            copy_seconds = time.perf_counter() - started
            copied = pg.execute("SELECT count(*) FROM scan_events_copy").fetchone()[0]
            at_central = pg.execute("SELECT count(*) FROM scan_events").fetchone()[0]
        print(f"\nSynchronisation — {STATIONS} postes × {EVENTS:,} lectures = {total:,} (centrale : {at_central:,} "
              f"lignes, COPY : {copied:,})")
        print("| mesure | secondes | lectures/s | ratio |")
        print("|---|---:|---:|---:|")
        print(f"| sync (push, idempotent) | {sync_seconds:.1f} | {pushed / sync_seconds:,.0f} | "
              f"{sync_seconds / copy_seconds:.1f}× |")
        print(f"| COPY PostgreSQL des mêmes lignes | {copy_seconds:.1f} | {copied / copy_seconds:,.0f} | 1.0× |")
        central.dispose()
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
