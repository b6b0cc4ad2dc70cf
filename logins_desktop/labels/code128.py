"""Code 128 subset planning, written out as a ZPL II `^BC` field with explicit invocation codes.

Letting the printer guess subsets is how letters after a numeric run get lost on some firmware:
we choose them ourselves. Subset C packs digit pairs; subset B carries everything else of the GS1
character set; FNC1 (`>8`) marks GS1 data and ends variable-length fields.

ZPL invocation codes (^BC, no mode): `>;` start C, `>:` start B, `>5` to C, `>6` to B, `>8` FNC1,
and `><` is a literal `>`.
"""

from __future__ import annotations

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import FNC1
from logins_desktop.messages import msg

START_B, START_C, TO_B, TO_C, FNC1_VALUE, STOP = 104, 105, 100, 99, 102, 106


def _digit_run(data: str, i: int) -> int:
    n = 0
    while i + n < len(data) and data[i + n].isdigit():
        n += 1
    return n


def check_data(data: str) -> str:
    """Refuse what Code 128 subset B cannot carry (a writer would drop it and the bars would say
    something else): printable ASCII, and FNC1."""
    if not data.replace(FNC1, ""):
        raise DomainError(msg("labels.code128_empty"))
    wrong = next((c for c in data if c != FNC1 and not 32 <= ord(c) <= 126), None)
    if wrong is not None:
        raise DomainError(msg("labels.code128_charset", value=data.replace(FNC1, ""), char=wrong))
    return data


def plan(data: str) -> list[tuple[str, str]]:
    """Split data into (subset, chunk) pieces; FNC1 travels in whichever subset is current."""
    check_data(data)
    pieces: list[tuple[str, str]] = []
    i = 0
    subset = None
    while i < len(data):
        c = data[i]
        if c == FNC1:
            pieces.append((subset or ("C" if _digit_run(data, i + 1) >= 4 else "B"), FNC1))
            subset = pieces[-1][0]
            i += 1
            continue
        run = _digit_run(data, i)
        # Subset C pays off from 4 digits, or from 2 that end the data without a switch; with an odd
        # run the first digit goes in B.
        at_end = i + run == len(data)
        worth_c = run >= 4 or (run >= 2 and at_end and subset in (None, "C"))
        if worth_c:
            if run % 2:
                pieces.append(("B", c))
                subset = "B"
                i += 1
                run -= 1
            pieces.append(("C", data[i:i + run]))
            subset = "C"
            i += run
        else:
            pieces.append(("B", c))
            subset = "B"
            i += 1
    merged: list[tuple[str, str]] = []
    for s, chunk in pieces:
        if merged and merged[-1][0] == s:
            merged[-1] = (s, merged[-1][1] + chunk)
        else:
            merged.append((s, chunk))
    return merged


def zpl_field(data: str) -> str:
    """The ^FD content for ^BCN,,,,,N with our subsets."""
    out = []
    for n, (subset, chunk) in enumerate(plan(data)):
        out.append((">;" if subset == "C" else ">:") if n == 0 else (">5" if subset == "C" else ">6"))
        for c in chunk:
            out.append(">8" if c == FNC1 else "><" if c == ">" else c)
    return "".join(out)


def values(data: str) -> list[int]:
    """The symbol's code values (start, data, checksum, stop): what a printer draws for zpl_field(data)."""
    codes: list[int] = []
    for n, (subset, chunk) in enumerate(plan(data)):
        codes.append((START_C if subset == "C" else START_B) if n == 0 else (TO_C if subset == "C" else TO_B))
        i = 0
        while i < len(chunk):
            if chunk[i] == FNC1:
                codes.append(FNC1_VALUE)
                i += 1
            elif subset == "C":
                codes.append(int(chunk[i:i + 2]))
                i += 2
            else:
                codes.append(ord(chunk[i]) - 32)
                i += 1
    checksum = (codes[0] + sum(i * v for i, v in enumerate(codes[1:], start=1))) % 103
    return [*codes, checksum, STOP]


def decode_zpl_field(field: str) -> str:
    """Read a ^FD written by zpl_field back into data (FNC1 as \\xf1): for tests and checks."""
    out = []
    i = 0
    subset = None
    while i < len(field):
        if field[i] == ">" and i + 1 < len(field):
            code = field[i + 1]
            i += 2
            if code in ";5":
                subset = "C"
            elif code in ":6":
                subset = "B"
            elif code == "8":
                out.append(FNC1)
            elif code == "<":
                out.append(">")
            else:
                raise DomainError(msg("labels.zpl_invocation", code=code))
            continue
        if subset == "C":
            pair = field[i:i + 2]
            if len(pair) != 2 or not pair.isdigit():
                raise DomainError(msg("labels.code128_pair", pair=pair))
            out.append(pair)
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)
