"""The forms of a person's path, each a page over the path (no dialog, no keyboard needed but for
a name or a note): an interview, an immersion and its outcome, a training and its progress, a
contract renewal, a suspension, an early end of the contract, the exit. Dates move by days and weeks from a starting day; amounts are chosen from
steps or typed on the large number pad. Every rule is the service's: a refusal shows on the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.services.auth import SignedIn
from logins_desktop.services.insertion import (
    AccompanimentKind,
    ContractKind,
    ContractPeriod,
    DomainError,
    EndCause,
    ExitOutcome,
    ImmersionOutcome,
    InsertionService,
    Suspension,
    SuspensionReason,
    TrainingView,
    add_months,
)
from logins_desktop.ui.i18n import say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.keypad import NumberPad
from logins_desktop.ui.widgets.touch import Feedback, FitLabel, TouchButton


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


class DayPicker(QWidget):
    """A day chosen by taps: a week or a day earlier or later, the day shown large between."""

    changed = Signal(object)  # the new date

    def __init__(self, theme: Theme, name: str, note: Callable[[date], str] = lambda day: "", parent=None):
        super().__init__(parent)
        self._note = note
        self.day = date.today()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[TouchButton] = []
        self.label = QLabel()
        self.label.setObjectName("title")
        self.label.setAccessibleName(name)
        steps = ((-7, self.tr("−7 j"), self.tr("Une semaine plus tôt"), "minus"),
                 (-1, self.tr("−1 j"), self.tr("Un jour plus tôt"), "minus"),
                 (1, self.tr("+1 j"), self.tr("Un jour plus tard"), "plus"),
                 (7, self.tr("+7 j"), self.tr("Une semaine plus tard"), "plus"))
        for n, (step, text, words, icon) in enumerate(steps):
            if n == 2:
                row.addWidget(self.label, 1)
            button = TouchButton(theme, text, words, icon=icon)
            button.clicked.connect(lambda _=False, days=step: self.set_day(self.day + timedelta(days=days)))
            row.addWidget(button)
            self.buttons.append(button)
        self.set_day(self.day)

    def set_day(self, day: date) -> None:
        self.day = day
        self.label.setText(_d(day) + self._note(day))
        self.changed.emit(day)


def choice_row(theme: Theme, parent: QWidget, choices: list[tuple], columns: int = 0
               ) -> tuple[QGridLayout, dict[object, TouchButton]]:
    """One of a few values by one tap: checkable buttons, one checked at a time. A choice is
    (value, words) or (value, words, accessible name)."""
    grid = QGridLayout()
    group = QButtonGroup(parent)
    buttons = {}
    for n, (value, text, *name) in enumerate(choices):
        button = TouchButton(theme, text, *name)
        button.setCheckable(True)
        group.addButton(button)
        grid.addWidget(button, n // columns if columns else 0, n % columns if columns else n)
        buttons[value] = button
    return grid, buttons


def chosen(buttons: dict) -> object | None:
    return next((value for value, button in buttons.items() if button.isChecked()), None)


def clear_choice(buttons: dict) -> None:
    """None of the buttons checked: their group lets go of its one checked button only while it
    is not exclusive (setChecked(False) alone leaves the last choice checked)."""
    group = next(iter(buttons.values())).group()
    group.setExclusive(False)
    for button in buttons.values():
        button.setChecked(False)
    group.setExclusive(True)


def text_field(theme: Theme, placeholder: str, name: str | None = None) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(name or placeholder)
    field.setMinimumHeight(theme.target_px)
    return field


class HoursStepper(QWidget):
    """A number of hours by steps of a week's seven hours, or any number typed on the large pad
    (opened over `host`, the form)."""

    changed = Signal(int)

    def __init__(self, theme: Theme, host: QWidget, name: str, typed_name: str, words: Callable[[int], str],
                 least: int = 0, parent=None):
        super().__init__(parent)
        self._words, self._least = words, least
        self.value = least
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("title")
        self.label.setAccessibleName(name)
        self.buttons: dict[int, TouchButton] = {}
        for step, text, words in ((-7, self.tr("−7 h"), self.tr("Sept heures de moins")),
                                  (7, self.tr("+7 h"), self.tr("Sept heures de plus"))):
            button = TouchButton(theme, text, words, icon="minus" if step < 0 else "plus")
            button.clicked.connect(lambda _=False, n=step: self.set_value(self.value + n))
            self.buttons[step] = button
        self.pad = NumberPad(theme, name, 5000, host)
        self.pad.chosen.connect(self.set_value)
        self.pad_button = TouchButton(theme, "", typed_name, icon="keyboard")
        self.pad_button.clicked.connect(lambda: self.pad.open_over(host, self.value))
        for widget in (self.buttons[-7], self.label, self.buttons[7], self.pad_button):
            row.addWidget(widget, 1 if widget is self.label else 0)
        self.set_value(least)

    def set_value(self, hours: int) -> None:
        self.value = max(self._least, min(5000, hours))
        self.label.setText(self._words(self.value))
        self.changed.emit(self.value)


class PathForm(QWidget):
    """A form of the path page: it says when it has saved or was cancelled; the page goes back."""

    saved = Signal()
    cancelled = Signal()

    def __init__(self, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(parent)
        self._insertion, self._session = insertion, session

    def _save_and_cancel(self, theme: Theme, save_words: str) -> QHBoxLayout:
        """The form's Enregistrer (in its own words) and Annuler, side by side."""
        row = QHBoxLayout()
        self.save_button = TouchButton(theme, save_words, icon="ok")
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), icon="back")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        return row

    def _saved_by(self, save: Callable[[], object]) -> None:
        """Save, then say so; a refusal from the service stays on the form, in words."""
        try:
            save()
        except DomainError as exc:
            self.feedback.show_message("error", say(exc.message) if exc.message else str(exc))
            return
        self.saved.emit()


class EntryForm(PathForm):
    """Add an interview by taps: its kind, its length, a short note (typed), the next step."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(insertion, session, parent)
        self.badge: str | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        words = kind_words()
        kinds, self.kind_buttons = choice_row(theme, self, [(k, words[k]) for k in AccompanimentKind], columns=4)
        layout.addLayout(kinds)
        minutes, self.minute_buttons = choice_row(theme, self, [
            (value, self.tr("{0} min").format(value), self.tr("{0} minutes").format(value))
            for value in (15, 30, 45, 60, 90)])
        layout.addLayout(minutes)
        self.note = text_field(theme, self.tr("Note courte (visible par vous seule ou seul)"),
                               self.tr("Note de l'entretien"))
        texts = QHBoxLayout()  # side by side: the form fits a 768 px panel
        texts.addWidget(self.note)
        self.next_step = text_field(theme, self.tr("Prochaine étape"))
        texts.addWidget(self.next_step)
        layout.addLayout(texts)
        self.feedback = Feedback(theme, 0)
        layout.addWidget(self.feedback)
        layout.addLayout(self._save_and_cancel(theme, self.tr("Enregistrer l'entretien")))
        layout.addStretch(1)

    def start(self, badge: str, name: str) -> None:
        self.badge = badge
        self.title.setText(self.tr("Nouvel entretien avec {0}").format(name))
        clear_choice(self.kind_buttons)
        self.minute_buttons[30].setChecked(True)
        self.note.clear()
        self.next_step.clear()
        self.feedback.clear()

    def save(self) -> None:
        kind = chosen(self.kind_buttons)
        if kind is None:
            self.feedback.show_message("info", self.tr("Touchez d'abord le sujet de l'entretien."))
            return
        minutes = chosen(self.minute_buttons)
        self._saved_by(lambda: self._insertion.add_entry(self._session, self.badge, kind, date.today(), minutes,
                                                         self.note.text(), self.next_step.text()))


# The path's words shared by its forms and its page have their own translation context, "PathWords":
# a module function's `widget.tr` left them in no context, where the English translation is never
# looked up (the English path read "Projet professionnel").
def kind_words() -> dict[AccompanimentKind, str]:
    return {
        AccompanimentKind.PROFESSIONAL_PROJECT: QCoreApplication.translate("PathWords", "Projet professionnel"),
        AccompanimentKind.JOB_SEARCH: QCoreApplication.translate("PathWords", "Recherche d'emploi"),
        AccompanimentKind.TRAINING: QCoreApplication.translate("PathWords", "Formation"),
        AccompanimentKind.HEALTH_ACCESS: QCoreApplication.translate("PathWords", "Accès aux soins"),
        AccompanimentKind.HOUSING: QCoreApplication.translate("PathWords", "Logement"),
        AccompanimentKind.ADMINISTRATIVE: QCoreApplication.translate("PathWords", "Démarches"),
        AccompanimentKind.BUDGET: QCoreApplication.translate("PathWords", "Budget"),
        AccompanimentKind.MOBILITY: QCoreApplication.translate("PathWords", "Mobilité"),
    }


class ImmersionOutcomeForm(PathForm):
    """The outcome of an immersion that has none (an alert on the home), in one tap."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(insertion, session, parent)
        self.immersion_id = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.outcome_buttons: dict[ImmersionOutcome, TouchButton] = {}
        words = {ImmersionOutcome.HIRED: self.tr("L'entreprise propose un emploi"),
                 ImmersionOutcome.CONFIRMED: self.tr("Le projet est confirmé"),
                 ImmersionOutcome.NOT_CONFIRMED: self.tr("Le projet n'est pas confirmé"),
                 ImmersionOutcome.INTERRUPTED: self.tr("Immersion interrompue")}
        for outcome, text in words.items():
            button = TouchButton(theme, text)
            button.clicked.connect(lambda _=False, o=outcome: self.save(o))
            layout.addWidget(button)
            self.outcome_buttons[outcome] = button
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), icon="back")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)

    def start(self, immersion_id, host: str) -> None:
        self.immersion_id = immersion_id
        self.title.setText(self.tr("Résultat de l'immersion chez {0}").format(host))

    def save(self, outcome: ImmersionOutcome) -> None:
        self._insertion.set_immersion_outcome(self._session, self.immersion_id, outcome)
        self.saved.emit()


class ExitForm(PathForm):
    """The exit, or the exit plan (a date to come), by taps: the day moved by days or weeks from
    today, the outcome in the official categories; recorded again, it replaces the previous one."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(insertion, session, parent)
        self.badge: str | None = None
        layout = QVBoxLayout(self)
        self.title = FitLabel(theme)
        layout.addWidget(self.title)
        self.picker = DayPicker(theme, self.tr("Date de sortie"),
                                lambda day: self.tr(" (prévue)") if day > date.today() else "")
        self.day_buttons, self.day_label = self.picker.buttons, self.picker.label
        layout.addWidget(self.picker)
        outcomes = QGridLayout()
        self.outcome_buttons: dict[ExitOutcome, TouchButton] = {}
        words = outcome_words()
        for n, outcome in enumerate(ExitOutcome):
            word = words[outcome.value]
            button = TouchButton(theme, word[:1].upper() + word[1:])  # a button's words start with a capital
            button.clicked.connect(lambda _=False, o=outcome: self.save(o))
            outcomes.addWidget(button, n // 3, n % 3)
            self.outcome_buttons[outcome] = button
        layout.addLayout(outcomes)
        self.feedback = Feedback(theme, 0)
        layout.addWidget(self.feedback)
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), icon="back")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)

    def start(self, badge: str, name: str, day: date | None = None) -> None:
        self.badge = badge
        self.title.setText(self.tr("Sortie de {0} : touchez le jour puis le résultat").format(name))
        self.picker.set_day(day or date.today())
        self.feedback.clear()

    @property
    def day(self) -> date:
        return self.picker.day

    def save(self, outcome: ExitOutcome) -> None:
        self._saved_by(lambda: self._insertion.record_exit(self._session, self.badge, self.day, outcome))




def outcome_words() -> dict[str, str]:
    return {
        "cdi": QCoreApplication.translate("PathWords", "CDI"),
        "cdd_6m_plus": QCoreApplication.translate("PathWords", "CDD de 6 mois ou plus"),
        "creation": QCoreApplication.translate("PathWords", "création d'entreprise"),
        "cdd_under_6m": QCoreApplication.translate("PathWords", "CDD de moins de 6 mois"),
        "interim": QCoreApplication.translate("PathWords", "intérim"),
        "contrat_aide": QCoreApplication.translate("PathWords", "contrat aidé"),
        "training": QCoreApplication.translate("PathWords", "formation qualifiante"),
        "siae": QCoreApplication.translate("PathWords", "autre structure d'insertion"),
        "other": QCoreApplication.translate("PathWords", "autre"),
        "neutral": QCoreApplication.translate("PathWords", "sortie neutre"),
    }


class _DatedForm(PathForm):
    """A form with its title, its fields, a day to start from, its feedback, Enregistrer and Annuler."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, save_words: str,
                 day_name: str, parent=None):
        super().__init__(insertion, session, parent)
        self.badge: str | None = None
        self.name = ""
        self.layout_ = QVBoxLayout(self)
        self.title = FitLabel(theme)
        self.layout_.addWidget(self.title)
        self.fields = QVBoxLayout()
        self.layout_.addLayout(self.fields)
        self.picker = DayPicker(theme, day_name)
        self.layout_.addWidget(self.picker)
        self.feedback = Feedback(theme, 0)
        buttons = self._save_and_cancel(theme, save_words)
        self.after_day = QVBoxLayout()
        self.layout_.addLayout(self.after_day)
        self.layout_.addWidget(self.feedback)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)

    def start(self, badge: str, name: str, day: date | None = None) -> None:
        self.badge, self.name = badge, name
        self.picker.set_day(day or date.today())
        for field in self.findChildren(QLineEdit):
            field.clear()
        self.feedback.clear()

    def save(self) -> None:
        raise NotImplementedError


class ImmersionForm(_DatedForm):
    """An immersion in a company (PMSMP): the host, the goal, the tutor, the first day, its length
    in weeks (a convention lasts at most a month: the service says so when it is longer)."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(theme, insertion, session, self.tr("Enregistrer l'immersion"), self.tr("Premier jour"),
                         parent)
        texts = QHBoxLayout()
        self.host = text_field(theme, self.tr("Entreprise d'accueil"))
        self.goal = text_field(theme, self.tr("Objectif (découvrir un métier…)"))
        self.tutor = text_field(theme, self.tr("Tuteur ou tutrice"))
        for field in (self.host, self.goal, self.tutor):
            texts.addWidget(field)
        self.fields.addLayout(texts)
        weeks, self.week_buttons = choice_row(theme, self, [(n, self.tr("{0} sem.").format(n)) for n in (1, 2, 3, 4)])
        self.after_day.addLayout(weeks)

    def start(self, badge: str, name: str, day: date | None = None) -> None:
        super().start(badge, name, day)
        self.title.setText(self.tr("Immersion de {0} : l'entreprise, le premier jour, la durée").format(name))
        self.week_buttons[2].setChecked(True)

    def save(self) -> None:
        first = self.picker.day
        last = first + timedelta(days=7 * chosen(self.week_buttons) - 1)
        self._saved_by(lambda: self._insertion.add_immersion(self._session, self.badge, self.host.text(), first, last,
                                                             self.goal.text(), self.tutor.text()))


CERTIFICATIONS = ("CléA", "CACES", "Titre professionnel", "RSFP")  # as stored: the certification's own name


class TrainingForm(_DatedForm):
    """A training: its title, the certification sought (one tap), the first day, the hours planned
    (steps, or any number on the pad)."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(theme, insertion, session, self.tr("Enregistrer la formation"), self.tr("Premier jour"),
                         parent)
        self.course = text_field(theme, self.tr("Intitulé de la formation"))
        self.fields.addWidget(self.course)
        # Each spelled out for the translation (a variable's text is never extracted).
        names = {"CléA": "CléA", "CACES": "CACES", "Titre professionnel": self.tr("Titre professionnel"),
                 "RSFP": "RSFP"}
        words = [(c, names[c]) for c in CERTIFICATIONS] + [("", self.tr("Sans certification"))]
        certifications, self.certification_buttons = choice_row(theme, self, words)
        self.fields.addLayout(certifications)
        self.stepper = HoursStepper(theme, self, self.tr("Heures prévues"), self.tr("Taper le nombre d'heures prévues"),
                                    lambda hours: self.tr("{0} h prévues").format(hours), least=1)
        self.hours_label, self.hour_buttons = self.stepper.label, self.stepper.buttons
        self.pad, self.pad_button = self.stepper.pad, self.stepper.pad_button
        self.after_day.addWidget(self.stepper)

    @property
    def hours(self) -> int:
        return self.stepper.value

    def start(self, badge: str, name: str, day: date | None = None) -> None:
        super().start(badge, name, day)
        self.title.setText(self.tr("Formation de {0} : l'intitulé, la certification, les heures").format(name))
        self.certification_buttons[""].setChecked(True)
        self.stepper.set_value(35)

    def save(self) -> None:
        certification = chosen(self.certification_buttons) or ""
        self._saved_by(lambda: self._insertion.add_training(self._session, self.badge, self.course.text(),
                                                            self.picker.day, float(self.hours),
                                                            certification=certification))


class RenewalForm(_DatedForm):
    """A renewal of the contract: from the day after the current end, for some months, at some
    weekly hours; one that would pass the maximum is refused with the day the maximum is reached."""

    WEEKLY_HOURS = (20, 24, 26, 30, 35)

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(theme, insertion, session, self.tr("Enregistrer le renouvellement"),
                         self.tr("Début du renouvellement"), parent)
        months, self.month_buttons = choice_row(theme, self, [(n, self.tr("{0} mois").format(n)) for n in (3, 4, 6, 12)])
        self.after_day.addLayout(months)
        hours, self.weekly_buttons = choice_row(theme, self, [(h, self.tr("{0} h / sem.").format(h))
                                                              for h in self.WEEKLY_HOURS])
        self.after_day.addLayout(hours)

    def start(self, badge: str, name: str, day: date | None = None, weekly_hours: float | None = None) -> None:
        super().start(badge, name, day)
        self.title.setText(self.tr("Renouvellement du contrat de {0}").format(name))
        self.month_buttons[6].setChecked(True)
        hours = min(self.WEEKLY_HOURS, key=lambda h: abs(h - (weekly_hours or 26)))
        self.weekly_buttons[hours].setChecked(True)

    def save(self) -> None:
        first = self.picker.day
        period = ContractPeriod(first, add_months(first, chosen(self.month_buttons)) - timedelta(days=1),
                                float(chosen(self.weekly_buttons)), ContractKind.RENEWAL)
        self._saved_by(lambda: self._insertion.add_contract(self._session, self.badge, period, source="écran"))


class SuspensionForm(_DatedForm):
    """A suspension of the contract: why (one tap), the first day, how many days."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(theme, insertion, session, self.tr("Enregistrer la suspension"), self.tr("Premier jour"),
                         parent)
        words = suspension_words()
        # The reason is kept as its code: the path reads it in whoever's language opens it.
        grid, self.reason_buttons = choice_row(theme, self, [(r, words[r]) for r in SuspensionReason])
        self.fields.addLayout(grid)
        days, self.day_buttons = choice_row(theme, self, [(n, self.tr("{0} jours").format(n)) for n in (3, 7, 14, 30)])
        self.after_day.addLayout(days)

    def start(self, badge: str, name: str, day: date | None = None) -> None:
        super().start(badge, name, day)
        self.title.setText(self.tr("Suspension du contrat de {0} : le motif, le premier jour, la durée").format(name))
        clear_choice(self.reason_buttons)  # the last person's reason is not this one's
        self.day_buttons[7].setChecked(True)

    def save(self) -> None:
        reason = chosen(self.reason_buttons)
        if reason is None:
            self.feedback.show_message("info", self.tr("Touchez d'abord le motif de la suspension."))
            return
        first = self.picker.day
        suspension = Suspension(first, first + timedelta(days=chosen(self.day_buttons) - 1), reason.value)
        self._saved_by(lambda: self._insertion.add_suspension(self._session, self.badge, suspension))


def suspension_words() -> dict[str, str]:
    return {SuspensionReason.SICK_LEAVE: QCoreApplication.translate("PathWords", "Arrêt maladie"),
            SuspensionReason.COMPANY_IMMERSION: QCoreApplication.translate("PathWords", "Immersion en entreprise"),
            SuspensionReason.TRIAL_ELSEWHERE: QCoreApplication.translate("PathWords", "Période d'essai ailleurs"),
            SuspensionReason.OTHER: QCoreApplication.translate("PathWords", "Autre motif")}


def end_cause_words() -> dict[str, str]:
    return {EndCause.HIRED_ELSEWHERE: QCoreApplication.translate("PathWords", "Embauche dans une autre entreprise"),
            EndCause.MUTUAL_AGREEMENT: QCoreApplication.translate("PathWords", "Rupture d'un commun accord"),
            EndCause.TRIAL_PERIOD: QCoreApplication.translate("PathWords", "Pendant la période d'essai"),
            EndCause.INAPTITUDE: QCoreApplication.translate("PathWords", "Inaptitude"),
            EndCause.SERIOUS_MISCONDUCT: QCoreApplication.translate("PathWords", "Faute grave"),
            EndCause.FORCE_MAJEURE: QCoreApplication.translate("PathWords", "Force majeure"),
            EndCause.OTHER: QCoreApplication.translate("PathWords", "Autre cause")}


class EndContractForm(_DatedForm):
    """The contract ends before its planned end: the last day, then the cause (one tap). The exit
    itself (where the person goes) is recorded apart, with Sortie."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(theme, insertion, session, self.tr("Enregistrer la fin du contrat"),
                         self.tr("Dernier jour du contrat"), parent)
        words = end_cause_words()
        causes, self.cause_buttons = choice_row(theme, self, [(c, words[c]) for c in EndCause], columns=4)
        self.after_day.addLayout(causes)

    def start(self, badge: str, name: str, day: date | None = None) -> None:
        super().start(badge, name, day)
        self.title.setText(self.tr("Fin anticipée du contrat de {0} : le dernier jour, la cause").format(name))
        clear_choice(self.cause_buttons)  # a cause is never chosen in advance

    def save(self) -> None:
        cause = chosen(self.cause_buttons)
        if cause is None:
            self.feedback.show_message("info", self.tr("Touchez d'abord la cause de la fin du contrat."))
            return
        day = self.picker.day
        self._saved_by(lambda: self._insertion.end_contract(self._session, self.badge, day, cause.value))


class TrainingProgressForm(PathForm):
    """Where a training stands: which one (one tap, the latest first), the hours done so far, and,
    when it is, the day its certification was obtained."""

    SHOWN = 4  # the latest trainings: a row of four buttons

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(insertion, session, parent)
        self._theme = theme
        self.trainings: dict[object, TrainingView] = {}
        layout = QVBoxLayout(self)
        self.title = FitLabel(theme)
        layout.addWidget(self.title)
        self.choices = QHBoxLayout()
        layout.addLayout(self.choices)
        self.training_buttons: dict[object, TouchButton] = {}
        self._group = QButtonGroup(self)
        self.stepper = HoursStepper(theme, self, self.tr("Heures faites"), self.tr("Taper le nombre d'heures faites"),
                                    lambda hours: self._hours_words(hours))
        layout.addWidget(self.stepper)
        self.obtained_button = TouchButton(theme, self.tr("Certification obtenue"), icon="check")
        self.obtained_button.setCheckable(True)
        self.obtained_button.toggled.connect(self._show_obtained)
        layout.addWidget(self.obtained_button)
        self.picker = DayPicker(theme, self.tr("Jour de l'obtention"))
        layout.addWidget(self.picker)
        self.feedback = Feedback(theme, 0)
        layout.addWidget(self.feedback)
        layout.addLayout(self._save_and_cancel(theme, self.tr("Enregistrer l'avancement")))
        layout.addStretch(1)

    def _hours_words(self, hours: int) -> str:
        training = self.training
        if training is None or not training.planned_hours:
            return self.tr("{0} h faites").format(hours)
        return self.tr("{0} h faites sur {1} h").format(hours, f"{training.planned_hours:g}")

    @property
    def training(self) -> TrainingView | None:
        picked = chosen(self.training_buttons) if self.training_buttons else None
        return self.trainings.get(picked)

    def start(self, badge: str, name: str, trainings: tuple[TrainingView, ...]) -> None:
        """`trainings` as the path has them (oldest first); the latest few are offered."""
        self.title.setText(self.tr("Avancement de la formation de {0}").format(name))
        for button in self.training_buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.training_buttons.clear()
        self.trainings = {t.id: t for t in reversed(trainings[-self.SHOWN:])}
        for training in self.trainings.values():
            button = TouchButton(self._theme, training.title)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=training: self._pick(t))
            self._group.addButton(button)
            self.choices.addWidget(button)
            self.training_buttons[training.id] = button
        self.feedback.clear()
        latest = next(iter(self.trainings.values()), None)
        if latest is not None:
            self.training_buttons[latest.id].setChecked(True)
            self._pick(latest)

    def _pick(self, training: TrainingView) -> None:
        self.stepper.set_value(int(round(training.done_hours)))
        self.obtained_button.setChecked(training.obtained_on is not None)
        self.picker.set_day(training.obtained_on or date.today())
        self._show_obtained(training.obtained_on is not None)

    def _show_obtained(self, obtained: bool) -> None:
        self.picker.setVisible(obtained)  # a day to set only once the certification is obtained

    def save(self) -> None:
        training = self.training
        if training is None:
            self.feedback.show_message("info", self.tr("Touchez d'abord la formation."))
            return
        obtained = self.picker.day if self.obtained_button.isChecked() else None
        hours = float(self.stepper.value)
        self._saved_by(lambda: self._insertion.record_training_progress(self._session, training.id, hours, obtained))
