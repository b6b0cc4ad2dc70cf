"""The skills passport's figures, from what the floor recorded: the kinds of work done and the job
code (ROME) each evidences, hours and units, accuracy (scans right the first time), autonomy (help
calls per hour worked), regularity, and their trend month by month. Pure: the service reads the
rows; nothing here knows a restriction, a health fact or a note, so none can reach the document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

# What each kind of floor work evidences, by default (editable: store.models.PassportJobCode).
# ROME (Pôle emploi / France Travail): N1103 Magasinage et préparation de commandes,
# H3302 Opérations manuelles d'assemblage, tri ou emballage.
DEFAULT_JOB_CODES: dict[str, tuple[str, str]] = {
    "kit_assembly": ("H3302", "Opérations manuelles d'assemblage, tri ou emballage"),
    "packing": ("H3302", "Opérations manuelles d'assemblage, tri ou emballage"),
    "labelling": ("H3302", "Opérations manuelles d'assemblage, tri ou emballage"),
    "quality_control": ("H3302", "Opérations manuelles d'assemblage, tri ou emballage"),
    "picking": ("N1103", "Magasinage et préparation de commandes"),
    "receiving": ("N1103", "Magasinage et préparation de commandes"),
    "shipping": ("N1103", "Magasinage et préparation de commandes"),
}
# A change of this many points between the first and the last month is a trend; less is stable.
TREND_POINTS = 0.03


class Trend(StrEnum):
    BETTER = "better"
    STABLE = "stable"
    WORSE = "worse"
    UNKNOWN = "unknown"  # fewer than two months to compare


@dataclass(frozen=True)
class WorkSpan:
    operation: str | None  # None: a session with no task (counted as kit assembly at a packing station)
    start: datetime
    seconds: float
    units: int


@dataclass(frozen=True)
class KindOfWork:
    operation: str
    rome_code: str
    rome_label: str
    hours: float
    units: int


@dataclass(frozen=True)
class Monthly:
    month: str  # AAAA-MM
    hours: float
    units: int
    accuracy: float | None  # share of scans right the first time
    help_per_hour: float | None
    pace: float | None = None  # units per hour on the main kind of work (the one with the most hours)


@dataclass(frozen=True)
class PassportFigures:
    kinds: tuple[KindOfWork, ...]
    months: tuple[Monthly, ...]
    hours: float
    units: int
    accuracy: float | None
    accuracy_trend: Trend
    help_per_hour: float | None
    autonomy_trend: Trend
    days_worked: int
    days_expected: int | None  # weekdays under contract so far, if a contract is known
    first_day: date | None
    last_day: date | None

    @property
    def regularity(self) -> float | None:
        if not self.days_expected:
            return None
        return min(1.0, self.days_worked / self.days_expected)


def _month(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m")


def trend(first: float | None, last: float | None, higher_is_better: bool = True) -> Trend:
    if first is None or last is None:
        return Trend.UNKNOWN
    change = last - first if higher_is_better else first - last
    if abs(last - first) < TREND_POINTS:
        return Trend.STABLE
    return Trend.BETTER if change > 0 else Trend.WORSE


def figures(spans: Iterable[WorkSpan], scans: Iterable[tuple[datetime, bool]], help_calls: Iterable[datetime],
            job_codes: Mapping[str, tuple[str, str]] = DEFAULT_JOB_CODES,
            days_expected: int | None = None) -> PassportFigures:
    """`scans`: (when, accepted) of the item scans (right or refused; duplicates and commands left out)."""
    spans = list(spans)
    by_kind: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    month_work: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    month_kind: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0])
    days: set[date] = set()
    for span in spans:
        kind = span.operation or "kit_assembly"
        by_kind[kind][0] += span.seconds
        by_kind[kind][1] += span.units
        m = _month(span.start)
        month_work[m][0] += span.seconds
        month_work[m][1] += span.units
        month_kind[m, kind][0] += span.seconds
        month_kind[m, kind][1] += span.units
        days.add(span.start.astimezone().date())
    month_scans: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for at, accepted in scans:
        month_scans[_month(at)][0 if accepted else 1] += 1
    month_help: dict[str, int] = defaultdict(int)
    for at in help_calls:
        month_help[_month(at)] += 1
    main = max(by_kind, key=lambda k: by_kind[k][0], default=None)
    months = []
    for m in sorted(set(month_work) | set(month_scans)):
        seconds, units = month_work.get(m, (0.0, 0))
        right, wrong = month_scans.get(m, (0, 0))
        hours = seconds / 3600
        main_seconds, main_units = month_kind.get((m, main), (0.0, 0))
        months.append(Monthly(m, round(hours, 2), int(units), right / (right + wrong) if right + wrong else None,
                              month_help.get(m, 0) / hours if hours >= 0.5 else None,
                              main_units / (main_seconds / 3600) if main_seconds >= 1800 else None))
    kinds = tuple(KindOfWork(op, *job_codes.get(op, ("", op)), round(sec / 3600, 1), int(units))
                  for op, (sec, units) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]))
    total_hours = sum(s.seconds for s in spans) / 3600
    right = sum(v[0] for v in month_scans.values())
    wrong = sum(v[1] for v in month_scans.values())
    with_accuracy = [m.accuracy for m in months if m.accuracy is not None]
    with_help = [m.help_per_hour for m in months if m.help_per_hour is not None]
    return PassportFigures(
        kinds, tuple(months), round(total_hours, 1), sum(s.units for s in spans),
        right / (right + wrong) if right + wrong else None,
        trend(with_accuracy[0], with_accuracy[-1]) if len(with_accuracy) > 1 else Trend.UNKNOWN,
        sum(month_help.values()) / total_hours if total_hours >= 0.5 else None,
        trend(with_help[0], with_help[-1], higher_is_better=False) if len(with_help) > 1 else Trend.UNKNOWN,
        len(days), days_expected, min(days) if days else None, max(days) if days else None,
    )
