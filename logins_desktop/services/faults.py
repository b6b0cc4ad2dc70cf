"""Database faults in words, for the edges (CLI, window, headless station): open a database or say
plainly why not, and turn an exception met later into the same plain message."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError

from logins_desktop.messages import Message
from logins_desktop.services.backup import explain_damage
from logins_desktop.store.database import Database, DatabaseDamaged, DatabaseFault, fault_from, open_database
from logins_desktop.store.db import DEFAULT_BUSY_SECONDS


def plain_fault(exc: BaseException, url: str, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> Message | None:
    """The message for a database exception (damaged, busy, read-only, full, unreachable), else None."""
    fault = exc if isinstance(exc, DatabaseFault) else None
    if fault is None and isinstance(exc, SQLAlchemyError):
        fault = fault_from(exc, url, busy_seconds)
    if fault is None:
        return None
    if isinstance(fault, DatabaseDamaged):
        return explain_damage(fault, url)
    return fault.message


def open_or_explain(url: str, *, upgrade: bool = True, check: bool = False,
                    busy_seconds: float = DEFAULT_BUSY_SECONDS,
                    on_busy: Callable[[float], None] | None = None) -> Database:
    """open_database, with a damaged file's message naming the newest valid backup and the command."""
    try:
        return open_database(url, upgrade=upgrade, check=check, busy_seconds=busy_seconds, on_busy=on_busy)
    except DatabaseDamaged as fault:
        raise DatabaseFault(explain_damage(fault, url)) from fault
