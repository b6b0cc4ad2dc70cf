"""Identifiers for rows that travel between databases: time-ordered UUIDs (version 7, RFC 9562).

A random (version 4) key lands on a random page of every index it is in: on a station whose
scan_events table holds a million rows, each kit's commit then rewrites a handful of scattered
index pages. A version 7 UUID starts with the time in milliseconds, so the keys a station writes
follow one another and land on the same last page. They stay globally unique (74 random bits)
and are ordinary UUIDs for the central PostgreSQL.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last = (0, 0)  # (milliseconds, 12-bit counter) of the previous id


def new_id() -> uuid.UUID:
    """A version 7 UUID, strictly increasing within this process (a counter orders the ids made in
    the same millisecond, and a clock that steps back reuses the last millisecond)."""
    global _last
    with _lock:
        ms = time.time_ns() // 1_000_000
        last_ms, counter = _last
        if ms <= last_ms:
            ms, counter = last_ms, counter + 1
            if counter > 0xFFF:  # 4096 ids in one millisecond: borrow the next one
                ms, counter = ms + 1, 0
        else:
            counter = int.from_bytes(os.urandom(2), "big") & 0x7FF  # leaves room to count up
        _last = (ms, counter)
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)
