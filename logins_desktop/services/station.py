"""The packing station: every scan in, one decision out, durably saved before it is reported.

The rules are in `domain.station.decide`; this service loads what a scan needs, calls it, applies
the decision's effects in one transaction, and reports one `ScanResult`. A wrong item is refused
and nothing is consumed; a double read within the window is ignored; the kit in progress is saved
with every scan, so a restart resumes it. A finished kit is always recorded: what the ledger does
not know becomes an unplanned transfer or a stock discrepancy for the manager, never a refusal.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from logins_desktop.devices.scanners.base import ScanFrame
from logins_desktop.domain import station as rules
from logins_desktop.domain.barcodes import Code, CodeKind, CommandName, read_code
from logins_desktop.domain.costing import active_intervals
from logins_desktop.domain.ergonomics import Operation
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.ids import new_id
from logins_desktop.domain.lots import LotTake, Shelf, Tracking, allocate, pick_sources
from logins_desktop.domain.quality import QualityRule
from logins_desktop.domain.station import Decision, Done, Mode, Outcome, Person, PickLine, Scan, Step
from logins_desktop.messages import Message, msg, render
from logins_desktop.services import quality
from logins_desktop.services.assignment import active_assignment
from logins_desktop.store import ledger, queries
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    HelpCall,
    KitComponent,
    Location,
    MovementKind,
    Order,
    PickShortage,
    Product,
    ScanEvent,
    Station,
    StockDiscrepancy,
    StockMovement,
    StockOnHand,
    Task,
    TaskPause,
    TaskSession,
    User,
    Worker,
)
from logins_desktop.store.models import StationState as SavedState
from logins_desktop.store.prepared import Prepared

log = logging.getLogger(__name__)
DOUBLE_READ_SECONDS = 0.3
PICK_BATCH_KITS = 50  # a pick list brings components for this many kits to the station
LOW_STOCK_KITS = 10  # warn the worker and the board below this many kits covered
DISMANTLE_PREFIX = "dismantle:"


@dataclass
class ScanResult:
    """What the station decided about one scan or tap, after it was saved (or could not be)."""

    seq: int
    raw: bytes
    symbology: str | None
    outcome: str
    message: Message
    worker: str | None
    order: str | None
    step: int | None
    kit_progress: tuple[int, int] | None
    kits_done: int
    committed: bool
    user: str | None = None  # a user's badge: the screen asks for the PIN
    kit_completed: bool = False
    command: str | None = None
    covers: int | None = None  # kits the components on hand cover (login and completed kits)
    quality_check: bool = False  # the finished kit is set aside for a check
    warning: Message | None = None  # the stock runs low: said to the worker, shown on the board
    shortfall: bool = False  # the kit was recorded with a discrepancy or an unplanned transfer

    @property
    def reason(self) -> str:
        return render(self.message)

    def to_json(self, language: str = "fr") -> dict:
        text = render(self.message, language)
        data = {
            "seq": self.seq,
            "raw": self.raw.decode("latin-1"),
            "symbology": self.symbology,
            "outcome": self.outcome,
            "reason": text,
            "message": self.message.to_json(),
            "text": text,
            "worker": self.worker,
            "order": self.order,
            "step": self.step,
            "kit_progress": list(self.kit_progress) if self.kit_progress else None,
            "kits_done": self.kits_done,
            "committed": self.committed,
        }
        if self.covers is not None:
            data["covers"] = self.covers
        if self.quality_check:
            data["quality_check"] = True
        if self.warning is not None:
            data["warning"] = {"message": self.warning.to_json(), "text": render(self.warning, language)}
        return data


class Refused(DomainError):
    """A tap the station refuses (nobody logged in, unknown badge); the message is shown to the worker."""


@dataclass(frozen=True)
class Performance:
    units: int
    active_minutes: float
    per_hour: float | None
    baseline_per_hour: float | None  # the worker's own recent sessions on the same task
    standard_per_hour: float | None  # from the task's standard time


@dataclass(frozen=True)
class StockCover:
    kits: int
    shortest: str | None  # the component that runs out first
    warning: Message | None


def _now() -> datetime:
    return datetime.now(UTC)


# Statements compiled once and run on the driver (store.prepared): every scan writes its event and the
# station's state, every finished kit a few more; SQLAlchemy's set-up of each execution cost more than
# the statement itself (profile in the README).
_SCAN_EVENT_COLUMNS = ("id", "station", "worker_id", "order_id", "raw", "symbology", "decision", "reason",
                       "created_at")
_SCAN_EVENT = Prepared(insert(ScanEvent.__table__), _SCAN_EVENT_COLUMNS)
_STATE = SavedState.__table__
_STATE_COLUMNS = ("worker_id", "order_id", "session_id", "kit_key", "progress", "history", "pending_quantity",
                  "paused", "pick_location_id", "updated_at")
_UPDATE_STATE = Prepared(update(_STATE).where(_STATE.c.station == bindparam("b_station"))
                         .values({c: bindparam(f"b_{c}") for c in _STATE_COLUMNS}))
_INSERT_STATE = Prepared(insert(_STATE), ("station", *_STATE_COLUMNS))
_ONE_MORE_UNIT = Prepared(update(TaskSession.__table__).where(TaskSession.__table__.c.id == bindparam("b_session"))
                          .values(units=TaskSession.__table__.c.units + 1))
# Only a change of status is written: a kit that leaves the order in progress rewrites no page.
_ORDER_STATUS = Prepared(update(Order.__table__).where(Order.__table__.c.id == bindparam("b_order"),
                                                       Order.__table__.c.status != bindparam("b_status"))
                         .values(status=bindparam("b_status")))


@lru_cache(maxsize=64)
def _holdings(products: int) -> Prepared:
    """Every on-hand row of `products` products (a kit's components and the kit), locked for the posting."""
    return Prepared(
        select(StockOnHand.product_id, StockOnHand.location_id, StockOnHand.location_code, StockOnHand.quantity)
        .where(StockOnHand.product_id.in_([bindparam(f"p{i}", type_=StockOnHand.product_id.type)
                                           for i in range(products)])).with_for_update())


def active_seconds(session: TaskSession, until: datetime) -> float:
    """Working time of a task session: its length minus its pauses (the costing's own intervals, so
    a pause running past the session's end is not counted twice)."""
    end = session.ended_at or until
    pauses = [(p.started_at, p.ended_at or end) for p in session.pauses]
    return sum((b - a).total_seconds() for a, b in active_intervals(session.started_at, end, pauses))


def consuming_location_ids(s: Session, station_code: str) -> list[uuid.UUID] | None:
    """Where a station takes components: its line-side location; None: from every location."""
    code = s.scalar(select(Station.location_code).where(Station.code == station_code))
    if not code:
        return None
    location_id = s.scalar(select(Location.id).where(Location.code == code))
    return [location_id] if location_id else None


_UNKNOWN = object()


def stock_cover(s: Session, station_code: str, needs: tuple[tuple[uuid.UUID, int], ...], remaining: int,
                threshold: int = LOW_STOCK_KITS, locations=_UNKNOWN,
                names: dict[uuid.UUID, str] | None = None) -> StockCover:
    """How many kits the components on hand where this station takes them cover, and a warning when low.
    The station passes what it already knows (its locations, the components' names): one query per kit."""
    if not needs:
        return StockCover(0, None, None)
    query = (select(StockOnHand.product_id, func.sum(StockOnHand.quantity))
             .where(StockOnHand.product_id.in_([p for p, _ in needs]), StockOnHand.quantity > 0)
             .group_by(StockOnHand.product_id))
    if locations is _UNKNOWN:
        locations = consuming_location_ids(s, station_code)
    if locations is not None:
        query = query.where(StockOnHand.location_id.in_(locations))
    available = {p: int(q) for p, q in s.execute(query)}
    return cover_of(available, needs, remaining, threshold, names or {}, s)


def cover_of(available: dict[uuid.UUID, int], needs: tuple[tuple[uuid.UUID, int], ...], remaining: int,
             threshold: int, names: dict[uuid.UUID, str], s: Session | None = None) -> StockCover:
    """The cover of what is `available` per component (a name missing from `names` is read with `s`)."""
    kits, shortest_id = rules.covers(needs, available)
    shortest = names.get(shortest_id) if shortest_id else None
    if shortest_id and shortest is None and s is not None:
        shortest = s.scalar(select(Product.name).where(Product.id == shortest_id))
    warning = (msg("station.low_stock", covers=kits, component=shortest)
               if rules.low_stock(kits, remaining, threshold) else None)
    return StockCover(kits, shortest, warning)


def assignment_cover(db: Database, station_code: str, order_ref: str,
                     threshold: int = LOW_STOCK_KITS) -> tuple[Message, Message | None] | None:
    """What an assignment's station can make with the stock on hand, said when the task is assigned
    (never a reason to refuse it); None when the order is not a kit."""
    with db.read() as s:
        order = s.scalars(select(Order).where(Order.ref == order_ref)).one_or_none()
        if order is None:
            return None
        needs = bill_of_materials(s, order.product_id)
        if not needs:
            return None
        remaining = max(0, order.quantity - kits_done(s, order.id, order.product_id))
        cover = stock_cover(s, station_code, needs, remaining, threshold)
    alert = (msg("station.low_stock_alert", station=station_code, covers=cover.kits, component=cover.shortest)
             if cover.warning else None)
    return msg("station.assign_cover", station=station_code, covers=cover.kits, remaining=remaining), alert


def bill_of_materials(s: Session, kit_id: uuid.UUID) -> tuple[tuple[uuid.UUID, int], ...]:
    """A kit's components and how many of each one kit takes."""
    return tuple(s.execute(select(KitComponent.component_id, KitComponent.quantity)
                           .where(KitComponent.kit_id == kit_id)).all())


def kit_lines(order_id: uuid.UUID, kit_product_id: uuid.UUID) -> tuple:
    """The ledger lines that make an order's kits: each kit produced (+1), each dismantled (-1).
    What `kits_done` sums and the costs page's pace spreads over the hours."""
    return (StockMovement.order_id == order_id, StockMovement.product_id == kit_product_id,
            or_(StockMovement.kind == MovementKind.PRODUCE.value, StockMovement.posting_key.startswith(DISMANTLE_PREFIX)))


def kits_done(s: Session, order_id: uuid.UUID, kit_product_id: uuid.UUID) -> int:
    """Kits produced for an order, less those a team lead dismantled."""
    return int(s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                        .where(*kit_lines(order_id, kit_product_id))))


class StationService:
    def __init__(self, db: Database, station: str, double_read_seconds: float = DOUBLE_READ_SECONDS,
                 clock: Callable[[], float] = time.monotonic, low_stock_kits: int = LOW_STOCK_KITS):
        self._db = db
        self._writer = db.writer()  # a transaction per scan: on a kept connection
        self.station = station
        self._window = double_read_seconds
        self._clock = clock
        self._low_stock_kits = low_stock_kits
        self._seq = 0
        self._last_text: str | None = None
        self._last_time = float("-inf")
        self._products_by_gtin: dict[str, tuple[uuid.UUID, str]] = {}
        with db.read() as s:
            row = s.scalars(select(Station).where(Station.code == station)).one_or_none()
            if row is None:
                raise DomainError(msg("station.unknown_station", station=station))
            location = s.scalars(select(Location).where(Location.code == row.location_code)).one_or_none()
            self.location_id = location.id if location else None
            self.location_code = row.location_code if location else ""
        self.state = rules.StationState()
        self._last_cover: tuple[int | None, Message | None] = (None, None)
        self._last_cover_order: uuid.UUID | None = None
        self._line_sides: set[uuid.UUID] | None = None
        self._pace_basis: tuple[uuid.UUID | None, float | None, float | None] = (None, None, None)
        self._quality_rule: QualityRule | None = None  # of the running order's kit
        self._tracked: frozenset[uuid.UUID] = frozenset()  # its components tracked by lot or serial
        self._resume()
        if self.state.steps:  # resumed mid-order: the screen shows the cover at once
            self._refresh_cover()

    # ------------------------------------------------------------------ public
    @property
    def seq(self) -> int:
        return self._seq

    def handle(self, frame: ScanFrame) -> ScanResult:
        self._seq += 1
        now = self._clock()
        if frame.error is not None:
            return self._apply(frame, rules.decide(self.state, Scan(Code(CodeKind.INVALID, ""), frame_error=frame.error)))
        duplicate = frame.text == self._last_text and now - self._last_time < self._window
        if not duplicate:
            self._last_text, self._last_time = frame.text, now
        code = read_code(frame.text, frame.symbology)
        return self._apply(frame, rules.decide(self.state, self._scan(code, duplicate)))

    def command(self, name: CommandName, option: str | None = None) -> ScanResult:
        """A command from a tap on the screen: the same decision as its barcode, without a scan event."""
        self._seq += 1
        if not self.state.logged_in:
            raise Refused(msg("station.nobody"))
        code = Code(CodeKind.COMMAND, name.value, command=name, option=option)
        return self._apply(None, rules.decide(self.state, self._scan(code, False)))

    def login(self, badge: str) -> ScanResult:
        """A tap on a name card: the same login as a badge scan, without a scan event."""
        with self._db.read() as s:
            worker = s.scalars(select(Worker).where(Worker.badge == badge, Worker.active)).one_or_none()
        if worker is None:
            raise Refused(msg("station.unknown_badge", badge=badge))
        self._seq += 1
        return self._apply(None, rules.decide(rules.StationState(), Scan(Code(CodeKind.TEXT, badge),
                                              worker=Person(worker.id, worker.badge, worker.display_name))))

    def logout(self) -> ScanResult:
        self._seq += 1
        code = Code(CodeKind.COMMAND, CommandName.LOGOUT.value, command=CommandName.LOGOUT)
        return self._apply(None, rules.decide(self.state, Scan(code)))

    def view(self):
        """What the screen shows now (a Qt-free snapshot), with the stock cover last counted."""
        from logins_desktop.services.station_view import station_view

        covers, warning = self._last_cover if self._last_cover_order == self.state.order_id else (None, None)
        return station_view(self.state, covers, warning)

    def cover(self) -> StockCover:
        """The stock the current kit task can count on, where this station takes it."""
        st = self.state
        with self._db.read() as s:
            return stock_cover(s, self.station, tuple((x.product_id, x.quantity) for x in st.steps),
                               st.remaining_kits, self._low_stock_kits,
                               locations=[self.location_id] if self.location_id else None,
                               names={x.product_id: x.name for x in st.steps})

    def performance(self) -> Performance | None:
        """The pace of the current session; None when there is none, or the database cannot say."""
        try:
            return self._performance()
        except SQLAlchemyError as exc:  # the pace can wait; the scans go on
            log.warning("pace not computed (%s): %s", self.station, exc)
            return None

    def _performance(self) -> Performance | None:
        st = self.state
        if st.session_id is None:
            return None
        with self._db.read() as s:
            session = s.get(TaskSession, st.session_id)
            active = active_seconds(session, _now())
            if self._pace_basis[0] != session.id:  # the worker's past and the task's standard: once per session
                self._pace_basis = (session.id, *self._pace_references(s, session))
        per_hour = session.units / (active / 3600) if active >= 60 else None
        return Performance(units=session.units, active_minutes=active / 60, per_hour=per_hour,
                           baseline_per_hour=self._pace_basis[1], standard_per_hour=self._pace_basis[2])

    def _pace_references(self, s: Session, session: TaskSession) -> tuple[float | None, float | None]:
        st = self.state
        task = s.get(Task, st.task_id) if st.task_id else None
        previous = s.scalars(
            select(TaskSession).where(TaskSession.worker_id == st.worker_id, TaskSession.id != session.id,
                                      TaskSession.ended_at.is_not(None), TaskSession.units > 0,
                                      TaskSession.task_id == st.task_id)
            .order_by(TaskSession.started_at.desc()).limit(10)
        ).all()
        rates = [p.units / (a / 3600) for p in previous if (a := active_seconds(p, p.ended_at)) > 60]
        baseline = sum(rates) / len(rates) if rates else None
        standard = 3600 / task.standard_seconds_per_unit if task and task.standard_seconds_per_unit else None
        return baseline, standard

    # ------------------------------------------------------------------ context
    def _scan(self, code: Code, duplicate: bool) -> Scan:
        """What the database knows about a code, for `decide`."""
        scan = Scan(code, duplicate=duplicate, fresh_key=f"{self.station}:{new_id()}", today=date.today())
        if duplicate or code.kind is CodeKind.INVALID:
            return scan
        if code.gtin:
            product = self._product_for(code.gtin)
            serial = code.ais.get("21")
            if product is not None and serial and product[0] in self._serial_tracked:
                return replace(scan, product=product, serial_used=self._kit_holding(product[0], serial))
            return replace(scan, product=product)
        if code.kind is not CodeKind.TEXT:
            return scan
        with self._db.read() as s:
            worker = s.scalars(select(Worker).where(Worker.badge == code.text, Worker.active)).one_or_none()
            if worker is not None:
                return replace(scan, worker=Person(worker.id, worker.badge, worker.display_name))
            if self.state.mode is Mode.PICKING:
                location = queries.location_ref(s, code.text)
                if location is not None:
                    return replace(scan, location=location)
            if not self.state.logged_in:
                user = s.scalars(select(User).where(User.badge == code.text, User.active)).one_or_none()
                if user is not None:
                    return replace(scan, user_name=user.display_name)
        return scan

    def _product_for(self, gtin14: str) -> tuple[uuid.UUID, str] | None:
        if gtin14 not in self._products_by_gtin:
            with self._db.read() as s:
                product = queries.product_by_gtin(s, gtin14)
                if product is None:
                    return None
                self._products_by_gtin[gtin14] = (product.id, product.name)
        return self._products_by_gtin[gtin14]

    @property
    def _serial_tracked(self) -> frozenset[uuid.UUID]:
        return frozenset(step.product_id for step in self.state.steps if step.tracking == Tracking.SERIAL)

    def _kit_holding(self, product_id: uuid.UUID, serial: str) -> str | None:
        """The order whose kit already consumed this serial (a kit dismantled gave it back), or None."""
        with self._db.read() as s:
            dismantled = select(func.substr(StockMovement.posting_key, len(DISMANTLE_PREFIX) + 1)).where(
                StockMovement.posting_key.startswith(DISMANTLE_PREFIX))
            row = s.execute(
                select(Order.ref).select_from(StockMovement).outerjoin(Order, Order.id == StockMovement.order_id)
                .where(StockMovement.product_id == product_id, StockMovement.lot == serial, StockMovement.lot != "",
                       StockMovement.kind == MovementKind.CONSUME.value, StockMovement.posting_key.not_in(dismantled))
                .limit(1)).first()
            return None if row is None else row[0] or ""

    # ------------------------------------------------------------------ applying a decision
    def _apply(self, frame: ScanFrame | None, decision: Decision) -> ScanResult:
        """Write the scan event, the effects and the new state in one transaction; keep the state once committed."""
        previous = self.state
        report: dict = {}
        try:
            with self._writer.transaction() as s:
                state, message = decision.state, decision.message
                for effect in decision.effects:
                    state, message = self._effect(s, effect, state, message, report)
                if frame is not None:
                    _SCAN_EVENT.execute(s.connection(), dict(
                        id=new_id(), station=self.station, worker_id=previous.worker_id or (state and state.worker_id),
                        order_id=(state or previous).order_id, raw=frame.raw, symbology=frame.symbology,
                        decision=decision.outcome.value, reason=render(message)[:300], created_at=_now()))
                if state is not None:
                    self._save_state(s, state)
        except DomainError as exc:  # an effect was refused (an undo the stock cannot take…): nothing of it is kept
            reason = exc.message or msg("common.error", detail=str(exc))
            refused = rules.Decision(Outcome.REJECTED, msg("station.refused_call_lead", reason=reason))
            return self._apply(frame, refused)
        except OperationalError as exc:
            log.error("scan not saved (%s): %s", self.station, exc)
            return self._result(frame, Outcome.REJECTED, msg("station.not_saved"), committed=False)
        if state is not None:
            self.state = state
        result = self._result(frame, decision.outcome, message, committed=True)
        result.kit_completed = decision.kit_completed
        result.user = decision.user
        result.command = decision_command(decision)
        result.shortfall = report.get("shortfall", False)
        result.quality_check = report.get("quality_check", False)
        if "available" in report:  # counted in the kit's own transaction: no second read
            st = self.state
            cover = cover_of(report["available"], tuple((x.product_id, x.quantity) for x in st.steps),
                             st.remaining_kits, self._low_stock_kits, {x.product_id: x.name for x in st.steps})
            self._keep_cover(cover)
            result.covers, result.warning = cover.kits, cover.warning
        elif decision.outcome is Outcome.LOGIN and self.state.steps:
            self._add_cover(result)
        return result

    def _refresh_cover(self) -> StockCover | None:
        try:
            cover = self.cover()
        except SQLAlchemyError as exc:  # the count can wait: the kit is saved
            log.warning("stock cover not computed (%s): %s", self.station, exc)
            return None
        self._keep_cover(cover)
        return cover

    def _keep_cover(self, cover: StockCover) -> None:
        self._last_cover, self._last_cover_order = (cover.kits, cover.warning), self.state.order_id

    def _add_cover(self, result: ScanResult) -> None:
        cover = self._refresh_cover()
        if cover is None:
            return
        result.covers, result.warning = cover.kits, cover.warning
        if result.outcome == Outcome.LOGIN.value:
            st = self.state
            result.message = msg("station.hello_kit", worker=st.worker_name, kit=st.kit_name, order=st.order_ref,
                                 covers=cover.kits, remaining=st.remaining_kits)

    def _effect(self, s: Session, effect, state, message: Message, report: dict):
        st = self.state
        if isinstance(effect, rules.Login):
            return self._login(s, effect.worker)
        if isinstance(effect, rules.Logout):
            return state, self._end_session(s)
        if isinstance(effect, rules.CompleteKit):
            shortfall, report["available"] = self._complete(s, effect)
            if shortfall:
                report["shortfall"] = True
                message = msg("station.kit_done_shortfall", **message.args)
            if self._quality_rule is not None and quality.ask_if_due(
                    s, self._quality_rule, order_id=st.order_id, order_ref=st.order_ref, kit_name=st.kit_name,
                    kit_key=effect.kit_key, kit_number=state.kits_done, session_id=st.session_id,
                    station=self.station, worker_id=st.worker_id):
                report["quality_check"] = True
                message = msg("station.kit_done_check", **{k: message.args[k] for k in ("done", "ordered", "order")})
            if st.session_id:
                _ONE_MORE_UNIT.execute(s.connection(), {"b_session": st.session_id, "updated_at": _now()})
            _ORDER_STATUS.execute(s.connection(), {
                "b_order": st.order_id, "updated_at": _now(),
                "b_status": "done" if state.kits_done >= st.order_quantity else "in_progress"})
            return state, message
        if isinstance(effect, rules.Pick):
            self._pick(s, effect)
            return state, message
        if isinstance(effect, rules.RecordShortage):
            s.add(PickShortage(id=uuid.uuid5(uuid.NAMESPACE_URL, effect.shortage_id), order_id=st.order_id,
                               product_id=effect.line.product_id, location_id=effect.line.location_id,
                               quantity_missing=effect.quantity, reason=effect.reason, worker_id=st.worker_id,
                               station=self.station))
            return state, message
        if isinstance(effect, rules.CancelShortage):
            s.execute(update(PickShortage).where(PickShortage.id == uuid.uuid5(uuid.NAMESPACE_URL, effect.shortage_id))
                      .values(cancelled_at=_now(), updated_at=_now()))
            return state, message
        if isinstance(effect, rules.CallHelp):
            s.add(HelpCall(station=self.station, worker_id=st.worker_id, message=render(effect.message)))
            return state, message
        if isinstance(effect, rules.SetPause):
            if st.session_id:
                if effect.paused:
                    s.add(TaskPause(session_id=st.session_id))
                else:
                    s.execute(update(TaskPause).where(TaskPause.session_id == st.session_id,
                                                      TaskPause.ended_at.is_(None)).values(ended_at=_now()))
            return state, message
        if isinstance(effect, rules.ReloadPickList):
            new = self._load_order(s, state, st.order_id, st.task_id)
            if new.pick_lines:
                message = msg("station.pick_list_next", lines=len(new.pick_lines))
            return new, message
        raise TypeError(f"unknown effect {effect!r}")

    # ------------------------------------------------------------------ sessions
    def _login(self, s: Session, person: Person) -> tuple[rules.StationState, Message]:
        self._line_sides = None  # master data may have changed since the last login (a sync, an import)
        new = rules.StationState(worker_id=person.id, badge=person.badge, worker_name=person.name)
        assignment = active_assignment(s, person.id)
        if assignment is None:
            return new, msg("station.hello_no_task", worker=person.name)
        if assignment.station != self.station:
            return new, msg("station.hello_elsewhere", worker=person.name, station=assignment.station)
        new = self._load_order(s, new, assignment.order_id, assignment.task_id)
        stored = s.get(SavedState, self.station)
        if new.mode is Mode.KIT and stored is not None and stored.order_id == new.order_id and stored.kit_key:
            # The half-made kit on the bench belongs to the order: carry on with it.
            new = replace(new, kit_key=stored.kit_key, progress=_progress(stored.progress),
                          history=tuple(Done.from_json(h) for h in stored.history))
        else:
            new = replace(new, kit_key=f"kit:{self.station}:{new_id()}")
        session = TaskSession(worker_id=person.id, task_id=new.task_id, order_id=new.order_id, station=self.station)
        s.add(session)
        s.flush()
        new = replace(new, session_id=session.id)
        if new.mode is Mode.PICKING:
            return new, msg("station.hello_picking", worker=person.name, kit=new.kit_name, order=new.order_ref,
                            lines=len(new.pick_lines))
        if new.mode is Mode.OTHER:
            return new, msg("station.hello_other", worker=person.name, task=new.task_name, order=new.order_ref)
        return new, msg("station.hello_kit", worker=person.name, kit=new.kit_name, order=new.order_ref, covers=0,
                        remaining=new.remaining_kits)

    def _end_session(self, s: Session) -> Message:
        """End of shift: the task session closes and the worker sees their own summary."""
        st = self.state
        kits, minutes = 0, 0
        if st.session_id:
            session = s.get(TaskSession, st.session_id)
            now = _now()
            for pause in session.pauses:
                pause.ended_at = pause.ended_at or now
            session.ended_at = now
            kits, minutes = session.units, round(active_seconds(session, now) / 60)
        return msg("station.goodbye", worker=st.worker_name, kits=kits, minutes=minutes)

    def _load_order(self, s: Session, st: rules.StationState, order_id: uuid.UUID,
                    task_id: uuid.UUID | None) -> rules.StationState:
        order = s.get(Order, order_id)
        rows = s.execute(
            select(KitComponent, Product).join(Product, Product.id == KitComponent.component_id)
            .where(KitComponent.kit_id == order.product_id).order_by(KitComponent.step)
        ).all()
        steps = tuple(Step(i, p.id, p.sku, p.name, kc.quantity, kc.instruction or "", kc.photo or p.photo, p.tracking)
                      for i, (kc, p) in enumerate(rows, start=1))
        task = s.get(Task, task_id) if task_id else None
        self._quality_rule = quality.rule_for(s, order.product_id)
        # The components whose lines name a lot: the kit's posting reads their lots (FEFO).
        self._tracked = frozenset(p.id for _, p in rows if p.tracking)
        st = replace(st, order_id=order.id, order_ref=order.ref, order_quantity=order.quantity,
                     kit_product_id=order.product_id, kit_name=order.product.name, task_id=task_id,
                     task_name=task.name if task else "", kits_done=kits_done(s, order.id, order.product_id))
        if task is not None and task.operation == Operation.PICKING.value:
            lines = self._pick_list(s, order, steps, st.order_quantity - st.kits_done)
            return replace(st, mode=Mode.PICKING, steps=(), pick_lines=tuple(lines))
        if task is None or task.operation == Operation.KIT_ASSEMBLY.value:
            return replace(st, mode=Mode.KIT, steps=steps, pick_lines=())
        return replace(st, mode=Mode.OTHER, steps=(), pick_lines=())  # labelling, packing, quality control

    # ------------------------------------------------------------------ kits
    def _complete(self, s: Session, effect: rules.CompleteKit) -> tuple[bool, dict[uuid.UUID, int]]:
        """Consume the components and produce the kit in one posting. Returns whether the ledger fell
        short, and the components then on hand where this station takes them (for the cover count,
        without reading the stock again)."""
        st = self.state
        products = [p for p, _ in effect.needs]
        locked = [*products, st.kit_product_id]
        rows = _holdings(len(locked)).rows(s.connection(), {f"p{i}": p for i, p in enumerate(locked)})
        on_hand = {(p, loc): q for p, loc, _, q in rows}
        holdings: dict[uuid.UUID, list[rules.Holding]] = {}
        # A station with a line side takes what it lacks from storage, never from another station's bench.
        elsewhere = self._line_side_ids(s) - {self.location_id} if self.location_id else set()
        for product_id, location_id, code, quantity in rows:
            if location_id not in elsewhere and product_id != st.kit_product_id:
                holdings.setdefault(product_id, []).append(rules.Holding(location_id, code, quantity))
        draws = rules.source_components(effect.needs, holdings, self.location_id, self._fallback(s, effect.needs, holdings))
        tracked = self._tracked & {p for p, _ in effect.needs}
        lots = ledger.lot_balances(s, tracked) if tracked else {}
        scanned: dict[uuid.UUID, list[LotTake]] = {}
        for product_id, lot, expiry, quantity in effect.lots:
            scanned.setdefault(product_id, []).append(LotTake(lot, expiry, quantity))
        today = date.today()
        lines: list[Line] = []
        for draw in draws:
            # A tracked component's lines name their lots: those scanned, then first expired first out
            # where it is taken from; what no lot covers goes without one.
            takes = (allocate(draw.quantity, scanned.setdefault(draw.product_id, []),
                              lots.get((draw.product_id, draw.source_id or draw.location_id), ()), today)
                     if draw.product_id in tracked else [LotTake("", None, draw.quantity)])
            for take in takes:
                lot, expiry, quantity = take.lot, take.expiry, take.quantity
                if draw.source_id is not None:  # unplanned transfer from storage to the line side
                    lines += [Line(MovementKind.PICK, draw.product_id, draw.source_id, -quantity, lot, expiry),
                              Line(MovementKind.PICK, draw.product_id, draw.location_id, quantity, lot, expiry)]
                if draw.missing:  # the ledger knows none: an explicit entry, never a hidden negative
                    lines.append(Line(MovementKind.ADJUST, draw.product_id, draw.location_id, quantity, lot, expiry))
                lines.append(Line(MovementKind.CONSUME, draw.product_id, draw.location_id, -quantity, lot, expiry))
        produced_at = self.location_id or draws[0].location_id
        lines.append(Line(MovementKind.PRODUCE, st.kit_product_id, produced_at, 1))
        ledger.post(s, Posting(key=effect.kit_key, actor=st.badge, lines=tuple(lines), station=self.station,
                               reason=f"kit {st.order_ref}", order_id=st.order_id),
                    ledger.LockedStock(frozenset(locked), on_hand))
        exceptions = [d for d in draws if d.missing or d.source_id is not None]
        for draw in exceptions:
            s.add(StockDiscrepancy(
                product_id=draw.product_id, location_id=draw.source_id or draw.location_id, quantity=draw.quantity,
                kind="missing" if draw.missing else "unplanned_transfer", kit_key=effect.kit_key,
                worker_id=st.worker_id, station=self.station, order_id=st.order_id))
        for line in lines:
            key = (line.product_id, line.location_id)
            on_hand[key] = on_hand.get(key, 0) + line.quantity
        available: dict[uuid.UUID, int] = {}
        for (product_id, location_id), quantity in on_hand.items():
            if quantity > 0 and (self.location_id is None or location_id == self.location_id):
                available[product_id] = available.get(product_id, 0) + quantity
        return bool(exceptions), available

    def _fallback(self, s: Session, needs, holdings) -> dict[uuid.UUID, uuid.UUID]:
        """Where a component that is nowhere is counted missing (a station without a line-side location):
        the location it last moved at, else the first location of the workshop."""
        if self.location_id is not None:
            return {}
        short = [p for p, q in needs if sum(h.quantity for h in holdings.get(p, [])) < q]
        fallback = {}
        first = None
        for product_id in short:
            last = s.scalar(select(StockMovement.location_id).where(StockMovement.product_id == product_id)
                            .order_by(StockMovement.created_at.desc()).limit(1))
            if last is None:
                first = first or s.scalar(select(Location.id).order_by(Location.code).limit(1)) or self._workshop(s)
            fallback[product_id] = last or first
        return fallback

    def _workshop(self, s: Session) -> uuid.UUID:
        location = Location(code="ATELIER", name="Atelier")
        s.add(location)
        s.flush()
        return location.id

    # ------------------------------------------------------------------ picking
    def _pick(self, s: Session, effect: rules.Pick) -> None:
        st = self.state
        line, quantity = effect.line, effect.quantity
        target = line.to_location_id or self.location_id
        lot = dict(lot=line.lot, expiry=line.expiry)  # the lot moves with the units (undo moves it back)
        ledger.post(s, Posting(key=effect.posting_key, actor=st.badge, station=self.station, order_id=st.order_id,
                               reason=st.order_ref if quantity > 0 else f"{st.order_ref} ↶",  # data: no word in it
                               lines=(Line(MovementKind.PICK, line.product_id, line.location_id, -quantity, **lot),
                                      Line(MovementKind.PICK, line.product_id, target, quantity, **lot))))

    def _pick_list(self, s: Session, order: Order, steps: tuple[Step, ...], remaining_kits: int) -> list[PickLine]:
        """What to bring to the station for the next batch of kits, location by location, and the
        replenishment of other stations whose line-side stock runs low.

        Computed from the ledger: what the station already holds is not picked again, so after a
        restart the list simply continues with what is still missing.
        """
        batch = max(0, min(PICK_BATCH_KITS, remaining_kits))
        needs = [(step.product_id, step.sku, step.name, step.quantity * batch) for step in steps] or [
            (order.product_id, order.product.sku, order.product.name, batch)]
        lines: list[tuple] = []
        if self.location_id is not None:
            for product_id, sku, name, need in needs:
                need -= ledger.on_hand(s, product_id, self.location_id)
                lines += self._sources(s, product_id, sku, name, need, self.location_id, None, "")
        lines += self._replenishment(s)
        # The walk goes location by location; within one, the lot that expires first comes first.
        lines.sort(key=lambda x: (x.location_code, x.sku, x.expiry is None, x.expiry or date.max, x.lot == "", x.lot))
        return [replace(line, number=i) for i, line in enumerate(lines, start=1)]

    def _sources(self, s: Session, product_id, sku, name, need: int, exclude: uuid.UUID, to_id,
                 to_code) -> list[PickLine]:
        """Where `need` units come from: first expired first out across the stock locations, an expired
        lot never proposed (pick_sources)."""
        if need <= 0:
            return []
        rows = s.execute(
            select(StockOnHand.location_id, StockOnHand.location_code, StockOnHand.quantity)
            .where(StockOnHand.product_id == product_id, StockOnHand.quantity > 0,
                   StockOnHand.location_id.not_in(self._line_side_ids(s) | {exclude}))
        ).all()
        tracked = s.scalar(select(Product.tracking).where(Product.id == product_id))
        balances = ledger.lot_balances(s, [product_id]) if tracked else {}
        shelves = [Shelf(location_id, code, available, tuple(balances.get((product_id, location_id), ())))
                   for location_id, code, available in rows]
        return [PickLine(0, p.location_id, p.location_code, product_id, sku, name, p.quantity, to_id, to_code,
                         p.lot, p.expiry)
                for p in pick_sources(need, shelves, date.today())]

    def _line_side_ids(self, s: Session) -> set[uuid.UUID]:
        """The stations' line-side locations, read once per login (they change with the master data)."""
        if self._line_sides is None:
            self._line_sides = set(s.scalars(select(Location.id).join(Station, Station.location_code == Location.code)))
        return self._line_sides

    def _replenishment(self, s: Session) -> list[tuple]:
        """Transfer lines to the stations whose line-side stock for their running order covers fewer
        kits than the threshold: the components arrive before they run out."""
        lines = []
        for line_side in replenishment_needs(s, self._low_stock_kits):
            if line_side.station == self.station:
                continue  # the picker's own station is already in the list
            lines += self._sources(s, line_side.product_id, line_side.sku, line_side.name, line_side.quantity,
                                   line_side.location_id, line_side.location_id, line_side.location_code)
        return lines

    # ------------------------------------------------------------------ persistence
    def _result(self, frame: ScanFrame | None, outcome: Outcome, message: Message, committed: bool) -> ScanResult:
        st = self.state
        step = st.current_line if st.mode is Mode.PICKING else st.current_step
        return ScanResult(
            seq=self._seq, raw=frame.raw if frame else b"", symbology=frame.symbology if frame else None,
            outcome=outcome.value, message=message, worker=st.badge, order=st.order_ref,
            step=step.number if step else None, kit_progress=st.kit_progress if st.has_task else None,
            kits_done=st.kits_done, committed=committed,
        )

    def _save_state(self, s: Session, st: rules.StationState) -> None:
        # Plain UPDATE (INSERT the first time): this runs with every scan, the ORM's load is not needed.
        values = dict(worker_id=st.worker_id, order_id=st.order_id, session_id=st.session_id, kit_key=st.kit_key,
                      progress=dict(st.progress), history=[d.to_json() for d in st.history],
                      pending_quantity=st.pending_quantity, paused=st.paused, pick_location_id=st.pick_location_id,
                      updated_at=_now())
        bound = {f"b_{k}": v for k, v in values.items()}
        connection = s.connection()  # Core statements: the ORM layer has nothing to add to them
        if _UPDATE_STATE.execute(connection, {"b_station": self.station, **bound}) == 0:
            _INSERT_STATE.execute(connection, {"station": self.station, **values})

    def _resume(self) -> None:
        """After a restart (or a crash): the logged-in worker, their order and the kit in progress."""
        with self._db.read() as s:
            row = s.get(SavedState, self.station)
            if row is None or row.worker_id is None:
                return
            worker = s.get(Worker, row.worker_id)
            st = rules.StationState(worker_id=worker.id, badge=worker.badge, worker_name=worker.display_name,
                                    session_id=row.session_id, kit_key=row.kit_key, progress=_progress(row.progress),
                                    history=tuple(Done.from_json(h) for h in row.history),
                                    pending_quantity=row.pending_quantity, paused=row.paused)
            if row.order_id is not None:
                session = s.get(TaskSession, row.session_id) if row.session_id else None
                st = self._load_order(s, st, row.order_id, session.task_id if session else None)
                if st.mode is Mode.PICKING:  # the list was recomputed from the ledger: start it afresh
                    st = replace(st, progress=(), history=())
            self.state = st
            log.info("station %s resumed: %s, order %s, kit %s/%s", self.station, worker.badge, st.order_ref,
                     *st.kit_progress)


def _progress(saved: dict) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((k, int(v)) for k, v in (saved or {}).items() if v))


def decision_command(decision: Decision) -> str | None:
    """The command a result answers (the screen plays the alert sound for AIDE)."""
    for effect in decision.effects:
        if isinstance(effect, rules.CallHelp):
            return CommandName.HELP.value
        if isinstance(effect, rules.Logout):
            return CommandName.LOGOUT.value
    return None


# ---------------------------------------------------------------------- line-side stock, for the board
@dataclass(frozen=True)
class LineSideNeed:
    station: str
    location_id: uuid.UUID
    location_code: str
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int  # to bring: enough for a pick batch


@dataclass(frozen=True)
class StationStock:
    station: str
    order_ref: str
    covers: int
    remaining: int
    shortest: str | None
    alert: Message | None


def station_stocks(s: Session, threshold: int = LOW_STOCK_KITS) -> list[StationStock]:
    """For each station with a kit task assigned: the kits its stock covers, and an alert when low."""
    from logins_desktop.store.models import Assignment

    out = []
    rows = s.execute(
        select(Assignment.station, Order, Task.operation)
        .join(Order, Order.id == Assignment.order_id).outerjoin(Task, Task.id == Assignment.task_id)
        .where(Assignment.active, Order.status.in_(("open", "in_progress")))
        .order_by(Assignment.station)
    ).all()
    seen = set()
    for station_code, order, operation in rows:
        if operation not in (None, Operation.KIT_ASSEMBLY.value) or (station_code, order.id) in seen:
            continue
        seen.add((station_code, order.id))
        needs = bill_of_materials(s, order.product_id)
        remaining = max(0, order.quantity - kits_done(s, order.id, order.product_id))
        cover = stock_cover(s, station_code, needs, remaining, threshold)
        alert = (msg("station.low_stock_alert", station=station_code, covers=cover.kits, component=cover.shortest)
                 if cover.warning else None)
        out.append(StationStock(station_code, order.ref, cover.kits, remaining, cover.shortest, alert))
    return out


def replenishment_needs(s: Session, threshold: int = LOW_STOCK_KITS) -> list[LineSideNeed]:
    """What to bring to the line side of stations whose running order's components run low."""
    needs = []
    seen: set[tuple[uuid.UUID, uuid.UUID]] = set()  # stations sharing a line side are fed once
    for stock in station_stocks(s, threshold):
        if stock.alert is None:
            continue
        station = s.scalars(select(Station).where(Station.code == stock.station)).one()
        location = s.scalars(select(Location).where(Location.code == station.location_code)).one_or_none()
        if location is None:
            continue  # a station without a line-side location takes from storage itself
        order = s.scalars(select(Order).where(Order.ref == stock.order_ref)).one()
        batch = min(PICK_BATCH_KITS, stock.remaining)
        for component_id, per_kit in bill_of_materials(s, order.product_id):
            product = s.get(Product, component_id)
            want = per_kit * batch - ledger.on_hand(s, component_id, location.id)
            if want > 0 and (location.id, component_id) not in seen:
                seen.add((location.id, component_id))
                needs.append(LineSideNeed(stock.station, location.id, location.code, component_id, product.sku,
                                          product.name, want))
    return needs


# ---------------------------------------------------------------------- a team lead takes a kit back
def dismantle_kit(db: Database, order_ref: str, by: str, reason: str) -> Message:
    """Take back the last completed kit of an order: its components return to stock where they were
    consumed and the kit leaves it, in one posting (idempotent on the kit's key)."""
    from logins_desktop.services import audit

    if not reason.strip():
        raise DomainError(msg("common.error", detail="reason required"))
    with db.write() as s:
        order = s.scalars(select(Order).where(Order.ref == order_ref)).one_or_none()
        if order is None:
            raise DomainError(msg("station.nothing_to_dismantle", order=order_ref, location="—"))
        dismantled = select(func.substr(StockMovement.posting_key, len(DISMANTLE_PREFIX) + 1)).where(
            StockMovement.posting_key.startswith(DISMANTLE_PREFIX))
        produced = s.execute(
            select(StockMovement.posting_key, StockMovement.location_id)
            .where(StockMovement.order_id == order.id, StockMovement.kind == MovementKind.PRODUCE.value,
                   StockMovement.posting_key.not_in(dismantled))
            .order_by(StockMovement.created_at.desc()).limit(1)
        ).first()
        if produced is None:
            raise DomainError(msg("station.nothing_to_dismantle", order=order_ref, location="—"))
        kit_key, location_id = produced
        if ledger.on_hand(s, order.product_id, location_id) < 1:
            code = s.scalar(select(Location.code).where(Location.id == location_id))
            raise DomainError(msg("station.nothing_to_dismantle", order=order_ref, location=code))
        consumed = s.execute(select(StockMovement.product_id, StockMovement.location_id, StockMovement.quantity,
                                    StockMovement.lot, StockMovement.expiry)
                             .where(StockMovement.posting_key == kit_key,
                                    StockMovement.kind == MovementKind.CONSUME.value)).all()
        lines = [Line(MovementKind.ADJUST, order.product_id, location_id, -1)]
        # The components go back with their lots (and serials): a lot's stock and a recall stay right.
        lines += [Line(MovementKind.ADJUST, p, loc, -q, lot, expiry) for p, loc, q, lot, expiry in consumed]
        ledger.post(s, Posting(key=DISMANTLE_PREFIX + kit_key, actor=by, lines=tuple(lines), reason=reason,
                               order_id=order.id))
        s.execute(update(Order).where(Order.id == order.id, Order.status == "done").values(status="in_progress"))
        audit.record(s, by, "kit.dismantle", "order", order_ref, kit=kit_key, reason=reason)
        return msg("station.kit_dismantled", kit=order.product.name, order=order_ref)


# ---------------------------------------------------------------------- discrepancies, for the manager
@dataclass(frozen=True)
class DiscrepancyView:
    id: uuid.UUID
    sku: str
    product: str
    location: str
    quantity: int
    kind: str
    kit_key: str
    worker: str | None
    station: str
    at: datetime
    closed: bool

    def to_json(self) -> dict:
        return {"id": str(self.id), "sku": self.sku, "product": self.product, "location": self.location,
                "quantity": self.quantity, "kind": self.kind, "kit_key": self.kit_key, "worker": self.worker,
                "station": self.station, "at": self.at.isoformat(timespec="seconds"), "closed": self.closed}


def list_discrepancies(s: Session, include_closed: bool = False) -> list[DiscrepancyView]:
    query = (select(StockDiscrepancy, Product.sku, Product.name, Location.code, Worker.badge)
             .join(Product, Product.id == StockDiscrepancy.product_id)
             .join(Location, Location.id == StockDiscrepancy.location_id)
             .outerjoin(Worker, Worker.id == StockDiscrepancy.worker_id)
             .order_by(StockDiscrepancy.created_at.desc()))
    if not include_closed:
        query = query.where(StockDiscrepancy.closed_at.is_(None))
    return [DiscrepancyView(d.id, sku, name, code, d.quantity, d.kind, d.kit_key, badge, d.station, d.created_at,
                            d.closed_at is not None)
            for d, sku, name, code, badge in s.execute(query)]


def mark_counted(s: Session, location_code: str) -> int:
    """A count of the location was started: its discrepancies leave the to-do list."""
    location_id = s.scalar(select(Location.id).where(Location.code == location_code))
    return s.execute(update(StockDiscrepancy).where(StockDiscrepancy.location_id == location_id,
                                                    StockDiscrepancy.closed_at.is_(None))
                     .values(closed_at=_now(), updated_at=_now())).rowcount



class DiscrepancyDesk:
    """The manager's list of stock discrepancies, grouped by location, each with its count to start."""

    def __init__(self, db: Database):
        self._db = db

    def open(self) -> list[DiscrepancyView]:
        with self._db.read() as s:
            return list_discrepancies(s)

    @staticmethod
    def by_location(rows: list[DiscrepancyView]) -> list[tuple[str, Message]]:
        """The open discrepancies grouped by location, one line each, for one tap per count."""
        groups: dict[str, list[Message]] = {}
        for d in rows:
            groups.setdefault(d.location, []).append(
                msg("stock.discrepancy_item", product=d.product, quantity=d.quantity,
                    kind=msg(f"stock.discrepancy_kind.{d.kind}")))
        return [(code, msg("stock.discrepancy_group", location=code, items=tuple(items)))
                for code, items in sorted(groups.items())]

    def start_count(self, location_code: str) -> int:
        """A count of the location starts: its discrepancies leave the list (the count settles them)."""
        with self._db.write() as s:
            return mark_counted(s, location_code)

