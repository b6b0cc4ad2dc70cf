"""The on-screen panel of a simulated scanner: tap a demo code to "scan" it. Shown only for sim://."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import ButtonRows, TouchButton


class InjectableScanner(Protocol):
    """A simulated scanner (devices' SimulatedScanner, built by the composition root)."""

    def inject(self, text: str) -> None: ...


class SimulatedScannerPanel(QFrame):
    """Folded by default: a "Codes" button in the window's header opens the codes over the bottom of
    the screen (they take no room from the screens, which fit a 768 px panel without them)."""

    def __init__(self, theme: Theme, scanner: InjectableScanner, codes: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("sim_panel")
        self._scanner = scanner
        layout = QVBoxLayout(self)
        xs = theme.space("xs")
        layout.setContentsMargins(xs, xs, xs, xs)
        self.title = QLabel(self.tr("Scanner simulé (démonstration) — touchez un code pour le scanner"))
        self.title.setObjectName("sim_title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.toggle = TouchButton(theme, self.tr("Codes"), self.tr("Codes du scanner simulé"), icon="scanner")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.title.text())
        self.toggle.toggled.connect(self.show_codes)
        self.buttons: list[TouchButton] = []
        for label, code in codes:
            button = TouchButton(theme, label, self.tr("Scanner simulé : {0}").format(label))
            button.clicked.connect(lambda _=False, c=code: self._scanner.inject(c))
            self.buttons.append(button)
        # As many codes a row as their words let fit (a fixed seven laid them over each other and
        # past the edge of a 1024 px panel); the panel grows a row rather than cut one.
        self.rows = ButtonRows(theme, self.buttons, xs)
        self.rows.rows_changed.connect(self.place_later)
        layout.addWidget(self.rows)
        self._place_timer = QTimer(self, singleShot=True, interval=0)
        self._place_timer.timeout.connect(self.place)
        self.hide()

    def show_codes(self, shown: bool) -> None:
        self.toggle.setChecked(shown)
        self.setVisible(shown)
        self.place()

    def place_later(self) -> None:
        """After the window's layout (a timer of the panel's own: it dies with the panel)."""
        self._place_timer.start()

    def place(self) -> None:
        """Along the bottom of the parent (the window's central widget), over the screen."""
        parent = self.parentWidget()
        if parent is None or not self.isVisible():
            return
        height = min(parent.height(), self.heightForWidth(parent.width()) if self.hasHeightForWidth()
                     else self.sizeHint().height())
        self.setGeometry(0, parent.height() - height, parent.width(), height)
        self.raise_()
