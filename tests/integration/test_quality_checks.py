"""A quality check due at the station, passed and failed by the team lead; a failure tightens the order."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from logins_desktop.domain.errors import DomainError
from logins_desktop.services import quality
from logins_desktop.services.station import StationService
from logins_desktop.services.stock import StockService
from logins_desktop.store.models import AuditEntry, HelpCall, QualityCheck
from tests.integration.test_station_service import KIT_STEPS, Clock, scan
from tests.sessions import signed_in

POINTS = "notice pliée | étiquette droite"


def build_kits(station, n):
    return [[scan(station, code) for code in KIT_STEPS][-1] for _ in range(n)]


@pytest.fixture
def lead(demo_db):
    return signed_in(demo_db, "chef")


def test_every_third_kit_is_set_aside_and_the_lead_is_called(demo_db, lead):
    assert quality.set_rule(demo_db, lead, "KIT-REPRISE", "every", 3, POINTS).id == "quality.rule_every"
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    done = build_kits(station, 4)
    assert [r.quality_check for r in done] == [True, False, False, True]
    assert done[0].message.id == "station.kit_done_check" and done[1].message.id == "station.kit_done"
    assert done[0].to_json()["quality_check"] is True and "quality_check" not in done[1].to_json()
    assert all(r.kit_completed and r.committed for r in done)  # the kit is recorded: it only waits aside
    pending = quality.pending_checks(demo_db)
    assert [(p.order_ref, p.kit_number, p.status) for p in pending] == [("CMD-2026-1101", 1, "pending"),
                                                                         ("CMD-2026-1101", 4, "pending")]
    assert pending[0].checklist == ("notice pliée", "étiquette droite") and pending[0].worker  # a name
    with demo_db.read() as s:
        calls = s.scalars(select(HelpCall.message).where(HelpCall.station == "POSTE-01")).all()
    assert len(calls) == 1 and calls[0].startswith("Contrôle qualité")  # one call until answered


def test_a_failed_check_sends_the_kit_to_rework_and_tightens_the_order(demo_db, lead):
    quality.set_rule(demo_db, lead, "KIT-REPRISE", "every", 10, POINTS)
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    build_kits(station, 2)
    stock = StockService(demo_db)
    boxes_before = stock.on_hand("BOITE-REPRISE")
    first = quality.pending_checks(demo_db)[0]
    said = quality.decide(demo_db, lead, first.id, {"notice pliée": True})  # the label point unanswered
    assert said.id == "quality.failed" and said.args["points"] == ["étiquette droite"]
    assert stock.on_hand("BOITE-REPRISE") == boxes_before  # components stay consumed: no posting
    assert quality.order_tally(demo_db, "CMD-2026-1101").tightened
    # Tightened: every kit is checked now, until five pass in a row.
    results = build_kits(station, 6)
    assert all(r.quality_check for r in results)
    for check in [c for c in quality.pending_checks(demo_db) if c.status == "pending"][:5]:
        assert quality.decide(demo_db, lead, check.id, {"notice pliée": True, "étiquette droite": True}).id \
            == "quality.passed"
    tally = quality.order_tally(demo_db, "CMD-2026-1101")
    assert (tally.checked, tally.passed, tally.failed, tally.pending, tally.tightened) == (6, 5, 1, 1, False)
    assert tally.summary.id == "quality.tally"
    assert not build_kits(station, 1)[0].quality_check  # back to one kit in ten
    # The failed kit stays on the list until reworked, then leaves it.
    assert quality.reworked(demo_db, lead, first.id).id == "quality.reworked"
    assert first.id not in {c.id for c in quality.pending_checks(demo_db)}
    with pytest.raises(DomainError) as again:
        quality.reworked(demo_db, lead, first.id)
    assert again.value.message.id == "quality.not_failed"
    with demo_db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "quality_checks")).all()
    assert actions.count("quality_check") == 6 and actions.count("quality_rework") == 1


def test_a_check_is_decided_once_and_only_by_a_team_lead(demo_db, lead):
    quality.set_rule(demo_db, lead, "KIT-REPRISE", "per_order", 1, POINTS)
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    build_kits(station, 1)
    check = quality.pending_checks(demo_db)[0]
    with pytest.raises(DomainError) as manager:
        quality.decide(demo_db, signed_in(demo_db, "logistique"), check.id, {})
    assert manager.value.message.id == "auth.not_allowed"
    with pytest.raises(DomainError) as counsellor:
        quality.decide(demo_db, signed_in(demo_db, "insertion"), check.id, {})
    assert counsellor.value.message.id == "auth.not_allowed"
    quality.decide(demo_db, lead, check.id, {"notice pliée": True, "étiquette droite": True})
    with pytest.raises(DomainError) as twice:
        quality.decide(demo_db, lead, check.id, {})
    assert twice.value.message.id == "quality.not_pending"
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(QualityCheck)) == 1


def test_first_of_shift_checks_the_first_kit_of_each_session(demo_db, lead):
    quality.set_rule(demo_db, lead, "KIT-REPRISE", "first_of_shift", 1, POINTS)
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    assert [r.quality_check for r in build_kits(station, 3)] == [True, False, False]
    station.logout()
    scan(station, "B1001")
    assert [r.quality_check for r in build_kits(station, 2)] == [True, False]


def test_rules_are_refused_in_words(demo_db, lead):
    with pytest.raises(DomainError) as not_kit:
        quality.set_rule(demo_db, lead, "BOITE-REPRISE", "every", 3, POINTS)
    assert not_kit.value.message.id == "quality.not_a_kit"
    with pytest.raises(DomainError) as sampling:
        quality.set_rule(demo_db, lead, "KIT-REPRISE", "sometimes", 3, POINTS)
    assert sampling.value.message.id == "quality.bad_sampling"
    with pytest.raises(DomainError) as worker:
        quality.set_rule(demo_db, signed_in(demo_db, "insertion"), "KIT-REPRISE", "every", 3, POINTS)
    assert worker.value.message.id == "auth.not_allowed"


def test_the_command_line_lists_and_decides_checks_with_a_pin(demo_db, db_url, capsys, monkeypatch):
    import json

    from logins_desktop.cli import main

    monkeypatch.setenv("LOGINS_PIN", "1234")  # the team lead's PIN, as a script gives it
    assert main(["--db", db_url, "quality", "rule", "KIT-REPRISE", "--sampling", "every", "-n", "5",
                 "--points", POINTS, "--user", "chef"]) == 0
    assert "un kit sur 5" in capsys.readouterr().out
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    build_kits(station, 1)
    assert main(["--db", db_url, "quality", "pending", "--json"]) == 0
    [check] = json.loads(capsys.readouterr().out)
    assert (check["order"], check["kit_number"], check["status"]) == ("CMD-2026-1101", 1, "pending")
    assert main(["--db", db_url, "--lang", "en", "quality", "fail", check["id"], "--point", "étiquette droite",
                 "--user", "chef"]) == 0
    assert "to rework (étiquette droite)" in capsys.readouterr().out
    monkeypatch.setenv("LOGINS_PIN", "0000")  # a wrong PIN decides nothing
    assert main(["--db", db_url, "quality", "reworked", check["id"], "--user", "chef"]) == 1
    assert capsys.readouterr().err.startswith("erreur")
    assert [c.status for c in quality.pending_checks(demo_db)] == ["failed"]
