"""One process per station: a second process for a station already running on the same database is
refused in plain words, so two screens can never build one kit twice."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from logins_desktop.messages import msg
from logins_desktop.services.station_lock import StationAlreadyRunning, StationLock, lock_file
from logins_desktop.settings import DeviceSettings, Settings
from logins_desktop.store.database import open_database


def headless(db_url: str, station: str = "POSTE-01") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "logins_desktop", "station", "--headless", "--station", station,
                             "--scanner", "sim://", "--db", db_url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def first_status(proc: subprocess.Popen, timeout: float = 120.0) -> dict:
    """The station's own status line (the scanner's lines come first). Read from the descriptor
    itself: a buffered readline could hold the next line where select() cannot see it."""
    fd = proc.stderr.fileno()
    buffer = ""
    deadline = time.monotonic() + timeout
    while True:
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            status = json.loads(line)
            if "station" in status:
                return status
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, "no status line from the headless station"
        chunk = os.read(fd, 65536).decode()
        assert chunk, "the headless station ended without a status line"
        buffer += chunk


def test_a_second_lock_on_the_same_station_is_refused_until_the_first_is_released(demo_db):
    first = StationLock(demo_db, "POSTE-01").acquire()
    other_db = open_database(demo_db.url)
    with pytest.raises(StationAlreadyRunning) as refused:
        StationLock(other_db, "POSTE-01").acquire()
    assert refused.value.message == msg("station.already_running", station="POSTE-01", pid=str(os.getpid()))
    with StationLock(other_db, "POSTE-02"):  # another station on the same database: free
        pass
    first.release()
    StationLock(other_db, "POSTE-01").acquire().release()
    other_db.dispose()


def test_the_lock_is_beside_the_database_so_another_data_dir_changes_nothing(demo_db, monkeypatch, tmp_path):
    path = lock_file(tmp_path / "test.sqlite3", "POSTE-01")
    assert path == tmp_path / "test.sqlite3.POSTE-01.lock"
    with StationLock(demo_db, "POSTE-01"):
        monkeypatch.setenv("LOGINS_DATA_DIR", str(tmp_path / "autre"))
        with pytest.raises(StationAlreadyRunning):
            StationLock(demo_db, "POSTE-01").acquire()


def test_a_second_headless_process_for_a_running_station_is_refused(demo_db, db_url):
    demo_db.dispose()
    first = headless(db_url)
    try:
        assert first_status(first)["ready"] is True
        second = headless(db_url)
        out, err = second.communicate(timeout=120)
        out, err = out.decode(), err.decode()
        assert second.returncode == 1 and out == ""
        refusal = json.loads(err.strip().splitlines()[-1])
        assert refusal["ready"] is False and refusal["message"]["id"] == "station.already_running"
        assert refusal["message"]["args"] == {"station": "POSTE-01", "pid": str(first.pid)}
        assert "Traceback" not in err
        # The window of the same station (the app's composition root) is refused the same way.
        from logins_desktop.app import build_context

        settings = replace(Settings(), db_url=db_url, devices=DeviceSettings(scanner="sim://"))
        with pytest.raises(StationAlreadyRunning):
            build_context(settings, lock_station=True)
        # Another station on the same database starts.
        other = headless(db_url, "POSTE-02")
        assert first_status(other)["ready"] is True
        other.send_signal(signal.SIGTERM)
        other.communicate(timeout=30)
    finally:
        first.kill()  # a crash, not a clean stop: the kernel drops the lock with the process
        first.communicate(timeout=30)
    again = headless(db_url)
    try:
        assert first_status(again)["ready"] is True
    finally:
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=30)


def test_the_app_refuses_a_second_window_for_the_station_in_plain_words(qtbot, demo_db, db_url, app_logging):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from logins_desktop.app import run_app
    from logins_desktop.ui.fault_screen import FaultWindow

    settings = replace(Settings(), db_url=db_url, devices=DeviceSettings(scanner="sim://"))
    seen = []

    def look_then_close():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FaultWindow) and w.isVisible():
                seen.append(w.message.text())
                w.close_button.click()

    with StationLock(demo_db, "POSTE-01"):
        QTimer.singleShot(300, look_then_close)
        assert run_app(settings) == 1
    assert seen == [msg("station.already_running", station="POSTE-01", pid=str(os.getpid())).text()]


def test_postgresql_stations_lock_with_an_advisory_lock(central_url):
    one = open_database(central_url)
    two = open_database(central_url)
    try:
        first = StationLock(one, "POSTE-01").acquire()
        with pytest.raises(StationAlreadyRunning) as refused:
            StationLock(two, "POSTE-01").acquire()
        assert refused.value.message == msg("station.already_running_elsewhere", station="POSTE-01")
        StationLock(two, "POSTE-02").acquire().release()
        first.release()
        StationLock(two, "POSTE-01").acquire().release()
    finally:
        one.dispose()
        two.dispose()
