"""The ALWABP bench on a small benchmark-shaped folder it writes itself: one validated row per known
instance, an invalid line is an error, and the speed calibration does the same work on every run."""

from __future__ import annotations

import csv
import json
import random

import pytest

from logins_desktop.planning.alwabp import Solution, validate
from logins_desktop.planning.beam import StationBeam
from research.alwabp import __main__ as bench_command
from research.alwabp import bench
from research.alwabp.__main__ import main

# 4 tasks, 2 workers: task 1 before 3, task 2 before 4; worker 2 cannot do task 4.
TINY = "4\n2 4\n3 3\n4 2\n2 Inf\n1 3\n2 4\n-1 -1\n"


def instances_dir(tmp_path):
    root = tmp_path / "alwabp"
    for family in ("roszieg", "heskia"):
        (root / "instances" / family).mkdir(parents=True)
        (root / "instances" / family / "1").write_bytes(TINY.replace("\n", "\r\n").encode())
    (root / "data").mkdir()
    (root / "data" / "instances.csv").write_text(
        '"name","num","tasks","workers","deps","tdeps","ninc","timef","pinc","LB","UB"\n'
        '"heskia",1,4,2,2,2,1,"L1","I10",5,7\n'
        '"roszieg",1,4,2,2,2,1,"L1","I10",5,6\n', encoding="utf-8")
    return root / "instances"


def test_bench_writes_one_validated_row_per_known_instance_of_the_families_asked(tmp_path):
    out = tmp_path / "out.csv"
    rows = bench.run(instances_dir(tmp_path), 2.0, out, families=("roszieg",))
    # Task 4 needs worker 1, and task 2 comes before it. Best: worker 2 first with tasks 1 and 3
    # (4 + 2), then worker 1 with tasks 2 and 4 (3 + 2): C = 6, which CP-SAT proves.
    assert [(r["family"], r["num"], r["value"], r["best_known"], r["gap_pct"], r["proven_optimal"])
            for r in rows] == [("roszieg", 1, 6, 6, 0.0, True)]
    with open(out, newline="", encoding="utf-8") as f:
        written = list(csv.DictReader(f))
    assert list(written[0]) == bench.COLUMNS
    assert [(r["family"], r["value"]) for r in written] == [("roszieg", "6")]
    both = bench.run(instances_dir(tmp_path / "b"), 2.0, out)
    assert [(r["family"], r["gap_pct"]) for r in both] == [("roszieg", 0.0), ("heskia", -14.29)]


def test_bench_refuses_an_invalid_line_instead_of_writing_its_row(tmp_path, monkeypatch):
    wrong = Solution(3, [0, 1], [0, 0, 0, 1], loads=[9, 0])  # loads over 3, task 4 on worker 2
    monkeypatch.setattr(bench, "solve", lambda instance, time_limit: wrong)
    out = tmp_path / "out.csv"
    with pytest.raises(bench.InvalidLine, match="roszieg/1: invalid line"):
        bench.run(instances_dir(tmp_path), 2.0, out, families=("roszieg",))
    with open(out, newline="", encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == []


def test_calibration_instance_is_fixed_and_valid():
    first, again = bench.calibration_instance(), bench.calibration_instance()
    assert first == again and (first.tasks, first.workers) == (75, 11)
    assert all(any(t is not None for t in row) for row in first.times)
    assert all(i < j for i, j in first.arcs)  # numbered in a topological order: no cycle
    line = StationBeam(first).run(bench.CALIBRATION_CYCLE, bench.CALIBRATION_WIDTH, random.Random(0))
    assert line is not None and validate(first, line) == []


def test_calibration_does_the_same_work_on_every_run():
    first, again = bench.calibrate(), bench.calibrate()
    assert (first["cpsat_cycle"], first["beam_cycle"]) == (again["cpsat_cycle"], again["beam_cycle"])
    assert first["beam_cycle"] <= bench.CALIBRATION_CYCLE
    assert first["cpsat_seconds"] > 0 and first["python_seconds"] > 0


def test_bench_command_writes_the_csv_and_the_calibration_beside_it(tmp_path, capsys, monkeypatch):
    # The calibration has its own tests (and takes a minute twice over): here, what the command
    # writes with whatever figures it is given.
    figures = iter([{"cpsat_seconds": 4.0, "python_seconds": 1.0, "cpsat_cycle": 50, "beam_cycle": 45},
                    {"cpsat_seconds": 5.0, "python_seconds": 1.5, "cpsat_cycle": 50, "beam_cycle": 45}])
    monkeypatch.setattr(bench_command, "calibrate", lambda: next(figures))
    out = tmp_path / "out.csv"
    assert main(["bench", "--instances", str(instances_dir(tmp_path)), "--time-limit", "2",
                 "--family", "heskia", "--out", str(out)]) == 0
    with open(out, newline="", encoding="utf-8") as f:
        assert [(r["family"], r["value"]) for r in csv.DictReader(f)] == [("heskia", "6")]
    calibration = json.loads(out.with_suffix(".calibration.json").read_text(encoding="utf-8"))
    assert [calibration[when]["cpsat_seconds"] for when in ("before", "after")] == [4.0, 5.0]
    assert "heskia/1: 6 (best known 7, optimal" in capsys.readouterr().out


def test_bench_command_refuses_a_folder_that_is_not_the_benchmark(tmp_path, capsys):
    assert main(["bench", "--instances", str(tmp_path), "--out", str(tmp_path / "out.csv")]) == 2
    assert "is not the benchmark's instances/ folder" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()
