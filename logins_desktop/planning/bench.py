"""Run the public ALWABP instances and compare with the best-known values (CSV for docs/benchmarks)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from logins_desktop.domain.errors import DomainError
from logins_desktop.planning.alwabp import read_best_known, read_instance, validate
from logins_desktop.planning.solver import solve

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
