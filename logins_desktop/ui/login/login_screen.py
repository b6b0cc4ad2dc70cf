"""Login: scan a badge with any scanner, or tap your name card. Roles with rights confirm with a PIN."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from logins_desktop.messages import Message, msg, render
from logins_desktop.services.auth import AuthService, Person, SignedIn
from logins_desktop.services.types import lock_duration_words
from logins_desktop.ui.labels import role_label
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import Feedback, PersonCard, PinPad, TouchButton

log = logging.getLogger(__name__)


def _language() -> str:
    return QLocale().name()[:2]  # install_language sets the default locale to the screen's language


class LoginScreen(QWidget):
    logged_in = Signal(object)  # SignedIn (a PIN user) or Person (a worker: the window signs them in)

    COLUMNS, ROWS = 3, 3

    def __init__(self, theme: Theme, auth: AuthService, sounds: Sounds, feedback_seconds: float = 0.0, parent=None):
        super().__init__(parent)
        self._old_pin: str | None = None  # right but too short: kept only until the new PIN is set
        self._new_pin: str | None = None
        self._theme = theme
        self._auth = auth
        self._sounds = sounds
        self._people: list[Person] = []
        self._page = 0
        self._pending: Person | None = None
        self.cards: list[PersonCard] = []
        # While the chosen person is locked out: the time left, said again every second.
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._show_lock)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_people_page())
        self.pages.addWidget(self._build_pin_page())
        self.feedback = Feedback(theme, feedback_seconds)
        layout = QVBoxLayout(self)
        layout.addWidget(self.feedback)
        layout.addWidget(self.pages, 1)
        self.refresh_people()

    # ------------------------------------------------------------------ pages
    def _build_people_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        prompt = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self._theme.pixmap("badge", self._theme.px(14)))
        self.prompt = QLabel(self.tr("Scannez votre badge, ou touchez votre nom."))
        self.prompt.setObjectName("title")
        self.prompt.setWordWrap(True)
        prompt.addWidget(icon)
        prompt.addWidget(self.prompt, 1)
        layout.addLayout(prompt)
        self.grid = QGridLayout()
        layout.addLayout(self.grid, 1)
        nav = QHBoxLayout()
        self.previous = TouchButton(self._theme, self.tr("Précédents"), self.tr("Noms précédents"), icon="back", width_mm=45)
        self.next = TouchButton(self._theme, self.tr("Suivants"), self.tr("Noms suivants"), icon="next", width_mm=45)
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous.clicked.connect(lambda: self._show_page(self._page - 1))
        self.next.clicked.connect(lambda: self._show_page(self._page + 1))
        nav.addWidget(self.previous)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next)
        layout.addLayout(nav)
        return page

    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pin_title = QLabel()
        self.pin_title.setObjectName("title")
        self.pin_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.pin_title)
        self.pin_pad = PinPad(self._theme)
        self.pin_pad.submitted.connect(self._check_pin)
        # "Retour" beside the keypad, not under it: the keypad keeps its full size on a 768 px panel.
        self.cancel_pin = TouchButton(self._theme, self.tr("Retour"), self.tr("Retour à la liste des noms"), icon="back", width_mm=45)
        self.cancel_pin.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(self.cancel_pin, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.pin_pad, 0)
        row.addStretch(1)
        layout.addLayout(row, 1)
        return page

    # ------------------------------------------------------------------ people
    def refresh_people(self) -> None:
        self._people = self._auth.people()
        self._show_page(0)

    @property
    def page_size(self) -> int:
        return self.COLUMNS * self.ROWS

    def _show_page(self, page: int) -> None:
        pages = max(1, -(-len(self._people) // self.page_size))
        self._page = max(0, min(page, pages - 1))
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()  # deleteLater leaves it painted, over the new cards, until the loop is idle
            card.deleteLater()
        self.cards = []
        start = self._page * self.page_size
        for i, person in enumerate(self._people[start:start + self.page_size]):
            subtitle = role_label(person.role) if person.role else ""
            card = PersonCard(self._theme, person.display_name, person.initials, subtitle, photo=person.photo)
            card.clicked.connect(lambda _=False, p=person: self.choose(p))
            self.grid.addWidget(card, i // self.COLUMNS, i % self.COLUMNS)
            self.cards.append(card)
        self.page_label.setText(self.tr("Page {0} sur {1}").format(self._page + 1, pages))
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < pages - 1)

    # ------------------------------------------------------------------ actions
    def handle_badge(self, code: str) -> None:
        """A scan arrived while nobody is logged in: it can only be a badge."""
        person = self._auth.person_by_badge(code)
        if person is None:
            log.info("unknown badge scanned: %r", code)
            self._sounds.play("error")
            self.feedback.show_message("error", self.tr("Badge inconnu : « {0} ». Réessayez ou touchez votre nom.").format(code))
            return
        self.choose(person)

    def refuse(self, reason: str) -> None:
        """The station refused a scan made before anyone logged in: say why, loudly."""
        self._sounds.play("error")
        self.feedback.show_message("error", reason)

    def farewell(self, summary: str) -> None:
        """End of shift: the worker's own summary (kits, time), large, until the next person comes."""
        self.feedback.show_message("ok", summary)

    def choose(self, person: Person) -> None:
        if not person.needs_pin:
            self._login(person)
            return
        self._pending = person
        self._old_pin = self._new_pin = None
        self.feedback.clear()
        self.pin_title.setText(self.tr("{0} — tapez votre code").format(person.display_name))
        self.pin_pad.reset()
        self.pages.setCurrentIndex(1)
        self._show_lock()

    def _check_pin(self, pin: str) -> None:
        if self._pending is None:
            return
        if self._old_pin is not None:
            self._new_pin_entered(pin)
            return
        attempt = self._auth.sign_in(self._pending, pin)
        self._answer(attempt, pin)

    def _new_pin_entered(self, pin: str) -> None:
        """The keypad asks for a new PIN twice, then the service checks the old one again and sets it."""
        self.pin_pad.reset()
        if self._new_pin is None:
            self._new_pin = pin
            self.pin_title.setText(self.tr("{0} — confirmez le nouveau code").format(self._pending.display_name))
            self.feedback.show_message("info", render(msg("auth.pin_confirm"), _language()))
            return
        first, self._new_pin = self._new_pin, None
        if pin != first:
            self._sounds.play("error")
            self.pin_title.setText(self.tr("{0} — nouveau code").format(self._pending.display_name))
            self.feedback.show_message("error", render(msg("auth.pin_mismatch"), _language()))
            return
        self._answer(self._auth.change_short_pin(self._pending, self._old_pin, pin), self._old_pin)

    def _answer(self, attempt, pin: str) -> None:
        if attempt.session is not None:
            self._login(attempt.session)
            return
        self.pin_pad.reset()
        if attempt.pin_change is not None:  # right PIN, too short for the role: a new one first
            self._old_pin, self._new_pin = pin, None
            self.pin_title.setText(self.tr("{0} — nouveau code").format(self._pending.display_name))
            self.feedback.show_message("error" if attempt.refusal else "info",
                                       render(attempt.refusal or attempt.pin_change, _language()))
            if attempt.refusal:
                self._sounds.play("error")
            return
        self._old_pin = self._new_pin = None
        self._sounds.play("error")
        if attempt.locked_seconds is not None:
            self._show_lock(attempt.refusal)
        else:
            self.feedback.show_message("error", render(attempt.refusal, _language()))

    def _show_lock(self, first: Message | None = None) -> None:
        """Lock the keypad while the person is locked out, with the time left; open it again after."""
        person = self._pending
        left = self._auth.lock_left(person) if person is not None else None
        locked = left is not None
        self.pin_pad.setEnabled(not locked)
        if not locked:
            self._lock_timer.stop()
            if self.feedback.kind == "warning":
                self.feedback.clear()
            return
        message = first or msg("auth.locked", name=person.display_name, left=lock_duration_words(timedelta(seconds=left)))
        self.feedback.show_message("warning", render(message, _language()))
        if not self._lock_timer.isActive():
            self._lock_timer.start()

    def _login(self, who: SignedIn | Person) -> None:
        self._sounds.play("ok")
        self.reset()
        self.logged_in.emit(who)

    def reset(self) -> None:
        self._pending = None
        self._old_pin = self._new_pin = None  # a PIN change in progress is forgotten
        self._lock_timer.stop()
        self.pin_pad.setEnabled(True)
        self.pin_pad.reset()
        self.feedback.clear()
        self.pages.setCurrentIndex(0)

    @property
    def waiting_for_pin(self) -> bool:
        return self.pages.currentIndex() == 1
