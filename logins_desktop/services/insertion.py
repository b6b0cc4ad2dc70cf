"""The insertion path of each person: contracts, suspensions, the accompaniment log, immersions,
trainings and exits, the counsellor's alerts, the outcomes and the monthly hours.

Rights come from the signed-in session: the path is the insertion counsellor's only. A team lead
gets nothing here but who is away on an immersion today (never why: `absent_today`); the manager
gets nothing. Every read of a person's path (its notes, its restrictions) is written to the audit
log in the same transaction, and the counsellor's screen shows who read what (`read_log`).
The rules themselves are in domain.insertion; the value types the screens need are re-exported here.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.insertion import (
    AccompanimentKind,
    Alert,
    AlertKind,
    AlertThresholds,
    ContractKind,
    ContractPeriod,
    ContractRules,
    EndCause,
    ExitOutcome,
    ImmersionFact,
    ImmersionOutcome,
    Outcomes,
    PathFacts,
    Suspension,
    SuspensionReason,
    alerts,
    check_immersion,
    check_period,
    check_suspension,
    maximum_end,
    outcomes,
    planned_hours,
)
from logins_desktop.domain.insertion import (
    add_months as add_months,  # for the screens' renewal form
)
from logins_desktop.messages import Message, msg
from logins_desktop.services import audit
from logins_desktop.services.auth import SignedIn, require_role
from logins_desktop.settings import InsertionSettings
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    AccompanimentEntry,
    AuditEntry,
    Immersion,
    InsertionContract,
    InsertionExit,
    InsertionSuspension,
    Role,
    TaskSession,
    Training,
    Worker,
    WorkerRestriction,
)

__all__ = [  # what the screens use, from here only (ui imports services, never domain)
    "AccompanimentKind", "DomainError", "Alert", "AlertKind", "ContractKind", "ContractPeriod",
    "ExitOutcome", "ImmersionOutcome", "InsertionService", "Outcomes", "PersonPath", "PersonSummary", "Suspension",
    "EndCause", "SuspensionReason", "TrainingView",
]

PATH_ROLES = (Role.INSERTION_COUNSELLOR,)
# Who may know that a person is away today (not why): the board and the planner.
ABSENCE_ROLES = (Role.TEAM_LEAD, Role.INSERTION_COUNSELLOR, Role.ADMIN)


def rules_of(settings: InsertionSettings) -> ContractRules:
    return ContractRules(settings.min_months, settings.max_months, settings.min_weekly_hours,
                         suspensions_extend_maximum=settings.suspensions_extend_maximum,
                         pmsmp_max_months=settings.pmsmp_max_months)


def thresholds_of(settings: InsertionSettings) -> AlertThresholds:
    return AlertThresholds(settings.contract_end_alert_days, settings.maximum_alert_days,
                           settings.interview_alert_days)


# ---------------------------------------------------------------- what the screens get


@dataclass(frozen=True)
class PersonSummary:
    badge: str
    name: str
    contract_end: date | None
    exited: bool


@dataclass(frozen=True)
class EntryView:
    kind: str
    day: date
    minutes: int
    note: str
    next_step: str
    next_step_on: date | None
    author: str


@dataclass(frozen=True)
class ImmersionView:
    id: uuid.UUID
    host: str
    start: date
    end: date
    goal: str
    tutor: str
    outcome: str | None


@dataclass(frozen=True)
class TrainingView:
    id: uuid.UUID
    title: str
    certification: str
    start: date
    end: date | None
    planned_hours: float
    done_hours: float
    obtained_on: date | None


@dataclass(frozen=True)
class RestrictionLine:
    valid_from: date
    valid_until: date | None
    set_by: str
    values: dict
    words: Message | str = ""  # as the counsellor's table says it: "charge ≤ 3 kg, assis" (in the reader's language)


@dataclass(frozen=True)
class ReadLine:
    at: datetime
    who: str
    what: str


@dataclass(frozen=True)
class PersonPath:
    badge: str
    name: str
    periods: tuple[ContractPeriod, ...]
    suspensions: tuple[Suspension, ...]
    maximum: date | None
    ended_on: date | None
    end_cause: str
    entries: tuple[EntryView, ...]
    immersions: tuple[ImmersionView, ...]
    trainings: tuple[TrainingView, ...]
    exit_day: date | None
    exit_outcome: str | None
    restrictions: tuple[RestrictionLine, ...]


@dataclass(frozen=True)
class HoursRow:
    badge: str
    name: str
    planned: float
    floor: float
    accompaniment: float
    training: float
    absence_days: int


class InsertionService:
    def __init__(self, db: Database, settings: InsertionSettings | None = None,
                 today: Callable[[], date] = date.today):
        self._db = db
        self.settings = settings or InsertionSettings()
        self.rules = rules_of(self.settings)
        self.thresholds = thresholds_of(self.settings)
        self._today = today

    @property
    def db(self) -> Database:
        return self._db

    # ------------------------------------------------------------ rights

    @staticmethod
    def _counsellor(session: SignedIn, what: str) -> str:
        """The reader's key if the session is a genuine counsellor's, else refused in words."""
        return require_role(session, PATH_ROLES, what).key

    # ------------------------------------------------------------ writing the path

    def add_contract(self, session: SignedIn, badge: str, period: ContractPeriod, source: str = "") -> None:
        author = self._counsellor(session, msg("auth.what.saisie_d_un_contrat"))
        with self._db.write() as s:
            self.add_contract_in(s, author, worker_of(s, badge), period, source)

    def add_contract_in(self, s: Session, author: str, worker: Worker, period: ContractPeriod, source: str = "") -> None:
        periods, suspensions = _periods(s, worker.id), _suspensions(s, worker.id)
        check_period(periods, period, suspensions, self.rules)
        s.add(InsertionContract(worker_id=worker.id, kind=period.kind.value, start_date=period.start,
                                end_date=period.end, weekly_hours=period.weekly_hours, reason=period.reason,
                                source=source))
        s.flush()
        worker.contract_start = min(p.start for p in (*periods, period))
        worker.contract_end = max(p.end for p in (*periods, period))
        audit.record(s, author, "path.contract", "worker", worker.badge, kind=period.kind.value,
                     start=period.start.isoformat(), end=period.end.isoformat(), weekly_hours=period.weekly_hours,
                     source=source)

    def end_contract(self, session: SignedIn, badge: str, ended_on: date, cause: str) -> None:
        author = self._counsellor(session, msg("auth.what.fin_de_contrat"))
        if not cause.strip():
            raise DomainError(msg("insertion.end_needs_cause"))
        with self._db.write() as s:
            worker = worker_of(s, badge)
            current = s.scalars(select(InsertionContract).where(InsertionContract.worker_id == worker.id)
                                .order_by(InsertionContract.start_date.desc())).first()
            if current is None:
                raise DomainError(msg("insertion.no_contract", name=worker.display_name))
            if not current.start_date <= ended_on <= current.end_date:
                raise DomainError(msg("insertion.end_outside_contract", start=current.start_date, end=current.end_date))
            current.ended_on, current.end_cause = ended_on, cause.strip()
            audit.record(s, author, "path.contract_end", "worker", badge, ended_on=ended_on.isoformat())

    def add_suspension(self, session: SignedIn, badge: str, suspension: Suspension) -> None:
        author = self._counsellor(session, msg("auth.what.saisie_d_une_suspension"))
        with self._db.write() as s:
            worker = worker_of(s, badge)
            check_suspension(_periods(s, worker.id), _suspensions(s, worker.id), suspension)
            s.add(InsertionSuspension(worker_id=worker.id, start_date=suspension.start, end_date=suspension.end,
                                      reason=suspension.reason.strip()))
            audit.record(s, author, "path.suspension", "worker", badge, start=suspension.start.isoformat(),
                         end=suspension.end.isoformat())

    def add_entry(self, session: SignedIn, badge: str, kind: AccompanimentKind | str, day: date, minutes: int,
                  note: str = "", next_step: str = "", next_step_on: date | None = None) -> None:
        author = self._counsellor(session, msg("auth.what.journal_d_accompagnement"))
        kind = AccompanimentKind(kind)
        if not 0 <= minutes <= 24 * 60:
            raise DomainError(msg("insertion.bad_minutes", minutes=minutes))
        if next_step_on is not None and next_step_on < day:
            raise DomainError(msg("insertion.end_before_start", start=day, end=next_step_on))
        with self._db.write() as s:
            worker = worker_of(s, badge)
            s.add(AccompanimentEntry(worker_id=worker.id, kind=kind.value, day=day, minutes=minutes, note=note.strip(),
                                     next_step=next_step.strip(), next_step_on=next_step_on, author=author))
            # The note's words stay out of the audit log: it records that an entry was written.
            audit.record(s, author, "path.entry", "worker", badge, kind=kind.value, day=day.isoformat())

    def add_immersion(self, session: SignedIn, badge: str, host: str, start: date, end: date, goal: str = "",
                      tutor: str = "") -> uuid.UUID:
        author = self._counsellor(session, msg("auth.what.saisie_d_une_immersion"))
        if not host.strip():
            raise DomainError(msg("insertion.immersion_needs_host"))
        check_immersion(start, end, self.rules)
        with self._db.write() as s:
            worker = worker_of(s, badge)
            row = Immersion(worker_id=worker.id, host=host.strip(), start_date=start, end_date=end, goal=goal.strip(),
                            tutor=tutor.strip())
            s.add(row)
            s.flush()
            audit.record(s, author, "path.immersion", "worker", badge, start=start.isoformat(), end=end.isoformat())
            return row.id

    def set_immersion_outcome(self, session: SignedIn, immersion_id: uuid.UUID, outcome: ImmersionOutcome | str) -> None:
        author = self._counsellor(session, msg("auth.what.resultat_d_une_immersion"))
        outcome = ImmersionOutcome(outcome)
        with self._db.write() as s:
            row = s.get(Immersion, immersion_id)
            if row is None:
                raise DomainError(msg("insertion.unknown_immersion"))
            row.outcome = outcome.value
            badge = s.get(Worker, row.worker_id).badge
            audit.record(s, author, "path.immersion_outcome", "worker", badge, outcome=outcome.value)

    def add_training(self, session: SignedIn, badge: str, title: str, start: date, planned_hours: float,
                     done_hours: float = 0.0, certification: str = "", end: date | None = None,
                     obtained_on: date | None = None) -> None:
        author = self._counsellor(session, msg("auth.what.saisie_d_une_formation"))
        if not title.strip():
            raise DomainError(msg("insertion.training_needs_title"))
        if planned_hours < 0 or done_hours < 0 or planned_hours > 5000 or done_hours > 5000:
            raise DomainError(msg("insertion.bad_training_hours"))
        if end is not None and end < start:
            raise DomainError(msg("insertion.end_before_start", start=start, end=end))
        with self._db.write() as s:
            worker = worker_of(s, badge)
            s.add(Training(worker_id=worker.id, title=title.strip(), certification=certification.strip(),
                           start_date=start, end_date=end, planned_hours=planned_hours, done_hours=done_hours,
                           obtained_on=obtained_on))
            audit.record(s, author, "path.training", "worker", badge, title=title.strip())

    def record_training_progress(self, session: SignedIn, training_id: uuid.UUID, done_hours: float,
                                 obtained_on: date | None = None) -> None:
        """The hours done so far and, once it is, the day the certification was obtained."""
        author = self._counsellor(session, msg("auth.what.avancement_d_une_formation"))
        if not 0 <= done_hours <= 5000:
            raise DomainError(msg("insertion.bad_training_hours"))
        with self._db.write() as s:
            row = s.get(Training, training_id)
            if row is None:
                raise DomainError(msg("insertion.unknown_training"))
            if obtained_on is not None and obtained_on < row.start_date:
                raise DomainError(msg("insertion.obtained_before_start", start=row.start_date, day=obtained_on))
            row.done_hours, row.obtained_on = done_hours, obtained_on
            badge = s.get(Worker, row.worker_id).badge
            audit.record(s, author, "path.training_progress", "worker", badge, done_hours=done_hours,
                         obtained_on=obtained_on.isoformat() if obtained_on else None)

    def record_exit(self, session: SignedIn, badge: str, day: date, outcome: ExitOutcome | str, site: str = "") -> None:
        """The exit (a date to come is the exit plan); recorded again, it replaces the previous one."""
        author = self._counsellor(session, msg("auth.what.saisie_d_une_sortie"))
        with self._db.write() as s:
            self.record_exit_in(s, author, worker_of(s, badge), day, ExitOutcome(outcome), site)

    @staticmethod
    def record_exit_in(s: Session, author: str, worker: Worker, day: date, outcome: ExitOutcome, site: str = "") -> str:
        row = s.scalars(select(InsertionExit).where(InsertionExit.worker_id == worker.id)).one_or_none()
        if row is None:
            s.add(InsertionExit(worker_id=worker.id, day=day, outcome=outcome.value, site=site))
            result = "created"
        else:
            row.day, row.outcome, row.site = day, outcome.value, site or row.site
            result = "updated"
        audit.record(s, author, "path.exit", "worker", worker.badge, day=day.isoformat(), outcome=outcome.value)
        return result

    # ------------------------------------------------------------ reading (audited)

    def name_of(self, session: SignedIn, badge: str) -> str:
        """A person's name, to say whose path was just written (a name only: not a reading of the path)."""
        self._counsellor(session, msg("auth.what.lecture_d_un_parcours"))
        with self._db.read() as s:
            return worker_of(s, badge).display_name

    def people(self, session: SignedIn, search: str = "") -> list[PersonSummary]:
        """People by name (a few letters anywhere in the name, accents as typed), for the counsellor's search."""
        reader = self._counsellor(session, msg("auth.what.liste_des_parcours"))
        with self._db.write() as s:
            query = select(Worker).where(Worker.anonymised_at.is_(None)).order_by(Worker.display_name)
            wanted = folded(search.strip())
            workers = [w for w in s.scalars(query) if wanted in folded(w.display_name)]
            exits = dict(s.execute(select(InsertionExit.worker_id, InsertionExit.day)).all())
            today = self._today()
            audit.record(s, reader, "path.list", "worker", "", search=search.strip())
            return [PersonSummary(w.badge, w.display_name, w.contract_end,
                                  w.id in exits and exits[w.id] <= today) for w in workers]

    def path(self, session: SignedIn, badge: str) -> PersonPath:
        reader = self._counsellor(session, msg("auth.what.lecture_d_un_parcours"))
        with self._db.write() as s:
            worker = worker_of(s, badge)
            periods = tuple(_periods(s, worker.id))
            suspensions = tuple(_suspensions(s, worker.id))
            last = s.scalars(select(InsertionContract).where(InsertionContract.worker_id == worker.id)
                             .order_by(InsertionContract.start_date.desc())).first()
            entries = tuple(EntryView(e.kind, e.day, e.minutes, e.note, e.next_step, e.next_step_on, e.author)
                            for e in s.scalars(select(AccompanimentEntry).where(AccompanimentEntry.worker_id == worker.id)
                                               .order_by(AccompanimentEntry.day.desc(),
                                                         AccompanimentEntry.created_at.desc())))
            immersions = tuple(ImmersionView(i.id, i.host, i.start_date, i.end_date, i.goal, i.tutor, i.outcome)
                               for i in s.scalars(select(Immersion).where(Immersion.worker_id == worker.id)
                                                  .order_by(Immersion.start_date)))
            trainings = tuple(TrainingView(t.id, t.title, t.certification, t.start_date, t.end_date, t.planned_hours,
                                           t.done_hours, t.obtained_on)
                              for t in s.scalars(select(Training).where(Training.worker_id == worker.id)
                                                 .order_by(Training.start_date)))
            exit_row = s.scalars(select(InsertionExit).where(InsertionExit.worker_id == worker.id)).one_or_none()
            restrictions = tuple(_restriction_line(r) for r in s.scalars(
                select(WorkerRestriction).where(WorkerRestriction.worker_id == worker.id)
                .order_by(WorkerRestriction.valid_from, WorkerRestriction.created_at)))
            audit.record(s, reader, "path.read", "worker", badge, parts=["contract", "notes", "immersions",
                                                                          "trainings", "exit"])
            audit.record(s, reader, "restriction.read", "worker", badge, history=True)
            return PersonPath(worker.badge, worker.display_name, periods, suspensions,
                              maximum_end(periods, suspensions, self.rules) if periods else None,
                              last.ended_on if last else None, last.end_cause if last else "", entries, immersions,
                              trainings, exit_row.day if exit_row else None, exit_row.outcome if exit_row else None,
                              restrictions)

    def read_log(self, session: SignedIn, badge: str, limit: int = 200) -> list[ReadLine]:
        """Who read this person's path, notes or restrictions, and when (most recent first)."""
        self._counsellor(session, msg("auth.what.journal_des_lectures"))
        with self._db.read() as s:
            worker_of(s, badge)
            rows = s.execute(select(AuditEntry.created_at, AuditEntry.actor, AuditEntry.action)
                             .where(AuditEntry.entity == "worker", AuditEntry.entity_key == badge,
                                    or_(AuditEntry.action.like("%.read"), AuditEntry.action == "privacy.export"))
                             .order_by(AuditEntry.created_at.desc()).limit(limit)).all()
        return [ReadLine(at, who, what) for at, who, what in rows]

    def alerts(self, session: SignedIn, today: date | None = None) -> list[Alert]:
        reader = self._counsellor(session, msg("auth.what.alertes_des_parcours"))
        today = today or self._today()
        with self._db.write() as s:
            found = alerts(self._facts(s), today, self.thresholds, self.rules)
            audit.record(s, reader, "path.alerts", "worker", "", today=today.isoformat(), alerts=len(found))
            return found

    def outcomes(self, session: SignedIn, start: date, end: date) -> Outcomes:
        reader = self._counsellor(session, msg("auth.what.bilan_des_sorties"))
        with self._db.write() as s:
            rows = s.scalars(select(InsertionExit.outcome).where(InsertionExit.day >= start,
                                                                 InsertionExit.day <= end)).all()
            audit.record(s, reader, "path.outcomes", "worker", "", start=start.isoformat(), end=end.isoformat())
        return outcomes(rows)

    def hours(self, session: SignedIn, month_start: date) -> list[HoursRow]:
        """Per person under contract in the month: contract hours planned, hours recorded on the
        floor (station sessions less their pauses), accompaniment and training hours, days of absence."""
        reader = self._counsellor(session, msg("auth.what.heures_du_mois"))
        month_start = month_start.replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        with self._db.write() as s:
            rows = []
            workers = s.scalars(select(Worker).join(InsertionContract, InsertionContract.worker_id == Worker.id)
                                .where(InsertionContract.start_date <= month_end,
                                       InsertionContract.end_date >= month_start)
                                .distinct().order_by(Worker.display_name)).all()
            for w in workers:
                periods = [p for p in _periods(s, w.id)]
                ended = s.scalars(select(InsertionContract.ended_on).where(InsertionContract.worker_id == w.id,
                                                                           InsertionContract.ended_on.is_not(None))).first()
                if ended is not None:
                    periods = [ContractPeriod(p.start, min(p.end, ended), p.weekly_hours, p.kind, p.reason)
                               for p in periods if p.start <= ended]
                planned, absent = planned_hours(periods, _suspensions(s, w.id), month_start, month_end)
                minutes = s.scalar(select(func.coalesce(func.sum(AccompanimentEntry.minutes), 0))
                                   .where(AccompanimentEntry.worker_id == w.id, AccompanimentEntry.day >= month_start,
                                          AccompanimentEntry.day <= month_end))
                training = s.scalar(select(func.coalesce(func.sum(Training.done_hours), 0.0))
                                    .where(Training.worker_id == w.id, Training.start_date <= month_end,
                                           func.coalesce(Training.end_date, Training.start_date) >= month_start))
                rows.append(HoursRow(w.badge, w.display_name, planned, floor_hours(s, w.id, month_start, month_end),
                                     round(minutes / 60, 2), round(float(training), 2), absent))
            audit.record(s, reader, "path.hours", "worker", "", month=month_start.isoformat()[:7], people=len(rows))
            return rows

    # ------------------------------------------------------------ what other roles may know

    def absent_today(self, session: SignedIn, today: date | None = None) -> frozenset[str]:
        """Badges of the people away on an immersion today: the board shows them as absent and the
        planner leaves them out. Only that a person is away, never why."""
        require_role(session, ABSENCE_ROLES, msg("auth.what.absences_du_jour"))
        today = today or self._today()
        with self._db.read() as s:
            return frozenset(s.scalars(select(Worker.badge).join(Immersion, Immersion.worker_id == Worker.id)
                                       .where(Immersion.start_date <= today, Immersion.end_date >= today)))

    # ------------------------------------------------------------ internals

    def _facts(self, s: Session) -> list[PathFacts]:
        facts = []
        exits = dict(s.execute(select(InsertionExit.worker_id, InsertionExit.day)).all())
        interviews = dict(s.execute(select(AccompanimentEntry.worker_id, func.max(AccompanimentEntry.day))
                                    .group_by(AccompanimentEntry.worker_id)).all())
        for w in s.scalars(select(Worker).join(InsertionContract, InsertionContract.worker_id == Worker.id)
                           .where(Worker.anonymised_at.is_(None)).distinct()):
            immersions = tuple(ImmersionFact(i.host, i.start_date, i.end_date, i.outcome)
                               for i in s.scalars(select(Immersion).where(Immersion.worker_id == w.id)))
            facts.append(PathFacts(w.badge, w.display_name, tuple(_periods(s, w.id)), tuple(_suspensions(s, w.id)),
                                   interviews.get(w.id), immersions, exits.get(w.id)))
        return facts


def absent_worker_ids(s: Session, today: date | None = None) -> set:
    """Workers away on an immersion today: the board shows them absent and the planner leaves them
    out. The reason stays in the path: callers learn only that the person is away."""
    today = today or date.today()
    return set(s.scalars(select(Immersion.worker_id).where(Immersion.start_date <= today, Immersion.end_date >= today)))


def folded(text: str) -> str:
    """Lower case without accents: « ines » finds « Inès »."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def worker_of(s: Session, badge: str) -> Worker:
    worker = s.scalars(select(Worker).where(Worker.badge == badge)).one_or_none()
    if worker is None:
        raise DomainError(msg("insertion.unknown_badge", badge=badge))
    return worker


def _periods(s: Session, worker_id) -> list[ContractPeriod]:
    return [ContractPeriod(c.start_date, c.end_date, c.weekly_hours, ContractKind(c.kind), c.reason)
            for c in s.scalars(select(InsertionContract).where(InsertionContract.worker_id == worker_id)
                               .order_by(InsertionContract.start_date))]


def _suspensions(s: Session, worker_id) -> list[Suspension]:
    return [Suspension(x.start_date, x.end_date, x.reason)
            for x in s.scalars(select(InsertionSuspension).where(InsertionSuspension.worker_id == worker_id)
                               .order_by(InsertionSuspension.start_date))]


def _restriction_line(r: WorkerRestriction) -> RestrictionLine:
    values = {k: getattr(r, k) for k in ("max_load_kg", "hands", "posture", "overhead_ok", "fine_motor",
                                         "max_reps_per_min", "max_continuous_min") if getattr(r, k) is not None}
    if r.unknown_factors:
        values["unknown"] = r.unknown_factors
    from logins_desktop.services.overview import describe_restriction

    return RestrictionLine(r.valid_from, r.valid_until, r.set_by, values, describe_restriction(r))


def floor_hours(s: Session, worker_id, start: date, end: date) -> float:
    """Hours at a station from start to end (local days, inclusive): sessions less their pauses."""
    sessions = session_spans(s, worker_id, start, end)
    return round(sum(seconds for _op, _start, seconds, _units in sessions) / 3600, 2)


def session_spans(s: Session, worker_id, start: date | None = None, end: date | None = None,
                  now: datetime | None = None) -> list[tuple[str | None, datetime, float, int]]:
    """(task operation, start, worked seconds, units) of each station session of the worker."""
    from logins_desktop.store.models import Task, utcnow

    now = now or utcnow()
    query = (select(TaskSession, Task.operation).outerjoin(Task, Task.id == TaskSession.task_id)
             .where(TaskSession.worker_id == worker_id).order_by(TaskSession.started_at))
    spans = []
    for ts, operation in s.execute(query):
        local_day = ts.started_at.astimezone().date()
        if (start is not None and local_day < start) or (end is not None and local_day > end):
            continue
        stop = ts.ended_at or now
        paused = sum(((p.ended_at or stop) - p.started_at).total_seconds() for p in ts.pauses)
        spans.append((operation, ts.started_at, max(0.0, (stop - ts.started_at).total_seconds() - paused), ts.units))
    return spans



HOURS_COLUMNS = ("badge", "nom", "heures_contrat", "heures_atelier", "heures_accompagnement", "heures_formation",
                 "jours_absence")


def write_hours_csv(rows: list[HoursRow], path) -> None:
    """For French Excel: UTF-8 with BOM, `;` between cells, decimal comma; names neutralised against formulas."""
    import csv

    from logins_desktop.domain.cells import neutralise_formula

    def comma(value: float) -> str:
        return f"{value:.2f}".replace(".", ",")

    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HOURS_COLUMNS)
        for r in rows:
            writer.writerow([neutralise_formula(r.badge), neutralise_formula(r.name), comma(r.planned), comma(r.floor),
                             comma(r.accompaniment), comma(r.training), r.absence_days])
