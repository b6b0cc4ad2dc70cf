"""Recall: where a lot went (every kit, order, carton and shipment that holds it, and the rest of it
in stock) and what a carton holds. Read from the ledger: a kit's posting names the lots its
components came from, a carton (SSCC) names its order."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Customer,
    HandlingUnit,
    Location,
    MovementKind,
    Order,
    Product,
    Shipment,
    StockMovement,
)


@dataclass(frozen=True)
class TracedKit:
    kit_key: str
    order: str
    station: str
    worker: str
    at: datetime
    quantity: int  # of this lot in the kit


@dataclass(frozen=True)
class TracedShipment:
    ref: str
    customer: str
    status: str
    shipped_at: datetime | None
    ssccs: tuple[str, ...]


@dataclass(frozen=True)
class LotTrace:
    sku: str
    lot: str
    expiry: date | None
    kits: tuple[TracedKit, ...]
    orders: tuple[tuple[str, str, int], ...]  # reference, customer, kits
    shipments: tuple[TracedShipment, ...]
    in_stock: tuple[tuple[str, int], ...]  # location, quantity

    def as_json(self) -> dict:
        return {
            "sku": self.sku, "lot": self.lot, "expiry": self.expiry.isoformat() if self.expiry else None,
            "kits": [{"kit_key": k.kit_key, "order": k.order, "station": k.station, "worker": k.worker,
                      "at": k.at.isoformat(), "quantity": k.quantity} for k in self.kits],
            "orders": [ref for ref, _customer, _kits in self.orders],
            "order_details": [{"order": ref, "customer": customer, "kits": kits} for ref, customer, kits in self.orders],
            "shipments": [{"shipment": s.ref, "customer": s.customer, "status": s.status,
                           "shipped_at": s.shipped_at.isoformat() if s.shipped_at else None, "ssccs": list(s.ssccs)}
                          for s in self.shipments],
            "in_stock": [{"location": location, "quantity": quantity} for location, quantity in self.in_stock],
        }


@dataclass(frozen=True)
class SsccTrace:
    sscc: str
    shipment: str
    customer: str
    sku: str
    count: int
    order: str | None
    order_kits: int  # the kits its order produced
    lots: tuple[tuple[str, str, int], ...]  # component SKU, lot, quantity used by those kits

    def as_json(self) -> dict:
        return {"sscc": self.sscc, "shipment": self.shipment, "customer": self.customer, "sku": self.sku,
                "count": self.count, "order": self.order, "order_kits": self.order_kits,
                "lots": [{"sku": sku, "lot": lot, "quantity": quantity} for sku, lot, quantity in self.lots]}


class TraceService:
    def __init__(self, db: Database):
        self._db = db

    def lot(self, sku: str, lot: str) -> LotTrace:
        with self._db.read() as s:
            product = s.scalars(select(Product).where(Product.sku == sku)).one_or_none()
            if product is None:
                raise DomainError(msg("stock.unknown_product", sku=sku))
            lines = s.execute(
                select(StockMovement.posting_key, StockMovement.kind, StockMovement.quantity, StockMovement.station,
                       StockMovement.actor, StockMovement.created_at, StockMovement.order_id, StockMovement.expiry,
                       Location.code)
                .join(Location, Location.id == StockMovement.location_id)
                # `lot != ''` spelled out: SQLite uses a partial index only for a query that repeats its condition.
                .where(StockMovement.product_id == product.id, StockMovement.lot == lot, StockMovement.lot != "")
            ).all()
            if not lines:
                raise DomainError(msg("lots.unknown_lot", lot=lot, sku=sku))
            orders = {o.id: (o.ref, c.name) for o, c in s.execute(
                select(Order, Customer).join(Customer, Customer.id == Order.customer_id)
                .where(Order.id.in_({line.order_id for line in lines if line.order_id})))}
            kits: dict[str, TracedKit] = {}
            stock: dict[str, int] = defaultdict(int)
            for line in lines:
                stock[line.code] += line.quantity
                if line.kind == MovementKind.CONSUME.value:
                    before = kits.get(line.posting_key)
                    kits[line.posting_key] = TracedKit(
                        line.posting_key, orders.get(line.order_id, ("", ""))[0], line.station, line.actor,
                        line.created_at, -line.quantity + (before.quantity if before else 0))
            per_order: dict[str, int] = defaultdict(int)
            for kit in kits.values():
                per_order[kit.order] += 1
            customers = {ref: customer for ref, customer in orders.values()}
            shipments = _shipments_of(s, set(per_order))
            expiry = max((line.expiry for line in lines if line.expiry), default=None)
            return LotTrace(product.sku, lot, expiry, tuple(sorted(kits.values(), key=lambda k: k.at)),
                            tuple((ref, customers.get(ref, ""), n) for ref, n in sorted(per_order.items()) if ref),
                            shipments, tuple((code, q) for code, q in sorted(stock.items()) if q > 0))

    def sscc(self, sscc: str) -> SsccTrace:
        with self._db.read() as s:
            row = s.execute(select(HandlingUnit, Shipment, Customer, Product)
                            .join(Shipment, Shipment.id == HandlingUnit.shipment_id)
                            .join(Customer, Customer.id == Shipment.customer_id)
                            .join(Product, Product.id == HandlingUnit.product_id)
                            .where(HandlingUnit.sscc == sscc.strip())).one_or_none()
            if row is None:
                raise DomainError(msg("lots.unknown_sscc", sscc=sscc))
            unit, shipment, customer, product = row
            order = s.scalars(select(Order).where(Order.ref == unit.order_ref)).one_or_none() if unit.order_ref else None
            lots: tuple[tuple[str, str, int], ...] = ()
            kits = 0
            if order is not None:
                # A carton's kits are counted into it, not scanned one by one: the lots of every kit
                # its order made are the ones it may hold.
                kits = s.scalar(select(func.count(func.distinct(StockMovement.posting_key)))
                                .where(StockMovement.order_id == order.id,
                                       StockMovement.kind == MovementKind.PRODUCE.value)) or 0
                lots = tuple((sku, lot, -int(q)) for sku, lot, q in s.execute(
                    select(Product.sku, StockMovement.lot, func.sum(StockMovement.quantity))
                    .join(Product, Product.id == StockMovement.product_id)
                    .where(StockMovement.order_id == order.id, StockMovement.kind == MovementKind.CONSUME.value,
                           StockMovement.lot != "")
                    .group_by(Product.sku, StockMovement.lot).order_by(Product.sku, StockMovement.lot)))
            return SsccTrace(unit.sscc, shipment.ref, customer.name, product.sku, unit.count, unit.order_ref, kits, lots)


def _shipments_of(s, order_refs: set[str]) -> tuple[TracedShipment, ...]:
    if not order_refs:
        return ()
    found: dict[str, list] = {}
    for unit, shipment, customer in s.execute(
            select(HandlingUnit, Shipment, Customer).join(Shipment, Shipment.id == HandlingUnit.shipment_id)
            .join(Customer, Customer.id == Shipment.customer_id)
            .where(HandlingUnit.order_ref.in_(order_refs)).order_by(Shipment.ref, HandlingUnit.sscc)):
        entry = found.setdefault(shipment.ref, [shipment, customer.name, []])
        entry[2].append(unit.sscc)
    return tuple(TracedShipment(ref, customer, shipment.status, shipment.shipped_at, tuple(ssccs))
                 for ref, (shipment, customer, ssccs) in found.items())
