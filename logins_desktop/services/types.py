"""The value types and errors the screens need, re-exported from the layers below.

The ui imports services only (an import-linter contract says so): what a screen legitimately
handles (an error to show, a role to choose a home screen, a scan frame, a printer's state, the
restriction values an editor sets) reaches it from here, so the ui never reaches into domain/,
store/ or devices/ directly.
"""

from __future__ import annotations

from logins_desktop.devices.printers import PrinterStatus
from logins_desktop.devices.scanners import ScanFrame
from logins_desktop.domain.barcodes import CommandName
from logins_desktop.domain.compatibility import Restrictions
from logins_desktop.domain.costing import PacePoint, Rate, trimmed
from logins_desktop.domain.ergonomics import FineMotor, Hands, Posture
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.pins import lock_duration_words
from logins_desktop.store.models import Role

__all__ = ["CommandName", "DomainError", "FineMotor", "Hands", "PacePoint", "Posture", "PrinterStatus", "Rate",
           "Restrictions", "Role", "ScanFrame", "lock_duration_words", "trimmed"]
