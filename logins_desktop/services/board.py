"""What the team lead's board shows and does: who is here, what work there is, who can do what
(compatible or blocked, with the reasons), assignments, line progress, help calls."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from logins_desktop.domain.compatibility import Verdict, check
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.assignment import (
    AssignmentRefused,
    AssignmentService,
    requirements_of,
    restrictions_of,
)
from logins_desktop.services.auth import initials_of
from logins_desktop.services.insertion import absent_worker_ids
from logins_desktop.services.station import LOW_STOCK_KITS, assignment_cover, kits_done, station_stocks
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Assignment,
    HelpCall,
    MovementKind,
    Order,
    Station,
    StockMovement,
    Task,
    Worker,
    utcnow,
)


@dataclass(frozen=True)
class WorkerCard:
    badge: str
    name: str
    chips: tuple[Message, ...]  # short functional labels, never a diagnosis
    task_code: str | None
    station: str | None
    photo: str | None = None  # file name under resources/photos; the initials are shown without one
    absent: bool = False  # away today (an immersion in a company): not to be assigned; never why

    @property
    def initials(self) -> str:
        return initials_of(self.name)


@dataclass(frozen=True)
class TaskTile:
    code: str
    name: str
    order_ref: str
    done: int
    ordered: int
    workers: tuple[str, ...]  # badges assigned


@dataclass(frozen=True)
class HelpAlert:
    id: uuid.UUID
    station: str
    worker: str
    message: str
    created_at: datetime
    kind: str = "help"  # "quality": a finished kit waits aside for a check


def _chips(r) -> tuple[Message, ...]:
    """Short functional labels, in the reader's language on the board."""
    chips = []
    if r.max_load_kg is not None:
        chips.append(msg("work.chip.load", kg=f"{r.max_load_kg:g}"))
    if r.hands is not None and r.hands.value != "both":
        chips.append(msg("work.chip.one_hand"))
    if r.posture is not None and r.posture.value != "any":
        chips.append(msg("work.restriction.seated" if r.posture.value == "seated" else "work.restriction.standing"))
    if r.overhead_ok is False:
        chips.append(msg("work.chip.arms_low"))
    if r.fine_motor is not None and r.fine_motor.value != "normal":
        chips.append(msg("work.chip.less_fine"))
    if r.max_reps_per_min is not None:
        chips.append(msg("work.chip.reps", reps=f"{r.max_reps_per_min:g}"))
    return tuple(chips)


class BoardService:
    def __init__(self, db: Database, by: str, low_stock_kits: int = LOW_STOCK_KITS):
        self.db = db
        self.by = by
        self.low_stock_kits = low_stock_kits
        self._assign = AssignmentService(db)

    def workers(self) -> list[WorkerCard]:
        with self.db.read() as s:
            rows = s.scalars(select(Worker).where(Worker.active).order_by(Worker.display_name)).all()
            current = {a.worker_id: a for a in s.scalars(select(Assignment).where(Assignment.active))}
            away = absent_worker_ids(s)
            return [WorkerCard(w.badge, w.display_name, _chips(restrictions_of(w)),
                               current[w.id].task.code if w.id in current and current[w.id].task else None,
                               current[w.id].station if w.id in current else None, w.photo, w.id in away)
                    for w in rows]

    def tasks(self) -> list[TaskTile]:
        with self.db.read() as s:
            tiles = []
            for task in s.scalars(select(Task).join(Order, Order.id == Task.order_id)
                                  .where(Order.status.in_(("open", "in_progress"))).order_by(Order.due_date, Task.code)):
                badges = tuple(s.scalars(select(Worker.badge).join(Assignment, Assignment.worker_id == Worker.id)
                                         .where(Assignment.task_id == task.id, Assignment.active)))
                tiles.append(TaskTile(task.code, task.name, task.order.ref, kits_done(s, task.order_id, task.order.product_id),
                                      task.order.quantity, badges))
            return tiles

    def cover_of(self, station: str, order_ref: str) -> list[Message]:
        """Said right after an assignment: what the station's stock covers, and the alert if low."""
        said = assignment_cover(self.db, station, order_ref, self.low_stock_kits)
        return [m for m in said or () if m is not None]

    def stock_alerts(self) -> list[Message]:
        """Stations whose components on hand cover fewer kits than their order needs or the threshold
        ("POSTE-01 : plus de notices pour 4 kits"): the team lead sends a picker before they run out."""
        with self.db.read() as s:
            low = [x for x in station_stocks(s, self.low_stock_kits) if x.alert is not None]
        # Stations that share a line side and an order share the shortage: one alert names them all.
        grouped: dict[tuple, list[str]] = {}
        for x in low:
            grouped.setdefault((x.order_ref, x.covers, x.shortest), []).append(x.station)
        return [msg("station.low_stock_alert", station=", ".join(stations), covers=covers, component=shortest)
                for (_order, covers, shortest), stations in grouped.items()]

    def verdicts(self, badge: str) -> dict[str, Verdict]:
        """Compatible or blocked, with the reasons, for each task: what the board greys out."""
        with self.db.read() as s:
            worker = s.scalars(select(Worker).where(Worker.badge == badge)).one()
            restrictions = restrictions_of(worker)
            tasks = s.scalars(select(Task).where(Task.order_id.is_not(None))).all()
            return {t.code: check(requirements_of(t), restrictions) for t in tasks}

    def assign(self, badge: str, task_code: str):
        """Tap the worker, tap the task. The worker keeps their station, or takes a free one."""
        with self.db.read() as s:
            task = s.scalars(select(Task).where(Task.code == task_code)).one()
            worker = s.scalars(select(Worker).where(Worker.badge == badge)).one()
            if worker.id in absent_worker_ids(s):
                raise AssignmentRefused(msg("insertion.absent_today", name=worker.display_name))
            current = s.scalars(select(Assignment).where(Assignment.worker_id == worker.id, Assignment.active)).first()
            busy = set(s.scalars(select(Assignment.station).where(Assignment.active, Assignment.worker_id != worker.id)))
            stations = [c for c in s.scalars(select(Station.code).order_by(Station.code)) if c not in busy]
            station = current.station if current else (stations[0] if stations else None)
            order_ref = task.order.ref
        if station is None:
            raise AssignmentRefused(msg("assignment.no_free_station"))
        return self._assign.assign(badge, order_ref, station, self.by, task=task_code)

    def hourly_output(self, hours: int = 10, now: datetime | None = None) -> tuple[list[datetime], dict[str, list[int]]]:
        """Kits made per hour on each order's line over the last `hours` hours (local clock hours),
        for the board's chart: the hour starts, and per order reference one count per hour."""
        now = (now or utcnow()).astimezone()
        end = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        starts = [end - timedelta(hours=hours - i) for i in range(hours)]
        counts: dict[str, list[int]] = {}
        with self.db.read() as s:
            rows = s.execute(select(Order.ref, StockMovement.created_at, StockMovement.quantity)
                             .join(Order, Order.id == StockMovement.order_id)
                             .where(StockMovement.kind == MovementKind.PRODUCE.value,
                                    StockMovement.created_at >= starts[0])).all()
        for ref, at, quantity in rows:
            slot = int((at.astimezone() - starts[0]).total_seconds() // 3600)
            if 0 <= slot < hours:
                counts.setdefault(ref, [0] * hours)[slot] += quantity
        return starts, dict(sorted(counts.items()))

    def help_alerts(self) -> list[HelpAlert]:
        with self.db.read() as s:
            rows = s.execute(select(HelpCall.id, HelpCall.station, Worker.display_name, HelpCall.message, HelpCall.created_at,
                                    HelpCall.kind)
                             .outerjoin(Worker, Worker.id == HelpCall.worker_id)
                             .where(HelpCall.acknowledged_at.is_(None)).order_by(HelpCall.created_at)).all()
        return [HelpAlert(i, st, name or "", msg, at, kind) for i, st, name, msg, at, kind in rows]

    def acknowledge(self, call_id: uuid.UUID) -> None:
        with self.db.write() as s:
            call = s.get(HelpCall, call_id)
            call.acknowledged_at, call.acknowledged_by = utcnow(), self.by
            audit.record(s, self.by, "help.acknowledge", "help_call", str(call_id), station=call.station)
