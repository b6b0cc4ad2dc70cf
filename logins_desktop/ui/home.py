"""Home screens by role. The manager's stock view is in ui/stock; these show orders and workers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.services.auth import Person
from logins_desktop.services.overview import OverviewService
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.tables import fill_table, touch_table


def _table(theme: Theme, headers: list[str], rows: list[list[str]], name: str):
    table = touch_table(theme, headers, name)
    fill_table(table, rows)
    return table


class OrdersHome(QWidget):
    """A worker at a station not known to the database: the orders running, kits done over ordered."""

    def __init__(self, theme: Theme, overview: OverviewService, person: Person, greeting: str = "", parent=None):
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
             o.due_date.strftime("%d/%m/%Y") if o.due_date else "", o.status]
            for o in overview.orders()
        ]
        headers = [self.tr("Commande"), self.tr("Client"), self.tr("Produit"), self.tr("Faits / commandés"),
                   self.tr("Échéance"), self.tr("État")]
        self.table = _table(theme, headers, rows, self.tr("Commandes en cours"))
        layout.addWidget(self.table, 1)


class WorkersHome(QWidget):
    """Insertion counsellor: workers with contracts and functional restrictions (reads are audited)."""

    def __init__(self, theme: Theme, overview: OverviewService, person: Person, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Personnes accompagnées et restrictions fonctionnelles"))
        title.setObjectName("title")
        layout.addWidget(title)
        note = QLabel(self.tr("Seules des restrictions fonctionnelles sont enregistrées, jamais de diagnostic."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        rows = [
            [w.badge, w.name, w.contract_start.strftime("%d/%m/%Y") if w.contract_start else "",
             w.contract_end.strftime("%d/%m/%Y") if w.contract_end else "", w.restrictions or self.tr("aucune")]
            for w in overview.workers_with_restrictions(person.key)
        ]
        headers = [self.tr("Badge"), self.tr("Nom"), self.tr("Début de contrat"), self.tr("Fin de contrat"),
                   self.tr("Restrictions")]
        self.table = _table(theme, headers, rows, self.tr("Personnes et restrictions"))
        layout.addWidget(self.table, 1)
