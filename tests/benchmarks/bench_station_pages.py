"""Packing station: database pages written by each commit, steps and completed kits apart, each
page attributed to its table or index. Unlike a timing, this figure does not move with the disk:
it is what a change to the schema or to the kit's transaction is judged by.

Read from the write-ahead log: every commit appends the pages it changed as frames (automatic
checkpoints off, so nothing is reset), and SQLite's `dbstat` table says which b-tree owns a page.
"""

from __future__ import annotations

import collections
import sqlite3
import struct
import tempfile
from pathlib import Path

from tests.benchmarks import bench_station

WARM_UP = 50
SCANS = 500
FRAME_HEADER = 24


def wal_pages(wal: bytes, start: int, end: int, page_size: int) -> list[int]:
    return [struct.unpack(">I", wal[offset:offset + 4])[0]
            for offset in range(start, end, FRAME_HEADER + page_size)]


def main() -> None:
    from logins_desktop.devices.scanners.base import ScanFrame
    from logins_desktop.services.station import StationService
    from logins_desktop.store.database import open_database

    if not bench_station.DB_TEMPLATE.exists():
        bench_station.build_template()
    with tempfile.TemporaryDirectory() as tmp:
        path = bench_station.fresh_copy(Path(tmp))
        db = open_database(f"sqlite:///{path}")
        with db.engine.connect() as conn:  # one connection in the pool: the station's
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        station = StationService(db, "POSTE-01", double_read_seconds=0)
        station.handle(ScanFrame(b"B1001\r", "B1001"))
        wal = Path(f"{path}-wal")
        codes = bench_station.kit_codes()
        spans: dict[str, list[tuple[int, int]]] = {"kit": [], "step": []}
        for i in range(WARM_UP + SCANS):
            before = wal.stat().st_size
            result = station.handle(ScanFrame(f"]E0{codes[i % 5]}\r".encode(), codes[i % 5], "]E0"))
            if i >= WARM_UP:
                spans["kit" if result.kit_completed else "step"].append((before, wal.stat().st_size))
        frames = wal.read_bytes()  # before the last connection closes: that checkpoints it away
        db.dispose()
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        owner = dict((page, name) for name, page in conn.execute("SELECT name, pageno FROM dbstat"))
        conn.close()
    print(f"\nPages écrites par commit ({SCANS} lectures après {WARM_UP} d'échauffement, 1 000 000 en base)")
    for kind, ranges in spans.items():
        owners = collections.Counter(owner.get(page, "?") for start, end in ranges
                                     for page in wal_pages(frames, start, end, page_size))
        total = sum(owners.values()) / len(ranges)
        print(f"{kind}: {total:.1f} pages par commit ({len(ranges)} commits)")
        for name, count in owners.most_common():
            print(f"    {name:<40} {count / len(ranges):5.2f}")


if __name__ == "__main__":
    main()
