"""A person's path on one screen, no scrolling: the contract, the accompaniment log (with "add an
interview"), immersions, trainings, the exit, the history of restrictions and who read the path.
Each section shows its latest lines; the reading itself is audited by the service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.services.auth import AuthService, SignedIn
from logins_desktop.services.insertion import (
    AccompanimentKind,
    DomainError,
    ExitOutcome,
    ImmersionOutcome,
    InsertionService,
    PersonPath,
)
from logins_desktop.ui.i18n import say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import Feedback, FitLabel, TouchButton

SHOWN = 6  # lines per section at most, the latest first; a card shows those it holds; the export gives all


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


class Section(QFrame):
    """One part of the path: its title and its latest lines, as many as its card holds at this
    size (a 1024x768 panel holds fewer); the rest is counted on a last line, never cut mid-line."""

    def __init__(self, theme: Theme, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.title = FitLabel(theme, title)
        self.layout_.addWidget(self.title)
        self.more = QLabel()
        self.more.setObjectName("muted")
        self.layout_.addWidget(self.more)
        self.layout_.addStretch(1)  # the lines stay under their title
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lines: list[QLabel] = []
        self._fitting = self._refit_pending = False

    def set_lines(self, lines: list[str]) -> None:
        for label in self.lines:
            label.hide()
            label.deleteLater()
        self.lines = []
        for text in lines:
            label = QLabel(text)
            label.setWordWrap(True)
            # The card's height comes from the grid, never from which lines it shows: shown or hidden,
            # a line must not change the room that decides whether it is shown.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            label.setMinimumHeight(label.fontMetrics().height())
            self.layout_.insertWidget(self.layout_.count() - 2, label)
            label.ensurePolished()  # measured below in the theme's type, not the default font
            self.lines.append(label)
        self._fit_lines()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Later, not inside the resize: showing or hiding a line resizes this card again, and
        # fitting from within its own resize recursed until the stack gave out.
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._refit)  # dropped if the card is gone meanwhile

    def _refit(self) -> None:
        self._refit_pending = False
        self._fit_lines()

    def _fit_lines(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit_lines_now()
        finally:
            self._fitting = False

    def _fit_lines_now(self) -> None:
        width = self.contentsRect().width() - self.layout_.contentsMargins().left() - self.layout_.contentsMargins().right()
        if width <= 0:
            return
        spacing = self.layout_.spacing()
        room = (self.contentsRect().height() - self.layout_.contentsMargins().top()
                - self.layout_.contentsMargins().bottom() - self.title.heightForWidth(width) - spacing)
        more_height = self.more.fontMetrics().height() + spacing
        shown = 0
        for n, label in enumerate(self.lines):
            need = label.heightForWidth(width) + spacing
            last = n == len(self.lines) - 1
            if need + (0 if last else more_height) > room:
                break
            room -= need
            shown += 1
        for n, label in enumerate(self.lines):
            if label.isHidden() != (n >= shown):  # only what changes: each change relays the card out
                label.setVisible(n < shown)
        hidden = len(self.lines) - shown
        more = self.tr("… et {0} de plus").format(hidden) if hidden else ""
        if self.more.text() != more:
            self.more.setText(more)
        if self.more.isHidden() != (hidden == 0):
            self.more.setVisible(hidden > 0)


class PathForm(QWidget):
    """A form of the path page: it says when it has saved or was cancelled; the page goes back."""

    saved = Signal()
    cancelled = Signal()

    def __init__(self, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(parent)
        self._insertion, self._session = insertion, session


class EntryForm(PathForm):
    """Add an interview by taps: its kind, its length, a short note (typed), the next step."""

    def __init__(self, theme: Theme, insertion: InsertionService, session: SignedIn, parent=None):
        super().__init__(insertion, session, parent)
        self.badge: str | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        words = kind_words(self)
        kinds = QGridLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[AccompanimentKind, TouchButton] = {}
        for n, kind in enumerate(AccompanimentKind):
            button = TouchButton(theme, words[kind])
            button.setCheckable(True)
            self.kind_group.addButton(button)
            kinds.addWidget(button, n // 4, n % 4)
            self.kind_buttons[kind] = button
        layout.addLayout(kinds)
        minutes = QHBoxLayout()
        self.minute_group = QButtonGroup(self)
        self.minute_buttons: dict[int, TouchButton] = {}
        for value in (15, 30, 45, 60, 90):
            button = TouchButton(theme, self.tr("{0} min").format(value), self.tr("{0} minutes").format(value))
            button.setCheckable(True)
            self.minute_group.addButton(button)
            minutes.addWidget(button)
            self.minute_buttons[value] = button
        layout.addLayout(minutes)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note courte (visible par vous seule ou seul)"))
        self.note.setAccessibleName(self.tr("Note de l'entretien"))
        self.note.setMinimumHeight(theme.target_px)
        texts = QHBoxLayout()  # side by side: the form fits a 768 px panel
        texts.addWidget(self.note)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("Prochaine étape"))
        self.next_step.setAccessibleName(self.tr("Prochaine étape"))
        self.next_step.setMinimumHeight(theme.target_px)
        texts.addWidget(self.next_step)
        layout.addLayout(texts)
        self.feedback = Feedback(theme, 0)
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.save_button = TouchButton(theme, self.tr("Enregistrer l'entretien"), icon="ok")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), icon="back")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def start(self, badge: str, name: str) -> None:
        self.badge = badge
        self.title.setText(self.tr("Nouvel entretien avec {0}").format(name))
        for group in (self.kind_group, self.minute_group):
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        self.minute_buttons[30].setChecked(True)
        self.note.clear()
        self.next_step.clear()
        self.feedback.clear()

    def save(self) -> None:
        kind = next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)
        if kind is None:
            self.feedback.show_message("info", self.tr("Touchez d'abord le sujet de l'entretien."))
            return
        minutes = next(m for m, b in self.minute_buttons.items() if b.isChecked())
        try:
            self._insertion.add_entry(self._session, self.badge, kind, date.today(), minutes, self.note.text(),
                                      self.next_step.text())
        except DomainError as exc:  # a refusal from the service, in words
            self.feedback.show_message("error", say(exc.message) if exc.message else str(exc))
            return
        self.saved.emit()


def kind_words(widget: QWidget) -> dict[AccompanimentKind, str]:
    tr = widget.tr
    return {
        AccompanimentKind.PROFESSIONAL_PROJECT: tr("Projet professionnel"),
        AccompanimentKind.JOB_SEARCH: tr("Recherche d'emploi"),
        AccompanimentKind.TRAINING: tr("Formation"),
        AccompanimentKind.HEALTH_ACCESS: tr("Accès aux soins"),
        AccompanimentKind.HOUSING: tr("Logement"),
        AccompanimentKind.ADMINISTRATIVE: tr("Démarches"),
        AccompanimentKind.BUDGET: tr("Budget"),
        AccompanimentKind.MOBILITY: tr("Mobilité"),
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
        self.day = date.today()
        layout = QVBoxLayout(self)
        self.title = FitLabel(theme)
        layout.addWidget(self.title)
        days = QHBoxLayout()
        self.day_buttons: list[TouchButton] = []
        for step, text, name in ((-7, self.tr("−7 j"), self.tr("Une semaine plus tôt")),
                                 (-1, self.tr("−1 j"), self.tr("Un jour plus tôt"))):
            button = TouchButton(theme, text, name, icon="minus")
            button.clicked.connect(lambda _=False, n=step: self._move(n))
            days.addWidget(button)
            self.day_buttons.append(button)
        self.day_label = QLabel()
        self.day_label.setObjectName("title")
        self.day_label.setAccessibleName(self.tr("Date de sortie"))
        days.addWidget(self.day_label, 1)
        for step, text, name in ((1, self.tr("+1 j"), self.tr("Un jour plus tard")),
                                 (7, self.tr("+7 j"), self.tr("Une semaine plus tard"))):
            button = TouchButton(theme, text, name, icon="plus")
            button.clicked.connect(lambda _=False, n=step: self._move(n))
            days.addWidget(button)
            self.day_buttons.append(button)
        layout.addLayout(days)
        outcomes = QGridLayout()
        self.outcome_buttons: dict[ExitOutcome, TouchButton] = {}
        words = outcome_words(self)
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
        self.day = day or date.today()
        self.feedback.clear()
        self._show_day()

    def _move(self, days: int) -> None:
        self.day = date.fromordinal(self.day.toordinal() + days)
        self._show_day()

    def _show_day(self) -> None:
        plan = self.tr(" (prévue)") if self.day > date.today() else ""
        self.day_label.setText(_d(self.day) + plan)

    def save(self, outcome: ExitOutcome) -> None:
        try:
            self._insertion.record_exit(self._session, self.badge, self.day, outcome)
        except DomainError as exc:  # a refusal from the service, in words
            self.feedback.show_message("error", say(exc.message) if exc.message else str(exc))
            return
        self.saved.emit()


class PathPage(QWidget):
    back = Signal()
    passport_requested = Signal(str, str)  # badge, name

    def __init__(self, theme: Theme, insertion: InsertionService, auth: AuthService, session: SignedIn, parent=None):
        super().__init__(parent)
        self._insertion, self._auth, self._session = insertion, auth, session
        self.path: PersonPath | None = None
        self.pages = QStackedWidget()
        view = QWidget()
        layout = QVBoxLayout(view)
        self.name = QLabel()
        self.name.setObjectName("huge")
        layout.addWidget(self.name)
        self.feedback = Feedback(theme, 0)
        layout.addWidget(self.feedback)
        grid = QGridLayout()
        self.contract = Section(theme, self.tr("Contrat"))
        self.entries = Section(theme, self.tr("Accompagnement"))
        self.immersions = Section(theme, self.tr("Immersions"))
        self.trainings = Section(theme, self.tr("Formations"))
        self.restrictions = Section(theme, self.tr("Restrictions"))
        self.reads = Section(theme, self.tr("Qui a lu ce parcours"))
        for n, section in enumerate((self.contract, self.entries, self.immersions, self.trainings, self.restrictions,
                                     self.reads)):
            grid.addWidget(section, n // 3, n % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid, 1)
        buttons = QHBoxLayout()
        self.add_button = TouchButton(theme, self.tr("Ajouter un entretien"), icon="info")
        self.add_button.clicked.connect(self._add_entry)
        self.passport_button = TouchButton(theme, self.tr("Passeport de compétences"), icon="badge")
        self.passport_button.clicked.connect(lambda: self.passport_requested.emit(self.path.badge, self.path.name))
        self.outcome_button = TouchButton(theme, self.tr("Résultat de l'immersion"), icon="ok")
        self.outcome_button.clicked.connect(self._record_outcome)
        self.exit_button = TouchButton(theme, self.tr("Sortie"), self.tr("Noter la sortie ou la sortie prévue"),
                                       icon="logout")
        self.exit_button.clicked.connect(self._record_exit)
        self.back_button = TouchButton(theme, self.tr("Retour"), icon="back")
        self.back_button.clicked.connect(self.back.emit)
        for b in (self.add_button, self.outcome_button, self.exit_button, self.passport_button, self.back_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.form = EntryForm(theme, insertion, session)
        self.form.saved.connect(self._entry_saved)
        self.form.cancelled.connect(lambda: self.pages.setCurrentIndex(0))
        self.outcome_form = ImmersionOutcomeForm(theme, insertion, session)
        self.outcome_form.saved.connect(self._outcome_saved)
        self.outcome_form.cancelled.connect(lambda: self.pages.setCurrentIndex(0))
        self.exit_form = ExitForm(theme, insertion, session)
        self.exit_form.saved.connect(self._exit_saved)
        self.exit_form.cancelled.connect(lambda: self.pages.setCurrentIndex(0))
        self.pages.addWidget(view)
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.outcome_form)
        self.pages.addWidget(self.exit_form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def show_person(self, badge: str) -> None:
        p = self.path = self._insertion.path(self._session, badge)
        self.pages.setCurrentIndex(0)
        self.name.setText(p.name)
        # The latest first: what a small panel leaves out is the oldest.
        contract = []
        if p.exit_day:
            contract.append(self.tr("Sortie le {0} : {1}").format(_d(p.exit_day), outcome_words(self)[p.exit_outcome]))
        if p.maximum:
            contract.append(self.tr("Durée maximale atteinte le {0}").format(_d(p.maximum)))
        contract += [self.tr("Du {0} au {1}, {2} h par semaine{3}").format(
            _d(c.start), _d(c.end), f"{c.weekly_hours:g}",
            self.tr(" (renouvellement)") if c.kind.value == "renewal" else "") for c in reversed(p.periods)]
        contract += [self.tr("Suspendu du {0} au {1} : {2}").format(_d(s.start), _d(s.end), s.reason)
                     for s in reversed(p.suspensions[-SHOWN:])]
        self.contract.set_lines(contract or [self.tr("Pas de contrat enregistré.")])
        words = kind_words(self)
        self.entries.set_lines([
            self.tr("{0} — {1}, {2} min{3}").format(_d(e.day), words[AccompanimentKind(e.kind)], e.minutes,
                                                   f" : {e.note}" if e.note else "")
            for e in p.entries[:SHOWN]] or [self.tr("Aucun entretien.")])
        self.immersions.set_lines([
            self.tr("{0}, du {1} au {2}{3}").format(i.host, _d(i.start), _d(i.end),
                                                   "" if i.outcome else self.tr(" — résultat à noter"))
            for i in reversed(p.immersions[-SHOWN:])] or [self.tr("Aucune.")])
        self.trainings.set_lines([
            self.tr("{0} : {1} h sur {2} h{3}").format(t.title, f"{t.done_hours:g}", f"{t.planned_hours:g}",
                                                     self.tr(", obtenu le {0}").format(_d(t.obtained_on))
                                                     if t.obtained_on else "")
            for t in reversed(p.trainings[-SHOWN:])] or [self.tr("Aucune.")])
        self.restrictions.set_lines([
            self.tr("Depuis le {0}{1} : {2}").format(_d(r.valid_from),
                                                     self.tr(" jusqu'au {0}").format(_d(r.valid_until))
                                                     if r.valid_until else "",
                                                     r.words or self.tr("aucune"))
            for r in reversed(p.restrictions[-SHOWN:])] or [self.tr("Aucune.")])
        what = {"path.read": self.tr("le parcours"), "restriction.read": self.tr("les restrictions"),
                "passport.read": self.tr("le passeport"), "privacy.export": self.tr("l'export des données")}
        self.open_immersion = next((i for i in p.immersions if i.outcome is None and i.end < date.today()), None)
        self.outcome_button.setVisible(self.open_immersion is not None)  # only when there is one to record
        self.reads.set_lines([self.tr("{0} — {1} : {2}").format(line.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                                                                self._who(line.who), what.get(line.what, line.what))
                              for line in self._insertion.read_log(self._session, badge, SHOWN + 1)])

    def _who(self, key: str) -> str:
        try:
            return self._auth.person(key).display_name
        except DomainError:  # a worker (their own passport) or a user since removed: the key itself
            person = self._auth.person_by_badge(key)
            return person.display_name if person else key

    def _add_entry(self) -> None:
        self.form.start(self.path.badge, self.path.name)
        self.pages.setCurrentIndex(1)

    def _record_outcome(self) -> None:
        self.outcome_form.start(self.open_immersion.id, self.open_immersion.host)
        self.pages.setCurrentIndex(2)

    def _record_exit(self) -> None:
        self.exit_form.start(self.path.badge, self.path.name, self.path.exit_day)
        self.pages.setCurrentWidget(self.exit_form)

    def _exit_saved(self) -> None:
        self.show_person(self.path.badge)
        self.feedback.show_message("ok", self.tr("Sortie enregistrée pour {0}.").format(self.path.name))

    def _outcome_saved(self) -> None:
        self.show_person(self.path.badge)
        self.feedback.show_message("ok", self.tr("Résultat de l'immersion enregistré pour {0}.").format(self.path.name))

    def _entry_saved(self) -> None:
        self.show_person(self.path.badge)
        self.feedback.show_message("ok", self.tr("Entretien enregistré pour {0}.").format(self.path.name))


def outcome_words(widget: QWidget) -> dict[str, str]:
    tr = widget.tr
    return {"cdi": tr("CDI"), "cdd_6m_plus": tr("CDD de 6 mois ou plus"), "creation": tr("création d'entreprise"),
            "cdd_under_6m": tr("CDD de moins de 6 mois"), "interim": tr("intérim"), "contrat_aide": tr("contrat aidé"),
            "training": tr("formation qualifiante"), "siae": tr("autre structure d'insertion"), "other": tr("autre"),
            "neutral": tr("sortie neutre")}
