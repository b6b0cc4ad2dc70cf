"""The arithmetic of an order's cost (domain.costing): exact decimals, rounded once to the cent, half up."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from logins_desktop.domain.costing import (
    Consumed,
    Rate,
    active_intervals,
    billed_hours,
    invoice_line,
    order_cost,
    pace,
    rate_problem,
    to_cent,
)


def test_half_a_cent_rounds_up_and_never_goes_through_a_float():
    assert to_cent(Decimal("0.005")) == Decimal("0.01")
    assert to_cent(Decimal("0.0049")) == Decimal("0.00")
    assert to_cent(Decimal("2.675")) == Decimal("2.68")  # round(2.675, 2) with floats gives 2.67


def test_per_kit_with_set_up_fee_and_unpriced_components():
    rate = Rate(Decimal("0.85"), None, Decimal("45.00"), Decimal("22"))
    consumed = [Consumed("BOITE", 3, Decimal("0.0355")), Consumed("NOTICE", 6, Decimal("0.0130")),
                Consumed("POCHETTE", 3, None)]
    cost = order_cost(3, 8100, consumed, rate)
    assert cost.material == Decimal("0.18")  # 0.1065 + 0.078 = 0.1845
    assert cost.unpriced_units == 3
    assert cost.revenue == Decimal("47.55")  # 3 x 0.85 + 45
    assert cost.margin == Decimal("47.37")
    assert cost.seconds_per_kit == Decimal("2700.0")
    assert cost.standard_seconds == Decimal("22")


def test_per_hour_bills_hours_to_the_hundredth():
    rate = Rate(None, Decimal("19.50"), Decimal("0"), Decimal("420"))
    assert billed_hours(8100) == Decimal("2.25")
    cost = order_cost(5, 8100, [], rate)
    assert cost.revenue == Decimal("43.88")  # 2.25 h x 19.50 = 43.875, half up
    assert cost.per_hour
    line = invoice_line("KIT", "Kit", rate, 5, 8100)
    assert (line.quantity, line.unit, line.amount) == (Decimal("2.25"), "hour", Decimal("43.88"))


def test_an_order_not_begun_owes_no_set_up_fee_and_without_a_rate_card_nothing_is_invented():
    rate = Rate(Decimal("0.85"), None, Decimal("45.00"), Decimal("22"))
    idle = order_cost(0, 0, [], rate)
    assert (idle.revenue, idle.margin, idle.seconds_per_kit) == (Decimal("0.00"), Decimal("0.00"), None)
    unrated = order_cost(2, 60, [Consumed("BOITE", 2, Decimal("1"))], None)
    assert (unrated.revenue, unrated.margin, unrated.material) == (None, None, Decimal("2.00"))
    with pytest.raises(ValueError):
        order_cost(-1, 0, [], rate)


def at(hour: int, minute: int = 0, day: int = 7) -> datetime:
    return datetime(2026, 12, day, hour, minute)


def test_a_sessions_working_time_is_its_length_less_its_pauses():
    assert active_intervals(at(8), at(12), [(at(10), at(10, 15))]) == [(at(8), at(10)), (at(10, 15), at(12))]
    # A pause still open at the end, and one before the start, take nothing more than the session.
    assert active_intervals(at(8), at(9), [(at(7), at(8, 10)), (at(8, 50), at(9, 30))]) == [(at(8, 10), at(8, 50))]
    assert active_intervals(at(8), at(9), [(at(8), at(9))]) == []


def test_pace_hour_by_hour_splits_the_work_across_hours_and_counts_each_hours_kits():
    worked = [(at(8, 30), at(10)), (at(10, 15), at(10, 45))]
    kits = [(at(8, 50), 1), (at(9, 10), 2), (at(9, 55), 1), (at(10, 30), 3), (at(10, 40), -1)]  # -1: dismantled
    points = pace(worked, kits)
    assert [(p.start, p.kits, p.labour_seconds) for p in points] == [
        (at(8), 1, 1800), (at(9), 3, 3600), (at(10), 2, 1800)]
    assert [p.seconds_per_kit for p in points] == [Decimal(1800), Decimal(1200), Decimal(900)]
    assert sum(p.labour_seconds for p in points) == 7200 and sum(p.kits for p in points) == 6


def test_pace_goes_day_by_day_when_the_order_spans_days_and_leaves_out_empty_ones():
    worked = [(at(8, day=7), at(12, day=7)), (at(23, day=8), at(1, day=9))]  # a night shift across midnight
    kits = [(at(11, day=7), 40), (at(0, 30, day=9), 10)]
    points = pace(worked, kits)
    assert [(p.start.day, p.kits, p.labour_seconds) for p in points] == [(7, 40, 14400), (8, 0, 3600), (9, 10, 3600)]
    assert points[1].seconds_per_kit is None  # worked, no kit yet: no figure, never a division by zero
    assert pace([], []) == []
    assert pace([(at(8), at(8))], []) == []  # an instant's session is no work


def test_a_rate_card_line_needs_one_price_and_a_standard_time():
    assert rate_problem(Rate(Decimal("0.85"), None, Decimal(0), Decimal(45))) is None
    assert rate_problem(Rate(None, Decimal(20), Decimal(50), Decimal(45))) is None
    assert rate_problem(Rate(None, None, Decimal(0), Decimal(45)))[0] == "price_per_kit"
    assert rate_problem(Rate(Decimal(1), Decimal(20), Decimal(0), Decimal(45)))[0] == "price_per_hour"
    field, message = rate_problem(Rate(Decimal(1), None, Decimal(0), Decimal(0)))
    assert (field, message.id) == ("standard_seconds", "import.not_positive")


def test_the_stations_working_seconds_follow_the_same_intervals():
    from types import SimpleNamespace

    from logins_desktop.services.station import active_seconds

    def session(end, *pauses):
        return SimpleNamespace(started_at=at(8), ended_at=end,
                               pauses=[SimpleNamespace(started_at=a, ended_at=b) for a, b in pauses])

    assert active_seconds(session(at(12), (at(10), at(10, 15))), at(13)) == 3 * 3600 + 45 * 60
    # A pause recorded past the session's end (closed later) takes only the session's own time.
    assert active_seconds(session(at(9), (at(8, 50), at(9, 30))), at(13)) == 50 * 60
    assert active_seconds(session(None, (at(8, 30), None)), at(9)) == 30 * 60  # still open: until now
