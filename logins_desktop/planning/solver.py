"""ALWABP-2 with OR-Tools CP-SAT: one worker per station, each task on a station whose worker can do
it, precedence along the line, minimum cycle time.

Model (positional): booleans "task i on station s" and "worker w at station s" (an assignment);
precedence in cumulative form; the load of each station, in the times of the worker sitting there,
at most C (enforced only if that worker sits there). A greedy solution seeds the search, and the
combinatorial lower bound bounds C from below. An earlier model with a worker per task and an
element constraint for the station stalled 5-20 % above the best-known values on tonge.

CP-SAT alone proves roszieg, heskia and tonge but stalls on wee-mag (7 % mean gap at 60 s), so the
time is split: CP-SAT first (10 %: enough to prove the easy ones), then the station beam search of
`beam.py` looks for shorter cycles (up to 70 %), then CP-SAT again, started from the best line found.
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from logins_desktop.planning import beam
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


FIRST_SHARE, BEAM_UNTIL = 0.1, 0.7  # of the time limit


def solve(instance: Instance, time_limit: float = 10.0, workers: int = 2, hint: Solution | None = None) -> Solution:
    """The shortest cycle found within the time limit, with CP-SAT's lower bound."""
    started = time.monotonic()
    first = _cp_sat(instance, time_limit * FIRST_SHARE, workers, hint)
    if first is not None and first.proven_optimal:
        first.seconds = time.monotonic() - started
        return first
    lower_bound = first.lower_bound if first is not None else instance.lower_bound()
    found = beam.improve(instance, first.cycle_time if first is not None else None, lower_bound,
                         deadline=started + time_limit * BEAM_UNTIL)
    best = found or first
    if best is None:
        raise RuntimeError("aucune solution trouvée dans le temps imparti")
    rest = time_limit - (time.monotonic() - started)
    if best.cycle_time > lower_bound and rest > 0.2:
        final = _cp_sat(instance, rest, workers, best)
        if final is not None:
            lower_bound = max(lower_bound, final.lower_bound)
            if final.cycle_time <= best.cycle_time:
                best = final
    best.lower_bound = lower_bound
    best.proven_optimal = best.proven_optimal or best.cycle_time <= lower_bound
    best.seconds = time.monotonic() - started
    return best


def _cp_sat(instance: Instance, time_limit: float, workers: int, hint: Solution | None) -> Solution | None:
    started = time.monotonic()
    n, k = instance.tasks, instance.workers
    times = instance.times
    model = cp_model.CpModel()
    lb = instance.lower_bound()
    ub = sum(max(t for t in row if t is not None) for row in times)
    start = hint or greedy(instance)
    if start is not None:
        ub = min(ub, start.cycle_time)
    cycle = model.NewIntVar(lb, ub, "C")
    at = [[model.NewBoolVar(f"x{i}_{s}") for s in range(k)] for i in range(n)]  # task i on station s
    sits = [[model.NewBoolVar(f"y{w}_{s}") for s in range(k)] for w in range(k)]  # worker w at station s
    for i in range(n):
        model.AddExactlyOne(at[i])
    for w in range(k):
        model.AddExactlyOne(sits[w])
    for s in range(k):
        model.AddExactlyOne(sits[w][s] for w in range(k))
    # Precedence in cumulative form: j can be on stations 0..s only if i is too. Much stronger than
    # comparing station numbers (tonge went from 5-20 % gaps at 10 s to proven optima in 1-3 s).
    for i, j in instance.arcs:
        for s in range(k - 1):
            model.Add(sum(at[j][:s + 1]) <= sum(at[i][:s + 1]))
    fastest = [min(t for t in row if t is not None) for row in times]
    for s in range(k):
        for w in range(k):
            for i in range(n):
                if times[i][w] is None:
                    model.AddImplication(sits[w][s], at[i][s].Not())
            model.Add(sum(times[i][w] * at[i][s] for i in range(n) if times[i][w] is not None) <= cycle
                      ).OnlyEnforceIf(sits[w][s])
        # Redundant, for the relaxation: any worker is at least as slow as the fastest one, and a task
        # sits only where some capable worker does.
        model.Add(sum(fastest[i] * at[i][s] for i in range(n)) <= cycle)
        for i in range(n):
            model.AddBoolOr([at[i][s].Not()] + [sits[w][s] for w in range(k) if times[i][w] is not None])
    model.Minimize(cycle)
    if start is not None:
        for i in range(n):
            for s in range(k):
                model.AddHint(at[i][s], start.task_station[i] == s)
        for s, w in enumerate(start.station_worker):
            for s2 in range(k):
                model.AddHint(sits[w][s2], s2 == s)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        if start is not None:
            start.lower_bound, start.seconds = lb, time.monotonic() - started
        return start
    station_worker = [0] * k
    for w in range(k):
        for s in range(k):
            if solver.Value(sits[w][s]):
                station_worker[s] = w
    task_station = [next(s for s in range(k) if solver.Value(at[i][s])) for i in range(n)]
    loads = [0] * k
    for i, s in enumerate(task_station):
        loads[s] += times[i][station_worker[s]]
    return Solution(
        cycle_time=max(loads), station_worker=station_worker, task_station=task_station,
        lower_bound=max(lb, int(solver.BestObjectiveBound())), proven_optimal=status == cp_model.OPTIMAL,
        seconds=time.monotonic() - started, loads=loads,
    )
