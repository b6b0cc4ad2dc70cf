"""An on-screen keyboard for finding a person by name: large letter keys, erase, clear. A few
letters give the list; tapping a name is the second tap. Where the words are kept (an article's
designation), an accents key turns the letter keys into the accented letters of French for one
letter, as a phone's keyboard does."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton

ROWS = ("AZERTYUIOP", "QSDFGHJKLM", "WXCVBN-'")
DIGITS = "1234567890"
ACCENTED = ("ÀÂÆÇÉÈÊËÎÏ", "ÔŒÙÛÜŸ")  # on the letter rows while the accents key is down; the other keys wait


class NameKeyboard(QWidget):
    """AZERTY, like the workshop's keyboards."""

    changed = Signal(str)

    def __init__(self, theme: Theme, parent=None, digits: bool = False, accents: bool = False):
        """`digits`: a row of digits above the letters (articles, GTINs, locations); `accents`: the
        accents key, beside the letters typed (a search needs none: « ines » finds « Inès »)."""
        super().__init__(parent)
        self.text = ""
        layout = QVBoxLayout(self)
        self.shown = QLabel()
        self.shown.setObjectName("huge")
        self.shown.setAccessibleName(self.tr("Lettres tapées"))
        top = QHBoxLayout()
        top.addWidget(self.shown, 1)
        self.accents_key: TouchButton | None = None
        if accents:
            self.accents_key = TouchButton(theme, "É À Ç", self.tr("Lettres accentuées, pour une lettre"))
            self.accents_key.setObjectName("key")
            self.accents_key.setCheckable(True)
            self.accents_key.toggled.connect(self._show_layer)
            top.addWidget(self.accents_key)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(theme.space("xs"))
        self.keys: dict[str, TouchButton] = {}
        rows = (DIGITS, *ROWS) if digits else ROWS
        for r, row in enumerate(rows):
            for c, letter in enumerate(row):
                key = TouchButton(theme, letter, self._spoken(letter))
                key.setObjectName("key")
                key.clicked.connect(lambda _=False, k=key: self.type(k.text()))
                grid.addWidget(key, r, c)
                self.keys[letter] = key
        # The keys the accented letters take while the layer is on.
        self._letter_rows = [[self.keys[letter] for letter in row] for row in ROWS]
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

    def _spoken(self, letter: str) -> str:
        return (self.tr("Lettre {0}") if letter.isalpha() else self.tr("Chiffre {0}") if letter.isdigit()
                else "{0}").format(letter)

    def type(self, letter: str) -> None:
        self.text += letter.lower()
        if self.accents_key is not None:
            self.accents_key.setChecked(False)  # one accented letter, then the plain ones again
        self._show()

    def _show_layer(self, accented: bool) -> None:
        """The letter keys show the accented letters (those left over wait, greyed), or their own."""
        for keys, plain, marked in zip(self._letter_rows, ROWS, ACCENTED + ("",), strict=True):
            for i, key in enumerate(keys):
                letter = (marked[i] if i < len(marked) else "") if accented else plain[i]
                key.setText(letter or plain[i])
                key.setAccessibleName(self._spoken(letter or plain[i]))
                key.setEnabled(bool(letter))

    def backspace(self) -> None:
        self.text = self.text[:-1]
        self._show()

    def clear(self) -> None:
        self.text = ""
        if self.accents_key is not None:
            self.accents_key.setChecked(False)
        self._show()

    def _show(self) -> None:
        self.shown.setText(self.text.upper() or self.tr("Tapez les premières lettres du nom"))
        self.changed.emit(self.text)
