"""ZPL II for 203 and 300 dpi label printers (Zebra and compatibles).

`^CI28` (UTF-8), `^PW`/`^LL` set to the label, Code 128 with our own subsets and FNC1 (`>8`), and
every field, text and barcode, passed through `field_data` behind `^FH_`, so `^` or `~` in a product
name, an address, a SKU or a batch cannot become a printer command.
"""

from __future__ import annotations

import unicodedata

from logins_desktop.domain.errors import DomainError
from logins_desktop.labels import code128
from logins_desktop.labels.layout import Rule, Symbol, Text, layout
from logins_desktop.labels.model import LogisticLabel
from logins_desktop.messages import msg

# X-dimensions each resolution draws exactly (whole dots), widest first: 0.5 / 0.375 / 0.25 mm at 203 dpi.
MODULE_DOTS = {203: (4, 3, 2), 300: (6, 4, 3)}


# Characters the resident scalable font (^A0) prints under ^CI28: printable ASCII and Latin-1.
def _in_font(c: str) -> bool:
    return 0x20 <= ord(c) <= 0x7E or 0xA0 <= ord(c) <= 0xFF


# Common characters outside the font, written the way a person would type them.
_TRANSLITERATION = {"…": "...", "—": "-", "–": "-", "‐": "-", "‑": "-", "−": "-", "‘": "'", "’": "'", "‚": "'",
                    "“": '"', "”": '"', "„": '"', "œ": "oe", "Œ": "OE", "€": "EUR", "•": "-", "\u202f": " ",
                    "\u2009": " ", "\t": " ", "\n": " ", "\r": " "}


def printable(text: str) -> str:
    """The text with only characters the printer's fonts print: known ones transliterated, accents
    outside Latin-1 dropped to their base letter, anything else as `?` (never silently removed)."""
    out = []
    for c in text:
        if _in_font(c):
            out.append(c)
        elif c in _TRANSLITERATION:
            out.append(_TRANSLITERATION[c])
        else:
            base = "".join(b for b in unicodedata.normalize("NFKD", c) if _in_font(b))
            out.append(base or "?")
    return "".join(out)


def field_data(data: str) -> str:
    """Any ^FD content, for ^FH_: the hex indicator `_`, the prefixes `^` and `~`, and control
    characters become `_XX` escapes, so nothing inside a field can end it or start a command."""
    out = []
    for c in data:
        if c in "_^~" or ord(c) < 0x20 or ord(c) == 0x7F:
            out.append("".join(f"_{b:02X}" for b in c.encode("utf-8")))
        else:
            out.append(c)
    return "".join(out)


def escape(text: str) -> str:
    """Human-readable text for ^FH_^FD: what the font prints, escaped."""
    return field_data(printable(text))


def render(label: LogisticLabel, dpi: int = 203, size: str = "100x150") -> str:
    if dpi not in MODULE_DOTS:
        raise DomainError(msg("labels.zpl_dpi"))
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
                       f"^FH_^FD{field_data(code128.zpl_field(item.barcode.data))}^FS")
    out.append("^XZ")
    return "\n".join(out) + "\n"
