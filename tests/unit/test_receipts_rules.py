"""Receiving against an advance shipping notice: which line a scan counts against, what a close leaves."""

from __future__ import annotations

from datetime import date

from logins_desktop.domain.receipts import Announced, differences, match

CREAM, SOAP, OTHER = "cream", "soap", "other"


def line(n, product, lot, expected, received=0, reference="ASN-1"):
    return Announced(n, reference, product, lot, date(2027, 5, 1) if lot else None, expected, received)


def test_a_scan_counts_against_its_lot_then_the_product_still_short_oldest_notice_first():
    lines = [line(1, CREAM, "L1", 10, 10), line(2, CREAM, "L2", 10, 4), line(3, SOAP, "", 20),
             line(4, CREAM, "L1", 5, 0, "ASN-2")]
    assert match(lines, CREAM, "L1").line_id == 4  # L1 of the first notice is full: the next one short
    assert match(lines, CREAM, "L2").line_id == 2
    assert match(lines, CREAM, "").line_id == 2  # a plain EAN: the first of the product still short
    assert match(lines, CREAM, "L9").line_id == 2  # a lot not announced: counted against the product
    assert match(lines, SOAP, "X").line_id == 3
    assert match(lines, OTHER, "") is None  # not announced: received all the same
    full = [line(1, CREAM, "L1", 10, 10)]
    assert match(full, CREAM, "L1").line_id == 1  # everything in: the surplus still counts (over)


def test_a_close_says_what_is_short_and_what_is_over():
    lines = [line(1, CREAM, "L1", 10, 10), line(2, CREAM, "L2", 10, 4), line(3, SOAP, "", 20, 23)]
    found = [(d.line.line_id, d.short, d.over) for d in differences(lines)]
    assert found == [(2, 6, 0), (3, 0, 3)]
    assert line(2, CREAM, "L2", 10, 4).left == 6 and line(3, SOAP, "", 20, 23).left == 0


def test_damaged_units_refused_at_the_dock_stay_short_and_are_listed():
    damaged = Announced(1, "ASN-1", CREAM, "L1", None, 10, 6, 4)  # 6 received, 4 refused as damaged
    assert damaged.left == 4  # still expected: the customer sends them again
    assert [(d.short, d.over, d.damaged) for d in differences([damaged])] == [(4, 0, 4)]
    # All received and one more refused: nothing short, the damaged one still said.
    full = Announced(2, "ASN-1", SOAP, "", None, 10, 10, 1)
    assert [(d.short, d.over, d.damaged) for d in differences([full])] == [(0, 0, 1)]
