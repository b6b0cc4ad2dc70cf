"""The console's lots page: every lot on hand, the soonest expiry first, those expired or expiring
within the warning window ([stock] expiry_warning_days) said in words and with a pictogram, never
by colour alone. Opened from the stock page, whose "Lots" button counts the lots to watch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from logins_desktop.messages.core import format_number
from logins_desktop.services.stock import Expiry, LotLine
from logins_desktop.ui.i18n import current_language
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.tables import paged_table, touch_table
from logins_desktop.ui.widgets.touch import Feedback, TouchButton

# The pictogram of each state beside its words; "later" and "none" need none.
_ICONS = {Expiry.EXPIRED: "error", Expiry.SOON: "warning"}


class LotsPage(QWidget):
    def __init__(self, theme: Theme, lots: Callable[[], list[LotLine]], warning_days: int,
                 today: Callable[[], date] = date.today):
        super().__init__()
        self._theme, self._lots, self._days, self._today = theme, lots, warning_days, today
        self.lines: list[LotLine] = []
        self.title = QLabel(self.tr("Lots en stock, la péremption la plus proche d'abord"))
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.summary = Feedback(theme, 0)
        self.table = touch_table(theme, [self.tr("Article"), self.tr("Lot"), self.tr("Péremption"),
                                         self.tr("Emplacement"), self.tr("Quantité")], self.tr("Lots en stock"))
        side = theme.px(6)
        self.table.setIconSize(QSize(side, side))  # the pictogram beside the words, as large as a capital
        self.back_button = TouchButton(theme, self.tr("Stock"), self.tr("Retour au stock"), icon="back")
        top = QHBoxLayout()  # the way back beside the title: the lots keep the height
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(paged_table(theme, self.table), 1)

    def refresh(self) -> None:
        self.lines = self._lots()
        today, language = self._today(), current_language()
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            row = line.row
            cells = [row.sku, row.lot, self._expiry_words(line, today), row.location, format_number(row.quantity, language)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 and line.state in _ICONS:
                    item.setIcon(self._theme.icon(_ICONS[line.state]))
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            self.table.item(r, 0).setToolTip(row.name)
        expired = sum(1 for x in self.lines if x.state == Expiry.EXPIRED)
        soon = sum(1 for x in self.lines if x.state == Expiry.SOON)
        if expired:
            self.summary.show_message("error", self.tr(
                "{0} lot(s) périmé(s) : à sortir du stock ; {1} périme(nt) d'ici {2} jours.").format(expired, soon, self._days))
        elif soon:
            self.summary.show_message("warning", self.tr("{0} lot(s) périme(nt) d'ici {1} jours.").format(soon, self._days))
        elif self.lines:
            self.summary.show_message("ok", self.tr("Aucun lot ne périme d'ici {0} jours.").format(self._days))
        else:
            self.summary.show_message("info", self.tr("Aucun article suivi par lot n'est en stock."))

    def _expiry_words(self, line: LotLine, today: date) -> str:
        expiry = line.row.expiry
        if expiry is None:
            return self.tr("sans date")
        day = expiry.strftime("%d/%m/%Y")
        if line.state == Expiry.EXPIRED:
            return self.tr("{0} — périmé").format(day)
        if line.state == Expiry.SOON:
            return self.tr("{0} — dans {1} j").format(day, (expiry - today).days)
        return day
