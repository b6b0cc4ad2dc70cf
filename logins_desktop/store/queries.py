"""Read queries behind the stock view: counted, paged, filtered in SQL so 100,000 products stay smooth."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy.orm import Session

from logins_desktop.domain.gs1 import gtin_forms
from logins_desktop.store.ledger import LOT_QUANTITY, lot_sums
from logins_desktop.store.models import Location, Product, StockMovement, StockOnHand


@dataclass(frozen=True)
class StockRow:
    product_id: uuid.UUID
    sku: str
    name: str
    gtin: str | None
    location: str
    quantity: int


@dataclass(frozen=True)
class LotRow:
    sku: str
    name: str
    lot: str
    expiry: date | None
    location: str
    quantity: int


@dataclass(frozen=True)
class MovementRow:
    created_at: datetime
    kind: str
    location: str
    quantity: int
    actor: str
    station: str
    reason: str


def product_by_gtin(session: Session, gtin14: str) -> Product | None:
    """The product a scanned GTIN designates, however its GTIN was stored (8 to 14 digits)."""
    return session.scalars(select(Product).where(Product.gtin.in_(gtin_forms(gtin14)))).first()


def location_ref(session: Session, code: str) -> tuple[uuid.UUID, str] | None:
    """(id, code) of the location with this code, or None."""
    row = session.execute(select(Location.id, Location.code).where(Location.code == code)).first()
    return (row[0], row[1]) if row else None


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(session: Session, column, pattern: str):
    # SQLite's LIKE already ignores ASCII case, and lower() would cost a call per row.
    if session.get_bind().dialect.name == "sqlite":
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def _stock_where(session: Session, text: str) -> list:
    # A literal 0, not a bound parameter: only then can SQLite use the partial index (WHERE quantity != 0).
    conditions = [StockOnHand.quantity != literal_column("0")]
    text = text.strip()
    if text:
        pattern = _like_pattern(text)
        matching_products = select(Product.id).where(
            or_(_contains(session, Product.sku, pattern), _contains(session, Product.name, pattern),
                Product.gtin.like(pattern, escape="\\"))
        )
        matching_locations = select(Location.id).where(_contains(session, Location.code, pattern))
        # Two IN sub-queries, each answered by an index on stock_on_hand (SQLite: MULTI-INDEX OR).
        conditions.append(
            or_(StockOnHand.product_id.in_(matching_products), StockOnHand.location_id.in_(matching_locations))
        )
    return conditions


def count_stock_rows(session: Session, text: str = "") -> int:
    return int(session.scalar(select(func.count()).select_from(StockOnHand).where(*_stock_where(session, text))))


# Below this many matching lines, sorting the matches beats walking the whole sort index.
FEW_MATCHES = 5_000


def stock_rows(
    session: Session, text: str = "", offset: int = 0, limit: int = 200, matches: int | None = None
) -> list[StockRow]:
    """One page in SKU then location order.

    `matches` is the count the view already has: when a filter keeps few lines, the matches are
    found through their indexes and sorted (`sku || ''` stops SQLite walking the sort index);
    otherwise the page is read along the covering (sku, location_code, …) index.
    """
    few = bool(text.strip()) and matches is not None and matches < FEW_MATCHES
    sort_key = StockOnHand.sku.concat("") if few else StockOnHand.sku
    page = (
        select(StockOnHand.product_id, StockOnHand.location_id)
        .where(*_stock_where(session, text))
        .order_by(sort_key, StockOnHand.location_code)
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    query = (
        select(Product.id, Product.sku, Product.name, Product.gtin, StockOnHand.location_code, StockOnHand.quantity)
        .select_from(page)
        .join(StockOnHand, (StockOnHand.product_id == page.c.product_id) & (StockOnHand.location_id == page.c.location_id))
        .join(Product, Product.id == StockOnHand.product_id)
        .order_by(StockOnHand.sku, StockOnHand.location_code)
    )
    return [StockRow(*row) for row in session.execute(query)]


def count_movements(session: Session, product_id: uuid.UUID) -> int:
    return int(session.scalar(select(func.count()).where(StockMovement.product_id == product_id)))


def movements(session: Session, product_id: uuid.UUID, offset: int = 0, limit: int = 200) -> list[MovementRow]:
    """Movement history of one product, newest first."""
    query = (
        select(
            StockMovement.created_at,
            StockMovement.kind,
            Location.code,
            StockMovement.quantity,
            StockMovement.actor,
            StockMovement.station,
            StockMovement.reason,
        )
        .join(Location, Location.id == StockMovement.location_id)
        .where(StockMovement.product_id == product_id)
        .order_by(StockMovement.created_at.desc(), StockMovement.id)
        .offset(offset)
        .limit(limit)
    )
    return [MovementRow(*row) for row in session.execute(query)]


def lots_on_hand(session: Session, text: str = "") -> list[LotRow]:
    """Every lot with units on hand, per location (ledger.lot_sums): the soonest expiry first, lots
    without one last. With `text`, only the lots whose code holds it (any case), and a lot used up
    everywhere as one row without a location and 0: a recall is mostly about lots no longer here."""
    sums = lot_sums()
    if text:
        sums = sums.where(func.upper(StockMovement.lot).contains(text.upper(), autoescape=True))
    else:
        sums = sums.having(LOT_QUANTITY > 0)
    lots = sums.subquery()
    rows = session.execute(
        select(Product.sku, Product.name, lots.c.lot, lots.c.expiry, Location.code, lots.c.quantity)
        .join(Product, Product.id == lots.c.product_id)
        .join(Location, Location.id == lots.c.location_id)
        .order_by(lots.c.expiry.is_(None), lots.c.expiry, Product.sku, lots.c.lot, Location.code))
    found: list[LotRow] = []
    used_up: dict[tuple[str, str], LotRow] = {}
    for sku, name, lot, expiry, location, qty in rows:
        if qty > 0:
            found.append(LotRow(sku, name, lot, expiry, location, int(qty)))
        else:
            used_up.setdefault((sku, lot), LotRow(sku, name, lot, expiry, "", 0))
    held = {(row.sku, row.lot) for row in found}
    found += [row for key, row in used_up.items() if key not in held]
    return sorted(found, key=lambda r: (r.expiry is None, r.expiry or date.max, r.sku, r.lot, r.location))
