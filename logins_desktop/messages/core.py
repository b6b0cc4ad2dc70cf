"""Messages as values, and their rendering into a language.

Templates use `{name}` placeholders and ICU-style plurals, `{n, plural, one {# kit} other {# kits}}`
(`#` is the number). Numbers are written the way the language writes them (babel: "1,5" and
"15 000" in French, "1.5" and "15,000" in English); plural categories follow CLDR (in French, 0 and
1 take "one"; in English only 1 does).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from logins_desktop.messages import catalogue
from logins_desktop.messages.define import CONTEXT, SOURCES

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "fr"


def _shipped_languages() -> tuple[str, ...]:
    """French (the source), then every language with a translation file: adding one is adding its .ts file."""
    from logins_desktop.paths import resource

    found = sorted(p.stem.removeprefix("logins_") for p in resource("translations").glob("logins_*.ts"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


LANGUAGES = _shipped_languages()


@cache
def _load_catalogue() -> dict[str, str]:
    for module in pkgutil.iter_modules(catalogue.__path__):
        importlib.import_module(f"{catalogue.__name__}.{module.name}")
    return SOURCES


def known_ids() -> list[str]:
    return sorted(_load_catalogue())


def source_text(message_id: str) -> str:
    return _load_catalogue()[message_id]


@dataclass(frozen=True)
class Message:
    """One thing to tell a person: an id from the catalogue and its parameters."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"id": self.id, "args": {k: _jsonable(v) for k, v in self.args.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """The message back from `to_json` (messages nested in its arguments too)."""
        def value(v: Any) -> Any:
            if isinstance(v, Mapping) and set(v) == {"id", "args"}:
                return cls.from_json(v)
            return [value(x) for x in v] if isinstance(v, list) else v
        return cls(str(data["id"]), {k: value(v) for k, v in dict(data.get("args") or {}).items()})

    def text(self, language: str = SOURCE_LANGUAGE) -> str:
        return render(self, language)

    def __str__(self) -> str:  # logs and old callers: the source language
        return render(self, SOURCE_LANGUAGE)


def msg(message_id: str, **args: Any) -> Message:
    """A message of the catalogue; an unknown id is a programming error, raised at once."""
    if message_id not in _load_catalogue():
        raise KeyError(f"unknown message id: {message_id}")
    return Message(message_id, args)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


@cache
def _translations(language: str) -> dict[str, str]:
    """id -> translated template, from resources/translations/logins_<lang>.ts (finished entries only)."""
    from logins_desktop.paths import resource

    path = resource("translations", f"logins_{language}.ts")
    if not path.is_file():
        log.warning("no translation file for %s: %s", language, path)
        return {}
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            comment = message.findtext("comment")
            if comment and translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                found[comment] = translation.text or ""
    return found


_warned: set[tuple[str, str]] = set()


def template(message_id: str, language: str) -> str:
    if language == SOURCE_LANGUAGE:
        return source_text(message_id)
    translated = _translations(language).get(message_id)
    if translated is None:
        if (message_id, language) not in _warned:  # once: a help page renders the same words many times
            _warned.add((message_id, language))
            log.warning("message %s has no %s translation: French shown", message_id, language)
        return source_text(message_id)
    return translated


def render(message: Message | str, language: str = SOURCE_LANGUAGE) -> str:
    """The message in words, in `language` (one of LANGUAGES); a plain string is returned as it is."""
    if isinstance(message, str):
        return message
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    args = {k: _rendered(v, language) for k, v in message.args.items()}
    return _format(template(message.id, language), args, language)


def _rendered(value: Any, language: str) -> Any:
    """Parameters that are messages themselves (a reason, a list of items) in the same language."""
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, list | tuple):
        return ", ".join(str(_rendered(v, language)) for v in value)
    return value


DAY_PATTERNS = {"fr": "dd/MM/yyyy", "en": "d MMM yyyy"}  # as the French screens write it; English unambiguous


def format_day(day: date, language: str) -> str:
    """A day in a message: « 08/10/2027 » in French, « 8 Oct 2027 » in English (never ISO)."""
    return format_date(day, DAY_PATTERNS.get(language, DAY_PATTERNS[SOURCE_LANGUAGE]), locale=language)


def format_number(value: int | float | Decimal, language: str) -> str:
    if type(value) is int and -1000 < value < 1000:  # no grouping, no decimals: the same in every language
        return str(value)
    if isinstance(value, Decimal):  # an amount: exactly the decimals it carries ("12,30 " in French)
        places = max(0, -int(value.as_tuple().exponent))
        return format_decimal(value, format="#,##0" + ("." + "0" * places if places else ""), locale=language,
                              decimal_quantization=True)
    return _format_decimal(value, language)


@lru_cache(maxsize=4096)
def _format_decimal(value: int | float, language: str) -> str:
    # Cached: babel parses the locale's pattern on every call, and screens redraw the same counts.
    return format_decimal(value, locale=language)


@lru_cache(maxsize=4096)
def _plural_category(value: int | float, language: str) -> str:
    return Locale.parse(language).plural_form(abs(value))


def parameters(text: str) -> dict[str, str]:
    """The parameters a template uses: name -> "plural" or "text" (tests check both languages agree)."""
    found: dict[str, str] = {}
    i = 0
    while i < len(text):
        if text[i] == "{":
            end = _closing(text, i)
            name, _, rest = text[i + 1:end].partition(",")
            found[name.strip()] = "plural" if rest else "text"
            if rest:
                for form in _plural_forms(rest.partition(",")[2]).values():
                    found.update({k: v for k, v in parameters(form).items() if k not in found})
            i = end + 1
        else:
            i += 1
    return found


def _format(text: str, args: Mapping[str, Any], language: str, number: Any = None) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "{":
            end = _closing(text, i)
            out.append(_placeholder(text[i + 1:end], args, language))
            i = end + 1
        elif char == "#" and number is not None:
            out.append(format_number(number, language))
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _closing(text: str, start: int) -> int:
    depth = 0
    for j in range(start, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unbalanced braces in message template: {text!r}")


def _placeholder(body: str, args: Mapping[str, Any], language: str) -> str:
    name, _, rest = body.partition(",")
    name = name.strip()
    if name not in args:
        raise KeyError(f"message parameter missing: {name}")
    value = args[name]
    if not rest:
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, date) and not isinstance(value, datetime):
            return format_day(value, language)
        if isinstance(value, int | float | Decimal):
            return format_number(value, language)
        return str(value)
    kind, _, choices = rest.partition(",")
    if kind.strip() != "plural":
        raise ValueError(f"unknown placeholder kind {kind.strip()!r} in {body!r}")
    forms = _plural_forms(choices)
    category = _plural_category(value, language)
    chosen = forms.get(f"={value}") or forms.get(category) or forms["other"]
    return _format(chosen, args, language, number=value)


def _plural_forms(choices: str) -> dict[str, str]:
    forms: dict[str, str] = {}
    i = 0
    while i < len(choices):
        if choices[i].isspace():
            i += 1
            continue
        brace = choices.index("{", i)
        key = choices[i:brace].strip()
        end = _closing(choices, brace)
        forms[key] = choices[brace + 1:end]
        i = end + 1
    if "other" not in forms:
        raise ValueError(f"a plural needs an 'other' form: {choices!r}")
    return forms
