"""What every scanner transport provides: frames delivered to callbacks, and a status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from logins_desktop.messages import Message


class ScannerError(RuntimeError):
    """A scanner address that cannot work; `message` says why (catalogue), str() is its French."""

    def __init__(self, message: Message | str):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class ScanFrame:
    """One scan as received: the raw bytes (kept for the record), the AIM symbology id if sent, the text."""

    raw: bytes
    text: str
    symbology: str | None = None
    error: Message | None = None  # set when the bytes could not make a code (overlong line…): the scan is rejected


FrameCallback = Callable[[ScanFrame], None]
StatusCallback = Callable[[bool, Message], None]  # (connected, what to say: a catalogue message)


class Scanner(Protocol):
    url: str
    simulated: bool

    def start(self, on_frame: FrameCallback, on_status: StatusCallback) -> None: ...

    def stop(self) -> None: ...
