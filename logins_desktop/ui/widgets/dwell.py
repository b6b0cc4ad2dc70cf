"""Dwell activation, for head pointers, eye trackers and trackballs: a button activates after the
pointer has rested on it for the profile's time. A ring fills around the pointer's button while it
dwells; moving off the button cancels. After an activation the button must be left before it can
fire again, so a pointer that stays put never repeats a click.

A click often changes the screen under a pointer that has not moved: the button that appears there
does not start dwelling until the pointer moves (MOVE_PX), so one rest never fires two screens'
buttons in a row (saving the settings, then "Annuler le dernier scan" under the same spot).

One event filter on the application serves every screen: no screen knows about it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from logins_desktop.ui.theme import Theme

log = logging.getLogger(__name__)


def alive(obj) -> bool:
    """Whether a Qt object still exists (a screen may be rebuilt under a pointer or a focus)."""
    if obj is None:
        return False
    try:
        obj.objectName()
    except RuntimeError:  # its C++ object was deleted
        return False
    return True


class FocusOverlay(QWidget):
    """Drawn over a target button, never taking the pointer: a thick frame (switch scanning) and,
    when `fraction` is set, a ring that fills clockwise (dwell progress)."""

    def __init__(self, theme: Theme):
        super().__init__(None)
        self._theme = theme
        self.fraction: float | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def cover(self, target: QWidget) -> None:
        window = target.window()
        if self.parent() is not window:
            self.setParent(window)
        self.setGeometry(target.rect().translated(target.mapTo(window, target.rect().topLeft())))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._theme.palette.focus)
        width = max(4, self._theme.space("xs"))
        if self.fraction is None:  # the scanning focus: a frame no one can miss, inside the button
            painter.setPen(QPen(colour, width))
            painter.drawRect(QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2))
        else:  # the dwell ring: a track, and the part done so far
            side = min(self.width(), self.height()) * 0.6
            ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
            painter.setPen(QPen(QColor(self._theme.palette.border), width))
            painter.drawEllipse(ring)
            painter.setPen(QPen(colour, width * 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(ring, 90 * 16, -int(360 * 16 * self.fraction))
        painter.end()


class DwellClicker(QObject):
    """Clicks the button the pointer rests on for `seconds`. Off until `configure(True, …)`."""

    FRAME_MS = 40  # the ring's repaint interval
    MOVE_PX = 8  # after a click, the pointer moves this far before anything dwells again

    def __init__(self, theme: Theme, parent: QObject | None = None):
        super().__init__(parent)
        self._theme = theme
        self.enabled = False
        self.seconds = 1.5
        self.target: QAbstractButton | None = None
        self._spent: QAbstractButton | None = None  # fired already: must be left first
        self._pointer = QPoint()  # the pointer's last position (global), from the window's mouse moves
        self._clicked_at: QPoint | None = None  # where the last dwell click happened
        self._waiting: QAbstractButton | None = None  # entered after a click, before the pointer moved
        self._clock = QElapsedTimer()
        self._fire = QTimer(self, singleShot=True)
        self._fire.timeout.connect(self._activate)
        self._frame = QTimer(self, interval=self.FRAME_MS)
        self._frame.timeout.connect(self._paint)
        self.overlay = FocusOverlay(theme)
        self.activations = 0

    def configure(self, enabled: bool, seconds: float) -> None:
        app = QApplication.instance()
        self.seconds = seconds
        if enabled and not self.enabled:
            app.installEventFilter(self)
        elif not enabled and self.enabled:
            app.removeEventFilter(self)
            self.cancel()
        self.enabled = enabled

    def _overlay(self) -> FocusOverlay:
        if not alive(self.overlay):  # its window was closed: a new one
            self.overlay = FocusOverlay(self._theme)
        return self.overlay

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._pointer = event.globalPosition().toPoint()
            if self._waiting is not None and self._moved():
                waiting, self._waiting = self._waiting, None
                if alive(waiting) and waiting.underMouse():
                    self._start(waiting)
        elif kind == QEvent.Type.Enter and isinstance(obj, QAbstractButton):
            self._start(obj)
        elif kind == QEvent.Type.Leave and isinstance(obj, QAbstractButton):
            if obj is self._spent:
                self._spent = None
            if obj is self._waiting:
                self._waiting = None
            if obj is self.target:
                self.cancel()
        return False

    def _moved(self) -> bool:
        if self._clicked_at is None:
            return True
        if (self._pointer - self._clicked_at).manhattanLength() < self.MOVE_PX:
            return False
        self._clicked_at = None
        return True

    def _start(self, button: QAbstractButton) -> None:
        if not (button.isEnabled() and button.isVisible()) or button is self._spent:
            return
        if not self._moved():  # a new screen under a resting pointer: wait for it to move
            self._waiting = button
            return
        self.cancel()
        self.target = button
        self._clock.start()
        self._fire.start(int(self.seconds * 1000))
        self._frame.start()
        overlay = self._overlay()
        overlay.fraction = 0.0
        overlay.cover(button)

    def cancel(self) -> None:
        self._fire.stop()
        self._frame.stop()
        self.target = None
        if alive(self.overlay):
            self.overlay.fraction = None
            self.overlay.hide()

    def _paint(self) -> None:
        if self.target is None or not alive(self.target):
            self.cancel()
            return
        self.overlay.fraction = min(1.0, self._clock.elapsed() / (self.seconds * 1000))
        self.overlay.update()

    def _activate(self) -> None:
        button = self.target
        self.cancel()
        if button is None or not alive(button) or not (button.isEnabled() and button.isVisible()):
            return
        self._spent = button
        self._clicked_at = QPoint(self._pointer)
        self.activations += 1
        log.debug("dwell click on %s", button.accessibleName())
        button.click()  # the same signal as a tap (clicked), so every screen works unchanged
