"""What an order costs and earns: pure arithmetic on exact decimals (no float touches money).

Rounding (docs/costing.md): every amount is computed exactly, then rounded once to the cent, half
up (0.005 -> 0.01), as an invoice line is: revenue = price per kit x kits + set-up fee, or price
per hour x labour hours (billed to the hundredth of an hour, half up) + set-up fee; material = the sum of quantity x unit cost over the
components consumed. The margin is the difference of the two rounded amounts, so a statement
adds up to the cent. Seconds per kit are rounded to a tenth of a second.

Labour is the active time of the station sessions on the order (pauses excluded). The
accompaniment the structure provides (interviews, trainings, a counsellor's time) is not station
time: it is neither labour on the order nor counted against the workers' productivity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from logins_desktop.messages import Message, msg

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
HOUR = Decimal(3600)


def to_cent(amount: Decimal) -> Decimal:
    """An exact amount rounded once to the cent, half up."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def trimmed(value: Decimal) -> Decimal:
    """A stored four-decimal value without its trailing zeros, never in exponent form (420, 45.5, 0.035)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def money_text(amount: Decimal | None) -> str | None:
    """An amount as JSON and CSV carry it: "12.34" (a string, never a float)."""
    return None if amount is None else str(to_cent(amount))


@dataclass(frozen=True)
class Rate:
    """One line of a customer's rate card: a price per kit or per hour (one of them), a set-up fee."""

    price_per_kit: Decimal | None
    price_per_hour: Decimal | None
    setup_fee: Decimal
    standard_seconds: Decimal

    @property
    def per_hour(self) -> bool:
        return self.price_per_hour is not None


def rate_problem(rate: Rate) -> tuple[str, Message] | None:
    """What makes a rate card line unusable, with the field that says it (an import's column): no
    price, both prices, or no standard time to compare the minutes per kit with. None: usable."""
    if rate.price_per_kit is None and rate.price_per_hour is None:
        return "price_per_kit", msg("import.price_missing")
    if rate.price_per_kit is not None and rate.price_per_hour is not None:
        return "price_per_hour", msg("import.price_both")
    if rate.standard_seconds <= 0:
        return "standard_seconds", msg("import.not_positive", value=rate.standard_seconds)
    return None


@dataclass(frozen=True)
class Consumed:
    """A component consumed by an order's kits: net quantity and its unit cost (None: not known)."""

    sku: str
    quantity: int
    unit_cost: Decimal | None


@dataclass(frozen=True)
class OrderCost:
    kits: int
    labour_seconds: int
    material: Decimal  # to the cent
    unpriced_units: int  # consumed units whose product has no unit cost (not in `material`)
    revenue: Decimal | None  # None: no rate card for this customer and kit
    setup_fee: Decimal | None
    margin: Decimal | None
    seconds_per_kit: Decimal | None  # None before the first kit
    standard_seconds: Decimal | None
    per_hour: bool


def billed_hours(labour_seconds: int) -> Decimal:
    """Labour hours as billed: to the hundredth of an hour (36 seconds), half up."""
    return (Decimal(labour_seconds) / HOUR).quantize(CENT, rounding=ROUND_HALF_UP)


def labour_revenue(rate: Rate, kits: int, labour_seconds: int) -> Decimal:
    """What the kits or the billed hours earn, exact (not rounded yet), without the set-up fee."""
    if rate.per_hour:
        return rate.price_per_hour * billed_hours(labour_seconds)
    return rate.price_per_kit * kits


def order_cost(kits: int, labour_seconds: int, consumed: Iterable[Consumed], rate: Rate | None) -> OrderCost:
    """The cost and revenue of an order from its kits, labour and consumption. The set-up fee counts
    once the order has begun (a kit made or a second of labour)."""
    if kits < 0 or labour_seconds < 0:
        raise ValueError("kits and labour are counts, never negative")
    consumed = list(consumed)
    material = to_cent(sum((c.unit_cost * c.quantity for c in consumed if c.unit_cost is not None), Decimal(0)))
    unpriced = sum(c.quantity for c in consumed if c.unit_cost is None)
    per_kit = (Decimal(labour_seconds) / kits).quantize(TENTH, rounding=ROUND_HALF_UP) if kits else None
    if rate is None:
        return OrderCost(kits, labour_seconds, material, unpriced, None, None, None, per_kit, None, False)
    begun = kits > 0 or labour_seconds > 0
    setup = rate.setup_fee if begun else Decimal(0)
    revenue = to_cent(labour_revenue(rate, kits, labour_seconds) + setup)
    return OrderCost(kits, labour_seconds, material, unpriced, revenue, to_cent(setup), revenue - material, per_kit,
                     rate.standard_seconds, rate.per_hour)


@dataclass(frozen=True)
class InvoiceLine:
    """One line of a monthly invoice: a kit product's quantity (kits, or hours for a per-hour card),
    unit price and amount (to the cent)."""

    sku: str
    name: str
    quantity: Decimal
    unit: str  # "kit" or "hour"
    unit_price: Decimal
    amount: Decimal


def invoice_line(sku: str, name: str, rate: Rate, kits: int, labour_seconds: int) -> InvoiceLine:
    if rate.per_hour:  # hours x price per hour, as the line shows them
        return InvoiceLine(sku, name, billed_hours(labour_seconds), "hour", rate.price_per_hour,
                           to_cent(labour_revenue(rate, kits, labour_seconds)))
    return InvoiceLine(sku, name, Decimal(kits), "kit", rate.price_per_kit, to_cent(rate.price_per_kit * kits))


# ---------------------------------------------------------------------- an order's pace over time
@dataclass(frozen=True)
class PacePoint:
    """One hour or one day of an order's work: the kits made in it and the active labour in it."""

    start: datetime  # the hour's or the day's first instant, in the workshop's local time
    kits: int
    labour_seconds: int

    @property
    def seconds_per_kit(self) -> Decimal | None:
        return (Decimal(self.labour_seconds) / self.kits).quantize(TENTH) if self.kits > 0 else None


def _floor(at: datetime, by_day: bool) -> datetime:
    return at.replace(hour=0 if by_day else at.hour, minute=0, second=0, microsecond=0)


def _next(start: datetime, by_day: bool) -> datetime:
    return start + (timedelta(days=1) if by_day else timedelta(hours=1))


def pace(worked: Iterable[tuple[datetime, datetime]], kits: Iterable[tuple[datetime, int]]) -> list[PacePoint]:
    """Minutes per kit over the order's life, for a chart against the quoted standard: the active
    intervals (sessions less their pauses) and the kits made (less those dismantled), all in local
    time, summed per hour when the order was worked within one day, per day otherwise. An interval
    across a boundary is split between its hours (or days); only the hours or days with work or a
    kit are given, oldest first."""
    worked, kits = [(a, b) for a, b in worked if b > a], list(kits)
    instants = [a for a, _ in worked] + [b for _, b in worked] + [at for at, _ in kits]
    if not instants:
        return []
    by_day = min(instants).date() != max(instants).date()
    seconds: dict[datetime, float] = {}
    for a, b in worked:
        start = _floor(a, by_day)
        while start < b:
            end = _next(start, by_day)
            seconds[start] = seconds.get(start, 0.0) + (min(b, end) - max(a, start)).total_seconds()
            start = end
    made: dict[datetime, int] = {}
    for at, quantity in kits:
        made[_floor(at, by_day)] = made.get(_floor(at, by_day), 0) + quantity
    points = [PacePoint(start, made.get(start, 0), round(seconds.get(start, 0.0)))
              for start in sorted(set(seconds) | set(made))]
    return [p for p in points if p.kits or p.labour_seconds]  # not the instant a session ran into


def active_intervals(start: datetime, end: datetime, pauses: Iterable[tuple[datetime, datetime]]
                     ) -> list[tuple[datetime, datetime]]:
    """A session's working intervals: from its start to its end, less its pauses."""
    intervals, at = [], start
    for pause_start, pause_end in sorted(pauses):
        if pause_start > at:
            intervals.append((at, min(pause_start, end)))
        at = max(at, pause_end)
    if end > at:
        intervals.append((at, end))
    return [(a, b) for a, b in intervals if b > a]
