"""GS1 identification keys: the mod-10 check digit and GTIN-8/12/13/14 validation."""

from __future__ import annotations

from logins_desktop.domain.errors import DomainError

GTIN_LENGTHS = (8, 12, 13, 14)


def gs1_check_digit(digits: str) -> int:
    """Mod-10 check digit of a GS1 key without its check digit (weights 3,1,3,… from the right)."""
    if not digits.isdigit():
        raise DomainError(f"« {digits} » : seuls des chiffres sont permis")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return code.isdigit() and len(code) in GTIN_LENGTHS and gs1_check_digit(code[:-1]) == int(code[-1])


def validate_gtin(code: str) -> str:
    """Return the GTIN unchanged when valid, else raise a DomainError saying what is wrong."""
    code = code.strip()
    if not code.isdigit():
        raise DomainError(f"GTIN « {code} » : seuls des chiffres sont permis")
    if len(code) not in GTIN_LENGTHS:
        raise DomainError(f"GTIN « {code} » : {len(code)} chiffres, attendu 8, 12, 13 ou 14")
    expected = gs1_check_digit(code[:-1])
    if expected != int(code[-1]):
        raise DomainError(f"GTIN « {code} » : clé de contrôle erronée (attendu {expected}, lu {code[-1]})")
    return code


def gtin14(code: str) -> str:
    """The GTIN padded to 14 digits, the form GS1 element strings carry (AI 01/02)."""
    return validate_gtin(code).rjust(14, "0")


def with_check_digit(body: str) -> str:
    return body + str(gs1_check_digit(body))
