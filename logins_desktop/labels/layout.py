"""Where things go on a logistic label, in millimetres from the top-left corner.

One layout, drawn by both renderers (ZPL and PDF), so the printed label and the PDF agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from logins_desktop.domain.errors import DomainError
from logins_desktop.labels import code128
from logins_desktop.labels.model import SIZES, Barcode, LogisticLabel
from logins_desktop.messages import msg, render

MARGIN = 3.0
QUIET_MODULES = 10  # quiet zone on each side of a Code 128 symbol, in modules
CONTENT_BAR_MM, SSCC_BAR_MM, HRI_MM = 13.0, 20.0, 3.2
MAX_CONTENT_SYMBOLS = 3  # above the SSCC, in the bottom block: what the label's height holds


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # top of the text
    height: float  # character height in mm
    text: str
    bold: bool = False


# Average advance of a character of a sans-serif font, as a share of its height: used to cut a text
# that would run off its column (a printer would silently clip it).
CHAR_WIDTH = 0.62
BOLD_CHAR_WIDTH = 0.75


def fit(text: str, height: float, width: float, bold: bool = True) -> str:
    most = int(width / (height * (BOLD_CHAR_WIDTH if bold else CHAR_WIDTH)))
    # "..." and not "…": the printers' resident fonts have no ellipsis.
    return text if len(text) <= most else text[: max(1, most - 3)] + "..."


@dataclass(frozen=True)
class Rule:
    y: float


@dataclass(frozen=True)
class Symbol:
    x: float  # left edge of the bars (quiet zone is outside)
    y: float
    height: float
    module: float  # X-dimension in mm
    barcode: Barcode


def symbol_modules(barcode: Barcode) -> int:
    codes = code128.values(barcode.data)
    return 11 * (len(codes) - 1) + 13  # the stop pattern is 13 modules wide


def fits(barcode: Barcode, width_mm: float, module: float) -> bool:
    return (symbol_modules(barcode) + 2 * QUIET_MODULES) * module <= width_mm


def choose_module(barcode: Barcode, width_mm: float, candidates: tuple[float, ...]) -> float:
    """The widest X-dimension (first candidate that fits) with quiet zones inside the width."""
    for module in candidates:
        if fits(barcode, width_mm, module):
            return module
    raise DomainError(msg("labels.symbol_too_wide", text=barcode.text))


def symbols(label: LogisticLabel, width_mm: float, modules_mm: tuple[float, ...]) -> list[Barcode]:
    """The label's barcodes packed for the widest X-dimension at which they all fit (a wide X scans
    from further away): the usual groups when they fit, else the element strings packed again."""
    refused = None
    for module in modules_mm:
        try:
            return label.barcodes(lambda b, m=module: fits(b, width_mm, m), MAX_CONTENT_SYMBOLS)
        except DomainError as exc:
            refused = exc
    raise refused


def layout(label: LogisticLabel, size: str, modules_mm: tuple[float, ...]) -> tuple[tuple[float, float], list]:
    """The label's size and its items; `modules_mm` are the X-dimensions the printer can draw, widest first."""
    width, height = SIZES[size]
    items: list = []
    half = width / 2
    column = half - MARGIN - 1
    titles = (render(msg("labels.title.from"), label.language), render(msg("labels.title.to"), label.language))
    for x, title, party in ((MARGIN, titles[0], label.sender), (half + 1, titles[1], label.receiver)):
        items.append(Text(x, MARGIN, 2.0, title, bold=True))
        items.append(Text(x, MARGIN + 3.2, 2.8, fit(party.name, 2.8, column), bold=True))
        for i, line in enumerate(party.lines[:4]):
            items.append(Text(x, MARGIN + 7.6 + i * 3.9, 2.5, fit(line, 2.5, column, bold=False)))
    items.append(Rule(28.0))
    fields = label.fields()
    y0 = 30.0
    if label.product_name and fields and fields[0][1] == label.product_name:  # the product name: full width
        items.append(Text(MARGIN, y0, 1.8, fields[0][0]))
        items.append(Text(MARGIN, y0 + 2.3, 2.8, fit(fields[0][1], 2.8, width - 2 * MARGIN), bold=True))
        fields, y0 = fields[1:], y0 + 6.4
    rows = 4
    for i, (title, value) in enumerate(fields[: 2 * rows]):
        x = MARGIN + (i // rows) * half
        y = y0 + (i % rows) * 6.4
        items.append(Text(x, y, 1.8, title))
        items.append(Text(x, y + 2.3, 2.8, fit(value, 2.8, column), bold=True))
    items.append(Rule(66.0))
    y = 68.0
    barcodes = symbols(label, width, modules_mm)
    for n, barcode in enumerate(barcodes):
        last = n == len(barcodes) - 1  # the SSCC, lowest and tallest
        bar = SSCC_BAR_MM if last else CONTENT_BAR_MM
        module = choose_module(barcode, width, modules_mm)
        x = (width - symbol_modules(barcode) * module) / 2
        items.append(Symbol(x, y, bar, module, barcode))
        items.append(Text(max(MARGIN, x), y + bar + 0.6, 2.6, barcode.text, bold=last))
        y += bar + HRI_MM + 1.6
    if y > height:
        raise DomainError(msg("labels.too_tall", height=round(y), available=round(height)))
    return (width, height), items
