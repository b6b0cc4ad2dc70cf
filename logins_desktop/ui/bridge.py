"""Device callbacks arrive on any thread; this QObject re-emits them as signals on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from logins_desktop.services.types import ScanFrame


class ScannerBridge(QObject):
    frame = Signal(object)  # ScanFrame
    status = Signal(bool, object)  # (connected, a catalogue message)

    def on_frame(self, frame: ScanFrame) -> None:
        self.frame.emit(frame)

    def on_status(self, connected: bool, message) -> None:
        self.status.emit(connected, message)
