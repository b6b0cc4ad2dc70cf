"""Hostile and damaged databases: a damaged or foreign file, a read-only one, one held by another
program. Never a traceback, never a scan reported saved that was not, always what to do next."""

from __future__ import annotations

import io
import json
import os
import shlex
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from logins_desktop.cli import main
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.services import backup
from logins_desktop.store.database import DatabaseReadOnly, open_database

PAGE = 4096


def damage(path: Path) -> None:
    """Garbage over every page but the first (the header stays: SQLite opens it, then finds the damage)."""
    data = bytearray(path.read_bytes())
    data[PAGE:] = b"\xa5" * (len(data) - PAGE)
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def seeded(tmp_path, capsys) -> tuple[str, Path]:
    """A demo station database, closed (as after a shift) so that no connection of this process
    still maps its -wal and -shm files when a test damages it."""
    from logins_desktop.services.demo import seed_demo

    path = tmp_path / "poste.sqlite3"
    url = f"sqlite:///{path}"
    database = open_database(url)
    assert seed_demo(database, morning=True)
    database.dispose()
    return url, path


def damaged_text(path: Path, detail, backup_file: Path | None, url: str) -> str:
    if backup_file is None:
        return msg("db.damaged_no_backup", path=str(path), detail=detail, folder=str(backup.default_backup_dir())).text()
    command = f"logins-desktop db restore {shlex.quote(str(backup_file))} --db {shlex.quote(url)}"
    return msg("db.damaged", path=str(path), detail=detail, backup=str(backup_file), command=command).text()


def one_plain_line(err: str) -> str:
    assert "Traceback" not in err and "sqlalchemy" not in err.lower()
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_a_damaged_file_names_the_newest_valid_backup_and_the_command_that_restores_it(tmp_path, capsys):
    url, path = seeded(tmp_path, capsys)
    good = backup.backup(url)
    newer = backup.default_backup_dir() / "poste-29991231-235959.sqlite3"  # newer, but itself damaged
    newer.write_bytes(good.read_bytes())
    damage(newer)
    damage(path)

    expected = damaged_text(path, msg("db.detail.malformed"), good, url)
    for command in (["db", "check"], ["db", "upgrade"], ["seed-demo"], ["export", "stock", str(tmp_path / "s.csv")],
                    ["import", "locations", str(tmp_path / "l.csv")]):
        (tmp_path / "l.csv").write_text("code;name\nZ-1;\n", encoding="utf-8")
        assert main([*command, "--db", url]) == 1, command
        assert one_plain_line(capsys.readouterr().err) == f"erreur : {expected}", command

    # The command the message gives, run as it is, puts the backup back; the damaged file is kept aside.
    restore = shlex.split(expected.split(" : ")[-1])[1:]
    assert main(restore) == 0
    assert "l'ancienne est gardée dans" in capsys.readouterr().out
    assert main(["db", "check", "--db", url]) == 0
    assert list(tmp_path.glob("poste-endommagee-*.sqlite3"))


def test_a_text_file_named_sqlite3_is_no_database_in_plain_words(tmp_path, capsys):
    path = tmp_path / "texte.sqlite3"
    path.write_text("ceci n'est pas une base\n" * 50, encoding="utf-8")
    url = f"sqlite:///{path}"
    expected = damaged_text(path, msg("db.detail.not_a_database"), None, url)
    for command in (["db", "check"], ["db", "upgrade"], ["seed-demo"]):
        assert main([*command, "--db", url]) == 1, command
        assert one_plain_line(capsys.readouterr().err) == f"erreur : {expected}", command
    # The headless station's stderr carries JSON only: the same message, as one JSON line.
    assert main(["station", "--headless", "--station", "POSTE-01", "--scanner", "sim://", "--db", url]) == 1
    status = json.loads(one_plain_line(capsys.readouterr().err))
    assert status["ready"] is False and status["error"] == expected and status["message"]["id"] == "db.damaged_no_backup"
    assert path.read_text(encoding="utf-8").startswith("ceci n'est pas une base")  # untouched


def test_damage_found_by_the_integrity_check_is_said_damaged_with_the_backup(tmp_path, capsys):
    url, path = seeded(tmp_path, capsys)
    good = backup.backup(url)
    # One index page overwritten: the file opens and reads, only the integrity check sees it.
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='products'"
                            " ORDER BY name LIMIT 1").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * PAGE
    data[start + 8:start + PAGE] = b"\x00\x17" * ((PAGE - 8) // 2)  # its cells, past the page header
    path.write_bytes(bytes(data))
    assert main(["db", "check", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert first.startswith("erreur : La base de données") and "endommagée" in first
    assert str(good) in first and "logins-desktop db restore" in first


def test_newest_valid_skips_damaged_and_foreign_backups(tmp_path, capsys):
    url, path = seeded(tmp_path, capsys)
    older = backup.backup(url)
    folder = backup.default_backup_dir()
    foreign = folder / "poste-29990101-000000.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    os.utime(foreign, (time.time() + 10, time.time() + 10))
    assert backup.newest_valid(path) == older
    (folder / "autre-29991231-000000.sqlite3").write_bytes(older.read_bytes())  # another database's backup
    assert backup.newest_valid(path) == older


def test_a_read_only_database_opens_says_so_and_refuses_every_scan(tmp_path, capsys, monkeypatch):
    """Root ignores file modes, so the kernel's answer is simulated at os.access only; SQLite itself
    then opens the file read-only, and it is SQLite that refuses the writes."""
    from logins_desktop.devices.scanners import ScanFrame
    from logins_desktop.services.station import StationService
    from logins_desktop.store import db as store_db

    url, path = seeded(tmp_path, capsys)
    folder = str(path.parent)
    real_access = os.access
    monkeypatch.setattr(store_db.os, "access", lambda p, mode, **kw: False if mode == os.W_OK and
                        str(p).startswith(folder) else real_access(p, mode, **kw))
    before = path.read_bytes()
    database = open_database(url, check=True)
    assert database.read_only
    station = StationService(database, "POSTE-01")
    result = station.handle(ScanFrame(raw=b"B1001", text="B1001"))
    assert result.committed is False and result.outcome == "rejected"
    assert result.reason.startswith("ENREGISTREMENT IMPOSSIBLE")
    database.dispose()
    assert path.read_bytes() == before  # not a byte written
    # db check still reads it and says it is sound.
    assert main(["db", "check", "--db", url]) == 0
    assert "ok : intégrité" in capsys.readouterr().out
    # A database that does not exist yet in a read-only place: said, not a traceback.
    assert main(["db", "upgrade", "--db", f"sqlite:///{path.parent / 'neuve.sqlite3'}"]) == 1
    expected = msg("db.read_only_missing", path=str(path.parent / "neuve.sqlite3")).text()
    assert one_plain_line(capsys.readouterr().err) == f"erreur : {expected}"
    with pytest.raises(DatabaseReadOnly):
        open_database(f"sqlite:///{path.parent / 'neuve.sqlite3'}")


def test_the_headless_station_starts_on_a_read_only_database_and_commits_nothing(tmp_path, capsys, monkeypatch):
    from logins_desktop.devices.scanners.sim import SimulatedScanner
    from logins_desktop.services import headless
    from logins_desktop.store import db as store_db

    url, path = seeded(tmp_path, capsys)
    folder = str(path.parent)
    real_access = os.access
    monkeypatch.setattr(store_db.os, "access", lambda p, mode, **kw: False if mode == os.W_OK and
                        str(p).startswith(folder) else real_access(p, mode, **kw))
    scanner = SimulatedScanner()
    monkeypatch.setattr(headless, "open_scanner", lambda _url: scanner)
    out, err = io.StringIO(), io.StringIO()

    def drive():
        deadline = time.monotonic() + 20
        while '"ready": true' not in err.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
        scanner.inject("B1001")
        while not out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)

    driver = threading.Thread(target=drive)
    driver.start()
    code = headless.run_headless(open_database(url, check=True), "POSTE-01", "sim://", out=out, err=err)
    driver.join()
    assert code == 0
    status = [json.loads(line) for line in err.getvalue().splitlines()]
    assert status[0]["database"] == "read_only" and status[0]["message"]["id"] == "db.read_only"
    scan = json.loads(out.getvalue().splitlines()[0])
    assert scan["committed"] is False and scan["outcome"] == "rejected"


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another program holding the database: a plain sqlite3 connection inside BEGIN IMMEDIATE."""
    taken = threading.Event()

    def hold():
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        taken.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    taken.wait(5)
    return holder


def test_a_database_held_by_another_program_is_waited_for_then_refused_in_words(tmp_path, capsys):
    url, path = seeded(tmp_path, capsys)
    config = tmp_path / "reglages.toml"
    config.write_text("[database]\nbusy_seconds = 1.5\n", encoding="utf-8")
    csv = tmp_path / "lieux.csv"
    csv.write_text("code;name\nZ-01;\n", encoding="utf-8")
    holder = hold_write_lock(path, 6)
    code = main(["import", "locations", str(csv), "--db", url, "--config", str(config)])
    holder.join()
    assert code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert "Traceback" not in "\n".join(lines)
    assert lines[0] == msg("db.busy_retry", seconds=1, limit=2).text()
    assert lines[-1] == "erreur : " + msg("db.busy", seconds=2).text()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM locations WHERE code = 'Z-01'").fetchone()[0] == 0


def test_a_database_held_for_a_few_seconds_is_waited_for_and_the_import_goes_through(tmp_path, capsys):
    url, path = seeded(tmp_path, capsys)
    csv = tmp_path / "lieux.csv"
    csv.write_text("code;name\nZ-01;\n", encoding="utf-8")
    holder = hold_write_lock(path, 2.5)  # past SQLite's one wait, well within the default 30 s
    code = main(["import", "locations", str(csv), "--db", url])
    holder.join()
    assert code == 0
    captured = capsys.readouterr()
    assert msg("db.busy_retry", seconds=1, limit=30).text() in captured.err.splitlines()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM locations WHERE code = 'Z-01'").fetchone()[0] == 1


def test_a_damaged_database_seen_by_the_window_is_a_full_window_explanation(qtbot, tmp_path, capsys, app_logging):
    from dataclasses import replace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from logins_desktop.app import build_context, run_app
    from logins_desktop.settings import DeviceSettings, Settings
    from logins_desktop.ui.fault_screen import FaultWindow

    url, path = seeded(tmp_path, capsys)
    good = backup.backup(url)
    damage(path)
    settings = replace(Settings(), db_url=url, devices=DeviceSettings(scanner="sim://"))
    with pytest.raises(DomainError) as refused:
        build_context(settings)
    assert refused.value.message.id == "db.damaged" and refused.value.message.args["backup"] == str(good)
    seen = []

    def look_then_close():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, FaultWindow) and w.isVisible()]
        seen.extend((w.title.text(), w.message.text(), w.width(), w.height()) for w in windows)
        for w in windows:
            w.close_button.click()

    QTimer.singleShot(300, look_then_close)
    assert run_app(settings) == 1
    assert seen == [(msg("app.cannot_start").text(), damaged_text(path, msg("db.detail.malformed"), good, url), 1280, 800)]


def test_a_read_only_database_is_said_on_the_window_for_as_long_as_it_is_open(qtbot, tmp_path, capsys, monkeypatch):
    from dataclasses import replace

    from logins_desktop.app import build_context, create_window
    from logins_desktop.settings import DeviceSettings, Settings
    from logins_desktop.store import db as store_db

    url, path = seeded(tmp_path, capsys)
    folder = str(path.parent)
    real_access = os.access
    monkeypatch.setattr(store_db.os, "access", lambda p, mode, **kw: False if mode == os.W_OK and
                        str(p).startswith(folder) else real_access(p, mode, **kw))
    ctx = build_context(replace(Settings(), db_url=url, devices=DeviceSettings(scanner="sim://")), lock_station=True)
    _app, window = create_window(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible() and window.read_only_banner.kind == "error"
    assert window.read_only_banner.text.text() == msg("db.read_only", path=url).text()
    ctx.scanner.inject("B1001")
    qtbot.waitUntil(lambda: window.login.feedback.isVisible())
    assert window.person is None and window.login.feedback.text.text().startswith("ENREGISTREMENT IMPOSSIBLE")
    window.close()
    ctx.close()

