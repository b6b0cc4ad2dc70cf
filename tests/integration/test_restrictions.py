"""Restrictions: set by the counsellor with a validity period and an author, never overwritten,
every read and change audited, other roles refused; and the board and planner follow the change."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from logins_desktop.domain.compatibility import Restrictions
from logins_desktop.domain.ergonomics import Posture
from logins_desktop.services.board import BoardService
from logins_desktop.services.restrictions import RestrictionRefused, RestrictionService
from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.store.models import AuditEntry, Role, Worker, WorkerRestriction


def audit_actions(db, badge):
    with db.read() as s:
        return [(e.actor, e.action) for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_key == badge)
                                                        .order_by(AuditEntry.created_at))]


def test_counsellor_sets_a_period_limited_restriction_that_the_board_and_planner_follow(demo_db):
    service = RestrictionService(demo_db)
    today = date.today()
    # Thomas (B1008) may carry 10 kg; from today, for a month, 2 kg and seated only.
    service.set("B1008", Restrictions(max_load_kg=2.0, posture=Posture.SEATED), today,
                today + timedelta(days=30), "conseil", Role.INSERTION_COUNSELLOR)
    record = service.current("B1008", "conseil", Role.INSERTION_COUNSELLOR)
    assert record.values.max_load_kg == 2.0 and record.set_by == "conseil"
    assert record.valid_until == today + timedelta(days=30)
    verdict = BoardService(demo_db, "chef").verdicts("B1008")["T-FIBRA-PICK"]
    assert not verdict.compatible and "charge 12 kg > limite 2 kg" in verdict.reasons
    problem = ShiftPlanService(demo_db, "chef").problem()
    assert ("B1008", "T-FIBRA-PICK") not in problem.rates  # the planner never sees the pair
    # The old restriction is kept (history), and after the period it applies again.
    with demo_db.read() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1008")).one()
        assert len(s.scalars(select(WorkerRestriction).where(WorkerRestriction.worker_id == worker.id)).all()) == 2
    later = service.current("B1008", "conseil", Role.INSERTION_COUNSELLOR, today=today + timedelta(days=31))
    assert later.values.max_load_kg == 10.0
    assert audit_actions(demo_db, "B1008") == [("conseil", "restriction.set"), ("conseil", "restriction.read"),
                                                ("conseil", "restriction.read")]


@pytest.mark.parametrize("role", [Role.TEAM_LEAD, Role.LOGISTICS_MANAGER, None])
def test_other_roles_can_neither_read_nor_change_restrictions(demo_db, role):
    service = RestrictionService(demo_db)
    with pytest.raises(RestrictionRefused, match="réservé"):
        service.current("B1008", "quelqu'un", role)
    with pytest.raises(RestrictionRefused, match="réservé"):
        service.set("B1008", Restrictions(max_load_kg=1.0), date.today(), None, "quelqu'un", role)
    assert audit_actions(demo_db, "B1008") == []


def test_inconsistent_values_are_refused_in_french_and_nothing_is_written(demo_db):
    service = RestrictionService(demo_db)
    today = date.today()
    with pytest.raises(RestrictionRefused, match="fin de validité est avant son début"):
        service.set("B1008", Restrictions(), today, today - timedelta(days=1), "conseil", Role.INSERTION_COUNSELLOR)
    with pytest.raises(RestrictionRefused, match="négative"):
        service.set("B1008", Restrictions(max_load_kg=-1), today, None, "conseil", Role.INSERTION_COUNSELLOR)
    with pytest.raises(RestrictionRefused, match="badge inconnu"):
        service.set("B9999", Restrictions(), today, None, "conseil", Role.INSERTION_COUNSELLOR)
    assert audit_actions(demo_db, "B1008") == []

