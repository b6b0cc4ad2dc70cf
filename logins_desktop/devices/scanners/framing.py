"""Turn a scanner's byte stream into frames, whatever way the bytes arrive.

A frame may be split across reads, two may come in one read; the suffix (CR, LF, CRLF, TAB) ends
each; a prefix may be configured; an AIM symbology identifier (`]E0`, `]C1`, `]d2`, `]Q3`…) may
start it; GS (0x1D) separates GS1 fields and is kept; other control bytes and non-ASCII bytes are
line noise and are dropped from the text (the raw bytes are kept for the record). A line longer
than `max_length` is rejected as a whole, never cut into codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from logins_desktop.devices.scanners.base import ScanFrame
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d

SUFFIXES = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "TAB": b"\t"}
MAX_FRAME = 512
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_GS = 0x1D


def suffix_bytes(name: str) -> bytes:
    try:
        return SUFFIXES[name.upper()]
    except KeyError:
        raise ValueError(msg(d.UNKNOWN_SUFFIX, suffix=name, choices=", ".join(SUFFIXES))) from None


@dataclass
class FrameDecoder:
    suffix: bytes = b"\r"
    prefix: bytes = b""
    max_length: int = MAX_FRAME
    _buffer: bytearray = field(default_factory=bytearray)
    _discarding: int = 0  # bytes dropped so far of an overlong line

    def feed(self, data: bytes) -> list[ScanFrame]:
        frames: list[ScanFrame] = []
        self._buffer += data
        while True:
            end = self._buffer.find(self.suffix)
            if end < 0:
                break
            raw = bytes(self._buffer[:end])
            del self._buffer[: end + len(self.suffix)]
            if self._discarding:
                frames.append(self._overlong(self._discarding + len(raw)))
                self._discarding = 0
                continue
            frame = self._frame(raw)
            if frame is not None:
                frames.append(frame)
        if len(self._buffer) > self.max_length:
            # No suffix in sight: drop what we have and everything up to the next suffix.
            self._discarding += len(self._buffer)
            self._buffer.clear()
        return frames

    def _overlong(self, length: int) -> ScanFrame:
        return ScanFrame(
            raw=b"", text="", error=msg("scan.too_long", length=length, max=self.max_length)
        )

    def _frame(self, raw: bytes) -> ScanFrame | None:
        if len(raw) > self.max_length:
            return ScanFrame(raw=raw[: self.max_length], text="", error=self._overlong(len(raw)).error)
        payload = raw
        if self.prefix and payload.startswith(self.prefix):
            payload = payload[len(self.prefix):]
        clean = bytes(b for b in payload if 0x20 <= b < 0x7F or b == _GS)
        text = clean.decode("ascii").strip(" ")
        if not text:
            return None  # a bare suffix, or only noise: nothing was scanned
        symbology = None
        if _AIM.match(text):
            symbology, text = text[:3], text[3:]
        return ScanFrame(raw=raw, text=text, symbology=symbology)
