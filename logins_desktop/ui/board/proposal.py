"""The board's "Proposer": the planner's proposal beside the current plan, moves highlighted.

The planner runs in a service on a Python thread and reports each better plan by signal (the
thread never touches a widget); the first (greedy) one is on screen at once, the bound and gap
follow. Apply everything with one tap, or one move at a time;
"Garder" pins a person on their current task and proposes again.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.services.shift_plan import Move, Proposal, ShiftPlanService
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import say
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.pager import paged_scroll
from logins_desktop.ui.widgets.touch import Feedback, TouchButton, clear_layout


class _Relay(QObject):
    """Lives on the GUI thread; the search thread only emits on it, and Qt queues each signal here.

    The search runs on a plain Python thread rather than a QThread with a QObject worker: a PySide
    object destroyed on a Qt worker thread takes Qt's connection lock and then waits for Python's
    lock, while the GUI thread, holding Python's lock, waits for Qt's (a full test run hung so, in
    the worker's deleteLater). No Qt object is created, connected or destroyed off the GUI thread.
    """

    # (search number, payload): a screen that started a newer search ignores an older one's.
    plan = Signal(int, object)  # a Proposal, each time the search finds a better plan
    done = Signal(int, object)  # the final Proposal, or the DomainError that stopped the search


class _Search:
    """One run of ShiftPlanService.search on its own thread; stop() is thread-safe (the planner
    checks it between solutions and ends soon after)."""

    def __init__(self, planner: ShiftPlanService, pins: dict[str, str], number: int, relay: _Relay):
        self._planner, self._pins, self._number, self._relay = planner, dict(pins), number, relay
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="shift-proposal", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._planner.search(self._pins, lambda p: self._relay.plan.emit(self._number, p), self._stop)
        except DomainError as exc:
            result = exc
        self._relay.done.emit(self._number, result)

    def stop(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)


class ProposalView(QWidget):
    def __init__(self, theme: Theme, planner: ShiftPlanService, sounds: Sounds, on_applied=None, parent=None):
        super().__init__(parent)
        self._theme, self._planner, self._sounds = theme, planner, sounds
        self._on_applied = on_applied
        self.pins: dict[str, str] = {}
        self.proposal: Proposal | None = None
        self.running = False
        self._search: _Search | None = None
        self._searches = 0
        self._relay = _Relay(self)
        self._relay.plan.connect(self._on_plan)
        self._relay.done.connect(self._finished)
        self.apply_buttons: dict[str, TouchButton] = {}
        self.pin_buttons: dict[str, TouchButton] = {}

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("title")
        self.feedback = Feedback(theme, 0)
        self.apply_all = TouchButton(theme, self.tr("Tout appliquer"), icon="ok")
        self.apply_all.clicked.connect(self.apply_everything)
        self.stop_button = TouchButton(theme, self.tr("Arrêter la recherche"), icon="cancel")
        self.stop_button.clicked.connect(self.stop)
        self.again = TouchButton(theme, self.tr("Proposer à nouveau"), icon="history")
        self.again.clicked.connect(self.start)
        actions = QHBoxLayout()
        actions.addWidget(self.apply_all)
        actions.addWidget(self.stop_button)
        actions.addWidget(self.again)
        actions.addStretch(1)
        self.grid = QGridLayout()
        box = QWidget()
        box.setLayout(self.grid)
        scroll = paged_scroll(theme, box, self.tr("Proposition"))
        actions.addWidget(scroll.row)  # the page buttons beside the actions: the list keeps the height
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.feedback)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)

    # ------------------------------------------------------------------ search
    @property
    def plan(self):
        return self.proposal.plan if self.proposal is not None else None

    def start(self) -> None:
        self.stop()
        self.wait()
        self.running = True
        self.status.setText(self.tr("Recherche d'une proposition…"))
        self._searches += 1
        self._search = _Search(self._planner, self.pins, self._searches, self._relay)

    def stop(self) -> None:
        if self._search is not None:
            self._search.stop()

    def wait(self, timeout: float | None = None) -> None:
        """Tests and shutdown: let the search thread end."""
        if self._search is not None:
            self._search.wait(timeout)

    def _finished(self, number: int, result) -> None:
        if number != self._searches:
            return  # a search replaced meanwhile (a pin tapped): its end is not this one's
        self.running = False
        if isinstance(result, DomainError):
            self._sounds.play("error")
            self.feedback.show_message("error", say(result))
            self.status.setText(self.tr("Pas de proposition."))
            return
        self._show_plan(result, final=True)

    # ------------------------------------------------------------------ display
    def _on_plan(self, number: int, proposal: Proposal) -> None:
        if number == self._searches:  # not a late plan of a search already replaced
            self._show_plan(proposal)

    def _show_plan(self, proposal: Proposal, final: bool = False) -> None:
        self.proposal = proposal
        plan = proposal.plan
        if plan.proven_optimal:
            state = self.tr("Meilleure proposition possible (prouvée).")
        elif plan.source == "greedy" and not final:
            state = self.tr("Première proposition (règles respectées) — amélioration en cours…")
        elif plan.gap_pct is None and not final:
            state = self.tr("Proposition améliorée — recherche en cours…")
        else:
            gap = (self.tr("écart à la borne {0:.1f} %").format(plan.gap_pct) if plan.gap_pct is not None
                   else self.tr("écart à la borne inconnu"))
            state = (self.tr("Proposition améliorée — {0} — recherche en cours…").format(gap) if not final
                     else self.tr("Proposition retenue — {0}.").format(gap))
        rates = plan.line_rates[0]
        pace = "  ·  ".join(self.tr("{0} : {1:.0f}/h").format(line, rate) for line, rate in sorted(rates.items()))
        planned = self.tr("Cadence prévue (1re période) : {0}").format(pace)
        self.status.setText(f"{state}\n{planned}")
        self._fill()

    def _fill(self) -> None:
        clear_layout(self.grid)
        self.apply_buttons, self.pin_buttons = {}, {}
        if self.proposal is None:
            return
        p = self._theme.palette
        periods = len(self.plan.periods)
        # The actions stand right after the move, so they stay in view when later periods scroll.
        headers = [self.tr("Personne"), self.tr("Maintenant"), self.tr("Proposé"), ""]
        headers += [self.tr("Période {0}").format(n + 1) for n in range(1, periods)]
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            label.setWordWrap(True)  # every column in the width: nothing scrolls sideways
            self.grid.addWidget(label, 0, col)
        for row, move in enumerate(self.proposal.moves, start=1):
            changed = move.proposed is not None and move.proposed != move.now
            cells = [move.name, move.now_name or self.tr("(aucune)"),
                     (f"➜ {move.proposed_name}" if changed else f"= {move.proposed_name or self.tr('(aucune)')}")]
            cells += [""] + [name or "—" for name in move.later]
            for col, text in enumerate(cells):
                if col == 3:
                    continue
                cell = QLabel(text)
                cell.setWordWrap(True)
                cell.setMargin(self._theme.px(1))
                if changed and col == 2:  # the move: colour, arrow and words, not colour alone
                    cell.setStyleSheet(f"background: {p.warning}; color: {p.warning_text}; font-weight: bold;")
                    cell.setAccessibleName(self.tr("{0} change : {1} vers {2}").format(
                        move.name, move.now_name or self.tr("aucune"), move.proposed_name))
                self.grid.addWidget(cell, row, col)
            actions = QFrame()
            buttons = QHBoxLayout(actions)
            buttons.setContentsMargins(0, 0, 0, 0)
            if changed:
                apply = TouchButton(self._theme, self.tr("Appliquer"), self.tr("Appliquer le changement de {0}").format(move.name), icon="ok")
                apply.clicked.connect(lambda _=False, m=move: self.apply_one(m))
                buttons.addWidget(apply)
                self.apply_buttons[move.badge] = apply
            if move.now is not None:
                pinned = move.badge in self.pins
                pin = TouchButton(self._theme, self.tr("📌 Gardé·e") if pinned else self.tr("Garder"),
                                  self.tr("Garder {0} sur sa tâche").format(move.name), icon="lock")
                pin.setCheckable(True)
                pin.setChecked(pinned)
                pin.clicked.connect(lambda _=False, m=move: self.toggle_pin(m))
                buttons.addWidget(pin)
                self.pin_buttons[move.badge] = pin
            self.grid.addWidget(actions, row, 3)
            for button in actions.findChildren(TouchButton):  # never squeezed below their words
                button.ensurePolished()  # once in the window, so the style's bold font counts
                button.setMinimumWidth(button.sizeHint().width())
        self.grid.setColumnStretch(len(headers), 1)

    # ------------------------------------------------------------------ taps
    def toggle_pin(self, move: Move) -> None:
        if move.badge in self.pins:
            del self.pins[move.badge]
        else:
            self.pins[move.badge] = move.now
        self.start()

    def apply_one(self, move: Move) -> None:
        self._apply([move])

    def apply_everything(self) -> None:
        if self.proposal is None:
            return
        self._apply(self.proposal.moves)

    def _apply(self, moves: list[Move]) -> None:
        self.stop()
        refused = self._planner.apply(moves)
        if refused:
            self._sounds.play("error")
            self.feedback.show_message("error", "\n".join(say(r) for r in refused))
        else:
            self._sounds.play("ok")
            self.feedback.show_message("ok", self.tr("Changements appliqués."))
        if self.proposal is not None:
            self.proposal = self._planner.current(self.proposal)  # "now" is the new current plan
            self._fill()
        if self._on_applied is not None:
            self._on_applied()
