"""Application-wide key filter for keyboard-wedge scanners (hid://).

Every key press goes to the focused widget first; this filter sees it before the widget does,
holds it for a few milliseconds, and lets `BurstDetector` decide: a scanner's burst is swallowed
and delivered as a scan (so it never lands in a text field), a person's keys are given back to the
widget they were meant for, in order.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


class WedgeScanner(Protocol):
    """What the filter needs of a keyboard-wedge scanner (devices' HidScanner; the composition root
    builds it and hands it in): its burst detector, and where a finished frame goes."""

    detector: Any

    def deliver(self, frame: Any) -> None: ...


class WedgeFilter(QObject):
    def __init__(self, scanner: WedgeScanner, parent=None):
        super().__init__(parent)
        self._scanner = scanner
        self._detector = scanner.detector
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._replaying = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(int(self._detector.max_interval * 1000) + 5)
        self._timer.timeout.connect(self._flush)

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._flush(force=True)

    def eventFilter(self, obj, event) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if obj is not QApplication.focusWidget() or not event.text():
            return False  # only the first delivery of a key with text; parents see propagation
        decision = self._detector.key(event.text(), time.monotonic())
        self._give_back(len(decision.replay))
        if decision.frame is not None:
            self._held.clear()  # those keys were the scan
            self._timer.stop()
            self._scanner.deliver(decision.frame)
            return True
        if decision.swallow:
            self._held.append((obj, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                              event.isAutoRepeat(), event.count())))
            self._timer.start()
            return True
        return False

    def _flush(self, force: bool = False) -> None:
        given = self._detector.timeout(time.monotonic() + (1.0 if force else 0.0))
        self._give_back(len(given))

    def _give_back(self, count: int) -> None:
        if count <= 0:
            return
        events, self._held = self._held[:count], self._held[count:]
        self._replaying = True
        try:
            for receiver, event in events:
                QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False
