"""Errors the domain raises. They carry a catalogue message; the edge renders it in the person's language."""

from __future__ import annotations

from logins_desktop.messages import Message


class DomainError(ValueError):
    """A rule refused something. `message` is the catalogue message (None for a legacy plain sentence);
    str(error) is its French text, for logs and older callers."""

    def __init__(self, message: Message | str):
        self.message = message if isinstance(message, Message) else None
        super().__init__(str(message))

    def text(self, language: str = "fr") -> str:
        return self.message.text(language) if self.message is not None else str(self)
