"""The board's "Proposer": builds the shift problem from the database (who is here, open orders and
their tasks, each person's own pace learned from task sessions, restrictions), runs the anytime
planner, and applies a proposal — all of it or one move — through the same assignment path as a tap.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select

from logins_desktop.domain.compatibility import check
from logins_desktop.domain.ergonomics import Posture
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg
from logins_desktop.planning.shift import (
    PlanningError,
    ShiftPlan,
    ShiftProblem,
    ShiftTask,
    ShiftWorker,
    plan_shift,
)
from logins_desktop.services.assignment import (
    AssignmentRefused,
    requirements_of,
    restrictions_of,
)
from logins_desktop.services.board import BoardService
from logins_desktop.services.insertion import absent_worker_ids
from logins_desktop.services.station import active_seconds
from logins_desktop.settings import PlanningSettings
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Assignment,
    MovementKind,
    Order,
    StockMovement,
    Task,
    TaskSession,
    Worker,
    utcnow,
)

HISTORY = timedelta(weeks=8)  # own pace and practised tasks come from this far back
MIN_LEARNED_SECONDS = 600  # below ten minutes of work on a task, the standard time is used


def strain_of(task: Task, repetitive: bool) -> int:
    """0..4: heavy load, standing, arms overhead, repetitive — each adds one."""
    return (int(task.load_kg >= 8) + int(task.posture == Posture.STANDING.value) + int(task.overhead_reach)
            + int(repetitive))


@dataclass(frozen=True)
class Move:
    badge: str
    name: str
    now: str | None  # task code held now
    proposed: str | None  # task code in the first period
    # What the board shows: the tasks' names (a code is for the database, not for people).
    now_name: str | None = None
    proposed_name: str | None = None
    later: tuple[str | None, ...] = field(default=())  # task names of the periods after the first


@dataclass(frozen=True)
class Proposal:
    """One plan of the search, ready for the screen: the problem it solves and its moves."""

    problem: ShiftProblem
    plan: ShiftPlan
    moves: list[Move]


class ShiftPlanService:
    def __init__(self, db: Database, by: str, settings: PlanningSettings | None = None):
        self._db = db
        self._board = BoardService(db, by)
        self.settings = settings or PlanningSettings()

    def problem(self, pins: dict[str, str] | None = None) -> ShiftProblem:
        periods = list(self.settings.period_minutes)
        hours = sum(periods) / 60
        since = utcnow() - HISTORY
        with self._db.read() as s:
            away = absent_worker_ids(s)  # on an immersion today: never planned
            workers = [w for w in s.scalars(select(Worker).where(Worker.active).order_by(Worker.display_name))
                       if w.id not in away]
            tasks = s.scalars(select(Task).join(Order, Order.id == Task.order_id)
                              .where(Order.status.in_(("open", "in_progress"))).order_by(Order.due_date, Task.code)).all()
            done = dict(s.execute(select(StockMovement.order_id, func.sum(StockMovement.quantity))
                                  .where(StockMovement.kind == MovementKind.PRODUCE.value)
                                  .group_by(StockMovement.order_id)).all())
            current = {a.worker_id: a.task.code for a in s.scalars(select(Assignment).where(Assignment.active))
                       if a.task is not None}
            worked: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0])  # (worker, task) -> [units, s]
            for session in s.scalars(select(TaskSession).where(TaskSession.started_at >= since,
                                                               TaskSession.ended_at.is_not(None),
                                                               TaskSession.task_id.is_not(None))):
                acc = worked[session.worker_id, session.task_id]
                acc[0] += session.units
                acc[1] += active_seconds(session, session.ended_at)
            due_dates = sorted({t.order.due_date for t in tasks if t.order.due_date})
            shift_tasks = []
            for t in tasks:
                remaining = max(0, t.order.quantity - int(done.get(t.order_id) or 0))
                rank = due_dates.index(t.order.due_date) if t.order.due_date in due_dates else len(due_dates)
                repetitive = t.reps_per_min >= self.settings.repetitive_reps_per_min
                shift_tasks.append(ShiftTask(
                    code=t.code, line=t.order.ref, needed_per_hour=remaining / hours,
                    priority=max(1, 3 - rank), repetitive=repetitive, strain=strain_of(t, repetitive)))
            shift_workers, rates = [], {}
            for w in workers:
                restrictions = restrictions_of(w)
                practised = frozenset(t.code for t in tasks if worked.get((w.id, t.id), [0, 0])[1] > 0)
                shift_workers.append(ShiftWorker(
                    w.badge, restrictions.max_continuous_min, practised, current.get(w.id)))
                for t in tasks:
                    if not check(requirements_of(t), restrictions).compatible:
                        continue  # the planner never sees a forbidden pair
                    units, seconds = worked.get((w.id, t.id), (0.0, 0.0))
                    if seconds >= MIN_LEARNED_SECONDS and units > 0:
                        rates[w.badge, t.code] = units / (seconds / 3600)
                    else:
                        rates[w.badge, t.code] = 3600 / max(t.standard_seconds_per_unit, 1.0)
        return ShiftProblem(shift_workers, shift_tasks, rates, periods, dict(pins or {}),
                            self.settings.tolerance_pct)

    def task_names(self) -> dict[str, str]:
        with self._db.read() as s:
            return dict(s.execute(select(Task.code, Task.name)).all())

    def moves(self, problem: ShiftProblem, plan: ShiftPlan, names: tuple[dict, dict] | None = None) -> list[Move]:
        people, tasks = names or ({c.badge: c.name for c in self._board.workers()}, self.task_names())

        def task(code: str | None) -> str | None:
            return None if code is None else tasks.get(code, code)

        return [Move(w.badge, people.get(w.badge, w.badge), w.current, plan.periods[0].get(w.badge),
                     task(w.current), task(plan.periods[0].get(w.badge)),
                     tuple(task(period.get(w.badge)) for period in plan.periods[1:]))
                for w in problem.workers]

    def search(self, pins: dict[str, str] | None = None, on_plan: Callable[[Proposal], None] | None = None,
               stop: threading.Event | None = None) -> Proposal:
        """Build the problem and run the anytime planner for [planning] search_seconds (or until
        `stop` is set); each better plan goes to `on_plan` (called on the calling thread), the best
        one is returned. A plan that cannot be made is a DomainError in words."""
        try:
            problem = self.problem(pins=pins)
            names = ({c.badge: c.name for c in self._board.workers()}, self.task_names())

            def proposal(plan: ShiftPlan) -> Proposal:
                return Proposal(problem, plan, self.moves(problem, plan, names))

            callback = None if on_plan is None else (lambda plan: on_plan(proposal(plan)))
            return proposal(plan_shift(problem, self.settings.search_seconds, callback, stop))
        except PlanningError as exc:
            raise DomainError(exc.message) from exc

    def current(self, proposal: Proposal) -> Proposal:
        """The same plan against what people hold now (after some moves were applied)."""
        problem = self.problem(pins=proposal.problem.pins)
        return Proposal(problem, proposal.plan, self.moves(problem, proposal.plan))

    def apply(self, moves: list[Move]) -> list[Message]:
        """Apply the first period's moves (the ones that change something). Each goes through the
        board's assignment, so the compatibility check guards it again. Returns what was refused."""
        refused = []
        for move in moves:
            if move.proposed is None or move.proposed == move.now:
                continue
            try:
                self._board.assign(move.badge, move.proposed)
            except AssignmentRefused as exc:
                refused.append(msg("planning.move_refused", worker=move.name, reason=exc.message or str(exc)))
        return refused
