"""The board's "Proposer" on a shift of 20 people and 60 tasks (20 orders of 3 tasks, 4 periods of
2 h, 70 % of pairs allowed): when the first valid plan is on screen, against when CP-SAT alone
shows its first (the baseline: a plain solver); the useful output of the plan after 2 s, ours
against CP-SAT alone; and the gap to the bound after 2 s and 10 s."""

from __future__ import annotations

import statistics
import time

from logins_desktop.planning.shift import plan_shift, validate
from tests.benchmarks.common import print_table
from tests.shift_problems import random_problem

SEEDS = (1, 2, 3, 4, 5)


def run(seed: int, limit: float, greedy_start: bool = True):
    """(ms to the first plan, useful units per hour over the shift of the best plan, gap %)."""
    problem = random_problem(seed)
    started = time.perf_counter()
    seen = []
    best = plan_shift(problem, limit, lambda plan: seen.append((time.perf_counter() - started, plan)),
                      greedy_start=greedy_start)
    assert all(validate(problem, plan) == [] for _, plan in seen)
    return seen[0][0] * 1000, sum(best.output), best.gap_pct


def main() -> None:
    rows = [run(seed, 2.0) for seed in SEEDS]
    alone = [run(seed, 2.0, greedy_start=False) for seed in SEEDS]
    long = [run(seed, 10.0)[2] for seed in SEEDS]
    print_table(
        "Proposition de poste : 20 personnes, 60 tâches, 4 périodes (médiane de 5 tirages)",
        [("premier plan valide à l'écran", statistics.median(r[0] for r in rows),
          statistics.median(r[0] for r in alone))],
        baseline="CP-SAT seul",
    )
    print(f"production utile du plan après 2 s (unités/h, somme des 4 périodes) : médiane "
          f"{statistics.median(r[1] for r in rows):.0f}, CP-SAT seul {statistics.median(r[1] for r in alone):.0f}")
    print(f"écart à la borne après 2 s : médiane {statistics.median(r[2] for r in rows):.1f} %, "
          f"max {max(r[2] for r in rows):.1f} % ; après 10 s : médiane {statistics.median(long):.1f} %, "
          f"max {max(long):.1f} %")


if __name__ == "__main__":
    main()
