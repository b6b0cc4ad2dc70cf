"""Any quantity without a physical keyboard: a large number pad over the page (digits, erase,
validate, cancel). Opened by a button beside the fixed steps (±6, ×1/6/12/24).

An amount (`decimals=2`) is typed as on a till: the digits fill the cents from the right, 1 8 5
reads 1,85; no decimal key to find. `chosen` gives the whole number of cents."""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.messages.core import format_number
from logins_desktop.ui.i18n import current_language
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton


def cover(host: QWidget, overlay: QWidget) -> list[QWidget]:
    """Lay `overlay` over the whole of `host` and hide what it covers: a screen reader or one-switch
    scanning must not reach a button no one can see. Give the list back to `uncover` on closing."""
    covered = [w for w in host.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
               if w is not overlay and w.isVisible() and not w.isWindow()]
    for widget in covered:
        widget.hide()
    overlay.setParent(host)
    overlay.setGeometry(host.rect())
    overlay.show()
    overlay.raise_()
    return covered


def uncover(covered: list[QWidget]) -> None:
    for widget in covered:
        if shiboken6.isValid(widget):  # the page may have rebuilt (and deleted) some while covered
            widget.show()


class NumberPad(QFrame):
    chosen = Signal(int)

    def __init__(self, theme: Theme, title: str, most: int, parent=None, decimals: int = 0):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAutoFillBackground(True)
        self.most, self.decimals = most, decimals
        self._digits = ""
        self._current: int | None = None  # the value before the pad opened, shown until a digit is typed
        self._covered: list[QWidget] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.display = QLabel()
        self.display.setObjectName("huge")
        self.display.setAccessibleName(self.tr("Nombre saisi"))
        top.addWidget(self.title, 1)
        top.addWidget(self.display)
        layout.addLayout(top)
        grid = QGridLayout()
        self.keys: dict[str, TouchButton] = {}
        for i, digit in enumerate("1234567890"):
            key = TouchButton(theme, digit, self.tr("Chiffre {0}").format(digit))
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
            grid.addWidget(key, i // 5, i % 5)
            self.keys[digit] = key
        self.erase = TouchButton(theme, self.tr("Effacer"), self.tr("Effacer le dernier chiffre"), icon="erase")
        self.erase.clicked.connect(self._erase)
        self.cancel = TouchButton(theme, self.tr("Annuler"), self.tr("Fermer le pavé sans rien changer"), icon="cancel")
        self.cancel.clicked.connect(self.close_pad)
        self.validate = TouchButton(theme, self.tr("Valider"), self.tr("Valider le nombre"), icon="ok")
        self.validate.setObjectName("primary")
        self.validate.clicked.connect(self._submit)
        grid.addWidget(self.erase, 2, 0, 1, 2)
        grid.addWidget(self.cancel, 2, 2, 1, 1)
        grid.addWidget(self.validate, 2, 3, 1, 2)
        layout.addLayout(grid, 1)
        self.hide()

    def open_over(self, host: QWidget, current: int) -> None:
        """Over the whole of `host` (the page), the current value shown, nothing typed yet."""
        self._covered = cover(host, self)
        self._digits = ""
        self._current = current
        self._refresh()
        self.validate.setFocus(Qt.FocusReason.OtherFocusReason)

    def press(self, digit: str) -> None:
        candidate = (self._digits + digit).lstrip("0") or ("0" if self.decimals else "")  # 0,00 € is an amount
        if candidate and int(candidate) <= self.most:
            self._digits = candidate
        self._refresh()

    def tap(self, digits: str) -> None:
        for digit in digits:
            self.keys[digit].click()

    def _erase(self) -> None:
        self._digits = self._digits[:-1]
        self._refresh()

    def _submit(self) -> None:
        if self._digits:
            value = int(self._digits)
            self.close_pad()
            self.chosen.emit(value)

    def close_pad(self) -> None:
        self.hide()
        uncover(self._covered)
        self._covered = []

    def shown(self, value: int) -> str:
        if not self.decimals:
            return str(value)
        return format_number(Decimal(value).scaleb(-self.decimals), current_language())

    def _refresh(self) -> None:
        value = int(self._digits) if self._digits else self._current
        self.display.setText("" if value is None else self.shown(value))
        self.validate.setEnabled(bool(self._digits))
