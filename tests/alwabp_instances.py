"""Line-balancing instances generated from a seed, for the product's tests: the public benchmark's
files stay outside the repository and only research/alwabp's tests read them."""

from __future__ import annotations

import random

from logins_desktop.planning.alwabp import Instance


def generated_instance(seed: int, tasks: int, workers: int, base: tuple[int, int] = (2, 8),
                       slowest: float = 2.5, cannot: float = 0.2, arcs_per_task: float = 2.0) -> Instance:
    """Each task has a base time; each worker takes it times a factor from 1 to `slowest`, or cannot
    do it (probability `cannot`, never for every worker). Arcs only go from a lower to a higher task
    number, so the precedence graph has no cycle."""
    rng = random.Random(seed)
    times = []
    for _ in range(tasks):
        task_base = rng.randint(*base)
        row = [round(task_base * rng.uniform(1, slowest)) if rng.random() >= cannot else None
               for _ in range(workers)]
        if all(t is None for t in row):
            row[rng.randrange(workers)] = task_base
        times.append(tuple(row))
    arcs = tuple((i, j) for j in range(tasks) for i in range(j) if rng.random() < arcs_per_task / (j + 1))
    return Instance(f"generated-{seed}", tuple(times), arcs)
