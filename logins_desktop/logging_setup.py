"""Where the application's log goes: a rotating file in the data dir, and the console if asked.

Every handler masks URL passwords (settings.mask_secrets), whatever the code logged, tracebacks too."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from logins_desktop.settings import data_dir, mask_secrets


def log_file() -> Path:
    return data_dir() / "logs" / "logins.log"


class MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks URL passwords in the whole line, traceback included."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return mask_secrets(super().format(record))


def _file_handler() -> logging.Handler | None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:  # a read-only or full data dir: the station still starts, without a log file
        sys.stderr.write(f"log file unavailable ({path}): {exc}\n")
        return None


def setup_logging(console: bool = True) -> None:
    root = logging.getLogger()
    handlers: list[logging.Handler] = []
    handler = _file_handler()
    if handler is not None:
        handlers.append(handler)
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    else:
        # No console handler: keep Python's last-resort handler from printing on stderr either.
        handlers.append(logging.NullHandler())
    for h in handlers:
        h.setFormatter(MaskingFormatter())
        root.addHandler(h)
    root.setLevel(logging.INFO)


def log_unexpected(exc: BaseException, where: str) -> Path | None:
    """Write an unexpected exception with its traceback to the log file; returns the file, or None
    when it cannot be written (the caller then says so instead of naming a file)."""
    handler = _file_handler()
    if handler is None:
        return None
    handler.setFormatter(MaskingFormatter())
    record = logging.LogRecord("logins_desktop", logging.ERROR, __file__, 0, "unexpected error in %s: %s",
                               (where, exc), (type(exc), exc, exc.__traceback__))
    try:
        handler.handle(record)
    finally:
        handler.close()
    return log_file()
