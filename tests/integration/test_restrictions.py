"""Restrictions: set by the counsellor with a validity period and an author, never overwritten,
every read and change audited, other roles refused; and the board and planner follow the change."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from logins_desktop.domain.compatibility import Restrictions
from logins_desktop.domain.ergonomics import Posture
from logins_desktop.messages import msg
from logins_desktop.services.auth import AuthService, Person
from logins_desktop.services.board import BoardService
from logins_desktop.services.restrictions import RestrictionRefused, RestrictionService
from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.store.models import AuditEntry, Role, Worker, WorkerRestriction
from tests.sessions import signed_in


def audit_actions(db, badge):
    with db.read() as s:
        return [(e.actor, e.action) for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_key == badge)
                                                        .order_by(AuditEntry.created_at))]


def test_counsellor_sets_a_period_limited_restriction_that_the_board_and_planner_follow(demo_db):
    service = RestrictionService(demo_db)
    counsellor = signed_in(demo_db, "insertion")
    today = date.today()
    # Thomas (B1008) may carry 10 kg; from today, for a month, 2 kg and seated only.
    service.set("B1008", Restrictions(max_load_kg=2.0, posture=Posture.SEATED), today,
                today + timedelta(days=30), counsellor)
    record = service.current("B1008", counsellor)
    assert record.values.max_load_kg == 2.0 and record.set_by == "insertion"
    assert record.valid_until == today + timedelta(days=30)
    verdict = BoardService(demo_db, "chef").verdicts("B1008")["T-FIBRA-PICK"]
    assert not verdict.compatible and msg("compatibility.load", load=12, limit=2) in verdict.reasons
    problem = ShiftPlanService(demo_db, "chef").problem()
    assert ("B1008", "T-FIBRA-PICK") not in problem.rates  # the planner never sees the pair
    # The old restriction is kept (history), and after the period it applies again.
    with demo_db.read() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1008")).one()
        assert len(s.scalars(select(WorkerRestriction).where(WorkerRestriction.worker_id == worker.id)).all()) == 2
    later = service.current("B1008", counsellor, today=today + timedelta(days=31))
    assert later.values.max_load_kg == 10.0
    assert audit_actions(demo_db, "B1008") == [("insertion", "restriction.set"), ("insertion", "restriction.read"),
                                                ("insertion", "restriction.read")]


@pytest.mark.parametrize("username", ["chef", "logistique", None])
def test_other_roles_can_neither_read_nor_change_restrictions(demo_db, username):
    service = RestrictionService(demo_db)
    auth = AuthService(demo_db)
    session = signed_in(demo_db, username) if username else auth.sign_in_worker(auth.person_by_badge("B1001"))
    with pytest.raises(RestrictionRefused) as refused:
        service.current("B1008", session)
    assert refused.value.message.id == "auth.not_allowed"
    with pytest.raises(RestrictionRefused) as refused:
        service.set("B1008", Restrictions(max_load_kg=1.0), date.today(), None, session)
    assert refused.value.message.id == "auth.not_allowed"
    assert audit_actions(demo_db, "B1008") == []


def test_a_role_passed_by_the_caller_is_no_session(demo_db):
    """A Person with the right role, a forged session or an altered one: none of them is a sign-in."""
    from dataclasses import replace

    from logins_desktop.services.auth import SignedIn

    service = RestrictionService(demo_db)
    counsellor = Person("insertion", "Hélène Petit", Role.INSERTION_COUNSELLOR)
    lead = signed_in(demo_db, "chef")
    forged = SignedIn(counsellor, lead.started_at, lead.seal)
    promoted = replace(lead, person=counsellor)
    for pretender in (counsellor, Role.INSERTION_COUNSELLOR, forged, promoted):
        with pytest.raises(RestrictionRefused) as refused:
            service.current("B1008", pretender)
        assert refused.value.message.id == "auth.not_signed_in"
    assert audit_actions(demo_db, "B1008") == []


def test_inconsistent_values_are_refused_in_french_and_nothing_is_written(demo_db):
    service = RestrictionService(demo_db)
    today = date.today()
    with pytest.raises(RestrictionRefused) as refused:
        service.set("B1008", Restrictions(), today, today - timedelta(days=1), signed_in(demo_db, "insertion"))
    assert refused.value.message.id == "work.restriction.end_before_start"
    with pytest.raises(RestrictionRefused) as refused:
        service.set("B1008", Restrictions(max_load_kg=-1), today, None, signed_in(demo_db, "insertion"))
    assert refused.value.message.id == "work.restriction.negative"
    with pytest.raises(RestrictionRefused) as refused:
        service.set("B9999", Restrictions(), today, None, signed_in(demo_db, "insertion"))
    assert refused.value.message.id == "work.restriction.unknown_badge"
    assert audit_actions(demo_db, "B1008") == []

