"""What every printer transport provides: send bytes, tell its status. Their words are catalogue messages."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Protocol

from logins_desktop.messages import Message, msg, render
from logins_desktop.messages.catalogue import devices as d


class PrinterError(RuntimeError):
    """The job could not be sent; `message` says why (a catalogue message; str() is its French, for logs).
    `sent` is how many bytes of it had left for the printer before the cut (0: nothing left, the queue
    will try again). `count_known` says whether the labels within `sent` are the ones the printer
    printed, as it reported them; after a connection cut they are only what it acknowledged, which
    may be more (a receive buffer dropped) or fewer (acknowledgements it delayed, then reset) than
    what came out: the paper decides. `left` is how many bytes left the application (at least
    `sent`): a printer may have printed bytes it never acknowledged, so a cut with none acknowledged
    but some gone is not "nothing sent"."""

    def __init__(self, message: Message | str, sent: int = 0, count_known: bool = False, left: int | None = None):
        super().__init__(str(message))
        self.message = message
        self.sent = sent
        self.count_known = count_known
        self.left = max(sent, left or 0)


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
    message: Message | str = ""  # why it is offline (a catalogue message)

    @property
    def ready(self) -> bool:
        return self.online and not (self.paper_out or self.paused or self.head_open or self.ribbon_out or self.buffer_full)

    def describe(self) -> Message:
        if not self.online:
            return self.message if isinstance(self.message, Message) else msg(d.OFFLINE)
        problems = [msg(text) for flag, text in (
            (self.paper_out, d.PAPER_OUT), (self.head_open, d.HEAD_OPEN), (self.ribbon_out, d.RIBBON_OUT),
            (self.paused, d.PAUSED), (self.buffer_full, d.BUFFER_FULL),
        ) if flag]
        return msg(d.PROBLEMS, problems=problems) if problems else msg(d.READY)

    def to_json(self, language: str = "fr") -> dict:
        data = asdict(self)
        data["ready"] = self.ready
        described = self.describe()
        data["message"] = render(described, language)
        data["message_id"] = described.to_json()
        return data


class Printer(Protocol):
    url: str

    def send(self, data: bytes, name: str = "") -> None:
        """Send all of `data` or raise PrinterError with the bytes sent before the cut."""

    def status(self) -> PrinterStatus: ...
