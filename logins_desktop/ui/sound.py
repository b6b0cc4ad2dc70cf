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
        self.volume = 1.0
        self.calm = False  # a worker's calm mode: the soft calm-* tones
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
            log.warning("sound off: QtMultimedia unavailable (%s)", exc)
            return
        if QMediaDevices.defaultAudioOutput().isNull():
            log.warning("sound off: no audio output (messages stay on screen)")
            return
        for name in self.NAMES:
            for file in (name, f"calm-{name}"):
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{file}.wav"))))
                effect.setVolume(1.0)
                self._effects[file] = effect
        self.available = True

    def set_profile(self, enabled: bool, volume: float = 1.0, calm: bool = False) -> None:
        """A worker's sound settings (on/off, volume 0-1, calm tones), or the station's at logout."""
        self.enabled, self.volume, self.calm = enabled, max(0.0, min(1.0, volume)), calm
        for effect in self._effects.values():
            effect.setVolume(self.volume)

    def play(self, name: str) -> None:
        self.played.append(name)
        del self.played[:-20]
        effect = self._effects.get(f"calm-{name}" if self.calm else name) if self.enabled else None
        if effect is not None and self.volume > 0:
            effect.play()
