"""The shift planner: every plan it shows keeps the hard rules (forbidden pairs, pins, maximum
continuous minutes on repetitive work), a first plan comes at once, and the solver improves on it."""

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logins_desktop.planning.shift import (
    PlanningError,
    ShiftPlan,
    ShiftProblem,
    ShiftTask,
    ShiftWorker,
    greedy_plan,
    plan_shift,
    validate,
)
from tests.shift_problems import random_problem


def test_forbidden_pairs_and_repetition_limits_hold_in_every_plan_reported():
    problem = random_problem(1, workers=10, tasks=20, lines=6)
    seen: list[ShiftPlan] = []
    best = plan_shift(problem, time_limit=3, on_plan=seen.append)
    assert seen[0].source == "greedy" and seen[-1] is not seen[0]
    for plan in seen + [best]:
        assert validate(problem, plan) == []
        for assignment in plan.periods:
            for badge, code in assignment.items():
                assert code is None or (badge, code) in problem.rates
    # CP-SAT's best is at least as useful as the greedy start, period by period in total.
    assert sum(best.output) >= sum(seen[0].output) - 1e-6
    assert best.gap_pct is not None and best.gap_pct >= 0


def test_repetitive_work_never_runs_past_the_persons_limit():
    tasks = [ShiftTask("REP", "CMD-A", 100, repetitive=True), ShiftTask("CALM", "CMD-B", 100)]
    worker = ShiftWorker("B1", max_continuous_min=180)  # 2 h periods: never two in a row on REP
    problem = ShiftProblem([worker], tasks, {("B1", "REP"): 200.0, ("B1", "CALM"): 10.0})
    plan = plan_shift(problem, time_limit=2)
    codes = [a["B1"] for a in plan.periods]
    assert all(not (a == "REP" and b == "REP") for a, b in zip(codes, codes[1:], strict=False))
    assert "REP" in codes  # it is still the more useful task, taken whenever allowed
    short = ShiftProblem([ShiftWorker("B1", max_continuous_min=60)], tasks, problem.rates)
    assert all(a["B1"] == "CALM" for a in plan_shift(short, time_limit=2).periods)  # 2 h > 60 min


def test_pins_are_kept_and_a_forbidden_pin_is_refused_in_french():
    problem = random_problem(2, workers=8, tasks=12, lines=4)
    badge = problem.workers[0].badge
    allowed = next(c for (b, c) in problem.rates if b == badge)
    problem.pins = {badge: allowed}
    plan = plan_shift(problem, time_limit=2)
    assert all(a[badge] == allowed for a in plan.periods)
    forbidden = next(t.code for t in problem.tasks if (badge, t.code) not in problem.rates)
    problem.pins = {badge: forbidden}
    with pytest.raises(PlanningError, match="interdite"):
        plan_shift(problem, time_limit=1)


def test_a_shift_of_20_people_and_60_tasks_has_a_valid_plan_at_once_and_can_be_stopped():
    problem = random_problem(3)
    seen: list[ShiftPlan] = []
    stop = threading.Event()

    def on_plan(plan):
        seen.append(plan)
        if len(seen) >= 3:
            stop.set()

    best = plan_shift(problem, time_limit=30, on_plan=on_plan, stop=stop)
    assert seen[0].source == "greedy" and validate(problem, seen[0]) == []
    assert best.seconds < 30  # stopped, not timed out
    assert all(code is not None for a in best.periods for code in a.values())  # everyone has work


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000))
def test_greedy_plans_are_valid(seed):
    problem = random_problem(seed, workers=6, tasks=9, lines=3)
    assert validate(problem, greedy_plan(problem)) == []
