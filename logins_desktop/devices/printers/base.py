"""What every printer transport provides: send bytes, tell its status. Messages are in French."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Protocol


class PrinterError(RuntimeError):
    """The job could not be sent; str() says why, in French. `sent` is how many bytes of it had
    left for the printer before the cut (0: nothing left, the queue will try again)."""

    def __init__(self, message: str, sent: int = 0):
        super().__init__(message)
        self.sent = sent


@dataclass(frozen=True)
class PrinterStatus:
    online: bool
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    labels_remaining: int | None = None
    # ~HS: label formats received and not printed yet (a paused printer keeps them, and prints
    # them when it resumes).
    formats_in_buffer: int | None = None
    detailed: bool = False  # False: the transport cannot ask (file, CUPS…), only whether it is reachable
    message: str = ""

    @property
    def ready(self) -> bool:
        return self.online and not (self.paper_out or self.paused or self.head_open or self.ribbon_out or self.buffer_full)

    def describe(self) -> str:
        if not self.online:
            return self.message or "hors ligne"
        problems = [text for flag, text in (
            (self.paper_out, "plus de papier (étiquettes)"), (self.head_open, "tête d'impression ouverte"),
            (self.ribbon_out, "plus de ruban"), (self.paused, "en pause"), (self.buffer_full, "mémoire pleine"),
        ) if flag]
        return ", ".join(problems) if problems else "prête"

    def to_json(self) -> dict:
        data = asdict(self)
        data["ready"] = self.ready
        data["message"] = self.describe()
        return data


class Printer(Protocol):
    url: str

    def send(self, data: bytes, name: str = "") -> None:
        """Send all of `data` or raise PrinterError with the bytes sent before the cut."""

    def status(self) -> PrinterStatus: ...
