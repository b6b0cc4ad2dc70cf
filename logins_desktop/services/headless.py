"""The station without a window: one JSON object per handled frame on stdout, device status on stderr.

`"committed": true` is printed only after the scan's transaction is committed (synchronous=FULL).
SIGTERM and SIGINT end it cleanly: the scanner is closed, the database released.
A station already running on the same database is refused (services.station_lock); a read-only
database is said once on stderr, and every scan then comes back `"committed": false`.
"""

from __future__ import annotations

import json
import signal
import sys
import threading

from logins_desktop.devices.scanners import ScanFrame, open_scanner
from logins_desktop.domain.errors import DomainError
from logins_desktop.logging_setup import setup_logging
from logins_desktop.messages import Message, msg, render
from logins_desktop.services.backup import BackupScheduler
from logins_desktop.services.station import StationService
from logins_desktop.services.station_lock import StationLock
from logins_desktop.store.database import Database


def run_headless(db: Database, station_id: str, scanner_url: str, out=None, err=None, backup_hours: float = 0.0,
                 language: str = "fr", low_stock_kits: int = 10) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    setup_logging(console=False)  # stdout and stderr carry JSON only; the log goes to its file
    lock = StationLock(db, station_id)
    try:
        lock.acquire()
        service = StationService(db, station_id, low_stock_kits=low_stock_kits)
    except DomainError as exc:
        lock.release()
        db.dispose()
        err.write(json.dumps({"station": station_id, "ready": False, "error": exc.text(language),
                              "message": exc.message.to_json() if exc.message else None}, ensure_ascii=False) + "\n")
        err.flush()
        return 1
    if db.read_only:
        refusal = msg("db.read_only", path=db.display_url)
        err.write(json.dumps({"database": "read_only", "error": refusal.text(language), "message": refusal.to_json()},
                             ensure_ascii=False) + "\n")
        err.flush()
    db.start_checkpointer()
    scanner = open_scanner(scanner_url)
    stop = threading.Event()
    one_at_a_time = threading.Lock()  # one frame at a time, whatever thread delivers it

    def on_frame(frame: ScanFrame) -> None:
        with one_at_a_time:
            result = service.handle(frame)
            out.write(json.dumps(result.to_json(language), ensure_ascii=False) + "\n")
            out.flush()

    def on_status(connected: bool, message: str) -> None:
        err.write(json.dumps({"scanner": "connected" if connected else "disconnected",
                              "text": render(message, language),
                              "message": message.to_json() if isinstance(message, Message) else None},
                             ensure_ascii=False) + "\n")
        err.flush()

    scheduler = None
    if backup_hours > 0 and db.engine.dialect.name == "sqlite" and not db.read_only:
        scheduler = BackupScheduler(db.url, backup_hours)
        scheduler.start()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        scanner.start(on_frame, on_status)
        err.write(json.dumps({"station": station_id, "ready": True, "resumed_worker": service.state.badge}) + "\n")
        err.flush()
        stop.wait()
    finally:
        scanner.stop()
        if scheduler is not None:
            scheduler.stop()
        lock.release()
        db.dispose()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
