"""Sign-in: PINs stored as salted scrypt hashes keyed with the per-site secret, checked in constant
time; wrong PINs lock a person out (domain.pins); a successful sign-in returns the SignedIn session
that services take to check rights, instead of a role value from the caller."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.pins import (
    FAILURES_BEFORE_LOCK,
    PERSONAL_DATA_MIN_DIGITS,
    PinLock,
    lock_duration_words,
    pin_problem,
)
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.site_secret import site_secret
from logins_desktop.store.database import Database
from logins_desktop.store.models import PinLockout, Role, User, Worker

log = logging.getLogger(__name__)

# scrypt cost: about 50 ms per check here, slow enough to make guessing costly, fast enough for a
# person at the keypad. The site secret is what makes a copied database useless for guessing.
_N, _R, _P = 2**14, 8, 1
SCHEME = "scrypt-site"  # scrypt over HMAC-SHA256(site secret, PIN)
LEGACY_SCHEME = "scrypt"  # scrypt over the PIN alone: still verified, rehashed at the next sign-in

MANAGER_ROLES = frozenset({Role.LOGISTICS_MANAGER, Role.ADMIN})
# The roles that read personal data (functional restrictions): longer PINs.
PERSONAL_DATA_ROLES = frozenset({Role.INSERTION_COUNSELLOR, Role.ADMIN})



def _keyed(secret: str, key: bytes) -> bytes:
    return hmac.new(key, secret.encode(), hashlib.sha256).digest()


def hash_secret(secret: str, key: bytes | None = None) -> str:
    key = site_secret() if key is None else key
    salt = os.urandom(16)
    digest = hashlib.scrypt(_keyed(secret, key), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    enc = base64.b64encode
    return f"{SCHEME}${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_secret(secret: str, stored: str, key: bytes | None = None) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme == SCHEME:
            password = _keyed(secret, site_secret() if key is None else key)
        elif scheme == LEGACY_SCHEME:
            password = secret.encode()
        else:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password, salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(SCHEME + "$")


def initials_of(display_name: str) -> str:
    """What a card shows when there is no photo: "Amina Diallo" -> "AD", "Jean-Marc" -> "JM"."""
    parts = [p for p in display_name.replace("-", " ").split() if p]
    return "".join(p[0].upper() for p in parts[:2]) or "?"


@dataclass(frozen=True)
class Person:
    """Someone who can appear on the login screen: a worker (no PIN) or a user with a role (PIN)."""

    key: str  # badge for workers, username for users
    display_name: str
    role: Role | None  # None = worker
    photo: str | None = None
    badge: str | None = None

    @property
    def needs_pin(self) -> bool:
        return self.role is not None

    @property
    def initials(self) -> str:
        return initials_of(self.display_name)


# Sessions are sealed with a key that lives only in this process: a SignedIn built anywhere but
# AuthService (or altered with dataclasses.replace) fails verify_session.
_SESSION_KEY = os.urandom(32)


def _seal(key: str, role: Role | None, started_at: datetime) -> bytes:
    text = f"{key}\x1f{role.value if role else ''}\x1f{started_at.isoformat()}"
    return hmac.new(_SESSION_KEY, text.encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class SignedIn:
    """The session a sign-in returns. Services derive rights from it, never from a role argument."""

    person: Person
    started_at: datetime
    seal: bytes = field(repr=False)

    @property
    def key(self) -> str:
        return self.person.key

    @property
    def display_name(self) -> str:
        return self.person.display_name

    @property
    def role(self) -> Role | None:
        return self.person.role

    @property
    def initials(self) -> str:
        return self.person.initials


def _open_session(person: Person) -> SignedIn:
    started = datetime.now(UTC)
    return SignedIn(person, started, _seal(person.key, person.role, started))


def verify_session(session: object) -> bool:
    return isinstance(session, SignedIn) and hmac.compare_digest(
        session.seal, _seal(session.person.key, session.person.role, session.started_at))


def require_role(session: object, roles: Iterable[Role], what: Message | str) -> SignedIn:
    """The session, if it is a genuine sign-in with one of `roles`; else DomainError in words."""
    if not verify_session(session):
        raise DomainError(msg("auth.not_signed_in", what=what))
    allowed = frozenset(roles)
    if session.role not in allowed:
        names = [msg(f"auth.role.{Role(r).value}") for r in sorted(allowed)]
        raise DomainError(msg("auth.not_allowed", what=what, roles=names))
    return session


@dataclass(frozen=True)
class SignInAttempt:
    """What a PIN entry gave: a session, or a refusal (with the lock's time left when locked)."""

    session: SignedIn | None = None
    refusal: Message | None = None
    locked_seconds: float | None = None
    # The PIN was right but is shorter than the person's role now requires: no session until a
    # new one is set (change_short_pin). Old 4-digit PINs of counsellors and admins end here.
    pin_change: Message | None = None


class AuthService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._clock = clock
        # Wrong PINs counted here while the database refuses writes (read-only, full): the lock
        # still holds, for as long as this process runs.
        self._unrecorded: dict[str, PinLock] = {}

    def people(self) -> list[Person]:
        """Everyone shown as a name card: users with a role first, then workers, by name."""
        with self._db.read() as s:
            users = s.scalars(select(User).where(User.active).order_by(User.display_name)).all()
            workers = s.scalars(select(Worker).where(Worker.active).order_by(Worker.display_name)).all()
            return [Person(u.username, u.display_name, Role(u.role), None, u.badge) for u in users] + [
                Person(w.badge, w.display_name, None, w.photo, w.badge) for w in workers
            ]

    def person_by_badge(self, badge: str) -> Person | None:
        badge = badge.strip()
        with self._db.read() as s:
            user = s.scalars(select(User).where(User.badge == badge, User.active)).one_or_none()
            if user:
                return Person(user.username, user.display_name, Role(user.role), None, user.badge)
            worker = s.scalars(select(Worker).where(Worker.badge == badge, Worker.active)).one_or_none()
            if worker:
                return Person(worker.badge, worker.display_name, None, worker.photo, worker.badge)
        return None

    def person(self, username: str) -> Person:
        with self._db.read() as s:
            user = s.scalars(select(User).where(User.username == username, User.active)).one_or_none()
            if user is None:
                raise DomainError(msg("auth.unknown_user", username=username))
            return Person(user.username, user.display_name, Role(user.role), None, user.badge)

    def sign_in_worker(self, person: Person) -> SignedIn:
        """A worker's badge or name card: no PIN, and no rights beyond their own station work."""
        if person.needs_pin:
            raise DomainError(msg("auth.needs_pin", name=person.display_name))
        return _open_session(person)

    def lock_left(self, person: Person) -> float | None:
        """Seconds left on this person's wrong-PIN lock; None when not locked."""
        now = self._clock()
        with self._db.read() as s:
            row = s.get(PinLockout, person.key)
        lefts = [lock.remaining(now) for lock in (_lock_of(row), self._unrecorded.get(person.key, PinLock()))]
        left = max((x for x in lefts if x is not None), default=None)
        return left.total_seconds() if left else None

    def sign_in(self, person: Person, pin: str) -> SignInAttempt:
        """Check a PIN. Five wrong ones lock the person for 5 minutes (doubling each time), in the
        audit log; a locked person's PIN is not even checked. A right PIN with an old-style hash
        is rehashed with the site secret."""
        if not person.needs_pin:
            return SignInAttempt(self.sign_in_worker(person))
        unrecorded = self._unrecorded.get(person.key, PinLock())
        left = unrecorded.remaining(self._clock())
        if left is not None:
            return self._locked(person, left)
        try:
            return self._sign_in(person, pin)
        except OperationalError as exc:  # read-only, full or busy past the wait
            log.error("sign-in of %s not recorded in the database: %s", person.key, exc)
            return self._sign_in_unrecorded(person, pin, unrecorded)

    @staticmethod
    def _locked(person: Person, left) -> SignInAttempt:
        return SignInAttempt(refusal=msg("auth.locked", name=person.display_name, left=lock_duration_words(left)),
                             locked_seconds=left.total_seconds())

    def _sign_in_unrecorded(self, person: Person, pin: str, lock: PinLock) -> SignInAttempt:
        """The same rule, counted in memory: a database that refuses writes never means unlimited tries."""
        now = self._clock()
        with self._db.read() as s:
            user = s.scalars(select(User).where(User.username == person.key, User.active)).one_or_none()
            if user is not None and verify_secret(pin, user.secret_hash):
                self._unrecorded.pop(person.key, None)
                if _too_short(user, pin):
                    return SignInAttempt(pin_change=msg("auth.pin_must_change", shortest=PERSONAL_DATA_MIN_DIGITS))
                return SignInAttempt(_open_session(Person(user.username, user.display_name, Role(user.role),
                                                          None, user.badge)))
        new = self._unrecorded[person.key] = lock.after_failure(now)
        left = new.remaining(now)
        if left is None:
            return SignInAttempt(refusal=msg("auth.wrong_pin"))
        log.warning("%s locked for %.0f s after wrong PINs (not in the audit log: database not writable)",
                    person.key, left.total_seconds())
        return SignInAttempt(refusal=msg("auth.now_locked", failures=FAILURES_BEFORE_LOCK, name=person.display_name,
                                         left=lock_duration_words(left)), locked_seconds=left.total_seconds())

    def _sign_in(self, person: Person, pin: str) -> SignInAttempt:
        now = self._clock()
        with self._db.write() as s:
            row = s.get(PinLockout, person.key)
            lock = _lock_of(row)
            left = lock.remaining(now)
            if left is not None:
                return self._locked(person, left)
            user = s.scalars(select(User).where(User.username == person.key, User.active)).one_or_none()
            if user is not None and verify_secret(pin, user.secret_hash):
                if needs_rehash(user.secret_hash):
                    user.secret_hash = hash_secret(pin)
                    log.info("PIN of %s rehashed with the site secret", person.key)
                if row is not None:
                    s.delete(row)
                if _too_short(user, pin):
                    audit.record(s, person.key, "auth.pin_change_required", "user", person.key)
                    return SignInAttempt(pin_change=msg("auth.pin_must_change", shortest=PERSONAL_DATA_MIN_DIGITS))
                return SignInAttempt(_open_session(Person(user.username, user.display_name, Role(user.role),
                                                          None, user.badge)))
            new = lock.after_failure(now)
            if row is None:
                row = PinLockout(username=person.key)
                s.add(row)
            row.failures, row.locks, row.locked_until = new.failures, new.locks, new.locked_until
            left = new.remaining(now)
            if left is None:
                return SignInAttempt(refusal=msg("auth.wrong_pin"))
            audit.record(s, person.key, "auth.locked", "user", person.key, locks=new.locks,
                         seconds=round(left.total_seconds()), until=new.locked_until.isoformat())
            log.warning("%s locked for %.0f s after wrong PINs", person.key, left.total_seconds())
            return SignInAttempt(refusal=msg("auth.now_locked", failures=FAILURES_BEFORE_LOCK, name=person.display_name,
                                             left=lock_duration_words(left)),
                                 locked_seconds=left.total_seconds())

    def change_short_pin(self, person: Person, old_pin: str, new_pin: str) -> SignInAttempt:
        """After a pin_change answer: the old PIN checked again (as any sign-in: wrong ones count
        toward the lock), the new one held to the role's rule, then the session opens."""
        attempt = self.sign_in(person, old_pin)
        if attempt.pin_change is None:
            return attempt  # wrong, locked, or (already changed elsewhere) signed in
        problem = pin_problem(new_pin, True)
        if problem is not None:
            return SignInAttempt(refusal=problem, pin_change=attempt.pin_change)
        with self._db.write() as s:
            user = s.scalars(select(User).where(User.username == person.key, User.active)).one()
            user.secret_hash = hash_secret(new_pin)
            audit.record(s, person.key, "auth.pin_set", "user", person.key, reason="too short for the role")
            return SignInAttempt(_open_session(Person(user.username, user.display_name, Role(user.role), None,
                                                      user.badge)))

    def set_pin(self, session: SignedIn, username: str, pin: str) -> None:
        """An administrator sets a PIN (or a person their own): 6 digits at least for the roles
        that read personal data."""
        if not (verify_session(session) and session.key == username):
            require_role(session, {Role.ADMIN}, msg("auth.what.change_pin"))
        with self._db.write() as s:
            user = s.scalars(select(User).where(User.username == username)).one_or_none()
            if user is None:
                raise DomainError(msg("auth.unknown_user", username=username))
            problem = pin_problem(pin, Role(user.role) in PERSONAL_DATA_ROLES)
            if problem is not None:
                raise DomainError(problem)
            user.secret_hash = hash_secret(pin)
            audit.record(s, session.key, "auth.pin_set", "user", username)


    # ------------------------------------------------------------ the people who sign in with a role

    def users(self, session: SignedIn) -> list[UserLine]:
        """Every user with a role (active or not), for the administrator: never a PIN hash."""
        require_role(session, {Role.ADMIN}, msg("auth.what.manage_users"))
        with self._db.read() as s:
            return [UserLine(u.username, u.display_name, Role(u.role), u.badge, u.site, u.active)
                    for u in s.scalars(select(User).order_by(User.username))]

    def needs_first_admin(self) -> bool:
        """No active administrator yet: a new installation, whose first administrator is created
        from the command line on the machine itself (there is nobody to sign in as)."""
        with self._db.read() as s:
            return s.scalars(select(User.id).where(User.role == Role.ADMIN.value, User.active)).first() is None

    def add_user(self, session: SignedIn | None, username: str, display_name: str, role: Role, pin: str,
                 badge: str | None = None, site: str = "") -> None:
        """A new user with a role and a PIN (the role's length rule). Only an administrator adds one,
        except the first administrator of an installation (session None, audited as such)."""
        first_admin = session is None and role is Role.ADMIN and self.needs_first_admin()
        if not first_admin:
            require_role(session, {Role.ADMIN}, msg("auth.what.manage_users"))
        username, display_name, badge = username.strip(), " ".join(display_name.split()), (badge or "").strip() or None
        if not username or len(username) > 64 or not username.isprintable() or " " in username:
            raise DomainError(msg("auth.bad_username", username=username))
        if not display_name or len(display_name) > 200 or not display_name.isprintable():
            raise DomainError(msg("auth.bad_display_name"))
        problem = pin_problem(pin, role in PERSONAL_DATA_ROLES)
        if problem is not None:
            raise DomainError(problem)
        with self._db.write() as s:
            if s.scalars(select(User.id).where(User.username == username)).first() is not None:
                raise DomainError(msg("auth.user_exists", username=username))
            if badge and (s.scalars(select(User.id).where(User.badge == badge)).first() is not None
                          or s.scalars(select(Worker.id).where(Worker.badge == badge)).first() is not None):
                raise DomainError(msg("auth.badge_taken", badge=badge))
            s.add(User(username=username, display_name=display_name, role=role.value, badge=badge,
                       secret_hash=hash_secret(pin), site=site.strip()))
            author = "first-admin" if first_admin else session.key
            audit.record(s, author, "auth.user_added", "user", username, role=role.value, site=site.strip())

    def set_active(self, session: SignedIn, username: str, active: bool) -> None:
        """Disable a user (they can no longer sign in; their history stays) or enable them again.
        The last active administrator is never disabled: nobody could manage users any more."""
        require_role(session, {Role.ADMIN}, msg("auth.what.manage_users"))
        with self._db.write() as s:
            user = s.scalars(select(User).where(User.username == username)).one_or_none()
            if user is None:
                raise DomainError(msg("auth.unknown_user", username=username))
            if not active and user.role == Role.ADMIN.value and user.active and s.scalars(
                    select(User.id).where(User.role == Role.ADMIN.value, User.active, User.id != user.id)).first() is None:
                raise DomainError(msg("auth.last_admin"))
            user.active = active
            audit.record(s, session.key, "auth.user_enabled" if active else "auth.user_disabled", "user", username)


@dataclass(frozen=True)
class UserLine:
    username: str
    display_name: str
    role: Role
    badge: str | None
    site: str
    active: bool


def _too_short(user: User, pin: str) -> bool:
    """A PIN set before the 6-digit rule, for a role that reads personal data."""
    return Role(user.role) in PERSONAL_DATA_ROLES and pin_problem(pin, True) is not None


def _lock_of(row: PinLockout | None) -> PinLock:
    if row is None:
        return PinLock()
    return PinLock(row.failures, row.locks, row.locked_until)
