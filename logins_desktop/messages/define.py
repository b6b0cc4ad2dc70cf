"""How a catalogue module declares its messages. Qt-free: `translate` only records the French source.

The call has the shape of Qt's `QCoreApplication.translate(context, source, disambiguation)` on
purpose: `pyside6-lupdate` (`make translations`) extracts these calls into the .ts files, so
translators see catalogue messages beside the screens' own strings, with the id as disambiguation.
"""

from __future__ import annotations

CONTEXT = "messages"
SOURCES: dict[str, str] = {}


def translate(context: str, source: str, message_id: str) -> str:
    """Declare message `message_id` with its French text; returns the id (a constant for callers)."""
    if context != CONTEXT:
        raise ValueError(f"catalogue context must be {CONTEXT!r}, not {context!r}")
    if message_id in SOURCES and SOURCES[message_id] != source:
        raise ValueError(f"message id declared twice with different texts: {message_id}")
    SOURCES[message_id] = source
    return message_id
