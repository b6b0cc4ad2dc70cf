"""The import-linter contracts hold, and they would catch a violation (a check that cannot fail is no check)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")
LAYERS = "Layers: cli -> app -> ui -> services -> (planning | labels | devices | store) -> domain"


def lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin", "COLUMNS": "200"})


def contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {c["name"]: c for c in config["contracts"]}


def test_contracts_hold_with_no_ignored_import():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout
    assert "ignored" not in result.stdout
    assert all("ignore_imports" not in c for c in contracts().values())
    assert LAYERS.split(" -> ")[0] in result.stdout  # the layers contract is listed


def test_every_top_level_module_is_in_the_layers_and_only_ui_and_app_may_use_qt():
    package = ROOT / "logins_desktop"
    modules = {p.stem for p in package.glob("*.py") if p.stem not in ("__init__", "__main__")}
    modules |= {p.parent.name for p in package.glob("*/__init__.py")}
    layered = {name.strip().removeprefix("logins_desktop.") for layer in contracts()[LAYERS]["layers"]
               for name in layer.split("|")}
    assert layered == modules, "a module outside the layers contract is not checked by it"
    qt_free = {m.removeprefix("logins_desktop.") for m in contracts()["Qt only in logins_desktop.ui and logins_desktop.app"]
               ["source_modules"]}
    assert qt_free == modules - {"ui", "app"}


def test_each_kind_of_forbidden_import_is_caught(tmp_path):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    shutil.copytree(ROOT / "logins_desktop", copy / "logins_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    sneaky = {
        "domain/sneaky_qt.py": "from PySide6.QtCore import QObject\n",  # Qt outside ui/
        "domain/sneaky_sql.py": "import sqlalchemy\n",  # the rules stay pure
        "ui/sneaky_store.py": "from logins_desktop.store.models import Role\n",  # ui past services
        "ui/sneaky_devices.py": "from logins_desktop.devices.scanners import ScanFrame\n",
        "store/sneaky_up.py": "from logins_desktop.services import audit\n",  # a lower layer importing up
        "planning/sneaky_side.py": "from logins_desktop.store import models\n",  # independent siblings
    }
    for path, text in sneaky.items():
        (copy / "logins_desktop" / path).write_text(text)
    result = lint(copy)
    assert result.returncode != 0
    out = result.stdout
    assert "Contracts: 0 kept, 4 broken" in out, out
    for line in ("logins_desktop.domain.sneaky_qt -> PySide6", "logins_desktop.domain.sneaky_sql -> sqlalchemy",
                 "logins_desktop.ui.sneaky_store -> logins_desktop.store.models",
                 "logins_desktop.ui.sneaky_devices -> logins_desktop.devices.scanners",
                 "logins_desktop.store.sneaky_up -> logins_desktop.services.audit",
                 "logins_desktop.planning.sneaky_side -> logins_desktop.store.models"):
        assert line in out, (line, out)


def test_the_screens_build_no_service():
    """app.py is the composition root: a screen receives its services, it never builds one (so its
    rights and its database come from one place)."""
    import re
    from pathlib import Path

    import logins_desktop

    ui = Path(logins_desktop.__file__).parent / "ui"
    built = re.compile(r"\b([A-Z]\w*(?:Service|Desk|Queue))\(")
    found = [f"{path.relative_to(ui)}:{n}: {m.group(1)}"
             for path in sorted(ui.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if not line.lstrip().startswith(("class ", "def ", "#")) for m in built.finditer(line)]
    assert found == [], "services built in the ui (build them in app.py and pass them in):\n" + "\n".join(found)
