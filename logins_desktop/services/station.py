"""The packing station: every scan in, one decision out, durably saved before it is reported.

The same service runs behind the station screen and the headless station. It is strict and
forgiving at once: a wrong item is refused with the reason and nothing is consumed; a double read
within the window is ignored; the kit in progress is saved with every scan, so a restart resumes it.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from logins_desktop.devices.scanners.base import ScanFrame
from logins_desktop.domain.barcodes import SHORT_REASONS_FR, Code, CodeKind, CommandName, read_code
from logins_desktop.domain.ergonomics import Operation
from logins_desktop.domain.errors import DomainError
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
    ScanDecision,
    ScanEvent,
    Station,
    StationState,
    StockMovement,
    StockOnHand,
    Task,
    TaskPause,
    TaskSession,
    User,
    Worker,
)

log = logging.getLogger(__name__)
DOUBLE_READ_SECONDS = 0.3


@dataclass(frozen=True)
class Step:
    number: int
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    instruction: str
    photo: str | None


@dataclass(frozen=True)
class PickLine:
    """Take `quantity` of a product from a location to the station's location."""

    number: int
    location_id: uuid.UUID
    location_code: str
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int

    @property
    def key(self) -> str:
        return f"{self.location_id.hex}:{self.product_id.hex}"


PICK_BATCH_KITS = 50  # a pick list brings components for this many kits to the station


@dataclass
class KitState:
    """What the station is doing; copied, changed, and only kept once the change is committed."""

    worker_id: uuid.UUID | None = None
    badge: str | None = None
    worker_name: str = ""
    order_id: uuid.UUID | None = None
    order_ref: str | None = None
    order_quantity: int = 0
    kit_product_id: uuid.UUID | None = None
    kit_name: str = ""
    task_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    steps: list[Step] = field(default_factory=list)
    progress: dict[str, int] = field(default_factory=dict)  # component id hex -> scanned
    history: list[list] = field(default_factory=list)  # [component id hex, quantity] per accepted scan
    kit_key: str = ""
    pending_quantity: int = 1
    paused: bool = False
    kits_done: int = 0
    mode: str = "kit"  # "kit": assemble step by step; "picking": bring components to the station
    pick_lines: list[PickLine] = field(default_factory=list)
    pick_location_id: uuid.UUID | None = None

    @property
    def has_task(self) -> bool:
        return bool(self.steps or self.pick_lines)

    def picked(self, line: PickLine) -> int:
        return self.progress.get(line.key, 0)

    def short(self, line: PickLine) -> int:
        return self.progress.get(f"short:{line.key}", 0)

    def line_open(self, line: PickLine) -> bool:
        return self.picked(line) + self.short(line) < line.quantity

    @property
    def current_line(self) -> PickLine | None:
        """The next line to pick: at the location scanned last if it has one, else in walking order."""
        open_lines = [line for line in self.pick_lines if self.line_open(line)]
        here = [line for line in open_lines if line.location_id == self.pick_location_id]
        return (here or open_lines or [None])[0]

    def clone(self) -> KitState:
        """A copy whose progress can change without touching this one (steps are immutable)."""
        return replace(self, progress=dict(self.progress), history=[list(h) for h in self.history])

    def scanned(self, step: Step) -> int:
        return self.progress.get(step.product_id.hex, 0)

    @property
    def current_step(self) -> Step | None:
        return next((s for s in self.steps if self.scanned(s) < s.quantity), None)

    @property
    def kit_progress(self) -> tuple[int, int]:
        if self.mode == "picking":
            return (sum(min(self.picked(x) + self.short(x), x.quantity) for x in self.pick_lines),
                    sum(x.quantity for x in self.pick_lines))
        return (sum(min(self.scanned(s), s.quantity) for s in self.steps), sum(s.quantity for s in self.steps))


@dataclass
class ScanResult:
    seq: int
    raw: bytes
    symbology: str | None
    outcome: str
    reason: str
    worker: str | None
    order: str | None
    step: int | None
    kit_progress: tuple[int, int] | None
    kits_done: int
    committed: bool
    user: str | None = None  # a user's badge: the screen asks for the PIN
    kit_completed: bool = False
    command: str | None = None

    def to_json(self) -> dict:
        return {
            "seq": self.seq,
            "raw": self.raw.decode("latin-1"),
            "symbology": self.symbology,
            "outcome": self.outcome,
            "reason": self.reason,
            "worker": self.worker,
            "order": self.order,
            "step": self.step,
            "kit_progress": list(self.kit_progress) if self.kit_progress else None,
            "kits_done": self.kits_done,
            "committed": self.committed,
        }


class Refused(DomainError):
    """A scan the station refuses; the message is shown to the worker."""


@dataclass(frozen=True)
class Performance:
    units: int
    active_minutes: float
    per_hour: float | None
    baseline_per_hour: float | None  # the worker's own recent sessions on the same task
    standard_per_hour: float | None  # from the task's standard time


def _now() -> datetime:
    return datetime.now(UTC)


def active_seconds(session: TaskSession, until: datetime) -> float:
    """Working time of a task session: its length minus its pauses."""
    end = session.ended_at or until
    paused = sum(((p.ended_at or end) - p.started_at).total_seconds() for p in session.pauses)
    return max(0.0, (end - session.started_at).total_seconds() - paused)


class StationService:
    def __init__(self, db: Database, station: str, double_read_seconds: float = DOUBLE_READ_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self._db = db
        self.station = station
        self._window = double_read_seconds
        self._clock = clock
        self._seq = 0
        self._last_text: str | None = None
        self._last_time = float("-inf")
        self._products_by_gtin: dict[str, tuple[uuid.UUID, str]] = {}
        with db.read() as s:
            row = s.scalars(select(Station).where(Station.code == station)).one_or_none()
            if row is None:
                raise DomainError(f"poste inconnu : « {station} » (importez les postes ou lancez seed-demo)")
            location = s.scalars(select(Location).where(Location.code == row.location_code)).one_or_none()
            self.location_id = location.id if location else None
            self.location_code = row.location_code
        self.state = KitState()
        self._resume()

    # ------------------------------------------------------------------ public
    @property
    def seq(self) -> int:
        return self._seq

    def handle(self, frame: ScanFrame) -> ScanResult:
        self._seq += 1
        now = self._clock()
        if frame.error:
            return self._commit(frame, ScanDecision.REJECTED, frame.error)
        if frame.text == self._last_text and now - self._last_time < self._window:
            return self._commit(frame, ScanDecision.DUPLICATE, "double lecture ignorée")
        self._last_text, self._last_time = frame.text, now
        code = read_code(frame.text, frame.symbology)
        if code.kind is CodeKind.INVALID:
            return self._commit(frame, ScanDecision.REJECTED, code.error)
        if self.state.worker_id is None:
            return self._identify(frame, code)
        if code.kind is CodeKind.COMMAND:
            return self._command(frame, code)
        if code.kind is CodeKind.TEXT:
            if self.state.mode == "picking" and not self.state.paused:
                location = self._location_for(code.text)
                if location is not None:
                    return self._pick_location(frame, location)
            if code.text == self.state.badge:
                return self._commit(frame, ScanDecision.REJECTED, f"{self.state.worker_name} est déjà connecté·e")
            return self._commit(frame, ScanDecision.REJECTED,
                                f"code inconnu « {code.text} » — pour changer de personne, scannez DÉCONNEXION")
        return self._item(frame, code)

    def command(self, name: CommandName, option: str | None = None) -> ScanResult:
        """A command from a tap on the screen: the same decision as its barcode, without a scan event."""
        self._seq += 1
        if self.state.worker_id is None:
            raise Refused("personne n'est connecté·e à ce poste")
        return self._command(None, Code(CodeKind.COMMAND, name.value, command=name, option=option))

    def login(self, badge: str) -> ScanResult:
        """A tap on a name card: the same login as a badge scan, without a scan event."""
        with self._db.read() as s:
            worker = s.scalars(select(Worker).where(Worker.badge == badge, Worker.active)).one_or_none()
        if worker is None:
            raise Refused(f"badge inconnu : « {badge} »")
        return self._login(None, worker.id)

    def logout(self) -> ScanResult:
        return self._logout(None)

    def performance(self) -> Performance | None:
        """The pace of the current session; None when there is none, or the database cannot say."""
        try:
            return self._performance()
        except SQLAlchemyError as exc:  # the pace can wait; the scans go on
            log.warning("allure non calculée (%s) : %s", self.station, exc)
            return None

    def _performance(self) -> Performance | None:
        st = self.state
        if st.session_id is None:
            return None
        with self._db.read() as s:
            session = s.get(TaskSession, st.session_id)
            active = active_seconds(session, _now())
            task = s.get(Task, st.task_id) if st.task_id else None
            previous = s.scalars(
                select(TaskSession).where(TaskSession.worker_id == st.worker_id, TaskSession.id != session.id,
                                          TaskSession.ended_at.is_not(None), TaskSession.units > 0,
                                          TaskSession.task_id == st.task_id)
                .order_by(TaskSession.started_at.desc()).limit(10)
            ).all()
            rates = [p.units / (a / 3600) for p in previous if (a := active_seconds(p, p.ended_at)) > 60]
        per_hour = session.units / (active / 3600) if active >= 60 else None
        return Performance(
            units=session.units,
            active_minutes=active / 60,
            per_hour=per_hour,
            baseline_per_hour=sum(rates) / len(rates) if rates else None,
            standard_per_hour=3600 / task.standard_seconds_per_unit if task and task.standard_seconds_per_unit else None,
        )

    # ------------------------------------------------------------------ identification
    def _identify(self, frame: ScanFrame, code: Code) -> ScanResult:
        if code.kind is not CodeKind.TEXT:
            return self._commit(frame, ScanDecision.REJECTED, "identifiez-vous d'abord : scannez votre badge")
        with self._db.read() as s:
            worker = s.scalars(select(Worker).where(Worker.badge == code.text, Worker.active)).one_or_none()
            user = None if worker else s.scalars(select(User).where(User.badge == code.text, User.active)).one_or_none()
        if worker is not None:
            return self._login(frame, worker.id)
        if user is not None:
            result = self._commit(frame, ScanDecision.LOGIN, f"badge de {user.display_name} : code demandé")
            result.user = user.username
            return result
        return self._commit(frame, ScanDecision.REJECTED, f"badge inconnu : « {code.text} »")

    def _login(self, frame: ScanFrame | None, worker_id: uuid.UUID) -> ScanResult:
        new = KitState()
        previous = self.state

        def change(s: Session) -> str:
            worker = s.get(Worker, worker_id)
            new.worker_id, new.badge, new.worker_name = worker.id, worker.badge, worker.display_name
            assignment = active_assignment(s, worker.id)
            if assignment is None or assignment.station != self.station:
                where = f" (affecté·e au poste {assignment.station})" if assignment else ""
                return f"Bonjour {worker.display_name} — aucune tâche affectée à ce poste{where} : appelez votre chef d'équipe"
            self._load_order(s, new, assignment.order_id, assignment.task_id)
            stored = s.get(StationState, self.station)
            if new.mode == "kit" and stored is not None and stored.order_id == new.order_id and stored.kit_key:
                # The half-made kit on the bench belongs to the order: carry on with it.
                new.kit_key, new.progress, new.history = stored.kit_key, dict(stored.progress), list(stored.history)
            else:
                new.kit_key = f"kit:{self.station}:{uuid.uuid4()}"
            session = TaskSession(worker_id=worker.id, task_id=new.task_id, order_id=new.order_id, station=self.station)
            s.add(session)
            s.flush()
            new.session_id = session.id
            if new.mode == "picking":
                return (f"Bonjour {worker.display_name} — préparation pour {new.kit_name}, commande {new.order_ref} : "
                        f"{len(new.pick_lines)} ligne(s) à prélever")
            return f"Bonjour {worker.display_name} — {new.kit_name}, commande {new.order_ref}"

        result = self._commit(frame, ScanDecision.LOGIN, change, new_state=new, record=frame is not None)
        if not result.committed:
            self.state = previous
        return result

    def _load_order(self, s: Session, st: KitState, order_id: uuid.UUID, task_id: uuid.UUID | None) -> None:
        order = s.get(Order, order_id)
        st.order_id, st.order_ref, st.order_quantity = order.id, order.ref, order.quantity
        st.kit_product_id, st.kit_name = order.product_id, order.product.name
        st.task_id = task_id
        rows = s.execute(
            select(KitComponent, Product).join(Product, Product.id == KitComponent.component_id)
            .where(KitComponent.kit_id == order.product_id).order_by(KitComponent.step)
        ).all()
        steps = [Step(i, p.id, p.sku, p.name, kc.quantity, kc.instruction or "", kc.photo or p.photo)
                 for i, (kc, p) in enumerate(rows, start=1)]
        st.kits_done = int(s.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0))
            .where(StockMovement.order_id == order.id, StockMovement.kind == MovementKind.PRODUCE.value)
        ))
        task = s.get(Task, task_id) if task_id else None
        if task is not None and task.operation == Operation.PICKING.value:
            st.mode, st.steps = "picking", []
            st.pick_lines = self._pick_list(s, order, steps, st.order_quantity - st.kits_done)
        elif task is None or task.operation == Operation.KIT_ASSEMBLY.value:
            st.mode, st.steps, st.pick_lines = "kit", steps, []
        else:  # labelling, packing, quality control: not scan-guided here
            st.mode, st.steps, st.pick_lines = "other", [], []

    def _pick_list(self, s: Session, order: Order, steps: list[Step], remaining_kits: int) -> list[PickLine]:
        """What to bring to the station for the next batch of kits, location by location.

        Computed from the ledger: what the station already holds is not picked again, so after a
        restart the list simply continues with what is still missing.
        """
        batch = max(0, min(PICK_BATCH_KITS, remaining_kits))
        needs = [(step.product_id, step.sku, step.name, step.quantity * batch) for step in steps] or [
            (order.product_id, order.product.sku, order.product.name, batch)]
        lines: list[tuple] = []
        for product_id, sku, name, need in needs:
            need -= ledger.on_hand(s, product_id, self.location_id) if self.location_id else 0
            sources = s.execute(
                select(StockOnHand.location_id, StockOnHand.location_code, StockOnHand.quantity)
                .where(StockOnHand.product_id == product_id, StockOnHand.quantity > 0,
                       StockOnHand.location_id != self.location_id)
                .order_by(StockOnHand.location_code)
            ).all()
            for location_id, code, available in sources:
                if need <= 0:
                    break
                take = min(need, available)
                lines.append((code, sku, location_id, product_id, name, take))
                need -= take
        lines.sort()
        return [PickLine(i, loc_id, code, prod_id, sku, name, qty)
                for i, (code, sku, loc_id, prod_id, name, qty) in enumerate(lines, start=1)]

    def _logout(self, frame: ScanFrame | None) -> ScanResult:
        name = self.state.worker_name

        def change(s: Session) -> str:
            if self.state.session_id:
                session = s.get(TaskSession, self.state.session_id)
                now = _now()
                for pause in session.pauses:
                    pause.ended_at = pause.ended_at or now
                session.ended_at = now
            return f"Au revoir {name}"

        new = KitState(kit_key=self.state.kit_key, progress=dict(self.state.progress), history=list(self.state.history),
                       order_id=self.state.order_id)
        return self._commit(frame, ScanDecision.COMMAND, change, new_state=new, record=frame is not None)

    # ------------------------------------------------------------------ commands
    def _command(self, frame: ScanFrame | None, code: Code) -> ScanResult:
        st = self.state
        name = code.command
        if name is CommandName.LOGOUT:
            result = self._logout(frame)
        elif name is CommandName.HELP:
            def call(s: Session) -> str:
                s.add(HelpCall(station=self.station, worker_id=st.worker_id, message=f"aide demandée ({st.order_ref or 'sans tâche'})"))
                return "Appel envoyé au chef d'équipe"
            result = self._commit(frame, ScanDecision.COMMAND, call)
        elif name is CommandName.PAUSE:
            result = self._pause(frame, True)
        elif name is CommandName.RESUME:
            result = self._pause(frame, False)
        elif st.paused:
            result = self._commit(frame, ScanDecision.REJECTED, "en pause — scannez REPRISE pour continuer")
        elif name is CommandName.QUANTITY:
            new = st.clone()
            new.pending_quantity = code.quantity
            result = self._commit(frame, ScanDecision.COMMAND, f"Quantité {code.quantity} pour le prochain article",
                                  new_state=new)
        elif name is CommandName.UNDO:
            result = self._undo_pick(frame) if st.mode == "picking" else self._undo(frame)
        elif name is CommandName.SHORT:
            result = self._short_pick(frame, code.option or "AUTRE")
        elif st.mode == "picking":  # VALIDATE a pick list
            result = self._validate_picking(frame)
        else:  # VALIDATE
            done, needed = st.kit_progress
            if not st.has_task:
                result = self._commit(frame, ScanDecision.REJECTED, "rien à valider : aucune tâche de kit en cours")
            elif done == 0:
                result = self._commit(frame, ScanDecision.REJECTED, "rien à valider : le kit n'est pas commencé")
            else:
                missing = st.current_step
                result = self._commit(frame, ScanDecision.REJECTED,
                                      f"kit incomplet : il manque {missing.name} ({st.scanned(missing)}/{missing.quantity})")
        result.command = name.value
        return result

    def _pause(self, frame: ScanFrame | None, pause: bool) -> ScanResult:
        st = self.state
        if pause == st.paused:
            return self._commit(frame, ScanDecision.REJECTED, "déjà en pause" if pause else "pas en pause")
        new = st.clone()
        new.paused = pause

        def change(s: Session) -> str:
            if st.session_id:
                if pause:
                    s.add(TaskPause(session_id=st.session_id))
                else:
                    for p in s.scalars(select(TaskPause).where(TaskPause.session_id == st.session_id,
                                                               TaskPause.ended_at.is_(None))):
                        p.ended_at = _now()
            return "Pause — scannez REPRISE pour continuer" if pause else "Reprise du travail"

        return self._commit(frame, ScanDecision.COMMAND, change, new_state=new)

    def _undo(self, frame: ScanFrame | None) -> ScanResult:
        st = self.state
        if not st.history:
            return self._commit(frame, ScanDecision.REJECTED, "rien à annuler dans ce kit")
        new = st.clone()
        component, quantity = new.history.pop()
        new.progress[component] -= quantity
        name = next((s.name for s in st.steps if s.product_id.hex == component), component)
        return self._commit(frame, ScanDecision.COMMAND, f"Dernier scan annulé : {name} (−{quantity})", new_state=new)

    # ------------------------------------------------------------------ items
    def _product_for(self, gtin14: str) -> tuple[uuid.UUID, str] | None:
        if gtin14 not in self._products_by_gtin:
            with self._db.read() as s:
                product = queries.product_by_gtin(s, gtin14)
                if product is None:
                    return None
                self._products_by_gtin[gtin14] = (product.id, product.name)
        return self._products_by_gtin[gtin14]

    def _item(self, frame: ScanFrame, code: Code) -> ScanResult:
        """An article was scanned: which one, then the kit's or the pick list's rules."""
        st = self.state
        if not code.gtin:
            return self._commit(frame, ScanDecision.REJECTED, "code GS1 sans GTIN (AI 01 ou 02) : ce n'est pas un article")
        found = self._product_for(code.gtin)
        if found is None:
            return self._commit(frame, ScanDecision.REJECTED, f"article inconnu (GTIN {code.gtin.lstrip('0')})")
        product_id, product_name = found
        if st.paused:
            return self._commit(frame, ScanDecision.REJECTED, "en pause — scannez REPRISE pour continuer")
        if st.mode == "picking":
            return self._pick_item(frame, code, product_id, product_name)
        if not st.has_task:
            return self._commit(frame, ScanDecision.REJECTED, "aucune tâche de kit en cours : appelez votre chef d'équipe")
        expected = st.current_step
        quantity = st.pending_quantity
        if expected is None or product_id != expected.product_id:
            own = next((s for s in st.steps if s.product_id == product_id), None)
            if own is not None and st.scanned(own) >= own.quantity:
                return self._commit(frame, ScanDecision.REJECTED,
                                    f"trop de « {own.name} » : déjà {st.scanned(own)}/{own.quantity} dans ce kit")
            return self._commit(frame, ScanDecision.REJECTED,
                                f"Ce n'est pas « {expected.name} » : vous avez scanné « {product_name} ». "
                                f"Attendu : {expected.name} (étape {expected.number}/{len(st.steps)})")
        if st.scanned(expected) + quantity > expected.quantity:
            return self._commit(frame, ScanDecision.REJECTED,
                                f"trop de « {expected.name} » : {st.scanned(expected)} + {quantity} > {expected.quantity}")
        new = st.clone()
        new.progress[expected.product_id.hex] = st.scanned(expected) + quantity
        new.history.append([expected.product_id.hex, quantity])
        new.pending_quantity = 1
        if new.current_step is not None:
            return self._commit(frame, ScanDecision.ACCEPTED,
                                f"{expected.name} : {new.scanned(expected)}/{expected.quantity}", new_state=new)
        return self._complete(frame, new, expected)

    def _complete(self, frame: ScanFrame, new: KitState, last: Step) -> ScanResult:
        st = self.state
        if self.location_id is None:
            return self._commit(frame, ScanDecision.REJECTED,
                                f"le poste {self.station} n'a pas d'emplacement de stock : appelez votre chef d'équipe")
        lines = [Line(MovementKind.CONSUME, step.product_id, self.location_id, -step.quantity) for step in st.steps]
        lines.append(Line(MovementKind.PRODUCE, st.kit_product_id, self.location_id, 1))
        posting = Posting(key=st.kit_key, actor=st.badge, lines=tuple(lines), station=self.station,
                          reason=f"kit {st.order_ref}", order_id=st.order_id)
        done = st.kits_done + 1
        finished = replace(new, progress={}, history=[], kits_done=done, kit_key=f"kit:{self.station}:{uuid.uuid4()}")

        def change(s: Session) -> str:
            ledger.post(s, posting)  # components consumed and the kit produced: one transaction
            if st.session_id:
                s.execute(update(TaskSession).where(TaskSession.id == st.session_id)
                          .values(units=TaskSession.units + 1))
            s.execute(update(Order).where(Order.id == st.order_id)
                      .values(status="done" if done >= st.order_quantity else "in_progress"))
            return f"Kit terminé ! {done}/{st.order_quantity} pour la commande {st.order_ref}"

        result = self._commit(frame, ScanDecision.ACCEPTED, change, new_state=finished)
        result.kit_completed = result.committed and result.outcome == ScanDecision.ACCEPTED.value
        return result

    # ------------------------------------------------------------------ picking
    def _location_for(self, code: str) -> tuple[uuid.UUID, str] | None:
        with self._db.read() as s:
            return queries.location_ref(s, code)

    def _pick_location(self, frame: ScanFrame, location: tuple[uuid.UUID, str]) -> ScanResult:
        st = self.state
        location_id, code = location
        here = [line for line in st.pick_lines if line.location_id == location_id and st.line_open(line)]
        if not here:
            return self._commit(frame, ScanDecision.REJECTED, f"rien à prélever en {code}")
        new = st.clone()
        new.pick_location_id = location_id
        items = ", ".join(f"{line.name} × {line.quantity - st.picked(line) - st.short(line)}" for line in here)
        return self._commit(frame, ScanDecision.ACCEPTED, f"Emplacement {code} : prélevez {items}", new_state=new)

    def _pick_item(self, frame: ScanFrame, code: Code, product_id: uuid.UUID, product_name: str) -> ScanResult:
        st = self.state
        if st.pick_location_id is None:
            return self._commit(frame, ScanDecision.REJECTED, "scannez d'abord l'emplacement où vous prélevez")
        line = next((x for x in st.pick_lines if x.location_id == st.pick_location_id and x.product_id == product_id), None)
        if line is None or not st.line_open(line):
            here = next((x.location_code for x in st.pick_lines if x.location_id == st.pick_location_id), "")
            return self._commit(frame, ScanDecision.REJECTED, f"« {product_name} » n'est pas à prélever en {here}")
        # A GS1 code with a count (AI 37) picks that many at once; else QUANTITÉ n, else one.
        quantity = code.count_or(st.pending_quantity)
        left = line.quantity - st.picked(line) - st.short(line)
        if quantity > left:
            return self._commit(frame, ScanDecision.REJECTED, f"trop de « {line.name} » : {quantity} > {left} restant(s)")
        if self.location_id is None:
            return self._commit(frame, ScanDecision.REJECTED,
                                f"le poste {self.station} n'a pas d'emplacement de stock : appelez votre chef d'équipe")
        key = f"pick:{self.station}:{uuid.uuid4()}"
        posting = Posting(key=key, actor=st.badge, station=self.station, order_id=st.order_id, reason=f"préparation {st.order_ref}",
                          lines=(Line(MovementKind.PICK, line.product_id, line.location_id, -quantity),
                                 Line(MovementKind.PICK, line.product_id, self.location_id, quantity)))
        new = st.clone()
        new.progress[line.key] = st.picked(line) + quantity
        new.history.append([line.key, quantity, key])
        new.pending_quantity = 1
        done = "" if new.current_line else " — liste terminée : scannez VALIDER"

        def change(s: Session) -> str:
            ledger.post(s, posting)
            return f"Prélevé : {line.name} {new.picked(line)}/{line.quantity} en {line.location_code}{done}"

        return self._commit(frame, ScanDecision.ACCEPTED, change, new_state=new)

    def _undo_pick(self, frame: ScanFrame | None) -> ScanResult:
        st = self.state
        if not st.history:
            return self._commit(frame, ScanDecision.REJECTED, "rien à annuler dans cette liste")
        new = st.clone()
        line_key, quantity, key = new.history.pop()
        new.progress[line_key] -= quantity
        line = next(x for x in st.pick_lines if x.key == line_key)
        posting = Posting(key=f"undo:{key}", actor=st.badge, station=self.station, order_id=st.order_id,
                          reason="prélèvement annulé",
                          lines=(Line(MovementKind.PICK, line.product_id, self.location_id, -quantity),
                                 Line(MovementKind.PICK, line.product_id, line.location_id, quantity)))

        def change(s: Session) -> str:
            ledger.post(s, posting)  # back on its shelf
            return f"Dernier prélèvement annulé : {line.name} (−{quantity}), à remettre en {line.location_code}"

        return self._commit(frame, ScanDecision.COMMAND, change, new_state=new)

    def _short_pick(self, frame: ScanFrame | None, reason: str) -> ScanResult:
        st = self.state
        if st.mode != "picking":
            return self._commit(frame, ScanDecision.REJECTED, "MANQUANT sert à la préparation, pas à l'assemblage")
        line = st.current_line
        if line is None or line.location_id != st.pick_location_id:
            return self._commit(frame, ScanDecision.REJECTED, "scannez d'abord l'emplacement de la ligne manquante")
        missing = line.quantity - st.picked(line) - st.short(line)
        new = st.clone()
        new.progress[f"short:{line.key}"] = st.short(line) + missing
        label = SHORT_REASONS_FR[reason]

        def change(s: Session) -> str:
            s.add(PickShortage(order_id=st.order_id, product_id=line.product_id, location_id=line.location_id,
                               quantity_missing=missing, reason=reason, worker_id=st.worker_id, station=self.station))
            return f"Manquant enregistré : {line.name}, {missing} en {line.location_code} ({label})"

        return self._commit(frame, ScanDecision.COMMAND, change, new_state=new)

    def _validate_picking(self, frame: ScanFrame | None) -> ScanResult:
        st = self.state
        left = [x for x in st.pick_lines if st.line_open(x)]
        if left:
            return self._commit(frame, ScanDecision.REJECTED, f"il reste {len(left)} ligne(s) à prélever")
        new = st.clone()

        def change(s: Session) -> str:
            self._load_order(s, new, st.order_id, st.task_id)  # the next batch, from the ledger
            new.progress, new.history, new.pick_location_id = {}, [], None
            if not new.pick_lines:
                return "Liste terminée — le poste est approvisionné, rien d'autre à prélever"
            return f"Liste terminée — nouvelle liste : {len(new.pick_lines)} ligne(s)"

        return self._commit(frame, ScanDecision.COMMAND, change, new_state=new)

    # ------------------------------------------------------------------ persistence
    def _commit(self, frame: ScanFrame | None, decision: ScanDecision, reason, new_state: KitState | None = None,
                record: bool = True) -> ScanResult:
        """Write the scan event and the change in one transaction; keep the new state only once committed."""
        target = new_state if new_state is not None else self.state
        try:
            with self._db.write() as s:
                text = reason(s) if callable(reason) else reason
                if record and frame is not None:
                    s.execute(insert(ScanEvent.__table__).values(
                        id=uuid.uuid4(), station=self.station, worker_id=self.state.worker_id or target.worker_id,
                        order_id=target.order_id, raw=frame.raw, symbology=frame.symbology,
                        decision=decision.value, reason=text[:300], created_at=_now()))
                if new_state is not None:
                    self._save_state(s, new_state)
        except DomainError as exc:  # the change was refused (not enough stock…): nothing of it is kept
            return self._commit(frame, ScanDecision.REJECTED, f"{exc} — appelez votre chef d'équipe")
        except OperationalError as exc:
            log.error("scan non enregistré (%s) : %s", self.station, exc)
            return self._result(frame, ScanDecision.REJECTED,
                                "ENREGISTREMENT IMPOSSIBLE (disque plein ou base en lecture seule) : scan refusé, "
                                "appelez votre chef d'équipe", committed=False)
        if new_state is not None:
            self.state = new_state
        return self._result(frame, decision, text, committed=True)

    def _result(self, frame: ScanFrame | None, decision: ScanDecision, reason: str, committed: bool) -> ScanResult:
        st = self.state
        step = st.current_line if st.mode == "picking" else st.current_step
        return ScanResult(
            seq=self._seq, raw=frame.raw if frame else b"", symbology=frame.symbology if frame else None,
            outcome=decision.value, reason=reason, worker=st.badge, order=st.order_ref,
            step=step.number if step else None, kit_progress=st.kit_progress if st.has_task else None,
            kits_done=st.kits_done, committed=committed,
        )

    def _save_state(self, s: Session, st: KitState) -> None:
        # Plain UPDATE (INSERT the first time): this runs with every scan, the ORM's load is not needed.
        values = dict(worker_id=st.worker_id, order_id=st.order_id, session_id=st.session_id, kit_key=st.kit_key,
                      progress=dict(st.progress), history=[list(h) for h in st.history],
                      pending_quantity=st.pending_quantity, paused=st.paused, pick_location_id=st.pick_location_id,
                      updated_at=_now())
        table = StationState.__table__
        if s.execute(update(table).where(table.c.station == self.station).values(**values)).rowcount == 0:
            s.execute(insert(table).values(station=self.station, **values))

    def _resume(self) -> None:
        """After a restart (or a crash): the logged-in worker, their order and the kit in progress."""
        with self._db.read() as s:
            row = s.get(StationState, self.station)
            if row is None or row.worker_id is None:
                return
            worker = s.get(Worker, row.worker_id)
            st = KitState(worker_id=worker.id, badge=worker.badge, worker_name=worker.display_name,
                          session_id=row.session_id, kit_key=row.kit_key, progress=dict(row.progress),
                          history=[list(h) for h in row.history], pending_quantity=row.pending_quantity,
                          paused=row.paused)
            if row.order_id is not None:
                session = s.get(TaskSession, row.session_id) if row.session_id else None
                self._load_order(s, st, row.order_id, session.task_id if session else None)
                if st.mode == "picking":  # the list was recomputed from the ledger: start it afresh
                    st.progress, st.history = {}, []
            self.state = st
            log.info("poste %s repris : %s, commande %s, kit %s/%s", self.station, worker.badge, st.order_ref,
                     *st.kit_progress)

