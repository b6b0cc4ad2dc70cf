"""The ALWABP reader on the public format's quirks, the planner against brute force, and its searches
on generated instances."""

from __future__ import annotations

import itertools
import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logins_desktop import cli
from logins_desktop.planning import beam as beam_module
from logins_desktop.planning import solver
from logins_desktop.planning.alwabp import Instance, Solution, read_instance, validate
from logins_desktop.planning.beam import StationBeam, improve
from logins_desktop.planning.order_search import SharedBest, line_for_order, walk
from logins_desktop.planning.solver import LATE_BEAM_UP_TO, greedy, solve
from logins_desktop.planning.task_search import InProcess, TaskSearch
from tests.alwabp_instances import generated_instance


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "inst"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    return path


def test_reader_crlf_inf_and_terminator(tmp_path):
    inst = read_instance(write(tmp_path, "3\n4 Inf\n2 3\nInf 5\n1 2\n2 3\n-1 -1\n"))
    assert inst.times == ((4, None), (2, 3), (None, 5))
    assert inst.arcs == ((0, 1), (1, 2))
    assert inst.workers == 2


def test_reader_without_terminator_like_tonge(tmp_path):
    assert read_instance(write(tmp_path, "2\n1 1\n2 2\n1 2\n")).arcs == ((0, 1),)


def test_validate_catches_every_kind_of_mistake():
    inst = Instance("t", ((3, None), (2, 2)), ((0, 1),))
    ok = Solution(3, [0, 1], [0, 1])
    assert validate(inst, ok) == []
    assert validate(inst, Solution(3, [1, 0], [0, 1]))  # task 1 on a worker who cannot do it
    assert validate(inst, Solution(3, [0, 1], [1, 0]))  # precedence
    assert validate(inst, Solution(2, [0, 1], [0, 1]))  # load above C


def brute_force(inst: Instance, orders=None) -> int | None:
    """The optimum cycle time by trying every line (over the given worker orders: all by default)."""
    best = None
    k, n = inst.workers, inst.tasks
    for order in orders or itertools.permutations(range(k)):
        for stations in itertools.product(range(k), repeat=n):
            if any(stations[i] > stations[j] for i, j in inst.arcs):
                continue
            loads = [0] * k
            ok = True
            for i, s in enumerate(stations):
                t = inst.times[i][order[s]]
                if t is None:
                    ok = False
                    break
                loads[s] += t
            if ok and (best is None or max(loads) < best):
                best = max(loads)
    return best


@st.composite


def tiny_instances(draw):
    k = draw(st.integers(2, 3))
    n = draw(st.integers(2, 5))
    times = []
    for _ in range(n):
        row = [draw(st.one_of(st.none(), st.integers(1, 9))) for _ in range(k)]
        if all(t is None for t in row):
            row[draw(st.integers(0, k - 1))] = draw(st.integers(1, 9))
        times.append(tuple(row))
    arcs = tuple((i, j) for i in range(n) for j in range(i + 1, n) if draw(st.booleans()) and draw(st.booleans()))
    return Instance("tiny", tuple(times), arcs)


@settings(max_examples=40, deadline=None)


@given(tiny_instances())


def test_planner_matches_brute_force_on_tiny_instances(inst):
    best = brute_force(inst)
    if best is None:
        return  # no feasible line at all (a task only its worker can do forces an order that breaks precedence)
    solution = solve(inst, time_limit=5, workers=1)
    assert validate(inst, solution) == []
    assert solution.proven_optimal and solution.cycle_time == best


@settings(max_examples=60, deadline=None)


@given(tiny_instances())


def test_unbounded_beam_is_exact_against_brute_force(inst):
    """Maximal loads and the work-left bound lose nothing: with no width or load limit the beam finds
    a line at the optimum and none below it."""
    best = brute_force(inst)
    beam = StationBeam(inst, max_loads=10 ** 6)
    if best is None:
        assert beam.run(sum(t or 0 for row in inst.times for t in row) + 1, 10 ** 6, random.Random(0)) is None
        return
    line = beam.run(best, 10 ** 6, random.Random(0))
    assert line is not None and validate(inst, line) == [] and line.cycle_time == best
    assert beam.run(best - 1, 10 ** 6, random.Random(0)) is None


def test_widest_beam_retries_with_fresh_draws_only_when_asked(monkeypatch):
    """Stalling: by default the widest beam gives up after two failures; with `retry_widest` it keeps
    drawing until the deadline (the same random stream goes on, so each run breaks ties anew)."""
    inst = Instance("two", times=((3, 3), (3, 3)), arcs=())
    calls: list[tuple[int, int]] = []

    def failing_run(self, cycle, width, rng, deadline=None):
        calls.append((cycle, width))
        return None

    monkeypatch.setattr(StationBeam, "run", failing_run)
    assert improve(inst, below=4, lower_bound=3, deadline=time.monotonic() + 5) is None
    assert [width for _, width in calls].count(400) == 2
    calls.clear()
    assert improve(inst, below=4, lower_bound=3, deadline=time.monotonic() + 0.2, retry_widest=True) is None
    widest = [cycle for cycle, width in calls if width == 400]
    assert len(widest) > 2 and set(widest) == {3}


@settings(max_examples=60, deadline=None)


@given(tiny_instances(), st.randoms(use_true_random=False))


def test_line_for_a_fixed_order_is_the_best_line_with_that_order(inst, rnd):
    order = list(range(inst.workers))
    rnd.shuffle(order)
    best = brute_force(inst, orders=[tuple(order)])
    cap = sum(t or 0 for row in inst.times for t in row)
    line = line_for_order(inst, order, cap, time_limit=5)
    if best is None:
        assert line is None
        return
    assert line is not None and validate(inst, line) == []
    assert line.station_worker == order and line.cycle_time == best
    assert line_for_order(inst, order, best - 1, time_limit=5) is None  # the cap is respected


def any_line(inst: Instance) -> Solution:
    """A valid line to start from: the best one for the first worker order that has one."""
    cap = sum(t or 0 for row in inst.times for t in row)
    return next(line for order in itertools.permutations(range(inst.workers))
                if (line := line_for_order(inst, list(order), cap, time_limit=5)) is not None)


@settings(max_examples=30, deadline=None)


@given(tiny_instances())


def test_walk_over_orders_keeps_valid_lines_and_never_gets_worse(inst):
    best = brute_force(inst)
    if best is None:
        return
    start = any_line(inst)
    shared = SharedBest(lower_bound=best)
    end = walk(inst, start, time.monotonic() + 1.0, shared, random.Random(0))
    assert validate(inst, end) == [] and best <= end.cycle_time <= start.cycle_time
    assert shared.solution is not None and shared.solution.cycle_time == end.cycle_time


def _random_line(rnd: random.Random) -> tuple[Instance, Solution]:
    """A random instance of up to 7 workers and 12 tasks, and a random valid line for it."""
    k, n = rnd.randint(2, 7), rnd.randint(3, 12)
    arcs = tuple((i, j) for i in range(n) for j in range(i + 1, n) if rnd.random() < 0.25)
    order = list(range(k))
    rnd.shuffle(order)
    task_station = [0] * n
    for j in range(n):  # stations that never go back along an arc
        task_station[j] = rnd.randint(max([task_station[i] for i, jj in arcs if jj == j], default=0), k - 1)
    times = tuple(tuple(rnd.randint(1, 9) if order[task_station[i]] == w or rnd.random() < 0.8 else None
                        for w in range(k)) for i in range(n))
    loads = [0] * k
    for i, s in enumerate(task_station):
        loads[s] += times[i][order[s]]
    inst = Instance("random", times, arcs)
    line = Solution(max(loads), order, task_station, loads=loads)
    assert validate(inst, line) == []
    return inst, line


def _worker_graph_has_cycle(inst: Instance, owner: list[int]) -> bool:
    succ = {(owner[i], owner[j]) for i, j in inst.arcs if owner[i] != owner[j]}
    left = set(range(inst.workers))
    while True:  # strip workers with no arc in from those left; a cycle is what remains
        sources = {v for v in left if not any(u in left and w == v for u, w in succ)}
        if not sources:
            return bool(left)
        left -= sources


def test_task_search_refutes_exactly_the_moves_that_close_a_cycle():
    rnd = random.Random(7)
    checked = refused = 0
    for _ in range(150):
        inst, line = _random_line(rnd)
        search = TaskSearch(inst, line, random.Random(0))
        for _ in range(30):
            i = rnd.randrange(inst.tasks)
            b = rnd.choice([w for w in range(inst.workers) if inst.times[i][w] is not None])
            if b == search.owner[i]:
                continue
            moved = list(search.owner)
            moved[i] = b
            expected = not _worker_graph_has_cycle(inst, moved)
            assert search.can_move(i, b) == expected, (inst, search.owner, i, b)
            checked += 1
            refused += not expected
            if expected:
                search.move(i, b)
                assert validate(inst, search.solution()) == []
    assert checked > 1000 and refused > 100  # both answers were really exercised


def test_exchanging_two_workers_keeps_a_valid_line():
    rnd = random.Random(3)
    for _ in range(100):
        inst, line = _random_line(rnd)
        search = TaskSearch(inst, line, random.Random(0))
        a, b = rnd.sample(range(inst.workers), 2)
        if all(inst.times[i][b if w == a else a] is not None for i, w in enumerate(search.owner) if w in (a, b)):
            before = list(search.owner)
            search.exchange(a, b)
            assert search.owner == [b if w == a else a if w == b else w for w in before]
            assert validate(inst, search.solution()) == []


@settings(max_examples=40, deadline=None)


@given(tiny_instances())


def test_task_search_reports_valid_lines_each_shorter_than_the_last(inst):
    best = brute_force(inst)
    if best is None:
        return
    start = any_line(inst)
    lines = []
    TaskSearch(inst, start, random.Random(0)).run(start.cycle_time - 1, time.monotonic() + 0.3, lines.append,
                                                  lower_bound=best)
    assert all(validate(inst, line) == [] for line in lines)
    values = [start.cycle_time] + [line.cycle_time for line in lines]
    assert values == sorted(set(values), reverse=True) and values[-1] >= best


# Larger lines, generated from a seed (the public benchmark's files stay outside the repository):
# a long line of 19 workers with short tasks, and 11 workers with longer ones.
SHORT_CYCLES = dict(seed=0, tasks=75, workers=19, base=(1, 4))
LONG_CYCLES = dict(seed=0, tasks=60, workers=11, base=(2, 8))


def test_beam_finds_lines_far_shorter_than_the_greedy_start():
    """No deadline: one seeded beam of width 10 at a fixed cycle time, the same search on any machine."""
    inst = generated_instance(**SHORT_CYCLES)
    start = greedy(inst)
    assert start is not None and validate(inst, start) == [] and start.cycle_time > 13
    found = StationBeam(inst).run(13, 10, random.Random(0))
    assert found is not None and validate(inst, found) == [] and found.cycle_time <= 13


@pytest.mark.parametrize("size, beams", [(SHORT_CYCLES, 2), (LONG_CYCLES, 1)])
def test_only_short_lines_get_the_beam_again_after_half_time(monkeypatch, size, beams):
    """A line of C up to LATE_BEAM_UP_TO gets a second beam after CP-SAT stops, below the best line
    and retrying its widest width; a longer one leaves that time to the walk. The second process
    starts from PARALLEL_FROM seconds, lowered here to keep the test short."""
    inst = generated_instance(**size)
    calls = []

    def spy(instance, below, lower_bound, deadline, **options):
        calls.append((below, options.get("retry_widest", False)))
        return improve(instance, below, lower_bound, deadline, **options)

    monkeypatch.setattr(beam_module, "improve", spy)
    monkeypatch.setattr(solver, "PARALLEL_FROM", 6.0)
    solution = solve(inst, time_limit=6)
    assert validate(inst, solution) == []
    assert len(calls) == beams and calls[0] == (None, False)
    if beams == 2:
        below, retry = calls[1]
        assert retry and below <= LATE_BEAM_UP_TO
    else:
        assert solution.cycle_time > LATE_BEAM_UP_TO


def test_task_search_shortens_the_greedy_line():
    inst = generated_instance(**LONG_CYCLES)
    start = greedy(inst)
    lines = []
    # Stops at its first line: the deadline is only a guard, never what the test measures.
    TaskSearch(inst, start, random.Random(1)).run(start.cycle_time - 1, time.monotonic() + 120, lines.append,
                                                  stop=lambda: bool(lines))
    assert lines and validate(inst, lines[0]) == [] and lines[0].cycle_time < start.cycle_time


def greedy_line_shared() -> tuple[Instance, Solution, SharedBest]:
    """A generated instance, its greedy line, and the best-line board holding that line."""
    inst = generated_instance(**LONG_CYCLES)
    start = greedy(inst)
    shared = SharedBest(inst.lower_bound())
    shared.offer(start)
    return inst, start, shared


def test_tabu_search_in_its_own_process_sends_back_valid_shorter_lines():
    inst, start, shared = greedy_line_shared()
    helper = InProcess(inst, start, time.monotonic() + 120, shared, seed=1)
    guard = time.monotonic() + 120  # only against a hang: the loop ends at the first shorter line
    while shared.solution.cycle_time >= start.cycle_time and helper.process.is_alive() and time.monotonic() < guard:
        time.sleep(0.05)
    helper.stop()
    assert not helper.process.is_alive()
    assert shared.solution.cycle_time < start.cycle_time and validate(inst, shared.solution) == []


def test_tabu_search_process_ends_once_another_search_reaches_the_bound():
    inst, start, shared = greedy_line_shared()
    helper = InProcess(inst, start, time.monotonic() + 300, shared, seed=1)
    shared.raise_bound(start.cycle_time)  # as if CP-SAT had just proven the line in hand optimal
    helper.process.join(timeout=60)
    assert not helper.process.is_alive()
    helper.stop()


def test_plan_alwabp_command_prints_a_valid_line_as_json(tmp_path, capsys):
    """`logins-desktop plan alwabp FILE`: the line-balancing command reads the public format."""
    inst = generated_instance(seed=3, tasks=10, workers=3)
    rows = [" ".join("Inf" if t is None else str(t) for t in row) for row in inst.times]
    arcs = [f"{i + 1} {j + 1}" for i, j in inst.arcs]
    path = write(tmp_path, "\n".join([str(inst.tasks), *rows, *arcs, "-1 -1", ""]))
    assert cli.main(["plan", "alwabp", str(path), "--time-limit", "3"]) == 0
    line = json.loads(capsys.readouterr().out)
    task_station = [0] * inst.tasks
    for station in line["stations"]:
        for task in station["tasks"]:
            task_station[task - 1] = station["station"] - 1
    order = [station["worker"] - 1 for station in line["stations"]]
    assert validate(inst, Solution(line["cycle_time"], order, task_station)) == []
    assert line["proven_optimal"] and line["cycle_time"] == brute_force(inst)
