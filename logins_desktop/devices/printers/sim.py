"""`sim://printer`: a simulated ZPL printer for demos and tests. It keeps what it was sent, and can
be told to run out of paper or go offline, like python-escpos's Dummy printer.
`sim://NAME?cut_after=N`: its first job is cut after N labels, to try a cut from the console."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from logins_desktop.devices.printers.base import PrinterError, PrinterStatus
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d

_SHARED: dict[str, SimulatedPrinter] = {}


class SimulatedPrinter:
    def __new__(cls, url: str = "sim://printer"):
        # One simulated device per URL, so the console and the queue see the same printer.
        if url not in _SHARED:
            instance = super().__new__(cls)
            instance.url = url
            instance.jobs = []
            instance.paper_out = False
            instance.online = True
            cut_after = parse_qs(urlsplit(url).query).get("cut_after", [""])[-1]
            # set: the next job is cut after that many labels
            instance.cut_after_labels = int(cut_after) if cut_after.isdigit() else None
            # set: the next job pauses the printer after that many labels, as a real one does when
            # its roll ends; the labels left in its buffer are cancelled (what tcp:// does by ~JA)
            instance.pause_after_labels = None
            instance.paused = False
            _SHARED[url] = instance
        return _SHARED[url]

    def __init__(self, url: str = "sim://printer"):
        pass

    def send(self, data: bytes, name: str = "") -> None:
        if not self.online:
            raise PrinterError(msg(d.SIM_OFFLINE))
        if self.cut_after_labels is not None:
            end = 0
            for _ in range(self.cut_after_labels):
                found = data.find(b"^XZ", end)
                if found < 0:
                    break
                end = found + 3
            self.cut_after_labels = None
            if end < len(data.rstrip()):
                if end:
                    self.jobs.append((name, data[:end]))
                self.online = False
                raise PrinterError(msg(d.SIM_CUT), sent=end + min(10, len(data) - end - 1))  # a label half sent
        if self.pause_after_labels is not None:
            printed, self.pause_after_labels = self.pause_after_labels, None
            end = 0
            for _ in range(printed):
                found = data.find(b"^XZ", end)
                if found < 0:
                    break
                end = found + 3
            if end < len(data.rstrip()):
                if end:
                    self.jobs.append((name, data[:end]))
                self.paused = True
                raise PrinterError(msg(d.SIM_PAUSED_MID_JOB, labels=data[:end].count(b"^XZ")), sent=end,
                                   count_known=True)
        self.jobs.append((name, data))

    def status(self) -> PrinterStatus:
        if not self.online:
            return PrinterStatus(online=False, message=msg(d.SIM_OFFLINE))
        return PrinterStatus(online=True, paper_out=self.paper_out, paused=self.paused, detailed=True,
                             labels_remaining=0, formats_in_buffer=0)
