"""Read-only overviews for the role home screens: orders in progress, workers and their restrictions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.auth import PERSONAL_DATA_ROLES, SignedIn, require_role
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Customer,
    MovementKind,
    Order,
    OrderStatus,
    Product,
    StockMovement,
    Worker,
    WorkerRestriction,
)


@dataclass(frozen=True)
class OrderLine:
    ref: str
    customer: str
    product: str
    quantity: int
    done: int
    due_date: date | None
    status: Message


@dataclass(frozen=True)
class WorkerLine:
    badge: str
    name: str
    contract_start: date | None
    contract_end: date | None
    restrictions: Message | str  # a summary (catalogue message); "" = none


def describe_restriction(r: WorkerRestriction | None) -> Message | str:
    if r is None:
        return ""
    parts = []
    if r.max_load_kg is not None:
        parts.append(msg("work.restriction.load", kg=r.max_load_kg))
    if r.hands in ("left", "right"):
        parts.append(msg(f"work.restriction.{r.hands}_hand"))
    if r.posture in ("seated", "standing"):
        parts.append(msg(f"work.restriction.{r.posture}"))
    if r.overhead_ok is False:
        parts.append(msg("work.restriction.no_overhead"))
    if r.fine_motor in ("none", "low"):
        parts.append(msg(f"work.restriction.{'no' if r.fine_motor == 'none' else 'low'}_fine"))
    if r.max_reps_per_min is not None:
        parts.append(msg("work.restriction.reps", reps=r.max_reps_per_min))
    if r.max_continuous_min is not None:
        parts.append(msg("work.restriction.continuous", minutes=r.max_continuous_min))
    if r.valid_until is not None:
        parts.append(msg("work.restriction.until", date=f"{r.valid_until:%d/%m/%Y}"))
    return msg("work.restriction.list", items=parts) if parts else ""


class OverviewService:
    def __init__(self, db: Database):
        self._db = db

    def orders(self) -> list[OrderLine]:
        """Open and running orders with kits done (produced against the order) over ordered."""
        with self._db.read() as s:
            done = (
                select(StockMovement.order_id, func.sum(StockMovement.quantity).label("done"))
                .where(StockMovement.kind == MovementKind.PRODUCE.value)
                .group_by(StockMovement.order_id)
                .subquery()
            )
            rows = s.execute(
                select(Order.ref, Customer.name, Product.name, Order.quantity, func.coalesce(done.c.done, 0),
                       Order.due_date, Order.status)
                .join(Customer, Customer.id == Order.customer_id)
                .join(Product, Product.id == Order.product_id)
                .outerjoin(done, done.c.order_id == Order.id)
                .where(Order.status.in_([OrderStatus.OPEN.value, OrderStatus.IN_PROGRESS.value]))
                .order_by(Order.due_date, Order.ref)
            ).all()
        return [OrderLine(*r[:6], msg(f"work.order_status.{OrderStatus(r[6]).value}")) for r in rows]

    def workers_with_restrictions(self, session: SignedIn) -> list[WorkerLine]:
        """For the roles allowed to read restrictions (from the session); each read is audited."""
        reader = require_role(session, PERSONAL_DATA_ROLES, msg("auth.what.read_restrictions")).key
        today = date.today()
        with self._db.write() as s:
            workers = s.scalars(select(Worker).where(Worker.active).order_by(Worker.display_name)).all()
            lines = []
            for w in workers:
                current = next(
                    (r for r in reversed(w.restrictions)
                     if r.valid_from <= today and (r.valid_until is None or r.valid_until >= today)),
                    None,
                )
                lines.append(WorkerLine(w.badge, w.display_name, w.contract_start, w.contract_end, describe_restriction(current)))
            audit.record(s, reader, "restriction.read", "worker", "*", count=len(lines))
        return lines
