"""The arithmetic of an order's cost (domain.costing): exact decimals, rounded once to the cent, half up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from logins_desktop.domain.costing import Consumed, Rate, billed_hours, invoice_line, order_cost, to_cent


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
