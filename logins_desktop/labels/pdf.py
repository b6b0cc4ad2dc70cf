"""PDF labels with reportlab's vector Code 128 (FNC1 as \\xf1): single labels and A4 sheets."""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from logins_desktop.labels.layout import Rule, Symbol, Text, layout
from logins_desktop.labels.model import SIZES, LogisticLabel
from logins_desktop.labels.zpl import printable
from logins_desktop.messages import msg
from logins_desktop.messages import render as render_message

MODULES_MM = (0.5, 0.375, 0.33, 0.25)  # a PDF can draw any width: the GS1 minimum first, then denser, down to what ZPL draws


def _draw(c: Canvas, label: LogisticLabel, size: str, ox: float = 0.0, oy: float = 0.0) -> None:
    """Draw one label with its top-left corner at (ox, oy) mm from the page's top-left corner."""
    (width, height), items = layout(label, size, MODULES_MM)
    page_h = c._pagesize[1] / mm
    top = page_h - oy
    for item in items:
        if isinstance(item, Text):
            points = item.height / 0.72 * 72 / 25.4  # item.height is the cap height, ≈ 0.72 em in Helvetica
            c.setFont("Helvetica-Bold" if item.bold else "Helvetica", points)
            c.drawString((ox + item.x) * mm, (top - item.y - item.height) * mm, printable(item.text))
        elif isinstance(item, Rule):
            c.setLineWidth(0.4 * mm)
            c.line((ox + 3) * mm, (top - item.y) * mm, (ox + width - 3) * mm, (top - item.y) * mm)
        elif isinstance(item, Symbol):
            symbol = Code128(item.barcode.data, barWidth=item.module * mm, barHeight=item.height * mm,
                             quiet=False, humanReadable=False)
            symbol.drawOn(c, (ox + item.x) * mm, (top - item.y - item.height) * mm)


def render(labels: list[LogisticLabel], size: str = "100x150") -> bytes:
    """One label per page, the page the size of the label (A6-like): what a label printer takes."""
    buffer = BytesIO()
    width, height = SIZES[size]
    c = Canvas(buffer, pagesize=(width * mm, height * mm))
    c.setTitle(render_message(msg("labels.pdf_title"), labels[0].language if labels else "fr"))
    for label in labels:
        _draw(c, label, size)
        c.showPage()
    c.save()
    return buffer.getvalue()


def render_a4_sheet(labels: list[LogisticLabel], size: str = "100x150") -> bytes:
    """Two labels per A4 page (portrait), side by side, for an office printer and a guillotine."""
    from reportlab.lib.pagesizes import A4

    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4)
    width, _ = SIZES[size]
    for i, label in enumerate(labels):
        if i and i % 2 == 0:
            c.showPage()
        _draw(c, label, size, ox=4 + (i % 2) * (width + 2), oy=10)
    c.showPage()
    c.save()
    return buffer.getvalue()
