"""Assigning work: every path (CLI, board, planner, import) goes through `assign`, which refuses
what a worker's current functional restrictions rule out, with the reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from logins_desktop.domain.compatibility import Requirements, Restrictions, Verdict, check
from logins_desktop.domain.ergonomics import FineMotor, Hands, Operation, Posture
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.services import audit
from logins_desktop.store.database import Database
from logins_desktop.store.models import Assignment, Order, Station, Task, Worker, WorkerRestriction

STATION_OPERATIONS = (Operation.KIT_ASSEMBLY.value, Operation.PICKING.value)


class AssignmentRefused(DomainError):
    pass


def current_restriction(worker: Worker, today: date | None = None) -> WorkerRestriction | None:
    today = today or date.today()
    valid = [r for r in worker.restrictions
             if r.valid_from <= today and (r.valid_until is None or r.valid_until >= today)]
    return max(valid, key=lambda r: (r.valid_from, r.created_at), default=None)


def restrictions_from(r: WorkerRestriction | None) -> Restrictions:
    if r is None:
        return Restrictions()
    return Restrictions(
        max_load_kg=r.max_load_kg,
        hands=Hands(r.hands) if r.hands else None,
        posture=Posture(r.posture) if r.posture else None,
        overhead_ok=r.overhead_ok,
        fine_motor=FineMotor(r.fine_motor) if r.fine_motor else None,
        max_reps_per_min=r.max_reps_per_min,
        max_continuous_min=r.max_continuous_min,
        unknown=frozenset(f for f in (r.unknown_factors or "").split(",") if f),
    )


def restrictions_of(worker: Worker, today: date | None = None) -> Restrictions:
    return restrictions_from(current_restriction(worker, today))


def requirements_of(task: Task) -> Requirements:
    return Requirements(
        load_kg=task.load_kg, hands_required=task.hands_required, posture=Posture(task.posture),
        overhead_reach=task.overhead_reach, fine_motor=FineMotor(task.fine_motor), reps_per_min=task.reps_per_min,
    )


@dataclass(frozen=True)
class AssignmentResult:
    worker: str  # badge
    order: str
    station: str
    task: str | None  # code
    worker_name: str = ""  # what messages say: people and tasks by their names
    task_name: str | None = None


class AssignmentService:
    def __init__(self, db: Database):
        self._db = db

    def assign(self, badge: str, order_ref: str, station: str, by: str, task: str | None = None) -> AssignmentResult:
        with self._db.write() as s:
            return self.assign_in(s, badge, order_ref, station, by, task)

    def assign_in(self, s: Session, badge: str, order_ref: str, station: str, by: str,
                  task: str | None = None) -> AssignmentResult:
        """Assign to the order's first task the worker can do, or to `task` (its code) if given."""
        worker = s.scalars(select(Worker).where(Worker.badge == badge)).one_or_none()
        if worker is None or not worker.active:
            raise AssignmentRefused(msg("assignment.unknown_badge", badge=badge))
        order = s.scalars(select(Order).where(Order.ref == order_ref)).one_or_none()
        if order is None:
            raise AssignmentRefused(msg("assignment.unknown_order", order=order_ref))
        if order.status in ("done", "cancelled"):
            raise AssignmentRefused(msg("assignment.order_closed", order=order_ref))
        if s.scalars(select(Station).where(Station.code == station)).one_or_none() is None:
            raise AssignmentRefused(msg("assignment.unknown_station", station=station))
        query = select(Task).where(Task.order_id == order.id)
        # A named task (the board) may be any of the order's; by default, the scan-guided ones.
        query = query.where(Task.code == task) if task is not None else query.where(Task.operation.in_(STATION_OPERATIONS))
        tasks = s.scalars(query.order_by(Task.code)).all()
        if task is not None and not tasks:
            raise AssignmentRefused(msg("assignment.task_not_of_order", task=task, order=order_ref))
        restrictions = restrictions_of(worker)
        verdicts: list[tuple[Task, Verdict]] = [(t, check(requirements_of(t), restrictions)) for t in tasks]
        chosen = next((t for t, v in verdicts if v.compatible), None)
        if tasks and chosen is None:
            reasons = [msg("assignment.task_reasons", task=t.name, reasons=list(v.reasons)) for t, v in verdicts]
            audit.record(s, by, "assignment.refused", "worker", badge, order=order_ref, station=station)
            raise AssignmentRefused(msg("assignment.refused", worker=worker.display_name, order=order_ref,
                                        reasons=reasons))
        for previous in s.scalars(select(Assignment).where(Assignment.worker_id == worker.id, Assignment.active)):
            previous.active = False
        s.add(Assignment(worker_id=worker.id, order_id=order.id, task_id=chosen.id if chosen else None,
                         station=station, assigned_by=by))
        audit.record(s, by, "assignment.create", "worker", badge, order=order_ref, station=station,
                     task=chosen.code if chosen else None)
        return AssignmentResult(badge, order_ref, station, chosen.code if chosen else None,
                                worker_name=worker.display_name, task_name=chosen.name if chosen else None)


def active_assignment(s: Session, worker_id) -> Assignment | None:
    return s.scalars(
        select(Assignment).where(Assignment.worker_id == worker_id, Assignment.active)
        .order_by(Assignment.created_at.desc())
    ).first()
