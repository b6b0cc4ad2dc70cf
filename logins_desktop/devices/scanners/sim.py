"""`sim://`: a simulated scanner for demos and tests; codes are injected by the on-screen panel or a test."""

from __future__ import annotations

from logins_desktop.devices.scanners.base import FrameCallback, ScanFrame, StatusCallback
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d


class SimulatedScanner:
    simulated = True

    def __init__(self, url: str = "sim://"):
        self.url = url
        self._on_frame: FrameCallback | None = None

    def start(self, on_frame: FrameCallback, on_status: StatusCallback) -> None:
        self._on_frame = on_frame
        on_status(True, msg(d.SIM_READY))

    def stop(self) -> None:
        self._on_frame = None

    def inject(self, text: str, symbology: str | None = None) -> None:
        """Deliver a code as if it had been scanned (does nothing once stopped)."""
        if self._on_frame is not None:
            self._on_frame(ScanFrame(raw=text.encode(), text=text, symbology=symbology))
