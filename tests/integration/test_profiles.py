"""Profiles: a worker edits only their own, the counsellor anyone's, other roles are refused, and
every change (and every read by someone else) is in the audit log with its author."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from logins_desktop.domain.profile import DEFAULT, Hand
from logins_desktop.services.auth import AuthService
from logins_desktop.services.profiles import ProfileRefused, ProfileService
from logins_desktop.store.models import AuditEntry, WorkerProfile
from tests.sessions import signed_in


def worker_session(db, badge):
    auth = AuthService(db)
    return auth.sign_in_worker(auth.person_by_badge(badge))


def audit_rows(db, badge):
    with db.read() as s:
        return [(e.actor, e.action, e.details) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity_key == badge, AuditEntry.action.like("profile.%"))
            .order_by(AuditEntry.created_at))]


def test_a_worker_saves_their_own_profile_and_gets_it_back(demo_db):
    service = ProfileService(demo_db)
    amina = worker_session(demo_db, "B1001")
    assert service.get("B1001", amina) == DEFAULT  # nothing saved yet: the station's defaults
    mine = replace(DEFAULT, hand=Hand.LEFT, touch_target_mm=30.0, high_contrast=True)
    assert service.set("B1001", mine, amina) == {"hand": "left", "touch_target_mm": 30.0, "high_contrast": True}
    assert service.get("B1001", amina) == mine
    assert service.set("B1001", mine, amina) == {}  # saved twice: nothing new is written
    assert audit_rows(demo_db, "B1001") == [
        ("B1001", "profile.set", {"hand": "left", "touch_target_mm": 30.0, "high_contrast": True})]


def test_a_worker_cannot_edit_or_read_someone_else(demo_db):
    service = ProfileService(demo_db)
    amina = worker_session(demo_db, "B1001")
    with pytest.raises(ProfileRefused) as caught:
        service.set("B1002", replace(DEFAULT, dwell=True), amina)
    assert caught.value.message.id == "profile.not_yours"
    with pytest.raises(ProfileRefused):
        service.get("B1002", amina)
    with demo_db.read() as s:
        assert s.scalars(select(WorkerProfile)).all() == []


def test_the_counsellor_edits_anyone_and_reads_are_audited(demo_db):
    service = ProfileService(demo_db)
    counsellor = signed_in(demo_db, "insertion")
    service.set("B1006", replace(DEFAULT, switch_scan=True, scan_seconds=3.0), counsellor)
    assert service.get("B1006", counsellor).switch_scan
    actions = [(actor, action) for actor, action, _ in audit_rows(demo_db, "B1006")]
    assert actions == [("insertion", "profile.set"), ("insertion", "profile.read")]
    with demo_db.read() as s:
        assert s.scalars(select(WorkerProfile.updated_by)).one() == "insertion"


@pytest.mark.parametrize("username", ["chef", "logistique"])
def test_other_roles_are_refused(demo_db, username):
    service = ProfileService(demo_db)
    with pytest.raises(ProfileRefused) as caught:
        service.set("B1001", replace(DEFAULT, calm=True), signed_in(demo_db, username))
    assert caught.value.message.id == "auth.not_allowed"


def test_out_of_bounds_and_unknown_badges_lose_nothing(demo_db):
    service = ProfileService(demo_db)
    amina = worker_session(demo_db, "B1001")
    with pytest.raises(Exception) as caught:
        service.set("B1001", replace(DEFAULT, touch_target_mm=50.0), amina)
    assert caught.value.message.id == "profile.out_of_bounds"
    counsellor = signed_in(demo_db, "insertion")
    with pytest.raises(ProfileRefused) as caught:
        service.set("X0000", DEFAULT, counsellor)
    assert caught.value.message.id == "profile.unknown_worker"
    assert audit_rows(demo_db, "B1001") == []


def test_a_profile_saved_at_one_station_follows_the_worker_to_another(central_url, tmp_path):
    """Through the central PostgreSQL: the worker's own edit at POSTE-01 reaches POSTE-02, and a
    first profile created at both stations before they sync is one row, the later edit winning."""
    from logins_desktop.services.demo import seed_demo
    from logins_desktop.services.sync import SyncService
    from logins_desktop.store.database import open_database

    central = open_database(central_url)
    seed_demo(central)
    stations = []
    for name in ("poste1", "poste2"):
        local = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        stations.append((local, SyncService(local, central_url, station=name.upper())))
    try:
        (one, sync_one), (two, sync_two) = stations
        sync_one.sync_once()
        sync_two.sync_once()
        ProfileService(one).set("B1001", replace(DEFAULT, hand=Hand.LEFT), worker_session(one, "B1001"))
        ProfileService(two).set("B1001", replace(DEFAULT, touch_target_mm=32.0), worker_session(two, "B1001"))
        sync_one.sync_once()
        sync_two.sync_once()  # pushes its edit over the first one (one row: the same id), then pulls it
        sync_one.sync_once()
        for db in (central, one, two):
            with db.read() as s:
                assert len(s.scalars(select(WorkerProfile)).all()) == 1
        got = [ProfileService(db).get("B1001", worker_session(db, "B1001")) for db in (one, two)]
        assert got[0] == got[1] == replace(DEFAULT, touch_target_mm=32.0)
        assert sync_one.pending() == sync_two.pending() == 0
    finally:
        for local, sync in stations:
            sync.close()
            local.dispose()
        central.dispose()
