"""A person's rights over what is held about them (GDPR): access (`export`), erasure (`erase`), and
the retention rule (`apply_retention`): the path and notes of a person who left are anonymised a
configurable number of years after the exit (default 2).

Anonymising keeps the floor statistics (kits, scans, hours, the exit's category: rows keyed by the
worker's UUID) but replaces the name and badge, empties every free text of the path (notes, next
steps, reasons, hosts, tutors, training titles) and deletes the functional restrictions. Erasure on
request also deletes the path itself. Both are in the audit log, by the new key only.
Counsellor only, like the path.
"""

from __future__ import annotations

import csv
import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session

from logins_desktop.domain.insertion import anonymise_after
from logins_desktop.messages import msg, render
from logins_desktop.services import audit, backup, evidence
from logins_desktop.services.auth import SignedIn, require_role
from logins_desktop.services.insertion import PATH_ROLES, worker_of
from logins_desktop.settings import InsertionSettings
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    AccompanimentEntry,
    Assignment,
    AuditEntry,
    HelpCall,
    Immersion,
    InsertionContract,
    InsertionExit,
    InsertionSuspension,
    QualityCheck,
    ScanEvent,
    TaskSession,
    Training,
    Worker,
    WorkerRestriction,
    utcnow,
)

# What is held about a person, table by table, in the export (the person's own rows only).
PATH_TABLES = (InsertionContract, InsertionSuspension, AccompanimentEntry, Immersion, Training, InsertionExit)
FLOOR_TABLES = (TaskSession, ScanEvent, HelpCall, Assignment, QualityCheck)
PHOTO_COLUMNS = ("id", "created_at", "quality_check_id", "sha256", "width", "height", "taken_by", "station")
ANONYMOUS_NAME = render(msg("privacy.anonymous_name"))  # stored as data, in the source language


@dataclass(frozen=True)
class ExportReport:
    directory: Path
    files: tuple[str, ...]
    rows: int


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def _rows(s: Session, model, worker_id) -> list[dict]:
    columns = [c.key for c in inspect(model).mapper.column_attrs]
    return [{c: _plain(getattr(r, c)) for c in columns}
            for r in s.scalars(select(model).where(model.worker_id == worker_id))]


class PrivacyService:
    def __init__(self, db: Database, settings: InsertionSettings | None = None,
                 today: Callable[[], date] = date.today):
        self._db = db
        self.settings = settings or InsertionSettings()
        self._today = today

    def export(self, session: SignedIn, badge: str, out_dir: Path) -> ExportReport:
        """All that is held about the person: one JSON file with everything, and one CSV per table."""
        reader = require_role(session, PATH_ROLES, msg("auth.what.export_des_donnees_d_une_personne")).key
        out_dir = Path(out_dir)
        with self._db.write() as s:
            worker = worker_of(s, badge)
            held: dict[str, list[dict]] = {
                "worker": [{c: _plain(getattr(worker, c)) for c in
                            ("badge", "display_name", "photo", "contract_start", "contract_end", "active",
                             "created_at")}],
                "worker_restrictions": _rows(s, WorkerRestriction, worker.id),
            }
            for model in PATH_TABLES + FLOOR_TABLES:
                held[model.__tablename__] = _rows(s, model, worker.id)
            held["audit_log"] = [
                {"created_at": _plain(a.created_at), "actor": a.actor, "action": a.action, "details": a.details}
                for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "worker",
                                                            AuditEntry.entity_key == badge)
                                   .order_by(AuditEntry.created_at))]
            photos = [({c: _plain(getattr(p, c)) for c in PHOTO_COLUMNS}, p.file)
                      for p in evidence.photos_of_worker(s, worker.id)]
            held["evidence_photos"] = [row for row, _file in photos]
            audit.record(s, reader, "privacy.export", "worker", badge, directory=str(out_dir))
        out_dir.mkdir(parents=True, exist_ok=True)
        files = ["donnees.json"]
        # The photos themselves beside their rows. One taken on another station of the site is in that
        # station's folder: its row has no file here, and its `station` says where to look.
        for row, name in photos:
            source = evidence.file_of(name)
            row["file"] = f"photos/{Path(name).name}" if source else ""
            if source:
                (out_dir / "photos").mkdir(exist_ok=True)
                shutil.copyfile(source, out_dir / row["file"])
                files.append(row["file"])
        (out_dir / "donnees.json").write_text(json.dumps(held, ensure_ascii=False, indent=2, default=str),
                                              encoding="utf-8")
        for table, rows in held.items():
            name = f"{table}.csv"
            with open(out_dir / name, "w", encoding="utf-8-sig", newline="") as f:
                columns = sorted({k for r in rows for k in r}) or ["(vide)"]
                writer = csv.DictWriter(f, columns, delimiter=";")
                writer.writeheader()
                for r in rows:
                    writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
                                     for k, v in r.items()})
            files.append(name)
        return ExportReport(out_dir, tuple(files), sum(len(r) for r in held.values()))

    def erase(self, session: SignedIn, badge: str) -> str:
        """On the person's request: the path, notes and restrictions deleted, the identity anonymised;
        the floor statistics stay without the name. Returns the new (anonymous) key."""
        author = require_role(session, PATH_ROLES, msg("auth.what.effacement_des_donnees_d_une_personne")).key
        with self._db.write() as s:
            worker = worker_of(s, badge)
            for model in PATH_TABLES:
                s.execute(delete(model).where(model.worker_id == worker.id))
            new_key = _anonymise(s, worker)
            photos = evidence.forget_worker(s, worker.id)
            audit.record(s, author, "privacy.erase", "worker", new_key, photos=len(photos))
        _remove_photos(photos)  # once the rows are gone for good
        return new_key

    def apply_retention(self, session: SignedIn, today: date | None = None) -> list[str]:
        """Anonymise everyone whose exit is older than the retention period; returns the new keys."""
        author = require_role(session, PATH_ROLES, msg("auth.what.duree_de_conservation")).key
        today = today or self._today()
        years = self.settings.retention_years
        done, photos = [], []
        with self._db.write() as s:
            due = s.execute(select(Worker, InsertionExit.day).join(InsertionExit, InsertionExit.worker_id == Worker.id)
                            .where(Worker.anonymised_at.is_(None))).all()
            for worker, exit_day in due:
                if anonymise_after(exit_day, years) <= today:
                    key = _anonymise(s, worker)
                    photos += evidence.forget_worker(s, worker.id)
                    audit.record(s, author, "privacy.retention", "worker", key, years=years)
                    done.append(key)
        _remove_photos(photos)
        return done


def _remove_photos(names: list[str]) -> None:
    """A person's kits' photos, and the station's backup copies of them."""
    evidence.remove_files(names)
    backup.forget_photos(names)


def _anonymise(s: Session, worker: Worker) -> str:
    """Name, badge and photo replaced; free texts of the path emptied; restrictions deleted; the audit
    entries about the person re-keyed (their details may hold words of the path)."""
    old = worker.badge
    new_key = f"ANON-{worker.id.hex[:10].upper()}"
    worker.badge, worker.display_name, worker.photo = new_key, ANONYMOUS_NAME, None
    worker.active, worker.anonymised_at = False, utcnow()
    s.execute(delete(WorkerRestriction).where(WorkerRestriction.worker_id == worker.id))
    s.execute(update(AccompanimentEntry).where(AccompanimentEntry.worker_id == worker.id)
              .values(note="", next_step=""))
    s.execute(update(Immersion).where(Immersion.worker_id == worker.id).values(host="—", goal="", tutor=""))
    s.execute(update(Training).where(Training.worker_id == worker.id).values(title="—"))
    s.execute(update(InsertionContract).where(InsertionContract.worker_id == worker.id)
              .values(reason="", end_cause="", source=""))
    s.execute(update(InsertionSuspension).where(InsertionSuspension.worker_id == worker.id).values(reason="—"))
    s.execute(update(AuditEntry).where(AuditEntry.entity == "worker", AuditEntry.entity_key == old)
              .values(entity_key=new_key, details={}))
    s.execute(update(Assignment).where(Assignment.worker_id == worker.id).values(active=False))
    # A badge scan at login holds the old badge in its raw bytes.
    s.execute(update(ScanEvent).where(ScanEvent.worker_id == worker.id, ScanEvent.decision == "login").values(raw=b""))
    return new_key
