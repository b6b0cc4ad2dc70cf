"""`logins-desktop screenshots --size` and `logins-desktop audit-ui`, as a person runs them."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys

import pytest


def run(*args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "logins_desktop", *args, "--config", str(tmp_path / "absent.toml")],
                          capture_output=True, text=True, env=env, timeout=600)


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_screenshots_at_one_size_in_their_folder_and_a_clean_exit(tmp_path):
    done = run("screenshots", "--out", str(tmp_path / "shots"), "--size", "1024x768", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    folder = tmp_path / "shots" / "1024x768"
    for screen in ("login", "station-kit", "station-picking", "board-checks", "console-files", "counsellor-passport",
                   "restriction-editor", "console-printer-paper-out", "login-english"):
        assert png_size(folder / f"{screen}.png") == (1024, 768), screen
    assert not (tmp_path / "shots" / "1280x800").exists()
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("size", ["12x", "1280", "axb", "100000x800"])
def test_a_bad_size_is_refused_in_plain_words(tmp_path, size):
    done = run("audit-ui", "--size", size, tmp_path=tmp_path)
    assert done.returncode != 0
    assert f"taille d'écran « {size} » refusée" in done.stderr
    assert "Traceback" not in done.stderr


def test_audit_ui_in_json_finds_nothing_and_exits_zero(tmp_path):
    done = run("audit-ui", "--size", "1280x800", "--json", "--lang", "en", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["screens"] >= 30 and report["violations"] == []


def test_audit_ui_prints_one_line_per_finding_and_exits_one(tmp_path, monkeypatch, capsys):
    from logins_desktop import app, cli
    from logins_desktop.services.ui_audit import Violation

    found = [Violation("too_small", "board", "1024x768", "Choisir Sofia", {"width": 40, "height": 83, "target": 76}),
             Violation("no_name", "login", "1024x768", "QPushButton", {"role": "PushButton"})]
    monkeypatch.setattr(app, "audit_ui", lambda config, sizes, language, high_contrast: (found, 30))
    assert cli.main(["audit-ui", "--size", "1024x768", "--config", str(tmp_path / "absent.toml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "board (1024x768) : « Choisir Sofia » mesure 40 × 83 px, la cible tactile est de 76 px"
    assert lines[1].startswith("login (1024x768) : PushButton sans nom accessible")
    assert lines[2] == "30 écrans vérifiés : 2 problèmes"
