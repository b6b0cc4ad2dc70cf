"""The team lead's board: tap a worker, then tap a task. No drag anywhere.

With a worker selected, each task says compatible or blocked, with the reasons; a blocked task can
still be tapped, and the assignment is then refused with the same reasons. Help calls from the
stations stand at the top until someone taps "J'arrive". The kits set aside for a quality check are
decided on the "Contrôles" page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.services.board import BoardService
from logins_desktop.services.quality import QualityDesk
from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.services.types import DomainError
from logins_desktop.ui.board.pace_chart import PaceChart
from logins_desktop.ui.board.proposal import ProposalView
from logins_desktop.ui.board.quality_panel import QualityPanel
from logins_desktop.ui.i18n import say
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.pager import paged_scroll
from logins_desktop.ui.widgets.touch import Feedback, TouchButton, avatar, clear_layout, warning_lines


class Board(QWidget):
    POLL_MS = 10_000

    def __init__(self, theme: Theme, board: BoardService, sounds: Sounds, planner: ShiftPlanService,
                 quality: QualityDesk | None = None, parent=None):
        super().__init__(parent)
        self._theme, self._board, self._sounds = theme, board, sounds
        self.selected: str | None = None
        self.worker_buttons: dict[str, TouchButton] = {}
        self.task_buttons: dict[str, TouchButton] = {}
        self._known_calls: set = set()

        self.alerts = QVBoxLayout()
        self.feedback = Feedback(theme, 0)
        title_workers = QLabel(self.tr("1. Touchez une personne"))
        title_workers.setObjectName("title")
        title_tasks = QLabel(self.tr("2. Touchez une tâche"))
        title_tasks.setObjectName("title")
        self.workers_grid = QGridLayout()
        self.tasks_grid = QGridLayout()
        left = QVBoxLayout()
        left.addWidget(title_workers)
        self.workers_pager = self._scrolled(self.workers_grid, self.tr("Personnes"))
        left.addWidget(self.workers_pager, 1)
        right = QVBoxLayout()
        right.addWidget(title_tasks)
        right.addWidget(self._scrolled(self.tasks_grid, self.tr("Tâches")), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        assign_page = QWidget()
        assign_page.setLayout(columns)
        self.proposal = ProposalView(theme, planner, sounds,
                                     on_applied=self.refresh)
        self.pace = PaceChart(theme, board)
        self.quality = QualityPanel(theme, quality, sounds)
        self.pages = QStackedWidget()
        for page in (assign_page, self.proposal, self.pace, self.quality):
            self.pages.addWidget(page)
        # Three pages chosen by tapping, like tabs but with full-size targets.
        self.page_buttons = []
        tabs = QHBoxLayout()
        for n, (text, icon) in enumerate([(self.tr("Affecter"), "badge"), (self.tr("Proposer"), "next"),
                                          (self.tr("Cadence"), "history"), (self.tr("Contrôles"), "ok")]):
            button = TouchButton(theme, text, icon=icon)
            button.setCheckable(True)
            button.setChecked(n == 0)
            button.clicked.connect(lambda _=False, i=n: self.show_page(i))
            tabs.addWidget(button)
            self.page_buttons.append(button)
        tabs.addStretch(1)
        layout = QVBoxLayout(self)
        xs = theme.space("xs")
        layout.setContentsMargins(xs, xs, xs, xs)
        layout.addLayout(self.alerts)
        layout.addLayout(tabs)
        layout.addWidget(self.feedback)
        layout.addWidget(self.pages, 1)
        self._timer = QTimer(self, interval=self.POLL_MS)
        self._timer.timeout.connect(self.refresh_alerts)
        self._timer.start()
        self.refresh()

    def _scrolled(self, grid: QGridLayout, name: str):
        """A column of cards in pages (large previous / next buttons): never dragged, no scroll bar."""
        box = QWidget()
        box.setLayout(grid)
        return paged_scroll(self._theme, box, name)

    def show_page(self, index: int) -> None:
        for n, button in enumerate(self.page_buttons):
            button.setChecked(n == index)
        self.pages.setCurrentIndex(index)
        self.feedback.clear()
        if index == 1 and not self.proposal.running:
            self.proposal.start()
        elif index == 2:
            self.pace.refresh()
        elif index == 3:
            self.quality.refresh()

    # ------------------------------------------------------------------ content
    def refresh(self) -> None:
        self._fill_workers()
        self._fill_tasks()
        self.refresh_alerts()

    def _fill_workers(self) -> None:
        clear_layout(self.workers_grid)
        self.worker_buttons = {}
        for n, card in enumerate(self._board.workers()):
            where = f" · {card.station}" if card.station else ""
            # Restriction pictograms, three to a line so a card never clips them.
            chips = [say(c) for c in card.chips]
            chip_lines = ["  ".join(chips[i:i + 3]) for i in range(0, len(chips), 3)]
            absent = [self.tr("Absent·e aujourd'hui")] if card.absent else []
            text = "\n".join([f"{card.name}{where}", *absent, *chip_lines])
            button = TouchButton(self._theme, text, self.tr("Choisir {0}").format(card.name))
            button.setMinimumHeight(self._theme.target_px + self._theme.px(5) * (len(chip_lines) + len(absent)))
            side = self._theme.px(9)  # 12 mm clipped the widest chip line on a 1280 px screen
            button.setIcon(QIcon(avatar(self._theme, card.initials, card.photo, side)))
            button.setIconSize(QSize(side, side))
            button.setCheckable(True)
            button.base_text = text
            button.clicked.connect(lambda _=False, b=card.badge: self.select_worker(b))
            self.workers_grid.addWidget(button, n, 0)
            self.worker_buttons[card.badge] = button
            self._mark(button, card.badge == self.selected)

    def _fill_tasks(self) -> None:
        clear_layout(self.tasks_grid)
        self.task_buttons = {}
        verdicts = self._board.verdicts(self.selected) if self.selected else {}
        names = {c.badge: c.name.split()[0] for c in self._board.workers()}
        p = self._theme.palette
        for n, tile in enumerate(self._board.tasks()):
            who = ", ".join(names.get(b, b) for b in tile.workers) or self.tr("personne")
            lines = [tile.name, self.tr("{0} — {1} / {2} kits").format(tile.order_ref, tile.done, tile.ordered),
                     self.tr("Affecté·es : {0}").format(who)]
            verdict = verdicts.get(tile.code)
            button = TouchButton(self._theme, "", self.tr("Tâche {0}").format(tile.name))
            if verdict is not None and not verdict.compatible:
                lines.append(self.tr("✖ BLOQUÉ :"))
                lines += [f"   – {say(reason)}" for reason in verdict.reasons]  # in the board's language
                button.setStyleSheet(f"QPushButton {{ background: {p.background}; color: {p.muted}; "
                                     f"border: 3px dashed {p.error}; text-align: left; }}")
                button.blocked = True
            else:
                if verdict is not None:
                    lines.append(self.tr("✔ compatible"))
                button.setStyleSheet("QPushButton { text-align: left; }")
                button.blocked = False
            button.setText("\n".join(lines))
            button.setMinimumHeight(self._theme.target_px + self._theme.px(5) * (len(lines) - 1))
            button.clicked.connect(lambda _=False, c=tile.code: self.choose_task(c))
            self.tasks_grid.addWidget(button, n, 0)
            self.task_buttons[tile.code] = button

    # ------------------------------------------------------------------ taps
    def select_worker(self, badge: str) -> None:
        self.selected = None if badge == self.selected else badge
        for b, button in self.worker_buttons.items():
            self._mark(button, b == self.selected)
        if self.selected in self.worker_buttons:  # the selected person stays in view
            self.workers_pager.show_widget(self.worker_buttons[self.selected])
        self.feedback.clear()
        self._fill_tasks()

    def _mark(self, button: TouchButton, selected: bool) -> None:
        """The selected person, never by colour alone: the filled background, a thick border in the
        focus colour, and a check mark before the name (the initials stay on the card)."""
        button.setChecked(selected)
        button.setText(f"✔ {button.base_text}" if selected else button.base_text)
        p = self._theme.palette
        button.setStyleSheet(f"QPushButton {{ border: {self._theme.space('xs') + 2}px solid {p.focus}; }}"
                             if selected else "")
        button.setAccessibleDescription(self.tr("choisie") if selected else "")

    def choose_task(self, code: str) -> None:
        if self.selected is None:
            self.feedback.show_message("info", self.tr("Touchez d'abord une personne, puis la tâche."))
            return
        try:
            result = self._board.assign(self.selected, code)
        except DomainError as exc:
            self._sounds.play("error")
            self.feedback.show_message("error", say(exc))
            return
        self._sounds.play("ok")
        # People and tasks by their names, not their codes.
        text = self.tr("{0} affecté·e à {1} au poste {2}.").format(result.worker_name or result.worker,
                                                                   result.task_name or result.order, result.station)
        self.feedback.show_message("ok", " ".join([text, *(say(m) for m in self._board.cover_of(result.station,
                                                                                             result.order))]))
        self.selected = None
        self.refresh()

    # ------------------------------------------------------------------ help calls
    def refresh_alerts(self) -> None:
        clear_layout(self.alerts)
        self.alert_buttons = {}
        alerts = self._board.help_alerts()
        if {a.id for a in alerts} - self._known_calls:
            self._sounds.play("alert")  # a new call: heard, not only seen
        self._known_calls = {a.id for a in alerts}
        stock = self._board.stock_alerts()
        self.stock_alerts = []
        if stock:  # stations run low: pictogram + words, one line each in one frame (a frame each,
            # in the title's size, left room for one person a page at 1024x768)
            frame, self.stock_alerts = warning_lines(self._theme, [say(m) for m in stock])
            self.alerts.addWidget(frame)
        for alert in alerts:
            frame = QFrame()
            frame.setObjectName("feedback_error")
            row = QHBoxLayout(frame)
            icon = QLabel()
            icon.setPixmap(self._theme.pixmap("warning", self._theme.px(9)))
            at = alert.created_at.astimezone().strftime("%H:%M")
            if alert.kind == "quality":  # a kit waits aside: the call opens the checks page
                text = QLabel(self.tr("Contrôle qualité — {0} {1} ({2})").format(alert.station, alert.worker, at))
                button = TouchButton(self._theme, self.tr("Contrôler"),
                                     self.tr("Contrôler le kit de {0}").format(alert.station), icon="ok")
                button.clicked.connect(lambda _=False, i=alert.id: self.acknowledge(i, then_page=3))
            else:
                text = QLabel(self.tr("Appel à l'aide — {0} {1} ({2})").format(alert.station, alert.worker, at))
                button = TouchButton(self._theme, self.tr("J'arrive"),
                                     self.tr("Répondre à l'appel de {0}").format(alert.station), icon="ok")
                button.clicked.connect(lambda _=False, i=alert.id: self.acknowledge(i))
            text.setWordWrap(True)
            row.addWidget(icon)
            row.addWidget(text, 1)
            row.addWidget(button)
            self.alerts.addWidget(frame)
            self.alert_buttons[alert.id] = button

    def acknowledge(self, call_id, then_page: int | None = None) -> None:
        self._board.acknowledge(call_id)
        self.refresh_alerts()
        if then_page is not None:
            self.show_page(then_page)

    def stop(self) -> None:
        self._timer.stop()
        self.proposal.stop()
        self.proposal.wait()  # the search thread ends before the screen goes (it stops within ~50 ms)


