"""Read queries behind the stock view: counted, paged, filtered in SQL so 100,000 products stay smooth."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

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
class MovementRow:
    created_at: datetime
    kind: str
    location: str
    quantity: int
    actor: str
    station: str
    reason: str


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _stock_filter(query: Select, text: str) -> Select:
    text = text.strip()
    if not text:
        return query
    pattern = _like_pattern(text)
    return query.where(
        or_(
            Product.sku.ilike(pattern, escape="\\"),
            Product.name.ilike(pattern, escape="\\"),
            Product.gtin.like(pattern, escape="\\"),
            Location.code.ilike(pattern, escape="\\"),
        )
    )


def _stock_base(columns) -> Select:
    return (
        select(*columns)
        .select_from(StockOnHand)
        .join(Product, Product.id == StockOnHand.product_id)
        .join(Location, Location.id == StockOnHand.location_id)
        .where(StockOnHand.quantity != 0)
    )


def count_stock_rows(session: Session, text: str = "") -> int:
    return int(session.scalar(_stock_filter(_stock_base([func.count()]), text)))


def stock_rows(session: Session, text: str = "", offset: int = 0, limit: int = 200) -> list[StockRow]:
    query = _stock_filter(
        _stock_base([Product.id, Product.sku, Product.name, Product.gtin, Location.code, StockOnHand.quantity]),
        text,
    )
    query = query.order_by(Product.sku, Location.code).offset(offset).limit(limit)
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
