"""The console's lots page: every lot on hand, the soonest expiry first, those expired or expiring
within the warning window ([stock] expiry_warning_days) said in words and with a pictogram, never
by colour alone. Opened from the stock page, whose "Lots" button counts the lots to watch.

A recall starts here: the on-screen keyboard finds a lot by its code (used-up lots too: a recall
is mostly about lots that left), and "Rappel" opens where the chosen lot went (RecallPage)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.messages.core import format_number
from logins_desktop.services.stock import Expiry, LotLine
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.insertion.keyboard import NameKeyboard
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.tables import paged_table, touch_table
from logins_desktop.ui.widgets.touch import Feedback, TouchButton

# The pictogram of each state beside its words; "later" and "none" need none.
_ICONS = {Expiry.EXPIRED: "error", Expiry.SOON: "warning"}


class LotsPage(QWidget):
    recall_requested = Signal(str, str)  # sku, lot

    def __init__(self, theme: Theme, lots: Callable[..., list[LotLine]], warning_days: int,
                 today: Callable[[], date] = date.today):
        super().__init__()
        self._theme, self._lots, self._days, self._today = theme, lots, warning_days, today
        self.lines: list[LotLine] = []
        self.search_text = ""
        self.title = QLabel(self.tr("Lots en stock, la péremption la plus proche d'abord"))
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.summary = Feedback(theme, 0)
        self.table = touch_table(theme, [self.tr("Article"), self.tr("Lot"), self.tr("Péremption"),
                                         self.tr("Emplacement"), self.tr("Quantité")], self.tr("Lots en stock"))
        side = theme.px(6)
        self.table.setIconSize(QSize(side, side))  # the pictogram beside the words, as large as a capital
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.keyboard_button = TouchButton(theme, "", self.tr("Clavier à l'écran : chercher un lot par son code"),
                                           icon="keyboard")
        self.keyboard_button.setCheckable(True)
        self.keyboard_button.toggled.connect(self.show_keyboard)
        self.keyboard = NameKeyboard(theme, digits=True)
        self.keyboard.changed.connect(self.search)
        self.keyboard.hide()
        self.recall_button = TouchButton(theme, self.tr("Rappel"), self.tr("Où est allé le lot choisi : kits, "
                                                                           "commandes, expéditions"), icon="search")
        self.recall_button.setEnabled(False)
        self.recall_button.clicked.connect(self._recall)
        self.back_button = TouchButton(theme, self.tr("Stock"), self.tr("Retour au stock"), icon="back")
        top = QHBoxLayout()  # the way back beside the title: the lots keep the height
        top.addWidget(self.title, 1)
        for button in (self.keyboard_button, self.recall_button, self.back_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        self.list = paged_table(theme, self.table)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.keyboard, 1)  # in the list's place while it is open: nothing covered

    def selected(self) -> LotLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        self.recall_button.setEnabled(self.selected() is not None)

    def _recall(self) -> None:
        line = self.selected()
        if line is not None:
            self.show_keyboard(False)
            self.recall_requested.emit(line.row.sku, line.row.lot)

    # ------------------------------------------------------------------ finding a lot
    def search(self, text: str) -> None:
        self.search_text = text.strip()
        self.refresh()

    def show_keyboard(self, shown: bool) -> None:
        """In the list's place, under the count of lots found (a 768 px panel has no room for both);
        its button again shows the lots found."""
        self.keyboard_button.setChecked(shown)
        # What goes out of view goes first: both in view at once, even between two calls, would
        # make the window taller than the panel (a window does not shrink back by itself).
        going, coming = (self.list, self.summary), (self.keyboard,)
        if not shown:
            going, coming = coming, going
        for widget in going:
            widget.hide()
        for widget in coming:  # the count goes in the title while the keys take the height
            widget.show()
        self._say_found()

    # ------------------------------------------------------------------ the list
    def refresh(self) -> None:
        self.lines = self._lots(text=self.search_text) if self.search_text else self._lots()
        today, language = self._today(), current_language()
        self.table.clearSelection()
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            row = line.row
            cells = [row.sku, row.lot, self._expiry_words(line, today), row.location or self.tr("épuisé"),
                     format_number(row.quantity, language)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 and line.state in _ICONS:
                    item.setIcon(self._theme.icon(_ICONS[line.state]))
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            self.table.item(r, 0).setToolTip(row.name)
        self._selection_changed()
        self._say_found()
        if self.search_text:
            return
        expired = sum(1 for x in self.lines if x.state == Expiry.EXPIRED)
        soon = sum(1 for x in self.lines if x.state == Expiry.SOON)
        if expired:
            self.summary.show_message("error", say(msg("lots.expired_and_soon", expired=expired, soon=soon,
                                                       days=self._days)))
        elif soon:
            self.summary.show_message("warning", say(msg("lots.expiring_soon", soon=soon, days=self._days)))
        elif self.lines:
            self.summary.show_message("ok", say(msg("lots.none_expiring", days=self._days)))
        else:
            self.summary.show_message("info", self.tr("Aucun article suivi par lot n'est en stock."))

    def _say_found(self) -> None:
        found, text = len(self.lines), self.search_text.upper()
        if self.keyboard_button.isChecked():
            self.title.setText(say(msg("lots.searched", text=text, n=found)) if text
                               else self.tr("Tapez le code du lot cherché"))
            return
        self.title.setText(self.tr("Lots en stock, la péremption la plus proche d'abord"))
        if text:
            self.summary.show_message("info" if found else "warning", say(msg("lots.found", n=found, text=text)))

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
