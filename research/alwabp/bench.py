"""Run the public ALWABP instances and compare with the best-known values (CSV in results/).

The instances themselves are not in the repository (their source asks that they not be
redistributed inside the product): point `instances_dir` at the `instances/` folder of the
published benchmark, whose sibling `data/instances.csv` holds the best-known values.
"""

from __future__ import annotations

import csv
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from logins_desktop.messages import render
from logins_desktop.planning import order_search
from logins_desktop.planning.alwabp import Instance, read_instance, validate
from logins_desktop.planning.beam import StationBeam
from logins_desktop.planning.solver import _CpSat, solve

FAMILIES = ("roszieg", "heskia", "tonge", "wee-mag")
COLUMNS = ["family", "num", "value", "best_known", "lower_bound", "gap_pct", "seconds", "proven_optimal"]


class InvalidLine(Exception):
    """The solver returned a line that breaks the instance's rules: a bug, never a result."""


@dataclass(frozen=True)
class KnownResult:
    family: str
    num: int
    lower_bound: int
    best_known: int


def read_best_known(csv_path: Path) -> dict[tuple[str, int], KnownResult]:
    """The published bounds: columns name, num, LB and UB of the benchmark's data/instances.csv."""
    with open(csv_path, newline="", encoding="utf-8") as f:
        return {(r["name"], int(r["num"])): KnownResult(r["name"], int(r["num"]), int(r["LB"]), int(r["UB"]))
                for r in csv.DictReader(f)}


def run(instances_dir: Path, time_limit: float, out: Path, families: tuple[str, ...] = FAMILIES,
        progress: Callable[[dict], None] | None = None) -> list[dict]:
    known = read_best_known(instances_dir.parent / "data" / "instances.csv")  # 320 canonical instances
    rows = []
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for (family, num), best in sorted(known.items(), key=lambda kv: (FAMILIES.index(kv[0][0]), kv[0][1])):
            if family not in families:
                continue
            instance = read_instance(instances_dir / family / str(num), f"{family}/{num}")
            solution = solve(instance, time_limit)
            problems = validate(instance, solution)
            if problems:  # an invalid solution is an error, never a row
                raise InvalidLine(f"{family}/{num}: invalid line: {'; '.join(render(p, 'en') for p in problems)}")
            row = {
                "family": family, "num": num, "value": solution.cycle_time, "best_known": best.best_known,
                "lower_bound": solution.lower_bound,
                "gap_pct": round(100 * (solution.cycle_time - best.best_known) / best.best_known, 2),
                "seconds": round(solution.seconds, 2), "proven_optimal": solution.proven_optimal,
            }
            writer.writerow(row)
            f.flush()
            rows.append(row)
            if progress is not None:
                progress(row)
    return rows


def summary(rows: list[dict]) -> list[dict]:
    out = []
    for family in FAMILIES:
        fam = [r for r in rows if r["family"] == family]
        if fam:
            out.append({
                "family": family, "instances": len(fam),
                "proven_optimal": sum(1 for r in fam if r["proven_optimal"] in (True, "True")),
                "matched_best_known": sum(1 for r in fam if float(r["gap_pct"]) <= 0),
                "mean_gap_pct": round(sum(float(r["gap_pct"]) for r in fam) / len(fam), 2),
                "mean_seconds": round(sum(float(r["seconds"]) for r in fam) / len(fam), 2),
                "max_seconds": max(float(r["seconds"]) for r in fam),
            })
    return out


def calibration_instance() -> Instance:
    """A fixed wee-mag-like instance (75 tasks, 11 workers, some tasks a worker cannot do), built
    from a seeded generator so that the calibration needs no file and never changes."""
    rng = random.Random(20261202)
    n, k = 75, 11
    times = []
    for _ in range(n):
        row = [rng.randint(1, 20) if rng.random() > 0.2 else None for _ in range(k)]
        if all(t is None for t in row):
            row[rng.randrange(k)] = rng.randint(1, 20)
        times.append(tuple(row))
    arcs = tuple((i, j) for j in range(n) for i in range(j) if rng.random() < 3 / (j + 1))
    return Instance("calibration", tuple(times), arcs)


CALIBRATION_WORK = 5.0  # CP-SAT deterministic time units: a few seconds on this machine
CALIBRATION_CYCLE, CALIBRATION_WIDTH = 45, 40  # the Python part: one full beam (a line exists at 45)


def seconds_for_fixed_work(instance: Instance, work: float) -> tuple[float, int]:
    """Wall seconds CP-SAT takes on the solver's whole model for `work` units of its deterministic
    time, in one thread, and the cycle time it reached: the same search on any machine (the same
    cycle time says so), so the seconds measure the machine. It drives the solver's own model
    (`_CpSat`), since the point is to time the very search the bench runs."""
    # The wall-clock limit only guards against a hang: the deterministic limit ends the search.
    exact = _CpSat(instance, time_limit=10 * work + 60, workers=1, hint=None,
                   shared=order_search.SharedBest(instance.lower_bound()))
    exact.solver.parameters.max_deterministic_time = work
    exact.solver.parameters.random_seed = 0
    started = time.monotonic()
    exact.run()
    return time.monotonic() - started, exact.shared.solution.cycle_time


def calibrate() -> dict:
    """Seconds this machine takes for two fixed amounts of work, CP-SAT (C++, one thread) and the
    station beam (pure Python): the bench's figures depend on the machine's speed on the day (tonge
    proofs were 1.35x slower on unchanged code one day), so a run is only compared with another
    alongside these."""
    instance = calibration_instance()
    cpsat, cpsat_cycle = seconds_for_fixed_work(instance, CALIBRATION_WORK)
    started = time.monotonic()
    line = StationBeam(instance).run(CALIBRATION_CYCLE, CALIBRATION_WIDTH, random.Random(0))
    return {"cpsat_seconds": round(cpsat, 2), "python_seconds": round(time.monotonic() - started, 2),
            # what each search reached: equal from run to run when the work was the same
            "cpsat_cycle": cpsat_cycle, "beam_cycle": None if line is None else line.cycle_time}
