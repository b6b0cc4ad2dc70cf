"""Creating on the dock the article a supplier's code names and the catalogue does not have: its
name typed on the on-screen keyboard (no physical keyboard; its accents key gives « Crème »), then the very scan received. Opened
from the receiving page after an unknown GTIN, for the logistics manager only (the service checks
the right again and audits the creation)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.ui.insertion.keyboard import NameKeyboard
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.keypad import cover, uncover
from logins_desktop.ui.widgets.touch import TouchButton


class NewArticlePanel(QFrame):
    chosen = Signal(str)  # the name typed: create the article and receive the scan

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAutoFillBackground(True)
        self._covered: list[QWidget] = []
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.keyboard = NameKeyboard(theme, digits=True, accents=True)  # a designation keeps its accents
        self.keyboard.changed.connect(lambda _text: self._refresh())
        self.create_button = TouchButton(theme, self.tr("Créer et recevoir"),
                                         self.tr("Créer l'article avec cette désignation et recevoir le scan"),
                                         icon="ok")
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self._create)
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), self.tr("Ne pas créer l'article"), icon="cancel")
        self.cancel_button.clicked.connect(self.close_panel)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keyboard, 1)
        self.hide()

    def open_over(self, host: QWidget, gtin: str) -> None:
        self.title.setText(self.tr("Nouvel article, GTIN {0} : tapez sa désignation").format(gtin))
        self.keyboard.clear()
        self._covered = cover(host, self)
        self._refresh()
        self.keyboard.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_panel(self) -> None:
        self.hide()
        uncover(self._covered)
        self._covered = []

    def _refresh(self) -> None:
        self.create_button.setEnabled(bool(self.keyboard.text.strip()))

    def _create(self) -> None:
        name = self.keyboard.text.strip()
        if name:
            self.close_panel()
            self.chosen.emit(name)
