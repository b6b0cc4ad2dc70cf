"""The lot rules: a GS1 date's century and day 00, first expired first out, what a kit's
consumption takes from the lots scanned and those on hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.lots import (
    Expiry,
    LotBalance,
    LotTake,
    PickSource,
    Shelf,
    allocate,
    count_differences,
    expiry_state,
    fefo,
    gs1_date,
    is_expired,
    pick_sources,
)

TODAY = date(2026, 12, 4)


def test_a_gs1_date_day_00_is_the_last_day_of_its_month_and_nonsense_is_refused():
    assert gs1_date("270200") == date(2027, 2, 28) and gs1_date("280200") == date(2028, 2, 29)
    assert gs1_date("261231") == date(2026, 12, 31)
    for bad in ("261301", "260231", "26123", "2612AB"):
        with pytest.raises(DomainError) as refused:
            gs1_date(bad)
        assert refused.value.message.id == "lots.bad_date"


def test_expired_means_past_its_day():
    assert not is_expired(TODAY, TODAY) and is_expired(date(2026, 12, 3), TODAY) and not is_expired(None, TODAY)


def test_first_expired_first_out_skips_the_expired_and_the_empty():
    lots = [LotBalance("B", date(2027, 6, 1), 5), LotBalance("A", date(2027, 1, 1), 5),
            LotBalance("OLD", date(2026, 11, 1), 9), LotBalance("NONE", None, 5), LotBalance("GONE", date(2026, 12, 5), 0)]
    assert [b.lot for b in fefo(lots, TODAY)] == ["A", "B", "NONE"]


def test_a_consumption_takes_the_scanned_lot_then_fefo_then_no_lot():
    lots = [LotBalance("A", date(2027, 1, 1), 2), LotBalance("B", date(2027, 6, 1), 1)]
    scanned = [LotTake("B", date(2027, 6, 1), 1)]
    assert allocate(5, scanned, lots, TODAY) == [LotTake("B", date(2027, 6, 1), 1), LotTake("A", date(2027, 1, 1), 2),
                                                 LotTake("", None, 2)]
    assert scanned == []  # used up: another location of the same component does not take it again
    # The scanned lot counts against its balance: B's one unit is not taken twice.
    assert allocate(2, [LotTake("B", None, 1)], [LotBalance("B", date(2027, 6, 1), 1)], TODAY) == [
        LotTake("B", date(2027, 6, 1), 1), LotTake("", None, 1)]


def test_where_a_lot_stands_usable_on_its_day_flagged_within_the_window_inclusive():
    assert expiry_state(None, TODAY, 30) == Expiry.NONE
    assert expiry_state(TODAY - timedelta(days=1), TODAY, 30) == Expiry.EXPIRED
    assert expiry_state(TODAY, TODAY, 30) == Expiry.SOON  # usable today, and to watch
    assert expiry_state(TODAY + timedelta(days=30), TODAY, 30) == Expiry.SOON
    assert expiry_state(TODAY + timedelta(days=31), TODAY, 30) == Expiry.LATER
    assert expiry_state(TODAY + timedelta(days=1), TODAY, 0) == Expiry.LATER  # no window: only the expired


def test_picking_proposes_the_soonest_lot_across_locations_then_no_expiry_then_unknown_lots():
    soon, later = TODAY + timedelta(days=10), TODAY + timedelta(days=200)
    shelves = [
        Shelf("a", "A-01", 100, (LotBalance("L-LATER", later, 30), LotBalance("L-OLD", TODAY - timedelta(days=1), 5),
                                 LotBalance("L-NODATE", None, 10))),
        Shelf("b", "B-01", 20, (LotBalance("L-SOON", soon, 20),)),
    ]
    # L-OLD is past its date: never proposed, and its 5 units are not "unknown lot" units either.
    assert pick_sources(70, shelves, TODAY) == [
        PickSource("b", "B-01", "L-SOON", soon, 20), PickSource("a", "A-01", "L-LATER", later, 30),
        PickSource("a", "A-01", "L-NODATE", None, 10), PickSource("a", "A-01", "", None, 10)]
    assert pick_sources(25, shelves, TODAY) == [PickSource("b", "B-01", "L-SOON", soon, 20),
                                                PickSource("a", "A-01", "L-LATER", later, 5)]
    assert pick_sources(0, shelves, TODAY) == []
    assert sum(p.quantity for p in pick_sources(1000, shelves, TODAY)) == 115  # all there is, no more


def test_a_location_never_gives_more_than_its_on_hand_whatever_its_lot_lines_say():
    # An adjustment without a lot took 25: the lot lines still say 30, the shelf holds 5.
    shelf = Shelf("a", "A-01", 5, (LotBalance("L1", TODAY + timedelta(days=3), 30),))
    assert pick_sources(30, [shelf], TODAY) == [PickSource("a", "A-01", "L1", TODAY + timedelta(days=3), 5)]
    untracked = Shelf("c", "C-01", 12)
    assert pick_sources(30, [untracked], TODAY) == [PickSource("c", "C-01", "", None, 12)]


def test_a_count_by_lot_corrects_each_lot_and_ends_on_hand_at_the_count():
    # The ledger: 10 of L1, 5 of L2, 3 without a lot (18 on hand). Counted: 10 of L1, 2 of L2, 3 plain.
    assert count_differences(18, {"L1": 10, "L2": 5}, {"L1": 10, "L2": 2, "": 3}) == {"L2": -3}
    # A lot the ledger did not know is added; one not found is taken out; the plain units as counted.
    diffs = count_differences(18, {"L1": 10, "L2": 5}, {"L1": 10, "L3": 4})
    assert diffs == {"L2": -5, "": -3, "L3": 4} and sum(diffs.values()) == 14 - 18
    # Lot lines that say more than the shelf (an adjustment without a lot took some): corrected too.
    assert count_differences(8, {"L1": 10}, {"L1": 8}) == {"L1": -2, "": 2}
    # Plain EANs only: one difference without a lot, nothing guessed.
    assert count_differences(18, {"L1": 10, "L2": 5}, {"": 16}) == {"": -2}
    assert count_differences(18, {"L1": 10}, {"": 18}) == {}
