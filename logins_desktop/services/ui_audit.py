"""The accessibility audit's findings and its colour maths, without Qt (ui.audit walks the screens).

Contrast is WCAG 2.2's: relative luminance of sRGB colours, ratio (L1 + 0.05) / (L2 + 0.05). The
colours are measured from the pixels a widget actually paints: the dominant colour is its
background, and the colour that differs most from it (among colours painted often enough not to
be anti-aliasing dust) is its text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from logins_desktop.messages import Message, msg, render

NORMAL_RATIO = 4.5  # WCAG 2.2 AA, body text
HIGH_CONTRAST_RATIO = 7.0  # WCAG 2.2 AAA: the high-contrast mode's promise

RGB = tuple[int, int, int]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: RGB, b: RGB) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def unpack(argb: int) -> RGB:
    return (argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF


def painted_colours(pixels: Iterable[int]) -> Counter:
    """Counts of each colour among 0xAARRGGBB pixels (alpha ignored)."""
    return Counter(p & 0xFFFFFF for p in pixels)


def text_and_background(counts: Counter, least_share: float = 0.0005, least_pixels: int = 4) -> tuple[RGB, RGB] | None:
    """(foreground, background): the dominant colour, and the one most distinct from it that covers
    at least `least_share` of the pixels (anti-aliased edges are many colours, each rare). None when
    only one colour is painted (no text to read)."""
    total = sum(counts.values())
    if not total:
        return None
    background = unpack(counts.most_common(1)[0][0])
    floor = max(least_pixels, int(total * least_share))
    candidates = [unpack(c) for c, n in counts.items() if n >= floor and unpack(c) != background]
    if not candidates:
        return None
    foreground = max(candidates, key=lambda c: contrast_ratio(c, background))
    return foreground, background


def hex_colour(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


@dataclass(frozen=True)
class Violation:
    """One finding: `kind` is the message id's end (no_name, no_role, too_small, outside, contrast)."""

    kind: str
    screen: str
    size: str
    name: str
    details: dict = field(default_factory=dict)

    def message(self) -> Message:
        return msg(f"audit_ui.{self.kind}", screen=self.screen, size=self.size, name=self.name, **self.details)

    def as_dict(self, language: str) -> dict:
        return {"kind": self.kind, "screen": self.screen, "size": self.size, "name": self.name, **self.details,
                "message": render(self.message(), language)}


def contrast_violation(screen: str, size: str, name: str, counts: Counter, high_contrast: bool) -> Violation | None:
    """The finding for a text's painted pixels, or None when they reach the ratio (or hold no text)."""
    colours = text_and_background(counts)
    if colours is None:
        return None
    needed = HIGH_CONTRAST_RATIO if high_contrast else NORMAL_RATIO
    ratio = contrast_ratio(*colours)
    if ratio >= needed:
        return None
    return Violation("contrast", screen, size, name, {"ratio": f"{ratio:.1f}", "needed": f"{needed:g}",
                                                      "text": hex_colour(colours[0]), "background": hex_colour(colours[1])})
