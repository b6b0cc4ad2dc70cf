"""Online backups while the station writes, and restores that refuse a damaged file."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from logins_desktop.cli import main
from logins_desktop.domain.errors import DomainError
from logins_desktop.services import backup
from logins_desktop.services.stock import Actor, StockService
from logins_desktop.store.database import open_database


def test_backup_while_writing_then_restore(demo_db, db_url, tmp_path):
    stock = StockService(demo_db)
    stop = threading.Event()

    def write():
        while not stop.is_set():
            stock.receive(Actor("logistique"), "SAVON-100", "RECEPTION", 1)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        path = backup.backup(db_url, tmp_path / "copie.sqlite3")
    finally:
        stop.set()
        writer.join()
    assert backup.check_file(path) == []
    copy_url = f"sqlite:///{path}"
    copy = open_database(copy_url, upgrade=False)
    assert StockService(copy).consistency_problems() == []  # a consistent snapshot, mid-writes
    copy.dispose()

    received_after = stock.on_hand("SAVON-100", "RECEPTION")
    demo_db.dispose()
    restored = backup.restore(db_url, path)
    assert restored.saved is not None and backup.check_file(restored.saved) == []
    assert (restored.photos_back, restored.photos_lost) == (0, 0)  # the demo has no evidence photo
    restored = open_database(db_url)
    assert StockService(restored).on_hand("SAVON-100", "RECEPTION") <= received_after
    assert StockService(restored).consistency_problems() == []
    restored.dispose()


def test_restore_refuses_damaged_or_foreign_files(demo_db, db_url, tmp_path):
    good = backup.backup(db_url, tmp_path / "bonne.sqlite3")
    damaged = tmp_path / "abimee.sqlite3"
    data = bytearray(good.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096  # a bad sector in the middle
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "autre.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    text = tmp_path / "texte.sqlite3"
    text.write_text("pas une base")
    for bad in (damaged, foreign, text, tmp_path / "absent.sqlite3"):
        with pytest.raises(DomainError) as refused:
            backup.restore(db_url, bad)
        assert refused.value.message.id == "backup.restore_refused"
    assert StockService(demo_db).consistency_problems() == []  # the database was not touched


def test_cli_backup_and_restore(db_url, tmp_path, capsys):
    assert main(["seed-demo", "--db", db_url]) == 0
    assert main(["db", "backup", "--out", str(tmp_path / "b.sqlite3"), "--db", db_url]) == 0
    assert main(["db", "restore", str(tmp_path / "b.sqlite3"), "--db", db_url]) == 0
    assert "base restaurée" in capsys.readouterr().out
    (tmp_path / "bad.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert main(["db", "restore", str(tmp_path / "bad.sqlite3"), "--db", db_url]) == 1
    assert main(["db", "check", "--db", db_url]) == 0


def test_a_backup_reports_its_progress_up_to_every_page(demo_db, db_url, tmp_path):
    seen: list[tuple[str, int, int]] = []
    backup.backup(db_url, tmp_path / "out" / "copie.sqlite3", progress=lambda *step: seen.append(step))
    assert seen and {phase for phase, _, _ in seen} == {"backing_up"}
    done = [d for _, d, _ in seen]
    total = seen[-1][2]
    assert done == sorted(done) and done[-1] == total > 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["copie.sqlite3"]  # one file: no -wal, -shm, nor .partiel's
    pages = sqlite3.connect(tmp_path / "out" / "copie.sqlite3").execute("PRAGMA page_count").fetchone()[0]
    assert total == pages
