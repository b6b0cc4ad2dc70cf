"""Station-oriented beam search for ALWABP at a fixed cycle time (after Borba & Ritt 2014).

Stations are filled from the first to the last. A child of a partial line is one more station: a
worker not yet placed and a *maximal* load for them (available tasks they can do, summing to at most
C, to which no other available task still fits; a line that is feasible at C can always be rebuilt
with maximal loads, so nothing is lost by this). Children are ranked by a lower bound on the work
left: each remaining task at its fastest remaining worker, spread over the remaining stations; a
child whose bound exceeds what those stations can hold is cut. The best `width` children go on,
ties broken at random, so repeated runs explore differently.

Loads are listed in full when they are few (small C on long lines of many workers); when there are
more than `max_loads`, they are sampled instead by a randomised greedy fill that prefers the tasks
this worker does nearly as fast as the fastest remaining worker.

With an unbounded width and `max_loads` the search is exact (tested against brute force); the solver
uses it bounded, as a heuristic, to find lines that CP-SAT's own search misses on the larger families.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from logins_desktop.planning.alwabp import Instance, Solution

_CANNOT = 10 ** 9


@dataclass(frozen=True)
class _Partial:
    assigned: int  # bit i: task i is placed
    placed_workers: int  # bit w: worker w has a station
    stations: tuple[tuple[int, int], ...]  # (worker, task bits) per station, in line order


class StationBeam:
    def __init__(self, instance: Instance, max_loads: int = 60, samples: int = 20):
        self.instance = instance
        self.max_loads = max_loads
        self.samples = samples
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
        # Fastest and second-fastest free worker for each remaining task: placing worker w removes
        # them from the pool, so the bound then uses the second-fastest where w was the fastest.
        fastest, fastest_worker, second = {}, {}, {}
        work_left = 0
        for i in remaining:
            b1 = b2 = _CANNOT
            arg = -1
            for w in free_workers:
                t = times[i][w]
                if t < b1:
                    b1, b2, arg = t, b1, w
                elif t < b2:
                    b2 = t
            if b1 > cycle:
                return  # a remaining task fits no free worker at this cycle time
            fastest[i], fastest_worker[i], second[i] = b1, arg, b2
            work_left += b1
        available = [i for i in remaining if self.pred_bits[i] & ~partial.assigned == 0]
        for w in free_workers:
            own = [row[w] for row in times]
            placed_workers = partial.placed_workers | 1 << w
            if stations_after == 0:  # the last station takes everything left
                if sum(own[i] for i in remaining) <= cycle:
                    children[(everything, placed_workers)] = (
                        -1.0, _Partial(everything, placed_workers, partial.stations + ((w, everything & ~partial.assigned),)))
                continue
            only_w = 0  # tasks no other free worker can do: this station must take them
            loss = 0
            for i in remaining:
                if fastest_worker[i] == w:
                    if second[i] >= _CANNOT:
                        only_w |= 1 << i
                    else:
                        loss += second[i] - fastest[i]
            for bits in self._loads(partial.assigned, available, own, fastest, cycle, rng):
                if only_w & ~bits:
                    continue
                bound = work_left + loss
                rest = bits
                while rest:
                    low = rest & -rest
                    i = low.bit_length() - 1
                    # A task only w can do has second = _CANNOT: the "bound" of a load holding it
                    # drops far below zero, so that child is never cut and goes first. Not a bound
                    # then, but a priority that places specialists where their own tasks are
                    # (the search stays exact: it only cuts less). Measured: a true bound here
                    # gave worse lines (docs/research/alwabp.md).
                    bound -= second[i] if fastest_worker[i] == w else fastest[i]
                    rest ^= low
                if bound > stations_after * cycle:
                    continue
                key = (partial.assigned | bits, placed_workers)
                score = bound / stations_after + 0.5 * rng.random()
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


def improve(instance: Instance, below: int | None, lower_bound: int, deadline: float, seed: int = 0,
            max_width: int = 400, stop: Callable[[], bool] = lambda: False,
            retry_widest: bool = False) -> Solution | None:
    """Iterated beam search: the best line found under `below` before the deadline (None if none).

    Each success lowers the target to one under the line found; each failure doubles the width. With
    no line to beat yet, the target climbs from the lower bound by steps of 5 % instead. The search
    stops at `lower_bound`, at the deadline, when the widest beam has failed twice (stalling), or
    when `stop()` says another search has reached the lower bound. With `retry_widest` the widest
    beam does not stall: it runs again with fresh tie draws until the deadline, since at a fixed
    width and target the beam is a lottery over its draws (measured: repeated runs at one width
    reach lines that a single descent misses even at a wider one; docs/research/alwabp.md)."""
    rng = random.Random(seed)
    beam = StationBeam(instance)
    best = None
    cycle = lower_bound if below is None else below - 1
    width, widest_failures = 10, 0
    while cycle >= lower_bound and time.monotonic() < deadline and not stop():
        found = beam.run(cycle, width, rng, deadline)
        if found is not None:
            best = found
            cycle = found.cycle_time - 1
        elif best is None and below is None:
            cycle += max(1, cycle // 20)
        elif width >= max_width:
            widest_failures += 1
            if widest_failures == 2 and not retry_widest:
                break
        else:
            width = min(2 * width, max_width)
    return best
