"""Run the public ALWABP instances and compare with the best-known values (CSV for docs/benchmarks)."""

from __future__ import annotations

import csv
import random
import time
from collections.abc import Callable
from pathlib import Path

from logins_desktop.domain.errors import DomainError
from logins_desktop.planning.alwabp import Instance, read_best_known, read_instance, validate
from logins_desktop.planning.beam import StationBeam
from logins_desktop.planning.solver import seconds_for_fixed_work, solve

FAMILIES = ("roszieg", "heskia", "tonge", "wee-mag")
COLUMNS = ["family", "num", "value", "best_known", "lower_bound", "gap_pct", "seconds", "proven_optimal"]


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
                raise DomainError(f"{family}/{num} : solution invalide : {'; '.join(problems)}")
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
    return Instance("étalonnage", tuple(times), arcs)


CALIBRATION_WORK = 5.0  # CP-SAT deterministic time units: a few seconds on this machine
CALIBRATION_CYCLE, CALIBRATION_WIDTH = 45, 40  # the Python part: one full beam (a line exists at 45)


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
