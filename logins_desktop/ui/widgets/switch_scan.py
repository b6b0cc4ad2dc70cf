"""One-switch scanning: the focus steps by itself through every button in view, in reading order,
at the profile's interval; one switch (a key: Space by default, or the key a switch interface
sends) activates the focused button. The focus is drawn as a thick frame over the button, on top
of the stylesheet's focus border.

One event filter on the application serves every screen. It consumes the switch key (press and
release), so a focused push button does not also click itself on the key's release.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.dwell import FocusOverlay, alive

log = logging.getLogger(__name__)


def key_of(name: str) -> Qt.Key:
    """The key named in a profile ("Space", "Return", "F9", "1"…); Space when the name means nothing to Qt."""
    sequence = QKeySequence.fromString(name, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() == 1:
        return sequence[0].key()
    log.warning("switch key %r not understood: Space is used", name)
    return Qt.Key.Key_Space


class SwitchScanner(QObject):
    """Steps the focus through `root`'s visible, enabled buttons. Off until `configure(True, …)`."""

    def __init__(self, theme: Theme, root: QWidget):
        super().__init__(root)
        self._theme = theme
        self._root = root
        self.enabled = False
        self.key = Qt.Key.Key_Space
        self.current: QAbstractButton | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.step)
        self.overlay = FocusOverlay(theme)
        self.activations = 0

    def configure(self, enabled: bool, seconds: float, key: str = "Space") -> None:
        app = QApplication.instance()
        self.key = key_of(key)
        self._timer.setInterval(int(seconds * 1000))
        if enabled and not self.enabled:
            app.installEventFilter(self)
            self._timer.start()
        elif not enabled and self.enabled:
            app.removeEventFilter(self)
            self._timer.stop()
            self._clear()
        elif enabled:
            self._timer.start()  # a new interval starts now
        self.enabled = enabled

    def targets(self) -> list[QAbstractButton]:
        """The buttons a person can see and use now, top to bottom, then in the row's visual order."""
        found = [b for b in self._root.findChildren(QAbstractButton)
                 if b.isVisible() and b.isEnabled() and b.window() is self._root.window()
                 and b.focusPolicy() != Qt.FocusPolicy.NoFocus and self._in_view(b)]

        def place(button: QAbstractButton) -> tuple[int, int]:
            top_left = button.mapTo(self._root, button.rect().topLeft())
            # Rows: buttons whose centres are within half a target of each other read as one row.
            row = (top_left.y() + button.height() // 2) // max(1, self._theme.target_px // 2)
            return row, top_left.x()

        return sorted(found, key=place)

    def _in_view(self, button: QAbstractButton) -> bool:
        # A button on a hidden page of a stack is not visible; one clipped away by a parent is not in view.
        return not button.visibleRegion().isEmpty()

    def step(self) -> None:
        """Move the focus to the next button (wrapping round); called by the timer."""
        targets = self.targets()
        if not targets:
            self._clear()
            return
        try:
            index = targets.index(self.current) + 1 if self._valid(self.current) else 0
        except ValueError:  # the screen changed under the focus: start again from the top
            index = 0
        self._focus(targets[index % len(targets)])

    def _focus(self, button: QAbstractButton) -> None:
        self.current = button
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not alive(self.overlay):
            self.overlay = FocusOverlay(self._theme)
        self.overlay.fraction = None
        self.overlay.cover(button)

    def _clear(self) -> None:
        self.current = None
        if alive(self.overlay):
            self.overlay.hide()

    @staticmethod
    def _valid(button) -> bool:
        return button is not None and alive(button)

    def activate(self) -> None:
        """The switch was pressed: click the focused button, then scan again from the top."""
        button = self.current
        if not (self._valid(button) and button.isVisible() and button.isEnabled()):
            return
        self.activations += 1
        log.debug("switch activates %s", button.accessibleName())
        self._clear()
        button.click()
        self._timer.start()  # a full interval before the focus moves again

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and event.key() == self.key:
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.activate()
            return True  # the switch is ours: no native click on release, no auto-repeat
        return False
