"""Sign-in and secrets: wrong PINs lock, PIN hashes are useless without the site secret kept outside
the database, old hashes still work and are rehashed, and rights come from the session."""

from __future__ import annotations

import base64
import hashlib
import stat
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.services import auth as auth_module
from logins_desktop.services.auth import AuthService, SignedIn, hash_secret, verify_secret
from logins_desktop.services.overview import OverviewService
from logins_desktop.services.site_secret import secret_path, site_secret
from logins_desktop.store.models import AuditEntry, PinLockout, User
from tests.sessions import DEMO_PINS, signed_in


class Clock:
    def __init__(self):
        self.now = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def stored_hash(db, username):
    with db.read() as s:
        return s.scalars(select(User.secret_hash).where(User.username == username)).one()


def lock_audits(db):
    with db.read() as s:
        return [(e.actor, e.entity_key, e.details) for e in
                s.scalars(select(AuditEntry).where(AuditEntry.action == "auth.locked").order_by(AuditEntry.created_at))]


def test_five_wrong_pins_lock_the_user_for_five_minutes_then_ten(demo_db):
    clock = Clock()
    auth = AuthService(demo_db, clock)
    chef = auth.person("chef")
    for _ in range(4):
        attempt = auth.sign_in(chef, "9999")
        assert attempt.session is None and attempt.refusal == msg("auth.wrong_pin")
    attempt = auth.sign_in(chef, "9999")
    assert attempt.locked_seconds == 300
    assert attempt.refusal.id == "auth.now_locked" and attempt.refusal.args["failures"] == 5
    assert lock_audits(demo_db) == [("chef", "chef", {"locks": 1, "seconds": 300,
                                                      "until": (clock.now + timedelta(minutes=5)).isoformat()})]
    # Locked: even the right PIN is refused, unchecked; the time left is said.
    clock.now += timedelta(minutes=1, seconds=48)
    attempt = auth.sign_in(chef, DEMO_PINS["chef"])
    assert attempt.session is None and attempt.locked_seconds == 192
    assert attempt.refusal.text() == "Nathalie Roux : verrouillé, encore 3 min 12 s"
    # A restart does not lift the lock: it is in the database.
    assert AuthService(demo_db, clock).lock_left(chef) == 192
    # Another user is not affected.
    assert auth.sign_in(auth.person("logistique"), DEMO_PINS["logistique"]).session is not None
    # After the lock, five more wrong PINs lock for twice as long.
    clock.now += timedelta(minutes=3, seconds=12)
    assert auth.lock_left(chef) is None
    for _ in range(5):
        attempt = auth.sign_in(chef, "0000")
    assert attempt.locked_seconds == 600 and len(lock_audits(demo_db)) == 2
    clock.now += timedelta(minutes=10)
    session = auth.sign_in(chef, DEMO_PINS["chef"]).session
    assert isinstance(session, SignedIn) and session.key == "chef"
    with demo_db.read() as s:  # a success clears the record: the next lock is 5 minutes again
        assert s.get(PinLockout, "chef") is None


def test_a_copied_database_gives_no_pin_without_the_site_secret(demo_db, db_url, tmp_path):
    stored = stored_hash(demo_db, "chef")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt-site"
    # What an offline search does with the copied file: scrypt of each candidate PIN. The right PIN
    # does not match, so no candidate ever will.
    plain = hashlib.scrypt(DEMO_PINS["chef"].encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                           dklen=32)
    assert plain != base64.b64decode(digest)
    assert not verify_secret(DEMO_PINS["chef"], stored, key=b"\x00" * 32)
    assert verify_secret(DEMO_PINS["chef"], stored)
    # The secret is a 0600 file in the config dir, and nowhere in the database file.
    path = secret_path()
    assert path.parent == tmp_path / "config" and stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = site_secret()
    demo_db.dispose()
    raw = (tmp_path / "test.sqlite3").read_bytes()
    assert secret not in raw and secret.hex().encode() not in raw


def test_the_secret_file_is_tightened_if_someone_widened_it(demo_db):
    path = secret_path()
    path.chmod(0o644)
    auth_module.site_secret.__globals__["_cache"].clear()
    assert site_secret() == bytes.fromhex(path.read_text().strip())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_unreadable_secret_file_is_a_plain_refusal(demo_db):
    path = secret_path()
    path.write_text("pas un secret\n")
    auth_module.site_secret.__globals__["_cache"].clear()
    with pytest.raises(DomainError) as refused:
        site_secret()
    assert refused.value.message == msg("auth.secret_unreadable", path=str(path))


def test_an_old_style_hash_still_signs_in_and_is_rehashed(demo_db):
    salt = b"0123456789abcdef"
    legacy_digest = hashlib.scrypt(b"1234", salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(legacy_digest).decode()}"
    with demo_db.write() as s:
        s.execute(update(User).where(User.username == "chef").values(secret_hash=legacy))
    auth = AuthService(demo_db)
    assert auth.sign_in(auth.person("chef"), "4321").session is None
    assert stored_hash(demo_db, "chef") == legacy
    assert auth.sign_in(auth.person("chef"), "1234").session is not None
    rehashed = stored_hash(demo_db, "chef")
    assert rehashed.startswith("scrypt-site$") and verify_secret("1234", rehashed)
    assert auth.sign_in(auth.person("chef"), "1234").session is not None


def test_roles_that_read_personal_data_need_six_digits(demo_db):
    auth = AuthService(demo_db)
    admin = signed_in(demo_db, "admin")
    with pytest.raises(DomainError) as refused:
        auth.set_pin(admin, "insertion", "2580")
    assert refused.value.message == msg("auth.pin_length", shortest=6, longest=8)
    with pytest.raises(DomainError) as refused:
        auth.set_pin(admin, "insertion", "25a0b1")
    assert refused.value.message == msg("auth.pin_digits_only")
    auth.set_pin(admin, "insertion", "258025")
    assert auth.sign_in(auth.person("insertion"), "258025").session is not None
    auth.set_pin(admin, "chef", "2580")  # a team lead reads no personal data: 4 digits are enough
    lead = auth.sign_in(auth.person("chef"), "2580").session
    auth.set_pin(lead, "chef", "8520")  # one's own PIN
    with pytest.raises(DomainError) as refused:
        auth.set_pin(lead, "logistique", "8520")  # somebody else's: administrators only
    assert refused.value.message.id == "auth.not_allowed"
    with demo_db.read() as s:
        assert [(e.actor, e.entity_key) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "auth.pin_set")
                                                             .order_by(AuditEntry.created_at))] == \
            [("admin", "insertion"), ("admin", "chef"), ("chef", "chef")]
    assert hash_secret("1234") != hash_secret("1234")  # salted


def test_the_restriction_overview_takes_the_session_not_a_name(demo_db):
    overview = OverviewService(demo_db)
    lines = overview.workers_with_restrictions(signed_in(demo_db, "insertion"))
    assert any(line.restrictions for line in lines)
    for session in (signed_in(demo_db, "chef"), signed_in(demo_db, "logistique")):
        with pytest.raises(DomainError) as refused:
            overview.workers_with_restrictions(session)
        assert refused.value.message.id == "auth.not_allowed"
    with pytest.raises(DomainError) as refused:
        overview.workers_with_restrictions("insertion")
    assert refused.value.message.id == "auth.not_signed_in"


def test_a_worker_badge_signs_in_without_pin_but_a_role_needs_one(demo_db):
    auth = AuthService(demo_db)
    worker = auth.sign_in_worker(auth.person_by_badge("B1001"))
    assert worker.role is None and worker.key == "B1001"
    with pytest.raises(DomainError) as refused:
        auth.sign_in_worker(auth.person("chef"))
    assert refused.value.message.id == "auth.needs_pin"


def test_wrong_pins_lock_even_when_the_database_refuses_writes(demo_db, db_url):
    """A read-only database cannot record the count: it is kept in memory, never unlimited tries."""
    from logins_desktop.store.database import open_database

    path = db_url.removeprefix("sqlite:///")
    demo_db.dispose()
    read_only = open_database(f"sqlite:///file:{path}?mode=ro&uri=true", upgrade=False)
    clock = Clock()
    auth = AuthService(read_only, clock)
    chef = auth.person("chef")
    assert auth.sign_in(chef, DEMO_PINS["chef"]).session is not None
    for _ in range(4):
        assert auth.sign_in(chef, "9999").refusal == msg("auth.wrong_pin")
    attempt = auth.sign_in(chef, "9999")
    assert attempt.locked_seconds == 300 and attempt.refusal.id == "auth.now_locked"
    clock.now += timedelta(seconds=60)
    attempt = auth.sign_in(chef, DEMO_PINS["chef"])
    assert attempt.session is None and attempt.locked_seconds == 240 and auth.lock_left(chef) == 240
    clock.now += timedelta(seconds=240)
    assert auth.sign_in(chef, DEMO_PINS["chef"]).session is not None
    read_only.dispose()


def test_a_short_pin_of_a_personal_data_role_opens_no_session_until_changed(demo_db):
    from sqlalchemy import select

    from logins_desktop.services.auth import AuthService, hash_secret
    from logins_desktop.store.models import AuditEntry, User

    with demo_db.write() as s:
        s.scalars(select(User).where(User.username == "admin")).one().secret_hash = hash_secret("0000")
    auth = AuthService(demo_db)
    admin = auth.person("admin")
    first = auth.sign_in(admin, "0000")
    assert first.session is None and first.pin_change.id == "auth.pin_must_change"
    assert dict(first.pin_change.args) == {"shortest": 6}
    wrong_old = auth.change_short_pin(admin, "9999", "123456")  # a wrong old PIN is a wrong PIN
    assert wrong_old.session is None and wrong_old.refusal.id == "auth.wrong_pin" and wrong_old.pin_change is None
    short_new = auth.change_short_pin(admin, "0000", "12345")
    assert short_new.session is None and short_new.refusal.id == "auth.pin_length" and short_new.pin_change
    done = auth.change_short_pin(admin, "0000", "123456")
    assert done.session is not None and done.session.key == "admin"
    assert auth.sign_in(admin, "123456").session is not None
    with demo_db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_key == "admin")).all()
    assert "auth.pin_change_required" in actions and "auth.pin_set" in actions
