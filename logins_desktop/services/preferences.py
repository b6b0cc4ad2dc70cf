"""The station's display preferences changed on screen (contrast, text size, touch target size,
language), saved to the settings file so they are still there after a restart.

The file is re-read before each save and only the [ui] display keys and `language` change: a
--db override or the demo's database given on the command line is never written into the file,
and what another program wrote there meanwhile is kept. Written with the settings writer (0600).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.settings import Settings, SettingsError, parse_settings, write_settings

log = logging.getLogger(__name__)

FONT_SCALE_RANGE = (0.5, 3.0)


class DisplayPreferences:
    def __init__(self, path: Path):
        self.path = path

    def _current(self) -> Settings:
        if not self.path.exists():
            return Settings()
        return parse_settings(self.path.read_text(encoding="utf-8"), source=str(self.path))

    def save(self, *, high_contrast: bool | None = None, font_scale: float | None = None,
             touch_target_mm: float | None = None, language: str | None = None) -> Settings:
        """Write the given preferences (None = unchanged); returns the settings now in the file.
        A value out of range is refused in words and nothing is written."""
        try:
            current = self._current()
        except SettingsError as exc:  # a file broken by hand: never overwritten blindly
            raise DomainError(msg("display.file_unreadable", path=str(self.path), detail=str(exc))) from exc
        ui = current.ui
        if high_contrast is not None:
            ui = replace(ui, high_contrast=bool(high_contrast))
        if font_scale is not None:
            low, high = FONT_SCALE_RANGE
            if not low <= font_scale <= high:
                raise DomainError(msg("display.font_scale_range", value=font_scale, low=low, high=high))
            ui = replace(ui, font_scale=round(float(font_scale), 2))
        if touch_target_mm is not None:
            if not 10.0 <= touch_target_mm <= 40.0:
                raise DomainError(msg("display.target_range", value=touch_target_mm))
            ui = replace(ui, touch_target_mm=float(touch_target_mm))
        new = replace(current, ui=ui)
        if language is not None:
            if language not in ("fr", "en"):
                raise DomainError(msg("display.language_unknown", language=language))
            new = replace(new, language=language)
        if new != current:
            write_settings(new, self.path)
            log.info("display preferences saved to %s", self.path)
        return new
