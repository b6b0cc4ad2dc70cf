"""The shift proposal: who does which task in each period of a shift (e.g. 4 × 2 h).

On our floor a task is a post that several people can hold side by side (three people folding
leaflets for the same order), so each present worker holds one task per period, and an order's
line goes as fast as its slowest task: line rate = min over its tasks of the sum, over the people
on that task, of their own units per hour (learned from their task sessions, else the standard).
A line never needs to go faster than what finishes its order within the shift.

Hard rules: only compatible (worker, task) pairs exist in `rates` (the compatibility check ran
before); a worker never stays on repetitive tasks for longer than their maximum continuous minutes
(consecutive periods add up); pins are kept. Soft, in this order: everyone has work; useful output
(weighted by order priority); each period within `tolerance_pct` of the best period's output;
high-strain exposure spread (the most exposed person as low as possible); tasks new to a person
(skills are the point of the job path); fewer changes from the current assignment.

Anytime: a greedy plan is reported first (well under a second), then every better plan CP-SAT
finds, with its bound and gap. `stop` ends the search early.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from logins_desktop.messages import Message, msg


@dataclass(frozen=True)
class ShiftTask:
    code: str
    line: str  # the order it belongs to
    needed_per_hour: float  # what finishes the order's remaining units within the shift
    priority: int = 1  # earlier due date = higher
    repetitive: bool = False
    strain: int = 0  # 0 (light) .. 4 (heavy, standing, overhead, repetitive)


@dataclass(frozen=True)
class ShiftWorker:
    badge: str
    max_continuous_min: float | None = None
    practised: frozenset[str] = frozenset()  # task codes done in recent weeks
    current: str | None = None  # task held now


@dataclass
class ShiftProblem:
    workers: list[ShiftWorker]
    tasks: list[ShiftTask]
    rates: dict[tuple[str, str], float]  # (badge, task code) -> units per hour; compatible pairs only
    period_minutes: list[int] = field(default_factory=lambda: [120, 120, 120, 120])
    pins: dict[str, str] = field(default_factory=dict)  # badge -> task code, every period
    tolerance_pct: float = 10.0


@dataclass
class ShiftPlan:
    periods: list[dict[str, str | None]]  # per period: badge -> task code (None: nothing possible)
    line_rates: list[dict[str, float]]  # per period: line -> units per hour
    output: list[float]  # per period: useful units per hour (capped at what is needed)
    objective: float = 0.0
    bound: float = 0.0
    proven_optimal: bool = False
    seconds: float = 0.0
    source: str = "greedy"  # "greedy" or "cp-sat"
    base: float = 0.0  # the "everyone has work" part of the score, left out of the gap

    @property
    def gap_pct(self) -> float | None:
        """Gap between the plan's score and the solver's bound (None until the solver has a bound)."""
        if self.bound - self.base <= 0:
            return None
        return max(0.0, 100.0 * (self.bound - self.objective) / (self.bound - self.base))


class PlanningError(Exception):
    """No plan: `message` says why (a catalogue message), str() is its French, for logs."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


_SCALE = 10  # rates as tenths of a unit per hour
_EVERYONE = 100_000  # weight of "each person has a task": above everything else


def _allowed(problem: ShiftProblem, worker: ShiftWorker, task: ShiftTask, minutes: int) -> bool:
    if (worker.badge, task.code) not in problem.rates:
        return False
    limit = worker.max_continuous_min
    return not (task.repetitive and limit is not None and minutes > limit)


def _windows(periods: list[int], limit: float) -> list[range]:
    """Runs of consecutive periods longer than `limit` minutes in all (minimal ones)."""
    out = []
    for a in range(len(periods)):
        total = 0
        for b in range(a, len(periods)):
            total += periods[b]
            if total > limit:
                if b > a:
                    out.append(range(a, b + 1))
                break
    return out


def line_rates(problem: ShiftProblem, assignment: dict[str, str | None]) -> dict[str, float]:
    by_task: dict[str, float] = {t.code: 0.0 for t in problem.tasks}
    for badge, code in assignment.items():
        if code is not None:
            by_task[code] += problem.rates[(badge, code)]
    lines: dict[str, float] = {}
    for t in problem.tasks:
        lines[t.line] = min(lines.get(t.line, float("inf")), by_task[t.code])
    return lines


def _output(problem: ShiftProblem, rates: dict[str, float]) -> float:
    needed: dict[str, float] = {}
    for t in problem.tasks:
        needed[t.line] = t.needed_per_hour
    return sum(min(r, needed[line]) for line, r in rates.items())


def validate(problem: ShiftProblem, plan: ShiftPlan) -> list[Message]:
    """Every hard rule a plan breaks (empty: valid). Run on every plan before it is shown."""
    problems = []
    tasks = {t.code: t for t in problem.tasks}
    workers = {w.badge: w for w in problem.workers}
    for p, assignment in enumerate(plan.periods):
        for badge, code in assignment.items():
            if code is None:
                continue
            if not _allowed(problem, workers[badge], tasks[code], problem.period_minutes[p]):
                problems.append(msg("planning.cannot_hold", period=p + 1, worker=badge, task=code))
    for badge, code in problem.pins.items():
        if any(a.get(badge) != code for a in plan.periods):
            problems.append(msg("planning.must_stay", worker=badge, task=code))
    for w in problem.workers:
        if w.max_continuous_min is None:
            continue
        for window in _windows(problem.period_minutes, w.max_continuous_min):
            if _all_repetitive(tasks, [plan.periods[p].get(w.badge) for p in window]):
                problems.append(msg("planning.too_long_repetitive", worker=w.badge, minutes=w.max_continuous_min))
    return problems


def _all_repetitive(tasks: dict[str, ShiftTask], codes: list[str | None]) -> bool:
    """Whether a person holds a repetitive task in every period of a window (too long in a row)."""
    return all(c is not None and tasks[c].repetitive for c in codes)


def _finish(problem: ShiftProblem, periods: list[dict[str, str | None]], **kw) -> ShiftPlan:
    rates = [line_rates(problem, a) for a in periods]
    return ShiftPlan(periods, rates, [_output(problem, r) for r in rates], **kw)


def score(problem: ShiftProblem, periods: list[dict[str, str | None]]) -> float:
    """The plan's value in the terms the CP-SAT model maximises (same weights, same rounding), so
    that the solver can be told to beat the greedy start and never shows a worse plan."""
    return _Score(problem, periods).value()


class _Score:
    """`score`, kept up to date as the local search changes one person's task at a time: a change
    recounts only the lines it touches in its own period (the whole plan was re-scored for every
    move before)."""

    def __init__(self, problem: ShiftProblem, periods: list[dict[str, str | None]]):
        self.problem, self.periods = problem, periods
        self.tasks = {t.code: t for t in problem.tasks}
        self.needed = {t.line: int(round(t.needed_per_hour * _SCALE)) for t in problem.tasks}
        self.priority = {t.line: t.priority for t in problem.tasks}
        self.rate = {key: int(round(r * _SCALE)) for key, r in problem.rates.items()}
        self.on_task = [{code: 0 for code in self.tasks} for _ in periods]  # scaled units/h per task
        self.exposure = {w.badge: 0 for w in problem.workers}
        self.held: dict[tuple[str, str], int] = {}  # (badge, code) -> periods held
        self.assigned = self.new_skills = 0
        self.new_to = {(w.badge, code) for w in problem.workers for code in self.tasks if code not in w.practised}
        self.current = {w.badge: w.current for w in problem.workers if w.current}
        self.line_tasks: dict[str, list[str]] = {}
        for t in problem.tasks:
            self.line_tasks.setdefault(t.line, []).append(t.code)
        for p, assignment in enumerate(periods):
            for badge, code in assignment.items():
                self._count(p, badge, code, 1)
        self.line_rate = [{line: self._line_rate(p, line) for line in self.line_tasks} for p in range(len(periods))]
        self.outputs = [sum(self.priority[line] * r for line, r in rates.items()) for rates in self.line_rate]

    def _count(self, p: int, badge: str, code: str | None, sign: int) -> None:
        if code is None:
            return
        self.on_task[p][code] += sign * self.rate[badge, code]
        self.exposure[badge] += sign * self.problem.period_minutes[p] * self.tasks[code].strain
        self.assigned += sign
        before = self.held.get((badge, code), 0)
        self.held[badge, code] = before + sign
        if (badge, code) in self.new_to and (before == 0) != (before + sign == 0):
            self.new_skills += sign

    def _line_rate(self, p: int, line: str) -> int:
        """A line goes as fast as its slowest task, and no faster than its order needs."""
        return min(self.needed[line], min(self.on_task[p][code] for code in self.line_tasks[line]))

    def set(self, p: int, badge: str, code: str | None) -> None:
        """Give `badge` task `code` (None: no task) in period p, in the plan and in the score."""
        before = self.periods[p].get(badge)
        self._count(p, badge, before, -1)
        self.periods[p][badge] = code
        self._count(p, badge, code, 1)
        for line in {self.tasks[c].line for c in (before, code) if c is not None}:
            rate = self._line_rate(p, line)
            self.outputs[p] += self.priority[line] * (rate - self.line_rate[p][line])
            self.line_rate[p][line] = rate

    def value(self) -> float:
        best = max(self.outputs, default=0)
        factor = int(100 - self.problem.tolerance_pct)
        shortfall = sum(max(0, -(-(factor * best - 100 * out) // 100)) for out in self.outputs)
        exposure = max(self.exposure.values(), default=0)
        first = self.periods[0] if self.periods else {}
        kept = sum(1 for badge, code in self.current.items() if first.get(badge) == code)
        return _weighted(self.assigned, sum(self.outputs), shortfall, exposure, self.new_skills, kept)


def _weighted(assigned, output, shortfall, exposure, new_skills, kept):
    """The objective's weights, in one place for `score` (numbers) and the model (expressions)."""
    return _EVERYONE * assigned + 100 * output - 300 * shortfall - exposure + 200 * new_skills + 50 * kept


def greedy_plan(problem: ShiftProblem) -> ShiftPlan:
    """A valid plan at once, period by period (`_fill_period`)."""
    periods: list[dict[str, str | None]] = []
    for minutes in problem.period_minutes:
        periods.append(_fill_period(problem, minutes, periods[-1] if periods else {}))
    plan = _finish(problem, periods)
    problems = validate(problem, plan)
    if problems:  # a pin may make the greedy order fail: drop to the CP-SAT model
        raise PlanningError(msg("planning.broken_rules", problems=problems))
    return plan


def _fill_period(problem: ShiftProblem, minutes: int, previous: dict[str, str | None]) -> dict[str, str | None]:
    """One period of the greedy plan. A line makes nothing until each of its tasks has someone, so:
    pins first; then lines are opened one by one, the most urgent first (priority × need), each
    empty task taking the fastest free person who may do it (the scarcest task chooses first); then
    everyone left goes where they add the most useful output, or else to the task that lags most
    behind its need. Spreading people by lag alone, as before, left most lines one person short:
    20 random shifts of 20 people made 1 208 useful units per hour in all, against 29 068 now.
    A repetitive task right after a repetitive one is avoided for people with a continuous-time
    limit."""
    tasks = problem.tasks
    repetitive = {t.code for t in tasks if t.repetitive}
    needed = {t.line: t.needed_per_hour for t in tasks}
    priority = {t.line: t.priority for t in tasks}
    line_tasks: dict[str, list[ShiftTask]] = {}
    for t in tasks:
        line_tasks.setdefault(t.line, []).append(t)
    assignment: dict[str, str | None] = {}
    by_task = {t.code: 0.0 for t in tasks}

    def may(w: ShiftWorker, t: ShiftTask) -> bool:
        if not _allowed(problem, w, t, minutes):
            return False
        return not (t.repetitive and w.max_continuous_min is not None and previous.get(w.badge) in repetitive)

    def put(w: ShiftWorker, t: ShiftTask) -> None:
        assignment[w.badge] = t.code
        by_task[t.code] += problem.rates[(w.badge, t.code)]

    def useful(line: str, extra: tuple[str, float] = ("", 0.0)) -> float:
        rate = min(by_task[t.code] + (extra[1] if extra[0] == t.code else 0.0) for t in line_tasks[line])
        return priority[line] * min(rate, needed[line])

    for w in problem.workers:
        if w.badge in problem.pins:
            put(w, next(t for t in tasks if t.code == problem.pins[w.badge]))
    free = [w for w in problem.workers if w.badge not in problem.pins]
    for line in sorted(line_tasks, key=lambda ln: -priority[ln] * needed[ln]):
        empty = [t for t in line_tasks[line] if by_task[t.code] == 0]
        empty.sort(key=lambda t: sum(1 for w in free if may(w, t)))
        picks, left = [], list(free)
        for t in empty:
            capable = [w for w in left if may(w, t)]
            if not capable:
                break
            w = max(capable, key=lambda w, t=t: problem.rates[(w.badge, t.code)])
            picks.append((w, t))
            left.remove(w)
        else:
            for w, t in picks:
                put(w, t)
            free = left
    # The least versatile first, so that they are not left with nothing.
    free.sort(key=lambda w: sum(1 for t in tasks if (w.badge, t.code) in problem.rates))
    for w in free:
        best, best_key = None, None
        for t in tasks:
            if not may(w, t):
                continue
            gain = useful(t.line, (t.code, problem.rates[(w.badge, t.code)])) - useful(t.line)
            key = (-gain, by_task[t.code] / max(t.needed_per_hour, 0.1), -t.priority, t.strain)
            if best_key is None or key < best_key:
                best, best_key = t, key
        if best is None:
            assignment[w.badge] = None
        else:
            put(w, best)
    return assignment


def improve(problem: ShiftProblem, plan: ShiftPlan, deadline: float, stop: threading.Event | None = None,
            on_plan: Callable[[ShiftPlan], None] | None = None) -> ShiftPlan:
    """Local search from `plan`: move one person to another task in one period, or swap two people's
    tasks in a period, whenever that raises `score` and breaks no hard rule; until no move helps,
    the deadline, or `stop`. Each pass that found a better plan sends it to `on_plan`."""
    tasks = {t.code: t for t in problem.tasks}
    movable = {w.badge: w for w in problem.workers if w.badge not in problem.pins}
    options = {b: [c for c in tasks if (b, c) in problem.rates] for b in movable}
    windows = {b: _windows(problem.period_minutes, w.max_continuous_min) for b, w in movable.items()
               if w.max_continuous_min is not None}
    periods = [dict(a) for a in plan.periods]
    scored = _Score(problem, periods)
    best = reported = scored.value()

    def allowed(badge: str, p: int) -> bool:
        """Whether what `badge` now holds in period p keeps the hard rules."""
        code = periods[p][badge]
        if not _allowed(problem, movable[badge], tasks[code], problem.period_minutes[p]):
            return False
        return not any(p in window and _all_repetitive(tasks, [periods[q].get(badge) for q in window])
                       for window in windows.get(badge, ()))

    def out_of_time() -> bool:
        return time.monotonic() >= deadline or (stop is not None and stop.is_set())

    improved = True
    while improved and not out_of_time():
        improved = False
        for p, assignment in enumerate(periods):
            for badge in movable:
                if out_of_time():
                    break
                here = assignment.get(badge)
                for code in options[badge]:  # move
                    if code == here:
                        continue
                    scored.set(p, badge, code)
                    value = scored.value() if allowed(badge, p) else best
                    if value > best:
                        best, here, improved = value, code, True
                    else:
                        scored.set(p, badge, here)
                for other in movable:  # swap
                    there = assignment.get(other)
                    if other <= badge or here is None or there is None or there == here:
                        continue
                    if (other, here) not in problem.rates or (badge, there) not in problem.rates:
                        continue
                    scored.set(p, badge, there)
                    scored.set(p, other, here)
                    value = scored.value() if allowed(badge, p) and allowed(other, p) else best
                    if value > best:
                        best, here, improved = value, there, True
                    else:
                        scored.set(p, badge, here)
                        scored.set(p, other, there)
        if best > reported and on_plan is not None:
            reported = best
            on_plan(_checked(problem, _finish(problem, [dict(a) for a in periods], objective=best, source="local")))
    return _checked(problem, _finish(problem, periods, objective=best, source="local"))


def _checked(problem: ShiftProblem, plan: ShiftPlan) -> ShiftPlan:
    problems = validate(problem, plan)
    if problems:  # never show a plan that breaks a rule
        raise PlanningError(msg("planning.broken_rules", problems=problems))
    return plan


def _solve_stoppable(solver: cp_model.CpSolver, model: cp_model.CpModel, reporter, stop: threading.Event | None):
    """Solve, ending within ~50 ms of `stop` being set even while no new solution comes (the
    reporter alone would only see it at the next solution)."""
    if stop is None:
        return solver.Solve(model, reporter)
    solved = threading.Event()

    def watch() -> None:
        while not solved.wait(0.05):
            if stop.is_set():
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True, name="shift-stop")
    watcher.start()
    try:
        return solver.Solve(model, reporter)
    finally:
        solved.set()
        watcher.join()


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, read: Callable[[cp_model.CpSolverSolutionCallback], ShiftPlan],
                 on_plan: Callable[[ShiftPlan], None] | None, stop: threading.Event | None):
        super().__init__()
        self._read, self._on_plan, self._stop = read, on_plan, stop
        self.last: ShiftPlan | None = None

    def on_solution_callback(self) -> None:
        self.last = self._read(self)
        if self._on_plan is not None:
            self._on_plan(self.last)
        if self._stop is not None and self._stop.is_set():
            self.StopSearch()


def plan_shift(problem: ShiftProblem, time_limit: float = 10.0, on_plan: Callable[[ShiftPlan], None] | None = None,
               stop: threading.Event | None = None, workers: int = 2, greedy_start: bool = True) -> ShiftPlan:
    """The best plan found within the time limit; every plan found on the way goes to `on_plan`.
    `greedy_start=False` leaves CP-SAT alone (the benchmark's baseline)."""
    started = time.monotonic()
    for badge, code in problem.pins.items():
        if (badge, code) not in problem.rates:
            raise PlanningError(msg("planning.pinned_forbidden", worker=badge, task=code))
    start: ShiftPlan | None = None
    try:
        if greedy_start:
            start = greedy_plan(problem)
            start.seconds = time.monotonic() - started
            if on_plan is not None:
                on_plan(start)
    except PlanningError:
        start = None
    if start is not None:
        # Half the time at most: the local search usually stops sooner, at a plan no single move or
        # swap improves; CP-SAT then looks for a better one and proves the bound.
        start = improve(problem, start, started + time_limit / 2, stop, on_plan)
        if stop is not None and stop.is_set():
            start.seconds = time.monotonic() - started
            return start

    tasks, workers_ = problem.tasks, problem.workers
    periods = range(len(problem.period_minutes))
    lines = sorted({t.line for t in tasks})
    needed = {t.line: int(round(t.needed_per_hour * _SCALE)) for t in tasks}
    priority = {t.line: t.priority for t in tasks}
    m = cp_model.CpModel()
    x: dict[tuple[int, str, str], cp_model.IntVar] = {}
    for p in periods:
        for w in workers_:
            for t in tasks:
                if _allowed(problem, w, t, problem.period_minutes[p]):
                    x[p, w.badge, t.code] = m.NewBoolVar(f"x{p}_{w.badge}_{t.code}")
    assigned = []
    for p in periods:
        for w in workers_:
            mine = [v for (pp, b, _), v in x.items() if pp == p and b == w.badge]
            if mine:
                m.AddAtMostOne(mine)
                assigned.extend(mine)
            if w.badge in problem.pins:
                key = (p, w.badge, problem.pins[w.badge])
                if key not in x:
                    raise PlanningError(msg("planning.cannot_stay", worker=w.badge, task=problem.pins[w.badge], period=p + 1))
                m.Add(x[key] == 1)
    repetitive = {t.code for t in tasks if t.repetitive}
    for w in workers_:
        if w.max_continuous_min is None:
            continue
        for window in _windows(problem.period_minutes, w.max_continuous_min):
            m.Add(sum(x[p, w.badge, c] for p in window for c in repetitive if (p, w.badge, c) in x) <= len(window) - 1)
    outputs = []
    line_rate: dict[tuple[int, str], cp_model.IntVar] = {}
    for p in periods:
        for line in lines:
            y = m.NewIntVar(0, needed[line], f"y{p}_{line}")  # useful rate, capped at the need
            line_rate[p, line] = y
            for t in tasks:
                if t.line != line:
                    continue
                m.Add(y <= sum(int(round(problem.rates[b, t.code] * _SCALE)) * v
                               for (pp, b, c), v in x.items() if pp == p and c == t.code))
        out = m.NewIntVar(0, sum(needed[line] * priority[line] for line in lines), f"out{p}")
        m.Add(out == sum(priority[line] * line_rate[p, line] for line in lines))
        outputs.append(out)
    best_out = m.NewIntVar(0, sum(needed[line] * priority[line] for line in lines), "best")
    m.AddMaxEquality(best_out, outputs)
    shortfall = []
    for p in periods:
        s = m.NewIntVar(0, sum(needed.values()) * max(priority.values(), default=1), f"short{p}")
        m.Add(100 * s >= int(100 - problem.tolerance_pct) * best_out - 100 * outputs[p])
        shortfall.append(s)
    exposure_max = m.NewIntVar(0, 10 ** 6, "exposure")
    strain = {t.code: t.strain for t in tasks}
    for w in workers_:
        m.Add(exposure_max >= sum(problem.period_minutes[p] * strain[c] * v
                                  for (p, b, c), v in x.items() if b == w.badge))
    new_skills = []
    for w in workers_:
        for t in tasks:
            if t.code in w.practised:
                continue
            held = [x[p, w.badge, t.code] for p in periods if (p, w.badge, t.code) in x]
            if held:
                v = m.NewBoolVar(f"new_{w.badge}_{t.code}")
                m.AddBoolOr(held).OnlyEnforceIf(v)
                new_skills.append(v)
    kept = [x[0, w.badge, w.current] for w in workers_ if w.current and (0, w.badge, w.current) in x]
    base = _EVERYONE * sum(1 for p in periods for w in workers_ if any(k[0] == p and k[1] == w.badge for k in x))
    objective = _weighted(sum(assigned), sum(outputs), sum(shortfall), exposure_max, sum(new_skills), sum(kept))
    m.Maximize(objective)
    if start is not None:
        # Only plans better than the one already on screen (scored by `improve`) are worth reporting.
        start.base = base
        m.Add(objective >= int(start.objective) + 1)
        for (p, b, c), v in x.items():
            m.AddHint(v, start.periods[p].get(b) == c)

    def read(cb) -> ShiftPlan:
        plan = [{w.badge: None for w in workers_} for _ in periods]
        for (p, b, c), v in x.items():
            if cb.Value(v):
                plan[p][b] = c
        return _finish(problem, plan, objective=cb.ObjectiveValue(), bound=cb.BestObjectiveBound(),
                       seconds=time.monotonic() - started, source="cp-sat", base=base)

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit - (time.monotonic() - started))
    solver.parameters.num_workers = workers
    reporter = _Reporter(read, on_plan, stop)
    status = _solve_stoppable(solver, m, reporter, stop)
    if reporter.last is None:
        if start is not None:  # nothing better than the greedy start; the bound still says how far
            start.proven_optimal = status == cp_model.INFEASIBLE
            start.bound = start.objective if start.proven_optimal else max(start.objective, solver.BestObjectiveBound())
            start.seconds = time.monotonic() - started
            return start
        if status == cp_model.INFEASIBLE:
            raise PlanningError(msg("planning.infeasible"))
        raise PlanningError(msg("planning.no_plan_in_time"))
    best = reporter.last
    best.bound = solver.BestObjectiveBound()
    best.proven_optimal = status == cp_model.OPTIMAL
    best.seconds = time.monotonic() - started
    return _checked(problem, best)
