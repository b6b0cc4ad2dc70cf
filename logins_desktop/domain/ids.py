"""Identifiers for rows that travel between databases: time-ordered UUIDs (version 7, RFC 9562).

A random (version 4) key lands on a random page of every index it is in: on a station whose
scan_events table holds a million rows, each kit's commit then rewrites a handful of scattered
index pages. A version 7 UUID starts with the time in milliseconds, so the keys a station writes
follow one another and land on the same last page. They stay globally unique (74 random bits)
and are ordinary UUIDs for the central PostgreSQL.

Layout (RFC 9562, "method 1"): 48 bits of Unix time in ms, the version, a 42-bit counter (the 12
bits of rand_a and the top 30 of rand_b), the variant, 32 random bits. The counter starts at a
random value each new millisecond and counts up within it, so the ids of this process strictly
increase, one at a time or in bulk, and sort the same as text (SQLite stores their hex digits).
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_COUNTER_BITS = 42
_lock = threading.Lock()
_last = (0, 0)  # (milliseconds, counter) of the last id made


def _reserve(count: int) -> tuple[int, int]:
    """The millisecond and first counter value of `count` consecutive ids after the last ones."""
    global _last
    with _lock:
        ms = time.time_ns() // 1_000_000
        last_ms, last_counter = _last
        if ms > last_ms:
            counter = int.from_bytes(os.urandom(6), "big") & ((1 << (_COUNTER_BITS - 1)) - 1)  # room to count up
        else:  # same millisecond, or a clock stepped back: carry on after the last id
            ms, counter = last_ms, last_counter + 1
        if counter + count > 1 << _COUNTER_BITS:  # counter spent: borrow the next millisecond
            ms, counter = ms + 1, 0
        _last = (ms, counter + count - 1)
    return ms, counter


def new_id_hexes(count: int) -> list[str]:
    """`count` increasing version 7 UUIDs as the 32 hex digits a Uuid column stores on SQLite (for a
    bulk insert made in key order: uuid.UUID objects cost more than the row at a million lines)."""
    ms, start = _reserve(count)
    randoms = os.urandom(4 * count).hex()
    head = f"{ms & ((1 << 48) - 1):012x}7"
    # The low 64 bits: the variant (0b10) and the counter's last 30 bits, then 32 random bits.
    return [f"{head}{c >> 30:03x}{0x80000000 | c & 0x3FFFFFFF:08x}{randoms[8 * i:8 * i + 8]}"
            for i, c in enumerate(range(start, start + count))]


def new_id() -> uuid.UUID:
    """One version 7 UUID, after every id this process made before."""
    return uuid.UUID(hex=new_id_hexes(1)[0])
