"""When a finished kit is checked, and what a check decides (domain.quality)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.quality import (
    RECOVERY_PASSES,
    QualityRule,
    Sampling,
    is_due,
    judge,
    parse_checklist,
    tightened,
)

POINTS = ("notice pliée", "étiquette droite")


def due(rule, kits, verdicts=()):
    return [n for n in range(1, kits + 1) if is_due(rule, n, n, list(verdicts))]


def test_every_nth_kit_of_the_order_from_the_first():
    assert due(QualityRule(Sampling.EVERY, 10, POINTS), 31) == [1, 11, 21, 31]


def test_the_first_n_kits_of_each_order():
    assert due(QualityRule(Sampling.PER_ORDER, 3, POINTS), 20) == [1, 2, 3]


def test_the_first_kit_of_each_session():
    rule = QualityRule(Sampling.FIRST_OF_SHIFT, 1, POINTS)
    assert is_due(rule, kit_number=57, session_kits=1, verdicts=[])
    assert not is_due(rule, kit_number=58, session_kits=2, verdicts=[])


def test_no_rule_no_check():
    assert not is_due(None, 1, 1, [False])


def test_a_failure_tightens_until_five_passes_in_a_row():
    assert not tightened([True, True])
    assert tightened([True, False])
    assert tightened([False] + [True] * (RECOVERY_PASSES - 1))
    assert not tightened([False] + [True] * RECOVERY_PASSES)
    assert tightened([False] + [True] * 3 + [False] + [True] * 4)  # a new failure starts the count again
    rule = QualityRule(Sampling.EVERY, 10, POINTS)
    assert is_due(rule, kit_number=7, session_kits=7, verdicts=[True, False])  # every kit while tightened


@given(st.lists(st.booleans(), max_size=30))
def test_tightened_exactly_when_a_failure_is_followed_by_fewer_than_five_passes(verdicts):
    if False not in verdicts:
        assert not tightened(verdicts)
    else:
        last_failure = len(verdicts) - 1 - verdicts[::-1].index(False)
        assert tightened(verdicts) == (len(verdicts) - 1 - last_failure < RECOVERY_PASSES)


def test_a_check_passes_only_when_every_point_is_a_yes():
    assert judge(POINTS, {"notice pliée": True, "étiquette droite": True}).passed
    verdict = judge(POINTS, {"notice pliée": True})  # unanswered is not a yes
    assert not verdict.passed and verdict.failed_points == ("étiquette droite",)


def test_checklists_are_read_from_the_import_form_and_bad_ones_refused():
    assert parse_checklist(" notice pliée | étiquette droite ||") == POINTS
    with pytest.raises(DomainError) as twice:
        parse_checklist("a|a")
    assert twice.value.message.id == "quality.point_twice"
    with pytest.raises(DomainError) as control:
        parse_checklist("notice\x00pliée")
    assert control.value.message.id == "quality.bad_point"
    with pytest.raises(DomainError) as empty:
        QualityRule(Sampling.EVERY, 5, ())
    assert empty.value.message.id == "quality.bad_checklist"
    with pytest.raises(DomainError) as zero:
        QualityRule(Sampling.EVERY, 0, POINTS)
    assert zero.value.message.id == "quality.bad_n"


def test_a_rule_that_asks_for_a_photo_refuses_a_verdict_without_one():
    from logins_desktop.domain.quality import verdict_refused

    asks = QualityRule(Sampling.EVERY, 5, ("notice pliée",), photo=True)
    assert verdict_refused(asks, 0).id == "quality.photo_needed"
    assert verdict_refused(asks, 1) is None
    assert verdict_refused(QualityRule(Sampling.EVERY, 5, ("notice pliée",)), 0) is None  # no photo asked: none needed
    assert verdict_refused(None, 0) is None
