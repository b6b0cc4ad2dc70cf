"""A person's path on one screen, no scrolling: the contract, the accompaniment log (with "add an
interview"), immersions, trainings, the exit, the history of restrictions and who read the path.
Each section shows its latest lines, and a tap on its card shows them all, in pages; the reading
itself is audited by the service."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.services.auth import AuthService, SignedIn
from logins_desktop.services.insertion import AccompanimentKind, DomainError, InsertionService, PersonPath
from logins_desktop.ui.i18n import say
from logins_desktop.ui.insertion.path_forms import (
    EndContractForm,
    EntryForm,
    ExitForm,
    ImmersionForm,
    ImmersionOutcomeForm,
    RenewalForm,
    SuspensionForm,
    TrainingForm,
    TrainingProgressForm,
    _d,
    end_cause_words,
    kind_words,
    outcome_words,
    suspension_words,
)
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.pager import paged
from logins_desktop.ui.widgets.touch import Feedback, FitLabel, TouchButton

SHOWN = 6  # lines a card lays out at most, the latest first; it shows those it holds, its full list the rest
READS_LISTED = 200  # the latest reads of the path in the full list (the audit trail keeps them all)


class Section(QPushButton):
    """One part of the path: its title and its latest lines, as many as its card holds at this
    size (a 1024x768 panel holds fewer), never cut mid-line; the rest is counted on a last line. The
    whole card is a button (as the login's name cards are): a tap shows every line (`see_all`);
    a button of its own under the lines would take the room of the lines it stands for."""

    see_all = Signal()

    def __init__(self, theme: Theme, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.heading = title
        self.all_lines: list[str] = []
        self.layout_ = QVBoxLayout(self)
        self.title = FitLabel(theme, title)
        self.layout_.addWidget(self.title)
        self.more = QLabel()
        self.more.setObjectName("muted")
        self.more.setWordWrap(True)
        self.more.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.layout_.addWidget(self.more)
        self.layout_.addStretch(1)  # the lines stay under their title
        for label in (self.title, self.more):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.clicked.connect(self.see_all.emit)
        self.lines: list[QLabel] = []
        self._fitting = self._refit_pending = False

    def set_lines(self, lines: list[str]) -> None:
        """All the section's lines, the latest first: the card lays out the first few."""
        self.all_lines = list(lines)
        self.setAccessibleName(self.tr("{0} : voir les {1} lignes").format(self.heading, len(lines)))
        for label in self.lines:
            label.hide()
            label.deleteLater()
        self.lines = []
        for text in lines[:SHOWN]:
            label = QLabel(text)
            label.setWordWrap(True)
            # The card's height comes from the grid, never from which lines it shows: shown or hidden,
            # a line must not change the room that decides whether it is shown.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            label.setMinimumHeight(label.fontMetrics().height())
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a tap is the card's
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
        # The count's line as long as it can get (every line but one hidden), wrapped at this width.
        longest = self._more_words(len(self.all_lines))
        more_height = self.more.fontMetrics().boundingRect(
            QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, longest).height() + spacing
        shown = 0
        for n, label in enumerate(self.lines):
            need = label.heightForWidth(width) + spacing
            last = n == len(self.all_lines) - 1
            if need + (0 if last else more_height) > room:
                break
            room -= need
            shown += 1
        for n, label in enumerate(self.lines):
            if label.isHidden() != (n >= shown):  # only what changes: each change relays the card out
                label.setVisible(n < shown)
        hidden = len(self.all_lines) - shown
        more = self._more_words(hidden) if hidden else ""
        if self.more.text() != more:
            self.more.setText(more)
        if self.more.isHidden() != (hidden == 0):
            self.more.setVisible(hidden > 0)

    def _more_words(self, hidden: int) -> str:
        return self.tr("… et {0} de plus : tout voir").format(hidden)


class SectionList(QWidget):
    """Every line of one section of the path, in pages (a tap on its card)."""

    back = Signal()

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = FitLabel(theme)
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        self.lines.setSpacing(theme.space("xs"))  # one entry from the next, at a glance
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read, never tapped: the page buttons turn it
        self.lines.setAccessibleName(self.tr("Lignes de la section"))
        layout.addWidget(paged(theme, self.lines, self.tr("lignes de la section")), 1)
        self.back_button = TouchButton(theme, self.tr("Retour au parcours"), icon="back")
        self.back_button.clicked.connect(self.back.emit)
        layout.addWidget(self.back_button)

    def show_lines(self, title: str, lines: list[str]) -> None:
        self.title.setText(title)
        self.lines.clear()
        self.lines.addItems(lines)
        self.lines.scrollToTop()


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
        self.add_button = TouchButton(theme, self.tr("Ajouter"), self.tr("Ajouter au parcours"), icon="plus")
        self.add_button.clicked.connect(lambda: self._open(self.chooser))
        self.passport_button = TouchButton(theme, self.tr("Passeport de compétences"), icon="badge")
        self.passport_button.clicked.connect(lambda: self.passport_requested.emit(self.path.badge, self.path.name))
        self.outcome_button = TouchButton(theme, self.tr("Résultat de l'immersion"), icon="ok")
        self.outcome_button.clicked.connect(self._record_outcome)
        # The path completed (a tick), not the app's logout door.
        self.exit_button = TouchButton(theme, self.tr("Sortie"), self.tr("Noter la sortie ou la sortie prévue"),
                                       icon="check")
        self.exit_button.clicked.connect(self._record_exit)
        self.back_button = TouchButton(theme, self.tr("Retour"), icon="back")
        self.back_button.clicked.connect(self.back.emit)
        for b in (self.add_button, self.outcome_button, self.exit_button, self.passport_button, self.back_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.pages.addWidget(view)
        self.form = EntryForm(theme, insertion, session)
        self.outcome_form = ImmersionOutcomeForm(theme, insertion, session)
        self.exit_form = ExitForm(theme, insertion, session)
        self.immersion_form = ImmersionForm(theme, insertion, session)
        self.training_form = TrainingForm(theme, insertion, session)
        self.renewal_form = RenewalForm(theme, insertion, session)
        self.suspension_form = SuspensionForm(theme, insertion, session)
        self.end_form = EndContractForm(theme, insertion, session)
        self.progress_form = TrainingProgressForm(theme, insertion, session)
        done = {self.form: self.tr("Entretien enregistré pour {0}."),
                self.outcome_form: self.tr("Résultat de l'immersion enregistré pour {0}."),
                self.exit_form: self.tr("Sortie enregistrée pour {0}."),
                self.immersion_form: self.tr("Immersion enregistrée pour {0}."),
                self.training_form: self.tr("Formation enregistrée pour {0}."),
                self.renewal_form: self.tr("Renouvellement enregistré pour {0}."),
                self.suspension_form: self.tr("Suspension enregistrée pour {0}."),
                self.end_form: self.tr("Fin du contrat enregistrée pour {0}."),
                self.progress_form: self.tr("Avancement de la formation enregistré pour {0}.")}
        for form, words in done.items():
            form.saved.connect(lambda w=words: self._saved(w))
            form.cancelled.connect(lambda: self.pages.setCurrentIndex(0))
            self.pages.addWidget(form)
        self.chooser = self._make_chooser(theme)
        self.pages.addWidget(self.chooser)
        self.full_list = SectionList(theme)
        self.full_list.back.connect(lambda: self.pages.setCurrentIndex(0))
        self.pages.addWidget(self.full_list)
        for section in (self.contract, self.entries, self.immersions, self.trainings, self.restrictions, self.reads):
            section.see_all.connect(lambda s=section: self._show_all(s))
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
            contract.append(self.tr("Sortie le {0} : {1}").format(_d(p.exit_day), outcome_words()[p.exit_outcome]))
        if p.maximum:
            contract.append(self.tr("Durée maximale atteinte le {0}").format(_d(p.maximum)))
        contract += [self.tr("Du {0} au {1}, {2} h par semaine{3}").format(
            _d(c.start), _d(c.end), f"{c.weekly_hours:g}",
            self.tr(" (renouvellement)") if c.kind.value == "renewal" else "") for c in reversed(p.periods)]
        if p.ended_on:
            cause = end_cause_words().get(p.end_cause, p.end_cause)  # a cause typed at the command line: as written
            contract.insert(0, self.tr("Contrat terminé le {0} : {1}").format(_d(p.ended_on), cause))
        reasons = suspension_words()
        contract += [self.tr("Suspendu du {0} au {1} : {2}").format(_d(s.start), _d(s.end), reasons.get(s.reason, s.reason))
                     for s in reversed(p.suspensions)]
        self.contract.set_lines(contract or [self.tr("Pas de contrat enregistré.")])
        words = kind_words()
        self.entries.set_lines([
            self.tr("{0} — {1}, {2} min{3}").format(_d(e.day), words[AccompanimentKind(e.kind)], e.minutes,
                                                   self.tr(" : {0}").format(e.note) if e.note else "")
            for e in p.entries] or [self.tr("Aucun entretien.")])
        self.immersions.set_lines([
            self.tr("{0}, du {1} au {2}{3}").format(i.host, _d(i.start), _d(i.end),
                                                   "" if i.outcome else self.tr(" — résultat à noter"))
            for i in reversed(p.immersions)] or [self.tr("Aucune.")])
        self.trainings.set_lines([
            self.tr("{0} : {1} h sur {2} h{3}").format(t.title, f"{t.done_hours:g}", f"{t.planned_hours:g}",
                                                     self.tr(", obtenu le {0}").format(_d(t.obtained_on))
                                                     if t.obtained_on else "")
            for t in reversed(p.trainings)] or [self.tr("Aucune.")])
        self.restrictions.set_lines([
            self.tr("Depuis le {0}{1} : {2}").format(_d(r.valid_from),
                                                     self.tr(" jusqu'au {0}").format(_d(r.valid_until))
                                                     if r.valid_until else "",
                                                     say(r.words) if r.words else self.tr("aucune"))
            for r in reversed(p.restrictions)] or [self.tr("Aucune.")])
        what = {"path.read": self.tr("le parcours"), "restriction.read": self.tr("les restrictions"),
                "passport.read": self.tr("le passeport"), "privacy.export": self.tr("l'export des données")}
        self.open_immersion = next((i for i in p.immersions if i.outcome is None and i.end < date.today()), None)
        self.outcome_button.setVisible(self.open_immersion is not None)  # only when there is one to record
        self.choice_buttons["progress"].setVisible(bool(p.trainings))  # a training's progress once there is one
        reads = self._insertion.read_log(self._session, badge, READS_LISTED)
        names = {key: self._who(key) for key in {line.who for line in reads}}  # a few readers, many reads
        self.reads.set_lines([self.tr("{0} — {1} : {2}").format(line.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                                                                names[line.who], what.get(line.what, line.what))
                              for line in reads])

    def _who(self, key: str) -> str:
        try:
            return self._auth.person(key).display_name
        except DomainError:  # a worker (their own passport) or a user since removed: the key itself
            person = self._auth.person_by_badge(key)
            return person.display_name if person else key

    def _make_chooser(self, theme: Theme) -> QWidget:
        """What to add to the path or change in it: one large button each (the page's own row holds five)."""
        chooser = QWidget()
        layout = QVBoxLayout(chooser)
        self.chooser_title = FitLabel(theme)
        layout.addWidget(self.chooser_title)
        grid = QGridLayout()
        self.choice_buttons: dict[str, TouchButton] = {}
        for n, (key, text, icon, action) in enumerate((
                ("entry", self.tr("Un entretien"), "info", self._add_entry),
                ("immersion", self.tr("Une immersion"), "next", self._add_immersion),
                ("training", self.tr("Une formation"), "badge", self._add_training),
                ("progress", self.tr("Avancement d'une formation"), "ok", self._add_progress),
                ("renewal", self.tr("Un renouvellement"), "history", self._add_renewal),
                ("suspension", self.tr("Une suspension"), "pause", self._add_suspension),
                ("end", self.tr("Une fin anticipée du contrat"), "cancel", self._add_end))):
            button = TouchButton(theme, text, icon=icon)
            button.clicked.connect(action)
            grid.addWidget(button, n // 3, n % 3)
            self.choice_buttons[key] = button
        cancel = TouchButton(theme, self.tr("Annuler"), icon="back")
        cancel.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        grid.addWidget(cancel, 2, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        return chooser

    def _show_all(self, section: Section) -> None:
        self.full_list.show_lines(self.tr("{0} — {1}").format(section.heading, self.path.name), section.all_lines)
        self._open(self.full_list)

    def _open(self, page: QWidget) -> None:
        if page is self.chooser:
            self.chooser_title.setText(self.tr("Ajouter au parcours de {0}").format(self.path.name))
        self.pages.setCurrentWidget(page)

    def _add_entry(self) -> None:
        self.form.start(self.path.badge, self.path.name)
        self._open(self.form)

    def _add_immersion(self) -> None:
        self.immersion_form.start(self.path.badge, self.path.name)
        self._open(self.immersion_form)

    def _add_training(self) -> None:
        self.training_form.start(self.path.badge, self.path.name)
        self._open(self.training_form)

    def _add_progress(self) -> None:
        self.progress_form.start(self.path.badge, self.path.name, self.path.trainings)
        self._open(self.progress_form)

    def _add_end(self) -> None:
        self.end_form.start(self.path.badge, self.path.name)
        self._open(self.end_form)

    def _add_renewal(self) -> None:
        last = self.path.periods[-1] if self.path.periods else None
        self.renewal_form.start(self.path.badge, self.path.name, last.end + timedelta(days=1) if last else None,
                                last.weekly_hours if last else None)
        self._open(self.renewal_form)

    def _add_suspension(self) -> None:
        self.suspension_form.start(self.path.badge, self.path.name)
        self._open(self.suspension_form)

    def _record_outcome(self) -> None:
        self.outcome_form.start(self.open_immersion.id, self.open_immersion.host)
        self._open(self.outcome_form)

    def _record_exit(self) -> None:
        self.exit_form.start(self.path.badge, self.path.name, self.path.exit_day)
        self._open(self.exit_form)

    def _saved(self, words: str) -> None:
        self.show_person(self.path.badge)
        self.feedback.show_message("ok", words.format(self.path.name))
