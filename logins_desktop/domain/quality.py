"""Quality checks written down: when a finished kit is due for a check, and what a check decides.

Pure rules, no database. A kit definition may carry a sampling rule (none by default):

- `every` N: every Nth kit of the order (the 1st, the N+1th…),
- `per_order` N: the first N kits of each order,
- `first_of_shift`: the first kit of each task session (a worker's shift on the order).

A failed check tightens the sampling for that order, as the switching rules of acceptance sampling do
(ISO 2859-1: normal to tightened after a rejection, back to normal after 5 accepted in a row): every
kit of the order is checked until `RECOVERY_PASSES` checks in a row have passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg

RECOVERY_PASSES = 5
MAX_POINTS = 12  # a checklist a checker reads at the bench, not a form
MAX_POINT_LENGTH = 80


class Sampling(StrEnum):
    EVERY = "every"
    PER_ORDER = "per_order"
    FIRST_OF_SHIFT = "first_of_shift"


class CheckStatus(StrEnum):
    PENDING = "pending"  # the kit waits aside, "to check"
    PASSED = "passed"
    FAILED = "failed"  # the kit goes back to rework


@dataclass(frozen=True)
class QualityRule:
    sampling: Sampling
    n: int  # for EVERY and PER_ORDER; 1 for FIRST_OF_SHIFT
    checklist: tuple[str, ...]  # yes/no points, in the customer's words ("notice pliée")
    photo: bool = False  # each checked kit is photographed before its verdict (the customer asks for proof)

    def __post_init__(self):
        if self.sampling is not Sampling.FIRST_OF_SHIFT and not 1 <= self.n <= 100_000:
            raise DomainError(msg("quality.bad_n", n=self.n))
        if not self.checklist or len(self.checklist) > MAX_POINTS:
            raise DomainError(msg("quality.bad_checklist", points=len(self.checklist), most=MAX_POINTS))


def tightened(verdicts: Sequence[bool]) -> bool:
    """Whether an order is under tightened sampling, from its decided checks, oldest first
    (True: passed): after a failure, until RECOVERY_PASSES passes in a row."""
    passes_since_failure = None
    for passed in verdicts:
        if not passed:
            passes_since_failure = 0
        elif passes_since_failure is not None:
            passes_since_failure += 1
    return passes_since_failure is not None and passes_since_failure < RECOVERY_PASSES


def is_due(rule: QualityRule | None, kit_number: int, session_kits: int, verdicts: Sequence[bool]) -> bool:
    """Whether the kit just finished is checked. `kit_number`: its rank in the order (1 = first);
    `session_kits`: its rank in the worker's task session; `verdicts`: the order's decided checks."""
    if rule is None:
        return False
    if tightened(verdicts):
        return True
    if rule.sampling is Sampling.EVERY:
        return (kit_number - 1) % rule.n == 0
    if rule.sampling is Sampling.PER_ORDER:
        return kit_number <= rule.n
    return session_kits == 1


@dataclass(frozen=True)
class Verdict:
    passed: bool
    failed_points: tuple[str, ...]


def judge(checklist: Iterable[str], answers: Mapping[str, bool]) -> Verdict:
    """A check passes when every point of the checklist is answered yes; an unanswered point is not a yes."""
    failed = tuple(point for point in checklist if not answers.get(point, False))
    return Verdict(not failed, failed)


def verdict_refused(rule: QualityRule | None, photos: int):
    """Why a verdict cannot be given yet, or None: a rule that asks for a photo has one first."""
    if rule is not None and rule.photo and photos == 0:
        return msg("quality.photo_needed")
    return None


def parse_checklist(text: str) -> tuple[str, ...]:
    """Points separated by `|` (the import's form): trimmed, empty ones dropped, duplicates refused."""
    points = tuple(p.strip() for p in text.split("|") if p.strip())
    for i, point in enumerate(points):
        if point in points[:i]:
            raise DomainError(msg("quality.point_twice", point=point))
        if len(point) > MAX_POINT_LENGTH or not point.isprintable():
            raise DomainError(msg("quality.bad_point", point=point[:MAX_POINT_LENGTH], most=MAX_POINT_LENGTH))
    return points
