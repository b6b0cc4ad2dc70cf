"""The accessibility profile's bounds: 15-40 mm targets, steps held in bounds, plain refusals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.profile import BOUNDS, DEFAULT, AccessProfile, Hand


def test_the_default_is_the_station_default_and_within_bounds():
    assert DEFAULT.checked() == AccessProfile()
    assert DEFAULT.touch_target_mm == 20.0 and not DEFAULT.left_handed and DEFAULT.language is None


@pytest.mark.parametrize(("name", "value"), [("touch_target_mm", 14.9), ("touch_target_mm", 40.5),
                                             ("font_scale", 0.5), ("volume", 1.5), ("dwell_seconds", 0.1),
                                             ("scan_seconds", 11.0), ("touch_target_mm", True)])
def test_values_out_of_bounds_are_refused_by_name(name, value):
    with pytest.raises(DomainError) as caught:
        replace(DEFAULT, **{name: value}).checked()
    assert caught.value.message.id == "profile.out_of_bounds"
    assert caught.value.message.args["setting"].id == f"profile.setting.{name}"
    assert caught.value.message.args["low"] == f"{BOUNDS[name].low:g}"


def test_the_edges_are_allowed():
    assert replace(DEFAULT, touch_target_mm=15.0).checked().touch_target_mm == 15.0
    assert replace(DEFAULT, touch_target_mm=40.0).checked().touch_target_mm == 40.0


def test_steps_stay_within_bounds():
    big = DEFAULT.stepped("touch_target_mm", 100)
    assert big.touch_target_mm == 40.0
    assert big.stepped("touch_target_mm", -1).touch_target_mm == 39.0
    assert DEFAULT.stepped("font_scale", -10).font_scale == 0.8
    assert DEFAULT.stepped("dwell_seconds", 1).dwell_seconds == 1.6  # no 1.6000000000000001


def test_values_from_storage_and_unknown_keys():
    profile = AccessProfile.from_values({"hand": "left", "dwell": True, "dwell_seconds": 2.0})
    assert profile.hand is Hand.LEFT and profile.left_handed and profile.dwell
    with pytest.raises(DomainError) as caught:
        AccessProfile.from_values({"hand": "both"})
    assert caught.value.message.id == "profile.bad_hand"
    with pytest.raises(DomainError) as caught:
        AccessProfile.from_values({"colour": "red"})
    assert caught.value.message.id == "profile.unknown_setting"
    with pytest.raises(DomainError) as caught:
        AccessProfile.from_values({"language": "de"})
    assert caught.value.message.id == "profile.bad_language"


def test_changes_are_named_with_plain_values_for_the_audit():
    changed = replace(DEFAULT, hand=Hand.LEFT, touch_target_mm=30.0)
    assert changed.changes_from(DEFAULT) == {"hand": "left", "touch_target_mm": 30.0}
    assert DEFAULT.changes_from(DEFAULT) == {}
