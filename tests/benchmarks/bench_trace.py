"""Recall: `trace lot` on a ledger of 1,000,000 movements (issue 25's target: under one second),
next to the bare sqlite3 query of the same lot's lines in the same run.

The ledger: the demo, then 1,000,000 lines written straight into SQLite as a year of a busy
workshop would: receipts and kit consumptions of eight lot-tracked components (200 lots each)
and of untracked ones; the lot traced went into 2,500 kits of 25 orders, shipped in cartons.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.common import DATA, median_ms, print_table

MOVEMENTS = 1_000_000
TEMPLATE = DATA / "trace_1m_movements.sqlite3"
TRACED_SKU, TRACED_LOT = "ETIQ-PREPAYEE", "L-0042"


def build_template() -> None:
    from logins_desktop.services.demo import seed_demo
    from logins_desktop.store.database import open_database

    DATA.mkdir(exist_ok=True)
    tmp = TEMPLATE.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{tmp}")
    seed_demo(db)
    db.dispose()
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA synchronous=OFF")
    products = dict(conn.execute("SELECT sku, id FROM products"))
    locations = [row[0] for row in conn.execute("SELECT id FROM locations")]
    conn.execute("UPDATE products SET tracking = 'lot' WHERE sku IN ('ETIQ-PREPAYEE', 'NOTICE-REPRISE', "
                 "'BON-RETOUR', 'POCHETTE-PROT')")
    customer = conn.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    kit = products["KIT-REPRISE"]
    orders = []
    for n in range(25):
        order_id = uuid.uuid4().hex
        conn.execute("INSERT INTO orders (id, ref, customer_id, product_id, quantity, status, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, 100, 'done', '2026-01-01', '2026-01-01')",
                     (order_id, f"CMD-BENCH-{n:03d}", customer, kit))
        orders.append((order_id, f"CMD-BENCH-{n:03d}"))
    tracked = [products[s] for s in ("ETIQ-PREPAYEE", "NOTICE-REPRISE", "BON-RETOUR", "POCHETTE-PROT")]
    untracked = [p for s, p in products.items() if products[s] not in tracked]
    rng = random.Random(7)
    expiry = date(2027, 6, 30)

    def rows():
        traced = products[TRACED_SKU]
        for i in range(MOVEMENTS):
            if i < 2_500:  # the traced lot: one label in each of 2,500 kits of 25 orders
                order_id = orders[i % 25][0]
                yield (uuid.uuid4().hex, f"kit:bench:{i}", 0, "consume", traced, locations[0], -1, "B1001", "POSTE-01",
                       "", order_id, "2026-06-01 10:00:00", "2026-06-01 10:00:00", TRACED_LOT, expiry.isoformat())
                continue
            product = rng.choice(tracked) if i % 2 else rng.choice(untracked)
            lot = f"L-{rng.randrange(200):04d}" if product in tracked else ""
            if lot == TRACED_LOT and product == traced:
                lot = "L-0043"
            kind, quantity = ("receipt", 500) if i % 97 == 0 else ("consume", -1)
            yield (uuid.uuid4().hex, f"bench:{i}", 0, kind, product, rng.choice(locations), quantity, "bench", "POSTE-02",
                   "", None, "2026-06-01 10:00:00", "2026-06-01 10:00:00", lot,
                   (expiry + timedelta(days=i % 300)).isoformat() if lot else None)

    conn.executemany("INSERT INTO stock_movements (id, posting_key, line_no, kind, product_id, location_id, quantity, "
                     "actor, station, reason, order_id, created_at, received_at, lot, expiry) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    conn.execute("INSERT INTO stock_movements (id, posting_key, line_no, kind, product_id, location_id, quantity, actor,"
                 " station, reason, created_at, received_at, lot, expiry) VALUES (?, 'receipt:bench', 0, 'receipt', ?,"
                 " ?, 3000, 'bench', '', '', '2026-05-01', '2026-05-01', ?, ?)",
                 (uuid.uuid4().hex, products[TRACED_SKU], locations[0], TRACED_LOT, expiry.isoformat()))
    shipment = uuid.uuid4().hex
    conn.execute("INSERT INTO shipments (id, ref, customer_id, order_refs, carrier, ship_to, status, created_at,"
                 " updated_at) VALUES (?, 'EXP-BENCH', ?, '[]', '', '[]', 'shipped', '2026-06-02', '2026-06-02')",
                 (shipment, customer))
    for n, (_order_id, ref) in enumerate(orders):
        conn.execute("INSERT INTO handling_units (id, shipment_id, sscc, kind, product_id, count, order_ref, created_at,"
                     " updated_at) VALUES (?, ?, ?, 'carton', ?, 100, ?, '2026-06-02', '2026-06-02')",
                     (uuid.uuid4().hex, shipment, f"3760000000{n:07d}1", kit, ref))
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    os.replace(tmp, TEMPLATE)


def main() -> None:
    from logins_desktop.services.trace import TraceService
    from logins_desktop.store.database import open_database

    if not TEMPLATE.exists():
        started = time.perf_counter()
        print(f"generating a ledger of {MOVEMENTS:,} movements …", flush=True)
        build_template()
        print(f"  generated in {time.perf_counter() - started:.0f} s")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trace.sqlite3"
        shutil.copy(TEMPLATE, path)
        db = open_database(f"sqlite:///{path}")
        service = TraceService(db)
        trace = service.lot(TRACED_SKU, TRACED_LOT)  # warm: the first read brings the pages in
        ours = median_ms(lambda: service.lot(TRACED_SKU, TRACED_LOT))
        db.dispose()
        conn = sqlite3.connect(path)
        product = conn.execute("SELECT id FROM products WHERE sku = ?", (TRACED_SKU,)).fetchone()[0]

        def bare():
            return conn.execute("SELECT posting_key, kind, quantity, station, actor, created_at, order_id, location_id "
                                "FROM stock_movements WHERE product_id = ? AND lot = ? AND lot != ''",
                                (product, TRACED_LOT)).fetchall()

        lines = len(bare())
        plan = " ".join(row[-1] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM stock_movements WHERE product_id = ? AND lot = ? AND lot != ''",
            (product, TRACED_LOT)))
        base = median_ms(bare)
        conn.close()
    print_table(f"trace lot sur {MOVEMENTS:,} mouvements : {len(trace.kits)} kits, {len(trace.orders)} commandes, "
                f"{sum(len(s.ssccs) for s in trace.shipments)} cartons ({lines} lignes du lot)",
                [("trace lot (service, réponse complète)", ours, base)], baseline="SELECT nu")
    print(f"plan du SELECT nu : {plan}")
