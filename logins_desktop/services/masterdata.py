"""Master-data import (CSV from a customer's WMS or a French Excel sheet) and its rules.

Contract (docs/import.md): UTF-8 with or without BOM, `;` or `,` separated, header row, columns in
any order, extra columns ignored. A file is imported whole or not at all: every bad line is
reported with its file, line number and column, and nothing of that file is written.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from logins_desktop.domain.ergonomics import FineMotor, Hands, Posture
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import validate_gtin
from logins_desktop.services import audit
from logins_desktop.store import ledger
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    Customer,
    KitComponent,
    Location,
    MovementKind,
    Order,
    Product,
    Station,
    Worker,
    WorkerRestriction,
)

MAX_REPORTED = 50
DEVICE_SCHEMES = ("serial", "hid", "sim", "tcp", "usblp", "cups", "file", "pdf")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, ligne {self.line}" + (f", colonne « {self.column} »" if self.column else "")
        return f"{where} : {self.message}"


class ImportFailed(DomainError):
    def __init__(self, problems: list[Problem], total: int | None = None):
        self.problems = problems
        total = total or len(problems)
        more = f"\n… et {total - len(problems)} autre(s) erreur(s)" if total > len(problems) else ""
        super().__init__(
            f"Import refusé, rien n'a été importé ({total} erreur(s)) :\n"
            + "\n".join(f"  {p}" for p in problems)
            + more
        )


class CellError(Exception):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


@dataclass
class ImportReport:
    kind: str
    file: str
    lines: int = 0
    counts: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        parts = ", ".join(f"{n} {what}" for what, n in sorted(self.counts.items()))
        return f"{self.kind} : {self.lines} ligne(s) lue(s) dans {self.file} — {parts or 'rien à changer'}"


# ---------------------------------------------------------------- reading the file


def read_table(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows as (line number in the file, {column: cell}) with the header checked."""
    name = path.name
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed([Problem(name, line, "", "le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)")]) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise ImportFailed([Problem(name, 1, "", "fichier vide : une ligne d'en-tête est attendue")])
    header = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in header]
    if missing:
        raise ImportFailed(
            [Problem(name, 1, c, f"colonne obligatoire absente de l'en-tête ({delimiter.join(required)})") for c in missing]
        )
    rows = []
    line_no = reader.line_num
    for cells in reader:
        start = line_no + 1
        line_no = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        row = {h: (cells[i].strip() if i < len(cells) else None) for i, h in enumerate(header)}
        rows.append((start, row))
    return rows


def _cell(row: dict, column: str, required: bool = True) -> str:
    value = row.get(column)
    if value is None:
        raise CellError(column, "colonne manquante sur cette ligne")
    if required and value == "":
        raise CellError(column, "valeur obligatoire vide")
    return value


def _int(row: dict, column: str, minimum: int = 1) -> int:
    value = _cell(row, column)
    try:
        number = int(value)
    except ValueError:
        raise CellError(column, f"« {value} » n'est pas un nombre entier") from None
    if number < minimum:
        raise CellError(column, f"{number} : au moins {minimum} attendu")
    return number


def _float(row: dict, column: str) -> float | None:
    value = _cell(row, column, required=False)
    if value == "":
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        raise CellError(column, f"« {value} » n'est pas un nombre") from None
    if number < 0:
        raise CellError(column, f"{value} : une valeur négative n'a pas de sens ici")
    return number


def _choice(row: dict, column: str, enum_cls) -> str | None:
    value = _cell(row, column, required=False).lower()
    if value == "":
        return None
    allowed = [m.value for m in enum_cls]
    if value not in allowed:
        raise CellError(column, f"« {value} » : valeurs permises {' | '.join(allowed)}")
    return value


def _bool01(row: dict, column: str) -> bool | None:
    value = _cell(row, column, required=False)
    if value == "":
        return None
    if value not in ("0", "1"):
        raise CellError(column, f"« {value} » : 0 ou 1 attendu")
    return value == "1"


def _date(row: dict, column: str) -> date | None:
    value = _cell(row, column, required=False)
    if value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CellError(column, f"« {value} » : date attendue au format AAAA-MM-JJ") from None


def _device_url(row: dict, column: str) -> str:
    value = _cell(row, column, required=False)
    if value and value.split(":", 1)[0] not in DEVICE_SCHEMES or (value and "://" not in value):
        raise CellError(column, f"« {value} » : adresse d'appareil attendue ({', '.join(s + '://' for s in DEVICE_SCHEMES)})")
    return value


def _one(session: Session, model, **key):
    return session.scalars(select(model).filter_by(**key)).one_or_none()


def _upsert(session: Session, model, key: dict, values: dict) -> str:
    """Create or update one row by its natural key; returns what happened, for the report."""
    obj = _one(session, model, **key)
    if obj is None:
        session.add(model(**key, **values))
        session.flush()
        return "créé(s)"
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    for k, v in changed.items():
        setattr(obj, k, v)
    return "mis à jour" if changed else "inchangé(s)"


def _customer(session: Session, code: str) -> Customer:
    customer = _one(session, Customer, code=code)
    if customer is None:
        customer = Customer(code=code, name=code)
        session.add(customer)
        session.flush()
    return customer


def _product(session: Session, column: str, sku: str) -> Product:
    product = _one(session, Product, sku=sku)
    if product is None:
        raise CellError(column, f"article inconnu « {sku} » (importez d'abord les articles)")
    return product


# ---------------------------------------------------------------- one function per kind


def _products(session: Session, row: dict, ctx: _Context) -> str:
    sku = _cell(row, "sku")
    gtin = _cell(row, "gtin", required=False) or None
    if gtin:
        try:
            gtin = validate_gtin(gtin)
        except DomainError as exc:
            raise CellError("gtin", str(exc)) from None
        other = _one(session, Product, gtin=gtin)
        if other is not None and other.sku != sku:
            raise CellError("gtin", f"GTIN {gtin} déjà porté par l'article « {other.sku} »")
    values = {
        "gtin": gtin,
        "name": _cell(row, "name"),
        "weight_g": _float(row, "weight_g"),
        "customer_id": _customer(session, c).id if (c := _cell(row, "customer", required=False)) else None,
    }
    return _upsert(session, Product, {"sku": sku}, values)


def _kits(session: Session, row: dict, ctx: _Context) -> str:
    kit = _product(session, "kit_sku", _cell(row, "kit_sku"))
    component = _product(session, "component_sku", _cell(row, "component_sku"))
    if kit.id == component.id:
        raise CellError("component_sku", "un kit ne peut pas se contenir lui-même")
    quantity, step = _int(row, "quantity"), _int(row, "step")
    if kit.id not in ctx.kits_seen:
        # The file is the whole bill of materials of each kit it names: old lines go.
        session.execute(delete(KitComponent).where(KitComponent.kit_id == kit.id))
        ctx.kits_seen.add(kit.id)
    session.add(KitComponent(kit_id=kit.id, component_id=component.id, quantity=quantity, step=step))
    try:
        session.flush()
    except Exception:
        raise CellError("component_sku", f"« {component.sku} » apparaît deux fois dans le kit « {kit.sku} »") from None
    return "ligne(s) de nomenclature"


def _orders(session: Session, row: dict, ctx: _Context) -> str:
    ref = _cell(row, "order_ref")
    values = {
        "customer_id": _customer(session, _cell(row, "customer")).id,
        "product_id": _product(session, "sku", _cell(row, "sku")).id,
        "quantity": _int(row, "quantity"),
        "due_date": _date(row, "due_date"),
    }
    return _upsert(session, Order, {"ref": ref}, values)


def _workers(session: Session, row: dict, ctx: _Context) -> str:
    badge = _cell(row, "badge")
    outcome = _upsert(session, Worker, {"badge": badge}, {"display_name": _cell(row, "name")})
    worker = _one(session, Worker, badge=badge)
    restriction = {
        "max_load_kg": _float(row, "max_load_kg"),
        "hands": _choice(row, "hands", Hands),
        "posture": _choice(row, "posture", Posture),
        "overhead_ok": _bool01(row, "overhead_ok"),
        "fine_motor": _choice(row, "fine_motor", FineMotor),
        "max_reps_per_min": _float(row, "max_reps_per_min"),
    }
    current = session.scalars(
        select(WorkerRestriction)
        .where(WorkerRestriction.worker_id == worker.id, WorkerRestriction.valid_until.is_(None))
        .order_by(WorkerRestriction.valid_from.desc(), WorkerRestriction.created_at.desc())
    ).first()
    if current is None or any(getattr(current, k) != v for k, v in restriction.items()):
        today = date.today()
        if current is not None:
            current.valid_until = today
        session.add(WorkerRestriction(worker_id=worker.id, set_by=ctx.actor, valid_from=today, **restriction))
        audit.record(session, ctx.actor, "restriction.set", "worker", badge, source=ctx.file)
        if outcome == "inchangé(s)":
            outcome = "mis à jour"
    return outcome


def _locations(session: Session, row: dict, ctx: _Context) -> str:
    return _upsert(session, Location, {"code": _cell(row, "code")}, {"name": _cell(row, "name", required=False)})


def _stations(session: Session, row: dict, ctx: _Context) -> str:
    values = {
        "name": _cell(row, "name"),
        "scanner_url": _device_url(row, "scanner"),
        "printer_url": _device_url(row, "printer"),
    }
    if "location" in row:  # optional column: where the station takes components and puts kits
        values["location_code"] = _cell(row, "location", required=False)
    return _upsert(session, Station, {"code": _cell(row, "station_id")}, values)


def _stock(session: Session, row: dict, ctx: _Context) -> str:
    product = _product(session, "sku", _cell(row, "sku"))
    code = _cell(row, "location")
    location = _one(session, Location, code=code)
    if location is None:
        raise CellError("location", f"emplacement inconnu « {code} » (importez d'abord les emplacements)")
    quantity = _int(row, "quantity")
    # Keyed by the file's content and line: importing the same file twice counts its stock once.
    posting = Posting(
        key=f"import:stock:{ctx.digest}:{ctx.line}",
        actor=ctx.actor,
        lines=(Line(MovementKind.RECEIPT, product.id, location.id, quantity),),
        reason=f"import {ctx.file}",
    )
    return "réception(s)" if ledger.post(session, posting).created else "déjà importée(s)"


@dataclass
class _Context:
    actor: str
    file: str
    digest: str
    line: int = 0
    kits_seen: set = field(default_factory=set)


@dataclass(frozen=True)
class Kind:
    columns: tuple[str, ...]
    apply: object
    entity: str


KINDS: dict[str, Kind] = {
    "products": Kind(("sku", "gtin", "name", "weight_g", "customer"), _products, "product"),
    "kits": Kind(("kit_sku", "component_sku", "quantity", "step"), _kits, "kit"),
    "orders": Kind(("order_ref", "customer", "sku", "quantity", "due_date"), _orders, "order"),
    "workers": Kind(
        ("badge", "name", "max_load_kg", "hands", "posture", "overhead_ok", "fine_motor", "max_reps_per_min"),
        _workers,
        "worker",
    ),
    "locations": Kind(("code", "name"), _locations, "location"),
    "stations": Kind(("station_id", "name", "scanner", "printer"), _stations, "station"),
    "stock": Kind(("sku", "location", "quantity"), _stock, "stock"),
}


def import_file(db: Database, kind: str, path: Path, actor: str = "import") -> ImportReport:
    """Import one file in one transaction; raise ImportFailed (nothing written) on any bad line."""
    if kind not in KINDS:
        raise DomainError(f"type d'import inconnu « {kind} » ({', '.join(KINDS)})")
    spec = KINDS[kind]
    path = Path(path)
    rows = read_table(path, spec.columns)
    ctx = _Context(actor=actor, file=path.name, digest=hashlib.sha256(path.read_bytes()).hexdigest()[:16])
    report = ImportReport(kind, path.name, lines=len(rows))
    problems: list[Problem] = []
    total_errors = 0
    with db.write() as session:
        for line, row in rows:
            ctx.line = line
            try:
                with session.begin_nested():
                    report.counts[spec.apply(session, row, ctx)] += 1
            except CellError as exc:
                total_errors += 1
                if len(problems) < MAX_REPORTED:
                    problems.append(Problem(path.name, line, exc.column, exc.message))
            except DomainError as exc:
                total_errors += 1
                if len(problems) < MAX_REPORTED:
                    problems.append(Problem(path.name, line, "", str(exc)))
        if total_errors:
            raise ImportFailed(problems, total_errors)
        audit.record(session, actor, f"import.{kind}", spec.entity, path.name, counts=dict(report.counts), lines=len(rows))
    return report
