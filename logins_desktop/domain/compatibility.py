"""Can this worker do this task? Each ergonomic requirement of the task against each functional
restriction of the worker. Blocked always comes with every reason, each a catalogue message.

A restriction can be *unknown* (missing or unreadable in an import): unknown is not "no limit". A task
that needs that factor is blocked until the counsellor sets it (fail safe), with a reason naming it.
"""

from __future__ import annotations

from dataclasses import dataclass

from logins_desktop.domain.ergonomics import FineMotor, Hands, Posture
from logins_desktop.messages import Message, msg

# The factors a restriction can leave unknown, as named in the workers import and the database.
FACTORS = ("max_load_kg", "hands", "posture", "overhead_ok", "fine_motor", "max_reps_per_min")


@dataclass(frozen=True)
class Requirements:
    """What a task demands (tasks table)."""

    load_kg: float = 0.0
    hands_required: int = 1
    posture: Posture = Posture.ANY
    overhead_reach: bool = False
    fine_motor: FineMotor = FineMotor.NONE
    reps_per_min: float = 0.0


@dataclass(frozen=True)
class Restrictions:
    """What a worker can do; None = no restriction on that point."""

    max_load_kg: float | None = None
    hands: Hands | None = None
    posture: Posture | None = None
    overhead_ok: bool | None = None
    fine_motor: FineMotor | None = None
    max_reps_per_min: float | None = None
    # Not a per-task check: the shift planner limits continuous time on repetitive work with it.
    max_continuous_min: float | None = None
    # Factors (names from FACTORS) whose value is not known: they block every task that needs them.
    unknown: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Verdict:
    reasons: tuple[Message, ...] = ()

    @property
    def compatible(self) -> bool:
        return not self.reasons

    def __str__(self) -> str:
        # Logs and older callers: the French text.
        return str(msg("compatibility.compatible") if self.compatible else msg("compatibility.blocked",
                                                                                reasons=list(self.reasons)))


def _fine(level: FineMotor) -> Message:
    return msg(f"compatibility.fine.{level.name.lower()}")


def needed_factors(task: Requirements) -> set[str]:
    """The restriction factors this task's demands are checked against."""
    needed = set()
    if task.load_kg > 0:
        needed.add("max_load_kg")
    if task.hands_required >= 2:
        needed.add("hands")
    if task.posture is not Posture.ANY:
        needed.add("posture")
    if task.overhead_reach:
        needed.add("overhead_ok")
    if task.fine_motor is not FineMotor.NONE:
        needed.add("fine_motor")
    if task.reps_per_min > 0:
        needed.add("max_reps_per_min")
    return needed


def check(task: Requirements, worker: Restrictions) -> Verdict:
    reasons: list[Message] = [
        msg("compatibility.factor_unknown", factor=msg(f"compatibility.factor.{factor}"))
        for factor in FACTORS if factor in worker.unknown and factor in needed_factors(task)
    ]
    if worker.max_load_kg is not None and task.load_kg > worker.max_load_kg:
        reasons.append(msg("compatibility.load", load=task.load_kg, limit=worker.max_load_kg))
    if task.hands_required >= 2 and worker.hands in (Hands.LEFT, Hands.RIGHT):
        reasons.append(msg("compatibility.two_hands"))
    if worker.posture is Posture.SEATED and task.posture is Posture.STANDING:
        reasons.append(msg("compatibility.standing_task"))
    if worker.posture is Posture.STANDING and task.posture is Posture.SEATED:
        reasons.append(msg("compatibility.seated_task"))
    if task.overhead_reach and worker.overhead_ok is False:
        reasons.append(msg("compatibility.overhead"))
    if worker.fine_motor is not None and task.fine_motor.rank > worker.fine_motor.rank:
        reasons.append(msg("compatibility.fine_motor", needed=_fine(task.fine_motor), limit=_fine(worker.fine_motor)))
    if worker.max_reps_per_min is not None and task.reps_per_min > worker.max_reps_per_min:
        reasons.append(msg("compatibility.reps", reps=task.reps_per_min, limit=worker.max_reps_per_min))
    return Verdict(tuple(reasons))
