"""Sound needs a PipeWire or PulseAudio server on Linux; without one the app is silent, says so in
its log, and never loads QtMultimedia's audio backends (which would only fail noisily)."""

from __future__ import annotations

import logging
import sys

import pytest

from logins_desktop.ui import sound
from logins_desktop.ui.sound import Sounds, audio_server_found

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the sockets are Linux's")


@linux_only
def test_a_server_is_found_by_its_socket_or_address(tmp_path, monkeypatch):
    monkeypatch.setattr(sound, "Path", lambda *parts: tmp_path.joinpath(*[p.lstrip("/") for p in parts]))
    assert not audio_server_found({"XDG_RUNTIME_DIR": "/run/user/1000"})
    assert audio_server_found({"PULSE_SERVER": "tcp:192.0.2.5"})
    (tmp_path / "run" / "user" / "1000").mkdir(parents=True)
    (tmp_path / "run" / "user" / "1000" / "pipewire-0").touch()
    assert audio_server_found({"XDG_RUNTIME_DIR": "/run/user/1000"})
    assert not audio_server_found({})


def test_without_a_server_sounds_are_off_with_one_log_line(monkeypatch, caplog):
    monkeypatch.setattr(sound, "audio_server_found", lambda: False)
    with caplog.at_level(logging.WARNING, logger=sound.__name__):
        sounds = Sounds(enabled=True)
    assert not sounds.available
    assert [r.getMessage() for r in caplog.records] == [
        "sound off: no PipeWire or PulseAudio server (messages stay on screen)"]
    sounds.play("error")  # still recorded for the event log, and nothing breaks
    assert sounds.played == ["error"]
