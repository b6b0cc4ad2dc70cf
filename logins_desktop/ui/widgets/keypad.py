"""Any quantity without a physical keyboard: a large number pad over the page (digits, erase,
validate, cancel). Opened by a button beside the fixed steps (±6, ×1/6/12/24)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton


class NumberPad(QFrame):
    chosen = Signal(int)

    def __init__(self, theme: Theme, title: str, most: int, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAutoFillBackground(True)
        self.most = most
        self._digits = ""
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
        self.setParent(host)
        self._digits = ""
        self._current = current
        self._refresh()
        self.setGeometry(host.rect())
        self.show()
        self.raise_()
        self.validate.setFocus(Qt.FocusReason.OtherFocusReason)

    def press(self, digit: str) -> None:
        candidate = (self._digits + digit).lstrip("0")
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

    def _refresh(self) -> None:
        self.display.setText(self._digits or str(getattr(self, "_current", "")))
        self.validate.setEnabled(bool(self._digits))
