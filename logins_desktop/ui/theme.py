"""Theme: sizes in millimetres turned into pixels with the screen's physical DPI, colours, font scale.

The stylesheet is rendered from resources/styles/theme.qss with the current values, so a change of
contrast, font scale or touch-target size applies live to every screen (qutebrowser does the same).

One visual system: one type scale (TYPE_SCALE, relative to the body size), one spacing scale
(SPACING, in millimetres like the touch targets), one icon set (resources/icons: Tabler Icons, MIT),
and one colour per meaning (MEANINGS: ok, error, warning, info), always next to a pictogram and words.
A worker's profile (domain.profile) sets target size, font scale, contrast, hand and calm mode when
their badge is scanned; the station's own profile is applied again at logout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from string import Template

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from logins_desktop.paths import resource

MM_PER_INCH = 25.4
FALLBACK_DPI = 96.0


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    ok: str
    ok_text: str
    error: str
    error_text: str
    warning: str
    warning_text: str
    border: str
    focus: str
    warning_ink: str  # the warning colour for a pictogram on the surface (yellow is too pale there)


# Red and green also differ in brightness (dark red vs mid green) and always come with a pictogram.
NORMAL = Palette(
    background="#f4f5f7", surface="#ffffff", text="#14171c", muted="#4b5563", accent="#1f4e9e",
    accent_text="#ffffff", ok="#1b7f3b", ok_text="#ffffff", error="#a30f17", error_text="#ffffff",
    warning="#f2b600", warning_text="#000000", border="#8a93a3", focus="#f28c00", warning_ink="#8a5a00",
)
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#ffffff", muted="#ffffff", accent="#ffff00",
    accent_text="#000000", ok="#00e676", ok_text="#000000", error="#ff6666", error_text="#000000",
    warning="#ffff00", warning_text="#000000", border="#ffffff", focus="#00e5ff", warning_ink="#ffff00",
)

# The same colour for the same meaning everywhere: pictograms named after a meaning take its colour
# on the surface; on a background of that colour they take its *_text colour (the caller says so).
MEANINGS = {"ok": "ok", "error": "error", "warning": "warning_ink", "info": "accent"}

# One type scale (multiples of the body size) and one spacing scale (millimetres).
TYPE_SCALE = {"small": 0.85, "body": 1.0, "title": 1.6, "huge": 2.4}
SPACING = {"xs": 1.0, "s": 2.0, "m": 4.0, "l": 6.0, "xl": 10.0}


def screen_dpi() -> float:
    """The physical DPI the screen reports (its EDID size); a station whose panel reports it wrong
    sets `[ui] dpi_override` (see Theme)."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.physicalDotsPerInch() if screen else 0.0
    # Some virtual screens report nonsense; below 50 dpi nothing is a real display.
    return dpi if dpi >= 50 else FALLBACK_DPI


def mm_to_px(mm: float, dpi: float | None = None) -> int:
    return round(mm * (dpi or screen_dpi()) / MM_PER_INCH)


@dataclass(frozen=True)
class ThemeSettings:
    touch_target_mm: float = 20.0
    font_scale: float = 1.0
    high_contrast: bool = False
    left_handed: bool = False  # the main button rows are mirrored (ui.widgets.handed)
    calm: bool = False  # no flashing screens


class Theme(QObject):
    """The live theme. Widgets read sizes from it; `changed` fires when the person adjusts the display."""

    changed = Signal()

    BASE_FONT_PT = 14.0
    MIN_SCALE, MAX_SCALE = 0.8, 2.0

    def __init__(self, settings: ThemeSettings | None = None, dpi: float | None = None):
        super().__init__()
        self._settings = settings or ThemeSettings()
        # dpi: the station's calibration ([ui] dpi_override) for a panel that reports its size wrong.
        self._dpi = dpi if dpi and dpi > 0 else None
        self._pixmaps: dict[tuple, QPixmap] = {}

    @property
    def settings(self) -> ThemeSettings:
        return self._settings

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self._settings.high_contrast else NORMAL

    @property
    def dpi(self) -> float:
        return self._dpi or screen_dpi()

    def px(self, mm: float) -> int:
        return mm_to_px(mm, self.dpi)

    @property
    def target_px(self) -> int:
        """Smallest side of any touch target."""
        return self.px(self._settings.touch_target_mm)

    @property
    def row_px(self) -> int:
        """Height of a table row: rows are tapped, so they are touch targets too."""
        return max(self.target_px, int(self.font_pt * 3))

    @property
    def font_pt(self) -> float:
        return self.BASE_FONT_PT * self._settings.font_scale

    def type_pt(self, step: str) -> float:
        """A size of the type scale ("small", "body", "title", "huge") in points."""
        return self.font_pt * TYPE_SCALE[step]

    def space(self, step: str) -> int:
        """A step of the spacing scale ("xs" … "xl") in pixels."""
        return self.px(SPACING[step])

    def meaning(self, kind: str) -> str:
        """The colour of a meaning (ok, error, warning, info) for a pictogram or border on the surface."""
        return getattr(self.palette, MEANINGS[kind])

    def apply_profile(self, profile) -> None:
        """A worker's profile (domain.profile.AccessProfile): applied live, in one restyle."""
        self.update(touch_target_mm=profile.touch_target_mm, font_scale=profile.font_scale,
                    high_contrast=profile.high_contrast, left_handed=profile.left_handed, calm=profile.calm)

    def update(self, **changes) -> None:
        new = replace(self._settings, **changes)
        new = replace(new, font_scale=min(self.MAX_SCALE, max(self.MIN_SCALE, new.font_scale)))
        if new != self._settings:
            self._settings = new
            self.apply()
            self.changed.emit()

    def stylesheet(self) -> str:
        template = Template(resource("styles", "theme.qss").read_text(encoding="utf-8"))
        p = self.palette
        return template.substitute(
            **{k: getattr(p, k) for k in p.__dataclass_fields__},
            font_pt=f"{self.type_pt('body'):.1f}",
            small_pt=f"{self.type_pt('small'):.1f}",
            big_pt=f"{self.type_pt('title'):.1f}",
            huge_pt=f"{self.type_pt('huge'):.1f}",
            target=self.target_px,
            radius=self.space("s"),
            pad=self.space("s"),
            border_px=3 if self._settings.high_contrast else 2,
        )

    def attach(self, root) -> None:
        """Restyle only `root` (the main window) from now on. A badge login restyles the station
        within its one second: the window's own stylesheet re-polishes its widgets three to four
        times faster than the application's (measured: 45-75 ms against 170-200 ms here), and
        the application's stays the station's own for any other window (a fault notice)."""
        self._root = root
        self.apply()

    def apply(self) -> None:
        target = getattr(self, "_root", None) or QApplication.instance()
        if target is not None:
            target.setStyleSheet(self.stylesheet())

    def icon(self, name: str, color: str | None = None, on_accent: bool = False) -> QIcon:
        """The pictogram as an icon. A checked (or primary) button is filled with the accent colour:
        its pictogram then takes the accent's text colour, like its words."""
        accent_text = self.palette.accent_text
        icon = QIcon(self.pixmap(name, 128, accent_text if on_accent else color))
        icon.addPixmap(self.pixmap(name, 128, accent_text), QIcon.Mode.Normal, QIcon.State.On)
        return icon

    def pixmap(self, name: str, size: int, color: str | None = None) -> QPixmap:
        # Rendering SVG costs about a millisecond; the station redraws its pictograms on every scan.
        color = color or (self.meaning(name) if name in MEANINGS else self.palette.text)
        return self.cached((name, size, color), lambda: self._render(name, size, color))

    def cached(self, key: tuple, draw: Callable[[], QPixmap]) -> QPixmap:
        """The pixmap drawn for `key`, drawn once (pictograms, the people's avatars)."""
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = draw()
        return pixmap

    def _render(self, name: str, size: int, color: str) -> QPixmap:
        svg = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
        # Qt's SVG renderer ignores currentColor: substitute the theme's text colour.
        svg = svg.replace("currentColor", color)
        renderer = QSvgRenderer(QByteArray(svg.encode()))
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        return pixmap
