"""Shipments and their handling units: SSCC allocation, labels, and shipping out through the ledger."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import make_sscc
from logins_desktop.labels.check import check_printable
from logins_desktop.labels.model import LogisticLabel, Party
from logins_desktop.messages import msg
from logins_desktop.services import audit
from logins_desktop.settings import Settings
from logins_desktop.store import ledger
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    Customer,
    HandlingUnit,
    Location,
    MovementKind,
    Order,
    Product,
    Shipment,
    ShipmentStatus,
    SsccCounter,
    StockOnHand,
    utcnow,
)


def allocate_sscc(s: Session, company_prefix: str, extension_digit: int) -> str:
    """Take the next serial for this prefix in the caller's write transaction (never handed out twice)."""
    counter = s.scalars(
        select(SsccCounter).where(SsccCounter.company_prefix == company_prefix,
                                  SsccCounter.extension_digit == extension_digit).with_for_update()
    ).one_or_none()
    if counter is None:
        counter = SsccCounter(company_prefix=company_prefix, extension_digit=extension_digit, next_serial=1)
        s.add(counter)
        s.flush()
    sscc = make_sscc(extension_digit, company_prefix, counter.next_serial)
    counter.next_serial += 1
    return sscc


@dataclass(frozen=True)
class ShipmentView:
    ref: str
    customer: str
    status: str
    orders: list[str]
    carrier: str
    units: int
    printed: int


@dataclass(frozen=True)
class OrderToShip:
    ref: str
    customer_code: str
    customer: str
    sku: str
    product: str
    available: int  # finished units in stock, all locations
    ordered: int


@dataclass(frozen=True)
class UnitSpec:
    sku: str
    count: int
    batch: str | None = None
    best_before: date | None = None
    net_weight_kg: float | None = None
    order_ref: str | None = None
    kind: str = "carton"


class ShippingService:
    def __init__(self, db: Database, settings: Settings):
        self._db = db
        self._settings = settings

    def create_shipment(self, customer_code: str, order_refs: list[str], carrier: str, ship_to: list[str], by: str) -> str:
        if not ship_to:
            raise DomainError(msg("shipping.no_address"))
        with self._db.write() as s:
            customer = s.scalars(select(Customer).where(Customer.code == customer_code)).one_or_none()
            if customer is None:
                raise DomainError(msg("shipping.unknown_customer", customer=customer_code))
            number = s.scalar(select(func.count()).select_from(Shipment)) + 1
            ref = f"EXP-{date.today():%Y%m%d}-{number:04d}-{uuid.uuid4().hex[:4].upper()}"
            s.add(Shipment(ref=ref, customer_id=customer.id, order_refs=list(order_refs), carrier=carrier,
                           ship_to=list(ship_to)))
            audit.record(s, by, "shipment.create", "shipment", ref, orders=order_refs)
            return ref

    def add_unit(self, shipment_ref: str, spec: UnitSpec, by: str) -> str:
        """A new carton or pallet with a fresh SSCC, allocated and saved in one transaction."""
        gs1 = self._settings.gs1
        with self._db.write() as s:
            shipment = self._shipment(s, shipment_ref)
            if shipment.status != ShipmentStatus.OPEN.value:
                raise DomainError(msg("shipping.closed", shipment=shipment_ref))
            product = s.scalars(select(Product).where(Product.sku == spec.sku)).one_or_none()
            if product is None:
                raise DomainError(msg("shipping.unknown_product", sku=spec.sku))
            if spec.count <= 0:
                raise DomainError(msg("shipping.unit_count"))
            sscc = allocate_sscc(s, gs1.company_prefix, gs1.extension_digit)
            unit = HandlingUnit(shipment_id=shipment.id, sscc=sscc, kind=spec.kind, product_id=product.id,
                                count=spec.count, batch=spec.batch, best_before=spec.best_before,
                                net_weight_kg=spec.net_weight_kg, order_ref=spec.order_ref)
            s.add(unit)
            s.flush()
            check_printable(self._label(shipment, unit))  # refuse now what could not be printed later
            audit.record(s, by, "unit.create", "handling_unit", sscc, shipment=shipment_ref, sku=spec.sku, count=spec.count)
            return sscc

    def labels(self, shipment_ref: str, language: str | None = None) -> list[LogisticLabel]:
        """The shipment's labels, titled in `language` (default: the site's settings)."""
        with self._db.read() as s:
            shipment = self._shipment(s, shipment_ref)
            return [self._label(shipment, unit, language or self._settings.language) for unit in shipment.units]

    def mark_printed(self, shipment_ref: str) -> None:
        with self._db.write() as s:
            for unit in self._shipment(s, shipment_ref).units:
                unit.printed_at = unit.printed_at or utcnow()

    def mark_units_printed(self, ssccs: list[str]) -> None:
        """The units whose label the printer took (a queued or interrupted label is not printed)."""
        if not ssccs:
            return
        with self._db.write() as s:
            for unit in s.scalars(select(HandlingUnit).where(HandlingUnit.sscc.in_(ssccs))):
                unit.printed_at = unit.printed_at or utcnow()

    def ship(self, shipment_ref: str, location_code: str, by: str) -> None:
        """Every unit's content leaves `location_code`: one posting, refused whole if stock is short."""
        with self._db.write() as s:
            shipment = self._shipment(s, shipment_ref)
            if shipment.status != ShipmentStatus.OPEN.value:
                raise DomainError(msg("shipping.already", shipment=shipment_ref, status=msg(f"shipping.status.{shipment.status}")))
            if not shipment.units:
                raise DomainError(msg("shipping.no_units"))
            location = s.scalars(select(Location).where(Location.code == location_code)).one_or_none()
            if location is None:
                raise DomainError(msg("shipping.unknown_location", code=location_code))
            lines = tuple(Line(MovementKind.SHIP, u.product_id, location.id, -u.count) for u in shipment.units)
            ledger.post(s, Posting(f"ship:{shipment_ref}", by, lines, reason=shipment_ref))
            shipment.status, shipment.shipped_at = ShipmentStatus.SHIPPED.value, utcnow()
            audit.record(s, by, "shipment.ship", "shipment", shipment_ref, location=location_code)

    def shipments(self) -> list[ShipmentView]:
        with self._db.read() as s:
            rows = s.scalars(select(Shipment).order_by(Shipment.created_at.desc()).limit(500)).all()
            return [ShipmentView(sh.ref, sh.customer.name, msg(f"shipping.status.{sh.status}"), list(sh.order_refs), sh.carrier,
                                 len(sh.units), sum(1 for u in sh.units if u.printed_at)) for sh in rows]

    def orders_to_ship(self) -> list[OrderToShip]:
        """Open orders whose finished product is in stock, for "a shipment from completed orders"."""
        with self._db.read() as s:
            stock = (select(StockOnHand.product_id, func.sum(StockOnHand.quantity).label("available"))
                     .group_by(StockOnHand.product_id).subquery())
            rows = s.execute(
                select(Order.ref, Customer.code, Customer.name, Product.sku, Product.name, stock.c.available, Order.quantity)
                .join(stock, stock.c.product_id == Order.product_id).join(Customer, Customer.id == Order.customer_id)
                .join(Product, Product.id == Order.product_id)
                .where(stock.c.available > 0, Order.status.in_(("open", "in_progress", "done"))).order_by(Order.ref)
            ).all()
        return [OrderToShip(*row) for row in rows]

    def _shipment(self, s: Session, ref: str) -> Shipment:
        shipment = s.scalars(select(Shipment).where(Shipment.ref == ref)).one_or_none()
        if shipment is None:
            raise DomainError(msg("shipping.unknown_shipment", shipment=ref))
        return shipment

    def _label(self, shipment: Shipment, unit: HandlingUnit, language: str = "fr") -> LogisticLabel:
        shipper = self._settings.shipper
        to = list(shipment.ship_to)
        return LogisticLabel(
            sender=Party(shipper.name, tuple(shipper.address)),
            receiver=Party(to[0], tuple(to[1:])),
            sscc=unit.sscc,
            gtin=unit.product.gtin,
            count=unit.count if unit.product.gtin else None,
            batch=unit.batch,
            best_before=unit.best_before,
            net_weight_kg=unit.net_weight_kg,
            order_ref=unit.order_ref,
            carrier=shipment.carrier,
            product_name=unit.product.name,
            language=language,
        )
