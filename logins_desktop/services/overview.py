"""Read-only overviews for the role home screens: orders in progress, workers and their restrictions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

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

ORDER_STATUS_FR = {
    OrderStatus.OPEN: "à faire",
    OrderStatus.IN_PROGRESS: "en cours",
    OrderStatus.DONE: "terminée",
    OrderStatus.CANCELLED: "annulée",
}


@dataclass(frozen=True)
class OrderLine:
    ref: str
    customer: str
    product: str
    quantity: int
    done: int
    due_date: date | None
    status: str


@dataclass(frozen=True)
class WorkerLine:
    badge: str
    name: str
    contract_start: date | None
    contract_end: date | None
    restrictions: str  # plain French summary; empty = none


def describe_restriction(r: WorkerRestriction | None) -> str:
    if r is None:
        return ""
    parts = []
    if r.max_load_kg is not None:
        parts.append(f"charge ≤ {r.max_load_kg:g} kg")
    if r.hands == "left":
        parts.append("main gauche seulement")
    elif r.hands == "right":
        parts.append("main droite seulement")
    if r.posture == "seated":
        parts.append("assis")
    elif r.posture == "standing":
        parts.append("debout")
    if r.overhead_ok is False:
        parts.append("pas de bras au-dessus des épaules")
    if r.fine_motor == "none":
        parts.append("pas de gestes fins")
    elif r.fine_motor == "low":
        parts.append("gestes fins limités")
    if r.max_reps_per_min is not None:
        parts.append(f"≤ {r.max_reps_per_min:g} gestes/min")
    if r.max_continuous_min is not None:
        parts.append(f"≤ {r.max_continuous_min:g} min d'affilée")
    if r.valid_until is not None:
        parts.append(f"jusqu'au {r.valid_until:%d/%m/%Y}")
    return ", ".join(parts)


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
        return [OrderLine(*r[:6], ORDER_STATUS_FR[OrderStatus(r[6])]) for r in rows]

    def workers_with_restrictions(self, session: SignedIn) -> list[WorkerLine]:
        """For the roles allowed to read restrictions (from the session); each read is audited."""
        reader = require_role(session, PERSONAL_DATA_ROLES, "lecture des restrictions").key
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
