"""The stock ledger: append-only movements, posted atomically, with an on-hand cache.

A posting is one business event (a receipt, a kit completed, a shipment…) made of one or more
signed lines. It carries an idempotency key: posting the same key again is a no-op, so a retried
post (a double click, a resend after a lost reply, a sync replay) counts once.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from logins_desktop.domain.errors import DomainError
from logins_desktop.store.models import Location, MovementKind, Product, StockMovement, StockOnHand

# Which sign each kind of line may have. A pick moves goods between locations: out of one, into another.
_ALLOWED_SIGNS = {
    MovementKind.RECEIPT: (+1,),
    MovementKind.PRODUCE: (+1,),
    MovementKind.CONSUME: (-1,),
    MovementKind.SHIP: (-1,),
    MovementKind.PICK: (-1, +1),
    MovementKind.ADJUST: (-1, +1),
}
KIND_LABELS_FR = {
    MovementKind.RECEIPT: "réception",
    MovementKind.PICK: "prélèvement",
    MovementKind.CONSUME: "consommation",
    MovementKind.PRODUCE: "production",
    MovementKind.ADJUST: "ajustement",
    MovementKind.SHIP: "expédition",
}


class StockError(DomainError):
    """A movement the ledger refuses; nothing of its posting was written."""


@dataclass(frozen=True)
class Line:
    kind: MovementKind
    product_id: uuid.UUID
    location_id: uuid.UUID
    quantity: int  # signed: + into the location, - out of it


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


@dataclass
class PostResult:
    created: bool
    movements: list[StockMovement] = field(default_factory=list)


def describe_key(session: Session, product_id: uuid.UUID, location_id: uuid.UUID) -> tuple[str, str]:
    product = session.get(Product, product_id)
    location = session.get(Location, location_id)
    return (product.sku if product else str(product_id), location.code if location else str(location_id))


def _validate(posting: Posting) -> None:
    if not posting.key:
        raise StockError("mouvement sans clé d'idempotence")
    if not posting.lines:
        raise StockError("mouvement vide")
    for line in posting.lines:
        kind = MovementKind(line.kind)
        if not isinstance(line.quantity, int) or line.quantity == 0:
            raise StockError("quantité nulle ou non entière refusée")
        sign = 1 if line.quantity > 0 else -1
        if sign not in _ALLOWED_SIGNS[kind]:
            direction = "une entrée" if sign > 0 else "une sortie"
            raise StockError(f"une {KIND_LABELS_FR[kind]} ne peut pas être {direction} de stock")
    if posting.allow_negative:
        if not posting.reason.strip():
            raise StockError("un ajustement sous zéro exige un motif")
        if any(MovementKind(line.kind) is not MovementKind.ADJUST for line in posting.lines):
            raise StockError("seul un ajustement peut passer le stock sous zéro")


def post(session: Session, posting: Posting) -> PostResult:
    """Write a posting in the caller's transaction, or nothing at all if any line is refused.

    The caller holds the write lock (store.db.write_session) so on-hand cannot change underneath.
    """
    _validate(posting)
    existing = session.scalars(
        select(StockMovement).where(StockMovement.posting_key == posting.key).order_by(StockMovement.line_no)
    ).all()
    if existing:
        return PostResult(created=False, movements=list(existing))

    deltas: dict[tuple[uuid.UUID, uuid.UUID], int] = defaultdict(int)
    for line in posting.lines:
        deltas[(line.product_id, line.location_id)] += line.quantity

    caches: dict[tuple[uuid.UUID, uuid.UUID], StockOnHand] = {}
    for (product_id, location_id), delta in deltas.items():
        cache = session.scalars(
            select(StockOnHand)
            .where(StockOnHand.product_id == product_id, StockOnHand.location_id == location_id)
            .with_for_update()
        ).one_or_none()
        on_hand = cache.quantity if cache else 0
        if on_hand + delta < 0 and not posting.allow_negative:
            sku, loc = describe_key(session, product_id, location_id)
            raise StockError(
                f"stock insuffisant : {sku} en {loc} — {on_hand} en stock, {-delta} demandé(s). "
                "Rien n'a été enregistré."
            )
        if cache is None:
            product = session.get(Product, product_id)
            location = session.get(Location, location_id)
            if product is None:
                raise StockError(f"article inconnu ({product_id})")
            if location is None:
                raise StockError(f"emplacement inconnu ({location_id})")
            cache = StockOnHand(product_id=product_id, location_id=location_id, quantity=0,
                                sku=product.sku, location_code=location.code)
            session.add(cache)
        caches[(product_id, location_id)] = cache

    movements = []
    for line_no, line in enumerate(posting.lines):
        movement = StockMovement(
            posting_key=posting.key,
            line_no=line_no,
            kind=MovementKind(line.kind).value,
            product_id=line.product_id,
            location_id=line.location_id,
            quantity=line.quantity,
            actor=posting.actor,
            station=posting.station,
            reason=posting.reason,
            order_id=posting.order_id,
        )
        session.add(movement)
        movements.append(movement)
    for key, delta in deltas.items():
        caches[key].quantity += delta
    session.flush()
    return PostResult(created=True, movements=movements)


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


def ledger_discrepancies(session: Session) -> list[Discrepancy]:
    """Every (product, location) where the cache differs from the sum of the ledger."""
    ledger = dict(
        ((p, loc), int(q))
        for p, loc, q in session.execute(
            select(StockMovement.product_id, StockMovement.location_id, func.sum(StockMovement.quantity)).group_by(
                StockMovement.product_id, StockMovement.location_id
            )
        )
    )
    cached = {(p, loc): q for p, loc, q in session.execute(
        select(StockOnHand.product_id, StockOnHand.location_id, StockOnHand.quantity)
    )}
    return [
        Discrepancy(p, loc, cached.get((p, loc), 0), ledger.get((p, loc), 0))
        for (p, loc) in sorted(set(ledger) | set(cached))
        if cached.get((p, loc), 0) != ledger.get((p, loc), 0)
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
