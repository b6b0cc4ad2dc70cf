"""The on-screen panel of a simulated scanner: tap a demo code to "scan" it. Shown only for sim://."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton


class InjectableScanner(Protocol):
    """A simulated scanner (devices' SimulatedScanner, built by the composition root)."""

    def inject(self, text: str) -> None: ...


class SimulatedScannerPanel(QFrame):
    COLUMNS = 7
    def __init__(self, theme: Theme, scanner: InjectableScanner, codes: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("sim_panel")
        self._scanner = scanner
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Scanner simulé (démonstration) — touchez un code pour le scanner"))
        title.setObjectName("sim_title")
        layout.addWidget(title)
        grid = QGridLayout()
        self.buttons: list[TouchButton] = []
        for i, (label, code) in enumerate(codes):
            button = TouchButton(theme, label, self.tr("Scanner simulé : {0}").format(label))
            button.clicked.connect(lambda _=False, c=code: self._scanner.inject(c))
            grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            self.buttons.append(button)
        layout.addLayout(grid)
