"""Offline-first sync between a station's SQLite and the central PostgreSQL.

Push: what the station did (scans, ledger lines, sessions, help calls, print jobs, audit…) reaches
an outbox in the same transaction as the change (SQLite triggers); a batch is upserted at central
in one transaction, then removed from the outbox. Delivered twice, it has its effect once: rows
are keyed by UUID, the append-only ones are inserted only if absent, and the central on-hand
cache moves only for ledger lines really inserted. Stock that goes below zero at central because
two stations took the last units is flagged in `stock_conflicts`, never merged away.

Pull: master data (customers, locations, products, kits, orders, tasks, workers and restrictions,
stations, users, assignments) changed since the last pull; the central copy wins. Users are only
those of the station's site (central's `stations.site`), as their PIN hashes travel with them; a
user moved away from the site is deleted here. With it come the
ledger lines of the locations the station takes components from (its line side and the storage
locations; every location for a station without a line side) that central received since the last
pull, so the station's covers count and its checks are right offline. Lines the station wrote
itself are skipped by id: nothing is counted twice. Watermarks use the central server's clock
(a ledger line's `received_at` is set by central when it arrives), so station clocks that disagree
do not matter.

Central stays the authority: a station that recorded a kit with a component its ledger did not
know (a "missing" discrepancy, with its explicit adjustment) may have been wrong only because it had
not synced yet. When such a line reaches central and central had the stock, central takes the
adjustment back (a compensating line, pulled by the station at the next sync) and marks the
discrepancy resolved; what central lacks too stays a discrepancy for the manager.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Table, create_engine, false, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from logins_desktop.messages import Message, known_ids, msg, render
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    Assignment,
    AuditEntry,
    Customer,
    ExpectedReceipt,
    ExpectedReceiptLine,
    HandlingUnit,
    HelpCall,
    KitComponent,
    Location,
    Order,
    PickShortage,
    PrintJob,
    Product,
    QualityCheck,
    QualityRule,
    RateCard,
    ScanEvent,
    Shipment,
    Station,
    StockDiscrepancy,
    StockMovement,
    StockOnHand,
    SyncOutbox,
    SyncState,
    Task,
    TaskPause,
    TaskSession,
    User,
    Worker,
    WorkerProfile,
    WorkerRestriction,
)

log = logging.getLogger(__name__)

# Parents before children (foreign keys), append-only tables marked: they never change once written.
PUSHED: list[tuple[Table, bool]] = [
    (TaskSession.__table__, False), (TaskPause.__table__, False), (ScanEvent.__table__, True),
    (StockMovement.__table__, True), (HelpCall.__table__, False), (PrintJob.__table__, False),
    (AuditEntry.__table__, True), (PickShortage.__table__, False), (Shipment.__table__, False),
    (HandlingUnit.__table__, False), (StockDiscrepancy.__table__, False), (QualityCheck.__table__, False),
    # A worker's profile, saved at the station where they changed it (one id per worker: see services.profiles).
    (WorkerProfile.__table__, False),
    # Announced deliveries: imported at the manager's desk, received by scan at a console.
    (ExpectedReceipt.__table__, False), (ExpectedReceiptLine.__table__, False),
]
PULLED: list[Table] = [t.__table__ for t in (Customer, Location, Product, KitComponent, Order, Task, Worker,
                                              WorkerRestriction, WorkerProfile, Station, User, Assignment,
                                              StockDiscrepancy, QualityRule, QualityCheck, RateCard,
                                              ExpectedReceipt, ExpectedReceiptLine)]
BATCH = 10_000
PULL_MARGIN = timedelta(minutes=10)




@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    changed: dict[str, int] = field(default_factory=dict)  # table -> rows new or changed at central

    def changes(self) -> list[Message]:
        """What the central copy changed here, one message per table ("2 articles", "1 commande")."""
        return [msg(f"sync.changed.{t}", n=n) if f"sync.changed.{t}" in known_ids()
                else msg("sync.changed.other", n=n, table=t) for t, n in self.changed.items() if n]

    def describe_changes(self, language: str = "fr") -> str:
        return render(msg("sync.changes", items=self.changes()), language) if self.changes() else ""


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
        report.pulled, report.changed = self.pull()
        report.seconds = time.monotonic() - started
        with self._local.write() as s:
            self._set_state(s, "last_sync", datetime.now().astimezone().isoformat(timespec="seconds"))
        return report

    # ------------------------------------------------------------------ push
    def push(self) -> tuple[int, int]:
        """Send the outbox in batches; returns (rows sent, stock conflicts found at central)."""
        total = conflicts = 0
        while True:
            raw = self._local.engine.raw_connection()
            try:
                batch = raw.execute("SELECT id, table_name, row_id FROM sync_outbox ORDER BY id LIMIT ?",
                                    (self._batch,)).fetchall()
                ids_by_table: dict[str, list[str]] = defaultdict(list)
                for _, table, row_id in batch:
                    ids_by_table[table].append(row_id)
                rows_by_table = {table.name: _read_rows(raw, table, ids_by_table[table.name])
                                 for table, _ in PUSHED if ids_by_table.get(table.name)}
            finally:
                raw.close()
            if not batch:
                return total, conflicts
            with self._central.begin() as central:
                pg = central.connection.driver_connection  # psycopg: COPY into a staging table
                for table, append_only in PUSHED:
                    rows = rows_by_table.get(table.name)
                    if not rows:
                        continue
                    conflicts += _copy_upsert(pg, table, rows, append_only)
                    self._hook(f"pushed:{table.name}")
            self._hook("central-committed")
            # Only now, the central transaction committed, do the rows leave the outbox.
            with self._local.write() as s:
                s.execute(SyncOutbox.__table__.delete().where(SyncOutbox.id <= batch[-1][0]))
            total += len(batch)

    # ------------------------------------------------------------------ pull
    def pull(self) -> tuple[int, dict[str, int]]:
        with self._central.connect() as central:
            now = central.scalar(text("SELECT now()"))
            since = self.state("pulled_until")
            since_dt = datetime.fromisoformat(since) if since else None
            fetched = []
            site = central.scalar(select(Station.site).where(Station.code == self._station)) if self._station else None
            users = User.__table__
            gone: list = []
            for table in PULLED:
                query = select(table)
                if since_dt is not None:
                    # A margin for rows stamped by a writer whose clock lags: re-pulling is harmless.
                    query = query.where(table.c.updated_at > since_dt - PULL_MARGIN)
                if table is users:
                    # Least privilege: only the people who sign in at this station's site, PIN hash
                    # included; of the others, only the ids of those who left it (to forget them).
                    gone_query = select(users.c.id).where(users.c.site != (site or ""))
                    if since_dt is not None:
                        gone_query = gone_query.where(users.c.updated_at > since_dt - PULL_MARGIN)
                    gone = list(central.scalars(gone_query))
                    query = query.where(users.c.site == site) if site else query.where(false())
                fetched.append((table, [dict(r._mapping) for r in central.execute(query)]))
            movements = self._station_movements(central, since_dt)
        count = 0
        changed: dict[str, int] = {}
        with self._local.write() as s:
            before = s.scalar(select(func.coalesce(func.max(SyncOutbox.id), 0)))
            for table, rows in fetched:
                if rows:  # the central copy wins: count what is new or different here, to show it
                    known = dict(s.execute(select(table.c.id, table.c.updated_at)
                                           .where(table.c.id.in_([r["id"] for r in rows]))).all())
                    changed[table.name] = sum(1 for r in rows if known.get(r["id"]) != r["updated_at"])
                for chunk in _chunks(rows, 500):
                    statement = sqlite_insert(table).values(chunk)
                    columns = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
                    s.execute(statement.on_conflict_do_update(index_elements=["id"], set_=columns))
                count += len(rows)
            if gone:  # moved to another site, or to none: their hashes leave this station
                for chunk in _chunks(gone, 500):
                    s.execute(users.delete().where(users.c.id.in_(chunk)))
            if movements:
                count += self._apply_movements(s, movements)
            # What came from central must not go back to it.
            s.execute(SyncOutbox.__table__.delete().where(SyncOutbox.id > before))
            self._set_state(s, "pulled_until", now.isoformat())
        return count, changed

    def _station_movements(self, central, since: datetime | None) -> list[dict]:
        """Ledger lines of the locations this station takes from, received at central since `since`
        (all of them on the first pull: the station's opening stock)."""
        table = StockMovement.__table__
        query = select(table)
        location = central.scalar(select(Station.location_code).where(Station.code == self._station)) if self._station else None
        if location:  # its line side, and storage (the other stations' line sides are theirs)
            line_sides = select(Station.location_code).where(Station.location_code != "", Station.code != self._station)
            codes = select(Location.id).where((Location.code == location) | Location.code.not_in(line_sides))
            query = query.where(table.c.location_id.in_(codes))
        if since is not None:
            query = query.where(table.c.received_at > since - PULL_MARGIN)
        return [dict(r._mapping) for r in central.execute(query)]

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


def _read_rows(raw, table: Table, ids: list[str]) -> list[tuple]:
    """Rows straight from SQLite, already in a form PostgreSQL's COPY reads (the bulk path: no ORM,
    no per-value Python): UUIDs as 32 hex digits and 0/1 booleans are valid PostgreSQL input as they
    are; times are naive UTC text, to which the zone is added in the query."""
    names = ", ".join(f"{c.name} || '+00'" if type(c.type).__name__ == "UTCDateTime" else c.name
                      for c in table.columns)
    rows: list[tuple] = []
    for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 900]
        marks = ", ".join("?" * len(chunk))
        rows += raw.execute(f"SELECT {names} FROM {table.name} WHERE id IN ({marks})", chunk).fetchall()
    return rows


# Ledger lines: insert those central lacks, move central's on-hand by exactly those, and record a
# conflict wherever that takes a quantity below zero. One statement, in the batch's transaction.
_LEDGER_UPSERT = """
WITH inserted AS (
    INSERT INTO stock_movements ({cols}) SELECT {arrival} FROM {staging}
    ON CONFLICT (id) DO NOTHING
    RETURNING product_id, location_id, quantity, posting_key, station
), deltas AS (
    SELECT product_id, location_id, sum(quantity) AS delta, max(posting_key) AS posting_key, max(station) AS station
    FROM inserted GROUP BY product_id, location_id
), moved AS (
    INSERT INTO stock_on_hand (product_id, location_id, quantity, sku, location_code)
    SELECT d.product_id, d.location_id, d.delta, p.sku, l.code
    FROM deltas d JOIN products p ON p.id = d.product_id JOIN locations l ON l.id = d.location_id
    ON CONFLICT (product_id, location_id) DO UPDATE SET quantity = stock_on_hand.quantity + EXCLUDED.quantity
    RETURNING product_id, location_id, quantity
)
INSERT INTO stock_conflicts (id, created_at, updated_at, product_id, location_id, quantity, posting_key, station, resolved)
SELECT gen_random_uuid(), now(), now(), m.product_id, m.location_id, m.quantity, d.posting_key, d.station, false
FROM moved m JOIN deltas d USING (product_id, location_id)
WHERE m.quantity < 0
RETURNING product_id
"""


# A station's "missing" discrepancy that central can cover: take the station's adjustment back as far
# as central's on-hand allows (a compensating ledger line, which the station pulls next time), and
# lower the discrepancy by as much. Runs after the batch's ledger lines are in (parents first).
_RESOLVE_AT_CENTRAL = """
WITH candidates AS (
    SELECT d.id, d.product_id, d.location_id, d.kit_key, d.station, least(d.quantity, greatest(h.quantity, 0)) AS back
    FROM stock_discrepancies d JOIN {staging} n ON n.id = d.id
    JOIN stock_on_hand h ON h.product_id = d.product_id AND h.location_id = d.location_id
    WHERE d.kind = 'missing' AND d.closed_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.posting_key = 'central:' || d.id::text)
), compensated AS (
    INSERT INTO stock_movements (id, posting_key, line_no, kind, product_id, location_id, quantity, actor, station,
                                 reason, order_id, created_at, received_at)
    SELECT gen_random_uuid(), 'central:' || c.id::text, 0, 'adjust', c.product_id, c.location_id, -c.back, 'central',
           c.station, 'discrepancy covered by central stock', NULL, now(), now()
    FROM candidates c WHERE c.back > 0
    RETURNING product_id, location_id, quantity
), moved AS (
    UPDATE stock_on_hand h SET quantity = h.quantity + x.delta
    FROM (SELECT product_id, location_id, sum(quantity) AS delta FROM compensated GROUP BY product_id, location_id) x
    WHERE h.product_id = x.product_id AND h.location_id = x.location_id
    RETURNING h.product_id
)
UPDATE stock_discrepancies d SET updated_at = now(),
    quantity = CASE WHEN c.back >= d.quantity THEN d.quantity ELSE d.quantity - c.back END,
    closed_at = CASE WHEN c.back >= d.quantity THEN now() ELSE d.closed_at END
FROM candidates c WHERE d.id = c.id AND c.back > 0
"""


def _copy_upsert(pg, table: Table, rows: list[tuple], append_only: bool) -> int:
    """COPY into a temporary twin, then one INSERT … ON CONFLICT: close to COPY's speed, idempotent.
    Returns the number of stock conflicts found (ledger lines only)."""
    names = [c.name for c in table.columns]
    cols = ", ".join(names)
    staging = f"staging_{table.name}"
    with pg.cursor() as cur:
        cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {table.name} INCLUDING DEFAULTS) "
                    "ON COMMIT DELETE ROWS")
        with cur.copy(f"COPY {staging} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        if table.name == StockMovement.__tablename__:
            arrival = ", ".join("now()" if n == "received_at" else n for n in names)
            cur.execute(_LEDGER_UPSERT.format(cols=cols, staging=staging, arrival=arrival))
            flagged = cur.fetchall()
            for (product_id,) in flagged:
                log.warning("stock conflict at central: product %s below zero", product_id)
            return len(flagged)
        if table.name == StockDiscrepancy.__tablename__:
            # Central owns what it resolved (the quantity left); a close, wherever it happened, stays.
            cur.execute(f"INSERT INTO {table.name} ({cols}) SELECT {cols} FROM {staging} ON CONFLICT (id) DO UPDATE SET "
                        + ", ".join(f"{n} = EXCLUDED.{n}" for n in names if n not in ("id", "quantity", "closed_at"))
                        + f", closed_at = coalesce({table.name}.closed_at, EXCLUDED.closed_at)")
            cur.execute(_RESOLVE_AT_CENTRAL.format(staging=staging))
            return 0
        if append_only:
            action = "DO NOTHING"
        else:
            action = "DO UPDATE SET " + ", ".join(f"{n} = EXCLUDED.{n}" for n in names if n != "id")
        cur.execute(f"INSERT INTO {table.name} ({cols}) SELECT {cols} FROM {staging} ON CONFLICT (id) {action}")
        return 0


def _chunks(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
