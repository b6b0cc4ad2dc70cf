"""Product and kit labels, 100×50 mm: the name, the SKU, and the product's barcode — EAN-13 (or
EAN-8 / UPC-A) when it has a GTIN, else a Code 128 of its SKU. ZPL, PDF, and a PNG preview made
with python-barcode for the screen."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

import barcode
from barcode.writer import ImageWriter
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import validate_gtin
from logins_desktop.labels import code128
from logins_desktop.labels.layout import QUIET_MODULES, fit
from logins_desktop.labels.zpl import escape, field_data, printable
from logins_desktop.messages import msg

WIDTH_MM, HEIGHT_MM = 100.0, 50.0
SKU_MODULE_MM = 0.375  # X of the SKU's Code 128 (3 dots at 203 dpi; 4 at 300 dpi is narrower)


@dataclass(frozen=True)
class ProductLabel:
    sku: str
    name: str
    gtin: str | None = None
    customer: str = ""

    def __post_init__(self):
        if self.gtin:
            validate_gtin(self.gtin)
        else:  # the SKU is the barcode: refuse what Code 128 cannot carry rather than print other bars
            modules = 11 * (len(code128.values(self.sku)) - 1) + 13 + 2 * QUIET_MODULES
            if modules * SKU_MODULE_MM > WIDTH_MM - 6:  # bars past the label's edge would be cut off
                raise DomainError(msg("labels.symbol_too_wide", text=self.sku))

    @property
    def symbology(self) -> str:
        """ean13, ean8, upca (the GTIN as retail scanners read it), or code128 (the SKU)."""
        return {13: "ean13", 8: "ean8", 12: "upca"}.get(len(self.gtin or ""), "code128")


def zpl(label: ProductLabel, dpi: int = 203) -> str:
    dots = dpi / 25.4
    d = lambda v: round(v * dots)  # noqa: E731
    module = 3 if dpi == 203 else 4  # 0.375 / 0.339 mm: EAN-13 at about 115 % magnification
    out = ["^XA", "^CI28", f"^PW{d(WIDTH_MM)}", f"^LL{d(HEIGHT_MM)}", "^LH0,0",
           f"^FO{d(4)},{d(3)}^A0N,{d(4.2)},{d(4.2)}^FH_^FD{escape(fit(label.name, 3.6, WIDTH_MM - 8))}^FS",
           f"^FO{d(4)},{d(9)}^A0N,{d(3)},{d(3)}^FH_^FD{escape(label.sku + '  ' + label.customer)}^FS"]
    height = d(20)
    if label.symbology == "code128":
        out.append(f"^FO{d(6)},{d(15)}^BY{module},3^BCN,{height},Y,N,N,N"
                   f"^FH_^FD{field_data(code128.zpl_field(label.sku))}^FS")
    else:
        command = {"ean13": "^BEN", "ean8": "^B8N", "upca": "^BUN"}[label.symbology]
        # The printer computes the check digit from the digits before it.
        out.append(f"^FO{d(14)},{d(15)}^BY{module},3{command},{height},Y,N^FH_^FD{field_data(label.gtin[:-1])}^FS")
    out.append("^XZ")
    return "\n".join(out) + "\n"


def pdf(labels: list[ProductLabel]) -> bytes:
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(WIDTH_MM * mm, HEIGHT_MM * mm))
    for label in labels:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(4 * mm, (HEIGHT_MM - 8) * mm, printable(fit(label.name, 3.6, WIDTH_MM - 8)))
        c.setFont("Helvetica", 9)
        c.drawString(4 * mm, (HEIGHT_MM - 13) * mm, printable(f"{label.sku}  {label.customer}".strip()))
        if label.symbology == "code128":
            symbol = Code128(label.sku, barWidth=SKU_MODULE_MM * mm, barHeight=20 * mm, humanReadable=True)
            symbol.drawOn(c, 6 * mm, 6 * mm)
        else:
            kind = {"ean13": "EAN13", "ean8": "EAN8", "upca": "UPCA"}[label.symbology]
            drawing = createBarcodeDrawing(kind, value=label.gtin[:-1], barWidth=0.375 * mm, barHeight=20 * mm,
                                           humanReadable=True)
            drawing.drawOn(c, 14 * mm, 5 * mm)
        c.showPage()
    c.save()
    return buffer.getvalue()


def preview_png(label: ProductLabel) -> bytes:
    """The barcode alone as a PNG (python-barcode), for the screen."""
    kind = {"ean13": "ean13", "ean8": "ean8", "upca": "upca"}.get(label.symbology, "code128")
    value = label.gtin[:-1] if kind != "code128" else label.sku
    image = barcode.get(kind, value, writer=ImageWriter()).render(
        {"module_width": 0.3, "module_height": 10.0, "font_size": 8, "text_distance": 3, "dpi": 150})
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
