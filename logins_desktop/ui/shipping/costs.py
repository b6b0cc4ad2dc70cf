"""The console's costs page: each order's kits, minutes per kit against the quote, revenue and margin
(services.costing), and the order's PDF statement or its customer's monthly invoice written by touch.

The list is paged with large previous/next buttons (never a scroll bar); the month and the format
of an invoice are chosen with buttons, and the files go to the documents folder the composition
root gives, named after the order or the customer and month: no keyboard, no file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.messages.core import format_number
from logins_desktop.services.costing import CostService, OrderCostView
from logins_desktop.services.documents import file_part
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.pager import fit_columns
from logins_desktop.ui.widgets.tables import fill_table, touch_table
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


def _months(today: date) -> tuple[str, str]:
    """The month before this one and this one, as YYYY-MM."""
    previous = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
    return previous.strftime("%Y-%m"), today.strftime("%Y-%m")


class CostsPage(QWidget):
    rate_requested = Signal(object)  # the chosen order's OrderCostView: edit its customer's rate for the kit
    pace_requested = Signal(str)  # the chosen order's reference: its minutes per kit over time
    PER_PAGE = 4  # large rows, paged: never a scroll bar; fewer where the height is short
    DETAIL_LINES = 4  # an order's detail, wrapped at 1024 px

    def __init__(self, theme: Theme, costs: CostService, documents: Path,
                 today: Callable[[], date] = date.today):
        super().__init__()
        self._theme, self._costs, self._today = theme, costs, today
        self.documents = Path(documents)
        self._page = 0
        self._views: list[OrderCostView] = []
        self.month: str | None = None
        self.title = QLabel(self.tr("Coûts et revenus des commandes"))
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.rate_button = TouchButton(theme, self.tr("Tarif"),
                                       self.tr("Changer le tarif du client pour le kit de la commande choisie"),
                                       icon="settings")
        self.rate_button.clicked.connect(self._edit_rate)
        self.pace_button = TouchButton(theme, self.tr("Temps par kit"),
                                       self.tr("Les minutes par kit de la commande choisie, heure par heure, "
                                               "contre le devis"), icon="history")
        self.pace_button.clicked.connect(self._show_pace)
        self.table = touch_table(theme, [self.tr("Commande"), self.tr("Client"), self.tr("Kits"),
                                         self.tr("min / kit"), self.tr("Devis min / kit"), self.tr("Chiffre d'affaires (€)"),
                                         self.tr("Marge (€)")], self.tr("Coût de chaque commande"))
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        fit_columns(self.table)  # each column as wide as its header and its longest word
        self.per_page = 0
        self._set_rows(self.PER_PAGE)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QLabel(self.tr("Touchez une commande : ce qu'elle a coûté et rapporté s'affiche ici."))
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Détail de la commande"))

        # Choosing an invoice: the month, then the format; each a large button.
        self.choices = QWidget()
        choices = QHBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        self.choice_label = QLabel()
        self.choice_label.setWordWrap(True)
        choices.addWidget(self.choice_label, 1)
        self.month_buttons: dict[str, TouchButton] = {}
        for month in _months(self._today()):
            button = TouchButton(theme, month, self.tr("Facturer le mois {0}").format(month), icon="history")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=month: self._choose_month(m))
            choices.addWidget(button)
            self.month_buttons[month] = button
        self.excel_button = TouchButton(theme, self.tr("Excel"), self.tr("Écrire la facture en Excel (.xlsx)"), icon="ok")
        self.excel_button.clicked.connect(lambda: self.write_invoice(".xlsx"))
        self.csv_button = TouchButton(theme, self.tr("CSV"), self.tr("Écrire la facture en CSV"), icon="ok")
        self.csv_button.clicked.connect(lambda: self.write_invoice(".csv"))
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), self.tr("Ne pas écrire de facture"), icon="back")
        self.cancel_button.clicked.connect(self._hide_choices)
        for button in (self.excel_button, self.csv_button, self.cancel_button):
            choices.addWidget(button)
        self.choices.hide()

        self.feedback = Feedback(theme, 0)
        self.back_button = TouchButton(theme, self.tr("Stock"), self.tr("Retour au stock"), icon="back")
        self.previous = TouchButton(theme, self.tr("Précédent"), self.tr("Page précédente des commandes"), icon="back")
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.page_label = QLabel()
        self.next = TouchButton(theme, self.tr("Suivant"), self.tr("Page suivante des commandes"), icon="next")
        self.next.clicked.connect(lambda: self._turn(1))
        self.statement_button = TouchButton(theme, self.tr("Relevé PDF"),
                                            self.tr("Écrire le relevé PDF de la commande choisie"), icon="box")
        self.statement_button.clicked.connect(self.write_statement)
        self.invoice_button = TouchButton(theme, self.tr("Facture du mois"),
                                          self.tr("Écrire la facture du mois du client de la commande choisie"),
                                          icon="box")
        self.invoice_button.clicked.connect(self._show_choices)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.previous)
        bottom.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        bottom.addWidget(self.next)
        bottom.addWidget(self.statement_button)
        bottom.addWidget(self.invoice_button)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pace_button)
        top.addWidget(self.rate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addWidget(self.choices)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.refresh()

    # ------------------------------------------------------------------ the list
    def _set_rows(self, rows: int) -> None:
        header = self.table.horizontalHeader().sizeHint().height()
        self.per_page = rows
        frame = 2 * self.table.frameWidth()
        # One row at least, `rows` at most: its height must not be what keeps the window tall.
        self.table.setMinimumHeight(header + self._theme.row_px + frame)
        self.table.setMaximumHeight(header + rows * self._theme.row_px + frame)

    def resizeEvent(self, event) -> None:
        """As many orders a page as the height holds beside the title, the detail and the buttons
        (a 768 px panel: 3), so the detail never lies over the table."""
        super().resizeEvent(event)
        theme, spacing = self._theme, max(0, self.layout().spacing())
        others = (max(self.title.sizeHint().height(), theme.target_px) + self.table.horizontalHeader().sizeHint().height()
                  + 2 * self.table.frameWidth() + self.DETAIL_LINES * self.detail.fontMetrics().lineSpacing()
                  + 2 * theme.target_px + 6 * spacing)  # the buttons' row, and the feedback's
        rows = max(1, min(self.PER_PAGE, (self.height() - others) // theme.row_px))
        if rows != self.per_page:
            first = self._page * self.per_page
            self._set_rows(rows)
            self._page = first // rows  # the same orders stay in view
            self.refresh()

    def _turn(self, step: int) -> None:
        self._page += step
        self.refresh()

    def refresh(self) -> None:
        lang = current_language()
        total = self._costs.count_orders()
        pages = max(1, -(-total // self.per_page))
        self._page = min(max(0, self._page), pages - 1)
        self._views = self._costs.orders(self._page * self.per_page, self.per_page)

        def amount(value) -> str:
            return "—" if value is None else format_number(value, lang)

        def minutes(value) -> str:
            return "—" if value is None else format_number(value, lang)

        fill_table(self.table, [[v.ref, v.customer, format_number(v.cost.kits, lang), minutes(v.minutes_per_kit),
                                 minutes(v.standard_minutes), amount(v.cost.revenue), amount(v.cost.margin)]
                                for v in self._views])
        self.page_label.setText(self.tr("page {0} / {1}").format(self._page + 1, pages))
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < pages - 1)
        if self._views and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._show_detail()

    def selected(self) -> OrderCostView | None:
        row = self.table.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _show_detail(self) -> None:
        view = self.selected()
        self.statement_button.setEnabled(view is not None)
        self.invoice_button.setEnabled(view is not None)
        self.rate_button.setEnabled(view is not None)
        self.pace_button.setEnabled(view is not None)
        if view is not None:
            self.detail.setText(" · ".join(say(line) for line in view.lines()[1:-1]))

    def _edit_rate(self) -> None:
        view = self.selected()
        if view is not None:
            self.rate_requested.emit(view)

    def _show_pace(self) -> None:
        view = self.selected()
        if view is not None:
            self.pace_requested.emit(view.ref)

    # ------------------------------------------------------------------ the files
    def write_statement(self) -> None:
        view = self.selected()
        if view is None:
            return
        path = self.documents / f"releve-{file_part(view.ref)}.pdf"
        try:
            self.documents.mkdir(parents=True, exist_ok=True)
            self._costs.write_statement(view.ref, path, current_language())
        except (DomainError, OSError) as exc:
            self.feedback.show_message("error", say(exc.message) if isinstance(exc, DomainError) and exc.message
                                       else str(exc))
            return
        self.feedback.show_message("ok", say(msg("costing.statement_written", order=view.ref, file=str(path))))

    def _show_choices(self) -> None:
        view = self.selected()
        if view is None:
            return
        self.choice_label.setText(self.tr("Facture de {0} : quel mois ?").format(view.customer))
        self._choose_month(_months(self._today())[0])  # last month: the usual invoice
        self.detail.hide()
        self.choices.show()

    def _choose_month(self, month: str) -> None:
        self.month = month
        for m, button in self.month_buttons.items():
            button.setChecked(m == month)

    def _hide_choices(self) -> None:
        self.choices.hide()
        self.detail.show()

    def write_invoice(self, suffix: str) -> None:
        view = self.selected()
        if view is None or self.month is None:
            return
        path = self.documents / f"facture-{file_part(view.customer)}-{self.month}{suffix}"
        try:
            self.documents.mkdir(parents=True, exist_ok=True)
            invoice = self._costs.write_invoice(view.customer, self.month, path, current_language())
        except (DomainError, OSError) as exc:
            self.feedback.show_message("error", say(exc.message) if isinstance(exc, DomainError) and exc.message
                                       else str(exc))
            return
        self._hide_choices()
        said = [say(msg("costing.invoice_written", customer=invoice.customer, month=invoice.month, file=str(path),
                        lines=len(invoice.lines), total=invoice.total))]
        said += [say(m) for m in invoice.unrated]
        self.feedback.show_message("warning" if invoice.unrated else "ok", "\n".join(said))
