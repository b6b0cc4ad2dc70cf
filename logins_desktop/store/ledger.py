"""The stock ledger: append-only movements, posted atomically, with an on-hand cache.

A posting is one business event (a receipt, a kit completed, a shipment…) made of one or more
signed lines. It carries an idempotency key: posting the same key again is a no-op, so a retried
post (a double click, a resend after a lost reply, a sync replay) counts once.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, bindparam, func, insert, select, tuple_, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.ids import new_id
from logins_desktop.domain.lots import LotBalance
from logins_desktop.messages import Message, msg
from logins_desktop.store.models import Location, MovementKind, Product, StockMovement, StockOnHand, utcnow
from logins_desktop.store.prepared import Prepared

# Which sign each kind of line may have. A pick moves goods between locations: out of one, into another.
_ALLOWED_SIGNS = {
    MovementKind.RECEIPT: (+1,),
    MovementKind.PRODUCE: (+1,),
    MovementKind.CONSUME: (-1,),
    MovementKind.SHIP: (-1,),
    MovementKind.PICK: (-1, +1),
    MovementKind.ADJUST: (-1, +1),
}
def kind_label(kind: MovementKind | str) -> Message:
    """The movement kind's name (stock history, refusals), a catalogue message."""
    return msg(f"stock.kind.{MovementKind(kind).value}")


class StockError(DomainError):
    """A movement the ledger refuses; nothing of its posting was written."""


@dataclass(frozen=True)
class Line:
    kind: MovementKind
    product_id: uuid.UUID
    location_id: uuid.UUID
    quantity: int  # signed: + into the location, - out of it
    lot: str = ""  # a tracked product's lot or serial (GS1 AI 10 / 21)
    expiry: date | None = None  # the lot's expiry (AI 17)


@dataclass(frozen=True)
class Posting:
    key: str
    actor: str
    lines: tuple[Line, ...]
    station: str = ""
    reason: str = ""
    order_id: uuid.UUID | None = None
    # A manager's adjustment with a reason may take stock below zero (the shelf was wrong, not the count).
    allow_negative: bool = False


@dataclass(frozen=True)
class LockedStock:
    """On-hand the caller already read under the write lock: every cache row of `products` (zeros
    included), so the ledger need not read them again (the station's hot path)."""

    products: frozenset[uuid.UUID]
    quantities: dict[tuple[uuid.UUID, uuid.UUID], int]


@dataclass(frozen=True)
class PostResult:
    created: bool  # False: this idempotency key was already posted, nothing changed


# Statements built once: the ledger is on the station's hot path (one posting per finished kit).
_KEY_EXISTS = Prepared(select(StockMovement.id).where(StockMovement.posting_key == bindparam("key")).limit(1))
# (Core statements on the tables: executemany without the ORM's per-row bookkeeping.)
_MOVEMENTS = StockMovement.__table__
_CACHE = StockOnHand.__table__
_MOVEMENT_COLUMNS = ("id", "posting_key", "line_no", "kind", "product_id", "location_id", "quantity", "actor",
                     "station", "reason", "order_id", "created_at", "received_at")
_INSERT_MOVEMENT = Prepared(insert(_MOVEMENTS), _MOVEMENT_COLUMNS)
# A posting with a lot line names its lots and expiry; the others leave them to the columns' defaults.
_INSERT_LOT_MOVEMENT = Prepared(insert(_MOVEMENTS), (*_MOVEMENT_COLUMNS, "lot", "expiry"))
_ADD_TO_CACHE = Prepared(
    update(_CACHE)
    .where(_CACHE.c.product_id == bindparam("p"), _CACHE.c.location_id == bindparam("l"))
    .values(quantity=_CACHE.c.quantity + bindparam("delta"))
)


def describe_key(session: Session, product_id: uuid.UUID, location_id: uuid.UUID) -> tuple[str, str]:
    product = session.get(Product, product_id)
    location = session.get(Location, location_id)
    return (product.sku if product else str(product_id), location.code if location else str(location_id))


def _validate(posting: Posting) -> None:
    if not posting.key:
        raise StockError(msg("stock.no_key"))
    if not posting.lines:
        raise StockError(msg("stock.empty_posting"))
    for line in posting.lines:
        kind = MovementKind(line.kind)
        if not isinstance(line.quantity, int) or line.quantity == 0:
            raise StockError(msg("stock.bad_quantity"))
        sign = 1 if line.quantity > 0 else -1
        if sign not in _ALLOWED_SIGNS[kind]:
            raise StockError(msg("stock.not_an_entry" if sign > 0 else "stock.not_an_exit", kind=kind_label(kind)))
    if posting.allow_negative:
        if not posting.reason.strip():
            raise StockError(msg("stock.below_zero_needs_reason"))
        if any(MovementKind(line.kind) is not MovementKind.ADJUST for line in posting.lines):
            raise StockError(msg("stock.only_adjust_below_zero"))


def post(session: Session, posting: Posting, locked: LockedStock | None = None) -> PostResult:
    """Write a posting in the caller's transaction, or nothing at all if any line is refused.

    The caller holds the write lock (store.db.write_session; PostgreSQL: the rows are locked FOR
    UPDATE) so on-hand cannot change underneath between the check and the write; with `locked`,
    the rows it already read are not read again.
    """
    _validate(posting)
    # Core statements on the session's connection: the ORM layer has nothing to add to them.
    connection = session.connection()
    if _KEY_EXISTS.rows(connection, {"key": posting.key}):
        return PostResult(created=False)

    deltas: dict[tuple[uuid.UUID, uuid.UUID], int] = defaultdict(int)
    for line in posting.lines:
        deltas[(line.product_id, line.location_id)] += line.quantity

    known = locked.products if locked is not None else frozenset()
    cached = {key: locked.quantities[key] for key in deltas if key in locked.quantities} if locked else {}
    unread = [key for key in deltas if key[0] not in known]
    if unread:
        cached.update(
            ((p, loc), q)
            for p, loc, q in connection.execute(
                select(StockOnHand.product_id, StockOnHand.location_id, StockOnHand.quantity)
                .where(tuple_(StockOnHand.product_id, StockOnHand.location_id).in_(unread))
                .with_for_update()
            )
        )
    for (product_id, location_id), delta in deltas.items():
        on_hand_now = cached.get((product_id, location_id), 0)
        if on_hand_now + delta < 0 and not posting.allow_negative:
            sku, loc = describe_key(session, product_id, location_id)
            product = session.get(Product, product_id)
            raise StockError(msg("stock.insufficient", product=product.name if product else sku, sku=sku, location=loc,
                                 on_hand=on_hand_now, wanted=-delta))
    new_keys = [key for key in deltas if key not in cached]
    if new_keys:
        skus = dict(session.execute(select(Product.id, Product.sku).where(Product.id.in_({p for p, _ in new_keys}))).all())
        codes = dict(session.execute(select(Location.id, Location.code).where(Location.id.in_({loc for _, loc in new_keys}))).all())
        for product_id, location_id in new_keys:
            if product_id not in skus:
                raise StockError(msg("stock.unknown_product_id", id=str(product_id)))
            if location_id not in codes:
                raise StockError(msg("stock.unknown_location_id", id=str(location_id)))
        session.execute(insert(_CACHE), [
            {"product_id": p, "location_id": loc, "quantity": 0, "sku": skus[p], "location_code": codes[loc]}
            for p, loc in new_keys
        ])

    now = utcnow()
    with_lots = any(line.lot or line.expiry for line in posting.lines)
    (_INSERT_LOT_MOVEMENT if with_lots else _INSERT_MOVEMENT).execute_many(connection, (
        {
            "id": new_id(), "posting_key": posting.key, "line_no": line_no, "kind": MovementKind(line.kind).value,
            "product_id": line.product_id, "location_id": line.location_id, "quantity": line.quantity,
            "actor": posting.actor, "station": posting.station, "reason": posting.reason,
            "order_id": posting.order_id, "created_at": now, "received_at": now,
            **({"lot": line.lot, "expiry": line.expiry} if with_lots else {}),
        }
        for line_no, line in enumerate(posting.lines)
    ))
    _ADD_TO_CACHE.execute_many(connection, ({"p": p, "l": loc, "delta": delta} for (p, loc), delta in deltas.items()))
    return PostResult(created=True)


LOT_QUANTITY = func.sum(StockMovement.quantity)


def lot_sums(product_ids=None) -> Select:
    """Each lot's on-hand per (product, location, lot), of these products or of all: the sum of its
    lot lines, with the expiry they carry (no cache: the sync copies ledger lines, so a lot's
    on-hand is always the ledger's). Columns: product_id, location_id, lot, expiry, quantity.
    `lot != ''` spelled out: SQLite uses the lot lines' partial index only for a query that repeats it."""
    query = (select(StockMovement.product_id, StockMovement.location_id, StockMovement.lot,
                    func.max(StockMovement.expiry).label("expiry"), LOT_QUANTITY.label("quantity"))
             .where(StockMovement.lot != "")
             .group_by(StockMovement.product_id, StockMovement.location_id, StockMovement.lot))
    if product_ids is not None:
        query = query.where(StockMovement.product_id.in_(list(product_ids)))
    return query


def lot_balances(session: Session, product_ids) -> dict[tuple[uuid.UUID, uuid.UUID], list[LotBalance]]:
    """The lots of these products, per (product, location) (lot_sums)."""
    rows = session.execute(lot_sums(product_ids))
    balances: dict[tuple[uuid.UUID, uuid.UUID], list[LotBalance]] = defaultdict(list)
    for product_id, location_id, lot, expiry, quantity in rows:
        balances[(product_id, location_id)].append(LotBalance(lot, expiry, int(quantity)))
    return balances


def on_hand(session: Session, product_id: uuid.UUID, location_id: uuid.UUID | None = None) -> int:
    query = select(func.coalesce(func.sum(StockOnHand.quantity), 0)).where(StockOnHand.product_id == product_id)
    if location_id is not None:
        query = query.where(StockOnHand.location_id == location_id)
    return int(session.scalar(query))


@dataclass(frozen=True)
class Discrepancy:
    product_id: uuid.UUID
    location_id: uuid.UUID
    cached: int
    ledger: int


def ledger_discrepancies(session: Session, include_beyond: int | None = None) -> list[Discrepancy]:
    """Every (product, location) where the cache differs from the sum of the ledger, and, with
    `include_beyond`, also those whose total or cache is beyond that magnitude."""
    try:
        with session.begin_nested():
            ledger = dict(
                ((p, loc), int(q))
                for p, loc, q in session.execute(
                    select(StockMovement.product_id, StockMovement.location_id, func.sum(StockMovement.quantity))
                    .group_by(StockMovement.product_id, StockMovement.location_id)
                )
            )
    except OperationalError:
        # SQLite's SUM stops at 64 bits ("integer overflow"): the check must still answer, so the
        # movements are summed here with Python's unbounded integers.
        ledger = defaultdict(int)
        for p, loc, q in session.execute(
            select(StockMovement.product_id, StockMovement.location_id, StockMovement.quantity)
        ).yield_per(10_000):
            ledger[(p, loc)] += int(q)
    cached = {(p, loc): int(q) for p, loc, q in session.execute(
        select(StockOnHand.product_id, StockOnHand.location_id, StockOnHand.quantity)
    )}
    return [
        Discrepancy(p, loc, cached.get((p, loc), 0), ledger.get((p, loc), 0))
        for (p, loc) in sorted(set(ledger) | set(cached))
        if cached.get((p, loc), 0) != ledger.get((p, loc), 0)
        or (include_beyond is not None
            and max(abs(cached.get((p, loc), 0)), abs(ledger.get((p, loc), 0))) > include_beyond)
    ]


def stale_sort_keys(session: Session) -> int:
    """Cache rows whose copied SKU or location code no longer match the product or location."""
    return int(session.scalar(
        select(func.count())
        .select_from(StockOnHand)
        .join(Product, Product.id == StockOnHand.product_id)
        .join(Location, Location.id == StockOnHand.location_id)
        .where((StockOnHand.sku != Product.sku) | (StockOnHand.location_code != Location.code))
    ))


def negative_on_hand(session: Session) -> list[tuple[uuid.UUID, uuid.UUID, int]]:
    rows = session.execute(
        select(StockOnHand.product_id, StockOnHand.location_id, StockOnHand.quantity).where(StockOnHand.quantity < 0)
    )
    return [tuple(r) for r in rows]
