"""The import-linter contracts hold, and they would catch a violation (a check that cannot fail is no check)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_contracts_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_a_qt_import_outside_ui_is_caught(tmp_path):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    shutil.copytree(ROOT / "logins_desktop", copy / "logins_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "logins_desktop" / "domain" / "sneaky.py").write_text("from PySide6.QtCore import QObject\n")
    result = lint(copy)
    assert result.returncode != 0
    assert "logins_desktop.domain.sneaky -> PySide6" in result.stdout
