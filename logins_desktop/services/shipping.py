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
from logins_desktop.messages import Message, msg, render
from logins_desktop.services import audit
from logins_desktop.services.printing import read_reason
from logins_desktop.services.stock import Actor
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
    PrintJob,
    PrintJobStatus,
    Product,
    Shipment,
    ShipmentStatus,
    SsccCounter,
    StockOnHand,
    utcnow,
)

# A unit's label, as the print queue tells it: not sent yet, waiting in the queue (printer out of
# paper, offline…), printed (the printer took all of it), or failed (cut, or cancelled).
LABEL_NONE, LABEL_WAITING, LABEL_PRINTED, LABEL_FAILED = "none", "waiting", "printed", "failed"

# Reasons offered on screen for shipping without every label printed (any other text is accepted too).
OVERRIDE_REASONS: dict[str, str] = {
    "printed_elsewhere": "shipping.reason_printed_elsewhere",
    "printer_down": "shipping.reason_printer_down",
    "carrier_waiting": "shipping.reason_carrier_waiting",
    "other": "shipping.reason_other",
}


def label_job_name(sscc: str) -> str:
    """The print job of a unit's label. The queue keeps this name as the prefix of its retries and
    reprints ("SSCC … (réimpression)"), which is how a unit finds the jobs of its label."""
    return f"SSCC {sscc}"


def _label_state(jobs: list) -> tuple[str, str]:
    """(state, detail) of one unit's label from its print jobs, oldest first."""
    if any(j.status == PrintJobStatus.PRINTED.value for j in jobs):
        return LABEL_PRINTED, ""
    if not jobs:
        return LABEL_NONE, ""
    last = jobs[-1]
    if last.status in (PrintJobStatus.QUEUED.value, PrintJobStatus.SENDING.value):
        return LABEL_WAITING, read_reason(last.last_error)
    return LABEL_FAILED, read_reason(last.last_error)  # cut (the queue says how far it went) or cancelled


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
class UnitLabelView:
    sscc: str
    sku: str
    count: int
    state: str  # LABEL_NONE | LABEL_WAITING | LABEL_PRINTED | LABEL_FAILED
    detail: Message | str  # why it waits or failed (the queue's last error), "" otherwise


@dataclass(frozen=True)
class ShipResult:
    shipment: str
    location: str
    unprinted: int  # units shipped without a printed label (0 unless a manager overrode)
    message: Message


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

    def unit_labels(self, shipment_ref: str) -> list[UnitLabelView]:
        """Each unit of the shipment with its label's state, as the print queue tells it."""
        with self._db.read() as s:
            shipment = self._shipment(s, shipment_ref)
            jobs = self._label_jobs(s, [u.sscc for u in shipment.units])
            return [UnitLabelView(u.sscc, u.product.sku, u.count, *_label_state(jobs.get(u.sscc, [])))
                    for u in shipment.units]

    def override_reasons(self) -> list[tuple[str, Message]]:
        """The reasons offered as buttons for shipping without every label printed."""
        return [(code, msg(message_id)) for code, message_id in OVERRIDE_REASONS.items()]

    def ship(self, shipment_ref: str, by: str | Actor, location_code: str | None = None,
             override_reason: str = "") -> ShipResult:
        """Every unit's content leaves the shipping location ([shipping] location unless given): one
        posting, refused whole if stock is short.

        A shipment leaves only when every unit's label is printed (the print queue says so: a label
        queued or waiting for paper is not printed). A manager's signed-in session may ship anyway
        with a reason (a code of OVERRIDE_REASONS or any words); the audit log keeps the reason and
        which units had no printed label."""
        actor = by if isinstance(by, Actor) else Actor(by)
        location_code = location_code or self._settings.shipping.location
        reason = override_reason.strip()
        if reason in OVERRIDE_REASONS:
            reason = render(msg(OVERRIDE_REASONS[reason]), "fr")
        with self._db.write() as s:
            shipment = self._shipment(s, shipment_ref)
            if shipment.status != ShipmentStatus.OPEN.value:
                raise DomainError(msg("shipping.already", shipment=shipment_ref, status=msg(f"shipping.status.{shipment.status}")))
            if not shipment.units:
                raise DomainError(msg("shipping.no_units"))
            jobs = self._label_jobs(s, [u.sscc for u in shipment.units])
            unprinted = []
            for unit in shipment.units:
                printed = [j.printed_at for j in jobs.get(unit.sscc, []) if j.status == PrintJobStatus.PRINTED.value]
                if printed:
                    unit.printed_at = unit.printed_at or min(printed)  # the queue's word, kept on the unit
                else:
                    unprinted.append(unit.sscc)
            if unprinted:
                if not reason:
                    raise DomainError(msg("shipping.labels_missing", shipment=shipment_ref, n=len(unprinted)))
                if not actor.is_manager:
                    raise DomainError(msg("shipping.override_not_allowed"))
            location = s.scalars(select(Location).where(Location.code == location_code)).one_or_none()
            if location is None:
                raise DomainError(msg("shipping.unknown_location", code=location_code))
            lines = tuple(Line(MovementKind.SHIP, u.product_id, location.id, -u.count) for u in shipment.units)
            ledger.post(s, Posting(f"ship:{shipment_ref}", actor.name, lines, reason=shipment_ref))
            shipment.status, shipment.shipped_at = ShipmentStatus.SHIPPED.value, utcnow()
            if unprinted:
                audit.record(s, actor.name, "shipment.ship_override", "shipment", shipment_ref, location=location_code,
                             reason=reason, unprinted=unprinted)
            else:
                audit.record(s, actor.name, "shipment.ship", "shipment", shipment_ref, location=location_code)
        if unprinted:
            message = msg("shipping.shipped_override", shipment=shipment_ref, location=location_code,
                          n=len(unprinted), reason=reason)
        else:
            message = msg("shipping.shipped", shipment=shipment_ref, location=location_code)
        return ShipResult(shipment_ref, location_code, len(unprinted), message)

    def shipments(self) -> list[ShipmentView]:
        with self._db.read() as s:
            rows = s.scalars(select(Shipment).order_by(Shipment.created_at.desc()).limit(500)).all()
            jobs = self._label_jobs(s, [u.sscc for sh in rows if sh.status == ShipmentStatus.OPEN.value
                                        for u in sh.units])

            def printed(sh: Shipment) -> int:
                if sh.status != ShipmentStatus.OPEN.value:  # settled when it shipped
                    return sum(1 for u in sh.units if u.printed_at)
                return sum(1 for u in sh.units if _label_state(jobs.get(u.sscc, []))[0] == LABEL_PRINTED)

            return [ShipmentView(sh.ref, sh.customer.name, msg(f"shipping.status.{sh.status}"), list(sh.order_refs), sh.carrier,
                                 len(sh.units), printed(sh)) for sh in rows]

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

    @staticmethod
    def _label_jobs(s: Session, ssccs: list[str]) -> dict[str, list]:
        """The print jobs of each unit's label, oldest first (see label_job_name); without their
        documents, which stay in the database."""
        found: dict[str, list] = {}
        wanted = sorted(set(ssccs))
        for chunk in (wanted[i:i + 500] for i in range(0, len(wanted), 500)):
            sscc_of = func.substr(PrintJob.name, 6, 18)  # "SSCC " then the 18 digits
            rows = s.execute(select(sscc_of.label("sscc"), PrintJob.status, PrintJob.last_error, PrintJob.printed_at,
                                    PrintJob.created_at)
                             .where(PrintJob.name.like("SSCC %"), sscc_of.in_(chunk))).all()
            for row in sorted(rows, key=lambda r: r.created_at):
                found.setdefault(row.sscc, []).append(row)
        return found

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
