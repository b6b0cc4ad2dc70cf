"""The manager's stock view: on-hand by product and location, search as you type, movement history."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.messages import msg
from logins_desktop.messages.core import format_number
from logins_desktop.services.stock import StockService, movement_kind_words
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.insertion.keyboard import NameKeyboard
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.paged_model import Column, PagedTableModel
from logins_desktop.ui.widgets.pager import paged
from logins_desktop.ui.widgets.touch import TouchButton


class StockView(QWidget):
    SEARCH_DELAY_MS = 200  # typing pauses this long before the query runs

    def __init__(self, theme: Theme, stock: StockService, parent=None, hint: str | None = None):
        """`hint`: what to say until a line is tapped (None: "touch a line to see its history";
        "": nothing, the page around the view says it, and the stock's list takes the line)."""
        super().__init__(parent)
        self._theme = theme
        self._stock = stock
        self._filter = ""
        self._hint = self.tr("Touchez une ligne pour voir l'historique de l'article.") if hint is None else hint

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un article, un GTIN ou un emplacement…"))
        self.search.setAccessibleName(self.tr("Recherche dans le stock"))
        self.search.setClearButtonEnabled(True)
        self.search_icon = QLabel()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Nombre de lignes de stock"))
        self._debounce = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.model = PagedTableModel(
            [
                Column(self.tr("Article"), lambda r: r.sku),
                Column(self.tr("Désignation"), lambda r: r.name),
                Column(self.tr("GTIN"), lambda r: r.gtin or ""),
                Column(self.tr("Emplacement"), lambda r: r.location),
                Column(self.tr("Quantité"), lambda r: format_number(r.quantity, current_language()), align_right=True),
            ],
            lambda: stock.count_rows(self._filter),
            lambda offset, limit: stock.rows(self._filter, offset, limit, self.model.rowCount()),
            self,
        )
        self.table = self._make_table(self.model, self.tr("Stock par article et emplacement"))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_history(cur.row()))

        self.history_title = QLabel()  # its hint is set by apply_filter, below
        self.history_title.setWordWrap(True)
        self.history_model = PagedTableModel(
            [
                Column(self.tr("Date"), lambda m: m.created_at.astimezone().strftime("%d/%m/%Y %H:%M")),
                Column(self.tr("Mouvement"), lambda m: say(movement_kind_words(m.kind))),
                Column(self.tr("Emplacement"), lambda m: m.location),
                Column(self.tr("Quantité"), lambda m: f"{m.quantity:+d}", align_right=True),
                Column(self.tr("Par"), lambda m: m.actor),
                Column(self.tr("Motif"), lambda m: m.reason),
            ],
            lambda: 0,
            lambda offset, limit: [],
            self,
        )
        self.history = self._make_table(self.history_model, self.tr("Historique des mouvements"))

        # No physical keyboard needed: an on-screen one (digits and letters) opens over the tables.
        self.keyboard_button = TouchButton(theme, "", self.tr("Clavier à l'écran pour la recherche"), icon="keyboard")
        self.keyboard_button.setCheckable(True)
        self.keyboard_button.toggled.connect(self.show_keyboard)
        self.keyboard = NameKeyboard(theme, self, digits=True)
        self.keyboard.setAutoFillBackground(True)
        self.keyboard.changed.connect(self.search.setText)
        self.keyboard.hide()
        top = self._search_row = QHBoxLayout()
        top.addWidget(self.search_icon)
        top.addWidget(self.search, 1)
        top.addWidget(self.keyboard_button)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(paged(theme, self.table, self.table.accessibleName()), 3)
        layout.addWidget(self.history_title)
        # Shown once a line is tapped: until then the stock's own list takes the room (three lines
        # a page at 1024x768 instead of one).
        self.history_pager = paged(theme, self.history, self.history.accessibleName())
        layout.addWidget(self.history_pager, 2)
        theme.changed.connect(self._restyle)
        self._restyle()
        self.apply_filter()

    def add_to_search_row(self, widget: QWidget) -> None:
        """A button of the page around the view, at the end of the search row (where the search
        field gives up width, not the list its height)."""
        self._search_row.addWidget(widget)

    def show_keyboard(self, shown: bool) -> None:
        """Over the lower part of the view, under the search field (the found rows stay above it)."""
        self.keyboard_button.setChecked(shown)
        if shown:
            self.keyboard.clear()
            self._place_keyboard()
            self.keyboard.show()
            self.keyboard.raise_()
        else:
            self.keyboard.hide()

    def _place_keyboard(self) -> None:
        height = min(self.height() - self.search.geometry().bottom(), self.keyboard.sizeHint().height())
        self.keyboard.setGeometry(0, self.height() - height, self.width(), height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.keyboard.isVisible():
            self._place_keyboard()

    def _make_table(self, model: PagedTableModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.horizontalHeader().setAccessibleName(self.tr("En-têtes : {0}").format(name))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not show, so 100,000 rows stay cheap.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._size_rows(table)
        return table

    def _size_rows(self, table: QTableView) -> None:
        table.verticalHeader().setDefaultSectionSize(self._theme.row_px)

    def _restyle(self) -> None:
        self.search_icon.setPixmap(self._theme.pixmap("search", self._theme.px(8)))
        for table in (self.table, self.history):
            self._size_rows(table)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._filter = self.search.text().strip()
        self.model.reload()
        self.count_label.setText(say(msg("stock.rows_shown", n=self.model.rowCount())))
        self.history_model.set_source(lambda: 0, lambda o, n: [])
        self.history_pager.hide()
        self._set_history_title(self._hint, hint=True)
        self.history_title.setVisible(bool(self._hint))

    def _show_history(self, row: int) -> None:
        item = self.model.row_object(row)
        if item is None:
            return
        product_id = item.product_id
        self.history_model.set_source(
            lambda: self._stock.count_movements(product_id),
            lambda offset, limit: self._stock.movements(product_id, offset, limit),
        )
        self.history_pager.show()
        self.history_title.show()
        self._set_history_title(say(msg("stock.history_title", sku=item.sku, name=item.name,
                                        n=self.history_model.rowCount())))

    def _set_history_title(self, text: str, hint: bool = False) -> None:
        """The history's title in the title's size; until a line is tapped, a hint in body type (on
        two lines in the title's size, at a larger type it pushed the window past 768 px)."""
        name = "muted" if hint else "title"
        if self.history_title.objectName() != name:
            self.history_title.setObjectName(name)
            self.history_title.style().unpolish(self.history_title)
            self.history_title.style().polish(self.history_title)
        self.history_title.setText(text)
