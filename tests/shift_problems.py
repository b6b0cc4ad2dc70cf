"""Random shift problems for the planner's tests and benchmark (20 people, 60 tasks by default)."""

import random

from logins_desktop.planning.shift import ShiftProblem, ShiftTask, ShiftWorker


def random_problem(seed: int, workers: int = 20, tasks: int = 60, lines: int = 20) -> ShiftProblem:
    rng = random.Random(seed)
    shift_tasks = [ShiftTask(f"T{i:02d}", f"CMD-{i % lines}", needed_per_hour=rng.randint(10, 80),
                             priority=rng.randint(1, 3), repetitive=rng.random() < 0.3, strain=rng.randint(0, 4))
                   for i in range(tasks)]
    shift_workers = [ShiftWorker(f"B{i:02d}", max_continuous_min=rng.choice([None, 120, 180, 240]),
                                 practised=frozenset(rng.sample([t.code for t in shift_tasks], 3)),
                                 current=rng.choice(shift_tasks).code) for i in range(workers)]
    rates = {(w.badge, t.code): rng.uniform(20, 90) for w in shift_workers for t in shift_tasks if rng.random() < 0.7}
    return ShiftProblem(shift_workers, shift_tasks, rates)
