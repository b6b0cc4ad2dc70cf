"""The board's "Proposer" on a shift of 20 people and 60 tasks (20 orders of 3 tasks, 4 periods of
2 h, 70 % of pairs allowed): when the first valid plan is on screen, when CP-SAT's first plan comes
(the baseline: what a plain solver would show first), and the gap to the bound after 2 s and 10 s."""

from __future__ import annotations

import statistics
import time

from logins_desktop.planning.shift import plan_shift, validate
from tests.benchmarks.common import print_table
from tests.shift_problems import random_problem

SEEDS = (1, 2, 3, 4, 5)


def run(seed: int, limit: float):
    problem = random_problem(seed)
    started = time.perf_counter()
    seen = []
    best = plan_shift(problem, limit, lambda plan: seen.append((time.perf_counter() - started, plan)))
    assert all(validate(problem, plan) == [] for _, plan in seen)
    first = seen[0][0] * 1000
    first_cp = next((t for t, plan in seen if plan.source == "cp-sat"), float("nan")) * 1000
    return first, first_cp, best.gap_pct


def main() -> None:
    rows = [run(seed, 2.0) for seed in SEEDS]
    long = [run(seed, 10.0)[2] for seed in SEEDS]
    print_table(
        "Proposition de poste : 20 personnes, 60 tâches, 4 périodes (médiane de 5 tirages)",
        [("premier plan valide à l'écran", statistics.median(r[0] for r in rows),
          statistics.median(r[1] for r in rows))],
        baseline="1er plan CP-SAT",
    )
    print(f"écart à la borne après 2 s : médiane {statistics.median(r[2] for r in rows):.1f} %, "
          f"max {max(r[2] for r in rows):.1f} % ; après 10 s : médiane {statistics.median(long):.1f} %, "
          f"max {max(long):.1f} %")


if __name__ == "__main__":
    main()
