"""The test run's own strictness (pyproject's pytest settings): a Qt warning fails a test, and so
does a warning raised from the package; the offscreen platform's size-hints notice does not, nor a
warning from someone else's code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = '''
import warnings

from PySide6.QtCore import qWarning


def test_qt_warning(qtbot):
    qWarning("something is wrong")


def test_offscreen_size_hints(qtbot):
    qWarning("This plugin does not support propagateSizeHints()")


def test_package_warning():
    warnings.warn_explicit("old call", DeprecationWarning, "logins_desktop/x.py", 1, module="logins_desktop.x")


def test_foreign_warning():
    warnings.warn_explicit("old call", DeprecationWarning, "other.py", 1, module="other")
'''


def test_qt_and_package_warnings_fail_a_test(tmp_path):
    (tmp_path / "test_probe.py").write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(tmp_path / "test_probe.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    outcomes = dict((name, outcome) for outcome, name in
                    re.findall(r"^(PASSED|FAILED) \S*::(test_\w+)", result.stdout, re.MULTILINE))
    assert outcomes == {"test_qt_warning": "FAILED", "test_offscreen_size_hints": "PASSED",
                        "test_package_warning": "FAILED", "test_foreign_warning": "PASSED"}, result.stdout
