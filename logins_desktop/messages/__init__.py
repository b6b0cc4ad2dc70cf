"""The message catalogue: every user-facing text outside ui/ is a message id with parameters.

Domain, services, store and devices build `Message` values (`msg("kit.wrong_item", expected=…)`)
and never sentences; the edge (screens, CLI, headless JSON) renders them in the person's language
with `render`. French is the source text, defined once per id in `catalogue/`; other languages come
from the Qt Linguist files in resources/translations (context "messages", the id as disambiguation),
the same files the screens use, so adding a language is one .ts file and no code.
"""

from logins_desktop.messages.core import LANGUAGES, Message, known_ids, msg, render, source_text

__all__ = ["LANGUAGES", "Message", "known_ids", "msg", "render", "source_text"]
