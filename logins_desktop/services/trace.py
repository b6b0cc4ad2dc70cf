"""Recall: where a lot went (every kit, order, carton and shipment that holds it, and the rest of it
in stock) and what a carton holds. Read from the ledger: a kit's posting names the lots its
components came from, a carton (SSCC) names its order."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from logins_desktop.domain.barcodes import CodeKind, read_code
from logins_desktop.domain.cells import neutralise_formula
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg, render
from logins_desktop.messages.core import format_day
from logins_desktop.services.documents import pdf_text, write_atomically
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

    def lines(self) -> list[Message]:
        """The trace in words, one line each: what `trace lot` prints and the report's summary."""
        said = [msg("lots.trace_head", lot=self.lot, sku=self.sku, kits=len(self.kits), orders=len(self.orders),
                    shipments=len(self.shipments))]
        said += [msg("lots.trace_order", order=ref, customer=customer, kits=kits) for ref, customer, kits in self.orders]
        for shipment in self.shipments:
            ssccs = ", ".join(shipment.ssccs)
            if shipment.shipped_at:
                said.append(msg("lots.trace_shipped", shipment=shipment.ref, customer=shipment.customer,
                                day=shipment.shipped_at.date(), ssccs=ssccs))
            else:
                said.append(msg("lots.trace_shipment", shipment=shipment.ref, customer=shipment.customer,
                                status=msg(f"shipping.status.{shipment.status}"), ssccs=ssccs))
        said += [msg("lots.trace_stock", location=location, quantity=quantity) for location, quantity in self.in_stock]
        if not self.in_stock:
            said.append(msg("lots.trace_none_in_stock"))
        return said


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

    def lines(self) -> list[Message]:
        """The carton in words, one line each: what `trace sscc` prints and the console shows."""
        said = [msg("lots.trace_sscc_head", sscc=self.sscc, shipment=self.shipment, customer=self.customer,
                    count=self.count, sku=self.sku)]
        said += [msg("lots.trace_sscc_lot", sku=sku, lot=lot, quantity=quantity) for sku, lot, quantity in self.lots]
        if not self.lots:
            said.append(msg("lots.trace_sscc_no_lots"))
        return said

    def as_json(self) -> dict:
        return {"sscc": self.sscc, "shipment": self.shipment, "customer": self.customer, "sku": self.sku,
                "count": self.count, "order": self.order, "order_kits": self.order_kits,
                "lots": [{"sku": sku, "lot": lot, "quantity": quantity} for sku, lot, quantity in self.lots]}


def scanned_sscc(text: str) -> str | None:
    """The SSCC a scanned carton label carries (AI 00), or None for any other scan."""
    code = read_code(text)
    return code.ais.get("00") if code.kind is CodeKind.GS1 else None


class TraceService:
    def __init__(self, db: Database):
        self._db = db

    def write_report(self, sku: str, lot: str, pdf: Path | None, csv_file: Path | None, lang: str = "fr",
                     made_on: date | None = None) -> LotTrace:
        """The recall report for the customer, as PDF and/or CSV: the trace of the lot, no badge in it."""
        traced = self.lot(sku, lot)
        if pdf is not None:
            write_atomically(pdf, recall_pdf(traced, made_on or date.today(), lang))
        if csv_file is not None:
            write_atomically(csv_file, recall_csv(traced, lang))
        return traced

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


# ---------------------------------------------------------------------- the recall report
def _say(lang: str, message_id: str, **args) -> str:
    return render(msg(message_id, **args), lang)


def _local(at: datetime) -> datetime:
    """A ledger time (UTC; naive from SQLite) in the workshop's local time."""
    return (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone()


def _customer_of(traced: LotTrace) -> dict[str, str]:
    return {ref: customer for ref, customer, _kits in traced.orders}


def recall_pdf(traced: LotTrace, made_on: date, lang: str = "fr") -> bytes:
    """A4: the lot, its expiry, the summary lines of the trace, then one table row per kit (order,
    kit, station, time, quantity of the lot), its header repeated on every page."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11.5, leading=15, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape(pdf_text(text)), style)

    title = _say(lang, "lots.report_title", lot=traced.lot, sku=traced.sku)
    story = [p(title, h1)]
    if traced.expiry:
        story.append(p(_say(lang, "lots.report_expiry", day=traced.expiry)))
    story += [p(render(line, lang)) for line in traced.lines()]
    story.append(p(_say(lang, "lots.report_kits"), h2))
    if traced.kits:
        columns = ["lots.report_col.order", "lots.report_col.reference", "lots.report_col.station",
                   "lots.report_col.date", "lots.report_col.quantity"]
        rows = [[p(_say(lang, c), small) for c in columns]]
        for kit in traced.kits:
            at = _local(kit.at)
            when = f"{format_day(at.date(), lang)} {at:%H:%M}"
            rows.append([p(text, small) for text in (kit.order, kit.kit_key, kit.station, when, str(kit.quantity))])
        table = LongTable(rows, colWidths=[30 * mm, 58 * mm, 24 * mm, 40 * mm, 22 * mm], repeatRows=1)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    else:
        story.append(p(_say(lang, "lots.report_no_kits")))
    story += [Spacer(1, 6 * mm), p(_say(lang, "lots.report_made_on", day=made_on), small)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author="Log'ins Desktop")
    doc.build(story)
    return buffer.getvalue()


def recall_csv(traced: LotTrace, lang: str = "fr") -> bytes:
    """`;`-separated, UTF-8 with BOM and CRLF (French Excel opens it): one row per kit, per shipment
    (its SSCCs in the detail) and per location still holding the lot; text cells neutralised
    against formulas (a customer's reference is data, never a formula)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_say(lang, f"lots.report_col.{c}")
                     for c in ("section", "reference", "order", "customer", "date", "quantity", "detail")])
    kit, shipment, stock = (_say(lang, f"lots.report_section.{s}") for s in ("kit", "shipment", "stock"))
    customers = _customer_of(traced)

    def row(*cells) -> None:
        writer.writerow([neutralise_formula(str(c)) if isinstance(c, str) else c for c in cells])

    for k in traced.kits:
        row(kit, k.kit_key, k.order, customers.get(k.order, ""), f"{_local(k.at):%Y-%m-%d %H:%M}", k.quantity, k.station)
    for s in traced.shipments:
        row(shipment, s.ref, "", s.customer, f"{_local(s.shipped_at):%Y-%m-%d %H:%M}" if s.shipped_at else "",
            len(s.ssccs), " ".join(s.ssccs))
    for location, quantity in traced.in_stock:
        row(stock, location, "", "", "", quantity, "")
    return out.getvalue().encode("utf-8-sig")
