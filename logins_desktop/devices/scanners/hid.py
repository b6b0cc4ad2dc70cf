"""`hid://?suffix=CR&layout=auto&max_interval_ms=35`: keyboard-wedge scanners.

A wedge scanner types its code as keystrokes, much faster than a person, ended by a suffix key.
`BurstDetector` (pure Python) tells a scanner burst from human typing; the Qt event filter in
`ui/wedge.py` feeds it every key press of the application, whatever widget has focus, swallows the
scanner's keys (so a scan never lands in a text field) and gives a person's keys back.

A scanner left in US layout on a French AZERTY station types `&é"'(-è_çà` for `1234567890`:
`layout=us-on-azerty` maps the burst back; `layout=auto` (default) does so when the burst holds
characters no barcode has (é, è, ç, à, ù, §, °, £).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from logins_desktop.devices.scanners.base import FrameCallback, ScanFrame, ScannerError, StatusCallback
from logins_desktop.devices.scanners.framing import MAX_FRAME
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d

# What an AZERTY keyboard layout prints for the keys a US-layout scanner presses, mapped back.
US_ON_AZERTY = str.maketrans({
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8", "ç": "9", "à": "0",
    ")": "-", "1": "!", "2": "@", "3": "#", "4": "$", "5": "%", "6": "^", "7": "&", "8": "*", "9": "(",
    "0": ")", "°": "_", "a": "q", "z": "w", "A": "Q", "Z": "W", "$": "]", "£": "}", "q": "a", "Q": "A",
    "m": ";", "M": ":", "ù": "'", "%": '"', "w": "z", "W": "Z", ",": "m", "?": "M", ";": ",", ".": "<",
    ":": ".", "/": ">", "!": "/", "§": "?",
})
AZERTY_TELLTALES = set("éèçàù§°£")
SUFFIX_KEYS = {"CR": "\r", "LF": "\n", "CRLF": "\r", "TAB": "\t"}
LAYOUTS = ("auto", "us-on-azerty", "native")


@dataclass(frozen=True)
class Decision:
    swallow: bool  # keep this key from the focused widget
    frame: ScanFrame | None = None  # a complete scan
    replay: str = ""  # a person's keys, to give back to the focused widget


@dataclass
class BurstDetector:
    suffix: str = "\r"
    layout: str = "auto"
    max_interval: float = 0.035  # seconds between a scanner's keys; people are slower
    min_length: int = 3
    max_length: int = MAX_FRAME
    _keys: list[str] = field(default_factory=list)
    _last: float = float("-inf")

    def key(self, char: str, t: float) -> Decision:
        """One key press (its text, its time in seconds)."""
        replay = ""
        if self._keys and t - self._last > self.max_interval:
            replay = self._give_back()
        self._last = t
        if char == self.suffix or (self.suffix == "\r" and char == "\n"):
            if len(self._keys) >= self.min_length:
                return Decision(True, self._frame(), replay)
            replay += "".join(self._keys) + char
            self._keys.clear()
            return Decision(False, None, replay[:-1]) if replay else Decision(False)
        self._keys.append(char)
        if len(self._keys) > self.max_length:
            self._keys.clear()
            return Decision(True, ScanFrame(b"", "", error=msg("scan.too_long", length=self.max_length + 1, max=self.max_length)), replay)
        return Decision(True, None, replay)

    def timeout(self, t: float) -> str:
        """Called when no key came for max_interval: whatever is held was typed by a person."""
        if self._keys and t - self._last >= self.max_interval:
            return self._give_back()
        return ""

    def _give_back(self) -> str:
        keys = "".join(self._keys)
        self._keys.clear()
        return keys

    def _frame(self) -> ScanFrame:
        typed = "".join(self._keys)
        self._keys.clear()
        raw = typed.encode("utf-8")
        text = typed
        if self.layout == "us-on-azerty" or (self.layout == "auto" and AZERTY_TELLTALES & set(typed)):
            text = typed.translate(US_ON_AZERTY)
        symbology = None
        if len(text) >= 3 and text[0] == "]" and text[1].isalpha():
            symbology, text = text[:3], text[3:]
        return ScanFrame(raw=raw, text=text, symbology=symbology)


class HidScanner:
    """The device side of a wedge scanner: the UI's key filter feeds `detector` and calls `deliver`."""

    simulated = False

    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        suffix = query.get("suffix", "CR").upper()
        layout = query.get("layout", "auto")
        if suffix not in SUFFIX_KEYS:
            raise ScannerError(msg(d.UNKNOWN_SUFFIX, suffix=suffix, choices=", ".join(SUFFIX_KEYS)))
        if layout not in LAYOUTS:
            raise ScannerError(msg(d.UNKNOWN_LAYOUT, layout=layout, choices=", ".join(LAYOUTS)))
        try:
            interval = float(query.get("max_interval_ms", 35)) / 1000
        except ValueError:
            raise ScannerError(msg(d.BAD_INTERVAL, url=url)) from None
        self.detector = BurstDetector(SUFFIX_KEYS[suffix], layout, interval)
        self._on_frame: FrameCallback | None = None

    def start(self, on_frame: FrameCallback, on_status: StatusCallback) -> None:
        self._on_frame = on_frame
        on_status(True, msg(d.HID_READY))

    def stop(self) -> None:
        self._on_frame = None

    def deliver(self, frame: ScanFrame) -> None:
        if self._on_frame is not None:
            self._on_frame(frame)
