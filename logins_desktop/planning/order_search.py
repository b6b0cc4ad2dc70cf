"""Local search over the order of the workers along the line, for ALWABP.

With the order of the workers fixed (station s is held by worker order[s]), what is left is a line
balancing problem with station-dependent times, and CP-SAT solves it to optimality in a second or
so on the hardest lines measured (`line_for_order`), where the full problem stalls for minutes.
Measured there (docs/research/alwabp.md): the order is what the beam search and CP-SAT get wrong;
re-solving the tasks of one of the beam's lines for its own order often gains one or two units, and
a random swap of two workers in a good order reaches the best-known value within seconds.

So the search walks over orders: a neighbour swaps two workers or moves one to another station;
it is kept when its best line is no longer than the current one (equal moves let the walk cross the
wide plateaus of small cycle times). Each evaluation asks only for a line of at most the current
cycle time, so the many bad neighbours are refuted quickly.
"""

from __future__ import annotations

import random
import threading
import time

from ortools.sat.python import cp_model

from logins_desktop.planning.alwabp import Instance, Solution

EVALUATION_SECONDS = 1.0  # an order not settled within this is dropped


def line_for_order(instance: Instance, order: list[int], cap: int, time_limit: float,
                   seed: int = 0) -> Solution | None:
    """The shortest line (CP-SAT, within the time limit) with worker order[s] at station s and every
    load at most `cap`; None when there is none or none was found in time."""
    n, k, times = instance.tasks, instance.workers, instance.times
    model = cp_model.CpModel()
    cycle = model.NewIntVar(0, cap, "C")
    on = [[model.NewBoolVar("") if times[i][order[s]] is not None else None for s in range(k)]
          for i in range(n)]
    station = []
    for i in range(n):
        model.AddExactlyOne(v for v in on[i] if v is not None)
        st = model.NewIntVar(0, k - 1, "")
        model.Add(st == sum(s * v for s, v in enumerate(on[i]) if v is not None))
        station.append(st)
    # Station numbers compared directly: with the workers fixed this solves as fast as the
    # cumulative form the full model needs, and builds in a third of the time.
    for i, j in instance.arcs:
        model.Add(station[i] <= station[j])
    for s, w in enumerate(order):
        model.Add(sum(times[i][w] * on[i][s] for i in range(n) if on[i][s] is not None) <= cycle)
    model.Minimize(cycle)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, time_limit)
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    if solver.Solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    task_station = [solver.Value(st) for st in station]
    loads = [0] * k
    for i, s in enumerate(task_station):
        loads[s] += times[i][order[s]]
    return Solution(max(loads), list(order), task_station, loads=loads)


def neighbour(order: list[int], rng: random.Random) -> list[int]:
    """Swap two workers, or move one worker to another station (the others shift)."""
    moved = list(order)
    a, b = rng.sample(range(len(order)), 2)
    if rng.random() < 0.5:
        moved[a], moved[b] = moved[b], moved[a]
    else:
        moved.insert(b, moved.pop(a))
    return moved


class SharedBest:
    """The best line any search has found, so each can stop once the lower bound is reached."""

    def __init__(self, lower_bound: int):
        self.lower_bound = lower_bound
        self.solution: Solution | None = None
        self._lock = threading.Lock()

    def offer(self, solution: Solution) -> None:
        with self._lock:
            if self.solution is None or solution.cycle_time < self.solution.cycle_time:
                self.solution = solution

    def raise_bound(self, bound: int) -> None:
        with self._lock:
            self.lower_bound = max(self.lower_bound, bound)

    @property
    def done(self) -> bool:
        best = self.solution
        return best is not None and best.cycle_time <= self.lower_bound


def walk(instance: Instance, start: Solution, deadline: float, shared: SharedBest,
         rng: random.Random) -> Solution:
    """Improve `start` by moving workers along the line until the deadline (or the lower bound)."""
    current = line_for_order(instance, start.station_worker, start.cycle_time - 1,
                             min(EVALUATION_SECONDS, deadline - time.monotonic())) or start
    shared.offer(current)
    while not shared.done:
        left = deadline - time.monotonic()
        if left < 0.05:
            break
        candidate = line_for_order(instance, neighbour(current.station_worker, rng), current.cycle_time,
                                   min(EVALUATION_SECONDS, left), rng.randrange(2 ** 31))
        if candidate is not None:
            current = candidate
            shared.offer(current)
    return current
