"""Quality checks written down (rules in domain.quality).

The station asks for a check when a finished kit is due (a help call to the team lead: the kit
waits aside, "to check"); the team lead passes it or fails it point by point at the bench. A failed
kit goes back to rework (its components stay consumed: the ledger is not touched) and tightens the
sampling of its order. Results count per order and per worker, never as a ranking.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from logins_desktop.domain import quality as rules
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg, render
from logins_desktop.services import audit, evidence
from logins_desktop.services.auth import SignedIn, require_role
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    EvidencePhoto,
    HelpCall,
    Order,
    Product,
    QualityCheck,
    QualityRule,
    Role,
    TaskSession,
    Worker,
)

CHECKERS = (Role.TEAM_LEAD, Role.ADMIN)


def rule_for(s: Session, kit_id: uuid.UUID) -> rules.QualityRule | None:
    row = s.scalars(select(QualityRule).where(QualityRule.kit_id == kit_id)).one_or_none()
    if row is None:
        return None
    return rules.QualityRule(rules.Sampling(row.sampling), row.n, tuple(row.checklist), row.photo)


def order_verdicts(s: Session, order_id: uuid.UUID) -> list[bool]:
    """The order's decided checks, oldest first (True: passed)."""
    return [status == rules.CheckStatus.PASSED.value for status in s.scalars(
        select(QualityCheck.status).where(QualityCheck.order_id == order_id,
                                          QualityCheck.status != rules.CheckStatus.PENDING.value)
        .order_by(QualityCheck.checked_at))]


def ask_if_due(s: Session, rule: rules.QualityRule, *, order_id: uuid.UUID, order_ref: str, kit_name: str,
               kit_key: str, kit_number: int, session_id: uuid.UUID | None, station: str,
               worker_id: uuid.UUID | None) -> bool:
    """In the finished kit's own transaction: set it aside for a check and call the team lead, if due."""
    session_kits = 0
    if rule.sampling is rules.Sampling.FIRST_OF_SHIFT and session_id is not None:
        # Called before the session counts this kit: its rank is the kits already counted, plus one.
        session_kits = (s.scalar(select(TaskSession.units).where(TaskSession.id == session_id)) or 0) + 1
    if not rules.is_due(rule, kit_number, session_kits, order_verdicts(s, order_id)):
        return False
    s.add(QualityCheck(order_id=order_id, kit_key=kit_key, kit_number=kit_number, station=station,
                       worker_id=worker_id))
    waiting = s.scalar(select(func.count()).select_from(HelpCall).where(
        HelpCall.station == station, HelpCall.acknowledged_at.is_(None), HelpCall.kind == "quality"))
    if not waiting:  # one call per station until the team lead answers, however many kits wait aside
        s.add(HelpCall(station=station, worker_id=worker_id, kind="quality",
                       message=render(msg("quality.help_call", kit=kit_name, number=kit_number, order=order_ref))[:300]))
    return True


@dataclass(frozen=True)
class PendingCheck:
    id: uuid.UUID
    order_ref: str
    kit_name: str
    kit_number: int
    station: str
    worker: str  # the person's name
    checklist: tuple[str, ...]
    status: str
    failed_points: tuple[str, ...]
    photos: tuple[str, ...] = ()  # its evidence photos, oldest first (files under services.evidence)
    photo_needed: bool = False  # its kit's rule asks for a photo before the verdict

    @property
    def title(self) -> Message:
        return msg("quality.check_title", kit=self.kit_name, number=self.kit_number, order=self.order_ref,
                   station=self.station, worker=self.worker)

    @property
    def heading(self) -> Message:
        return msg("quality.check_heading", kit=self.kit_name, number=self.kit_number)


def _views(s: Session, query) -> list[PendingCheck]:
    rows = s.execute(query.join(Order, Order.id == QualityCheck.order_id).join(Product, Product.id == Order.product_id)
                     .outerjoin(Worker, Worker.id == QualityCheck.worker_id)).all()
    photos: dict[uuid.UUID, list[str]] = {}
    for check_id, file in s.execute(select(EvidencePhoto.quality_check_id, EvidencePhoto.file)
                                    .where(EvidencePhoto.quality_check_id.in_([row[0].id for row in rows]))
                                    .order_by(EvidencePhoto.created_at)):
        photos.setdefault(check_id, []).append(file)
    out = []
    for check, order, kit, worker in rows:
        rule = rule_for(s, kit.id)
        out.append(PendingCheck(check.id, order.ref, kit.name, check.kit_number, check.station,
                                worker.display_name if worker else "", rule.checklist if rule else (),
                                check.status, tuple(check.failed_points), tuple(photos.get(check.id, ())),
                                bool(rule and rule.photo)))
    return out


def pending_checks(db: Database) -> list[PendingCheck]:
    """Kits set aside for a check, and failed kits not yet reworked, oldest first."""
    with db.read() as s:
        return _views(s, select(QualityCheck, Order, Product, Worker).where(
            (QualityCheck.status == rules.CheckStatus.PENDING.value)
            | ((QualityCheck.status == rules.CheckStatus.FAILED.value) & QualityCheck.reworked_at.is_(None)))
            .order_by(QualityCheck.created_at))


def decide(db: Database, session: SignedIn, check_id: uuid.UUID, answers: dict[str, bool]) -> Message:
    """Pass or fail a pending check, point by point; an unanswered point is not a yes."""
    require_role(session, CHECKERS, msg("auth.what.quality_check"))
    with db.write() as s:
        check = s.get(QualityCheck, check_id)
        if check is None or check.status != rules.CheckStatus.PENDING.value:
            raise DomainError(msg("quality.not_pending"))
        order = s.get(Order, check.order_id)
        rule = rule_for(s, order.product_id)
        if (refused := rules.verdict_refused(rule, evidence.check_photos(s, check.id))) is not None:
            raise DomainError(refused)
        verdict = rules.judge(rule.checklist if rule else (), answers)
        check.status = (rules.CheckStatus.PASSED if verdict.passed else rules.CheckStatus.FAILED).value
        check.failed_points = list(verdict.failed_points)
        check.checked_by, check.checked_at = session.key, datetime.now(UTC)
        audit.record(s, session.key, "quality_check", "quality_checks", order.ref, kit_number=check.kit_number,
                     passed=verdict.passed, failed_points=list(verdict.failed_points))
        if verdict.passed:
            return msg("quality.passed", number=check.kit_number, order=order.ref)
        return msg("quality.failed", number=check.kit_number, order=order.ref, points=list(verdict.failed_points))


def photograph(db: Database, session: SignedIn, check_id: uuid.UUID, data: bytes, station: str = "") -> Message:
    """A photo of a kit set aside or to rework, kept with its check (the checkers' right, audited)."""
    require_role(session, CHECKERS, msg("auth.what.quality_check"))
    return evidence.photograph_check(db, session.key, station, check_id, data).message


def reworked(db: Database, session: SignedIn, check_id: uuid.UUID) -> Message:
    """A failed kit made right again: it leaves the list (a new check of it is the next sampled kit's)."""
    require_role(session, CHECKERS, msg("auth.what.quality_check"))
    with db.write() as s:
        check = s.get(QualityCheck, check_id)
        if check is None or check.status != rules.CheckStatus.FAILED.value or check.reworked_at is not None:
            raise DomainError(msg("quality.not_failed"))
        check.reworked_at = datetime.now(UTC)
        order = s.get(Order, check.order_id)
        audit.record(s, session.key, "quality_rework", "quality_checks", order.ref, kit_number=check.kit_number)
        return msg("quality.reworked", number=check.kit_number, order=order.ref)


@dataclass(frozen=True)
class QualityTally:
    checked: int
    passed: int
    failed: int
    pending: int
    tightened: bool

    @property
    def summary(self) -> Message:
        tally = msg("quality.tally", checked=self.checked, passed=self.passed, failed=self.failed, pending=self.pending)
        return msg("quality.tally_tightened", tally=tally) if self.tightened else tally


def _tally(s: Session, *where) -> QualityTally:
    counts = dict(s.execute(select(QualityCheck.status, func.count()).where(*where).group_by(QualityCheck.status)).all())
    passed, failed = counts.get("passed", 0), counts.get("failed", 0)
    return QualityTally(passed + failed, passed, failed, counts.get("pending", 0), False)


def order_tally(db: Database, order_ref: str) -> QualityTally:
    with db.read() as s:
        order = s.scalars(select(Order).where(Order.ref == order_ref)).one_or_none()
        if order is None:
            raise DomainError(msg("quality.unknown_order", order=order_ref))
        tally = _tally(s, QualityCheck.order_id == order.id)
        return QualityTally(tally.checked, tally.passed, tally.failed, tally.pending,
                            rules.tightened(order_verdicts(s, order.id)))


def worker_tally(s: Session, worker_id: uuid.UUID) -> QualityTally:
    """A person's checked kits (for their own skills passport: right first time)."""
    return _tally(s, QualityCheck.worker_id == worker_id)


def set_rule(db: Database, session: SignedIn, kit_sku: str, sampling: str, n: int, checklist: str,
             photo: bool = False) -> Message:
    """Give a kit definition its sampling rule and checklist, and whether each checked kit is
    photographed (the team lead or the manager)."""
    require_role(session, (Role.TEAM_LEAD, Role.LOGISTICS_MANAGER, Role.ADMIN), msg("auth.what.quality_rule"))
    if sampling not in {s.value for s in rules.Sampling}:
        raise DomainError(msg("quality.bad_sampling", sampling=sampling))
    kind = rules.Sampling(sampling)
    rule = rules.QualityRule(kind, 1 if kind is rules.Sampling.FIRST_OF_SHIFT else n, rules.parse_checklist(checklist),
                             photo)
    with db.write() as s:
        kit = s.scalars(select(Product).where(Product.sku == kit_sku)).one_or_none()
        if kit is None or not kit.is_kit:
            raise DomainError(msg("quality.not_a_kit", sku=kit_sku))
        row = s.scalars(select(QualityRule).where(QualityRule.kit_id == kit.id)).one_or_none() or QualityRule(kit_id=kit.id)
        row.sampling, row.n, row.checklist, row.photo = rule.sampling.value, rule.n, list(rule.checklist), rule.photo
        s.add(row)
        audit.record(s, session.key, "quality_rule", "quality_rules", kit_sku, sampling=rule.sampling.value, n=rule.n,
                     checklist=list(rule.checklist), photo=rule.photo)
    said = msg(f"quality.rule_{rule.sampling.value}", kit=kit.name, n=rule.n, points=len(rule.checklist))
    return msg("quality.rule_with_photo", rule=said) if rule.photo else said


class QualityDesk:
    """The board's quality checks for one signed-in team lead (the screen holds no database)."""

    def __init__(self, db: Database, session: SignedIn | None, station: str = "",
                 photo_sources: evidence.PhotoSources | None = None):
        self._db, self._session, self._station = db, session, station
        self.photo_sources = photo_sources or evidence.PhotoSources()

    def pending(self) -> list[PendingCheck]:
        return pending_checks(self._db)

    def decide(self, check_id: uuid.UUID, answers: dict[str, bool]) -> Message:
        return decide(self._db, self._session, check_id, answers)

    def reworked(self, check_id: uuid.UUID) -> Message:
        return reworked(self._db, self._session, check_id)

    def photograph(self, check_id: uuid.UUID, data: bytes) -> Message:
        return photograph(self._db, self._session, check_id, data, self._station)
