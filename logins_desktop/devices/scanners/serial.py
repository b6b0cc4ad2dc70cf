"""`serial://DEVICE?baud=9600&suffix=CR&profile=NAME`: RS-232 and USB-CDC scanners, over pyserial.

A reader thread turns bytes into frames (framing.FrameDecoder). When the device disappears (USB
unplugged, adapter pulled) it reports "scanner déconnecté", then tries to reopen it every second
and reports when it is back: no restart needed, no crash.
"""

from __future__ import annotations

import logging
import threading
import tomllib
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import serial

from logins_desktop.devices.scanners.base import FrameCallback, ScannerError, StatusCallback
from logins_desktop.devices.scanners.framing import MAX_FRAME, FrameDecoder, suffix_bytes
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d
from logins_desktop.paths import driver

log = logging.getLogger(__name__)
DEFAULT_PROFILE = "generic-serial"
RETRY_SECONDS = 1.0


@dataclass(frozen=True)
class SerialConfig:
    device: str
    baud: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    suffix: str = "CR"
    prefix: str = ""
    profile: str = DEFAULT_PROFILE


def load_profile(name: str) -> dict:
    path = driver("scanners", f"{name}.toml")
    if not path.exists():
        raise ScannerError(msg(d.UNKNOWN_PROFILE, profile=name, choices=f"drivers/scanners/{name}.toml"))
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data.pop("name", None)
    return data


def parse_serial_url(url: str) -> SerialConfig:
    parts = urlsplit(url)
    device = parts.path or parts.netloc
    if not device:
        raise ScannerError(msg(d.NO_DEVICE, url=url))
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    profile = query.pop("profile", DEFAULT_PROFILE)
    values = load_profile(profile)
    values.update(query)
    try:
        config = SerialConfig(
            device=device,
            baud=int(values.get("baud", 9600)),
            bytesize=int(values.get("bytesize", 8)),
            parity=str(values.get("parity", "N")).upper(),
            stopbits=float(values.get("stopbits", 1)),
            suffix=str(values.get("suffix", "CR")),
            prefix=str(values.get("prefix", "")),
            profile=profile,
        )
        suffix_bytes(config.suffix)
    except ValueError as exc:
        raise ScannerError(msg(d.BAD_SERIAL_URL, url=url, detail=str(exc))) from None
    return config


class SerialScanner:
    simulated = False

    def __init__(self, url: str, retry_seconds: float = RETRY_SECONDS):
        self.url = url
        self.config = parse_serial_url(url)
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._port: serial.Serial | None = None

    def start(self, on_frame: FrameCallback, on_status: StatusCallback) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(on_frame, on_status), name="scanner-serial", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._close()

    def _open(self) -> serial.Serial:
        c = self.config
        return serial.serial_for_url(
            c.device, baudrate=c.baud, bytesize=c.bytesize, parity=c.parity,
            stopbits=int(c.stopbits) if c.stopbits in (1, 2) else c.stopbits, timeout=0.05,
        )

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (OSError, serial.SerialException):
                pass

    def _run(self, on_frame: FrameCallback, on_status: StatusCallback) -> None:
        connected: bool | None = None
        decoder = FrameDecoder(suffix_bytes(self.config.suffix), self.config.prefix.encode("latin-1"), MAX_FRAME)
        while not self._stop.is_set():
            if self._port is None:
                try:
                    self._port = self._open()
                except (OSError, serial.SerialException, ValueError) as exc:
                    if connected is not False:
                        log.warning("scanner %s unavailable: %s", self.config.device, exc)
                        on_status(False, msg(d.DISCONNECTED, detail=self.config.device))
                        connected = False
                    self._stop.wait(self._retry)
                    continue
                decoder = FrameDecoder(decoder.suffix, decoder.prefix, decoder.max_length)  # drop half a frame
                connected = True
                log.info("scanner connected: %s", self.config.device)
                on_status(True, msg(d.CONNECTED, device=self.config.device))
            try:
                data = self._port.read(self._port.in_waiting or 1)
            except (OSError, serial.SerialException) as exc:
                log.warning("scanner %s lost: %s", self.config.device, exc)
                self._close()
                connected = False
                on_status(False, msg(d.DISCONNECTED, detail=self.config.device))
                continue
            if data:
                for frame in decoder.feed(data):
                    try:
                        on_frame(frame)
                    except Exception:  # a bug downstream must not kill the reader
                        log.exception("handling a frame failed")
