"""An A4 sheet of command barcodes (Code 128) with pictograms and labels in the station's language, to
print and pin at each station: a worker can do everything by scanning, without touching the screen."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from logins_desktop.domain.barcodes import CommandName, command_code
from logins_desktop.messages import Message, msg, render

# (command, quantity or MANQUE reason, label, explanation, colour)
SHEET: list[tuple[CommandName, int | str | None, Message, Message, str]] = [
    (CommandName.VALIDATE, None, msg("commands_sheet.command.VALIDER"), msg("commands_sheet.explain.validate"),
     "#1b7f3b"),
    (CommandName.UNDO, None, msg("commands_sheet.command.ANNULER"), msg("commands_sheet.explain.undo"), "#a30f17"),
    (CommandName.PAUSE, None, msg("commands_sheet.command.PAUSE"), msg("commands_sheet.explain.pause"), "#1f4e9e"),
    (CommandName.RESUME, None, msg("commands_sheet.command.REPRISE"), msg("commands_sheet.explain.resume"), "#1f4e9e"),
    (CommandName.HELP, None, msg("commands_sheet.command.AIDE"), msg("commands_sheet.explain.help"), "#c26a00"),
    (CommandName.LOGOUT, None, msg("commands_sheet.command.DECONNEXION"), msg("commands_sheet.explain.logout"),
     "#333333"),
    *[(CommandName.QUANTITY, n, msg("commands_sheet.quantity_n", n=n), msg("commands_sheet.explain.quantity", n=n),
       "#4b5563") for n in (2, 3, 5, 10)],
    (CommandName.SHORT, "VIDE", msg("commands_sheet.short_empty"), msg("commands_sheet.explain.short_empty"), "#7a4b00"),
    (CommandName.SHORT, "ABIME", msg("commands_sheet.short_damaged"), msg("commands_sheet.explain.short_damaged"),
     "#7a4b00"),
]


def _pictogram(c: Canvas, name: CommandName, quantity: int | None, x: float, y: float, size: float, color: str) -> None:
    """Simple shapes that survive a cheap printer: drawn, not fonts."""
    c.setFillColor(HexColor(color))
    c.setStrokeColor(HexColor(color))
    r = size / 2
    cx, cy = x + r, y + r
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setFillColor(white)
    c.setLineWidth(size * 0.09)
    c.setLineCap(1)
    c.setLineJoin(1)
    if name is CommandName.VALIDATE:
        p = c.beginPath()
        p.moveTo(cx - r * 0.5, cy)
        p.lineTo(cx - r * 0.1, cy - r * 0.4)
        p.lineTo(cx + r * 0.55, cy + r * 0.4)
        c.drawPath(p, stroke=1, fill=0)
    elif name is CommandName.UNDO:
        c.arc(cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5, startAng=90, extent=270)
        p = c.beginPath()
        p.moveTo(cx - r * 0.05, cy + r * 0.72)
        p.lineTo(cx - r * 0.3, cy + r * 0.5)
        p.lineTo(cx - r * 0.05, cy + r * 0.28)
        c.drawPath(p, stroke=1, fill=0)
    elif name is CommandName.PAUSE:
        c.rect(cx - r * 0.4, cy - r * 0.45, r * 0.25, r * 0.9, stroke=0, fill=1)
        c.rect(cx + r * 0.15, cy - r * 0.45, r * 0.25, r * 0.9, stroke=0, fill=1)
    elif name is CommandName.RESUME:
        p = c.beginPath()
        p.moveTo(cx - r * 0.3, cy - r * 0.5)
        p.lineTo(cx - r * 0.3, cy + r * 0.5)
        p.lineTo(cx + r * 0.5, cy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif name is CommandName.HELP:
        c.setFont("Helvetica-Bold", size * 0.7)
        c.drawCentredString(cx, cy - size * 0.25, "?")
    elif name is CommandName.LOGOUT:
        c.rect(cx - r * 0.55, cy - r * 0.5, r * 0.55, r, stroke=1, fill=0)
        c.line(cx - r * 0.1, cy, cx + r * 0.6, cy)
        c.line(cx + r * 0.35, cy + r * 0.25, cx + r * 0.6, cy)
        c.line(cx + r * 0.35, cy - r * 0.25, cx + r * 0.6, cy)
    elif name is CommandName.SHORT:
        c.setFont("Helvetica-Bold", size * 0.6)
        c.drawCentredString(cx, cy - size * 0.2, "!")
    else:
        c.setFont("Helvetica-Bold", size * 0.5)
        c.drawCentredString(cx, cy - size * 0.17, f"×{quantity}")


def write_commands_sheet(path: Path, language: str = "fr") -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4)
    c.setTitle(render(msg("commands_sheet.title"), language))
    width, height = A4
    margin = 12 * mm
    c.setFont("Helvetica-Bold", 18)
    c.drawString(margin, height - margin - 6 * mm, render(msg("commands_sheet.heading"), language))
    columns, rows = 2, 6
    cell_w = (width - 2 * margin) / columns
    cell_h = (height - 2 * margin - 14 * mm) / rows
    for i, (name, quantity, label, explanation, color) in enumerate(SHEET):
        col, row = i % columns, i // columns
        x = margin + col * cell_w
        y = height - margin - 14 * mm - (row + 1) * cell_h
        c.setStrokeColor(HexColor("#8a93a3"))
        c.setLineWidth(0.5)
        c.setDash(3, 3)
        c.rect(x + 1 * mm, y + 1 * mm, cell_w - 2 * mm, cell_h - 2 * mm)  # cut line
        c.setDash()
        _pictogram(c, name, quantity, x + 4 * mm, y + cell_h - 22 * mm, 18 * mm, color)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x + 25 * mm, y + cell_h - 10 * mm, render(label, language))
        c.setFont("Helvetica", 9)
        c.drawString(x + 25 * mm, y + cell_h - 15 * mm, render(explanation, language))
        data = command_code(name, quantity) if name is CommandName.QUANTITY else command_code(name, option=quantity)
        # X-dimension 0.381 mm (15 mil): 3 dots at 200 dpi, comfortable for any handheld scanner.
        barcode = Code128(data, barHeight=13 * mm, barWidth=0.381 * mm, quiet=True, humanReadable=False)
        bx = x + (cell_w - barcode.width) / 2
        barcode.drawOn(c, bx, y + 8 * mm)
        c.setFont("Courier", 8)
        c.drawCentredString(x + cell_w / 2, y + 4.5 * mm, data)
    c.setFont("Helvetica", 7)
    c.setFillColor(HexColor("#4b5563"))
    commands = [msg(f"commands_sheet.command.{name.value}") for name in CommandName]
    c.drawString(margin, margin / 2, render(msg("commands_sheet.footer", commands=commands), language))
    c.showPage()
    c.save()
