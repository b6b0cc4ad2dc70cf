"""ZPL II for 203 and 300 dpi label printers (Zebra and compatibles).

`^CI28` (UTF-8), `^PW`/`^LL` set to the label, Code 128 with our own subsets and FNC1 (`>8`), and
every text field passed through `^FH` so `^` or `~` in a product name or an address cannot become
a printer command.
"""

from __future__ import annotations

from logins_desktop.labels import code128
from logins_desktop.labels.layout import Rule, Symbol, Text, layout
from logins_desktop.labels.model import LogisticLabel

# X-dimensions each resolution draws exactly (whole dots), widest first: 0.5 / 0.375 / 0.25 mm at 203 dpi.
MODULE_DOTS = {203: (4, 3, 2), 300: (6, 4, 3)}


def escape(text: str) -> str:
    """Field data for ^FH_: the hex indicator `_`, the command prefixes `^` and `~` become hex."""
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def render(label: LogisticLabel, dpi: int = 203, size: str = "100x150") -> str:
    if dpi not in MODULE_DOTS:
        raise ValueError("résolution ZPL : 203 ou 300 dpi")
    dots = dpi / 25.4
    modules_mm = tuple(d / dots for d in MODULE_DOTS[dpi])
    (width, height), items = layout(label, size, modules_mm)
    d = lambda mm: round(mm * dots)  # noqa: E731
    out = ["^XA", "^CI28", f"^PW{d(width)}", f"^LL{d(height)}", "^LH0,0"]
    for item in items:
        if isinstance(item, Text):
            h = d(item.height * (1.15 if item.bold else 1.0))
            out.append(f"^FO{d(item.x)},{d(item.y)}^A0N,{h},{h}^FH_^FD{escape(item.text)}^FS")
        elif isinstance(item, Rule):
            out.append(f"^FO{d(3)},{d(item.y)}^GB{d(width - 6)},{max(2, d(0.4))},{max(2, d(0.4))}^FS")
        elif isinstance(item, Symbol):
            module = round(item.module * dots)
            out.append(f"^FO{d(item.x)},{d(item.y)}^BY{module},3^BCN,{d(item.height)},N,N,N,N"
                       f"^FD{code128.zpl_field(item.barcode.data)}^FS")
    out.append("^XZ")
    return "\n".join(out) + "\n"
