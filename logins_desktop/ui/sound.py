"""Feedback sounds through QtMultimedia. Without libpulse or an audio device: silent, one log line."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl

from logins_desktop.paths import resource

log = logging.getLogger(__name__)


class Sounds:
    NAMES = ("ok", "error", "alert")

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._effects = {}
        self.available = False
        self.played: list[str] = []  # what was asked to play, newest last (tests and the event log read it)
        if not enabled:
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # libpulse.so.0 missing: QtMultimedia cannot load
            log.warning("son désactivé : QtMultimedia indisponible (%s)", exc)
            return
        if QMediaDevices.defaultAudioOutput().isNull():
            log.warning("son désactivé : aucune sortie audio (les messages restent visibles)")
            return
        for name in self.NAMES:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{name}.wav"))))
            effect.setVolume(1.0)
            self._effects[name] = effect
        self.available = True

    def play(self, name: str) -> None:
        self.played.append(name)
        del self.played[:-20]
        effect = self._effects.get(name) if self.enabled else None
        if effect is not None:
            effect.play()
