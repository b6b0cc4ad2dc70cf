"""A serial scanner over a real pseudo-terminal: bytes written to the master become frames,
whatever way they arrive; an unplugged scanner is reported and comes back by itself."""

from __future__ import annotations

import os
import queue
import time

import pytest

from logins_desktop.devices.scanners import open_scanner
from logins_desktop.devices.scanners.base import ScannerError
from logins_desktop.devices.scanners.serial import parse_serial_url
from logins_desktop.messages import msg


class Pty:
    """A pseudo-terminal whose slave is reached through a stable symlink, like a udev /dev/scanner-1."""

    def __init__(self, link):
        self.link = link
        self.open()

    def open(self):
        self.master, self.slave = os.openpty()
        if os.path.lexists(self.link):
            os.unlink(self.link)
        os.symlink(os.ttyname(self.slave), self.link)

    def unplug(self):
        os.unlink(self.link)
        os.close(self.master)
        os.close(self.slave)

    def write(self, data: bytes):
        os.write(self.master, data)


@pytest.fixture
def device(tmp_path):
    pty = Pty(str(tmp_path / "scanner-1"))
    yield pty
    for fd in (pty.master, pty.slave):
        try:
            os.close(fd)
        except OSError:
            pass


def collect(scanner):
    frames, statuses = queue.Queue(), queue.Queue()
    scanner.start(frames.put, lambda ok, msg: statuses.put((ok, msg)))
    return frames, statuses


def get(q, n=1, timeout=5.0):
    items = []
    deadline = time.monotonic() + timeout
    while len(items) < n:
        items.append(q.get(timeout=max(0.01, deadline - time.monotonic())))
    return items


def test_url_and_profiles():
    c = parse_serial_url("serial:///dev/ttyACM0?baud=19200&suffix=CRLF&profile=generic-usb-cdc")
    assert (c.device, c.baud, c.suffix, c.profile) == ("/dev/ttyACM0", 19200, "CRLF", "generic-usb-cdc")
    assert parse_serial_url("serial:///dev/ttyUSB0").baud == 9600  # generic-serial profile
    with pytest.raises(ScannerError, match="profil de scanner inconnu"):
        parse_serial_url("serial:///dev/ttyUSB0?profile=nope")
    with pytest.raises(ScannerError, match="suffixe inconnu"):
        parse_serial_url("serial:///dev/ttyUSB0?suffix=XX")


def test_bytes_as_they_arrive(device):
    scanner = open_scanner(f"serial://{device.link}?suffix=CR")
    frames, statuses = collect(scanner)
    try:
        assert get(statuses)[0][0] is True
        device.write(b"]E0376000")  # a frame split across writes
        time.sleep(0.05)
        device.write(b"0000017\r]C10203760000000017\x1d3712\r")  # ... and two frames in one write
        device.write(b"\x00\xff\x07B1001\r")  # line noise before a badge
        device.write(b"9" * 700 + b"\r")  # an absurdly long line
        device.write(b"CMD-VALIDER\r")
        got = get(frames, 5)
        assert [(f.symbology, f.text, bool(f.error)) for f in got] == [
            ("]E0", "3760000000017", False),
            ("]C1", "0203760000000017\x1d3712", False),
            (None, "B1001", False),
            (None, "", True),
            (None, "CMD-VALIDER", False),
        ]
        assert got[2].raw == b"\x00\xff\x07B1001"
    finally:
        scanner.stop()


def test_unplugged_scanner_reconnects_by_itself(device):
    scanner = open_scanner(f"serial://{device.link}")
    scanner._retry = 0.1
    frames, statuses = collect(scanner)
    try:
        assert get(statuses)[0] == (True, msg("devices.scanner.connected", device=device.link))
        device.write(b"AVANT\r")
        assert get(frames)[0].text == "AVANT"
        device.unplug()
        ok, message = get(statuses)[0]
        assert ok is False and message.id == "devices.scanner.disconnected"
        device.open()  # plugged back in, same stable name
        assert get(statuses)[0][0] is True
        device.write(b"APRES\r")
        assert get(frames)[0].text == "APRES"
    finally:
        scanner.stop()


def test_missing_device_is_reported_not_raised(tmp_path):
    scanner = open_scanner(f"serial://{tmp_path / 'absent'}")
    frames, statuses = collect(scanner)
    try:
        ok, message = get(statuses)[0]
        assert ok is False and message.id == "devices.scanner.disconnected"
    finally:
        scanner.stop()
