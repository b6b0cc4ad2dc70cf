"""Import of contracts (from payroll) and exits into the insertion path, with the master-data
import's machinery (services.masterdata: encodings, strict CSV, line-numbered problems, all or
nothing) and its strict cells (domain.cells); dates in ISO or the French JJ/MM/AAAA.

contracts: `badge;start;end;weekly_hours`, optional `kind` (initial | renewal; empty: initial for a
person with no contract yet, else renewal) and `reason`. Each line goes through the path's rules:
a renewal past the maximum refuses the whole file, naming the line and the date the maximum is
reached. A line that repeats a contract already held changes nothing (a payroll file may be
imported again).
exits: `badge;date;outcome` with outcome one of domain.insertion.ExitOutcome.
Counsellor only: the session is checked before the file is opened.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from logins_desktop.domain import cells
from logins_desktop.domain.cells import CellError
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.insertion import ContractKind, ContractPeriod, ExitOutcome
from logins_desktop.messages import msg
from logins_desktop.services import audit
from logins_desktop.services.auth import SignedIn, require_role
from logins_desktop.services.insertion import PATH_ROLES, InsertionService
from logins_desktop.services.masterdata import ImportFailed, ImportReport, Problem, Table, detect_encoding
from logins_desktop.store.models import InsertionContract, Worker

KINDS = {
    "contracts": ("badge", "start", "end", "weekly_hours"),
    "exits": ("badge", "date", "outcome"),
}


def _parse_contract(row: dict) -> dict:
    kind = cells.choice(row.get("kind"), "kind", ContractKind) if "kind" in row else None
    record = {
        "badge": cells.text(row.get("badge"), "badge", cells.CODE_LENGTH),
        "start": cells.day(row.get("start"), "start"),
        "end": cells.day(row.get("end"), "end"),
        "weekly_hours": cells.decimal(row.get("weekly_hours"), "weekly_hours", 48.0, required=True),
        "kind": kind,
        "reason": cells.text(row.get("reason"), "reason", 300, required=False) if "reason" in row else "",
    }
    if record["end"] < record["start"]:
        raise CellError("end", msg("insertion.end_before_start", start=record["start"], end=record["end"]))
    return record


def _parse_exit(row: dict) -> dict:
    outcome = cells.choice(row.get("outcome"), "outcome", ExitOutcome)
    if outcome is None:
        raise CellError("outcome", msg("import.required"))
    return {"badge": cells.text(row.get("badge"), "badge", cells.CODE_LENGTH),
            "day": cells.day(row.get("date"), "date"), "outcome": ExitOutcome(outcome)}


def import_path_file(service: InsertionService, session: SignedIn, kind: str, path: Path) -> ImportReport:
    """Import a contracts or exits file whole, or raise ImportFailed naming every bad line."""
    actor = require_role(session, PATH_ROLES, msg(f"auth.what.import_{kind}")).key
    if kind not in KINDS:
        raise DomainError(msg("import.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    path = Path(path)
    if not path.is_file():
        raise DomainError(msg("import.file_not_found", path=str(path)))
    encoding, _digest = detect_encoding(path)
    table = Table(path, encoding, KINDS[kind])
    report = ImportReport(kind, path.name, encoding="utf-8" if encoding == "utf-8-sig" else "windows-1252")
    parse = _parse_contract if kind == "contracts" else _parse_exit
    rows = []
    for line, row in table.rows():
        try:
            rows.append((line, parse(row)))
        except CellError as exc:
            table.problem(line, exc.column, exc.reason)
    if table.errors:
        raise ImportFailed(table.problems, table.errors)
    report.lines = len(rows)
    with service.db.write() as s:
        workers = {w.badge: w for w in s.scalars(select(Worker).where(Worker.badge.in_({r["badge"] for _, r in rows})))}
        # A person's periods in date order, whatever the order of the file's lines.
        for line, r in sorted(rows, key=lambda lr: (lr[1]["badge"], lr[1].get("start") or lr[1].get("day"), lr[0])):
            worker = workers.get(r["badge"])
            if worker is None:
                table.problem(line, "badge", msg("insertion.unknown_badge", badge=r["badge"]))
                continue
            try:
                with s.begin_nested():
                    if kind == "contracts":
                        report.counts[_write_contract(service, s, actor, worker, r, path.name)] += 1
                    else:
                        report.counts[service.record_exit_in(s, actor, worker, r["day"], r["outcome"])] += 1
            except CellError as exc:
                table.problem(line, exc.column, exc.reason)
            except DomainError as exc:
                table.problem(line, "", exc.message or str(exc))
        if table.errors:
            raise ImportFailed(sorted(table.problems, key=lambda p: p.line), table.errors)
        audit.record(s, actor, f"import.{kind}", "worker", path.name, counts=dict(report.counts), lines=len(rows))
    return report


def _write_contract(service: InsertionService, s, actor: str, worker: Worker, r: dict, source: str) -> str:
    existing = s.scalars(select(InsertionContract).where(InsertionContract.worker_id == worker.id)
                         .order_by(InsertionContract.start_date)).all()
    same = next((c for c in existing if c.start_date == r["start"]), None)
    if same is not None:
        if (same.end_date, same.weekly_hours) == (r["end"], r["weekly_hours"]):
            return "unchanged"
        raise DomainError(msg("insertion.contract_differs", start=r["start"], end=same.end_date,
                              hours=same.weekly_hours))
    kind = ContractKind(r["kind"]) if r["kind"] else (ContractKind.RENEWAL if existing else ContractKind.INITIAL)
    service.add_contract_in(s, actor, worker, ContractPeriod(r["start"], r["end"], r["weekly_hours"], kind,
                                                             r["reason"]), source)
    return "renewals" if kind == ContractKind.RENEWAL else "initial_contracts"


__all__ = ["ImportFailed", "ImportReport", "Problem", "import_path_file"]
