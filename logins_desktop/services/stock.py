"""Stock use cases: receipts, adjustments, postings, on-hand, consistency checks, export."""

from __future__ import annotations

import csv
import os
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from logins_desktop.domain.cells import QUANTITY, neutralise_formula
from logins_desktop.domain.lots import Expiry, expiry_state
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.auth import MANAGER_ROLES, SignedIn, verify_session
from logins_desktop.store import ledger, queries
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting, PostResult, StockError
from logins_desktop.store.models import Location, MovementKind, Product, StockOnHand


@dataclass(frozen=True)
class LotLine:
    """A lot on hand at a location, and where it stands against its expiry (an Expiry value)."""

    row: queries.LotRow
    state: str

    @property
    def flagged(self) -> bool:
        return self.state in (Expiry.EXPIRED, Expiry.SOON)


def movement_kind_words(kind: str) -> Message:
    """How a movement's kind reads in the history (the screens never look into store/ for it)."""
    return ledger.kind_label(kind)


@dataclass(frozen=True)
class Actor:
    """Who does something: a user's username or a worker's badge, for the ledger and the audit log.

    Rights come only from a signed-in session (Actor.of(session)): a name alone has none."""

    name: str
    session: SignedIn | None = field(default=None, kw_only=True)

    @classmethod
    def of(cls, session: SignedIn) -> Actor:
        return cls(session.key, session=session)

    @property
    def is_manager(self) -> bool:
        return verify_session(self.session) and self.session.role in MANAGER_ROLES and self.session.key == self.name


def product_by_sku(session, sku: str) -> Product:
    product = session.scalars(select(Product).where(Product.sku == sku)).one_or_none()
    if product is None:
        raise StockError(msg("stock.unknown_product", sku=sku))
    return product


def location_by_code(session, code: str) -> Location:
    location = session.scalars(select(Location).where(Location.code == code)).one_or_none()
    if location is None:
        raise StockError(msg("stock.unknown_location", code=code))
    return location


class StockService:
    def __init__(self, db: Database, station: str = ""):
        self._db = db
        self._station = station

    def post(self, posting: Posting) -> PostResult:
        with self._db.write() as session:
            return ledger.post(session, posting)

    def receive(self, actor: Actor, sku: str, location: str, quantity: int, key: str | None = None,
                lot: str = "", expiry: date | None = None) -> PostResult:
        if quantity <= 0:
            raise StockError(msg("stock.receipt_positive"))
        if quantity > QUANTITY[1]:  # the import's bound: sums stay far inside 64 bits
            raise StockError(msg("import.out_of_range", value=quantity, minimum=QUANTITY[0], maximum=QUANTITY[1]))
        with self._db.write() as session:
            line = Line(MovementKind.RECEIPT, product_by_sku(session, sku).id, location_by_code(session, location).id,
                        quantity, lot.strip(), expiry)
            posting = Posting(key or f"receipt:{uuid.uuid4()}", actor.name, (line,), station=self._station)
            return ledger.post(session, posting)

    def adjust(self, actor: Actor, sku: str, location: str, delta: int, reason: str, key: str | None = None) -> PostResult:
        """A counted correction. Only a manager may take stock below zero, and only with a reason."""
        if not reason.strip():
            raise StockError(msg("stock.adjust_needs_reason"))
        with self._db.write() as session:
            line = Line(MovementKind.ADJUST, product_by_sku(session, sku).id, location_by_code(session, location).id, delta)
            posting = Posting(
                key or f"adjust:{uuid.uuid4()}",
                actor.name,
                (line,),
                station=self._station,
                reason=reason,
                allow_negative=actor.is_manager,
            )
            result = ledger.post(session, posting)
            if result.created:
                audit.record(session, actor.name, "stock.adjust", "product", sku, location=location, delta=delta, reason=reason)
            return result

    def on_hand(self, sku: str, location: str | None = None) -> int:
        with self._db.read() as session:
            product = product_by_sku(session, sku)
            loc_id = location_by_code(session, location).id if location else None
            return ledger.on_hand(session, product.id, loc_id)

    def consistency_problems(self) -> list[Message]:
        """What `db check` reports about the ledger: cache != ledger is an error, and so is a total
        beyond 64 bits (SQLite then keeps a float, no longer an exact count)."""
        limit = 2**63 - 1
        with self._db.read() as session:
            problems = []
            for d in ledger.ledger_discrepancies(session, include_beyond=limit):
                sku, loc = ledger.describe_key(session, d.product_id, d.location_id)
                if max(abs(d.ledger), abs(d.cached)) > limit:
                    problems.append(msg("import.on_hand_beyond_range", sku=sku, location=loc, quantity=d.ledger))
                else:
                    problems.append(msg("stock.cache_mismatch", sku=sku, location=loc, cached=d.cached, ledger=d.ledger))
            if stale := ledger.stale_sort_keys(session):
                problems.append(msg("stock.stale_sort_keys", n=stale))
            return problems

    def negative_stock(self) -> list[Message]:
        """Below-zero quantities (only a manager's adjustment can cause them): warnings, not errors."""
        with self._db.read() as session:
            out = []
            for product_id, location_id, qty in ledger.negative_on_hand(session):
                sku, loc = ledger.describe_key(session, product_id, location_id)
                out.append(msg("stock.negative", sku=sku, location=loc, quantity=qty))
            return out

    def export_csv(self, path: Path, progress=None) -> int:
        """Write sku;location;quantity for every non-zero on-hand quantity (French Excel: ; and BOM).

        Text cells that a spreadsheet would run as a formula are neutralised (a leading `'`);
        quantities are written as numbers. `progress(phase, done, total)` as for the import."""
        with self._db.read() as session:
            rows = session.execute(
                select(Product.sku, Location.code, StockOnHand.quantity)
                .join(Product, Product.id == StockOnHand.product_id)
                .join(Location, Location.id == StockOnHand.location_id)
                .where(StockOnHand.quantity != 0)
                .order_by(Product.sku, Location.code)
            ).all()
        # Written beside the target and renamed at the end: an export stopped (progress raised) or
        # failed leaves no half file under the name a person will open.
        path = Path(path)
        partial = path.with_name(f".{path.name}.partial")
        try:
            with open(partial, "w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
                writer.writerow(["sku", "location", "quantity"])
                for done, (sku, location, quantity) in enumerate(rows, start=1):
                    writer.writerow([neutralise_formula(sku), neutralise_formula(location), quantity])
                    if progress and (done % 5000 == 0 or done == len(rows)):
                        progress("exporting", done, len(rows))
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        return len(rows)

    # Read side of the stock view.
    def count_rows(self, text: str = "") -> int:
        with self._db.read() as session:
            return queries.count_stock_rows(session, text)

    def rows(self, text: str, offset: int, limit: int, matches: int | None = None) -> list[queries.StockRow]:
        with self._db.read() as session:
            return queries.stock_rows(session, text, offset, limit, matches)

    def lots(self, today: date, warning_days: int, text: str = "") -> list[LotLine]:
        """The lots on hand, soonest expiry first, each with where it stands (domain.lots.Expiry);
        with `text`, the lots whose code holds it, used-up ones too (queries.lots_on_hand)."""
        with self._db.read() as session:
            rows = queries.lots_on_hand(session, text)
        return [LotLine(row, expiry_state(row.expiry, today, warning_days)) for row in rows]

    def count_movements(self, product_id: uuid.UUID) -> int:
        with self._db.read() as session:
            return queries.count_movements(session, product_id)

    def movements(self, product_id: uuid.UUID, offset: int, limit: int) -> list[queries.MovementRow]:
        with self._db.read() as session:
            return queries.movements(session, product_id, offset, limit)

