"""What an order costs and earns, a customer's monthly invoice (Excel or CSV), an order's PDF statement.

The figures (docs/costing.md): kits as `kits_done` counts them (made, less those dismantled); labour
from the station sessions on the order, pauses excluded; material from the ledger's consumption for
the order's kits, at the products' unit cost; revenue from the customer's rate card. The arithmetic
is domain.costing (exact decimals, rounded once to the cent).
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from logins_desktop.domain import costing
from logins_desktop.domain.cells import neutralise_formula
from logins_desktop.domain.costing import Consumed, InvoiceLine, OrderCost, PacePoint, Rate
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg, render
from logins_desktop.services import audit
from logins_desktop.services.documents import pdf_text, write_atomically
from logins_desktop.services.station import DISMANTLE_PREFIX, active_seconds, kit_lines, kits_done
from logins_desktop.services.stock import Actor
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Customer,
    HandlingUnit,
    InvoiceBasis,
    MovementKind,
    Order,
    OrderStatus,
    Product,
    RateCard,
    Shipment,
    ShipmentStatus,
    StockMovement,
    TaskSession,
    utcnow,
)

_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
MONEY_FORMAT = '#,##0.00 "€"'


@dataclass(frozen=True)
class OrderCostView:
    """One order's cost and revenue, with what a person needs to read it."""

    ref: str
    customer: str
    customer_name: str
    sku: str
    kit: str
    ordered: int
    status: str
    cost: OrderCost
    consumed: tuple[Consumed, ...] = ()
    rate: Rate | None = None  # the customer's rate card for this kit; None: none yet

    @property
    def price_per_kit(self) -> Decimal | None:
        return self.rate.price_per_kit if self.rate else None

    @property
    def price_per_hour(self) -> Decimal | None:
        return self.rate.price_per_hour if self.rate else None

    @property
    def minutes_per_kit(self) -> Decimal | None:
        per_kit = self.cost.seconds_per_kit
        return None if per_kit is None else (per_kit / 60).quantize(costing.TENTH)

    @property
    def standard_minutes(self) -> Decimal | None:
        std = self.cost.standard_seconds
        return None if std is None else (std / 60).quantize(costing.TENTH)

    def to_json(self) -> dict:
        c = self.cost
        return {
            "order": self.ref, "customer": self.customer, "sku": self.sku, "kit": self.kit, "ordered": self.ordered,
            "status": self.status, "kits": c.kits, "labour_seconds": c.labour_seconds,
            "labour_hours": str(costing.billed_hours(c.labour_seconds)),
            "seconds_per_kit": None if c.seconds_per_kit is None else str(c.seconds_per_kit),
            "standard_seconds": _trim_text(c.standard_seconds),
            "material": costing.money_text(c.material), "unpriced_units": c.unpriced_units,
            "revenue": costing.money_text(c.revenue), "setup_fee": costing.money_text(c.setup_fee),
            "margin": costing.money_text(c.margin), "per_hour": c.per_hour,
            "price_per_kit": _trim_text(self.price_per_kit),
            "price_per_hour": _trim_text(self.price_per_hour),
        }

    def lines(self) -> list[Message]:
        """What the command line, the statement and the console say about it, one message a line."""
        c = self.cost
        out = [msg("costing.title", order=self.ref, customer=self.customer_name, kit=self.kit, sku=self.sku),
               msg("costing.kits", kits=c.kits, ordered=self.ordered),
               msg("costing.labour", hours=costing.billed_hours(c.labour_seconds), seconds=c.labour_seconds)]
        if c.seconds_per_kit is None:
            out.append(msg("costing.per_kit_none"))
        elif c.standard_seconds is None:
            out.append(msg("costing.per_kit_no_standard", actual=c.seconds_per_kit))
        else:
            out.append(msg("costing.per_kit", actual=c.seconds_per_kit, standard=costing.trimmed(c.standard_seconds)))
        out.append(msg("costing.material_unpriced", amount=c.material, units=c.unpriced_units) if c.unpriced_units
                   else msg("costing.material", amount=c.material))
        if c.revenue is None:
            out.append(msg("costing.no_rate", customer=self.customer, sku=self.sku))
        elif c.per_hour:
            out.append(msg("costing.revenue_hour", amount=c.revenue, hours=costing.billed_hours(c.labour_seconds),
                           price=_plain(self.price_per_hour), setup=c.setup_fee))
        else:
            out.append(msg("costing.revenue_kit", amount=c.revenue, kits=c.kits, price=_plain(self.price_per_kit),
                           setup=c.setup_fee))
        if c.margin is not None:
            out.append(msg("costing.margin", amount=c.margin))
        out.append(msg("costing.accompaniment"))
        return out


def _trim_text(value: Decimal | None) -> str | None:
    return None if value is None else str(costing.trimmed(value))


def _plain(amount: Decimal) -> Decimal:
    """A price without the trailing zeros of its four stored decimals, but with two at least (0.85, 0.035)."""
    two = amount.quantize(costing.CENT)
    return two if two == amount else costing.trimmed(amount)


@dataclass(frozen=True)
class Invoice:
    customer: str
    customer_name: str
    month: str
    basis: str
    lines: tuple[InvoiceLine, ...]
    unrated: tuple[Message, ...] = ()  # kits counted in the month with no rate card: not invoiced

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


def parse_month(text: str) -> tuple[datetime, datetime]:
    """'YYYY-MM' -> [first instant, first instant of the next month), in the workshop's local time, as UTC."""
    m = _MONTH.fullmatch(text.strip())
    if not m:
        raise DomainError(msg("costing.bad_month", month=text))
    year, month = int(m.group(1)), int(m.group(2))
    start = datetime(year, month, 1)
    end = datetime(year + month // 12, month % 12 + 1, 1)
    return start.astimezone().astimezone(UTC), end.astimezone().astimezone(UTC)


class CostService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow):
        self._db = db
        self._clock = clock

    # ------------------------------------------------------------------ one order
    def order_cost(self, ref: str) -> OrderCostView:
        with self._db.read() as s:
            return self._view(s, _order(s, ref))

    def count_orders(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Order)
                            .where(Order.status != OrderStatus.CANCELLED.value)) or 0

    def orders(self, offset: int = 0, limit: int = 50) -> list[OrderCostView]:
        """A page of orders (not cancelled), the most recent first, with their cost."""
        with self._db.read() as s:
            orders = s.scalars(select(Order).where(Order.status != OrderStatus.CANCELLED.value)
                               .options(selectinload(Order.product), selectinload(Order.customer))
                               .order_by(Order.created_at.desc(), Order.ref).offset(offset).limit(limit)).all()
            return [self._view(s, order) for order in orders]

    def _view(self, s: Session, order: Order) -> OrderCostView:
        card = s.scalars(select(RateCard).where(RateCard.customer_id == order.customer_id,
                                                RateCard.kit_id == order.product_id)).one_or_none()
        rate = _rate(card)
        kits = max(0, kits_done(s, order.id, order.product_id))
        labour = self._labour_seconds(s, [order.id])
        consumed = tuple(self._consumed(s, order))
        cost = costing.order_cost(kits, labour, consumed, rate)
        return OrderCostView(order.ref, order.customer.code, order.customer.name, order.product.sku, order.product.name,
                             order.quantity, order.status, cost, consumed, rate)

    # ------------------------------------------------------------------ the rate card
    def save_rate(self, customer: str, kit_sku: str, rate: Rate, actor: Actor) -> Message:
        """Set the customer's rate card line for one kit (the console's editor; `import rates` for a
        whole card): a price is the logistics manager's to set (a signed-in session's right), refused
        when unusable (domain.costing.rate_problem); the change is audited with what it replaced. The
        orders' revenue and the invoices read it from now on."""
        if not actor.is_manager:
            raise DomainError(msg("costing.rate_not_allowed"))
        problem = costing.rate_problem(rate)
        if problem is not None:
            raise DomainError(problem[1])
        with self._db.write() as s:
            customer_row = s.scalars(select(Customer).where(Customer.code == customer)).one_or_none()
            kit = s.scalars(select(Product).where(Product.sku == kit_sku)).one_or_none()
            if customer_row is None or kit is None:
                raise DomainError(msg("costing.unknown_customer", customer=customer) if customer_row is None
                                  else msg("import.unknown_product", sku=kit_sku))
            card = s.scalars(select(RateCard).where(RateCard.customer_id == customer_row.id,
                                                    RateCard.kit_id == kit.id)).one_or_none()
            before = _rate_json(_rate(card))
            if card is None:
                card = RateCard(customer_id=customer_row.id, kit_id=kit.id)
                s.add(card)
            card.price_per_kit, card.price_per_hour = rate.price_per_kit, rate.price_per_hour
            card.setup_fee, card.standard_seconds = rate.setup_fee, rate.standard_seconds
            audit.record(s, actor.name, "costing.rate", "rate_card", f"{customer}/{kit_sku}", before=before,
                         after=_rate_json(rate))
        return msg("costing.rate_saved", customer=customer, sku=kit_sku)

    def _labour_seconds(self, s: Session, order_ids: list[uuid.UUID], start: datetime | None = None,
                        end: datetime | None = None) -> int:
        """Active time of the station sessions on these orders (pauses excluded), a running one until now;
        with a month, the sessions that started in it."""
        if not order_ids:
            return 0
        query = select(TaskSession).where(TaskSession.order_id.in_(order_ids)).options(selectinload(TaskSession.pauses))
        if start is not None:
            query = query.where(TaskSession.started_at >= start, TaskSession.started_at < end)
        now = self._clock()
        return round(sum(active_seconds(session, now) for session in s.scalars(query)))

    def pace(self, ref: str) -> tuple[OrderCostView, list[PacePoint]]:
        """The order's minutes per kit hour by hour (or day by day), for the chart against the
        quoted standard (domain.costing.pace): the same sessions, pauses and kits as its cost."""
        with self._db.read() as s:
            order = _order(s, ref)
            now = self._clock()
            worked = []
            for session in s.scalars(select(TaskSession).where(TaskSession.order_id == order.id)
                                     .options(selectinload(TaskSession.pauses))):
                end = _aware(session.ended_at or now)
                pauses = [(_aware(p.started_at), _aware(p.ended_at or end)) for p in session.pauses]
                worked += [(_local(a), _local(b)) for a, b in costing.active_intervals(_aware(session.started_at), end,
                                                                                       pauses)]
            kits = [(_local(_aware(at)), quantity) for at, quantity in s.execute(
                select(StockMovement.created_at, StockMovement.quantity)
                .where(*kit_lines(order.id, order.product_id)))]
            return self._view(s, order), costing.pace(worked, kits)

    @staticmethod
    def _consumed(s: Session, order: Order) -> list[Consumed]:
        """Components the order's kits consumed, net of the kits dismantled (their components returned)."""
        rows = s.execute(
            select(Product.sku, Product.unit_cost, func.sum(StockMovement.quantity))
            .join(Product, Product.id == StockMovement.product_id)
            .where(StockMovement.order_id == order.id, StockMovement.product_id != order.product_id,
                   or_(StockMovement.kind == MovementKind.CONSUME.value,
                       StockMovement.posting_key.startswith(DISMANTLE_PREFIX)))
            .group_by(Product.sku, Product.unit_cost).order_by(Product.sku)).all()
        return [Consumed(sku, -int(total), cost) for sku, cost, total in rows if total]

    # ------------------------------------------------------------------ the monthly invoice
    def invoice(self, customer: str, month: str) -> Invoice:
        start, end = parse_month(month)
        with self._db.read() as s:
            found = s.scalars(select(Customer).where(Customer.code == customer)).one_or_none() or \
                s.scalars(select(Customer).where(Customer.name == customer)).first()
            if found is None:
                raise DomainError(msg("costing.unknown_customer", customer=customer))
            cards = {c.kit_id: c for c in s.scalars(select(RateCard).where(RateCard.customer_id == found.id)
                                                    .options(selectinload(RateCard.kit)))}
            orders = s.scalars(select(Order).where(Order.customer_id == found.id)
                               .options(selectinload(Order.product))).all()
            shipped = found.invoice_basis == InvoiceBasis.SHIPPED.value
            counted = self._shipped_kits(s, found, start, end) if shipped else self._completed_kits(s, found, start, end)
            lines: list[InvoiceLine] = []
            unrated: list[Message] = []
            kit_ids = set(counted) | {k for k, c in cards.items() if c.price_per_hour is not None}
            products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(kit_ids)))} if kit_ids else {}
            for kit_id in sorted(kit_ids, key=lambda k: products[k].sku):
                product = products[kit_id]
                card = cards.get(kit_id)
                kits = counted.get(kit_id, 0)
                if card is None:
                    if kits:
                        unrated.append(msg("costing.invoice_no_rate", sku=product.sku, kits=kits, month=month,
                                           customer=found.code))
                    continue
                labour = 0
                if card.price_per_hour is not None:
                    labour = self._labour_seconds(s, [o.id for o in orders if o.product_id == kit_id], start, end)
                line = costing.invoice_line(product.sku, product.name, _rate(card), kits, labour)
                if line.quantity:
                    lines.append(line)
            firsts = self._first_counted(s, found, shipped)
            for order in sorted(orders, key=lambda o: o.ref):
                card = cards.get(order.product_id)
                if card is None or not card.setup_fee:
                    continue
                first = firsts.get(order.ref)
                if first is not None and start <= first < end:
                    lines.append(InvoiceLine(order.ref, render(msg("costing.setup_line", order=order.ref)),
                                             Decimal(1), "order", card.setup_fee, costing.to_cent(card.setup_fee)))
            return Invoice(found.code, found.name, month, found.invoice_basis, tuple(lines), tuple(unrated))

    @staticmethod
    def _completed_kits(s: Session, customer: Customer, start: datetime, end: datetime) -> dict[uuid.UUID, int]:
        """Kits made in the month for the customer's orders, less those dismantled in it, by kit product."""
        rows = s.execute(
            select(Order.product_id, func.sum(StockMovement.quantity))
            .join(Order, Order.id == StockMovement.order_id)
            .where(Order.customer_id == customer.id, StockMovement.product_id == Order.product_id,
                   StockMovement.created_at >= start, StockMovement.created_at < end,
                   or_(StockMovement.kind == MovementKind.PRODUCE.value,
                       StockMovement.posting_key.startswith(DISMANTLE_PREFIX)))
            .group_by(Order.product_id)).all()
        return {product_id: int(n) for product_id, n in rows if n}

    @staticmethod
    def _shipped_kits(s: Session, customer: Customer, start: datetime, end: datetime) -> dict[uuid.UUID, int]:
        rows = s.execute(
            select(HandlingUnit.product_id, func.sum(HandlingUnit.count))
            .join(Shipment, Shipment.id == HandlingUnit.shipment_id)
            .where(Shipment.customer_id == customer.id, Shipment.status == ShipmentStatus.SHIPPED.value,
                   Shipment.shipped_at >= start, Shipment.shipped_at < end)
            .group_by(HandlingUnit.product_id)).all()
        return {product_id: int(n) for product_id, n in rows if n}

    @staticmethod
    def _first_counted(s: Session, customer: Customer, shipped: bool) -> dict[str, datetime]:
        """When each order's first invoiced kit was counted (order ref -> time): its set-up fee falls in
        that month."""
        if shipped:
            rows = s.execute(select(HandlingUnit.order_ref, func.min(Shipment.shipped_at))
                             .join(Shipment, Shipment.id == HandlingUnit.shipment_id)
                             .where(Shipment.customer_id == customer.id, Shipment.status == ShipmentStatus.SHIPPED.value,
                                    HandlingUnit.order_ref.is_not(None))
                             .group_by(HandlingUnit.order_ref)).all()
        else:
            rows = s.execute(select(Order.ref, func.min(StockMovement.created_at))
                             .join(Order, Order.id == StockMovement.order_id)
                             .where(Order.customer_id == customer.id, StockMovement.product_id == Order.product_id,
                                    StockMovement.kind == MovementKind.PRODUCE.value)
                             .group_by(Order.ref)).all()
        return {ref: _aware(at) for ref, at in rows if at is not None}

    def write_invoice(self, customer: str, month: str, path: Path, lang: str = "fr") -> Invoice:
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise DomainError(msg("costing.bad_format", file=path.name))
        invoice = self.invoice(customer, month)
        data = invoice_xlsx(invoice, lang) if suffix == ".xlsx" else invoice_csv(invoice, lang)
        write_atomically(path, data)
        return invoice

    def write_statement(self, ref: str, path: Path, lang: str = "fr") -> OrderCostView:
        view = self.order_cost(ref)
        write_atomically(Path(path), statement_pdf(view, self._clock().date(), lang))
        return view


def _aware(at: datetime) -> datetime:
    """func.min() loses the column's type: SQLite gives back the naive UTC text, read here as UTC."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _order(s: Session, ref: str) -> Order:
    """The order by its reference, with its kit and customer; an unknown one said plainly."""
    order = s.scalars(select(Order).where(Order.ref == ref)
                      .options(selectinload(Order.product), selectinload(Order.customer))).one_or_none()
    if order is None:
        raise DomainError(msg("costing.unknown_order", order=ref))
    return order


def _local(at: datetime) -> datetime:
    """The workshop's clock: an hour on the chart is the hour on the wall."""
    return at.astimezone()


def _rate(card: RateCard | None) -> Rate | None:
    if card is None:
        return None
    return Rate(card.price_per_kit, card.price_per_hour, card.setup_fee or Decimal(0), card.standard_seconds)


def _rate_json(rate: Rate | None) -> dict | None:
    if rate is None:
        return None
    return {"price_per_kit": _trim_text(rate.price_per_kit), "price_per_hour": _trim_text(rate.price_per_hour),
            "setup_fee": _trim_text(rate.setup_fee), "standard_seconds": _trim_text(rate.standard_seconds)}


# ---------------------------------------------------------------------- the files
def _say(lang: str, message_id: str, **args) -> str:
    return render(msg(message_id, **args), lang)


def _header_block(invoice: Invoice, lang: str) -> list[list]:
    basis = "costing.basis_shipped" if invoice.basis == InvoiceBasis.SHIPPED.value else "costing.basis_completed"
    return [[_say(lang, "costing.inv_customer"), f"{invoice.customer_name} ({invoice.customer})"],
            [_say(lang, "costing.inv_month"), invoice.month],
            [_say(lang, "costing.inv_basis"), _say(lang, basis)],
            []]


def _columns(lang: str) -> list[str]:
    return [_say(lang, f"costing.col_{c}") for c in ("sku", "name", "quantity", "unit", "unit_price", "amount")]


def _unit(line: InvoiceLine, lang: str) -> str:
    return _say(lang, f"costing.unit_{line.unit}")


def invoice_csv(invoice: Invoice, lang: str = "fr") -> bytes:
    """`;`-separated, UTF-8 with BOM and CRLF (French Excel opens it); amounts with the language's decimal
    separator (a comma in French), text cells neutralised against formulas."""
    comma = lang == "fr"

    def number(value: Decimal) -> str:
        text = str(value)
        return text.replace(".", ",") if comma else text

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in _header_block(invoice, lang):
        writer.writerow([neutralise_formula(c) for c in row])
    writer.writerow(_columns(lang))
    for line in invoice.lines:
        writer.writerow([neutralise_formula(line.sku), neutralise_formula(line.name), number(line.quantity),
                         _unit(line, lang), number(_plain(line.unit_price)), number(line.amount)])
    writer.writerow([_say(lang, "costing.total"), "", "", "", "", number(invoice.total)])
    return out.getvalue().encode("utf-8-sig")


def invoice_xlsx(invoice: Invoice, lang: str = "fr") -> bytes:
    """One sheet: who, which month, on what basis; a line per kit product and per set-up fee; the total
    as a value (any reader gets it, formulas or not). Headers bold, money formatted, widths set."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _say(lang, "costing.sheet")
    bold = Font(bold=True)
    for row in _header_block(invoice, lang):
        sheet.append(row)
        if row:
            sheet.cell(sheet.max_row, 1).font = bold
    sheet.append(_columns(lang))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold
    for line in invoice.lines:
        sheet.append([line.sku, line.name, line.quantity, _unit(line, lang), line.unit_price, line.amount])
        row = sheet.max_row
        sheet.cell(row, 3).number_format = "0" if line.unit != "hour" else "0.00"
        sheet.cell(row, 5).number_format = '#,##0.00##'
        sheet.cell(row, 6).number_format = MONEY_FORMAT
    sheet.append([_say(lang, "costing.total"), None, None, None, None, invoice.total])
    total_row = sheet.max_row
    for cell in sheet[total_row]:
        cell.font = bold
    sheet.cell(total_row, 6).number_format = MONEY_FORMAT
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    widths = [18, 46, 12, 12, 16, 16]
    for i, width in enumerate(widths, start=1):
        longest = max((len(str(c.value)) for c in sheet[get_column_letter(i)] if c.value is not None), default=0)
        sheet.column_dimensions[get_column_letter(i)].width = max(width, min(60, longest + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def statement_pdf(view: OrderCostView, made_on: date, lang: str = "fr") -> bytes:
    """A4, large plain type: the order's figures, one line each, as `order cost` says them."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=12.5, leading=17, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=10, leading=13)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape(pdf_text(text)), style)

    lines = view.lines()
    story = [p(_say(lang, "costing.statement_title", order=view.ref), h1)]
    story += [p(render(line, lang)) for line in lines[:-1]]
    story += [p(render(lines[-1], lang), small),
              p(_say(lang, "costing.statement_made_on", day=made_on.isoformat()), small)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=20 * mm, title=_say(lang, "costing.statement_title", order=view.ref),
                            author="Log'ins Desktop")
    doc.build(story)
    return buffer.getvalue()
