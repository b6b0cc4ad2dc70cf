"""The header's sync line: last successful sync and pending changes; offline is visible, not alarming.

Sync runs off the GUI thread every `interval` seconds; scanning never waits for the network.
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel

from logins_desktop.services.sync import SyncService
from logins_desktop.ui.i18n import current_language


class _Done(QObject):
    finished = Signal(object)


class _Run(QRunnable):
    def __init__(self, service: SyncService, done: _Done, lock: threading.Lock):
        super().__init__()
        self._service, self._done, self._lock = service, done, lock

    def run(self):
        try:
            result = self._service.sync_once()
        except Exception as exc:  # offline, server restarting…: the next round will do
            result = exc
        finally:
            self._lock.release()
        self._done.finished.emit(result)


class SyncStatus(QLabel):
    def __init__(self, service: SyncService, interval_seconds: float = 30.0, parent=None):
        super().__init__(parent)
        self._service = service
        self._pool = QThreadPool(self)
        self._lock = threading.Lock()
        self._done = _Done()
        self._done.finished.connect(self._show)
        self.last_success: datetime | None = None
        self.online: bool | None = None
        self.setAccessibleName(self.tr("État de la synchronisation"))
        self._timer = QTimer(self, interval=int(interval_seconds * 1000))
        self._timer.timeout.connect(self.sync_now)
        self._timer.start()
        self._show(None, initial=True)

    def sync_now(self) -> None:
        if self._lock.acquire(blocking=False):
            self._pool.start(_Run(self._service, self._done, self._lock))

    def _show(self, result, initial: bool = False) -> None:
        pending = self._service.pending()
        if not initial:
            self.online = not isinstance(result, Exception)
            if self.online:
                self.last_success = datetime.now()
                changes = result.describe_changes(current_language()) if result is not None else ""
                if changes:  # the central copy won: say what changed here
                    self.setToolTip(self.tr("Reçu de la centrale : {0}").format(changes))
        when = self.last_success.strftime("%H:%M") if self.last_success else self.tr("jamais")
        if self.online is False:
            self.setText(self.tr("Hors ligne · {0} en attente — le travail continue").format(pending))
        else:
            self.setText(self.tr("Synchro {0} · {1} en attente").format(when, pending))

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone(10_000)
        self._service.close()
