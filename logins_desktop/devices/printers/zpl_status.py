"""The reply of a ZPL printer to `~HS` (host status): three STX…ETX strings of comma-separated flags.

String 1: communication, paper out, pause, label length, formats in buffer, buffer full, …
String 2: function settings, unused, head up (open), ribbon out, thermal transfer, print mode,
          print width mode, label waiting, labels remaining in batch, …
String 3: password, static RAM.
(Zebra ZPL II Programming Guide, ~HS.)
"""

from __future__ import annotations

import re

from logins_desktop.devices.printers.base import PrinterStatus
from logins_desktop.messages import msg
from logins_desktop.messages.catalogue import devices as d

HOST_STATUS = b"~HS"
CANCEL_ALL = b"~JA"  # drops every label format still in the printer's buffer
_STRING = re.compile(rb"\x02([^\x02\x03]*)\x03")


def complete(reply: bytes) -> bool:
    return len(_STRING.findall(reply)) >= 3


def parse_host_status(reply: bytes) -> PrinterStatus:
    strings = [s.decode("ascii", "replace").split(",") for s in _STRING.findall(reply)]
    if len(strings) < 2 or len(strings[0]) < 6 or len(strings[1]) < 9:
        return PrinterStatus(online=False, message=msg(d.UNREADABLE_HS, reply=repr(reply[:60])))
    first, second = strings[0], strings[1]

    def flag(value: str) -> bool:
        return value.strip() == "1"

    remaining = second[8].strip()
    buffered = first[4].strip()
    return PrinterStatus(
        online=True,
        paper_out=flag(first[1]),
        paused=flag(first[2]),
        buffer_full=flag(first[5]),
        head_open=flag(second[2]),
        ribbon_out=flag(second[3]),
        labels_remaining=int(remaining) if remaining.isdigit() else None,
        formats_in_buffer=int(buffered) if buffered.isdigit() else None,
        detailed=True,
    )


def host_status_reply(paper_out=False, paused=False, head_open=False, ribbon_out=False, remaining=0,
                      formats=0) -> bytes:
    """What a printer answers (used by the simulated printer and the tests' fake printer)."""
    b = lambda x: "1" if x else "0"  # noqa: E731
    return (f"\x02030,{b(paper_out)},{b(paused)},1218,{formats:03d},0,0,0,000,0,0,0\x03\r\n"
            f"\x02000,0,{b(head_open)},{b(ribbon_out)},0,2,6,0,{remaining:08d},1,000\x03\r\n"
            "\x021234,0\x03\r\n").encode()
