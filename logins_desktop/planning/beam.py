"""Station-oriented beam search for ALWABP at a fixed cycle time (after Borba & Ritt 2014).

Stations are filled from the first to the last. A child of a partial line is one more station: a
worker not yet placed and a *maximal* load for them (available tasks they can do, summing to at most
C, to which no other available task still fits; a line that is feasible at C can always be rebuilt
with maximal loads, so nothing is lost by this). Children are ranked by a lower bound on the work
left: each remaining task at its fastest remaining worker, spread over the remaining stations; a
child whose bound exceeds what those stations can hold is cut. The survivors are ranked by the same
work left, or (``rank=3``) with each task at the mean of its three fastest free workers, which
credits a load holding tasks that the others do slowly too. The best `width` children go on, ties
broken at random, so repeated runs explore differently.

Loads are listed in full when they are few (small C, as on wee-mag with 19 workers); when there are
more than `max_loads`, they are sampled instead by a randomised greedy fill that prefers the tasks
this worker does nearly as fast as the fastest remaining worker.

With an unbounded width and `max_loads` the search is exact (tested against brute force); the solver
uses it bounded, as a heuristic, to find lines that CP-SAT's own search misses on the larger families,
forwards and on the reversed line in turn (`improve`).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from logins_desktop.planning.alwabp import Instance, Solution

_CANNOT = 10 ** 9


@dataclass(frozen=True)
class _Partial:
    assigned: int  # bit i: task i is placed
    placed_workers: int  # bit w: worker w has a station
    stations: tuple[tuple[int, int], ...]  # (worker, task bits) per station, in line order


class _WorkLeft:
    """The work left after a station, each task counted at the mean time of its `rank` fastest free
    workers (rank 1: a lower bound). Placing worker w changes it in two ways: the tasks of the load
    leave, and w leaves the pool, so the tasks w was among the fastest for count slower workers."""

    def __init__(self, fastest_first: dict[int, list[tuple[int, int]]], rank: int):
        self.total = 0.0
        self.value: dict[int, float] = {}
        self.without: dict[int, dict[int, float]] = {}  # worker -> {task: value once w is placed}
        self.change: dict[int, float] = {}  # worker -> sum of those increases
        self.only: dict[int, int] = {}  # worker -> bits of the tasks nobody else free can do
        for i, capable in fastest_first.items():
            top = capable[:rank + 1]
            value = sum(t for t, _ in top[:rank]) / len(top[:rank])
            self.value[i] = value
            self.total += value
            for _, w in top[:rank]:
                others = [u for u, v in top if v != w][:rank]
                if not others:
                    self.only[w] = self.only.get(w, 0) | 1 << i
                    continue
                slower = sum(others) / len(others)
                self.without.setdefault(w, {})[i] = slower
                self.change[w] = self.change.get(w, 0.0) + slower - value

    def after(self, w: int, bits: int) -> float:
        """The work left once worker w takes the tasks in `bits`."""
        left = self.total + self.change.get(w, 0.0)
        without = self.without.get(w, {})
        value = self.value
        while bits:
            low = bits & -bits
            i = low.bit_length() - 1
            left -= without.get(i, value[i])
            bits ^= low
        return left


class StationBeam:
    def __init__(self, instance: Instance, max_loads: int = 60, samples: int = 20, rank: int = 1):
        self.instance = instance
        self.max_loads = max_loads
        self.samples = samples
        # Children are ranked by the work left with each task at the mean of its `rank` fastest free
        # workers: 1 is the bound itself; more credits a load with the tasks others do slowly too.
        self.rank = rank
        n = instance.tasks
        self.times = [[_CANNOT if t is None else t for t in row] for row in instance.times]
        self.pred_bits = [0] * n
        self.successors: list[list[int]] = [[] for _ in range(n)]
        for i, j in instance.arcs:
            self.pred_bits[j] |= 1 << i
            self.successors[i].append(j)

    def run(self, cycle: int, width: int, rng: random.Random, deadline: float | None = None) -> Solution | None:
        """A line with every load at most `cycle`, or None (none found, or the deadline passed)."""
        n, k = self.instance.tasks, self.instance.workers
        everything = (1 << n) - 1
        beam = [_Partial(0, 0, ())]
        for depth in range(k):
            stations_after = k - depth - 1
            children: dict[tuple[int, int], tuple[float, _Partial]] = {}
            for partial in beam:
                if deadline is not None and time.monotonic() > deadline:
                    return None
                self._expand(partial, cycle, stations_after, everything, rng, children)
            if not children:
                return None
            ranked = sorted(children.values(), key=lambda c: c[0])[:width]
            beam = [p for _, p in ranked]
        return self._solution(beam[0]) if beam[0].assigned == everything else None

    def _expand(self, partial: _Partial, cycle: int, stations_after: int, everything: int,
                rng: random.Random, children: dict) -> None:
        n, k, times = self.instance.tasks, self.instance.workers, self.times
        remaining = [i for i in range(n) if not partial.assigned >> i & 1]
        free_workers = [w for w in range(k) if not partial.placed_workers >> w & 1]
        fastest_first: dict[int, list[tuple[int, int]]] = {}  # task -> (time, worker), capable only
        for i in remaining:
            capable = sorted((times[i][w], w) for w in free_workers if times[i][w] < _CANNOT)
            if not capable or capable[0][0] > cycle:
                return  # a remaining task fits no free worker at this cycle time
            fastest_first[i] = capable
        bound = _WorkLeft(fastest_first, 1)
        estimate = bound if self.rank == 1 else _WorkLeft(fastest_first, self.rank)
        fastest = {i: capable[0][0] for i, capable in fastest_first.items()}
        available = [i for i in remaining if self.pred_bits[i] & ~partial.assigned == 0]
        for w in free_workers:
            own = [row[w] for row in times]
            placed_workers = partial.placed_workers | 1 << w
            if stations_after == 0:  # the last station takes everything left
                if sum(own[i] for i in remaining) <= cycle:
                    children[(everything, placed_workers)] = (
                        -1.0, _Partial(everything, placed_workers, partial.stations + ((w, everything & ~partial.assigned),)))
                continue
            only_w = bound.only.get(w, 0)  # tasks no other free worker can do: this station must take them
            for bits in self._loads(partial.assigned, available, own, fastest, cycle, rng):
                if only_w & ~bits:
                    continue
                if bound.after(w, bits) > stations_after * cycle:
                    continue
                key = (partial.assigned | bits, placed_workers)
                score = estimate.after(w, bits) / stations_after + 0.5 * rng.random()
                old = children.get(key)
                if old is None or score < old[0]:
                    children[key] = (score, _Partial(key[0], placed_workers, partial.stations + ((w, bits),)))

    def _loads(self, assigned: int, available: list[int], own: list[int], fastest: dict, cycle: int,
               rng: random.Random) -> list[int]:
        loads = self._listed_loads(assigned, available, own, cycle, rng)
        return loads if len(loads) < self.max_loads else self._sampled_loads(assigned, available, own, fastest, cycle, rng)

    def _listed_loads(self, assigned, available, own, cycle, rng) -> list[int]:
        """Every maximal load (up to max_loads): take-or-leave each available task in turn; a task
        taken frees its successors, which join the candidates."""
        pred_bits, successors, limit = self.pred_bits, self.successors, self.max_loads
        loads: list[int] = []

        def walk(candidates: list[int], pos: int, bits: int, used: int, left_out: list[int]) -> None:
            if len(loads) >= limit:
                return
            if pos == len(candidates):
                if all(own[e] > cycle - used for e in left_out):
                    loads.append(bits)
                return
            i = candidates[pos]
            if own[i] <= cycle - used:
                taken = bits | 1 << i
                freed = [j for j in successors[i] if pred_bits[j] & ~(assigned | taken) == 0 and own[j] <= cycle]
                walk(candidates + freed, pos + 1, taken, used + own[i], left_out)
            walk(candidates, pos + 1, bits, used, left_out + [i])

        start = [i for i in available if own[i] <= cycle]
        rng.shuffle(start)
        walk(start, 0, 0, 0, [])
        return loads

    def _sampled_loads(self, assigned, available, own, fastest, cycle, rng) -> list[int]:
        loads: set[int] = set()
        for _ in range(self.samples):
            bits, used = 0, 0
            pool = [i for i in available if own[i] <= cycle]
            while True:
                fits = [i for i in pool if own[i] <= cycle - used]
                if not fits:
                    break
                # Relative extra time over the fastest free worker, randomised.
                i = min(fits, key=lambda i: (own[i] - fastest[i] + 1) / (own[i] + 1) * (1 + rng.random()))
                bits |= 1 << i
                used += own[i]
                pool.remove(i)
                pool.extend(j for j in self.successors[i]
                            if self.pred_bits[j] & ~(assigned | bits) == 0 and own[j] <= cycle)
            loads.add(bits)
        return list(loads)

    def _solution(self, partial: _Partial) -> Solution:
        n = self.instance.tasks
        station_worker = [w for w, _ in partial.stations]
        task_station = [0] * n
        for s, (_, bits) in enumerate(partial.stations):
            for i in range(n):
                if bits >> i & 1:
                    task_station[i] = s
        loads = [0] * len(station_worker)
        for i, s in enumerate(task_station):
            loads[s] += self.times[i][station_worker[s]]
        return Solution(max(loads), station_worker, task_station, loads=loads)


def reversed_instance(instance: Instance) -> Instance:
    """The same line read from its end: every arc turned round. A line for it, read backwards, is a
    line for the original (see `read_backwards`)."""
    return Instance(instance.name + " (à rebours)", instance.times, tuple((j, i) for i, j in instance.arcs))


def read_backwards(solution: Solution) -> Solution:
    last = len(solution.station_worker) - 1
    return Solution(solution.cycle_time, solution.station_worker[::-1], [last - s for s in solution.task_station],
                    loads=solution.loads[::-1])


def improve(instance: Instance, below: int | None, lower_bound: int, deadline: float, seed: int = 0,
            max_width: int = 400) -> Solution | None:
    """Iterated beam search: the best line found under `below` before the deadline (None if none).

    Four searches take turns: from the first station and from the last (the line reversed), each
    ranking children by the bound and by the three-fastest estimate. Each success lowers the target
    to one under the line found; when all four have failed at a width, the width doubles (up to
    `max_width`, then they keep taking turns with fresh random ties). With no line to beat yet, the
    target climbs from the lower bound by steps of 5 % instead. The search stops at `lower_bound` or
    at the deadline."""
    rng = random.Random(seed)
    backwards = reversed_instance(instance)
    searches = [(StationBeam(instance), False), (StationBeam(instance, rank=3), False),
                (StationBeam(backwards), True), (StationBeam(backwards, rank=3), True)]
    turn = 0
    best = None
    cycle = lower_bound if below is None else below - 1
    width = 10
    while cycle >= lower_bound and time.monotonic() < deadline:
        beam, is_backwards = searches[turn]
        found = beam.run(cycle, width, rng, deadline)
        if found is not None:
            best = read_backwards(found) if is_backwards else found
            cycle = found.cycle_time - 1
        elif best is None and below is None:
            cycle += max(1, cycle // 20)
        else:
            turn = (turn + 1) % len(searches)
            if turn == 0:
                width = min(2 * width, max_width)
    return best
