"""The packing station's rules as a pure state machine: `decide(state, scan) -> Decision`.

No SQL, no Qt, no clock, no randomness: the service loads what a scan needs into a `Scan` (the code,
the product it names, the location or person it is, a fresh key), calls `decide`, applies the
decision's effects in one transaction and keeps the new state only once that is committed.

Every step the worker takes goes on an undo history, whatever its kind (a component scanned, a
pick, a shortage, a quantity), so ANNULER takes back exactly the last thing done and only that.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from logins_desktop.domain.barcodes import Code, CodeKind, CommandName
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.lots import Tracking, gs1_date, is_expired
from logins_desktop.messages import Message, msg


class Mode(StrEnum):
    KIT = "kit"  # assemble step by step
    PICKING = "picking"  # bring components to a station
    OTHER = "other"  # labelling, packing, quality control: not scan-guided


class Outcome(StrEnum):
    LOGIN = "login"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    COMMAND = "command"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Step:
    number: int
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    instruction: str
    photo: str | None
    tracking: str = ""  # Tracking.SERIAL: each unit scanned with its serial number (AI 21)


@dataclass(frozen=True)
class PickLine:
    """Take `quantity` of a product from a location to a station's line-side location."""

    number: int
    location_id: uuid.UUID
    location_code: str
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    to_location_id: uuid.UUID | None = None  # None: the picker's own station
    to_location_code: str = ""
    lot: str = ""  # the lot to take, first expired first out ("" when none is known or tracked)
    expiry: date | None = None

    @property
    def key(self) -> str:
        target = self.to_location_id.hex if self.to_location_id else ""
        return f"{self.location_id.hex}:{self.product_id.hex}:{target}:{self.lot}"

    @property
    def item(self) -> Message | str:
        """The item as the picker reads it: with its lot when the list names one."""
        return msg("station.pick_item_lot", item=self.name, lot=self.lot) if self.lot else self.name


class DoneKind(StrEnum):
    COMPONENT = "component"
    PICK = "pick"
    SHORT = "short"
    QUANTITY = "quantity"


@dataclass(frozen=True)
class Done:
    """One entry of the undo history: what was done, enough to take it back exactly."""

    kind: DoneKind
    key: str  # component id hex, or pick-line key
    quantity: int  # scanned or picked or missing; for QUANTITY the quantity it replaced
    ref: str = ""  # the posting key of a pick, the shortage id

    def to_json(self) -> list:
        return [self.kind.value, self.key, self.quantity, self.ref]

    @classmethod
    def from_json(cls, item: list) -> Done:
        # Older saved states: [component hex, quantity] for kits, [line key, quantity, posting] for picks.
        if item and item[0] in DoneKind._value2member_map_:
            return cls(DoneKind(item[0]), item[1], int(item[2]), item[3] if len(item) > 3 else "")
        if len(item) == 3:
            return cls(DoneKind.PICK, item[0], int(item[1]), item[2])
        return cls(DoneKind.COMPONENT, item[0], int(item[1]))


@dataclass(frozen=True)
class StationState:
    """What the station is doing. Immutable: `decide` returns a new one."""

    worker_id: uuid.UUID | None = None
    badge: str | None = None
    worker_name: str = ""
    order_id: uuid.UUID | None = None
    order_ref: str | None = None
    order_quantity: int = 0
    kit_product_id: uuid.UUID | None = None
    kit_name: str = ""
    task_id: uuid.UUID | None = None
    task_name: str = ""
    session_id: uuid.UUID | None = None
    steps: tuple[Step, ...] = ()
    progress: tuple[tuple[str, int], ...] = ()  # component hex or pick-line key ("short:" + key) -> count
    history: tuple[Done, ...] = ()
    kit_key: str = ""
    pending_quantity: int = 1
    paused: bool = False
    kits_done: int = 0
    mode: Mode = Mode.KIT
    pick_lines: tuple[PickLine, ...] = ()
    pick_location_id: uuid.UUID | None = None

    # ---------------------------------------------------------------- reading
    @property
    def logged_in(self) -> bool:
        return self.worker_id is not None

    @property
    def has_task(self) -> bool:
        return bool(self.steps or self.pick_lines)

    def count(self, key: str) -> int:
        return dict(self.progress).get(key, 0)

    def scanned(self, step: Step) -> int:
        return self.count(step.product_id.hex)

    def picked(self, line: PickLine) -> int:
        return self.count(line.key)

    def short(self, line: PickLine) -> int:
        return self.count(f"short:{line.key}")

    def line_open(self, line: PickLine) -> bool:
        return self.picked(line) + self.short(line) < line.quantity

    def line_left(self, line: PickLine) -> int:
        return line.quantity - self.picked(line) - self.short(line)

    @property
    def current_step(self) -> Step | None:
        return next((s for s in self.steps if self.scanned(s) < s.quantity), None)

    @property
    def current_line(self) -> PickLine | None:
        """The next line to pick: at the location scanned last if it has one, else in walking order."""
        open_lines = [line for line in self.pick_lines if self.line_open(line)]
        here = [line for line in open_lines if line.location_id == self.pick_location_id]
        return (here or open_lines or [None])[0]

    @property
    def kit_progress(self) -> tuple[int, int]:
        if self.mode is Mode.PICKING:
            return (sum(min(self.picked(x) + self.short(x), x.quantity) for x in self.pick_lines),
                    sum(x.quantity for x in self.pick_lines))
        return (sum(min(self.scanned(s), s.quantity) for s in self.steps), sum(s.quantity for s in self.steps))

    @property
    def remaining_kits(self) -> int:
        return max(0, self.order_quantity - self.kits_done)

    # ---------------------------------------------------------------- changing (new values)
    def with_count(self, key: str, delta: int) -> StationState:
        counts = dict(self.progress)
        counts[key] = counts.get(key, 0) + delta
        if counts[key] == 0:
            del counts[key]
        return replace(self, progress=tuple(sorted(counts.items())))

    def push(self, done: Done) -> StationState:
        return replace(self, history=(*self.history, done))


# ---------------------------------------------------------------------------- the scan's context
@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    badge: str
    name: str


@dataclass(frozen=True)
class Scan:
    """One code and what the database knows about it, loaded by the service before `decide`."""

    code: Code
    product: tuple[uuid.UUID, str] | None = None  # the article a GTIN names: id, name
    location: tuple[uuid.UUID, str] | None = None  # the location a text code names: id, code
    worker: Person | None = None  # the worker a text code is the badge of
    user_name: str | None = None  # the team lead / manager a badge belongs to (a PIN follows)
    duplicate: bool = False  # the same code again within the double-read window
    frame_error: Message | None = None  # the bytes could not make a code
    fresh_key: str = ""  # a new unique key, for the postings and rows this scan creates
    today: date | None = None  # the day of the scan, for a lot's expiry (AI 17)
    serial_used: str | None = None  # the order whose kit already holds this serial (AI 21), if any


# ---------------------------------------------------------------------------- effects
@dataclass(frozen=True)
class Login:
    worker: Person


@dataclass(frozen=True)
class Logout:
    pass


@dataclass(frozen=True)
class CompleteKit:
    """Consume one kit's components and produce the kit, in one posting with `kit_key`."""

    kit_key: str
    needs: tuple[tuple[uuid.UUID, int], ...]  # component id, quantity per kit
    # The lots the worker scanned (GS1 AI 10 with its AI 17), per component: (component id, lot,
    # expiry, quantity); the service takes the rest first expired, first out.
    lots: tuple[tuple[uuid.UUID, str, date | None, int], ...] = ()


@dataclass(frozen=True)
class Pick:
    line: PickLine
    quantity: int  # signed: negative takes a pick back
    posting_key: str


@dataclass(frozen=True)
class RecordShortage:
    line: PickLine
    quantity: int
    reason: str
    shortage_id: str


@dataclass(frozen=True)
class CancelShortage:
    shortage_id: str


@dataclass(frozen=True)
class CallHelp:
    message: Message


@dataclass(frozen=True)
class SetPause:
    paused: bool


@dataclass(frozen=True)
class ReloadPickList:
    pass


Effect = Login | Logout | CompleteKit | Pick | RecordShortage | CancelShortage | CallHelp | SetPause | ReloadPickList


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    message: Message
    state: StationState | None = None  # None: unchanged
    effects: tuple[Effect, ...] = ()
    kit_completed: bool = False
    user: str | None = None  # a user's badge was scanned: the screen asks for the PIN

    @property
    def changes_state(self) -> bool:
        return self.state is not None


def _refuse(message: Message) -> Decision:
    return Decision(Outcome.REJECTED, message)


# ---------------------------------------------------------------------------- decide
def decide(st: StationState, scan: Scan) -> Decision:
    """What the station does with one scan (or one tap, given as its command code)."""
    code = scan.code
    if scan.frame_error is not None:
        return _refuse(scan.frame_error)
    if scan.duplicate:
        return Decision(Outcome.DUPLICATE, msg("station.duplicate"))
    if code.kind is CodeKind.INVALID:
        return _refuse(code.error or msg("scan.empty"))
    if not st.logged_in:
        return _identify(scan)
    if code.kind is CodeKind.COMMAND:
        return _command(st, scan)
    if code.kind is CodeKind.TEXT:
        return _text(st, scan)
    return _item(st, scan)


def _identify(scan: Scan) -> Decision:
    if scan.code.kind is not CodeKind.TEXT:
        return _refuse(msg("station.badge_first"))
    if scan.worker is not None:
        return Decision(Outcome.LOGIN, msg("station.hello_no_task", worker=scan.worker.name),
                        effects=(Login(scan.worker),))
    if scan.user_name is not None:
        return Decision(Outcome.LOGIN, msg("station.user_badge", name=scan.user_name), user=scan.code.text)
    return _refuse(msg("station.unknown_badge", badge=scan.code.text))


def _text(st: StationState, scan: Scan) -> Decision:
    if st.mode is Mode.PICKING and not st.paused and scan.location is not None:
        return _pick_location(st, scan.location)
    if scan.worker is not None and scan.worker.id == st.worker_id:
        return _refuse(msg("station.already_logged_in", worker=st.worker_name))
    if scan.worker is not None:
        return _refuse(msg("station.other_badge", other=scan.worker.name, worker=st.worker_name))
    if st.paused:
        return _refuse(msg("station.paused"))
    return _refuse(msg("station.unknown_code", code=scan.code.text))


def _item(st: StationState, scan: Scan) -> Decision:
    code = scan.code
    if not code.gtin:
        return _refuse(msg("station.no_gtin"))
    if scan.product is None:
        return _refuse(msg("station.unknown_item", gtin=code.gtin.lstrip("0")))
    if st.paused:
        return _refuse(msg("station.paused"))
    product_id, product_name = scan.product
    if st.mode is Mode.PICKING:
        return _pick_item(st, scan, product_id, product_name)
    if not st.steps:
        return _refuse(msg("station.no_kit_task"))
    expected = st.current_step
    quantity = st.pending_quantity
    if expected is None or product_id != expected.product_id:
        own = next((s for s in st.steps if s.product_id == product_id), None)
        if own is not None and st.scanned(own) >= own.quantity:
            return _refuse(msg("station.too_many", item=own.name, scanned=st.scanned(own), needed=own.quantity))
        return _refuse(msg("station.wrong_item", expected=expected.name, scanned=product_name, step=expected.number,
                           steps=len(st.steps)))
    if st.scanned(expected) + quantity > expected.quantity:
        return _refuse(msg("station.too_many_quantity", item=expected.name, scanned=st.scanned(expected),
                           quantity=quantity, needed=expected.quantity))
    lot, expiry = code.ais.get("10", ""), code.ais.get("17", "")
    refusal = _expired_refusal(scan, expected.name)
    if refusal is not None:
        return refusal
    if expected.tracking == Tracking.SERIAL:
        refusal = _serial_refusal(st, scan, expected, quantity)
        if refusal is not None:
            return refusal
        lot = code.ais["21"]  # a serial is recorded as the unit's lot: the kit's line names it
    new = replace(st.with_count(expected.product_id.hex, quantity), pending_quantity=1)
    # The lot read stays with the scan in the history: undone with it, and known when the kit is done.
    new = new.push(Done(DoneKind.COMPONENT, expected.product_id.hex, quantity, f"{lot}\t{expiry}" if lot else ""))
    if new.current_step is not None:
        return Decision(Outcome.ACCEPTED, msg("station.step_ok", item=expected.name, scanned=new.scanned(expected),
                                              needed=expected.quantity), state=new)
    done = st.kits_done + 1
    finished = replace(new, progress=(), history=(), kits_done=done, kit_key=f"kit:{scan.fresh_key}")
    effect = CompleteKit(st.kit_key, tuple((s.product_id, s.quantity) for s in st.steps), _scanned_lots(new.history))
    return Decision(Outcome.ACCEPTED, msg("station.kit_done", done=done, ordered=st.order_quantity, order=st.order_ref),
                    state=finished, effects=(effect,), kit_completed=True)


def _serial_refusal(st: StationState, scan: Scan, step: Step, quantity: int) -> Decision | None:
    """A serial-tracked component: one unit per scan, with its serial, never one already in a kit."""
    serial = scan.code.ais.get("21", "")
    if not serial:
        return _refuse(msg("lots.serial_needed", item=step.name))
    if quantity != 1:
        return _refuse(msg("lots.serial_one_by_one", item=step.name))
    if serial in {lot for product_id, lot, _expiry, _q in _scanned_lots(st.history) if product_id == step.product_id}:
        return _refuse(msg("lots.serial_twice", item=step.name, serial=serial))
    if scan.serial_used is not None:
        return _refuse(msg("lots.serial_used", item=step.name, serial=serial, order=scan.serial_used))
    return None


def _expired_refusal(scan: Scan, item: str) -> Decision | None:
    """A scanned GS1 code whose expiry (AI 17) is past: refused, at the kit as at picking."""
    lot, expiry = scan.code.ais.get("10", ""), scan.code.ais.get("17", "")
    if not expiry or scan.today is None:
        return None
    try:
        expires = gs1_date(expiry)
    except DomainError as exc:
        return _refuse(exc.message)
    if is_expired(expires, scan.today):
        return _refuse(msg("lots.expired", item=item, lot=lot or "?", expiry=expires))
    return None


def _scanned_lots(history: tuple[Done, ...]) -> tuple[tuple[uuid.UUID, str, date | None, int], ...]:
    lots = []
    for done in history:
        if done.kind is DoneKind.COMPONENT and done.ref:
            lot, _, expiry = done.ref.partition("\t")
            lots.append((uuid.UUID(hex=done.key), lot, gs1_date(expiry) if expiry else None, done.quantity))
    return tuple(lots)


# ---------------------------------------------------------------------------- commands
def _command(st: StationState, scan: Scan) -> Decision:
    name = scan.code.command
    if name is CommandName.LOGOUT:
        return Decision(Outcome.COMMAND, msg("station.goodbye", worker=st.worker_name, kits=0, minutes=0),
                        state=StationState(kit_key=st.kit_key, progress=st.progress, history=st.history,
                                           order_id=st.order_id),
                        effects=(Logout(),))
    if name is CommandName.HELP:
        text = msg("station.help_call", order=st.order_ref) if st.order_ref else msg("station.help_call_no_task")
        return Decision(Outcome.COMMAND, msg("station.help_sent"), effects=(CallHelp(text),))
    if name in (CommandName.PAUSE, CommandName.RESUME):
        pause = name is CommandName.PAUSE
        if pause == st.paused:
            return _refuse(msg("station.already_paused" if pause else "station.not_paused"))
        return Decision(Outcome.COMMAND, msg("station.pause_started" if pause else "station.pause_ended"),
                        state=replace(st, paused=pause), effects=(SetPause(pause),))
    if st.paused:
        return _refuse(msg("station.paused"))
    if name is CommandName.QUANTITY:
        new = replace(st, pending_quantity=scan.code.quantity).push(Done(DoneKind.QUANTITY, "", st.pending_quantity))
        return Decision(Outcome.COMMAND, msg("station.quantity_set", quantity=scan.code.quantity), state=new)
    if name is CommandName.UNDO:
        return _undo(st)
    if name is CommandName.SHORT:
        return _short_pick(st, scan.code.option or "AUTRE", scan.fresh_key)
    if st.mode is Mode.PICKING:
        return _validate_picking(st)
    done, _needed = st.kit_progress
    if not st.steps:
        return _refuse(msg("station.validate_nothing"))
    if done == 0:
        return _refuse(msg("station.validate_not_started"))
    missing = st.current_step
    return _refuse(msg("station.kit_incomplete", item=missing.name, scanned=st.scanned(missing), needed=missing.quantity))


def _undo(st: StationState) -> Decision:
    """Take back the last thing done, whatever its kind, and only that. Nothing to undo is calm, not an error."""
    if not st.history:
        return Decision(Outcome.COMMAND, msg("station.nothing_to_undo"))
    last = st.history[-1]
    rest = replace(st, history=st.history[:-1])
    if last.kind is DoneKind.QUANTITY:
        return Decision(Outcome.COMMAND, msg("station.undone_quantity", quantity=last.quantity),
                        state=replace(rest, pending_quantity=last.quantity))
    if last.kind is DoneKind.COMPONENT:
        name = next((s.name for s in st.steps if s.product_id.hex == last.key), last.key)
        return Decision(Outcome.COMMAND, msg("station.undone_scan", item=name, quantity=last.quantity),
                        state=rest.with_count(last.key, -last.quantity))
    line = next(x for x in st.pick_lines if x.key == last.key)
    if last.kind is DoneKind.PICK:
        return Decision(Outcome.COMMAND, msg("station.undone_pick", item=line.item, quantity=last.quantity,
                                             location=line.location_code),
                        state=rest.with_count(last.key, -last.quantity),
                        effects=(Pick(line, -last.quantity, f"undo:{last.ref}"),))
    return Decision(Outcome.COMMAND, msg("station.undone_short", item=line.item, location=line.location_code),
                    state=rest.with_count(f"short:{last.key}", -last.quantity), effects=(CancelShortage(last.ref),))


# ---------------------------------------------------------------------------- picking
def _pick_location(st: StationState, location: tuple[uuid.UUID, str]) -> Decision:
    location_id, code = location
    here = [line for line in st.pick_lines if line.location_id == location_id and st.line_open(line)]
    if not here:
        return _refuse(msg("station.pick_nothing_here", location=code))
    items = [msg("station.pick_at_location_item", item=line.item, quantity=st.line_left(line)) for line in here]
    return Decision(Outcome.ACCEPTED, msg("station.pick_at_location", location=code, items=items),
                    state=replace(st, pick_location_id=location_id))


def _pick_item(st: StationState, scan: Scan, product_id: uuid.UUID, product_name: str) -> Decision:
    if st.pick_location_id is None:
        return _refuse(msg("station.pick_scan_location_first"))
    open_here = [x for x in st.pick_lines if x.location_id == st.pick_location_id and x.product_id == product_id
                 and st.line_open(x)]
    if not open_here:
        here = next((x.location_code for x in st.pick_lines if x.location_id == st.pick_location_id), "")
        return _refuse(msg("station.pick_not_here", item=product_name, location=here))
    refusal = _expired_refusal(scan, product_name)
    if refusal is not None:
        return refusal
    # The list is in FEFO order: a plain EAN takes the lot it proposes; a GS1 code names its own lot,
    # which must be one the list proposes here (another lot would break first expired, first out).
    line = open_here[0]
    lot = scan.code.ais.get("10", "")
    if lot and line.lot:
        line = next((x for x in open_here if x.lot == lot), None)
        if line is None:
            proposed = ", ".join(dict.fromkeys(x.lot for x in open_here if x.lot))
            return _refuse(msg("lots.pick_other_lot", item=product_name, lot=lot, proposed=proposed))
    # A GS1 code with a count (AI 37) picks that many at once; else QUANTITÉ n, else one.
    quantity = scan.code.count_or(st.pending_quantity)
    left = st.line_left(line)
    if quantity > left:
        return _refuse(msg("station.pick_too_many", item=line.item, quantity=quantity, left=left))
    key = f"pick:{scan.fresh_key}"
    new = replace(st.with_count(line.key, quantity), pending_quantity=1).push(Done(DoneKind.PICK, line.key, quantity, key))
    message_id = "station.picked" if new.current_line else "station.picked_list_done"
    return Decision(Outcome.ACCEPTED, msg(message_id, item=line.item, picked=new.picked(line), needed=line.quantity,
                                          location=line.location_code),
                    state=new, effects=(Pick(line, quantity, key),))


def _short_pick(st: StationState, reason: str, fresh_key: str) -> Decision:
    if st.mode is not Mode.PICKING:
        return _refuse(msg("station.short_only_picking"))
    line = st.current_line
    if line is None or line.location_id != st.pick_location_id:
        return _refuse(msg("station.short_scan_location"))
    missing = st.line_left(line)
    new = st.with_count(f"short:{line.key}", missing).push(Done(DoneKind.SHORT, line.key, missing, fresh_key))
    return Decision(Outcome.COMMAND, msg("station.short_recorded", item=line.item, quantity=missing,
                                         location=line.location_code, reason=msg(f"station.short_reason.{reason}")),
                    state=new, effects=(RecordShortage(line, missing, reason, fresh_key),))


def _validate_picking(st: StationState) -> Decision:
    left = [x for x in st.pick_lines if st.line_open(x)]
    if left:
        return _refuse(msg("station.pick_lines_left", left=len(left)))
    new = replace(st, progress=(), history=(), pick_location_id=None)
    return Decision(Outcome.COMMAND, msg("station.pick_list_done_none"), state=new, effects=(ReloadPickList(),))


# ---------------------------------------------------------------------------- stock rules
@dataclass(frozen=True)
class Draw:
    """Where one component of a finished kit is taken from."""

    product_id: uuid.UUID
    location_id: uuid.UUID  # where it is consumed
    quantity: int
    source_id: uuid.UUID | None = None  # an unplanned transfer: taken from this storage location first
    missing: bool = False  # the ledger knows none of it anywhere: a stock discrepancy


@dataclass(frozen=True)
class Holding:
    location_id: uuid.UUID
    location_code: str
    quantity: int


def source_components(needs: tuple[tuple[uuid.UUID, int], ...], holdings: dict[uuid.UUID, list[Holding]],
                      line_side: uuid.UUID | None, fallback: dict[uuid.UUID, uuid.UUID]) -> list[Draw]:
    """Where the components of one kit come from. The kit is always recorded: what the ledger cannot
    find becomes an unplanned transfer or a discrepancy, never a refusal.

    - A station with a line-side location consumes there; what is not there is taken from storage
      (an unplanned transfer, recorded as such); what is nowhere is missing at the line side.
    - A station without one consumes where the component is, the location with the least on hand
      first (so partial bins empty), then by location code; what is nowhere is missing at the
      component's `fallback` location (chosen by the service: where it last moved).
    """
    draws: list[Draw] = []
    for product_id, need in needs:
        places = sorted((h for h in holdings.get(product_id, []) if h.quantity > 0),
                        key=lambda h: (h.location_id != line_side, h.quantity, h.location_code))
        for place in places:
            if need <= 0:
                break
            take = min(need, place.quantity)
            if line_side is None or place.location_id == line_side:
                draws.append(Draw(product_id, place.location_id, take))
            else:
                draws.append(Draw(product_id, line_side, take, source_id=place.location_id))
            need -= take
        if need > 0:
            draws.append(Draw(product_id, line_side or fallback[product_id], need, missing=True))
    return draws


def covers(needs: tuple[tuple[uuid.UUID, int], ...], available: dict[uuid.UUID, int]) -> tuple[int, uuid.UUID | None]:
    """How many kits the components on hand cover, and the component that runs out first."""
    best: tuple[int, uuid.UUID | None] = (0, None)
    for i, (product_id, per_kit) in enumerate(needs):
        kits = max(0, available.get(product_id, 0)) // per_kit
        if i == 0 or kits < best[0]:
            best = (kits, product_id)
    return best


def low_stock(covered: int, remaining: int, threshold: int) -> bool:
    """Warn when the stock covers fewer kits than the order still needs, or fewer than the threshold."""
    return remaining > 0 and (covered < remaining or covered < threshold)
