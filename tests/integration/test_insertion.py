"""The insertion path's services: role boundaries from the session, the audit of every read, the
alerts and outcomes on stored paths, the monthly hours, privacy export, erasure and retention."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from logins_desktop.domain.errors import DomainError
from logins_desktop.services.insertion import ContractKind, ContractPeriod, InsertionService, Suspension
from logins_desktop.services.privacy import ANONYMOUS_NAME, PrivacyService
from logins_desktop.store.models import (
    AccompanimentEntry,
    AuditEntry,
    InsertionExit,
    TaskPause,
    TaskSession,
    Worker,
    WorkerRestriction,
)
from tests.sessions import signed_in

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo_db(db):
    """The demo without its insertion paths: each test writes the paths it needs."""
    from logins_desktop.services.demo import seed_demo

    assert seed_demo(db)
    return db


@pytest.fixture
def service(demo_db):
    return InsertionService(demo_db, today=lambda: TODAY)


@pytest.fixture
def counsellor(demo_db):
    return signed_in(demo_db, "insertion")


def contract(start: date, end: date, kind=ContractKind.INITIAL, hours=35.0) -> ContractPeriod:
    return ContractPeriod(start, end, hours, kind)


def refused(call, *args, **kwargs):
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value.message


@pytest.mark.parametrize("username", ["chef", "logistique", "admin"])
def test_other_roles_are_refused_by_the_service_itself(demo_db, service, counsellor, username):
    service.add_contract(counsellor, "B1001", contract(date(2026, 1, 5), date(2026, 12, 31)))
    other = signed_in(demo_db, username)
    calls = [
        lambda: service.path(other, "B1001"),
        lambda: service.people(other),
        lambda: service.alerts(other),
        lambda: service.outcomes(other, date(2026, 1, 1), date(2026, 12, 31)),
        lambda: service.hours(other, date(2026, 11, 1)),
        lambda: service.read_log(other, "B1001"),
        lambda: service.add_entry(other, "B1001", "job_search", TODAY, 30, "note"),
        lambda: service.add_contract(other, "B1002", contract(date(2026, 1, 5), date(2026, 12, 31))),
        lambda: service.record_exit(other, "B1001", TODAY, "cdi"),
        lambda: PrivacyService(demo_db).export(other, "B1001", demo_db.url),
        lambda: PrivacyService(demo_db).erase(other, "B1001"),
    ]
    for call in calls:
        assert refused(call).id == "auth.not_allowed"
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AccompanimentEntry)) == 0
        assert s.scalar(select(func.count()).select_from(InsertionExit)) == 0


def test_a_team_lead_learns_only_that_a_person_is_away_not_why(demo_db, service, counsellor):
    service.add_contract(counsellor, "B1004", contract(date(2026, 9, 1), date(2027, 2, 28)))
    service.add_immersion(counsellor, "B1004", "Boulangerie du Parc", TODAY - timedelta(days=2),
                          TODAY + timedelta(days=5), goal="vente", tutor="M. Roux")
    lead = signed_in(demo_db, "chef")
    assert service.absent_today(lead) == frozenset({"B1004"})
    assert service.absent_today(lead, TODAY + timedelta(days=6)) == frozenset()
    assert refused(service.absent_today, signed_in(demo_db, "logistique")).id == "auth.not_allowed"
    forged = type(lead)(lead.person, lead.started_at, b"x" * 32)
    assert refused(service.path, forged, "B1004").id == "auth.not_signed_in"


def test_every_read_of_a_path_is_audited_and_shown(demo_db, service, counsellor):
    service.add_contract(counsellor, "B1001", contract(date(2026, 1, 5), date(2026, 12, 31)))
    service.add_entry(counsellor, "B1001", "job_search", TODAY, 45, "se sent prête pour la vente", "CV", TODAY)
    path = service.path(counsellor, "B1001")
    assert path.name == "Amina Benali" and path.entries[0].note == "se sent prête pour la vente"
    assert path.maximum == date(2028, 1, 4) and len(path.restrictions) == 1
    with demo_db.read() as s:
        reads = s.execute(select(AuditEntry.actor, AuditEntry.action).where(AuditEntry.entity_key == "B1001",
                                                                             AuditEntry.action.like("%.read"))).all()
        entry_audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "path.entry")).one()
    assert ("insertion", "path.read") in reads and ("insertion", "restriction.read") in reads
    assert "prête" not in json.dumps(entry_audit.details)  # the note's words never go to the audit log
    log = service.read_log(counsellor, "B1001")
    assert {line.what for line in log} >= {"path.read", "restriction.read"} and log[0].who == "insertion"


def test_renewal_past_the_maximum_is_refused_and_nothing_written(demo_db, service, counsellor):
    service.add_contract(counsellor, "B1002", contract(date(2025, 6, 1), date(2026, 5, 31)))
    service.add_contract(counsellor, "B1002", contract(date(2026, 6, 1), date(2027, 3, 31), ContractKind.RENEWAL))
    message = refused(service.add_contract, counsellor, "B1002",
                      contract(date(2027, 4, 1), date(2027, 12, 31), ContractKind.RENEWAL))
    assert message.id == "insertion.past_maximum" and message.args["maximum"] == date(2027, 5, 31)
    service.add_suspension(counsellor, "B1002", Suspension(date(2026, 9, 1), date(2026, 9, 30), "arrêt"))
    path = service.path(counsellor, "B1002")
    assert len(path.periods) == 2 and path.periods[-1].end == date(2027, 3, 31)
    with demo_db.read() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1002")).one()
        assert (worker.contract_start, worker.contract_end) == (date(2025, 6, 1), date(2027, 3, 31))


def test_alerts_and_outcomes_from_stored_paths(demo_db, service, counsellor):
    service.add_contract(counsellor, "B1001", contract(date(2026, 6, 1), date(2026, 12, 20)))  # ends in 30 days
    service.add_entry(counsellor, "B1001", "professional_project", TODAY - timedelta(days=3), 60)
    service.add_contract(counsellor, "B1005", contract(date(2025, 1, 10), date(2026, 12, 31)))
    service.add_entry(counsellor, "B1005", "housing", TODAY - timedelta(days=40), 30)
    imm = service.add_immersion(counsellor, "B1005", "Jardins de Lyon", date(2026, 10, 1), date(2026, 10, 20))
    service.add_contract(counsellor, "B1008", contract(date(2026, 3, 1), date(2026, 12, 31)))
    service.record_exit(counsellor, "B1008", date(2026, 12, 31), "cdi")  # exit plan: no contract-end alert
    service.add_entry(counsellor, "B1008", "job_search", TODAY, 30)
    found = service.alerts(counsellor)
    assert [(a.badge, a.kind.value, a.due) for a in found] == [
        ("B1005", "immersion_without_outcome", date(2026, 10, 20)),
        ("B1005", "no_interview", date(2026, 11, 10)),
        ("B1001", "contract_ending", date(2026, 12, 20)),
        ("B1005", "contract_ending", date(2026, 12, 31)),
        ("B1005", "maximum_near", date(2027, 1, 9)),
    ]
    service.set_immersion_outcome(counsellor, imm, "confirmed")
    assert "immersion_without_outcome" not in {a.kind.value for a in service.alerts(counsellor)}
    service.record_exit(counsellor, "B1001", date(2026, 11, 2), "interim")
    service.record_exit(counsellor, "B1005", date(2026, 11, 3), "neutral")
    result = service.outcomes(counsellor, date(2026, 11, 1), date(2026, 11, 30))
    assert result.exits == 2 and result.by_category["transition"] == 1 and result.dynamic_rate == 1.0


def test_monthly_hours_planned_floor_accompaniment_training_absences(demo_db, service, counsellor):
    service.add_contract(counsellor, "B1003", contract(date(2026, 10, 1), date(2027, 3, 31), hours=30))
    service.add_suspension(counsellor, "B1003", Suspension(date(2026, 11, 16), date(2026, 11, 20), "arrêt"))
    service.add_entry(counsellor, "B1003", "job_search", date(2026, 11, 4), 90)
    service.add_training(counsellor, "B1003", "CléA module numérique", date(2026, 11, 9), 14, 7, "CléA",
                         end=date(2026, 11, 10))
    with demo_db.write() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1003")).one()
        start = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
        ts = TaskSession(worker_id=worker.id, station="POSTE-02", started_at=start,
                         ended_at=start + timedelta(hours=3), units=120)
        s.add(ts)
        s.flush()
        s.add(TaskPause(session_id=ts.id, started_at=start + timedelta(hours=1),
                        ended_at=start + timedelta(hours=1, minutes=30)))
    [row] = service.hours(counsellor, date(2026, 11, 1))
    # 21 weekdays in November 2026, 5 suspended: 16 x 6 h
    assert (row.badge, row.planned, row.absence_days) == ("B1003", 96.0, 5)
    assert (row.floor, row.accompaniment, row.training) == (2.5, 1.5, 7.0)


def test_privacy_export_gives_all_that_is_held(demo_db, service, counsellor, tmp_path):
    service.add_contract(counsellor, "B1007", contract(date(2026, 1, 5), date(2026, 12, 31)))
    service.add_entry(counsellor, "B1007", "budget", TODAY, 30, "dossier FSL")
    report = PrivacyService(demo_db).export(counsellor, "B1007", tmp_path / "out")
    held = json.loads((tmp_path / "out" / "donnees.json").read_text(encoding="utf-8"))
    assert held["worker"][0]["display_name"] == "Claire Lefebvre"
    assert held["accompaniment_entries"][0]["note"] == "dossier FSL"
    assert len(held["insertion_contracts"]) == 1 and len(held["worker_restrictions"]) == 1
    assert "accompaniment_entries.csv" in report.files
    with open(tmp_path / "out" / "accompaniment_entries.csv", encoding="utf-8-sig", newline="") as f:
        assert next(csv.DictReader(f, delimiter=";"))["note"] == "dossier FSL"
    assert "privacy.export" in {line.what for line in service.read_log(counsellor, "B1007")}


def test_erase_deletes_the_path_and_keeps_floor_statistics_without_the_name(demo_db, service, counsellor):
    service.add_contract(counsellor, "B1009", contract(date(2026, 1, 5), date(2026, 12, 31)))
    service.add_entry(counsellor, "B1009", "health_access", TODAY, 30, "rendez-vous")
    with demo_db.write() as s:
        worker_id = s.scalars(select(Worker.id).where(Worker.badge == "B1009")).one()
        s.add(TaskSession(worker_id=worker_id, station="POSTE-01", units=40))
    key = PrivacyService(demo_db).erase(counsellor, "B1009")
    with demo_db.read() as s:
        worker = s.get(Worker, worker_id)
        assert (worker.badge, worker.display_name) == (key, ANONYMOUS_NAME) and worker.anonymised_at is not None
        assert s.scalar(select(func.count()).select_from(AccompanimentEntry)) == 0
        assert s.scalar(select(func.count()).select_from(WorkerRestriction)
                        .where(WorkerRestriction.worker_id == worker_id)) == 0
        assert s.scalar(select(func.sum(TaskSession.units)).where(TaskSession.worker_id == worker_id)) == 40
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_key == "B1009")) == 0
    assert refused(service.path, counsellor, "B1009").id == "insertion.unknown_badge"


def test_retention_anonymises_two_years_after_exit_and_keeps_the_exit_category(demo_db, service, counsellor):
    for badge in ("B1010", "B1011"):
        service.add_contract(counsellor, badge, contract(date(2023, 1, 2), date(2024, 6, 30)))
        service.add_entry(counsellor, badge, "mobility", date(2024, 3, 1), 30, "permis B")
    service.record_exit(counsellor, "B1010", date(2024, 6, 30), "cdd_6m_plus")
    service.record_exit(counsellor, "B1011", date(2024, 12, 1), "training")
    privacy = PrivacyService(demo_db)
    assert privacy.apply_retention(counsellor, date(2026, 6, 29)) == []
    [key] = privacy.apply_retention(counsellor, date(2026, 6, 30))
    with demo_db.read() as s:
        gone = s.scalars(select(Worker).where(Worker.badge == key)).one()
        notes = s.scalars(select(AccompanimentEntry.note).where(AccompanimentEntry.worker_id == gone.id)).all()
        assert gone.display_name == ANONYMOUS_NAME and notes == [""]
    # the outcome stays in the statistics, without the name
    assert service.outcomes(counsellor, date(2024, 1, 1), date(2024, 12, 31)).by_category["lasting"] == 1
    assert "B1011" in {p.badge for p in service.people(counsellor)}
    assert key not in {p.badge for p in service.people(counsellor)}


def test_find_a_person_by_a_few_letters_of_the_name(service, counsellor):
    assert [p.name for p in service.people(counsellor, "mar")] == ["Inès Marchand"]
    assert {p.name for p in service.people(counsellor, "DA")} == {"Sofia Da Silva", "Karim Haddad"}
    assert [p.name for p in service.people(counsellor, "ines")] == ["Inès Marchand"]  # accents as you like
    assert [p.name for p in service.people(counsellor, "LÉA")] == ["Léa Fontaine"]


def test_an_immersion_is_an_absence_on_the_board_and_for_the_planner(demo_db, counsellor):
    from logins_desktop.services.assignment import AssignmentRefused
    from logins_desktop.services.board import BoardService
    from logins_desktop.services.shift_plan import ShiftPlanService

    service = InsertionService(demo_db)  # today's date: the board reads today's absences
    today = date.today()
    service.add_contract(counsellor, "B1002", contract(today - timedelta(days=100), today + timedelta(days=200)))
    service.add_immersion(counsellor, "B1002", "Garage Solidaire", today - timedelta(days=1), today + timedelta(days=3))
    board = BoardService(demo_db, "chef")
    cards = {c.badge: c for c in board.workers()}
    assert cards["B1002"].absent and not cards["B1001"].absent
    assert "Garage" not in repr(cards["B1002"])  # the board learns that, never why
    with pytest.raises(AssignmentRefused) as refused:
        board.assign("B1002", "T-REPRISE-ASM")
    assert refused.value.message.id == "insertion.absent_today"
    planned = {w.badge for w in ShiftPlanService(demo_db, "chef").problem().workers}
    assert "B1002" not in planned and "B1001" in planned
