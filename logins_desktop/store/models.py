"""SQLAlchemy 2 typed models.

Every row that can travel to the central PostgreSQL has a UUID primary key, so stations never
invent integer ids that would collide. Times are stored in UTC. Health data is never stored: a
worker has functional restrictions only (what they can do, not why).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from logins_desktop.domain.ergonomics import FineMotor, Hands, Operation, Posture
from logins_desktop.domain.gs1 import validate_gtin
from logins_desktop.domain.ids import new_id
from logins_desktop.domain.insertion import AccompanimentKind, ContractKind, ExitOutcome, ImmersionOutcome
from logins_desktop.domain.profile import Hand
from logins_desktop.domain.quality import CheckStatus, Sampling


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in and out, whatever the backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store times in UTC")
        return value.astimezone(UTC) if dialect.name == "postgresql" else value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Money(TypeDecorator):
    """An exact Decimal with at most four decimals, stored as an integer count of ten-thousandths:
    no float on the way (SQLite has no decimal type), the same on PostgreSQL."""

    impl = BigInteger
    cache_ok = True
    SCALE = Decimal("0.0001")

    def process_bind_param(self, value, dialect):
        return None if value is None else self.units(value)

    @classmethod
    def units(cls, value: Decimal | int) -> int:
        """The stored integer: ten-thousandths (also for SQL that bypasses the type, as a staged import)."""
        if not isinstance(value, Decimal | int):
            raise ValueError("money is a Decimal, never a float")
        exact = Decimal(value)
        if exact != exact.quantize(cls.SCALE):
            raise ValueError("money has at most four decimals")
        return int(exact * 10_000)

    def process_result_value(self, value, dialect):
        return None if value is None else (Decimal(int(value)) / 10_000).quantize(self.SCALE)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid(), date: Date()}


def _enum(cls: type[StrEnum]) -> String:
    # Stored as plain strings with a CHECK, so the same migration works on SQLite and PostgreSQL.
    return String(max(len(m.value) for m in cls))


def _enum_check(column: str, cls: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{m.value}'" for m in cls)
    return CheckConstraint(f"{column} IN ({values})", name=f"{column}_valid")


class Synced:
    """UUID key and UTC timestamps, for rows that travel between databases."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class InvoiceBasis(StrEnum):
    """What a customer's monthly invoice counts: the kits completed in the month, or those shipped."""

    COMPLETED = "completed"
    SHIPPED = "shipped"


class Customer(Synced, Base):
    __tablename__ = "customers"
    __table_args__ = (_enum_check("invoice_basis", InvoiceBasis),)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    invoice_basis: Mapped[str] = mapped_column(_enum(InvoiceBasis), default=InvoiceBasis.COMPLETED.value,
                                               server_default=InvoiceBasis.COMPLETED.value)


class Location(Synced, Base):
    __tablename__ = "locations"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")


class Product(Synced, Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    weight_g: Mapped[float | None] = mapped_column(Float)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))
    photo: Mapped[str | None] = mapped_column(String(300))
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)  # what one unit costs the workshop, if known
    # "lot" (AI 10, with its expiry AI 17) or "serial" (AI 21): its ledger lines say which; "" untracked.
    tracking: Mapped[str] = mapped_column(String(8), default="", server_default="")

    customer: Mapped[Customer | None] = relationship()
    components: Mapped[list[KitComponent]] = relationship(
        foreign_keys="KitComponent.kit_id", order_by="KitComponent.step", back_populates="kit"
    )

    @property
    def is_kit(self) -> bool:
        return bool(self.components)

    @validates("gtin")
    def _check_gtin(self, _key, gtin: str | None) -> str | None:
        # Every path that writes a product (import, demo, sync, UI) gets the check-digit test.
        return validate_gtin(gtin) if gtin else None


class KitComponent(Synced, Base):
    """One line of a kit's bill of materials, in assembly order."""

    __tablename__ = "kit_components"
    __table_args__ = (
        UniqueConstraint("kit_id", "component_id", name="kit_component"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("kit_id <> component_id", name="not_itself"),
    )
    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    component_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    instruction: Mapped[str | None] = mapped_column(Text)
    photo: Mapped[str | None] = mapped_column(String(300))

    kit: Mapped[Product] = relationship(foreign_keys=[kit_id], back_populates="components")
    component: Mapped[Product] = relationship(foreign_keys=[component_id])


class OrderStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Order(Synced, Base):
    """A co-packing order: make or prepare `quantity` of a product or kit for a customer."""

    __tablename__ = "orders"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"), _enum_check("status", OrderStatus))
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(_enum(OrderStatus), default=OrderStatus.OPEN.value)

    customer: Mapped[Customer] = relationship()
    product: Mapped[Product] = relationship()


class RateCard(Synced, Base):
    """What a customer pays for one kit product: per kit or per hour of labour, plus a set-up fee per
    order; and the standard time per kit the price was quoted on (services.costing)."""

    __tablename__ = "rate_cards"
    __table_args__ = (
        UniqueConstraint("customer_id", "kit_id", name="customer_kit"),
        CheckConstraint("(price_per_kit IS NULL) <> (price_per_hour IS NULL)", name="one_price"),
        CheckConstraint("standard_seconds > 0", name="standard_positive"),
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    price_per_kit: Mapped[Decimal | None] = mapped_column(Money)
    price_per_hour: Mapped[Decimal | None] = mapped_column(Money)
    setup_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    standard_seconds: Mapped[Decimal] = mapped_column(Money)

    customer: Mapped[Customer] = relationship()
    kit: Mapped[Product] = relationship()


class Task(Synced, Base):
    """A work line or task, with the ergonomic demands it puts on whoever does it."""

    __tablename__ = "tasks"
    __table_args__ = (
        _enum_check("operation", Operation),
        _enum_check("posture", Posture),
        _enum_check("fine_motor", FineMotor),
        CheckConstraint("hands_required IN (1, 2)", name="hands_required_valid"),
    )
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    operation: Mapped[str] = mapped_column(_enum(Operation))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    standard_seconds_per_unit: Mapped[float] = mapped_column(Float, default=60.0)
    load_kg: Mapped[float] = mapped_column(Float, default=0.0)
    hands_required: Mapped[int] = mapped_column(Integer, default=1)
    posture: Mapped[str] = mapped_column(_enum(Posture), default=Posture.ANY.value)
    overhead_reach: Mapped[bool] = mapped_column(Boolean, default=False)
    fine_motor: Mapped[str] = mapped_column(_enum(FineMotor), default=FineMotor.NONE.value)
    reps_per_min: Mapped[float] = mapped_column(Float, default=0.0)

    order: Mapped[Order | None] = relationship()


class Worker(Synced, Base):
    __tablename__ = "workers"
    badge: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    photo: Mapped[str | None] = mapped_column(String(300))
    contract_start: Mapped[date | None]
    contract_end: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when the person's identity was replaced (retention after exit, or erasure on request).
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)

    restrictions: Mapped[list[WorkerRestriction]] = relationship(
        back_populates="worker", order_by="WorkerRestriction.valid_from"
    )


class WorkerRestriction(Synced, Base):
    """Functional restrictions of a worker for a period, with who set them. NULL = no restriction,
    unless the factor is listed in `unknown_factors` (comma-separated names from
    domain.compatibility.FACTORS): then the value is unknown and blocks the tasks that need it."""

    __tablename__ = "worker_restrictions"
    __table_args__ = (
        _enum_check("hands", Hands),
        _enum_check("posture", Posture),
        _enum_check("fine_motor", FineMotor),
    )
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    max_load_kg: Mapped[float | None] = mapped_column(Float)
    hands: Mapped[str | None] = mapped_column(_enum(Hands))
    posture: Mapped[str | None] = mapped_column(_enum(Posture))
    overhead_ok: Mapped[bool | None] = mapped_column(Boolean)
    fine_motor: Mapped[str | None] = mapped_column(_enum(FineMotor))
    max_reps_per_min: Mapped[float | None] = mapped_column(Float)
    max_continuous_min: Mapped[float | None] = mapped_column(Float)
    unknown_factors: Mapped[str] = mapped_column(String(200), default="", server_default="")
    set_by: Mapped[str] = mapped_column(String(64))
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]

    worker: Mapped[Worker] = relationship(back_populates="restrictions")


class WorkerProfile(Synced, Base):
    """A worker's own accessibility profile (domain.profile.AccessProfile), applied when their badge
    is scanned. One row per worker; no row = the station's defaults. Display and input preferences
    only, never health data; every change is in the audit log with its author."""

    __tablename__ = "worker_profiles"
    __table_args__ = (_enum_check("hand", Hand),)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), unique=True)
    touch_target_mm: Mapped[float] = mapped_column(Float)
    font_scale: Mapped[float] = mapped_column(Float)
    high_contrast: Mapped[bool] = mapped_column(Boolean)
    hand: Mapped[str] = mapped_column(_enum(Hand))
    sound: Mapped[bool] = mapped_column(Boolean)
    volume: Mapped[float] = mapped_column(Float)
    calm: Mapped[bool] = mapped_column(Boolean)
    language: Mapped[str | None] = mapped_column(String(8))
    dwell: Mapped[bool] = mapped_column(Boolean)
    dwell_seconds: Mapped[float] = mapped_column(Float)
    switch_scan: Mapped[bool] = mapped_column(Boolean)
    scan_seconds: Mapped[float] = mapped_column(Float)
    scan_key: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(64))

    worker: Mapped[Worker] = relationship()


class Station(Synced, Base):
    __tablename__ = "stations"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(64), default="")
    scanner_url: Mapped[str] = mapped_column(String(300), default="")
    printer_url: Mapped[str] = mapped_column(String(300), default="")
    # Where this station takes components from and puts finished kits.
    location_code: Mapped[str] = mapped_column(String(64), default="")


class Assignment(Synced, Base):
    """A worker assigned to an order (and its task) at a station, by a team lead or the CLI."""

    __tablename__ = "assignments"
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id"), index=True)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tasks.id"))
    station: Mapped[str] = mapped_column(String(64))
    assigned_by: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    worker: Mapped[Worker] = relationship()
    order: Mapped[Order] = relationship()
    task: Mapped[Task | None] = relationship()


class StationState(Base):
    """What a station is in the middle of, saved with every scan so a restart resumes it.

    Local to the station's database (never synced). `progress` maps component product ids (hex) to
    the quantity scanned for the kit in progress; `history` lists the accepted scans (for undo).
    """

    __tablename__ = "station_states"
    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workers.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task_sessions.id"))
    kit_key: Mapped[str] = mapped_column(String(128), default="")
    progress: Mapped[dict] = mapped_column(JSON, default=dict)
    history: Mapped[list] = mapped_column(JSON, default=list)
    pending_quantity: Mapped[int] = mapped_column(Integer, default=1)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    # Picking: the location scanned last, where the next items are taken from.
    pick_location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ShortPickReason(StrEnum):
    EMPTY = "VIDE"  # nothing at the location
    DAMAGED = "ABIME"  # there, but damaged
    OTHER = "AUTRE"


class PickShortage(Synced, Base):
    """A pick-list line that could not be picked in full, with the reason the worker gave."""

    __tablename__ = "pick_shortages"
    __table_args__ = (CheckConstraint("quantity_missing > 0", name="quantity_positive"), _enum_check("reason", ShortPickReason))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    quantity_missing: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(_enum(ShortPickReason))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workers.id"))
    station: Mapped[str] = mapped_column(String(64))
    cancelled_at: Mapped[datetime | None]  # the worker undid it (ANNULER): kept, but no longer a shortage


class DiscrepancyKind(StrEnum):
    MISSING = "missing"  # the ledger knew none of it anywhere: the kit was recorded all the same
    UNPLANNED_TRANSFER = "unplanned_transfer"  # the line side lacked it: taken from storage without a pick


class StockDiscrepancy(Synced, Base):
    """What the ledger could not find when a finished kit was recorded, for the manager to count.

    The ledger itself holds an explicit adjustment (missing) or transfer (unplanned) in the kit's
    posting, so on-hand never goes below zero; this row says why, for whom and where to count."""

    __tablename__ = "stock_discrepancies"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"), _enum_check("kind", DiscrepancyKind))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(_enum(DiscrepancyKind))
    kit_key: Mapped[str] = mapped_column(String(128))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workers.id"))
    station: Mapped[str] = mapped_column(String(64), default="")
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    closed_at: Mapped[datetime | None]  # a count of the location was started, or central had the stock


class QualityRule(Synced, Base):
    """A kit definition's sampling rule and checklist (domain.quality); none: its kits are not checked."""

    __tablename__ = "quality_rules"
    __table_args__ = (CheckConstraint("n >= 1", name="n_positive"), _enum_check("sampling", Sampling))
    kit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), unique=True)
    sampling: Mapped[str] = mapped_column(_enum(Sampling))
    n: Mapped[int] = mapped_column(Integer, default=1)
    checklist: Mapped[list] = mapped_column(JSON, default=list)
    photo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # asked for each check

    kit: Mapped[Product] = relationship()


class QualityCheck(Synced, Base):
    """One finished kit set aside for a check: pending until the team lead (or the checker) passes or
    fails it. A failed kit goes back to rework; its components stay consumed."""

    __tablename__ = "quality_checks"
    __table_args__ = (_enum_check("status", CheckStatus),)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    kit_key: Mapped[str] = mapped_column(String(128), unique=True)
    kit_number: Mapped[int] = mapped_column(Integer)  # its rank in the order
    station: Mapped[str] = mapped_column(String(64), default="")
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workers.id"), index=True)
    status: Mapped[str] = mapped_column(_enum(CheckStatus), default=CheckStatus.PENDING.value)
    failed_points: Mapped[list] = mapped_column(JSON, default=list)
    checked_by: Mapped[str | None] = mapped_column(String(64))
    checked_at: Mapped[datetime | None]
    reworked_at: Mapped[datetime | None]  # the failed kit made right again


class Role(StrEnum):
    TEAM_LEAD = "team_lead"
    LOGISTICS_MANAGER = "logistics_manager"
    INSERTION_COUNSELLOR = "insertion_counsellor"
    ADMIN = "admin"


class User(Synced, Base):
    """People who log in with a role and confirm with a PIN (team leads, managers, counsellors)."""

    __tablename__ = "users"
    __table_args__ = (_enum_check("role", Role),)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(_enum(Role))
    badge: Mapped[str | None] = mapped_column(String(64), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The site whose stations this person signs in at: sync sends a station only the users of its
    # own site (their PIN hashes with them). "" = no station: central or a desk set up by hand.
    site: Mapped[str] = mapped_column(String(64), default="", server_default="")


class PinLockout(Base):
    """Wrong PINs per user at this station's database. Local on purpose: never synced, so a lock
    is neither spread to nor lifted from another site; its events go to the audit log, which is."""

    __tablename__ = "pin_lockouts"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locks: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MovementKind(StrEnum):
    RECEIPT = "receipt"
    PICK = "pick"
    CONSUME = "consume"
    PRODUCE = "produce"
    ADJUST = "adjust"
    SHIP = "ship"


class StockMovement(Base):
    """One line of the append-only stock ledger: a signed quantity at one product and location.

    A posting (one business event) is one or more lines sharing `posting_key`, its idempotency key:
    posting the same key again changes nothing.
    """

    __tablename__ = "stock_movements"
    __table_args__ = (
        UniqueConstraint("posting_key", "line_no", name="posting_line"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        _enum_check("kind", MovementKind),
        Index("ix_stock_movements_product_time", "product_id", "created_at"),
        # Only central is asked which lines arrived since, and for which locations (a station's
        # pull): on a station these two indexes were written by every kit (3 of its 24 pages) and
        # never read.
        Index("ix_stock_movements_received_at", "received_at").ddl_if(dialect="postgresql"),
        Index("ix_stock_movements_location_id", "location_id").ddl_if(dialect="postgresql"),
        # A recall and the FEFO choice read a product's lots; only lot lines are in it, so a kit of
        # untracked components writes nothing more.
        Index("ix_stock_movements_lot", "product_id", "lot", sqlite_where=text("lot != ''"),
              postgresql_where=text("lot != ''")),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    posting_key: Mapped[str] = mapped_column(String(128))
    line_no: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(_enum(MovementKind))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the central server received the line (set there by the sync): stations pull what arrived
    # since their last pull, whatever the clock of the station that wrote it.
    received_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    # The lot (GS1 AI 10) or serial (AI 21) of a tracked product, "" otherwise; a lot's on-hand is the
    # sum of its lines (no cache to keep in step across the sync), its expiry (AI 17) on each line.
    lot: Mapped[str] = mapped_column(String(20), server_default="")  # no Python default: a prepared insert leaves it out
    expiry: Mapped[date | None]

    product: Mapped[Product] = relationship()
    location: Mapped[Location] = relationship()


class StockOnHand(Base):
    """Cache of the ledger: sum of quantity per product and location, kept in the posting transaction.

    Local to each database (never synced): `logins-desktop db check` proves it equals the ledger.
    It carries copies of the SKU and location code (which never change: they are the natural keys
    of the import) so the stock view can page through 100,000 products in SKU order on one index.
    """

    __tablename__ = "stock_on_hand"
    __table_args__ = (
        # Covering: paging to the end of 200,000 lines walks this index alone, never the table.
        Index(
            "ix_stock_on_hand_sort",
            "sku",
            "location_code",
            "product_id",
            "location_id",
            sqlite_where=text("quantity != 0"),
            postgresql_where=text("quantity != 0"),
        ),
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), primary_key=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), primary_key=True, index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    sku: Mapped[str] = mapped_column(String(64))
    location_code: Mapped[str] = mapped_column(String(64))

    product: Mapped[Product] = relationship()
    location: Mapped[Location] = relationship()


class ScanDecision(StrEnum):
    LOGIN = "login"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    COMMAND = "command"
    DUPLICATE = "duplicate"


class ScanEvent(Base):
    """Every scan, accepted or not, with the bytes exactly as the scanner sent them."""

    __tablename__ = "scan_events"
    __table_args__ = (_enum_check("decision", ScanDecision),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    station: Mapped[str] = mapped_column(String(64))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workers.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    symbology: Mapped[str | None] = mapped_column(String(3))
    decision: Mapped[str] = mapped_column(_enum(ScanDecision))
    reason: Mapped[str] = mapped_column(String(300), default="")
    # No index on the time: nothing asks for scans by time (the passport and the erasure go by
    # worker, rarely), and every scan wrote that index.
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TaskSession(Synced, Base):
    __tablename__ = "task_sessions"
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id"), index=True)
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tasks.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    station: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    units: Mapped[int] = mapped_column(Integer, default=0)

    pauses: Mapped[list[TaskPause]] = relationship(order_by="TaskPause.started_at")


class TaskPause(Synced, Base):
    __tablename__ = "task_pauses"
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("task_sessions.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]


class HelpCall(Synced, Base):
    __tablename__ = "help_calls"
    station: Mapped[str] = mapped_column(String(64))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workers.id"))
    message: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(16), default="help", server_default="help")  # or "quality"
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(String(64))


class AuditEntry(Base):
    """Who changed what, when. Append-only, like the ledger."""

    __tablename__ = "audit_log"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_key: Mapped[str] = mapped_column(String(128), default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class SsccCounter(Base):
    """The next serial reference per GS1 company prefix and extension digit.

    Taken and incremented in the same transaction as the handling unit that uses it: an SSCC is
    never handed out twice, not after a crash, not on a reprint (a reprint reuses the unit's SSCC).
    """

    __tablename__ = "sscc_counters"
    company_prefix: Mapped[str] = mapped_column(String(12), primary_key=True)
    extension_digit: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_serial: Mapped[int] = mapped_column(Integer, default=1)


class ShipmentStatus(StrEnum):
    OPEN = "open"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class Shipment(Synced, Base):
    __tablename__ = "shipments"
    __table_args__ = (_enum_check("status", ShipmentStatus),)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    order_refs: Mapped[list] = mapped_column(JSON, default=list)
    carrier: Mapped[str] = mapped_column(String(200), default="")
    ship_to: Mapped[list] = mapped_column(JSON, default=list)  # name, then address lines
    status: Mapped[str] = mapped_column(_enum(ShipmentStatus), default=ShipmentStatus.OPEN.value)
    shipped_at: Mapped[datetime | None]

    customer: Mapped[Customer] = relationship()
    units: Mapped[list[HandlingUnit]] = relationship(back_populates="shipment", order_by="HandlingUnit.created_at")


class ExpectedReceiptStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ExpectedReceipt(Synced, Base):
    """A delivery a customer announced (an advance shipping notice: `import receipts`): receiving by
    scan counts against its lines; closing it records what was short or over, and what is still
    short stays expected as a backorder (a new notice, `backorder_of` this one)."""

    __tablename__ = "expected_receipts"
    __table_args__ = (_enum_check("status", ExpectedReceiptStatus),)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(_enum(ExpectedReceiptStatus), default=ExpectedReceiptStatus.OPEN.value)
    backorder_of: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("expected_receipts.id"))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str] = mapped_column(String(64), default="")

    lines: Mapped[list[ExpectedReceiptLine]] = relationship(back_populates="receipt",
                                                            order_by="ExpectedReceiptLine.line_no")


class ExpectedReceiptLine(Synced, Base):
    """One announced article (and lot): how many were expected, how many the scans received."""

    __tablename__ = "expected_receipt_lines"
    __table_args__ = (UniqueConstraint("receipt_id", "product_id", "lot", name="receipt_product_lot"),
                      CheckConstraint("expected > 0", name="expected_positive"),
                      CheckConstraint("received >= 0", name="received_not_negative"),
                      CheckConstraint("damaged >= 0", name="damaged_not_negative"))
    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("expected_receipts.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    lot: Mapped[str] = mapped_column(String(20), default="")
    expiry: Mapped[date | None]
    expected: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    damaged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # refused at the dock, not in stock

    receipt: Mapped[ExpectedReceipt] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()


class EvidenceKind(StrEnum):
    QUALITY_CHECK = "quality_check"
    DAMAGED_RECEIPT = "damaged_receipt"


class EvidencePhoto(Synced, Base):
    """A photo taken as evidence: of a kit at its quality check, or of goods refused damaged at the dock.
    The file lives in the data dir (services.evidence); this row says what it shows, who took it and
    its digest. Local on purpose, like the file: no outbox trigger, so it is not synced."""

    __tablename__ = "evidence_photos"
    __table_args__ = (_enum_check("kind", EvidenceKind),
                      CheckConstraint("(kind = 'quality_check') = (quality_check_id IS NOT NULL)",
                                      name="quality_check_has_its_check"))
    kind: Mapped[str] = mapped_column(_enum(EvidenceKind))
    quality_check_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("quality_checks.id", ondelete="CASCADE"),
                                                                index=True)
    # A damaged receipt: the announced line it was noted on (none when nothing announced it), the article and lot.
    receipt_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("expected_receipt_lines.id"), index=True)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"))
    lot: Mapped[str] = mapped_column(String(20), default="")
    file: Mapped[str] = mapped_column(String(120), unique=True)  # relative to the data dir's evidence folder
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    taken_by: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(64), default="")


class HandlingUnit(Synced, Base):
    """A carton or a pallet of a shipment, identified by its SSCC, with what it holds."""

    __tablename__ = "handling_units"
    __table_args__ = (CheckConstraint("count > 0", name="count_positive"),)
    shipment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shipments.id"), index=True)
    sscc: Mapped[str] = mapped_column(String(18), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="carton")
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    count: Mapped[int] = mapped_column(Integer)
    batch: Mapped[str | None] = mapped_column(String(20))
    best_before: Mapped[date | None]
    net_weight_kg: Mapped[float | None] = mapped_column(Float)
    order_ref: Mapped[str | None] = mapped_column(String(30))
    printed_at: Mapped[datetime | None]

    shipment: Mapped[Shipment] = relationship(back_populates="units")
    product: Mapped[Product] = relationship()


class PrintJobStatus(StrEnum):
    QUEUED = "queued"  # waiting (printer offline, out of paper… it is retried)
    SENDING = "sending"
    PRINTED = "printed"
    INTERRUPTED = "interrupted"  # cut while sending: `labels_sent` say how far it got; a person chooses how to go on
    CANCELLED = "cancelled"


class PrintJob(Synced, Base):
    """A job saved before it is sent: the queue survives a restart and prints each job once."""

    __tablename__ = "print_jobs"
    __table_args__ = (_enum_check("status", PrintJobStatus), Index("ix_print_jobs_due", "status", "next_attempt_at"))
    # Random (version 4), not time-ordered: people name a job by its first 8 hex digits (queue retry
    # 3f2a9c10), which for time-ordered ids would be the same for every job of the same minute.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    printer_url: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(200), default="")
    format: Mapped[str] = mapped_column(String(8), default="zpl")
    document: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(_enum(PrintJobStatus), default=PrintJobStatus.QUEUED.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    printed_at: Mapped[datetime | None]
    reprint_of: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("print_jobs.id"))
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    labels: Mapped[int] = mapped_column(Integer, default=1)
    # Labels of the document the printer took, counted from its first label (a cut job keeps it).
    labels_sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Where the next send starts (0-based): a job resumed "from the first unsent label".
    first_label: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # False after a connection cut: labels_sent is what the printer acknowledged, not what it printed,
    # and the job goes on only after the last label on paper, as a person reads it.
    labels_sent_known: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class SyncOutbox(Base):
    """Rows changed on this station and not yet at the central server (filled by SQLite triggers,
    so every write, ORM or not, lands here in its own transaction). Local only."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))


class SyncState(Base):
    """Watermarks and the last sync, per key. Local only."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class StockConflict(Synced, Base):
    """At the central server: movements from several stations took a quantity below zero.
    Flagged for the manager, never merged away."""

    __tablename__ = "stock_conflicts"
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    posting_key: Mapped[str] = mapped_column(String(128))
    station: Mapped[str] = mapped_column(String(64), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


# ---------------------------------------------------------------- the insertion path (counsellor only)


class InsertionContract(Synced, Base):
    """One period of a person's tremplin contract: the initial contract or a renewal (domain.insertion)."""

    __tablename__ = "insertion_contracts"
    __table_args__ = (
        _enum_check("kind", ContractKind),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("weekly_hours > 0", name="hours_positive"),
        UniqueConstraint("worker_id", "start_date", name="worker_start"),
    )
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(_enum(ContractKind))
    start_date: Mapped[date]
    end_date: Mapped[date]  # planned end, inclusive
    weekly_hours: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(String(300), default="")  # why under the weekly minimum
    ended_on: Mapped[date | None]  # ended before its planned end
    end_cause: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # the payroll file it came from


class InsertionSuspension(Synced, Base):
    __tablename__ = "insertion_suspensions"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    reason: Mapped[str] = mapped_column(String(200))


class AccompanimentEntry(Synced, Base):
    """An interview or action of the accompaniment. The note is the counsellor's only."""

    __tablename__ = "accompaniment_entries"
    __table_args__ = (_enum_check("kind", AccompanimentKind), CheckConstraint("minutes >= 0", name="minutes_positive"))
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(_enum(AccompanimentKind))
    day: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(String(300), default="")
    next_step_on: Mapped[date | None]
    author: Mapped[str] = mapped_column(String(64))


class Immersion(Synced, Base):
    """A PMSMP convention: a stay in a host company (one month at most); an absence from the floor."""

    __tablename__ = "immersions"
    __table_args__ = (_enum_check("outcome", ImmersionOutcome), CheckConstraint("end_date >= start_date",
                                                                                 name="dates_ordered"))
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    host: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date]
    end_date: Mapped[date]
    goal: Mapped[str] = mapped_column(String(300), default="")
    tutor: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str | None] = mapped_column(_enum(ImmersionOutcome))


class Training(Synced, Base):
    """A training: hours planned and done, the certification sought and whether it was obtained."""

    __tablename__ = "trainings"
    __table_args__ = (CheckConstraint("planned_hours >= 0 AND done_hours >= 0", name="hours_positive"),)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    certification: Mapped[str] = mapped_column(String(200), default="")  # CléA, CACES R489, titre pro…
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    planned_hours: Mapped[float] = mapped_column(Float, default=0.0)
    done_hours: Mapped[float] = mapped_column(Float, default=0.0)
    obtained_on: Mapped[date | None]


class InsertionExit(Synced, Base):
    """How a person left the path, in the official categories (domain.insertion.ExitOutcome).
    A date still to come is the exit plan."""

    __tablename__ = "insertion_exits"
    __table_args__ = (_enum_check("outcome", ExitOutcome),)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), unique=True)
    day: Mapped[date]
    outcome: Mapped[str] = mapped_column(_enum(ExitOutcome))
    site: Mapped[str] = mapped_column(String(64), default="")


class PassportJobCode(Base):
    """Which job code (ROME) a kind of floor work evidences on the skills passport; editable."""

    __tablename__ = "passport_job_codes"
    operation: Mapped[str] = mapped_column(String(32), primary_key=True)
    rome_code: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(200))
