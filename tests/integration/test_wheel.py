"""The wheel ships the product and nothing of the research: no research/ or docs/ files, no public
benchmark instance named anywhere (its source asks that it not be redistributed inside the
product), and no module of the package importing research/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The families of the public ALWABP benchmark, as its files and the research notes name them.
INSTANCE_NAMES = re.compile(rb"wee[-_ ]?mag|tonge|roszieg|heskia", re.IGNORECASE)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    # The PEP 517 hook pip calls, run from the checkout as pip would, in a process of its own.
    built = subprocess.run([sys.executable, "-c", f"import hatchling.build as b; print(b.build_wheel({str(out)!r}))"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    with zipfile.ZipFile(out / built.stdout.strip().splitlines()[-1]) as archive:
        yield archive


def test_the_wheel_holds_the_product_and_its_line_balancer(wheel):
    names = set(wheel.namelist())
    assert {"logins_desktop/cli.py", "logins_desktop/planning/solver.py", "logins_desktop/planning/shift.py",
            "logins_desktop/planning/alwabp.py"} <= names
    assert any(name.startswith("logins_desktop/_data/resources/") for name in names)


def test_the_wheel_holds_no_research_file(wheel):
    research = [name for name in wheel.namelist()
                if re.match(r"(research|docs)/", name) or "/research/" in name or "benchmarks" in name
                or name == "logins_desktop/planning/bench.py"]
    assert research == []


def test_no_file_in_the_wheel_names_a_benchmark_instance(wheel):
    named = {name: sorted({m.group().decode() for m in INSTANCE_NAMES.finditer(wheel.read(name))})
             for name in wheel.namelist()}
    assert {name: found for name, found in named.items() if found} == {}


def test_the_check_would_catch_a_named_instance():
    assert INSTANCE_NAMES.search(b"read ../shared/alwabp/instances/Wee-Mag/41")
    assert INSTANCE_NAMES.search(b"tonge/66 is given at LB = UB")


def test_no_module_of_the_package_imports_research(wheel):
    importers = []
    for name in wheel.namelist():
        if not name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(wheel.read(name), name)):
            modules = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                       else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            importers += [f"{name}: {module}" for module in modules if module.split(".")[0] == "research"]
    assert importers == []
