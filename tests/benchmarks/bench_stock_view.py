"""Stock view with 100,000 products and 1,000,000 movements: open, filter, scroll to the end, history.

Each figure is the median of several runs, next to the bare SQL queries that fetch the same data in
the same run (sqlite3, no ORM, no Qt): the ratio shows what the application layer costs.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta

from tests.benchmarks.common import DATA, median_ms, print_table

PRODUCTS = 100_000
MOVEMENTS = 1_000_000
LOCATIONS = 200
HOT_PRODUCT_MOVES = 20_000  # one product with a long history, for the history panel
DB_PATH = DATA / "stock_view_100k_1m.sqlite3"
KINDS_IN = ("receipt", "produce")
KINDS_OUT = ("consume", "ship", "pick")


def _uuid() -> str:
    return uuid.uuid4().hex  # SQLAlchemy's Uuid type stores 32 hex digits on SQLite


def build_database() -> None:
    from logins_desktop.store.database import open_database

    DATA.mkdir(exist_ok=True)
    tmp = DB_PATH.with_suffix(".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    open_database(f"sqlite:///{tmp}").dispose()  # the real schema, through the migrations
    rng = random.Random(42)
    now = datetime.now(UTC).replace(tzinfo=None)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # bulk load only; the app itself runs with FULL
    location_ids = [_uuid() for _ in range(LOCATIONS)]
    conn.executemany(
        "INSERT INTO locations (id, code, name, created_at, updated_at) VALUES (?,?,?,?,?)",
        [(lid, f"Z{i // 20:02d}-{i % 20:02d}", f"Zone {i}", stamp, stamp) for i, lid in enumerate(location_ids)],
    )
    product_ids = [_uuid() for _ in range(PRODUCTS)]
    conn.executemany(
        "INSERT INTO products (id, sku, gtin, name, weight_g, created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
        [
            (pid, f"SKU-{i:06d}", f"{3760000000000 + i * 10:013d}"[:12] + "0", f"Article de test n°{i} {rng.choice(['boîte', 'pochette', 'notice', 'câble', 'coffret'])}", 100.0, stamp, stamp)
            for i, pid in enumerate(product_ids)
        ],
    )
    # GTINs above are unique but their check digits are not computed: fix them in SQL-free Python.
    from logins_desktop.domain.gs1 import with_check_digit

    conn.executemany("UPDATE products SET gtin = ? WHERE id = ?",
                     [(with_check_digit(f"{376000000000 + i:012d}"), pid) for i, pid in enumerate(product_ids)])
    on_hand: dict[tuple[int, int], int] = {}
    homes = [[rng.randrange(LOCATIONS) for _ in range(rng.randint(1, 3))] for _ in range(PRODUCTS)]
    rows = []
    start = now - timedelta(days=365)
    for n in range(MOVEMENTS):
        p = 0 if n < HOT_PRODUCT_MOVES else rng.randrange(PRODUCTS)
        loc = rng.choice(homes[p])
        have = on_hand.get((p, loc), 0)
        if have > 0 and rng.random() < 0.45:
            qty = -rng.randint(1, have)
            kind = rng.choice(KINDS_OUT)
        else:
            qty = rng.randint(1, 200)
            kind = rng.choice(KINDS_IN)
        on_hand[(p, loc)] = have + qty
        at = (start + timedelta(seconds=n * 31)).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append((_uuid(), f"bench:{n}", 0, kind, product_ids[p], location_ids[loc], qty, "bench", "POSTE-01", "", at))
        if len(rows) == 50_000:
            conn.executemany(
                "INSERT INTO stock_movements (id, posting_key, line_no, kind, product_id, location_id, quantity, actor, station, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            rows.clear()
    if rows:
        conn.executemany(
            "INSERT INTO stock_movements (id, posting_key, line_no, kind, product_id, location_id, quantity, actor, station, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    conn.executemany(
        "INSERT INTO stock_on_hand (product_id, location_id, quantity, sku, location_code) VALUES (?,?,?,?,?)",
        [(product_ids[p], location_ids[loc], q, f"SKU-{p:06d}", f"Z{loc // 20:02d}-{loc % 20:02d}")
         for (p, loc), q in on_hand.items()],
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    os.replace(tmp, DB_PATH)


from pathlib import Path  # noqa: E402  (used by build_database above)

# The same data the view shows, fetched the plainest way: sqlite3, no ORM, no Qt.
BARE_COUNT = "SELECT count(*) FROM stock_on_hand s WHERE s.quantity != 0 {where}"
BARE_PAGE = """SELECT p.id, p.sku, p.name, p.gtin, s.location_code, s.quantity FROM
(SELECT product_id, location_id FROM stock_on_hand s WHERE s.quantity != 0 {where}
 ORDER BY s.sku{sort_hint}, s.location_code LIMIT 200 OFFSET ?) page
JOIN stock_on_hand s ON s.product_id = page.product_id AND s.location_id = page.location_id
JOIN products p ON p.id = s.product_id ORDER BY s.sku, s.location_code"""
LIKE = """AND (s.product_id IN (SELECT id FROM products WHERE sku LIKE ? OR name LIKE ? OR gtin LIKE ?)
OR s.location_id IN (SELECT id FROM locations WHERE code LIKE ?))"""
BARE_HISTORY = """SELECT m.created_at, m.kind, l.code, m.quantity, m.actor, m.station, m.reason FROM stock_movements m
JOIN locations l ON l.id = m.location_id WHERE m.product_id = ? ORDER BY m.created_at DESC, m.id LIMIT 200"""


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not DB_PATH.exists():
        t = time.perf_counter()
        print(f"generating {PRODUCTS:,} products and {MOVEMENTS:,} movements in {DB_PATH} …", flush=True)
        build_database()
        print(f"  generated in {time.perf_counter() - t:.0f} s")

    from PySide6.QtWidgets import QApplication

    from logins_desktop.services.stock import StockService
    from logins_desktop.store.database import open_database
    from logins_desktop.ui.stock.stock_view import StockView
    from logins_desktop.ui.theme import Theme

    app = QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{DB_PATH}")
    stock = StockService(db)
    theme = Theme()
    theme.apply()
    bare = sqlite3.connect(DB_PATH)
    total = bare.execute(BARE_COUNT.format(where="")).fetchone()[0]
    movements = bare.execute("SELECT count(*) FROM stock_movements").fetchone()[0]
    hot = bare.execute("SELECT id FROM products WHERE sku = 'SKU-000000'").fetchone()[0]
    print(f"{PRODUCTS:,} products, {movements:,} movements, {total:,} non-zero stock lines")

    view_holder = {}

    def open_view():
        view = StockView(theme, stock)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        view_holder["view"] = view

    def close_view():
        if "view" in view_holder:
            view_holder.pop("view").deleteLater()
            app.processEvents()

    def bare_open():
        bare.execute(BARE_COUNT.format(where="")).fetchone()
        bare.execute(BARE_PAGE.format(where="", sort_hint=""), (0,)).fetchall()

    open_ms = median_ms(open_view, setup=close_view)
    open_base = median_ms(bare_open)

    view = view_holder["view"]
    term = "sku-0421"
    pattern = f"%{term}%"

    def filter_view():
        view.search.setText(term)
        view.apply_filter()
        app.processEvents()

    def reset_filter():
        view.search.setText("")
        view.apply_filter()
        app.processEvents()

    def bare_filter():
        bare.execute(BARE_COUNT.format(where=LIKE), (pattern,) * 4).fetchone()
        bare.execute(BARE_PAGE.format(where=LIKE, sort_hint=" || ''"), (*(pattern,) * 4, 0)).fetchall()

    filter_ms = median_ms(filter_view, setup=reset_filter)
    filter_base = median_ms(bare_filter)
    filtered_rows = view.model.rowCount()

    reset_filter()

    def scroll_end():
        view.table.scrollToBottom()
        app.processEvents()

    def scroll_top():
        view.model.reload()  # drop the page cache: the end must be fetched again
        view.table.scrollToTop()
        app.processEvents()

    def bare_end():
        bare.execute(BARE_PAGE.format(where="", sort_hint=""), (max(0, total - 200),)).fetchall()

    end_ms = median_ms(scroll_end, setup=scroll_top)
    end_base = median_ms(bare_end)
    last_sku = view.model.index(view.model.rowCount() - 1, 0).data()

    def filter_hot_product():
        view.search.setText("SKU-000000")
        view.apply_filter()
        view.table.clearSelection()
        app.processEvents()

    def show_history():
        view.table.selectRow(0)
        app.processEvents()

    def bare_history():
        bare.execute(BARE_HISTORY, (hot,)).fetchall()
        bare.execute("SELECT count(*) FROM stock_movements WHERE product_id = ?", (hot,)).fetchone()

    history_ms = median_ms(show_history, setup=filter_hot_product)
    history_base = median_ms(bare_history)
    history_rows = view.history_model.rowCount()

    print(f"filter «{term}»: {filtered_rows} lines; last line after scrolling: {last_sku}; "
          f"history of SKU-000000: {history_rows:,} movements")
    print_table(
        f"Vue du stock — {PRODUCTS:,} articles, {movements:,} mouvements (médiane de 7)",
        [
            ("ouvrir la vue (compte + 1re page)", open_ms, open_base),
            (f"filtrer « {term} »", filter_ms, filter_base),
            ("défiler jusqu'à la fin", end_ms, end_base),
            (f"historique d'un article ({history_rows:,} mvts)", history_ms, history_base),
        ],
    )
    close_view()
    db.dispose()


if __name__ == "__main__":
    main()
