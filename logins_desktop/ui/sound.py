"""Feedback sounds through QtMultimedia. Without libpulse or an audio device: silent, one log line."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QUrl

from logins_desktop.paths import resource

log = logging.getLogger(__name__)


def audio_server_found(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether a sound server Qt can talk to runs here. On Linux Qt plays through PipeWire or
    PulseAudio only; without either, loading QtMultimedia's audio backends just fails noisily (Qt
    warnings on stderr), so the app stays silent with one log line instead. Other systems: assumed."""
    if not sys.platform.startswith("linux"):
        return True
    if environ.get("PULSE_SERVER"):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR")
    sockets = [Path("/run/pulse/native")]  # PulseAudio's system-wide mode
    if runtime:
        sockets += [Path(runtime) / "pulse" / "native", Path(runtime) / "pipewire-0"]
    return any(path.exists() for path in sockets)


class Sounds:
    NAMES = ("ok", "error", "alert")

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._effects = {}
        self.available = False
        self.played: list[str] = []  # what was asked to play, newest last (tests and the event log read it)
        if not enabled:
            return
        if not audio_server_found():
            log.warning("sound off: no PipeWire or PulseAudio server (messages stay on screen)")
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
