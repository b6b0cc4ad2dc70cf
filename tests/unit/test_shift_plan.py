"""The shift planner: every plan it shows keeps the hard rules (forbidden pairs, pins, maximum
continuous minutes on repetitive work), a first plan comes at once, and the solver improves on it."""

import random
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logins_desktop.planning.shift import (
    PlanningError,
    ShiftPlan,
    ShiftProblem,
    ShiftTask,
    ShiftWorker,
    _Score,
    greedy_plan,
    improve,
    plan_shift,
    score,
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
    # Each plan reported after the greedy start is better than it, in the solver's own terms.
    start = score(problem, seen[0].periods)
    assert all(score(problem, plan.periods) > start for plan in seen[1:])
    assert score(problem, best.periods) >= start
    assert best.gap_pct is not None and best.gap_pct >= 0


def test_the_python_score_is_the_models_objective():
    """`score` mirrors the CP-SAT objective: at a proven optimum (every rate tight) they agree, and
    the greedy start is never scored above what the solver then proves best."""
    for seed in range(3):
        problem = random_problem(seed, workers=4, tasks=6, lines=2)
        problem.period_minutes = [120, 120]
        best = plan_shift(problem, time_limit=20)
        assert best.proven_optimal
        assert score(problem, best.periods) == pytest.approx(best.bound)
        assert score(problem, greedy_plan(problem).periods) <= best.bound


def test_greedy_opens_whole_lines():
    """A line makes nothing until every one of its tasks has someone: with three people and two
    three-task lines, the greedy start staffs one line fully rather than half of each."""
    tasks = [ShiftTask(f"{line}{i}", line, 50, priority=2 if line == "A" else 1) for line in "AB" for i in range(3)]
    workers = [ShiftWorker(f"B{i}") for i in range(3)]
    problem = ShiftProblem(workers, tasks, {(w.badge, t.code): 40.0 for w in workers for t in tasks},
                           period_minutes=[120])
    plan = greedy_plan(problem)
    assert sorted(plan.periods[0].values()) == ["A0", "A1", "A2"]
    assert plan.output == [40.0]


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
    with pytest.raises(PlanningError) as refused:
        plan_shift(problem, time_limit=1)
    assert refused.value.message.id == "planning.pinned_forbidden"


def test_a_shift_of_20_people_and_60_tasks_has_a_valid_plan_at_once_and_can_be_stopped():
    problem = random_problem(3)
    seen: list[ShiftPlan] = []
    stop = threading.Event()

    def on_plan(plan):
        seen.append(plan)
        if len(seen) >= 2:  # the greedy start and one improvement
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


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000))
def test_local_search_keeps_the_rules_and_never_scores_lower(seed):
    problem = random_problem(seed, workers=6, tasks=9, lines=3)
    problem.pins = {problem.workers[0].badge: next(c for (b, c) in problem.rates if b == problem.workers[0].badge)}
    try:
        start = greedy_plan(problem)
    except PlanningError:  # the pin made the greedy order fail; plan_shift then goes to CP-SAT
        return
    reported: list[ShiftPlan] = []
    better = improve(problem, start, time.monotonic() + 5, on_plan=reported.append)
    assert validate(problem, better) == [] and all(validate(problem, plan) == [] for plan in reported)
    assert score(problem, better.periods) >= score(problem, start.periods)
    values = [score(problem, plan.periods) for plan in reported]
    assert values == sorted(values) and all(v > score(problem, start.periods) for v in values)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000))
def test_score_kept_up_to_date_move_by_move_equals_scoring_the_plan_afresh(seed):
    problem = random_problem(seed % 7, workers=8, tasks=12, lines=4)
    rng = random.Random(seed)
    periods = [dict(a) for a in greedy_plan(problem).periods]
    scored = _Score(problem, periods)
    for _ in range(60):
        p, badge = rng.randrange(len(periods)), rng.choice(problem.workers).badge
        allowed = [t.code for t in problem.tasks if (badge, t.code) in problem.rates]
        scored.set(p, badge, rng.choice(allowed + [None]))
        assert scored.value() == score(problem, [dict(a) for a in periods])
