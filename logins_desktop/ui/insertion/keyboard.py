"""An on-screen keyboard for finding a person by name: large letter keys, erase, clear. A few
letters give the list; tapping a name is the second tap."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton

ROWS = ("AZERTYUIOP", "QSDFGHJKLM", "WXCVBN-'")
DIGITS = "1234567890"


class NameKeyboard(QWidget):
    """AZERTY, like the workshop's keyboards; accents are not needed (« ines » finds « Inès »)."""

    changed = Signal(str)

    def __init__(self, theme: Theme, parent=None, digits: bool = False):
        """`digits`: a row of digits above the letters (articles, GTINs, locations)."""
        super().__init__(parent)
        self.text = ""
        layout = QVBoxLayout(self)
        self.shown = QLabel()
        self.shown.setObjectName("huge")
        self.shown.setAccessibleName(self.tr("Lettres tapées"))
        layout.addWidget(self.shown)
        grid = QGridLayout()
        grid.setSpacing(theme.space("xs"))
        self.keys: dict[str, TouchButton] = {}
        rows = (DIGITS, *ROWS) if digits else ROWS
        for r, row in enumerate(rows):
            for c, letter in enumerate(row):
                spoken = (self.tr("Lettre {0}") if letter.isalpha() else self.tr("Chiffre {0}") if letter.isdigit()
                          else "{0}").format(letter)
                key = TouchButton(theme, letter, spoken)
                key.setObjectName("key")
                key.clicked.connect(lambda _=False, x=letter: self.type(x))
                grid.addWidget(key, r, c)
                self.keys[letter] = key
        self.space = TouchButton(theme, "␣", self.tr("Espace"))
        self.space.setObjectName("key")
        self.space.clicked.connect(lambda: self.type(" "))
        last = len(rows) - 1
        grid.addWidget(self.space, last, 8)
        self.erase = TouchButton(theme, "", self.tr("Effacer la dernière lettre"), icon="erase")
        self.erase.setObjectName("key")
        self.erase.clicked.connect(self.backspace)
        grid.addWidget(self.erase, last, 9)
        layout.addLayout(grid)
        self._show()

    def type(self, letter: str) -> None:
        self.text += letter.lower()
        self._show()

    def backspace(self) -> None:
        self.text = self.text[:-1]
        self._show()

    def clear(self) -> None:
        self.text = ""
        self._show()

    def _show(self) -> None:
        self.shown.setText(self.text.upper() or self.tr("Tapez les premières lettres du nom"))
        self.changed.emit(self.text)
