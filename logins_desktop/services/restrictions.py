"""Functional restrictions, edited by the insertion counsellor (or an administrator standing in for
the occupational-health referent). A change never overwrites: it adds a restriction with its
validity period and author, so the history stays. Every read and every change goes to the audit
log; other roles are refused here, not only hidden by the screens."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select

from logins_desktop.domain.compatibility import Restrictions
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.assignment import current_restriction, restrictions_from
from logins_desktop.services.auth import SignedIn, require_role
from logins_desktop.store.database import Database
from logins_desktop.store.models import Role, Worker, WorkerRestriction

EDITING_ROLES = (Role.INSERTION_COUNSELLOR, Role.ADMIN)


class RestrictionRefused(DomainError):
    pass


@dataclass(frozen=True)
class RestrictionRecord:
    values: Restrictions  # None everywhere = no restriction on that point
    valid_from: date
    valid_until: date | None
    set_by: str


class RestrictionService:
    def __init__(self, db: Database):
        self._db = db

    @staticmethod
    def _allowed(session: SignedIn, what: Message) -> SignedIn:
        """The rights come from the signed-in session (services.auth), never from the caller."""
        try:
            return require_role(session, EDITING_ROLES, what)
        except DomainError as exc:
            raise RestrictionRefused(exc.message) from None

    def current(self, badge: str, session: SignedIn, today: date | None = None) -> RestrictionRecord | None:
        reader = self._allowed(session, msg("auth.what.read_restrictions")).key
        with self._db.write() as s:
            worker = self._worker(s, badge)
            r = current_restriction(worker, today)
            audit.record(s, reader, "restriction.read", "worker", badge)
            return None if r is None else RestrictionRecord(restrictions_from(r), r.valid_from, r.valid_until, r.set_by)

    def set(self, badge: str, values: Restrictions, valid_from: date, valid_until: date | None,
            session: SignedIn) -> None:
        author = self._allowed(session, msg("auth.what.edit_restrictions")).key
        if valid_until is not None and valid_until < valid_from:
            raise RestrictionRefused(msg("work.restriction.end_before_start"))
        for name, value in (("load", values.max_load_kg), ("reps", values.max_reps_per_min),
                            ("continuous", values.max_continuous_min)):
            if value is not None and value < 0:
                raise RestrictionRefused(msg("work.restriction.negative", name=msg(f"work.restriction.name.{name}")))
        with self._db.write() as s:
            worker = self._worker(s, badge)
            s.add(WorkerRestriction(
                worker=worker, max_load_kg=values.max_load_kg, hands=values.hands and values.hands.value,
                posture=values.posture and values.posture.value, overhead_ok=values.overhead_ok,
                fine_motor=values.fine_motor and values.fine_motor.value, max_reps_per_min=values.max_reps_per_min,
                max_continuous_min=values.max_continuous_min,
                unknown_factors=",".join(sorted(values.unknown)), set_by=author, valid_from=valid_from,
                valid_until=valid_until))
            changes = {k: (v.value if hasattr(v, "value") else sorted(v) if isinstance(v, frozenset) else v)
                       for k, v in asdict(values).items()}
            audit.record(s, author, "restriction.set", "worker", badge, valid_from=valid_from.isoformat(),
                         valid_until=valid_until.isoformat() if valid_until else None, **changes)

    @staticmethod
    def _worker(s, badge: str) -> Worker:
        worker = s.scalars(select(Worker).where(Worker.badge == badge)).one_or_none()
        if worker is None:
            raise RestrictionRefused(msg("work.restriction.unknown_badge", badge=badge))
        return worker
