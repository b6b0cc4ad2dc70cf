"""The products import streams: checking a file takes no write lock (a station records scans
meanwhile), memory does not grow with the file, and the one write transaction is all or nothing.
Proved by hooks on the import's progress (phases "checking" then "writing"), not by timings."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from logins_desktop.devices.scanners.base import ScanFrame
from logins_desktop.domain.gs1 import with_check_digit
from logins_desktop.services.masterdata import ImportFailed, import_file
from logins_desktop.services.station import StationService
from logins_desktop.store.database import open_database
from logins_desktop.store.models import AuditEntry, Customer, Product, ScanEvent

HEADER = "sku;gtin;name;weight_g;customer\n"


def products_file(path: Path, count: int, start: int = 0, extra: str = "") -> Path:
    lines = [f"NEW-{i:06d};{with_check_digit(f'{377000000000 + i:012d}')};Article {i};{i % 50 + 1},5;BIG{i % 3}\n"
             for i in range(start, start + count)]
    path.write_text(HEADER + "".join(lines) + extra, encoding="utf-8")
    return path


def try_write(path: str) -> bool:
    """Whether another program could take the write lock right now (no waiting)."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        conn.close()


def count(db, model, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_a_station_commits_scans_while_the_import_checks_and_waits_only_while_it_writes(demo_db, db_url, tmp_path):
    """While the file is read and checked, a station on its own connection records a scan; once
    the import writes, the write lock is held (so the hook would see it, were it held earlier)."""
    station_db = open_database(db_url, busy_seconds=0)
    station = StationService(station_db, "POSTE-01")
    file_path = db_url.removeprefix("sqlite:///")
    seen: dict[str, list] = {"checking": [], "writing": []}

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "checking":
            result = station.handle(ScanFrame(raw=b"B1001", text="B1001"))
            seen[phase].append(result.committed)
        else:
            seen[phase].append(try_write(file_path))

    before = count(demo_db, ScanEvent)
    report = import_file(demo_db, "products", products_file(tmp_path / "p.csv", 60_000), progress=progress)
    station_db.dispose()
    assert report.counts == {"created": 60_000}
    assert len(seen["checking"]) >= 10 and all(seen["checking"])  # every scan recorded, never refused
    assert count(demo_db, ScanEvent) == before + len(seen["checking"])
    assert seen["writing"] and not any(seen["writing"])  # during the write: locked
    assert try_write(file_path)  # and free again after it
    assert 0 < report.write_lock_seconds


def test_a_refused_gtin_found_at_write_time_leaves_nothing_written(db, tmp_path):
    """The GTIN of another article is checked under the lock; the whole file is then refused,
    the customers it would have created included."""
    import_file(db, "products", products_file(tmp_path / "a.csv", 3))
    taken = with_check_digit(f"{377000000000 + 1:012d}")  # NEW-000001's GTIN
    path = products_file(tmp_path / "b.csv", 2000, start=100, extra=f"OTHER;{taken};Autre;1;NOUVEAU\n")
    with pytest.raises(ImportFailed) as caught:
        import_file(db, "products", path)
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.message.id) == (2002, "gtin", "import.gtin_taken")
    assert dict(problem.message.args) == {"gtin": taken, "sku": "NEW-000001"}
    assert count(db, Product) == 3
    assert count(db, Customer, Customer.code == "NOUVEAU") == 0
    assert count(db, AuditEntry, AuditEntry.action == "import.products") == 1  # the first file only


def test_duplicates_and_bad_cells_are_reported_in_file_order_with_the_full_count(db, tmp_path):
    """Bad cells are found while streaming, repeated keys afterwards in SQL: the report still lists
    the file's first problems in line order, and counts all of them."""
    body = "".join(f"S{i};;N{i};1;C\n" for i in range(200))  # lines 2..201
    body += "S5;;again;1;C\n"  # line 202: S5 again (first at line 7)
    body += "S300;;x;lourd;C\n"  # line 203: not a number
    body += "".join(f"S{i};;dup;1;C\n" for i in range(60))  # lines 204..263: 60 more repeats
    path = tmp_path / "p.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_file(db, "products", path)
    failed = caught.value
    assert failed.total == 1 + 1 + 60
    lines = [(p.line, p.column, p.message.id) for p in failed.problems]
    assert lines[:3] == [(202, "sku", "import.duplicate_key"), (203, "weight_g", "import.not_number"),
                         (204, "sku", "import.duplicate_key")]
    assert [p.line for p in failed.problems] == sorted(p.line for p in failed.problems) and len(lines) == 50
    assert dict(failed.problems[0].message.args) == {"key": "S5", "first_line": 7, "line": 202}
    assert count(db, Product) == 0


def test_update_and_unchanged_are_counted_and_new_ids_are_version_7_in_sku_order(db, tmp_path):
    import uuid

    import_file(db, "products", products_file(tmp_path / "a.csv", 10))
    text = (tmp_path / "a.csv").read_text(encoding="utf-8").replace("Article 3;", "Article trois;")
    (tmp_path / "b.csv").write_text(text + "NEW-999999;;Nouveau;;\n", encoding="utf-8")
    report = import_file(db, "products", tmp_path / "b.csv")
    assert report.counts == {"created": 1, "updated": 1, "unchanged": 9}
    with db.read() as s:
        new = s.scalars(select(Product).where(Product.sku == "NEW-999999")).one()
        assert (new.gtin, new.weight_g, new.customer_id) == (None, None, None)
        assert s.scalar(select(Product.name).where(Product.sku == "NEW-000003")) == "Article trois"
        ids = s.scalars(select(Product.id)).all()
    assert all(isinstance(i, uuid.UUID) and i.version == 7 for i in ids)


def test_new_articles_get_ids_that_follow_their_sku_whatever_the_order_of_the_file(db, tmp_path, monkeypatch):
    """So the article table's indexes are appended to while the write lock is held."""
    from logins_desktop.services import masterdata

    monkeypatch.setattr(masterdata, "STAGE_BATCH", 7)  # ranked over many pages
    monkeypatch.setattr(masterdata, "WRITE_BATCH", 50)  # and written in several parts
    lines = products_file(tmp_path / "a.csv", 300).read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "b.csv").write_text(lines[0] + "".join(reversed(lines[1:])), encoding="utf-8")
    assert import_file(db, "products", tmp_path / "b.csv").counts == {"created": 300}
    with db.read() as s:
        by_id = s.scalars(select(Product.sku).order_by(Product.id)).all()
    assert by_id == sorted(by_id) and len(by_id) == 300


def test_peak_memory_does_not_grow_with_the_file(tmp_path):
    """Two imports in fresh processes, one of a file 8 times larger (175,000 more lines): with
    SQLite's page caches set small, the peak resident size stays put. A row kept in Python per
    line (even a tuple of five cells, ~400 bytes) would add some 70 MB."""
    def peak_kb(lines: int) -> int:
        path = products_file(tmp_path / f"p{lines}.csv", lines)
        # VmHWM, not getrusage: Linux carries ru_maxrss over from the forking process (pytest here).
        code = ("import sys; from pathlib import Path; "
                "from logins_desktop.store.database import open_database; "
                "from logins_desktop.services import masterdata; "
                "masterdata.STAGE_CACHE_KB = masterdata.WRITE_CACHE_KB = 2048; "
                "db = open_database(sys.argv[1]); "
                "report = masterdata.import_file(db, 'products', Path(sys.argv[2])); "
                "assert report.counts == {'created': int(sys.argv[3])}, report.counts; "
                "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))")
        out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / f'm{lines}.sqlite3'}", str(path),
                              str(lines)], capture_output=True, text=True, check=True)
        return int(out.stdout.strip().splitlines()[-1])

    small, large = peak_kb(25_000), peak_kb(200_000)
    assert large - small < 12 * 1024, (small, large)
