"""PINs and passwords: stored as salted scrypt hashes, checked in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select

from logins_desktop.store.database import Database
from logins_desktop.store.models import Role, User, Worker

# scrypt cost: about 50 ms per check here, slow enough to make guessing a 4-digit PIN from a
# stolen database file costly, fast enough for a person at the keypad.
_N, _R, _P = 2**14, 8, 1

MANAGER_ROLES = frozenset({Role.LOGISTICS_MANAGER, Role.ADMIN})


def hash_secret(secret: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            secret.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


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


class AuthService:
    def __init__(self, db: Database):
        self._db = db

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

    def check_pin(self, person: Person, pin: str) -> bool:
        if not person.needs_pin:
            return True
        with self._db.read() as s:
            user = s.scalars(select(User).where(User.username == person.key, User.active)).one_or_none()
            return bool(user) and verify_secret(pin, user.secret_hash)
