"""What a scanned code is: a command, a GTIN, a GS1 element string, or a text code (badge, location,
order). Pure parsing: nothing here knows the database. GS1 parsing is done by biip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

import biip

from logins_desktop.domain.gs1 import GTIN_LENGTHS, gs1_check_digit
from logins_desktop.messages import Message, msg

GS = "\x1d"
# AIM symbology identifiers that carry GS1 data (FNC1 in first position).
GS1_SYMBOLOGIES = {"]C1", "]e0", "]d2", "]Q3", "]J1"}
COMMAND_PREFIX = "CMD-"


class CodeKind(StrEnum):
    COMMAND = "command"
    GTIN = "gtin"
    GS1 = "gs1"
    TEXT = "text"  # badge, location, order reference… resolved by the station
    INVALID = "invalid"


class CommandName(StrEnum):
    VALIDATE = "VALIDER"  # FIN DE KIT / VALIDER
    UNDO = "ANNULER"  # ANNULER DERNIER SCAN
    PAUSE = "PAUSE"
    RESUME = "REPRISE"
    HELP = "AIDE"
    QUANTITY = "QTE"  # QUANTITÉ n: the next item counts n
    LOGOUT = "DECONNEXION"
    SHORT = "MANQUE"  # picking: the rest of this line is missing (MANQUE-VIDE, -ABIME, -AUTRE)


# The codes a MANQUE command may carry (what they mean, in words: the catalogue's station.short_reason.*).
SHORT_REASONS = ("VIDE", "ABIME", "AUTRE")
MAX_QUANTITY = 99


def command_code(name: CommandName, quantity: int | None = None, option: str | None = None) -> str:
    """The data to print in a command barcode (Code 128)."""
    suffix = f"-{quantity}" if quantity is not None else f"-{option}" if option else ""
    return f"{COMMAND_PREFIX}{name.value}{suffix}"


@dataclass(frozen=True)
class Code:
    kind: CodeKind
    text: str
    symbology: str | None = None
    gtin: str | None = None  # as GTIN-14 when known (AI 01/02 or a plain EAN/UPC)
    ais: dict[str, str] = field(default_factory=dict)
    command: CommandName | None = None
    quantity: int | None = None
    option: str | None = None  # MANQUE's reason code
    error: Message | None = None  # why, for INVALID

    def count_or(self, default: int) -> int:
        """How many items this scan stands for: a GS1 count (AI 37) if it carries one, else `default`."""
        count = self.ais.get("37", "")
        return int(count) if count.isdigit() else default


def _invalid(text: str, symbology: str | None, error: Message) -> Code:
    return Code(CodeKind.INVALID, text, symbology, error=error)


def _command(text: str, symbology: str | None) -> Code:
    body = text[len(COMMAND_PREFIX):]
    match = re.fullmatch(r"QTE-(\d{1,2})", body)
    if match:
        quantity = int(match.group(1))
        if not 1 <= quantity <= MAX_QUANTITY:
            return _invalid(text, symbology, msg("scan.quantity_out_of_range", quantity=quantity, max=MAX_QUANTITY))
        return Code(CodeKind.COMMAND, text, symbology, command=CommandName.QUANTITY, quantity=quantity)
    short = re.fullmatch(r"MANQUE-([A-Z]+)", body)
    if short:
        if short.group(1) not in SHORT_REASONS:
            return _invalid(text, symbology, msg("scan.unknown_short_reason", reason=short.group(1)))
        return Code(CodeKind.COMMAND, text, symbology, command=CommandName.SHORT, option=short.group(1))
    try:
        name = CommandName(body)
    except ValueError:
        return _invalid(text, symbology, msg("scan.unknown_command", command=body))
    if name is CommandName.QUANTITY:
        return _invalid(text, symbology, msg("scan.quantity_without_number"))
    if name is CommandName.SHORT:
        return _invalid(text, symbology, msg("scan.short_without_reason"))
    return Code(CodeKind.COMMAND, text, symbology, command=name)


def _gs1(text: str, symbology: str | None) -> Code:
    result = biip.parse(text)  # GS (0x1D) is its default separator
    message = result.gs1_message
    if message is None:
        return _invalid(text, symbology, msg("scan.gs1_unreadable"))
    ais = {}
    for element in message.element_strings:
        if element.gtin_error or element.sscc_error:
            return _invalid(text, symbology, msg("scan.gs1_check_digit", ai=element.ai.ai))
        ais[element.ai.ai] = element.value
    gtin = ais.get("01") or ais.get("02")
    return Code(CodeKind.GS1, text, symbology, gtin=gtin, ais=ais)


def read_code(text: str, symbology: str | None = None) -> Code:
    """Classify one scan's text (its AIM symbology identifier already split off by the scanner)."""
    text = text.strip(" \r\n\t")
    if not text:
        return _invalid(text, symbology, msg("scan.empty"))
    if text.startswith(COMMAND_PREFIX):
        return _command(text, symbology)
    if symbology in GS1_SYMBOLOGIES or GS in text:
        return _gs1(text, symbology)
    if text.isdigit():
        if len(text) in GTIN_LENGTHS:
            if gs1_check_digit(text[:-1]) != int(text[-1]):
                return _invalid(text, symbology, msg("scan.check_digit"))
            return Code(CodeKind.GTIN, text, symbology, gtin=text.rjust(14, "0"))
        # A GS1-128 read by a scanner that sends no symbology identifier: "01" + GTIN-14 …
        if len(text) >= 16 and text[:2] in ("00", "01", "02"):
            return _gs1(text, symbology)
    if any(ord(c) < 32 for c in text):
        return _invalid(text, symbology, msg("scan.control_characters"))
    return Code(CodeKind.TEXT, text, symbology)
