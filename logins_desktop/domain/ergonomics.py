"""Vocabulary of tasks' ergonomic requirements and workers' functional restrictions.

Only functional limits are modelled, never a diagnosis: what a person can do, not why.
The codes are the ones of the import files (docs/import.md).
"""

from __future__ import annotations

from enum import StrEnum


class Operation(StrEnum):
    PICKING = "picking"
    KIT_ASSEMBLY = "kit_assembly"
    LABELLING = "labelling"
    PACKING = "packing"
    QUALITY_CONTROL = "quality_control"


class Hands(StrEnum):
    """Hands a worker can use."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class Posture(StrEnum):
    ANY = "any"
    SEATED = "seated"
    STANDING = "standing"


class FineMotor(StrEnum):
    """Fine-motor precision: a worker's capacity, or the level a task requires (none < low < normal)."""

    NONE = "none"
    LOW = "low"
    NORMAL = "normal"

    @property
    def rank(self) -> int:
        return ("none", "low", "normal").index(self.value)
