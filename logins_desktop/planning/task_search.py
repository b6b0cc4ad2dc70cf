"""Tabu search over which worker does each task, for ALWABP, at a fixed target cycle time.

With one worker per station, a line is just "a worker for each task" such that the graph between
workers (an arc u -> v when a task of u precedes a task of v) has no cycle: any topological order of
that graph is then a valid station order. So the search moves tasks between workers directly and
never fixes the order of the stations, which the beam search and the walk over orders
(`order_search`) must guess first.

At a target C it minimises the overload, the sum over workers of what exceeds C. A move takes one
task of an overloaded worker to another worker, swaps it with a task of another worker, or has the
overloaded worker and another trade all their tasks (and so their places on the line: single-task
moves can hardly do that once the graph is dense). A move back is forbidden (tabu) for a few
iterations; ties are broken by the total work, then at random. After `PATIENCE` iterations without
a less overloaded assignment the search goes back to the best one at this target and shakes it.
When the overload reaches zero the line is reported, and the target drops to one under it.

Most cycles are refuted in constant time from the transitive closure of the worker graph: when a,
the worker task t leaves, holds no other end of t's arcs, moving t to b closes a cycle exactly when
b already reaches a worker holding a predecessor of t, or a worker holding a successor of t already
reaches b (a path through a would have closed a cycle through a already). Otherwise a path may run
through t's own arcs, and a search from b decides. Tested against a full cycle check.
"""
from __future__ import annotations

import multiprocessing
import queue
import random
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from logins_desktop.planning.alwabp import Instance, Solution

if TYPE_CHECKING:  # only for the annotation: the spawned process need not load CP-SAT
    from logins_desktop.planning.order_search import SharedBest

TENURE = (5, 15)  # iterations a task may not go back to the worker it left
PATIENCE = 2000  # iterations without a less overloaded assignment before going back to the best one


class TaskSearch:
    def __init__(self, instance: Instance, start: Solution, rng: random.Random):
        self.instance, self.rng = instance, rng
        n, k = instance.tasks, instance.workers
        self.times = instance.times
        self.capable = [[w for w in range(k) if instance.times[i][w] is not None] for i in range(n)]
        self.preds: list[list[int]] = [[] for _ in range(n)]
        self.succs: list[list[int]] = [[] for _ in range(n)]
        for i, j in instance.arcs:
            self.preds[j].append(i)
            self.succs[i].append(j)
        self.assign([start.station_worker[s] for s in start.task_station])

    def assign(self, owner: list[int]) -> None:
        """Set the worker of every task and rebuild loads, arc counts and closure from it."""
        k = self.instance.workers
        self.owner = list(owner)
        self.load = [0] * k
        for i, w in enumerate(self.owner):
            self.load[w] += self.times[i][w]
        self.arcs_between = [[0] * k for _ in range(k)]  # how many task arcs go from worker u to v
        for i, j in self.instance.arcs:
            self._count(self.owner[i], self.owner[j], 1)
        self._close()

    def _count(self, u: int, v: int, delta: int) -> None:
        if u != v:
            self.arcs_between[u][v] += delta

    def _close(self) -> None:
        """Transitive closure of the worker graph: reach[u] and reached_by[u] as bit masks."""
        k = self.instance.workers
        succ_bits = [sum(1 << v for v in range(k) if self.arcs_between[u][v]) for u in range(k)]
        reach = [0] * k
        done = [False] * k

        def visit(u: int) -> int:
            if not done[u]:
                bits = succ_bits[u]
                rest = succ_bits[u]
                while rest:
                    low = rest & -rest
                    bits |= visit(low.bit_length() - 1)
                    rest ^= low
                reach[u], done[u] = bits, True
            return reach[u]

        for u in range(k):
            visit(u)
        self.reach = reach
        self.reached_by = [sum(1 << u for u in range(k) if reach[u] >> v & 1) for v in range(k)]

    def _owners(self, tasks: list[int], skip: int) -> int:
        bits = 0
        for j in tasks:
            if self.owner[j] != skip:
                bits |= 1 << self.owner[j]
        return bits

    def can_move(self, i: int, b: int) -> bool:
        """Whether moving task i to worker b keeps the worker graph free of cycles."""
        a = self.owner[i]
        before = self._owners(self.preds[i], b)
        after = self._owners(self.succs[i], b)
        if before >> a & 1 and after >> a & 1:
            return False
        if (before | after) >> a & 1:
            return self._acyclic_after(i, b)  # paths between a and b may run through i's own arcs
        return not (self.reach[b] & before or self.reached_by[b] & after)

    def _acyclic_after(self, i: int, b: int) -> bool:
        """The full check: make the move in the arc counts, look for a path from b back to b."""
        a, k, between = self.owner[i], self.instance.workers, self.arcs_between
        changes = [(self.owner[p], a, -1) for p in self.preds[i]] + [(a, self.owner[s], -1) for s in self.succs[i]]
        changes += [(self.owner[p], b, 1) for p in self.preds[i]]
        changes += [(b, self.owner[s], 1) for s in self.succs[i]]
        for u, v, d in changes:
            self._count(u, v, d)
        seen, frontier = 0, 1 << b
        while frontier:
            low = frontier & -frontier
            frontier ^= low
            u = low.bit_length() - 1
            for v in range(k):
                if between[u][v] and not seen >> v & 1:
                    seen |= 1 << v
                    frontier |= 1 << v
        for u, v, d in changes:
            self._count(u, v, -d)
        return not seen >> b & 1

    def move(self, i: int, b: int) -> None:
        a = self.owner[i]
        for p in self.preds[i]:
            self._count(self.owner[p], a, -1)
        for s in self.succs[i]:
            self._count(a, self.owner[s], -1)
        self.owner[i] = b
        for p in self.preds[i]:
            self._count(self.owner[p], b, 1)
        for s in self.succs[i]:
            self._count(b, self.owner[s], 1)
        self.load[a] -= self.times[i][a]
        self.load[b] += self.times[i][b]
        self._close()

    def _load_of(self, tasks: list[int], w: int) -> int | None:
        """What `tasks` would weigh on worker w (None: w cannot do one of them)."""
        total = 0
        for i in tasks:
            t = self.times[i][w]
            if t is None:
                return None
            total += t
        return total

    def exchange(self, a: int, b: int) -> None:
        """Workers a and b trade all their tasks (and so their places on the line)."""
        self.assign([b if w == a else a if w == b else w for w in self.owner])

    def _shake(self, moves: int) -> None:
        """A few random moves that keep the graph acyclic, to leave a dead end."""
        n = self.instance.tasks
        for _ in range(moves * 20):
            i = self.rng.randrange(n)
            b = self.rng.choice(self.capable[i])
            if b != self.owner[i] and self.can_move(i, b):
                self.move(i, b)
                moves -= 1
                if moves == 0:
                    return

    def acyclic(self) -> bool:
        return all(not (self.reach[u] >> u & 1) for u in range(self.instance.workers))

    def solution(self) -> Solution:
        """The current assignment as a line: workers in a topological order of the worker graph."""
        k = self.instance.workers
        # A worker reached by more workers comes later; the closure makes this a topological order.
        order = sorted(range(k), key=lambda u: bin(self.reached_by[u]).count("1"))
        station_of = {w: s for s, w in enumerate(order)}
        task_station = [station_of[w] for w in self.owner]
        loads = [self.load[w] for w in order]
        return Solution(max(loads), order, task_station, loads=loads)

    def run(self, cycle: int, deadline: float, on_line: Callable[[Solution], None],
            stop: Callable[[], bool] = lambda: False, lower_bound: int = 0,
            best_known: Callable[[], int | None] = lambda: None) -> None:
        """Search at `cycle`, then one under each line found, until the deadline or `stop()`.
        `best_known()` tells of lines found meanwhile by other searches: the target stays under them."""
        k, times, rng = self.instance.workers, self.times, self.rng
        tabu: dict[tuple[int, int], int] = {}
        iteration = 0

        def over(load: int) -> int:
            return load - cycle if load > cycle else 0

        overload = best_overload = sum(over(x) for x in self.load)
        best_owner, since = list(self.owner), 0
        while cycle >= lower_bound and not stop():
            if overload == 0:
                line = self.solution()
                on_line(line)
                cycle = line.cycle_time - 1
                overload = best_overload = sum(over(x) for x in self.load)
                best_owner, since = list(self.owner), iteration
                tabu.clear()
                continue
            iteration += 1
            if iteration % 64 == 0:
                if time.monotonic() > deadline:
                    return
                elsewhere = best_known()
                if elsewhere is not None and elsewhere <= cycle:
                    cycle = elsewhere - 1
                    overload = best_overload = sum(over(x) for x in self.load)
                    best_owner, since = list(self.owner), iteration
                    tabu.clear()
                    continue
            load, owner = self.load, self.owner
            candidates = []
            total = sum(load)
            tasks_of: list[list[int]] = [[] for _ in range(k)]
            for i, w in enumerate(owner):
                tasks_of[w].append(i)
            for a in range(k):
                if load[a] <= cycle:
                    continue
                for i in tasks_of[a]:
                    ta = times[i][a]
                    for b in self.capable[i]:
                        if b == a:
                            continue
                        tb = times[i][b]
                        la, lb = load[a] - ta, load[b] + tb
                        base = overload - over(load[a]) - over(load[b])
                        value = base + over(la) + over(lb)
                        if (i, b) not in tabu or tabu[(i, b)] < iteration or value < best_overload:
                            if self.can_move(i, b):
                                candidates.append((value, total - ta + tb, rng.random(), i, b, -1))
                        # Swaps with a task of b that a can do.
                        for j in tasks_of[b]:
                            if times[j][a] is None:
                                continue
                            la2, lb2 = la + times[j][a], lb - times[j][b]
                            value2 = base + over(la2) + over(lb2)
                            if value2 > overload:
                                continue
                            if ((i, b) in tabu and tabu[(i, b)] >= iteration or (j, a) in tabu
                                    and tabu[(j, a)] >= iteration) and value2 >= best_overload:
                                continue
                            candidates.append((value2, total - ta + tb + times[j][a] - times[j][b],
                                               rng.random(), i, b, j))
                # Exchange every task of a with every task of another worker: the two trade places
                # on the line, which single-task moves can hardly do once the worker graph is dense.
                for b in range(k):
                    if b == a or tabu.get((-1 - a, b), -1) >= iteration:
                        continue
                    la = self._load_of(tasks_of[b], a)
                    lb = None if la is None else self._load_of(tasks_of[a], b)
                    if lb is not None:
                        value = overload - over(load[a]) - over(load[b]) + over(la) + over(lb)
                        candidates.append((value, total - load[a] - load[b] + la + lb, rng.random(),
                                           -1 - a, b, -1))
            candidates.sort()
            for _, _, _, i, b, j in candidates:
                if i < 0:
                    a = -1 - i
                    self.exchange(a, b)
                    tabu[(-1 - a, b)] = tabu[(-1 - b, a)] = iteration + rng.randint(*TENURE)
                    break
                a = owner[i]
                if j < 0:
                    self.move(i, b)
                    tabu[(i, a)] = iteration + rng.randint(*TENURE)
                    break
                if not self.can_move(i, b):
                    continue
                self.move(i, b)
                if self.can_move(j, a):
                    self.move(j, a)
                    tabu[(i, a)] = iteration + rng.randint(*TENURE)
                    tabu[(j, b)] = iteration + rng.randint(*TENURE)
                    break
                self.move(i, a)  # undo: the swap would close a cycle
            else:
                self._shake(4)  # every task of the overloaded workers is stuck (tabu or cycles)
                tabu.clear()
            overload = sum(over(x) for x in self.load)
            if overload < best_overload:
                best_overload, best_owner, since = overload, list(self.owner), iteration
            elif iteration - since > PATIENCE:
                # Stalled: back to the least overloaded assignment at this target, a little shaken.
                self.assign(best_owner)
                self._shake(3)
                overload, since = sum(over(x) for x in self.load), iteration
                tabu.clear()


class InProcess:
    """A second tabu search in its own process, so that it runs on the other core (a thread would
    share the GIL with the searches of this process). Lines it finds come back through a queue and
    are offered to `shared`; it learns of better lines found here through a shared integer."""

    def __init__(self, instance: Instance, start: Solution, deadline: float, shared: SharedBest, seed: int):
        context = multiprocessing.get_context("spawn")  # fork is unsafe beside CP-SAT's threads
        self.shared = shared
        self.best = context.Value("i", start.cycle_time, lock=False)
        self.stopped = context.Event()
        self.lines = context.Queue()
        self.process = context.Process(
            target=_search_in_process, daemon=True,
            args=(instance, start, deadline, shared.lower_bound, seed, self.best, self.stopped, self.lines))
        self.process.start()
        self._relay = threading.Thread(target=self._relay_lines, daemon=True)
        self._relay.start()

    def _relay_lines(self) -> None:
        while True:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if not self.process.is_alive():
                    return  # ended without a word: killed, or failed to start
                line = None
            if line == "end":
                return
            if line is not None:
                self.shared.offer(line)
            if self.shared.solution is not None:
                self.best.value = self.shared.solution.cycle_time
            if self.shared.done:
                self.stopped.set()

    def stop(self) -> None:
        self.stopped.set()
        self._relay.join()
        self.process.join()


def _search_in_process(instance, start, deadline, lower_bound, seed, best, stopped, lines) -> None:
    try:
        TaskSearch(instance, start, random.Random(seed)).run(
            start.cycle_time - 1, deadline, lines.put, stop=stopped.is_set, lower_bound=lower_bound,
            best_known=lambda: best.value)
    finally:
        lines.put("end")
