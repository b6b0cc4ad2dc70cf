"""The counsellor's restriction editor: every value set by tapping (choice buttons and − / +
steppers), never typed, dragged or double-tapped. Saving adds a restriction with its validity
period and author; the service audits it and refuses other roles."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from logins_desktop.services.auth import SignedIn
from logins_desktop.services.restrictions import RestrictionRecord, RestrictionService
from logins_desktop.services.types import DomainError, FineMotor, Hands, Posture, Restrictions
from logins_desktop.ui.i18n import say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


class Choice(QWidget):
    """One of a few values, as a row of toggle buttons (the chosen one stays pressed)."""

    def __init__(self, theme: Theme, label: str, options: list[tuple[object, str]], parent=None):
        super().__init__(parent)
        self.value = options[0][0]
        self.buttons: dict[object, TouchButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, text in options:
            button = TouchButton(theme, text, f"{label} : {text}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, v=value: self.set(v))
            row.addWidget(button)
            self.buttons[value] = button
        row.addStretch(1)
        self.set(self.value)

    def set(self, value) -> None:
        self.value = value
        for v, button in self.buttons.items():
            button.setChecked(v == value)


class Stepper(QWidget):
    """A number set with − and + (and "sans limite" for None)."""

    def __init__(self, theme: Theme, label: str, step: float, unit: str, none_text: str, parent=None):
        super().__init__(parent)
        self._step, self._unit, self._none_text = step, unit, none_text
        self.value: float | None = None
        self.text = QLabel()
        self.text.setMinimumWidth(theme.px(40))
        minus = TouchButton(theme, "", f"{label} : moins", icon="minus")
        plus = TouchButton(theme, "", f"{label} : plus", icon="plus")
        self.none_button = TouchButton(theme, none_text, f"{label} : {none_text}", icon="cancel")
        minus.clicked.connect(lambda: self.set(max(0.0, (self.value or 0.0) - self._step)))
        plus.clicked.connect(lambda: self.set((self.value or 0.0) + self._step))
        self.none_button.clicked.connect(lambda: self.set(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (minus, self.text, plus, self.none_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.set(None)

    def set(self, value: float | None) -> None:
        self.value = value
        self.text.setText(self._none_text if value is None else f"{value:g} {self._unit}")


class DateStepper(QWidget):
    """A date moved by a day or a week at a time; optionally open-ended."""

    def __init__(self, theme: Theme, label: str, open_text: str | None = None, parent=None):
        super().__init__(parent)
        self.value: date | None = date.today()
        self.text = QLabel()
        self.text.setMinimumWidth(theme.px(40))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, days, name in (("−7", -7, "moins une semaine"), ("−1", -1, "moins un jour")):
            button = TouchButton(theme, text, f"{label} : {name}")
            button.clicked.connect(lambda _=False, d=days: self.shift(d))
            row.addWidget(button)
        row.addWidget(self.text)
        for text, days, name in (("+1", 1, "plus un jour"), ("+7", 7, "plus une semaine")):
            button = TouchButton(theme, text, f"{label} : {name}")
            button.clicked.connect(lambda _=False, d=days: self.shift(d))
            row.addWidget(button)
        self._open_text = open_text
        if open_text:
            endless = TouchButton(theme, open_text, f"{label} : {open_text}", icon="cancel")
            endless.clicked.connect(lambda: self.set(None))
            row.addWidget(endless)
        row.addStretch(1)
        self.set(self.value)

    def shift(self, days: int) -> None:
        self.set((self.value or date.today()) + timedelta(days=days))

    def set(self, value: date | None) -> None:
        self.value = value
        self.text.setText(self._open_text if value is None else value.strftime("%d/%m/%Y"))


class RestrictionEditor(QWidget):
    saved = Signal()
    cancelled = Signal()

    def __init__(self, theme: Theme, service: RestrictionService, session: SignedIn, parent=None):
        super().__init__(parent)
        self._service, self._session = service, session
        self.badge: str | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.feedback = Feedback(theme, 0)
        no = self.tr("sans limite")
        self.load = Stepper(theme, self.tr("Charge maximale"), 1, "kg", no)
        self.hands = Choice(theme, self.tr("Mains"), [(None, self.tr("Deux mains")), (Hands.LEFT, self.tr("Main gauche")),
                                                       (Hands.RIGHT, self.tr("Main droite"))])
        self.posture = Choice(theme, self.tr("Posture"), [(None, self.tr("Indifférente")), (Posture.SEATED, self.tr("Assis")),
                                                          (Posture.STANDING, self.tr("Debout"))])
        self.overhead = Choice(theme, self.tr("Bras au-dessus des épaules"), [(None, self.tr("Possible")),
                                                                             (False, self.tr("Non"))])
        self.fine = Choice(theme, self.tr("Gestes fins"), [(None, self.tr("Normaux")), (FineMotor.LOW, self.tr("Limités")),
                                                           (FineMotor.NONE, self.tr("Aucun"))])
        self.reps = Stepper(theme, self.tr("Gestes par minute"), 1, "/min", no)
        self.continuous = Stepper(theme, self.tr("Minutes d'affilée sur tâche répétitive"), 15, "min", no)
        self.valid_from = DateStepper(theme, self.tr("Valable à partir du"))
        self.valid_until = DateStepper(theme, self.tr("Valable jusqu'au"), self.tr("sans fin"))
        # Two pages of rows (the body, then the pace and the dates), turned with large buttons:
        # nine rows of touch targets do not fit a 768 px panel, and nothing scrolls.
        self.form_pages = QStackedWidget()
        for rows in ([(self.tr("Charge maximale"), self.load), (self.tr("Mains"), self.hands),
                      (self.tr("Posture"), self.posture), (self.tr("Bras levés"), self.overhead),
                      (self.tr("Gestes fins"), self.fine)],
                     [(self.tr("Gestes / min"), self.reps), (self.tr("Minutes d'affilée"), self.continuous),
                      (self.tr("À partir du"), self.valid_from), (self.tr("Jusqu'au"), self.valid_until)]):
            page = QWidget()
            grid = QGridLayout(page)
            grid.setContentsMargins(0, 0, 0, 0)
            for row, (label, widget) in enumerate(rows):
                grid.addWidget(QLabel(label), row, 0)
                grid.addWidget(widget, row, 1)
            grid.setRowStretch(len(rows), 1)
            self.form_pages.addWidget(page)
        self.previous_page = TouchButton(theme, self.tr("Précédent"), self.tr("Restrictions : page précédente"),
                                         icon="back")
        self.next_page = TouchButton(theme, self.tr("Suivant"), self.tr("Restrictions : page suivante"), icon="next")
        self.page_label = QLabel()
        self.previous_page.clicked.connect(lambda: self.show_form_page(0))
        self.next_page.clicked.connect(lambda: self.show_form_page(1))
        self.save_button = TouchButton(theme, self.tr("Enregistrer"), icon="ok")
        self.save_button.clicked.connect(self.save)
        cancel = TouchButton(theme, self.tr("Annuler"), icon="cancel")
        cancel.clicked.connect(self.cancelled.emit)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(cancel)
        actions.addStretch(1)
        actions.addWidget(self.previous_page)
        actions.addWidget(self.page_label)
        actions.addWidget(self.next_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.feedback)
        layout.addWidget(self.form_pages, 1)
        layout.addLayout(actions)
        self.show_form_page(0)

    def show_form_page(self, index: int) -> None:
        self.form_pages.setCurrentIndex(index)
        self.page_label.setText(self.tr("page {0} / {1}").format(index + 1, self.form_pages.count()))
        self.previous_page.setEnabled(index > 0)
        self.next_page.setEnabled(index < self.form_pages.count() - 1)

    def edit(self, badge: str, name: str) -> None:
        """Load the person's current restriction (an audited read) into the controls."""
        self.badge = badge
        self.title.setText(self.tr("Restrictions fonctionnelles — {0}").format(name))
        self.feedback.clear()
        record: RestrictionRecord | None = self._service.current(badge, self._session)
        values = record.values if record else Restrictions()
        self.load.set(values.max_load_kg)
        self.hands.set(values.hands if values.hands != Hands.BOTH else None)
        self.posture.set(values.posture if values.posture != Posture.ANY else None)
        self.overhead.set(False if values.overhead_ok is False else None)
        self.fine.set(values.fine_motor if values.fine_motor != FineMotor.NORMAL else None)
        self.reps.set(values.max_reps_per_min)
        self.continuous.set(values.max_continuous_min)
        self.valid_from.set(date.today())
        self.valid_until.set(record.valid_until if record else None)
        self.show_form_page(0)

    def save(self) -> None:
        values = Restrictions(self.load.value, self.hands.value, self.posture.value, self.overhead.value,
                                   self.fine.value, self.reps.value, self.continuous.value)
        try:
            self._service.set(self.badge, values, self.valid_from.value, self.valid_until.value,
                              self._session)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc))
            return
        self.saved.emit()
