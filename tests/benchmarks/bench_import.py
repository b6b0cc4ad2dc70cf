"""Master-data import: 100,000 products, next to a bare sqlite3 `executemany` of the same rows into the
same schema in the same run, with how long the import held the write lock (BEGIN IMMEDIATE to
COMMIT: the time stations could not record a scan); then a ~50 MB file generated here, imported in a
child process so that its peak memory (the kernel's maximum resident size) is the import's own."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.benchmarks.common import DATA, print_table

PRODUCTS = 100_000
BIG_FILE_MB = 50
HEADER = "sku;gtin;name;weight_g;customer\n"


def _gtin(i: int) -> str:
    from logins_desktop.domain.gs1 import with_check_digit

    return with_check_digit(f"{376000000000 + i:012d}")


def write_products(path: Path, count: int) -> list[tuple]:
    rows = [(f"SKU-{i:07d}", _gtin(i), f"Article de test n°{i} boîte « reprise »", f"{i % 900 + 1},5", f"CLI{i % 10}")
            for i in range(count)]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(HEADER)
        f.writelines(";".join(r) + "\r\n" for r in rows)
    return rows


def fresh_db(path: Path) -> str:
    from logins_desktop.store.database import open_database

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(f"sqlite:///{path}").dispose()  # the real schema, through the migrations
    return f"sqlite:///{path}"


def bare_insert(path: Path, rows: list[tuple]) -> float:
    """The floor: one executemany of the already-parsed rows, customers known, no checks at all."""
    fresh_db(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=FULL")  # what the application runs with
    stamp = "2026-12-02 00:00:00.000000"
    customers = {c: uuid.uuid4().hex for c in {r[4] for r in rows}}
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES (?,?,?,?,?)",
                         [(cid, code, code, stamp, stamp) for code, cid in customers.items()])
        conn.executemany(
            "INSERT INTO products (id, sku, gtin, name, weight_g, customer_id, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [(uuid.uuid4().hex, sku, gtin, name, float(w.replace(",", ".")), customers[c], stamp, stamp)
             for sku, gtin, name, w, c in rows])
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def app_import(db_url: str, path: Path) -> tuple[float, dict]:
    from logins_desktop.services.masterdata import import_file
    from logins_desktop.store.database import open_database

    db = open_database(db_url)
    start = time.perf_counter()
    report = import_file(db, "products", path)
    elapsed = time.perf_counter() - start
    db.dispose()
    return elapsed, {"counts": dict(report.counts), "lock_seconds": report.write_lock_seconds}


def child(db_url: str, path: str) -> None:
    """Run in a subprocess: import one file, print the figures as JSON (peak RSS from the kernel:
    VmHWM, as getrusage's ru_maxrss would start from the size of the process that forked this one)."""
    elapsed, info = app_import(db_url, Path(path))
    with open("/proc/self/status") as status:
        peak_mb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    print(json.dumps({"seconds": elapsed, "lock_seconds": info["lock_seconds"], "peak_mb": peak_mb,
                      "counts": info["counts"]}))


def main() -> None:
    DATA.mkdir(exist_ok=True)
    csv_path = DATA / "import_100k_products.csv"
    rows = write_products(csv_path, PRODUCTS)
    bare_s = bare_insert(DATA / "import_bare.sqlite3", rows)
    app_s, first = app_import(fresh_db(DATA / "import_app.sqlite3"), csv_path)
    assert first["counts"] == {"created": PRODUCTS}, first
    again_s, again = app_import(f"sqlite:///{DATA / 'import_app.sqlite3'}", csv_path)
    assert again["counts"] == {"unchanged": PRODUCTS}, again
    print_table(f"Import de {PRODUCTS:_} articles (CSV UTF-8 ; point-virgule), à côté d'un executemany sqlite3 nu"
                .replace("_", " "), [
        ("import (base vide)", app_s * 1000, bare_s * 1000),
        ("  dont verrou d'écriture tenu", first["lock_seconds"] * 1000, bare_s * 1000),
        ("ré-import (rien ne change)", again_s * 1000, bare_s * 1000),
        ("  dont verrou d'écriture tenu", again["lock_seconds"] * 1000, bare_s * 1000),
    ], baseline="executemany")

    big = DATA / f"import_{BIG_FILE_MB}mb_products.csv"
    line_bytes = len(";".join(rows[0]).encode()) + 2
    del rows
    big_bare_s = bare_insert(DATA / "import_big_bare.sqlite3", write_products(big, BIG_FILE_MB * 1024 * 1024 // line_bytes))
    size_mb = big.stat().st_size / 1024 / 1024
    out = subprocess.run([sys.executable, "-c", "import sys; from tests.benchmarks.bench_import import child; "
                          "child(sys.argv[1], sys.argv[2])", fresh_db(DATA / "import_big.sqlite3"), str(big)],
                         capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    articles = f"{sum(figures['counts'].values()):_}".replace("_", " ")
    print(f"\nfichier de {size_mb:.0f} Mo ({articles} articles) : {figures['seconds']:.1f} s en tout, dont "
          f"{figures['lock_seconds']:.1f} s de verrou d'écriture (BEGIN IMMEDIATE → COMMIT) ; mémoire au plus haut "
          f"{figures['peak_mb']:.0f} Mo (processus entier) ; executemany sqlite3 nu des mêmes lignes : "
          f"{big_bare_s:.1f} s")


if __name__ == "__main__":
    main()
