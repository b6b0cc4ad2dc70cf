"""The skills passport's figures from floor records (domain.passport)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from logins_desktop.domain.passport import Trend, WorkSpan, figures, trend

NOV = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
OCT = datetime(2026, 10, 6, 9, 0, tzinfo=UTC)


def test_hours_units_and_job_codes_per_kind_of_work():
    spans = [WorkSpan("kit_assembly", OCT, 3 * 3600, 60), WorkSpan("picking", NOV, 2 * 3600, 40),
             WorkSpan(None, NOV + timedelta(days=1), 3600, 25)]
    f = figures(spans, [], [])
    assert [(k.operation, k.rome_code, k.hours, k.units) for k in f.kinds] == [
        ("kit_assembly", "H3302", 4.0, 85), ("picking", "N1103", 2.0, 40)]
    assert (f.hours, f.units, f.days_worked) == (6.0, 125, 3)
    assert f.first_day == OCT.astimezone().date() and f.last_day == (NOV + timedelta(days=1)).astimezone().date()
    # the mapping is the site's: a changed code is used
    edited = figures(spans, [], [], {"kit_assembly": ("H3303", "Préparation de matières")})
    assert edited.kinds[0].rome_code == "H3303" and edited.kinds[1].rome_code == ""


def test_accuracy_autonomy_and_their_trends_month_by_month():
    spans = [WorkSpan("kit_assembly", OCT, 10 * 3600, 200), WorkSpan("kit_assembly", NOV, 10 * 3600, 260)]
    scans = [(OCT, True)] * 90 + [(OCT, False)] * 10 + [(NOV, True)] * 98 + [(NOV, False)] * 2
    calls = [OCT] * 8 + [NOV] * 2
    f = figures(spans, scans, calls)
    assert [m.accuracy for m in f.months] == [0.9, 0.98]
    assert [m.help_per_hour for m in f.months] == [0.8, 0.2]
    assert [m.pace for m in f.months] == [20.0, 26.0]
    assert f.accuracy == pytest.approx(188 / 200) and f.accuracy_trend is Trend.BETTER
    assert f.help_per_hour == pytest.approx(0.5) and f.autonomy_trend is Trend.BETTER  # fewer calls is better
    worse = figures(spans, scans, [OCT] * 2 + [NOV] * 8)
    assert worse.autonomy_trend is Trend.WORSE


def test_regularity_and_too_little_to_measure():
    f = figures([WorkSpan("packing", OCT, 600, 3)], [], [], days_expected=4)
    assert f.regularity == 0.25
    assert f.help_per_hour is None and f.accuracy is None and f.accuracy_trend is Trend.UNKNOWN
    assert figures([], [], []).regularity is None and figures([], [], []).kinds == ()


def test_trend_thresholds():
    assert trend(0.90, 0.91) is Trend.STABLE and trend(0.90, 0.95) is Trend.BETTER and trend(0.95, 0.90) is Trend.WORSE
    assert trend(0.5, 0.2, higher_is_better=False) is Trend.BETTER and trend(None, 0.9) is Trend.UNKNOWN
