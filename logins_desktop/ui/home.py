"""Home screens by role. The manager's stock view is in ui/stock; these show orders and workers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.messages import msg
from logins_desktop.services.auth import SignedIn
from logins_desktop.services.overview import OverviewService
from logins_desktop.services.profiles import ProfileService
from logins_desktop.services.restrictions import RestrictionService
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import say
from logins_desktop.ui.profile_editor import ProfileEditor
from logins_desktop.ui.restriction_editor import RestrictionEditor
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.tables import fill_table, paged_table, touch_table
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


def _table(theme: Theme, headers: list[str], rows: list[list[str]], name: str):
    table = touch_table(theme, headers, name)
    fill_table(table, rows)
    return table


class OrdersHome(QWidget):
    """A worker at a station not known to the database: the orders running, kits done over ordered."""

    def __init__(self, theme: Theme, overview: OverviewService, session: SignedIn, greeting: str = "", parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        if greeting:
            hello = QLabel(greeting)
            hello.setObjectName("huge")
            hello.setWordWrap(True)
            layout.addWidget(hello)
        title = QLabel(self.tr("Commandes en cours"))
        title.setObjectName("title")
        layout.addWidget(title)
        rows = [
            [o.ref, o.customer, o.product, f"{o.done} / {o.quantity}",
             o.due_date.strftime("%d/%m/%Y") if o.due_date else "", say(o.status)]
            for o in overview.orders()
        ]
        headers = [self.tr("Commande"), self.tr("Client"), self.tr("Produit"), self.tr("Faits / commandés"),
                   self.tr("Échéance"), self.tr("État")]
        self.table = _table(theme, headers, rows, self.tr("Commandes en cours"))
        layout.addWidget(paged_table(theme, self.table), 1)


class WorkersHome(QWidget):
    """Insertion counsellor: workers with contracts and functional restrictions (reads are audited);
    tap a row, then "Modifier" to set a person's restrictions with a validity period."""

    def __init__(self, theme: Theme, overview: OverviewService, session: SignedIn,
                 restrictions: RestrictionService, profiles: ProfileService | None = None, parent=None):
        super().__init__(parent)
        self._overview, self._session = overview, session
        self._badges: list[tuple[str, str]] = []
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        title = QLabel(self.tr("Personnes accompagnées et restrictions fonctionnelles"))
        title.setObjectName("title")
        layout.addWidget(title)
        note = QLabel(self.tr("Seules des restrictions fonctionnelles sont enregistrées, jamais de diagnostic."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.feedback = Feedback(theme, 0)
        layout.addWidget(self.feedback)
        headers = [self.tr("Badge"), self.tr("Nom"), self.tr("Début de contrat"), self.tr("Fin de contrat"),
                   self.tr("Restrictions")]
        self.table = touch_table(theme, headers, self.tr("Personnes et restrictions"))
        layout.addWidget(paged_table(theme, self.table), 1)
        self.edit_button = TouchButton(theme, self.tr("Modifier les restrictions de la personne choisie"), icon="info")
        self.edit_button.clicked.connect(self.edit_selected)
        layout.addWidget(self.edit_button)
        self.profile_editor = None
        if profiles is not None:  # each person's own accessibility profile, applied at their badge login
            self.profile_button = TouchButton(theme, self.tr("Réglages d'accessibilité de la personne choisie"),
                                              icon="settings")
            self.profile_button.clicked.connect(self.edit_profile)
            layout.addWidget(self.profile_button)
            # The counsellor's own screen is not restyled by the preview: the values are only saved.
            self.profile_editor = ProfileEditor(theme, profiles, session)
            self.profile_editor.saved.connect(
                lambda _p: self.feedback.show_message("ok", say(msg("profile.saved", name=self.profile_editor.name))))
            self.profile_editor.closed.connect(lambda: self.pages.setCurrentIndex(0))
        self.editor = RestrictionEditor(theme, restrictions, session)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(lambda: self.pages.setCurrentIndex(0))
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.editor)
        if self.profile_editor is not None:
            self.pages.addWidget(self.profile_editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.reload()

    def reload(self) -> None:
        lines = self._overview.workers_with_restrictions(self._session)
        self._badges = [(w.badge, w.name) for w in lines]
        fill_table(self.table, [
            [w.badge, w.name, w.contract_start.strftime("%d/%m/%Y") if w.contract_start else "",
             w.contract_end.strftime("%d/%m/%Y") if w.contract_end else "", say(w.restrictions) or self.tr("aucune")]
            for w in lines])

    def edit_selected(self) -> None:
        self._open_editor(self.editor)

    def edit_profile(self) -> None:
        self._open_editor(self.profile_editor)

    def _open_editor(self, editor) -> None:
        """The chosen person's restrictions or accessibility profile, on its page; a refusal in words."""
        row = self.table.currentIndex().row()
        if row < 0:
            self.feedback.show_message("info", self.tr("Touchez d'abord une personne dans la liste."))
            return
        badge, name = self._badges[row]
        try:
            editor.edit(badge, name)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc))
            return
        self.feedback.clear()
        self.pages.setCurrentWidget(editor)

    def _saved(self) -> None:
        self.pages.setCurrentIndex(0)
        self.reload()
        name = dict(self._badges).get(self.editor.badge, self.editor.badge)  # the name, never the badge
        self.feedback.show_message("ok", self.tr("Restrictions enregistrées pour {0}.").format(name))
