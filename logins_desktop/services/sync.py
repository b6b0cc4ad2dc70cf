"""Offline-first sync between a station's SQLite and the central PostgreSQL.

Push: what the station did (scans, ledger lines, sessions, help calls, print jobs, audit…) reaches
an outbox in the same transaction as the change (SQLite triggers); a batch is upserted at central
in one transaction, then removed from the outbox. Delivered twice, it has its effect once: rows
are keyed by UUID, the append-only ones are inserted only if absent, and the central on-hand
cache moves only for ledger lines really inserted. Stock that goes below zero at central because
two stations took the last units is flagged in `stock_conflicts`, never merged away.

Pull: master data (customers, locations, products, kits, orders, tasks, workers and restrictions,
stations, users, assignments) changed since the last pull; the central copy wins. A new, empty
station also gets the ledger lines of its own location, so its stock is right from the start.
Watermarks use the central server's clock, so station clocks that disagree do not matter.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, create_engine, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Assignment,
    AuditEntry,
    Customer,
    HandlingUnit,
    HelpCall,
    KitComponent,
    Location,
    Order,
    PickShortage,
    PrintJob,
    Product,
    ScanEvent,
    Shipment,
    Station,
    StockConflict,
    StockMovement,
    StockOnHand,
    SyncOutbox,
    SyncState,
    Task,
    TaskPause,
    TaskSession,
    User,
    Worker,
    WorkerRestriction,
    utcnow,
)

log = logging.getLogger(__name__)

# Parents before children (foreign keys), append-only tables marked: they never change once written.
PUSHED: list[tuple[Table, bool]] = [
    (TaskSession.__table__, False), (TaskPause.__table__, False), (ScanEvent.__table__, True),
    (StockMovement.__table__, True), (HelpCall.__table__, False), (PrintJob.__table__, False),
    (AuditEntry.__table__, True), (PickShortage.__table__, False), (Shipment.__table__, False),
    (HandlingUnit.__table__, False),
]
PULLED: list[Table] = [t.__table__ for t in (Customer, Location, Product, KitComponent, Order, Task, Worker,
                                              WorkerRestriction, Station, User, Assignment)]
BATCH = 2_000
PULL_MARGIN = timedelta(minutes=10)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    seconds: float = 0.0


class SyncService:
    def __init__(self, local: Database, central_url: str, station: str = "", batch: int = BATCH,
                 hook: Callable[[str], None] | None = None):
        self._local = local
        self._central = create_engine(central_url, pool_pre_ping=True)
        self._station = station
        self._batch = batch
        self._hook = hook or (lambda _where: None)  # fault injection in tests

    def close(self) -> None:
        self._central.dispose()

    # ------------------------------------------------------------------ status
    def pending(self) -> int:
        with self._local.read() as s:
            return int(s.scalar(select(func.count()).select_from(SyncOutbox)))

    def state(self, key: str) -> str | None:
        with self._local.read() as s:
            row = s.get(SyncState, key)
            return row.value if row else None

    def _set_state(self, s, key: str, value: str) -> None:
        s.execute(sqlite_insert(SyncState.__table__).values(key=key, value=value)
                  .on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    # ------------------------------------------------------------------ once
    def sync_once(self) -> SyncReport:
        started = time.monotonic()
        report = SyncReport()
        report.pushed, report.conflicts = self.push()
        report.pulled = self.pull()
        report.seconds = time.monotonic() - started
        with self._local.write() as s:
            self._set_state(s, "last_sync", datetime.now().astimezone().isoformat(timespec="seconds"))
        return report

    # ------------------------------------------------------------------ push
    def push(self) -> tuple[int, int]:
        total = conflicts = 0
        while True:
            with self._local.read() as s:
                batch = s.execute(select(SyncOutbox.id, SyncOutbox.table_name, SyncOutbox.row_id)
                                  .order_by(SyncOutbox.id).limit(self._batch)).all()
            if not batch:
                return total, conflicts
            ids_by_table: dict[str, set[str]] = defaultdict(set)
            for _, table, row_id in batch:
                ids_by_table[table].add(row_id)
            rows_by_table = {}
            with self._local.engine.connect() as conn:
                for table, _ in PUSHED:
                    ids = ids_by_table.get(table.name)
                    if ids:
                        # SQLite keeps UUIDs as 32 hex digits: read them back through the table's types.
                        wanted = [_uuid(i) for i in ids]
                        rows_by_table[table.name] = [dict(r._mapping) for r in
                                                     conn.execute(select(table).where(table.c.id.in_(wanted)))]
            with self._central.begin() as central:
                for table, append_only in PUSHED:
                    rows = rows_by_table.get(table.name)
                    if not rows:
                        continue
                    if table.name == StockMovement.__tablename__:
                        conflicts += self._push_movements(central, rows)
                    else:
                        statement = pg_insert(table).values(rows)
                        if append_only:
                            statement = statement.on_conflict_do_nothing(index_elements=["id"])
                        else:
                            columns = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
                            statement = statement.on_conflict_do_update(index_elements=["id"], set_=columns)
                        central.execute(statement)
                    self._hook(f"pushed:{table.name}")
            self._hook("central-committed")
            # Only now, the central transaction committed, do the rows leave the outbox.
            with self._local.write() as s:
                s.execute(SyncOutbox.__table__.delete().where(SyncOutbox.id <= batch[-1][0]))
            total += len(batch)

    def _push_movements(self, central, rows: list[dict]) -> int:
        """Insert the ledger lines central lacks, then move central's on-hand by exactly those."""
        table = StockMovement.__table__
        inserted = central.execute(
            pg_insert(table).values(rows).on_conflict_do_nothing(index_elements=["id"])
            .returning(table.c.product_id, table.c.location_id, table.c.quantity, table.c.posting_key, table.c.station)
        ).all()
        deltas: dict[tuple, int] = defaultdict(int)
        origin: dict[tuple, tuple[str, str]] = {}
        for product_id, location_id, quantity, key, station in inserted:
            deltas[(product_id, location_id)] += quantity
            origin[(product_id, location_id)] = (key, station)
        cache = StockOnHand.__table__
        conflicts = 0
        for (product_id, location_id), delta in sorted(deltas.items()):
            sku = central.scalar(select(Product.sku).where(Product.id == product_id))
            code = central.scalar(select(Location.code).where(Location.id == location_id))
            quantity = central.execute(
                pg_insert(cache).values(product_id=product_id, location_id=location_id, quantity=delta, sku=sku,
                                        location_code=code)
                .on_conflict_do_update(index_elements=["product_id", "location_id"],
                                       set_={"quantity": cache.c.quantity + delta})
                .returning(cache.c.quantity)
            ).scalar_one()
            if quantity < 0:
                key, station = origin[(product_id, location_id)]
                central.execute(insert(StockConflict.__table__).values(
                    id=_new_id(), created_at=_now(), updated_at=_now(), product_id=product_id,
                    location_id=location_id, quantity=quantity, posting_key=key, station=station, resolved=False))
                conflicts += 1
                log.warning("conflit de stock à la centrale : %s en %s = %s (écriture %s, poste %s)",
                            sku, code, quantity, key, station)
        return conflicts

    # ------------------------------------------------------------------ pull
    def pull(self) -> int:
        with self._central.connect() as central:
            now = central.scalar(text("SELECT now()"))
            since = self.state("pulled_until")
            since_dt = datetime.fromisoformat(since) if since else None
            fetched = []
            for table in PULLED:
                query = select(table)
                if since_dt is not None:
                    # A margin for rows stamped by a writer whose clock lags: re-pulling is harmless.
                    query = query.where(table.c.updated_at > since_dt - PULL_MARGIN)
                fetched.append((table, [dict(r._mapping) for r in central.execute(query)]))
            movements = self._station_movements(central) if since_dt is None else []
        count = 0
        with self._local.write() as s:
            before = s.scalar(select(func.coalesce(func.max(SyncOutbox.id), 0)))
            for table, rows in fetched:
                for chunk in _chunks(rows, 500):
                    statement = sqlite_insert(table).values(chunk)
                    columns = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
                    s.execute(statement.on_conflict_do_update(index_elements=["id"], set_=columns))
                count += len(rows)
            if movements:
                count += self._apply_movements(s, movements)
            # What came from central must not go back to it.
            s.execute(SyncOutbox.__table__.delete().where(SyncOutbox.id > before))
            self._set_state(s, "pulled_until", now.isoformat())
        return count

    def _station_movements(self, central) -> list[dict]:
        """A new station's opening stock: every ledger line of its own location."""
        location = central.scalar(select(Station.location_code).where(Station.code == self._station)) if self._station else None
        if not location:
            return []
        table = StockMovement.__table__
        rows = central.execute(select(table).join(Location.__table__, Location.id == table.c.location_id)
                               .where(Location.code == location)).all()
        return [dict(r._mapping) for r in rows]

    def _apply_movements(self, s, rows: list[dict]) -> int:
        table = StockMovement.__table__
        have = set(s.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))))
        new = [r for r in rows if r["id"] not in have]
        if not new:
            return 0
        for chunk in _chunks(new, 500):
            s.execute(insert(table), chunk)
        deltas: dict[tuple, int] = defaultdict(int)
        for r in new:
            deltas[(r["product_id"], r["location_id"])] += r["quantity"]
        cache = StockOnHand.__table__
        for (product_id, location_id), delta in deltas.items():
            if s.execute(update(cache).where(cache.c.product_id == product_id, cache.c.location_id == location_id)
                         .values(quantity=cache.c.quantity + delta)).rowcount == 0:
                sku = s.scalar(select(Product.sku).where(Product.id == product_id))
                code = s.scalar(select(Location.code).where(Location.id == location_id))
                s.execute(insert(cache).values(product_id=product_id, location_id=location_id, quantity=delta,
                                               sku=sku, location_code=code))
        return len(new)


def _chunks(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _uuid(value: str) -> uuid.UUID:
    return uuid.UUID(value)


def _new_id() -> uuid.UUID:
    return uuid.uuid4()


def _now() -> datetime:
    return utcnow()
