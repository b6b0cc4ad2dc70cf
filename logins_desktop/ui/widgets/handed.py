"""Dominant hand: a left-handed profile mirrors the main button rows, so the buttons a person
reaches for most sit on the side of their hand. Mirroring is done per row (the row's layout
direction), so no screen's layout has to know about it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QWidget

from logins_desktop.ui.theme import Theme


class HandedRow(QObject):
    """Keeps one horizontal row mirrored for a left-handed profile, live. Owned by `owner`: it stops
    with it (a slot of a destroyed QObject is disconnected by Qt)."""

    def __init__(self, theme: Theme, row: QBoxLayout, owner: QWidget):
        super().__init__(owner)
        self._theme, self._row = theme, row
        theme.changed.connect(self.apply)
        self.apply()

    @property
    def mirrored(self) -> bool:
        return self._row.direction() == QBoxLayout.Direction.RightToLeft

    def apply(self) -> None:
        left = self._theme.settings.left_handed
        wanted = QBoxLayout.Direction.RightToLeft if left else QBoxLayout.Direction.LeftToRight
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)


def handed(theme: Theme, row: QBoxLayout, owner: QWidget) -> HandedRow:
    return HandedRow(theme, row, owner)
