"""GS1 identification keys: the mod-10 check digit and GTIN-8/12/13/14 validation."""

from __future__ import annotations

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg

GTIN_LENGTHS = (8, 12, 13, 14)


def gs1_check_digit(digits: str) -> int:
    """Mod-10 check digit of a GS1 key without its check digit (weights 3,1,3,… from the right)."""
    if not digits.isdigit():
        raise DomainError(msg("gs1.digits_only", value=digits))
    if digits.isascii():
        # Sums of the ASCII codes in C (an import checks a GTIN per line): weight 3 from the right.
        raw = digits.encode()
        threes, ones = raw[::-1][::2], raw[::-1][1::2]
        total = 3 * (sum(threes) - 48 * len(threes)) + sum(ones) - 48 * len(ones)
    else:  # other Unicode digits ("３"): callers refuse them, the digit still has a value
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS and gs1_check_digit(code[:-1]) == int(code[-1])


def validate_gtin(code: str) -> str:
    """Return the GTIN unchanged when valid, else raise a DomainError saying what is wrong."""
    code = code.strip()
    if len(code) in GTIN_LENGTHS and code.isascii() and code.isdigit():
        # The usual case, once per imported line: the check digit from byte sums, in C.
        raw = code.encode()
        threes, ones = raw[-2::-2], raw[-3::-2]
        total = 3 * (sum(threes) - 48 * len(threes)) + sum(ones) - 48 * len(ones)
        if (10 - total % 10) % 10 == raw[-1] - 48:
            return code
    if not (code.isascii() and code.isdigit()):  # str.isdigit alone takes "３" or "٣"
        raise DomainError(msg("gs1.gtin_digits_only", code=code))
    if len(code) not in GTIN_LENGTHS:
        raise DomainError(msg("gs1.gtin_length", code=code, length=len(code)))
    expected = gs1_check_digit(code[:-1])
    if expected != int(code[-1]):
        raise DomainError(msg("gs1.gtin_check", code=code, expected=str(expected), read=code[-1]))
    return code


def gtin14(code: str) -> str:
    """The GTIN padded to 14 digits, the form GS1 element strings carry (AI 01/02)."""
    return validate_gtin(code).rjust(14, "0")


def gtin_forms(gtin14: str) -> set[str]:
    """The forms a GTIN-14 from a scan may be stored under: 14, 13 (EAN), 12 (UPC) or 8 digits."""
    return {gtin14, gtin14[1:], gtin14[2:], gtin14[6:]}


def with_check_digit(body: str) -> str:
    return body + str(gs1_check_digit(body))


# ------------------------------------------------------------------ SSCC and element strings

FNC1 = "\xf1"  # marks FNC1 in barcode data: first position (GS1-128) and after variable-length fields

# Length of the data of the fixed-length AIs this application writes (GS1 General Specifications
# table 3.2): any other AI is variable-length and needs FNC1 after it unless it ends the symbol.
FIXED_LENGTH = {"00": 18, "01": 14, "02": 14, "11": 6, "13": 6, "15": 6, "17": 6, "3103": 6}
VARIABLE_MAX = {"10": 20, "21": 20, "37": 8, "400": 30}

# The 82 characters GS1 allows in alphanumeric element strings (General Specifications, figure 7.11-1).
# Everything else (space, accented letters, # $ @ [ \\ ] ^ ` { | } ~) would be refused by a scanner
# or dropped by a barcode writer, or become a printer command.
GS1_CHARSET = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def make_sscc(extension_digit: int, company_prefix: str, serial: int) -> str:
    """Extension digit + GS1 company prefix + serial reference + mod-10 check digit (18 digits)."""
    if not 0 <= extension_digit <= 9:
        raise DomainError(msg("gs1.sscc_extension"))
    if not company_prefix.isdigit() or not 6 <= len(company_prefix) <= 12:
        raise DomainError(msg("gs1.company_prefix", prefix=company_prefix))
    width = 16 - len(company_prefix)
    if not 0 <= serial < 10**width:
        raise DomainError(msg("gs1.sscc_exhausted", serial=str(serial), width=str(width)))
    return with_check_digit(f"{extension_digit}{company_prefix}{serial:0{width}d}")


def validate_sscc(code: str) -> str:
    if not (code.isdigit() and len(code) == 18):
        raise DomainError(msg("gs1.sscc_length", code=code))
    if gs1_check_digit(code[:-1]) != int(code[-1]):
        raise DomainError(msg("gs1.sscc_check", code=code))
    return code


def element(ai: str, value: str) -> tuple[str, str]:
    """One GS1 element string, checked against the AI's length and content."""
    if ai in FIXED_LENGTH:
        if len(value) != FIXED_LENGTH[ai] or not (value.isascii() and value.isdigit()):
            raise DomainError(msg("gs1.ai_fixed", ai=ai, length=FIXED_LENGTH[ai], value=value))
    elif ai in VARIABLE_MAX:
        if not 0 < len(value) <= VARIABLE_MAX[ai]:
            raise DomainError(msg("labels.ai_length", ai=ai, value=value, length=len(value), most=VARIABLE_MAX[ai]))
        if ai == "37" and not (value.isascii() and value.isdigit()):
            raise DomainError(msg("gs1.ai_count", value=value))
        wrong = next((c for c in value if c not in GS1_CHARSET), None)
        if wrong is not None:
            raise DomainError(msg("labels.ai_charset", ai=ai, value=value, char=wrong))
    else:
        raise DomainError(msg("gs1.ai_unsupported", ai=ai))
    if ai in ("00", "01", "02"):
        (validate_sscc if ai == "00" else validate_gtin)(value)
    return (ai, value)


def barcode_data(elements: list[tuple[str, str]]) -> str:
    """GS1-128 data: FNC1 first, then each AI and value, FNC1 after each variable-length field but the last."""
    out = [FNC1]
    for i, (ai, value) in enumerate(elements):
        out.append(ai + value)
        if ai not in FIXED_LENGTH and i < len(elements) - 1:
            out.append(FNC1)
    return "".join(out)


def human_readable(elements: list[tuple[str, str]]) -> str:
    return " ".join(f"({ai}) {value}" for ai, value in elements)


def net_weight_kg_3103(kilograms: float) -> str:
    """AI 3103: net weight in kg with three decimals, six digits (12.5 kg -> 012500)."""
    grams = round(kilograms * 1000)
    if not 0 <= grams < 10**6:
        raise DomainError(msg("gs1.net_weight", kg=kilograms))
    return f"{grams:06d}"
