"""Each worker's own accessibility profile: read when their badge is scanned, edited by the worker
(their own only) or by the insertion counsellor (anyone). Rights come from the signed-in session;
every change, and every read by someone other than the worker, goes to the audit log."""

from __future__ import annotations

import logging
import uuid
from dataclasses import fields

from sqlalchemy import select

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.profile import BOUNDS, DEFAULT, AccessProfile, Hand
from logins_desktop.messages import msg
from logins_desktop.services import audit
from logins_desktop.services.auth import SignedIn, require_role, verify_session
from logins_desktop.store.database import Database
from logins_desktop.store.models import Role, Worker, WorkerProfile

log = logging.getLogger(__name__)

# Who edits someone else's profile: the counsellor, or an administrator standing in.
COUNSELLOR_ROLES = (Role.INSERTION_COUNSELLOR, Role.ADMIN)
_COLUMNS = [f.name for f in fields(AccessProfile)]
# One row id per worker, the same on every station: two stations that each create a worker's first
# profile before they sync write the same row (the later one wins), never two rows for one worker.
_PROFILE_IDS = uuid.UUID("6f1b2a44-3c1e-4f7e-9a52-0d1e7c4b9a10")


__all__ = ["AccessProfile", "Hand", "ProfileRefused", "ProfileService", "profile_id", "station_profile"]


def profile_id(worker_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(_PROFILE_IDS, str(worker_id))


class ProfileRefused(DomainError):
    pass


def station_profile(ui) -> AccessProfile:
    """The station's default profile, from its [ui] settings (settings.UISettings); values outside
    the profile's bounds are brought inside them, with a log line (an old settings file may have
    a 10 mm target)."""
    wanted = {"touch_target_mm": ui.touch_target_mm, "font_scale": ui.font_scale, "volume": 1.0,
              "dwell_seconds": ui.dwell_seconds or DEFAULT.dwell_seconds,
              "scan_seconds": ui.scan_seconds or DEFAULT.scan_seconds}
    held = {}
    for name, value in wanted.items():
        bound = BOUNDS[name]
        held[name] = min(bound.high, max(bound.low, value))
        if held[name] != value:
            log.warning("[ui] %s = %s is outside %s-%s: %s is used", name, value, bound.low, bound.high, held[name])
    return AccessProfile(high_contrast=ui.high_contrast, sound=ui.sound, dwell=ui.dwell_seconds > 0,
                         switch_scan=ui.scan_seconds > 0, scan_key=ui.scan_key or "Space", **held)


def _allowed(session: object, badge: str, what) -> SignedIn:
    """A worker acts on their own profile; the counsellor (or an admin) on anyone's."""
    if verify_session(session) and session.role is None:
        if session.key != badge:
            raise ProfileRefused(msg("profile.not_yours"))
        return session
    try:
        return require_role(session, COUNSELLOR_ROLES, what)
    except DomainError as exc:
        raise ProfileRefused(exc.message) from None


def _profile_of(row: WorkerProfile | None) -> AccessProfile:
    if row is None:
        return DEFAULT
    return AccessProfile.from_values({name: getattr(row, name) for name in _COLUMNS})


class ProfileService:
    def __init__(self, db: Database):
        self._db = db

    def get(self, badge: str, session: SignedIn) -> AccessProfile:
        """The profile of the worker with this badge; the defaults when none was saved."""
        return self.find(badge, session) or DEFAULT

    def find(self, badge: str, session: SignedIn) -> AccessProfile | None:
        """The saved profile of the worker with this badge, None when they never saved one."""
        who = _allowed(session, badge, msg("profile.what_read"))
        if who.key == badge:  # the login effect: a worker reading their own, no log line per login
            with self._db.read() as s:
                row = self._row(s, self._worker(s, badge))
                return None if row is None else _profile_of(row)
        with self._db.write() as s:
            row = self._row(s, self._worker(s, badge))
            audit.record(s, who.key, "profile.read", "worker", badge)
            return None if row is None else _profile_of(row)

    def set(self, badge: str, profile: AccessProfile, session: SignedIn) -> dict[str, object]:
        """Save the profile; the settings that changed (empty when nothing did, and nothing is written)."""
        author = _allowed(session, badge, msg("profile.what_edit")).key
        profile = profile.checked()
        with self._db.write() as s:
            worker = self._worker(s, badge)
            row = self._row(s, worker)
            changes = profile.changes_from(_profile_of(row))
            if not changes:
                return {}
            if row is None:
                row = WorkerProfile(id=profile_id(worker.id), worker=worker)
                s.add(row)
            for name in _COLUMNS:
                value = getattr(profile, name)
                setattr(row, name, value.value if name == "hand" else value)
            row.updated_by = author
            audit.record(s, author, "profile.set", "worker", badge, **changes)
        log.info("profile of %s changed by %s: %s", badge, author, sorted(changes))
        return changes

    @staticmethod
    def _row(s, worker: Worker) -> WorkerProfile | None:
        return s.scalars(select(WorkerProfile).where(WorkerProfile.worker_id == worker.id)).one_or_none()

    @staticmethod
    def _worker(s, badge: str) -> Worker:
        worker = s.scalars(select(Worker).where(Worker.badge == badge)).one_or_none()
        if worker is None:
            raise ProfileRefused(msg("profile.unknown_worker", badge=badge))
        return worker
