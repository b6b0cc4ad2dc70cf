"""Typed, strict cells of an imported file: one place for every import kind (docs/import.md).

Each parser takes the cell as read (already stripped) and returns a typed value or raises
`CellError` naming the column. Numbers are finite decimals written with digits only (no `nan`,
`inf`, exponent or `_`), within documented bounds; text has no control character (so no newline
or NUL) and fits the schema's column length, which the central PostgreSQL enforces too.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import Enum

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg

# Bounds, documented in docs/import.md; the integers stay far below SQLite's and PostgreSQL's
# 64-bit limits even summed over millions of movements.
QUANTITY = (1, 1_000_000_000)
STEP = (1, 10_000)
WEIGHT_G_MAX = 1_000_000.0
LOAD_KG_MAX = 1_000.0
REPS_PER_MIN_MAX = 1_000.0

# Column lengths of the schema (store/models.py).
CODE_LENGTH = 64  # sku, badge, location and station codes, customer codes, order references
NAME_LENGTH = 200
URL_LENGTH = 300
GTIN_LENGTH = 14

DEVICE_SCHEMES = ("serial", "hid", "sim", "tcp", "usblp", "cups", "file", "pdf")

_INTEGER = re.compile(r"-?[0-9]{1,19}")
_DECIMAL = re.compile(r"-?[0-9]{1,19}(?:[.,][0-9]{1,12})?")
# Unicode categories Cc (C0 and C1 controls: NUL, TAB, LF, CR, ESC…), Zl, Zp (line and paragraph
# separators) and Cs (lone surrogates), as one character class: a regex scans in C.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class CellError(DomainError):
    """One cell refused: `column` and why (a catalogue message; a plain sentence from older rules)."""

    def __init__(self, column: str, message):
        super().__init__(message)
        self.column = column
        self.reason = message


def present(value: str | None, column: str) -> str:
    """The cell's text; a line shorter than the header has no cell for this column."""
    if value is None:
        raise CellError(column, msg("import.missing_cell"))
    return value


# A spreadsheet runs a cell beginning with one of these as a formula (CSV injection, OWASP).
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: str) -> str:
    """What an export writes: a formula-leading cell gets a leading `'`, so it shows as text."""
    return "'" + value if value.startswith(FORMULA_LEADS) else value


def _unneutralise(value: str) -> str:
    # Our own exports come back through the import: the `'` they added is not part of the value.
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_LEADS) else value


def text(value: str | None, column: str, max_length: int, required: bool = True) -> str:
    # Called for every cell of an import (millions for a big file): the usual case in few steps.
    if value is None:
        raise CellError(column, msg("import.missing_cell"))
    if value.startswith("'"):
        value = _unneutralise(value)
    if not value:
        if required:
            raise CellError(column, msg("import.required"))
        return value
    if bad := _FORBIDDEN.search(value):
        char = bad.group()
        raise CellError(column, msg("import.control_character", position=bad.start() + 1, code=f"U+{ord(char):04X}"))
    if len(value) > max_length:
        raise CellError(column, msg("import.too_long", length=len(value), maximum=max_length))
    return value


def integer(value: str | None, column: str, bounds: tuple[int, int] = QUANTITY) -> int:
    value = text(value, column, 40)
    if not _INTEGER.fullmatch(value):
        raise CellError(column, msg("import.not_integer", value=value))
    number = int(value)
    minimum, maximum = bounds
    if not minimum <= number <= maximum:
        raise CellError(column, msg("import.out_of_range", value=value, minimum=minimum, maximum=maximum))
    return number


def decimal(value: str | None, column: str, maximum: float, required: bool = False) -> float | None:
    """A finite decimal between 0 and `maximum`, comma or point; empty gives None unless required."""
    # A cell the pattern takes is one `text` would return unchanged (digits, sign, separator only).
    if value is None or not _DECIMAL.fullmatch(value):
        value = text(value, column, 40, required=required)
        if value == "":
            return None
        if not _DECIMAL.fullmatch(value):
            raise CellError(column, msg("import.not_number", value=value))
    number = float(value.replace(",", "."))
    if not 0 <= number <= maximum:
        raise CellError(column, msg("import.out_of_range", value=value, minimum=0, maximum=maximum))
    return number


MONEY_MAX = Decimal(1_000_000)  # a price, a fee, a unit cost, in euros
SECONDS_MAX = Decimal(86_400)  # a standard time per kit: at most a day
_MONEY = re.compile(r"[0-9]{1,19}(?:[.,][0-9]{1,4})?")


def money(value: str | None, column: str, maximum: Decimal = MONEY_MAX, required: bool = False) -> Decimal | None:
    """An exact Decimal from 0 to `maximum` with at most four decimals, comma or point (never a float
    on the way); empty gives None unless required."""
    value = text(value, column, 40, required=required)
    if value == "":
        return None
    if not _DECIMAL.fullmatch(value):
        raise CellError(column, msg("import.not_number", value=value))
    if not _MONEY.fullmatch(value):
        if value.startswith("-"):
            raise CellError(column, msg("import.out_of_range", value=value, minimum=0, maximum=int(maximum)))
        raise CellError(column, msg("import.too_many_decimals", value=value, decimals=4))
    number = Decimal(value.replace(",", "."))
    if number > maximum:
        raise CellError(column, msg("import.out_of_range", value=value, minimum=0, maximum=int(maximum)))
    return number


def choice(value: str | None, column: str, enum_cls: type[Enum]) -> str | None:
    value = text(value, column, 40, required=False).lower()
    if value == "":
        return None
    allowed = [m.value for m in enum_cls]
    if value not in allowed:
        raise CellError(column, msg("import.bad_choice", value=value, allowed=" | ".join(allowed)))
    return value


def bool01(value: str | None, column: str) -> bool | None:
    value = text(value, column, 40, required=False)
    if value == "":
        return None
    if value not in ("0", "1"):
        raise CellError(column, msg("import.bad_bool", value=value))
    return value == "1"


def iso_date(value: str | None, column: str) -> date | None:
    value = text(value, column, 40, required=False)
    if value == "":
        return None
    # fromisoformat also takes "20261215" and week dates: the contract is AAAA-MM-JJ only.
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise CellError(column, msg("import.bad_date", value=value))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CellError(column, msg("import.bad_date", value=value)) from None


def day(value: str | None, column: str, required: bool = True) -> date | None:
    """A date written AAAA-MM-JJ or the French way, JJ/MM/AAAA (what payroll exports from Excel)."""
    value = text(value, column, 40, required=required)
    if value == "":
        return None
    french = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", value)
    try:
        if french is not None:
            return date(int(french.group(3)), int(french.group(2)), int(french.group(1)))
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise CellError(column, msg("import.bad_day", value=value))


def device_url(value: str | None, column: str) -> str:
    value = text(value, column, URL_LENGTH, required=False)
    if value and (value.split(":", 1)[0] not in DEVICE_SCHEMES or "://" not in value):
        raise CellError(column, msg("import.bad_device_url", value=value,
                                    schemes=", ".join(s + "://" for s in DEVICE_SCHEMES)))
    return value


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A path kit -> … -> the same kit in a bill-of-materials graph (kit -> components), or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(graph, WHITE)
    for root in sorted(graph):
        if colour[root] != WHITE:
            continue
        # Iterative depth-first search: a deep chain of kits must not hit Python's recursion limit.
        path = [root]
        stack = [iter(sorted(graph.get(root, ())))]
        colour[root] = GREY
        while stack:
            child = next(stack[-1], None)
            if child is None:
                colour[path.pop()] = BLACK
                stack.pop()
                continue
            state = colour.get(child, WHITE)
            if state == GREY:
                return path[path.index(child):] + [child]
            if state == WHITE and child in graph:
                colour[child] = GREY
                path.append(child)
                stack.append(iter(sorted(graph[child])))
    return None
