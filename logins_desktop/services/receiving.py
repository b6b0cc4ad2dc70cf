"""Receiving and counting by scan, for the logistics console.

Receiving: scan the location, then each supplier code — a GS1-128 with AI 02/37/10 brings its count
and batch, a GTIN counts one (or QUANTITÉ n) — and each scan is a receipt in the ledger.
Counting: scan a location, scan what is there, then close the count: every difference becomes an
adjustment with its reason, in one posting.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, update

from logins_desktop.domain.barcodes import Code, CodeKind, CommandName, read_code
from logins_desktop.domain.cells import NAME_LENGTH
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.lots import Tracking, count_differences, gs1_date
from logins_desktop.domain.receipts import Announced, differences, match
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit, evidence
from logins_desktop.services.stock import Actor
from logins_desktop.store import ledger, queries
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    EvidencePhoto,
    ExpectedReceipt,
    ExpectedReceiptLine,
    ExpectedReceiptStatus,
    Location,
    MovementKind,
    Product,
    StockMovement,
    StockOnHand,
    utcnow,
)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: Message


@dataclass
class _Scanned:
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    batch: str | None
    expiry: date | None = None
    tracked: bool = False  # the product's stock is held per lot (or serial)
    serial: bool = False  # one unit per serial number (AI 21)


class _ScanSession:
    """What receiving and counting share: a current location, QUANTITÉ n, reading an article's code."""

    def __init__(self, db: Database, actor: str, station: str = ""):
        self._db = db
        self.actor = actor
        self.station = station
        self.location: tuple[uuid.UUID, str] | None = None
        self.pending_quantity = 1

    def _location(self, code: str) -> tuple[uuid.UUID, str] | None:
        with self._db.read() as s:
            return queries.location_ref(s, code)

    def _article(self, text: str, symbology: str | None) -> _Scanned | Message:
        """The article and its quantity, or the reason it cannot be one."""
        code = read_code(text, symbology)
        if code.kind is CodeKind.INVALID:
            return code.error
        if not code.gtin:
            return msg("receiving.not_location_nor_article", code=text)
        with self._db.read() as s:
            product = queries.product_by_gtin(s, code.gtin)
            if product is None:
                return msg("receiving.unknown_gtin", gtin=code.gtin.lstrip("0"))
            expiry = code.ais.get("17")
            try:
                expires = gs1_date(expiry) if expiry else None
            except DomainError as exc:
                return exc.message
            return _Scanned(product.id, product.sku, product.name, code.count_or(self.pending_quantity),
                            code.ais.get("10") or code.ais.get("21"), expires, bool(product.tracking),
                            product.tracking == Tracking.SERIAL)

    def _quantity_command(self, text: str, symbology: str | None) -> Outcome | None:
        code = read_code(text, symbology)
        if code.kind is CodeKind.COMMAND and code.command is CommandName.QUANTITY:
            self.pending_quantity = code.quantity
            return Outcome(True, msg("receiving.quantity_next", quantity=code.quantity))
        return None


@dataclass(frozen=True)
class _Receipt:
    """One receipt of the session, what its undo needs."""

    posting_key: str  # "" for units refused as damaged: nothing went into stock
    product_id: uuid.UUID
    location_id: uuid.UUID
    quantity: int
    lot: str
    expiry: date | None
    line_id: uuid.UUID | None  # the announced line it counted against
    sku: str = ""
    photos: list[uuid.UUID] = field(default_factory=list)  # of damaged units (services.evidence)

    @property
    def damaged(self) -> bool:
        return not self.posting_key


@dataclass(frozen=True)
class ReceivedRow:
    """One line of the session's list as the page shows it."""

    sku: str
    name: str
    quantity: int
    batch: str | None
    location: str
    damaged: bool = False  # refused at the dock: not in stock


class ReceivingSession(_ScanSession):
    def __init__(self, db: Database, actor: str, station: str = ""):
        super().__init__(db, actor, station)
        self.received: list[ReceivedRow] = []
        self._receipts: list[_Receipt] = []
        self.last_reference: str | None = None  # the notice the last scan counted against
        # The last scan's valid GTIN that no article has, kept so that the manager can create the
        # article on the spot and receive that very scan (create_article).
        self.unknown: tuple[str, str | None, Code] | None = None
        # The next article is damaged: refused at the dock and noted on its notice, not put in stock.
        self.pending_damaged = False

    def scan(self, text: str, symbology: str | None = None) -> Outcome:
        if (command := self._quantity_command(text, symbology)) is not None:
            return command
        location = self._location(text.strip())
        if location is not None:
            self.location = location
            return Outcome(True, msg("receiving.receiving_at", location=location[1]))
        if self.location is None:
            return Outcome(False, msg("receiving.scan_location_first"))
        article = self._article(text, symbology)
        if isinstance(article, Message):
            unknown = article.id == "receiving.unknown_gtin"
            self.unknown = (text, symbology, read_code(text, symbology)) if unknown else None
            return Outcome(False, article)
        self.unknown = None
        if article.serial and (refused := self._serial_problem(article)) is not None:
            self.pending_quantity = 1
            return Outcome(False, refused)
        if self.pending_damaged:
            return self._refuse_damaged(article)
        with self._db.write() as s:
            announced = open_announced(s)
            line = match(announced, article.product_id, article.batch or "")
            # The lot (or serial) and its expiry go on the ledger line: stock is held per lot from here.
            # A plain EAN of an announced lot takes the lot the notice names.
            lot = article.batch or (line.lot if line else "")
            expiry = article.expiry or (line.expiry if line and line.lot == lot else None)
            key = f"receipt:{uuid.uuid4()}"
            ledger.post(s, Posting(key, self.actor, (Line(MovementKind.RECEIPT, article.product_id, self.location[0],
                                                          article.quantity, lot, expiry),),
                                   station=self.station, reason="scan"))
            if line is not None:
                s.execute(update(ExpectedReceiptLine).where(ExpectedReceiptLine.id == line.line_id)
                          .values(received=ExpectedReceiptLine.received + article.quantity))
        self.pending_quantity = 1
        self.received.append(ReceivedRow(article.sku, article.name, article.quantity, lot or None, self.location[1]))
        self._receipts.append(_Receipt(key, article.product_id, self.location[0], article.quantity, lot, expiry,
                                       line.line_id if line else None))
        if lot:
            said = msg("receiving.received_batch", quantity=article.quantity, product=article.name,
                       location=self.location[1], batch=lot)
        else:
            said = msg("receiving.received", quantity=article.quantity, product=article.name, location=self.location[1])
        if line is not None:
            self.last_reference = line.reference
            got = line.received + article.quantity
            return Outcome(True, msg("receiving.against_notice", received=said, reference=line.reference, got=got,
                                     expected=line.expected, left=max(0, line.expected - got)))
        if announced:
            return Outcome(True, msg("receiving.not_announced", received=said))
        return Outcome(True, said)

    def _serial_problem(self, article: _Scanned) -> Message | None:
        """A serial-tracked unit is received once, one at a time: a second read of the same label, or
        a count on it, would put two units with one serial in stock (and the station would then take
        the second for a unit already used)."""
        if not article.batch:
            return msg("lots.serial_needed", item=article.name)
        if article.quantity != 1:
            return msg("lots.serial_one_by_one", item=article.name)
        with self._db.read() as s:
            held = s.execute(select(Location.code, func.sum(StockMovement.quantity))
                             .join(Location, Location.id == StockMovement.location_id)
                             .where(StockMovement.product_id == article.product_id, StockMovement.lot == article.batch)
                             .group_by(Location.code).having(func.sum(StockMovement.quantity) > 0)).first()
        if held is not None:
            return msg("receiving.serial_in_stock", product=article.name, serial=article.batch, location=held[0])
        return None

    def _refuse_damaged(self, article: _Scanned) -> Outcome:
        """Damaged units refused at the dock: noted on the announced line they came for (the close
        lists them, and they stay expected in the backorder), audited, never received into stock."""
        with self._db.write() as s:
            line = match(open_announced(s), article.product_id, article.batch or "")
            if line is not None:
                s.execute(update(ExpectedReceiptLine).where(ExpectedReceiptLine.id == line.line_id)
                          .values(damaged=ExpectedReceiptLine.damaged + article.quantity))
            audit.record(s, self.actor, "receiving.damaged", "product", article.sku, quantity=article.quantity,
                         lot=article.batch or "", notice=line.reference if line else None, location=self.location[1])
        self.pending_quantity, self.pending_damaged = 1, False
        self.received.append(ReceivedRow(article.sku, article.name, article.quantity, article.batch, self.location[1],
                                         damaged=True))
        self._receipts.append(_Receipt("", article.product_id, self.location[0], article.quantity, article.batch or "",
                                       article.expiry, line.line_id if line else None, article.sku))
        if line is None:
            return Outcome(True, msg("receiving.damaged_refused", quantity=article.quantity, product=article.name))
        self.last_reference = line.reference
        return Outcome(True, msg("receiving.damaged_on_notice", quantity=article.quantity, product=article.name,
                                 reference=line.reference))

    @property
    def can_photograph(self) -> bool:
        """Whether the last receipt is a refusal that can take one more photo."""
        return bool(self._receipts) and self._receipts[-1].damaged and \
            len(self._receipts[-1].photos) < evidence.MOST_PER_SUBJECT

    def photograph_damaged(self, data: bytes) -> Outcome:
        """A photo of the units just refused as damaged (the camera's or a picture chosen by touch)."""
        if not self._receipts or not self._receipts[-1].damaged:
            return Outcome(False, msg("evidence.nothing_damaged"))
        last = self._receipts[-1]
        try:
            kept = evidence.photograph_damaged(self._db, self.actor, self.station, data, earlier=last.photos,
                                               line_id=last.line_id, product_id=last.product_id, lot=last.lot,
                                               sku=last.sku)
        except DomainError as exc:
            return Outcome(False, exc.message)
        last.photos.append(kept.id)
        return Outcome(True, kept.message)

    def create_article(self, name: str, actor: Actor) -> Outcome:
        """Create the article the last scan named and no article has (a supplier's new reference on
        the dock), then receive that scan. The logistics manager's right; audited. Its SKU is its
        GTIN until the products import gives the customer's own; a code that carried a lot (AI 10)
        or a serial (AI 21) makes it tracked that way."""
        if self.unknown is None:
            return Outcome(False, msg("receiving.nothing_to_create"))
        if not actor.is_manager:
            return Outcome(False, msg("receiving.create_not_allowed"))
        name = " ".join(name.split())
        if not name:
            return Outcome(False, msg("receiving.create_needs_name"))
        name = (name[:1].upper() + name[1:])[:NAME_LENGTH]
        text, symbology, code = self.unknown
        gtin = code.gtin[1:] if code.gtin.startswith("0") else code.gtin  # an EAN-13 as printed, else the GTIN-14
        tracking = Tracking.SERIAL if "21" in code.ais else Tracking.LOT if "10" in code.ais else Tracking.NONE
        with self._db.write() as s:
            if queries.product_by_gtin(s, code.gtin) is None:  # another console may have just made it
                taken = s.scalar(select(Product.id).where(Product.sku == gtin)) is not None
                sku = f"GTIN-{gtin}" if taken else gtin
                s.add(Product(sku=sku, gtin=gtin, name=name, tracking=tracking))
                audit.record(s, actor.name, "product.create_at_receiving", "product", sku, gtin=gtin, name=name,
                             tracking=tracking)
        self.unknown = None
        received = self.scan(text, symbology)
        return Outcome(received.ok, msg("receiving.article_created", gtin=gtin, name=name, received=received.message))

    def undo_last(self) -> Outcome:
        """Take back the session's last receipt (a wrong count, a scan of the wrong carton): the units
        out of the location again, and off the announced line it counted against."""
        if not self._receipts:
            return Outcome(False, msg("receiving.nothing_to_undo"))
        last = self._receipts[-1]
        row = self.received[-1]
        sku, name, quantity, location = row.sku, row.name, row.quantity, row.location
        if last.damaged:  # nothing went into stock: only the note on the notice comes off
            with self._db.write() as s:
                announced = s.get(ExpectedReceiptLine, last.line_id) if last.line_id else None
                if announced is not None:
                    announced.damaged = max(0, announced.damaged - last.quantity)
                audit.record(s, self.actor, "receiving.damaged_undone", "product", sku, quantity=last.quantity)
                photos = evidence.discard(s, self.actor, last.photos, "receiving.damaged_undone")
            evidence.remove_files(photos)
            self._receipts.pop()
            self.received.pop()
            return Outcome(True, msg("receiving.damaged_undone", quantity=last.quantity, product=name))
        try:
            with self._db.write() as s:
                ledger.post(s, Posting(f"undo:{last.posting_key}", self.actor,
                                       (Line(MovementKind.ADJUST, last.product_id, last.location_id, -last.quantity,
                                             last.lot, last.expiry),),
                                       station=self.station, reason=f"{location}: ↶ {last.posting_key}"))
                announced = s.get(ExpectedReceiptLine, last.line_id) if last.line_id else None
                if announced is not None:
                    announced.received = max(0, announced.received - last.quantity)
        except DomainError as exc:  # the units already moved on: said, nothing changed
            return Outcome(False, exc.message or msg("receiving.cannot_undo", product=name))
        self._receipts.pop()
        self.received.pop()
        return Outcome(True, msg("receiving.undone", quantity=quantity, product=name, location=location))


@dataclass
class CountLine:
    product_id: uuid.UUID
    sku: str
    name: str
    expected: int
    counted: int = 0
    # A lot-tracked product: what the ledger holds of each lot here, and what was counted of each
    # ("" for plain EANs); the count then corrects each lot (domain.lots.count_differences).
    expected_lots: dict[str, int] = field(default_factory=dict)
    counted_lots: dict[str, int] = field(default_factory=dict)
    expiries: dict[str, date | None] = field(default_factory=dict)

    @property
    def difference(self) -> int:
        return self.counted - self.expected

    def lot_differences(self) -> dict[str, int]:
        if not self.expected_lots and not any(self.counted_lots):
            return {"": self.difference} if self.difference else {}
        return count_differences(self.expected, self.expected_lots, self.counted_lots)


class CountSession(_ScanSession):
    def __init__(self, db: Database, actor: str, station: str = ""):
        super().__init__(db, actor, station)
        self.lines: dict[uuid.UUID, CountLine] = {}

    def scan(self, text: str, symbology: str | None = None) -> Outcome:
        if (command := self._quantity_command(text, symbology)) is not None:
            return command
        location = self._location(text.strip())
        if location is not None:
            if self.location is not None and any(line.counted for line in self.lines.values()):
                return Outcome(False, msg("receiving.finish_count_first", location=self.location[1]))
            self._start(location)
            return Outcome(True, msg("receiving.count_at", location=location[1], n=len(self.lines)))
        if self.location is None:
            return Outcome(False, msg("receiving.scan_count_location_first"))
        article = self._article(text, symbology)
        if isinstance(article, Message):
            return Outcome(False, article)
        line = self.lines.setdefault(article.product_id, CountLine(article.product_id, article.sku, article.name, 0))
        line.counted += article.quantity
        self.pending_quantity = 1
        lot = (article.batch or "") if article.tracked else ""
        line.counted_lots[lot] = line.counted_lots.get(lot, 0) + article.quantity
        if lot:
            line.expiries.setdefault(lot, article.expiry)
            return Outcome(True, msg("receiving.counted_lot", product=line.name, lot=lot,
                                     lot_counted=line.counted_lots[lot], lot_expected=line.expected_lots.get(lot, 0),
                                     counted=line.counted, expected=line.expected))
        return Outcome(True, msg("receiving.counted", product=line.name, counted=line.counted, expected=line.expected))

    def start_at(self, code: str) -> bool:
        """Start counting a location by its code (a tap on the console, not a scan); False if unknown."""
        location = self._location(code)
        if location is None:
            return False
        self._start(location)
        return True

    def _start(self, location: tuple[uuid.UUID, str]) -> None:
        self.location = location
        with self._db.read() as s:
            rows = s.execute(
                select(StockOnHand.product_id, Product.sku, Product.name, StockOnHand.quantity, Product.tracking)
                .join(Product, Product.id == StockOnHand.product_id)
                .where(StockOnHand.location_id == location[0], StockOnHand.quantity != 0)
                .order_by(Product.sku)
            ).all()
            tracked = [pid for pid, _sku, _name, _qty, tracking in rows if tracking]
            balances = ledger.lot_balances(s, tracked) if tracked else {}
        self.lines = {pid: CountLine(pid, sku, name, qty) for pid, sku, name, qty, _tracking in rows}
        for pid in tracked:
            here = balances.get((pid, location[0]), [])
            self.lines[pid].expected_lots = {b.lot: b.quantity for b in here}
            self.lines[pid].expiries = {b.lot: b.expiry for b in here}

    def close(self, reason: str) -> list[CountLine]:
        """Post every difference as an adjustment (one posting); returns the lines that differed."""
        if self.location is None:
            raise DomainError(msg("receiving.no_count"))
        if not reason.strip():
            raise DomainError(msg("receiving.count_needs_reason"))
        differing = [line for line in self.lines.values() if line.lot_differences()]
        if differing:
            # One line per lot that differs: each lot ends as counted, and on-hand with it.
            lines = tuple(Line(MovementKind.ADJUST, line.product_id, self.location[0], difference, lot,
                               line.expiries.get(lot))
                          for line in differing for lot, difference in line.lot_differences().items())
            posting = Posting(f"count:{uuid.uuid4()}", self.actor, lines, station=self.station,
                              reason=f"{self.location[1]}: {reason}", allow_negative=True)
            with self._db.write() as s:
                ledger.post(s, posting)
                audit.record(s, self.actor, "stock.count", "location", self.location[1], reason=reason,
                             differences={line.sku: line.difference for line in differing},
                             lots={line.sku: line.lot_differences() for line in differing
                                   if any(line.lot_differences())})
        self.location, self.lines = None, {}
        return differing





# ---------------------------------------------------------------------- announced deliveries
def open_announced(s) -> list[Announced]:
    """The lines of the open notices, oldest notice first (what a scan counts against)."""
    rows = s.execute(
        select(ExpectedReceiptLine, ExpectedReceipt.reference)
        .join(ExpectedReceipt, ExpectedReceipt.id == ExpectedReceiptLine.receipt_id)
        .where(ExpectedReceipt.status == ExpectedReceiptStatus.OPEN.value)
        .order_by(ExpectedReceipt.created_at, ExpectedReceipt.reference, ExpectedReceiptLine.line_no))
    return [Announced(x.id, reference, x.product_id, x.lot, x.expiry, x.expected, x.received, x.damaged)
            for x, reference in rows]


@dataclass(frozen=True)
class AnnouncedLine:
    sku: str
    name: str
    lot: str
    received: int
    expected: int


@dataclass(frozen=True)
class Notice:
    reference: str
    lines: tuple[AnnouncedLine, ...]

    @property
    def left(self) -> int:
        return sum(max(0, x.expected - x.received) for x in self.lines)


def open_notices(db: Database) -> list[Notice]:
    """The announced deliveries still open, with what each line received so far."""
    with db.read() as s:
        rows = s.execute(
            select(ExpectedReceipt.reference, Product.sku, Product.name, ExpectedReceiptLine.lot,
                   ExpectedReceiptLine.received, ExpectedReceiptLine.expected)
            .join(ExpectedReceipt, ExpectedReceipt.id == ExpectedReceiptLine.receipt_id)
            .join(Product, Product.id == ExpectedReceiptLine.product_id)
            .where(ExpectedReceipt.status == ExpectedReceiptStatus.OPEN.value)
            .order_by(ExpectedReceipt.created_at, ExpectedReceipt.reference, ExpectedReceiptLine.line_no)).all()
    notices: dict[str, list[AnnouncedLine]] = {}
    for reference, *line in rows:
        notices.setdefault(reference, []).append(AnnouncedLine(*line))
    return [Notice(reference, tuple(lines)) for reference, lines in notices.items()]


@dataclass(frozen=True)
class NoticeClosed:
    reference: str
    short: tuple[tuple[str, str, int], ...]  # sku, lot, units short
    over: tuple[tuple[str, str, int], ...]
    backorder: str | None  # the new notice that still expects what was short
    damaged: tuple[tuple[str, str, int], ...] = ()  # refused at the dock (short too: expected again)
    photos: tuple[str, ...] = ()  # the damaged units' photos, files under services.evidence.evidence_dir()

    def lines(self) -> list[Message]:
        said = [msg("receiving.notice_closed", reference=self.reference, short=len(self.short), over=len(self.over))]
        said += [msg("receiving.notice_short", sku=sku, lot=lot or "—", quantity=q) for sku, lot, q in self.short]
        said += [msg("receiving.notice_over", sku=sku, lot=lot or "—", quantity=q) for sku, lot, q in self.over]
        said += [msg("receiving.notice_damaged", sku=sku, lot=lot or "—", quantity=q) for sku, lot, q in self.damaged]
        if self.photos:
            said.append(msg("receiving.notice_photos", count=len(self.photos), folder=str(evidence.evidence_dir())))
        if self.backorder:
            said.append(msg("receiving.notice_backorder", reference=self.backorder))
        return said


def close_notice(db: Database, reference: str, actor: str) -> NoticeClosed:
    """Close an announced delivery: what was short or over recorded (audit), and what is still short
    left expected as a backorder, a new notice `REF-R1` (R2… if that one was short too)."""
    with db.write() as s:
        receipt = s.scalars(select(ExpectedReceipt).where(ExpectedReceipt.reference == reference.strip())).one_or_none()
        if receipt is None:
            raise DomainError(msg("receiving.unknown_notice", reference=reference))
        if receipt.status != ExpectedReceiptStatus.OPEN.value:
            raise DomainError(msg("receiving.notice_already_closed", reference=receipt.reference))
        skus = dict(s.execute(select(Product.id, Product.sku)
                              .where(Product.id.in_([x.product_id for x in receipt.lines]))).all())
        found = differences(Announced(x.id, receipt.reference, x.product_id, x.lot, x.expiry, x.expected, x.received,
                                      x.damaged) for x in receipt.lines)
        short = tuple((skus[d.line.product_id], d.line.lot, d.short) for d in found if d.short)
        over = tuple((skus[d.line.product_id], d.line.lot, d.over) for d in found if d.over)
        damaged = tuple((skus[d.line.product_id], d.line.lot, d.damaged) for d in found if d.damaged)
        photos = tuple(s.scalars(select(EvidencePhoto.file).where(
            EvidencePhoto.receipt_line_id.in_([x.id for x in receipt.lines])).order_by(EvidencePhoto.created_at)))
        receipt.status, receipt.closed_at, receipt.closed_by = ExpectedReceiptStatus.CLOSED.value, utcnow(), actor
        backorder = None
        if short:
            root = receipt.reference.rsplit("-R", 1)[0] if receipt.backorder_of else receipt.reference
            taken = set(s.scalars(select(ExpectedReceipt.reference).where(ExpectedReceipt.reference.like(f"{root}-R%"))))
            backorder = next(f"{root}-R{n}" for n in range(1, len(taken) + 2) if f"{root}-R{n}" not in taken)
            new = ExpectedReceipt(reference=backorder, backorder_of=receipt.id)
            s.add(new)
            s.flush()
            for n, d in enumerate((d for d in found if d.short), start=1):
                s.add(ExpectedReceiptLine(receipt_id=new.id, line_no=n, product_id=d.line.product_id, lot=d.line.lot,
                                          expiry=d.line.expiry, expected=d.short))
        audit.record(s, actor, "receiving.close_notice", "expected_receipt", receipt.reference,
                     short=[list(x) for x in short], over=[list(x) for x in over],
                     damaged=[list(x) for x in damaged], photos=list(photos), backorder=backorder)
    return NoticeClosed(receipt.reference, short, over, backorder, damaged, photos)
