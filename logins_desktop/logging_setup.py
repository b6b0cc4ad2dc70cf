"""Where the application's log goes: a rotating file in the data dir, and the console if asked."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from logins_desktop.settings import data_dir


def setup_logging(console: bool = True) -> None:
    logs = data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(logs / "logins.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if console:
        root.addHandler(logging.StreamHandler(sys.stderr))
    else:
        # No console handler: keep Python's last-resort handler from printing on stderr either.
        root.addHandler(logging.NullHandler())
    root.setLevel(logging.INFO)
