"""The on-screen panel of a simulated scanner: tap a demo code to "scan" it. Shown only for sim://."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
        layout.setContentsMargins(theme.space("xs"), 0, theme.space("xs"), 0)
        title = QLabel(self.tr("Scanner simulé (démonstration) — touchez un code pour le scanner"))
        title.setObjectName("sim_title")
        title.setWordWrap(True)
        # Folded by default: the codes take two rows of the panel (a screen's worth at 768 px high).
        self.toggle = TouchButton(theme, self.tr("Codes"), self.tr("Afficher les codes du scanner simulé"), icon="next")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.show_codes)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.toggle)
        layout.addLayout(top)
        self.codes = QWidget()
        grid = QGridLayout(self.codes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[TouchButton] = []
        for i, (label, code) in enumerate(codes):
            button = TouchButton(theme, label, self.tr("Scanner simulé : {0}").format(label))
            button.clicked.connect(lambda _=False, c=code: self._scanner.inject(c))
            grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            self.buttons.append(button)
        layout.addWidget(self.codes)
        self.codes.hide()

    def show_codes(self, shown: bool) -> None:
        self.codes.setVisible(shown)
        self.toggle.setChecked(shown)
