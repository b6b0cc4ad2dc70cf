"""ALWABP-2 with OR-Tools CP-SAT: one worker per station, each task on a station whose worker can do
it, precedence along the line, minimum cycle time.

Model (positional): booleans "task i on station s" and "worker w at station s" (an assignment);
precedence in cumulative form; the load of each station, in the times of the worker sitting there,
at most C (enforced only if that worker sits there). A greedy solution seeds the search, and the
combinatorial lower bound bounds C from below. An earlier model with a worker per task and an
element constraint for the station stalled well above the best-known values.

CP-SAT alone proves most lines of up to 10 workers but stalls on long lines with many workers whose
times differ widely (docs/research/alwabp.md has the figures), so it runs in a thread beside (see `solve`) the station beam search of `beam.py`, then a walk over the
order of the workers (`order_search.py`) and, in a second process, a tabu search over which worker
does each task (`task_search.py`).
"""

from __future__ import annotations

import random
import threading
import time

from ortools.sat.python import cp_model

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.planning import beam, order_search, task_search
from logins_desktop.planning.alwabp import Instance, Solution, validate


def _topological(instance: Instance) -> list[int]:
    indegree = [0] * instance.tasks
    succ = [[] for _ in range(instance.tasks)]
    for i, j in instance.arcs:
        succ[i].append(j)
        indegree[j] += 1
    order, ready = [], [i for i in range(instance.tasks) if indegree[i] == 0]
    while ready:
        ready.sort()
        i = ready.pop(0)
        order.append(i)
        for j in succ[i]:
            indegree[j] -= 1
            if indegree[j] == 0:
                ready.append(j)
    return order


def greedy(instance: Instance) -> Solution | None:
    """Fill stations in precedence order with the worker who is fastest on what remains (a start)."""
    k = instance.workers
    order = _topological(instance)
    lb = instance.lower_bound()
    for target in range(lb, sum(max(t for t in row if t is not None) for row in instance.times) + 1, max(1, lb // 50)):
        remaining_workers = set(range(k))
        task_station = [-1] * instance.tasks
        station_worker = []
        todo = list(order)
        ok = True
        for s in range(k):
            best = None
            for w in remaining_workers:
                load, taken = 0, []
                for i in todo:
                    t = instance.times[i][w]
                    preds_done = all(task_station[p] != -1 or p in taken for p, q in instance.arcs if q == i)
                    if t is None or not preds_done or (load + t > target and s < k - 1):
                        if s < k - 1:
                            break
                        ok_last = t is not None and preds_done
                        if not ok_last:
                            break
                    load += t
                    taken.append(i)
                if best is None or len(taken) > len(best[1]):
                    best = (w, taken, load)
            w, taken, _ = best
            remaining_workers.discard(w)
            station_worker.append(w)
            for i in taken:
                task_station[i] = s
            todo = [i for i in todo if task_station[i] == -1]
        if todo:
            ok = False
        if ok:
            loads = [0] * k
            for i, s in enumerate(task_station):
                loads[s] += instance.times[i][station_worker[s]]
            solution = Solution(max(loads), station_worker, task_station, loads=loads)
            if not validate(instance, solution):
                return solution
    return None


BEAM_UNTIL, CPSAT_UNTIL = 0.4, 0.5  # of the time limit
PARALLEL_FROM = 20.0  # seconds: under this the second process costs more than it brings
# Lines this short get the beam again after half time instead of the walk: there a width-400 beam
# takes about 6 s, so several draws fit (19 workers, C 9-20). On longer lines the walk wins (C 25-34:
# worse lines when the beam replaced it; docs/research/alwabp.md).
LATE_BEAM_UP_TO = 22


def solve(instance: Instance, time_limit: float = 10.0, workers: int = 2, hint: Solution | None = None) -> Solution:
    """The shortest cycle found within the time limit, with the best lower bound known.

    CP-SAT on the whole model runs in a thread (it proves the shorter lines, and its bound is the
    one reported). Meanwhile the beam search has up to 40 % of the time, then a walk over
    worker orders (`order_search`) starts from the best line so far and runs to the end. With 20 s
    or more, the tabu search over task owners (`task_search`) also starts from that line, in its
    own process, and CP-SAT stops at half the time: from there it seldom proves or finds anything.
    When the line it starts from is short (C up to `LATE_BEAM_UP_TO`), the walk stops then too, and
    the beam takes its core again until the end, below the best line and retrying its widest width
    with fresh tie draws (traced on lines of 19 workers, the walk found no final line after 24 s,
    the second beam several). Each search stops as soon as
    any of them reaches the lower bound."""
    started = time.monotonic()
    deadline = started + time_limit
    half_time = started + time_limit * CPSAT_UNTIL
    shared = order_search.SharedBest(instance.lower_bound())
    exact = _CpSat(instance, time_limit, workers, hint, shared)
    exact.start()
    found = beam.improve(instance, None, shared.lower_bound, deadline=started + time_limit * BEAM_UNTIL,
                         stop=lambda: shared.done)
    if found is not None:
        shared.offer(found)
    begin = shared.solution
    helper = stop_exact = None
    if begin is not None and not shared.done and time_limit >= PARALLEL_FROM:
        helper = task_search.InProcess(instance, begin, deadline, shared, seed=1)
        stop_exact = threading.Timer(max(0.0, half_time - time.monotonic()), exact.stop)
        stop_exact.daemon = True
        stop_exact.start()
    late_beam = helper is not None and begin.cycle_time <= LATE_BEAM_UP_TO
    if begin is not None and not shared.done:
        order_search.walk(instance, begin, half_time if late_beam else deadline, shared, random.Random(2))
    if late_beam and not shared.done:
        late = beam.improve(instance, shared.solution.cycle_time, shared.lower_bound, deadline, seed=3,
                            stop=lambda: shared.done, retry_widest=True)
        if late is not None:
            shared.offer(late)
    if helper is not None:
        helper.stop()
        stop_exact.cancel()
    exact.stop()
    exact.join()
    best = shared.solution
    if best is None:
        raise DomainError(msg("planning.no_solution_in_time"))
    best.lower_bound = shared.lower_bound
    best.proven_optimal = best.cycle_time <= shared.lower_bound
    best.seconds = time.monotonic() - started
    return best


class _CpSat(threading.Thread):
    """CP-SAT on the whole model, in a thread: every line it finds goes to `shared`, and so does its
    bound (raised to the optimum when it proves one). The solver runs in C++ without the GIL, so
    it really runs beside the Python searches."""

    def __init__(self, instance: Instance, time_limit: float, workers: int, hint: Solution | None,
                 shared: order_search.SharedBest):
        super().__init__(daemon=True)
        self.instance, self.shared = instance, shared
        self.solver = cp_model.CpSolver()
        self.solver.parameters.max_time_in_seconds = time_limit
        self.solver.parameters.num_workers = workers
        self._stopped = threading.Event()
        self._build(hint)

    def _build(self, hint: Solution | None) -> None:
        instance = self.instance
        n, k = instance.tasks, instance.workers
        times = instance.times
        model = cp_model.CpModel()
        lb = instance.lower_bound()
        ub = sum(max(t for t in row if t is not None) for row in times)
        start = hint or greedy(instance)
        if start is not None:
            ub = min(ub, start.cycle_time)
            self.shared.offer(start)
        self.cycle = model.NewIntVar(lb, ub, "C")
        self.at = at = [[model.NewBoolVar(f"x{i}_{s}") for s in range(k)] for i in range(n)]  # task i on s
        self.sits = sits = [[model.NewBoolVar(f"y{w}_{s}") for s in range(k)] for w in range(k)]  # w at s
        for i in range(n):
            model.AddExactlyOne(at[i])
        for w in range(k):
            model.AddExactlyOne(sits[w])
        for s in range(k):
            model.AddExactlyOne(sits[w][s] for w in range(k))
        # Precedence in cumulative form: j can be on stations 0..s only if i is too. Much stronger
        # than comparing station numbers (measured: from 5-20 % gaps at 10 s to proven optima in
        # 1-3 s on lines of up to 10 workers).
        for i, j in instance.arcs:
            for s in range(k - 1):
                model.Add(sum(at[j][:s + 1]) <= sum(at[i][:s + 1]))
        fastest = [min(t for t in row if t is not None) for row in times]
        for s in range(k):
            for w in range(k):
                for i in range(n):
                    if times[i][w] is None:
                        model.AddImplication(sits[w][s], at[i][s].Not())
                model.Add(sum(times[i][w] * at[i][s] for i in range(n) if times[i][w] is not None)
                          <= self.cycle).OnlyEnforceIf(sits[w][s])
            # Redundant, for the relaxation: any worker is at least as slow as the fastest one, and a
            # task sits only where some capable worker does.
            model.Add(sum(fastest[i] * at[i][s] for i in range(n)) <= self.cycle)
            for i in range(n):
                model.AddBoolOr([at[i][s].Not()] + [sits[w][s] for w in range(k) if times[i][w] is not None])
        model.Minimize(self.cycle)
        if start is not None:
            for i in range(n):
                for s in range(k):
                    model.AddHint(at[i][s], start.task_station[i] == s)
            for s, w in enumerate(start.station_worker):
                for s2 in range(k):
                    model.AddHint(sits[w][s2], s2 == s)
        self.model = model

    def _line(self, value) -> Solution:
        instance = self.instance
        k = instance.workers
        station_worker = [0] * k
        for w in range(k):
            for s in range(k):
                if value(self.sits[w][s]):
                    station_worker[s] = w
        task_station = [next(s for s in range(k) if value(self.at[i][s])) for i in range(instance.tasks)]
        loads = [0] * k
        for i, s in enumerate(task_station):
            loads[s] += instance.times[i][station_worker[s]]
        return Solution(max(loads), station_worker, task_station, loads=loads)

    def run(self) -> None:
        parent = self

        class Lines(cp_model.CpSolverSolutionCallback):
            def on_solution_callback(self):
                parent.shared.offer(parent._line(self.Value))
                if parent.shared.done or parent._stopped.is_set():
                    self.StopSearch()

        if self._stopped.is_set():
            return
        status = self.solver.Solve(self.model, Lines())
        if status == cp_model.OPTIMAL:
            self.shared.raise_bound(self.solver.Value(self.cycle))
        elif status == cp_model.FEASIBLE:
            self.shared.raise_bound(int(self.solver.BestObjectiveBound()))

    def stop(self) -> None:
        self._stopped.set()
        self.solver.StopSearch()
