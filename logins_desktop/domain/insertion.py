"""Rules of the insertion path of an Entreprise Adaptée tremplin: contract durations, alerts for
the counsellor, immersions (PMSMP), exits and the dynamic-exit rate. Pure: no SQL, no Qt.

A person's path is a chain of contract periods: an initial contract, then renewals that each start
the day after the previous end. The rules' figures are settings (`[insertion]`), defaults being
today's: 4 to 24 months in total, renewals included; at least 20 hours a week unless a reason is
recorded. A suspension (sick leave, an immersion in a company, a trial period elsewhere) lies
inside the contract; by default it does not move the maximum (the law counts calendar time), a
setting lets a site count suspended days out.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_end(start: date, months: int) -> date:
    """The last day of a period of `months` months starting on `start` (1 Jan + 4 months -> 30 Apr)."""
    return add_months(start, months) - timedelta(days=1)


@dataclass(frozen=True)
class ContractRules:
    min_months: int = 4
    max_months: int = 24
    min_weekly_hours: float = 20.0
    max_weekly_hours: float = 48.0  # the legal weekly maximum
    # True: days of suspension push the maximum back by as many days.
    suspensions_extend_maximum: bool = False
    pmsmp_max_months: int = 1


class ContractKind(StrEnum):
    INITIAL = "initial"
    RENEWAL = "renewal"


@dataclass(frozen=True)
class ContractPeriod:
    start: date
    end: date  # planned end, inclusive
    weekly_hours: float
    kind: ContractKind = ContractKind.INITIAL
    reason: str = ""  # why fewer weekly hours than the minimum (required then)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class SuspensionReason(StrEnum):
    """Why a contract is suspended, as the forms record it: a code, shown in the reader's language.
    A reason typed at the command line is kept as written."""

    SICK_LEAVE = "sick_leave"
    COMPANY_IMMERSION = "company_immersion"
    TRIAL_ELSEWHERE = "trial_elsewhere"  # a trial period with another employer
    OTHER = "other"


class EndCause(StrEnum):
    """Why a contract ends before its planned end (the causes French law allows for a fixed-term
    contract), as the forms record it; a cause typed at the command line is kept as written."""

    HIRED_ELSEWHERE = "hired_elsewhere"  # the person leaves for a permanent or longer job
    MUTUAL_AGREEMENT = "mutual_agreement"
    TRIAL_PERIOD = "trial_period"  # ended during the trial period
    INAPTITUDE = "inaptitude"  # declared unfit by the occupational doctor
    SERIOUS_MISCONDUCT = "serious_misconduct"
    FORCE_MAJEURE = "force_majeure"
    OTHER = "other"


@dataclass(frozen=True)
class Suspension:
    start: date
    end: date  # inclusive
    reason: str  # a SuspensionReason value, or words typed at the command line

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def chain(periods: Iterable[ContractPeriod]) -> list[ContractPeriod]:
    return sorted(periods, key=lambda p: p.start)


def suspended_days(suspensions: Iterable[Suspension]) -> int:
    return sum(s.days for s in suspensions)


def maximum_end(periods: Sequence[ContractPeriod], suspensions: Sequence[Suspension] = (),
                rules: ContractRules = ContractRules()) -> date:
    """The last day the path may reach: first start + the maximum (+ suspended days if the site counts them out)."""
    first = chain(periods)[0]
    end = months_end(first.start, rules.max_months)
    if rules.suspensions_extend_maximum:
        end += timedelta(days=suspended_days(suspensions))
    return end


def check_period(existing: Sequence[ContractPeriod], new: ContractPeriod, suspensions: Sequence[Suspension] = (),
                 rules: ContractRules = ContractRules()) -> None:
    """Refuse, in words, a period that breaks the rules given the person's existing periods."""
    if new.end < new.start:
        raise DomainError(msg("insertion.end_before_start", start=new.start, end=new.end))
    if not 0 < new.weekly_hours <= rules.max_weekly_hours:
        raise DomainError(msg("insertion.weekly_hours_range", hours=new.weekly_hours, maximum=rules.max_weekly_hours))
    if new.weekly_hours < rules.min_weekly_hours and not new.reason.strip():
        raise DomainError(msg("insertion.weekly_hours_need_reason", hours=new.weekly_hours,
                              minimum=rules.min_weekly_hours))
    periods = chain(existing)
    if new.kind == ContractKind.INITIAL:
        if periods:
            raise DomainError(msg("insertion.initial_exists", start=periods[0].start))
        if new.end < months_end(new.start, rules.min_months):
            raise DomainError(msg("insertion.too_short", months=rules.min_months,
                                  earliest=months_end(new.start, rules.min_months)))
        if new.end > months_end(new.start, rules.max_months):
            raise DomainError(msg("insertion.past_maximum", months=rules.max_months,
                                  maximum=months_end(new.start, rules.max_months)))
        return
    if not periods:
        raise DomainError(msg("insertion.renewal_without_initial"))
    last = periods[-1]
    if new.start != last.end + timedelta(days=1):
        raise DomainError(msg("insertion.renewal_not_contiguous", start=new.start, expected=last.end + timedelta(days=1)))
    maximum = maximum_end(periods, suspensions, rules)
    if new.end > maximum:
        raise DomainError(msg("insertion.past_maximum", months=rules.max_months, maximum=maximum))


def check_suspension(periods: Sequence[ContractPeriod], existing: Sequence[Suspension], new: Suspension) -> None:
    if new.end < new.start:
        raise DomainError(msg("insertion.end_before_start", start=new.start, end=new.end))
    if not new.reason.strip():
        raise DomainError(msg("insertion.suspension_needs_reason"))
    ordered = chain(periods)
    if not ordered or new.start < ordered[0].start or new.end > ordered[-1].end:
        raise DomainError(msg("insertion.suspension_outside_contract", start=new.start, end=new.end))
    for other in existing:
        if new.start <= other.end and other.start <= new.end:
            raise DomainError(msg("insertion.suspension_overlaps", start=other.start, end=other.end))


def check_immersion(start: date, end: date, rules: ContractRules = ContractRules()) -> None:
    """A PMSMP convention lasts at most one month (a setting)."""
    if end < start:
        raise DomainError(msg("insertion.end_before_start", start=start, end=end))
    latest = months_end(start, rules.pmsmp_max_months)
    if end > latest:
        raise DomainError(msg("insertion.immersion_too_long", months=rules.pmsmp_max_months, latest=latest))


# ---------------------------------------------------------------- hours


def weekdays(start: date, end: date) -> list[date]:
    """Monday to Friday days from start to end, inclusive (contract hours are spread over them)."""
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def planned_hours(periods: Sequence[ContractPeriod], suspensions: Sequence[Suspension], start: date,
                  end: date) -> tuple[float, int]:
    """(contract hours planned from start to end, weekdays of absence) — weekly hours spread over
    Monday-Friday, a suspended weekday planned at 0."""
    suspended = {d for s in suspensions for d in weekdays(max(s.start, start), min(s.end, end))}
    hours = 0.0
    for p in periods:
        for day in weekdays(max(p.start, start), min(p.end, end)):
            if day not in suspended:
                hours += p.weekly_hours / 5
    return round(hours, 2), len(suspended)


# ---------------------------------------------------------------- accompaniment, immersions, training


class AccompanimentKind(StrEnum):
    PROFESSIONAL_PROJECT = "professional_project"
    JOB_SEARCH = "job_search"
    TRAINING = "training"
    HEALTH_ACCESS = "health_access"
    HOUSING = "housing"
    ADMINISTRATIVE = "administrative"
    BUDGET = "budget"
    MOBILITY = "mobility"


class ImmersionOutcome(StrEnum):
    HIRED = "hired"  # the host company offers a job
    CONFIRMED = "confirmed"  # the project is confirmed
    NOT_CONFIRMED = "not_confirmed"  # the project is not for this person
    INTERRUPTED = "interrupted"


# ---------------------------------------------------------------- exits


class ExitOutcome(StrEnum):
    CDI = "cdi"
    CDD_6M_PLUS = "cdd_6m_plus"
    CREATION = "creation"
    CDD_UNDER_6M = "cdd_under_6m"
    INTERIM = "interim"
    CONTRAT_AIDE = "contrat_aide"
    TRAINING = "training"
    SIAE = "siae"
    OTHER = "other"
    NEUTRAL = "neutral"


class ExitCategory(StrEnum):
    LASTING = "lasting"  # emploi durable
    TRANSITION = "transition"  # emploi de transition
    POSITIVE = "positive"  # sortie positive
    OTHER = "other"
    NEUTRAL = "neutral"  # moved away, health, death: out of the rate


CATEGORY_OF = {
    ExitOutcome.CDI: ExitCategory.LASTING,
    ExitOutcome.CDD_6M_PLUS: ExitCategory.LASTING,
    ExitOutcome.CREATION: ExitCategory.LASTING,
    ExitOutcome.CDD_UNDER_6M: ExitCategory.TRANSITION,
    ExitOutcome.INTERIM: ExitCategory.TRANSITION,
    ExitOutcome.CONTRAT_AIDE: ExitCategory.TRANSITION,
    ExitOutcome.TRAINING: ExitCategory.POSITIVE,
    ExitOutcome.SIAE: ExitCategory.POSITIVE,
    ExitOutcome.OTHER: ExitCategory.OTHER,
    ExitOutcome.NEUTRAL: ExitCategory.NEUTRAL,
}
DYNAMIC = (ExitCategory.LASTING, ExitCategory.TRANSITION, ExitCategory.POSITIVE)


@dataclass(frozen=True)
class Outcomes:
    by_outcome: dict[str, int]
    by_category: dict[str, int]
    exits: int

    @property
    def dynamic_rate(self) -> float | None:
        """(lasting + transition + positive) / (exits - neutral); None when no exit counts."""
        counted = self.exits - self.by_category[ExitCategory.NEUTRAL]
        if counted == 0:
            return None
        return sum(self.by_category[c] for c in DYNAMIC) / counted

    def to_json(self) -> dict:
        rate = self.dynamic_rate
        return {"exits": self.exits, "by_category": self.by_category, "by_outcome": self.by_outcome,
                "dynamic_rate": None if rate is None else round(rate, 4)}


def outcomes(exits: Iterable[ExitOutcome | str]) -> Outcomes:
    counted = Counter(ExitOutcome(e) for e in exits)
    by_outcome = {o.value: counted[o] for o in ExitOutcome}
    by_category = {c.value: 0 for c in ExitCategory}
    for outcome, n in counted.items():
        by_category[CATEGORY_OF[outcome].value] += n
    return Outcomes(by_outcome, by_category, sum(counted.values()))


# ---------------------------------------------------------------- alerts


@dataclass(frozen=True)
class AlertThresholds:
    contract_end_days: int = 60
    maximum_days: int = 90
    interview_days: int = 30


class AlertKind(StrEnum):
    CONTRACT_ENDING = "contract_ending"  # ends soon and no exit plan
    MAXIMUM_NEAR = "maximum_near"  # the maximum duration is reached soon
    NO_INTERVIEW = "no_interview"  # no accompaniment interview for too long
    IMMERSION_OPEN = "immersion_without_outcome"  # an immersion is over and has no outcome


@dataclass(frozen=True)
class ImmersionFact:
    host: str
    start: date
    end: date
    outcome: str | None


@dataclass(frozen=True)
class PathFacts:
    """What the alerts need to know of one person's path."""

    badge: str
    name: str
    periods: tuple[ContractPeriod, ...]
    suspensions: tuple[Suspension, ...] = ()
    last_interview: date | None = None
    immersions: tuple[ImmersionFact, ...] = ()
    exit_date: date | None = None  # an exit recorded (a date to come is an exit plan)


@dataclass(frozen=True)
class Alert:
    badge: str
    name: str
    kind: AlertKind
    due: date
    details: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"badge": self.badge, "name": self.name, "kind": self.kind.value, "due": self.due.isoformat(),
                **{k: (v.isoformat() if isinstance(v, date) else v) for k, v in self.details.items()}}


def alerts(paths: Iterable[PathFacts], today: date, thresholds: AlertThresholds = AlertThresholds(),
           rules: ContractRules = ContractRules()) -> list[Alert]:
    """Every alert of the people still in the path, soonest due first (then by name)."""
    found: list[Alert] = []
    for p in paths:
        if not p.periods or (p.exit_date is not None and p.exit_date <= today):
            continue  # not in a contract, or already gone
        periods = chain(p.periods)
        end = periods[-1].end
        if p.exit_date is None and (end - today).days <= thresholds.contract_end_days:
            found.append(Alert(p.badge, p.name, AlertKind.CONTRACT_ENDING, end, {"days": (end - today).days}))
        maximum = maximum_end(periods, p.suspensions, rules)
        if (maximum - today).days <= thresholds.maximum_days:
            found.append(Alert(p.badge, p.name, AlertKind.MAXIMUM_NEAR, maximum, {"days": (maximum - today).days}))
        since = p.last_interview or periods[0].start
        due = since + timedelta(days=thresholds.interview_days)
        if due <= today:
            found.append(Alert(p.badge, p.name, AlertKind.NO_INTERVIEW, due,
                               {"last_interview": p.last_interview, "days": (today - since).days}))
        for imm in p.immersions:
            if imm.outcome is None and imm.end < today:
                found.append(Alert(p.badge, p.name, AlertKind.IMMERSION_OPEN, imm.end, {"host": imm.host}))
    return sorted(found, key=lambda a: (a.due, a.name, a.kind.value))


# ---------------------------------------------------------------- retention


def anonymise_after(exit_date: date, years: int) -> date:
    """The day a person's path and notes are anonymised: `years` after the exit."""
    return add_months(exit_date, 12 * years)
