"""Regenerate resources/sounds/*.wav (committed): short, distinct tones that carry on a noisy floor.

ok: two rising notes. error: a low buzzing triple beep, unmistakable next to ok. alert: a two-tone call.
The calm-* variants are for a worker's calm mode: the same shapes (rising = ok, falling = refused),
as soft sine tones with slow fades and no square wave.
"""

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.6, square: bool = False, fade_s: float = 0.005) -> list[float]:
    n = int(RATE * seconds)
    fade = int(RATE * fade_s)
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 1.0 if s >= 0 else -1.0
        env = min(1.0, i / fade, (n - i) / fade)
        out.append(s * volume * env)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


write("ok", tone(880, 0.09) + silence(0.02) + tone(1320, 0.14))
write("error", sum((tone(196, 0.16, 0.5, square=True) + silence(0.06) for _ in range(3)), []))
write("alert", tone(660, 0.2) + tone(990, 0.2) + tone(660, 0.2) + tone(990, 0.2))
write("calm-ok", tone(523, 0.16, 0.3, fade_s=0.04) + tone(659, 0.22, 0.3, fade_s=0.06))
write("calm-error", tone(392, 0.25, 0.35, fade_s=0.05) + tone(294, 0.35, 0.35, fade_s=0.08))
write("calm-alert", tone(440, 0.3, 0.3, fade_s=0.06) + tone(554, 0.3, 0.3, fade_s=0.06))
