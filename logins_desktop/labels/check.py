"""Whether a logistic label can be printed by every renderer at every size: asked when a handling
unit is created, so what is saved can always be printed later."""

from __future__ import annotations

from logins_desktop.labels import pdf, zpl
from logins_desktop.labels.layout import layout
from logins_desktop.labels.model import SIZES, LogisticLabel


def check_printable(label: LogisticLabel) -> None:
    """Raise the DomainError a renderer would raise (data refused, a symbol too wide, too many symbols)."""
    module_sets = [tuple(d / (dpi / 25.4) for d in dots) for dpi, dots in zpl.MODULE_DOTS.items()]
    for size in SIZES:
        for modules_mm in (*module_sets, pdf.MODULES_MM):
            layout(label, size, modules_mm)
