"""Master-data import (CSV from a customer's WMS or a French Excel sheet) and its rules.

Contract (docs/import.md): UTF-8 with or without BOM, or Windows-1252 (what French Excel's plain
"CSV (séparateur : point-virgule)" writes); `;` or `,` separated, header row, columns in any order,
extra columns ignored. Every cell goes through the strict parsers of domain.cells. A file is
imported whole or not at all: every bad line is reported with its file, line number and column,
and nothing of that file is written.

Two steps: the file is read and every cell checked while streaming, without the write lock, then
the rows are written in one transaction, so stations wait only for the writing. Products (files
of hundreds of thousands of lines) are staged in a TEMP table rather than kept in memory.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    String,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy import Table as SqlTable
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from logins_desktop.domain import cells, costing
from logins_desktop.domain.cells import CellError
from logins_desktop.domain.compatibility import FACTORS
from logins_desktop.domain.costing import Rate
from logins_desktop.domain.ergonomics import FineMotor, Hands, Posture
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import validate_gtin
from logins_desktop.domain.ids import new_id_hexes
from logins_desktop.domain.lots import Tracking
from logins_desktop.messages import Message, msg, render
from logins_desktop.services import audit
from logins_desktop.store import ledger
from logins_desktop.store.database import Database
from logins_desktop.store.db import begin_write, is_sqlite, retry_while_busy
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    Customer,
    ExpectedReceipt,
    ExpectedReceiptLine,
    ExpectedReceiptStatus,
    InvoiceBasis,
    KitComponent,
    Location,
    Money,
    MovementKind,
    Order,
    Product,
    RateCard,
    Station,
    UTCDateTime,
    Worker,
    WorkerRestriction,
    utcnow,
)

log = logging.getLogger(__name__)

MAX_REPORTED = 50
CHUNK = 1 << 20
UNKNOWN_MARK = "?"  # written in a restriction cell: "not known yet", recorded as unknown
# progress(phase, done, total): phase "checking" counts bytes of the file, "writing" counts rows.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str
    message: Message | str  # a plain sentence from rules not yet in the catalogue

    def text(self, language: str = "fr") -> str:
        where = dict(file=self.file, line=self.line, problem=self.message)
        return render(msg("import.at_cell", column=self.column, **where) if self.column else msg("import.at_line", **where),
                      language)

    def __str__(self) -> str:
        return self.text()


class ImportFailed(DomainError):
    def __init__(self, problems: list[Problem], total: int | None = None):
        self.problems = problems[:MAX_REPORTED]
        self.total = max(total or 0, len(problems))
        super().__init__(msg("import.failed", total=self.total))

    def text(self, language: str = "fr") -> str:
        lines = [render(self.message, language)] + [f"  {p.text(language)}" for p in self.problems]
        if self.total > len(self.problems):
            lines.append(render(msg("import.more", n=self.total - len(self.problems)), language))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


class Cancelled(DomainError):
    """Raised by a progress callback to stop an import (or export): nothing of it is kept."""

    def __init__(self, message: Message | None = None):
        super().__init__(message or msg("import.cancelled"))


@dataclass
class ImportReport:
    kind: str
    file: str
    lines: int = 0
    counts: Counter = field(default_factory=Counter)
    encoding: str = "utf-8"
    warnings: list[Message] = field(default_factory=list)  # e.g. restrictions recorded as unknown
    # From taking the write lock (BEGIN IMMEDIATE) to COMMIT: how long stations could not write.
    write_lock_seconds: float = 0.0

    def summary(self) -> Message:
        """What the import did: counts keyed by outcome ("created", "updated"…), each a catalogue message."""
        parts = [msg(f"import.count.{what}", n=n) for what, n in sorted(self.counts.items()) if n]
        return msg("import.summary", kind=self.kind, lines=self.lines, file=self.file,
                   outcome=parts or msg("import.nothing_to_change"))


# ---------------------------------------------------------------- reading the file


def detect_encoding(path: Path) -> tuple[str, str]:
    """("utf-8-sig" or "cp1252", sha256 of the bytes), reading the file in chunks.

    Valid UTF-8 is UTF-8 (a Windows-1252 file with accents is almost never valid UTF-8); otherwise
    Windows-1252, unless it holds one of the five bytes that code page leaves undefined."""
    name = path.name
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            raise ImportFailed([Problem(name, 1, "", msg("import.utf16"))])
        f.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8")()
        line, utf8_ok = 1, True
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            if utf8_ok:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    utf8_ok = False
        if utf8_ok:
            try:
                utf8.decode(b"", final=True)
                return "utf-8-sig", digest.hexdigest()
            except UnicodeDecodeError:
                pass
        f.seek(0)
        while chunk := f.read(CHUNK):
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as exc:
                bad_line = line + chunk[: exc.start].count(b"\n")
                byte = f"0x{chunk[exc.start]:02X}"
                raise ImportFailed([Problem(name, bad_line, "", msg("import.bad_encoding", byte=byte))]) from None
            line += chunk.count(b"\n")
    return "cp1252", digest.hexdigest()


def _csv_problem(error: csv.Error) -> Message:
    text = str(error)
    if "field larger than field limit" in text:
        return msg("import.field_too_large", maximum=csv.field_size_limit())
    if "unexpected end of data" in text:
        return msg("import.unbalanced_quote")
    if "expected after" in text:
        return msg("import.bad_quote")
    return msg("import.bad_csv")


@dataclass
class Table:
    """An open CSV file: its header, then rows as (line, {column: cell or None}), checked as read."""

    path: Path
    encoding: str
    required: tuple[str, ...]
    progress: Progress | None = None
    problems: list[Problem] = field(default_factory=list)
    errors: int = 0
    header: list[str] = field(default_factory=list)  # the header row's columns, once read

    def problem(self, line: int, column: str, message: Message) -> None:
        self.errors += 1
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(Problem(self.path.name, line, column, message))

    def rows(self) -> Iterator[tuple[int, dict[str, str | None]]]:
        """(line, {column: stripped cell, or None past the end of a short line}) for each data line."""
        header: list[str] = []
        for line, cells_read in self._lines(header):
            yield line, {h: (cells_read[i].strip() if i < len(cells_read) else None) for i, h in enumerate(header)}

    def columns(self, wanted: tuple[str, ...]) -> Iterator[tuple[int, tuple[str | None, ...]]]:
        """(line, cells of `wanted` in that order): rows() without a dict per line, for big files."""
        header: list[str] = []
        positions: list[int] = []
        for line, cells_read in self._lines(header):
            if not positions:
                positions = [header.index(c) if c in header else -1 for c in wanted]
            width = len(cells_read)
            yield line, tuple(cells_read[i].strip() if 0 <= i < width else None for i in positions)

    def _check_header(self, header: list[str], delimiter: str = ";", line: int = 1) -> list[str]:
        """The header's column names, lower-case; every required column there, none twice (else ImportFailed)."""
        name = self.path.name
        header = [h.strip().lower() for h in header]
        header_problems = [Problem(name, line, c, msg("import.missing_column", columns=delimiter.join(self.required)))
                           for c in self.required if c not in header]
        header_problems += [Problem(name, line, c, msg("import.duplicate_column"))
                            for c in sorted({c for c in header if c and header.count(c) > 1})]
        if header_problems:
            raise ImportFailed(header_problems)
        self.header = header
        return header

    def _lines(self, header_out: list[str]) -> Iterator[tuple[int, list[str]]]:
        name, size = self.path.name, self.path.stat().st_size
        with open(self.path, "rb") as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, newline="")
            first_line = text.readline()
            text.seek(0)
            delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
            reader = csv.reader(text, delimiter=delimiter, strict=True)
            try:
                header = next(reader, None)
            except csv.Error as exc:
                raise ImportFailed([Problem(name, 1, "", _csv_problem(exc))]) from None
            if not header or not any(h.strip() for h in header):
                raise ImportFailed([Problem(name, 1, "", msg("import.empty"))])
            header = self._check_header(header, delimiter)
            header_out[:] = header
            width = len(header)
            line_no = reader.line_num
            while True:
                start = line_no + 1
                try:
                    cells_read = next(reader, None)
                except csv.Error as exc:
                    # The rest of the file cannot be trusted to split into the right lines: stop here.
                    self.problem(start, "", _csv_problem(exc))
                    return
                if cells_read is None:
                    break
                line_no = reader.line_num
                if self.progress and line_no % 2000 == 0:
                    self.progress("checking", raw.tell(), size)
                if not any(c.strip() for c in cells_read):
                    continue
                if len(cells_read) > width and any(c.strip() for c in cells_read[width:]):
                    self.problem(start, "", msg("import.too_many_cells", cells=len(cells_read), columns=width))
                    continue
                yield start, cells_read
            if self.progress:
                self.progress("checking", size, size)


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def _workbook_cell(value: Any) -> str:
    """A workbook cell as the text a CSV export of it would hold: numbers without a float's noise
    (10, not 10.0), a date as AAAA-MM-JJ, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class WorkbookTable(Table):
    """The first sheet of an Excel workbook (.xlsx), read with openpyxl in read-only mode, row by row:
    the same header rules and cell checks as a CSV file, a line being the row number Excel shows."""

    def _lines(self, header_out: list[str]) -> Iterator[tuple[int, list[str]]]:
        from openpyxl import load_workbook

        name = self.path.name
        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception:  # noqa: BLE001 — a zip that is not a workbook, a damaged file: one plain refusal
            raise ImportFailed([Problem(name, 1, "", msg("import.bad_workbook"))]) from None
        try:
            sheet = book.worksheets[0] if book.worksheets else None
            rows = enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1) if sheet is not None else iter(())
            header: list[str] | None = None
            for line, values in rows:
                cells_read = [_workbook_cell(v) for v in values]
                if header is None:
                    if not any(c.strip() for c in cells_read):
                        raise ImportFailed([Problem(name, line, "", msg("import.empty"))])
                    while cells_read and not cells_read[-1].strip():  # the sheet's width, not the header's
                        cells_read.pop()
                    header = self._check_header(cells_read, ";", line)
                    header_out[:] = header
                    width = len(header)
                    continue
                if self.progress and line % 2000 == 0:  # rows read of the sheet's rows, when it says how many
                    self.progress("checking", line, max(line, sheet.max_row or line))
                if not any(c.strip() for c in cells_read):
                    continue
                # A sheet stores no cell after a row's last value: those cells are empty, not missing.
                cells_read += [""] * (width - len(cells_read))
                if len(cells_read) > width and any(c.strip() for c in cells_read[width:]):
                    filled = len(cells_read) - next(i for i, c in enumerate(reversed(cells_read)) if c.strip())
                    self.problem(line, "", msg("import.too_many_cells", cells=filled, columns=width))
                    continue
                yield line, cells_read
            if header is None:
                raise ImportFailed([Problem(name, 1, "", msg("import.empty"))])
            if self.progress:
                self.progress("checking", 1, 1)
        finally:
            book.close()


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_table(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str | None]]]:
    """Rows as (line number in the file, {column: cell}) with the header checked; raises ImportFailed."""
    encoding, _ = detect_encoding(path)
    table = Table(path, encoding, required)
    rows = list(table.rows())
    if table.errors:
        raise ImportFailed(table.problems, table.errors)
    return rows


# ---------------------------------------------------------------- one parser (cells only) and one writer per kind


@dataclass
class _Context:
    actor: str
    file: str
    digest: str
    table: Table
    report: ImportReport
    progress: Progress | None = None

    def problem(self, line: int, column: str, message: Message) -> None:
        self.table.problem(line, column, message)

    def written(self, done: int, total: int) -> None:
        if self.progress and (done % 1000 == 0 or done == total):
            self.progress("writing", done, total)


Rows = list[tuple[int, dict[str, Any]]]


def _code(row: dict, column: str, required: bool = True) -> str:
    return cells.text(row.get(column), column, cells.CODE_LENGTH, required)


def _name(row: dict, column: str, required: bool = True) -> str:
    return cells.text(row.get(column), column, cells.NAME_LENGTH, required)


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _one(session: Session, model, **key):
    return session.scalars(select(model).filter_by(**key)).one_or_none()


def _upsert(session: Session, model, key: dict, values: dict) -> str:
    """Create or update one row by its natural key; returns what happened, for the report."""
    obj = _one(session, model, **key)
    if obj is None:
        session.add(model(**key, **values))
        session.flush()
        return "created"
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    for k, v in changed.items():
        setattr(obj, k, v)
    return "updated" if changed else "unchanged"


def _customer_ids(session: Session, codes: set[str]) -> dict[str, Any]:
    """Customer id by code, creating the unknown ones (named after their code)."""
    found = {}
    for chunk in _chunks(sorted(codes)):
        found.update(session.execute(select(Customer.code, Customer.id).where(Customer.code.in_(chunk))).all())
    for code in sorted(codes - set(found)):
        customer = Customer(code=code, name=code)
        session.add(customer)
        session.flush()
        found[code] = customer.id
    return found


def _product_ids(session: Session, skus: set[str]) -> dict[str, Any]:
    found = {}
    for chunk in _chunks(sorted(skus)):
        found.update(session.execute(select(Product.sku, Product.id).where(Product.sku.in_(chunk))).all())
    return found


def _each_row(session: Session, rows: Rows, ctx: _Context, write: Callable[[Session, dict, int], str]) -> None:
    """Write row by row (kinds with few lines); a refused row is reported and the others still checked."""
    for done, (line, record) in enumerate(rows, start=1):
        try:
            with session.begin_nested():
                ctx.report.counts[write(session, record, line)] += 1
        except CellError as exc:
            ctx.problem(line, exc.column, exc.reason)
        except DomainError as exc:
            ctx.problem(line, "", exc.message or str(exc))
        ctx.written(done, len(rows))


# products -------------------------------------------------------------------------------------
# A products file may be a customer's whole catalogue (hundreds of thousands of lines). It is
# streamed, checked cell by cell, into a staging table of this connection's TEMP database, which
# SQLite keeps apart from the database file: checking takes no lock a station would wait for, and
# memory stays bounded (no row kept in Python). Keys unique within the file are checked in SQL on
# that table; then one short write transaction checks the GTINs against the base and copies the
# table with UPDATE … FROM and INSERT … SELECT, all or nothing.

PRODUCT_COLUMNS = ("sku", "gtin", "name", "weight_g", "customer")
# What one unit costs the workshop (euros): the material of an order; "lot" or "serial" for an
# article whose ledger lines name their lot (GS1 AI 10, expiry AI 17) or serial (AI 21).
PRODUCT_OPTIONAL = ("unit_cost", "tracking")
PRODUCT_STAGE = SqlTable(
    "import_products_stage", MetaData(),
    Column("line", Integer, primary_key=True),
    Column("sku", String(cells.CODE_LENGTH), nullable=False),
    Column("gtin", String(cells.GTIN_LENGTH)),
    Column("name", String(cells.NAME_LENGTH), nullable=False),
    Column("weight_g", Float),
    Column("customer", String(cells.CODE_LENGTH)),
    Column("unit_cost", BigInteger),  # ten-thousandths of a euro, as products.unit_cost stores it
    Column("tracking", String(8), nullable=False),
    prefixes=["TEMPORARY"],
)
# Once the file is checked: each line's rank in SKU order, and a new article's id (hex, as Uuid
# stores it) for each rank, so rows reach the article table in the order of its indexes (_rank_by_sku).
RANK_STAGE = SqlTable("import_products_rank", PRODUCT_STAGE.metadata,
                      Column("rank", Integer, primary_key=True, autoincrement=False),
                      Column("line", Integer, nullable=False), prefixes=["TEMPORARY"])
ID_STAGE = SqlTable("import_products_ids", PRODUCT_STAGE.metadata,
                    Column("rank", Integer, primary_key=True, autoincrement=False),
                    Column("id", String(32), nullable=False), prefixes=["TEMPORARY"])
STAGE_BATCH = 5000  # lines sent to the staging table per executemany
WRITE_BATCH = 25_000  # lines of the file per INSERT … SELECT, so the bar moves while writing
STAGE_CACHE_KB, WRITE_CACHE_KB = 16 * 1024, 32 * 1024  # SQLite page caches during an import (SQLite only)


def _product_cells(sku: str | None, gtin: str | None, name: str | None, weight: str | None,
                   customer: str | None, unit_cost: str | None = None, tracking: str | None = None,
                   ) -> tuple[str, str | None, str, float | None, str | None, int | None, str]:
    gtin = cells.text(gtin, "gtin", 20, required=False) or None
    if gtin:
        try:
            gtin = validate_gtin(gtin)
        except CellError:
            raise
        except DomainError as exc:
            raise CellError("gtin", exc.message or str(exc)) from None  # check-digit rules: still sentences
    cost = cells.money(unit_cost, "unit_cost")
    tracked = (cells.text(tracking, "tracking", 8, required=False) or "").lower()
    if tracked not in Tracking.ALL:
        raise CellError("tracking", msg("lots.bad_tracking", value=tracking))
    return (cells.text(sku, "sku", cells.CODE_LENGTH), gtin, cells.text(name, "name", cells.NAME_LENGTH),
            cells.decimal(weight, "weight_g", cells.WEIGHT_G_MAX),
            cells.text(customer, "customer", cells.CODE_LENGTH, required=False) or None,
            None if cost is None else Money.units(cost), tracked)


def _stage_products(conn: Connection, ctx: _Context) -> int:
    """Read, check and stage every line; returns how many were staged. Cell problems go to ctx."""
    stage = PRODUCT_STAGE
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(conn.dialect.paramstyle)
    names = [c.name for c in stage.columns]
    sql = f"INSERT INTO {stage.name} ({', '.join(names)}) VALUES ({', '.join([mark or '?'] * len(names))})"
    batch: list[tuple] = []
    staged = 0

    def flush() -> None:
        if mark is None:  # a driver with named parameters: through Core, slower but the same rows
            conn.execute(stage.insert(), [dict(zip(names, row, strict=True)) for row in batch])
        else:
            conn.exec_driver_sql(sql, batch)
        conn.commit()  # the TEMP database only: the base file is not locked
        batch.clear()

    absent = [n for n, name in enumerate(PRODUCT_OPTIONAL, start=len(PRODUCT_COLUMNS)) if name not in ctx.table.header]
    for line, row in ctx.table.columns(PRODUCT_COLUMNS + PRODUCT_OPTIONAL):
        if absent:  # an optional column left out of the file: nothing given for it
            row = tuple("" if n in absent and value is None else value for n, value in enumerate(row))
        try:
            record = _product_cells(*row)
        except CellError as exc:
            ctx.problem(line, exc.column, exc.reason)
            continue
        batch.append((line, *record))
        staged += 1
        if len(batch) >= STAGE_BATCH:
            flush()
    if batch:
        flush()
    return staged


def _staged_duplicates(conn: Connection, column: str, file: str) -> tuple[list[Problem], int]:
    """Lines whose `column` repeats an earlier line of the file: the first MAX_REPORTED, and how many."""
    stage = PRODUCT_STAGE
    key = stage.c[column]
    counts = select(func.count().label("n")).where(key.is_not(None)).group_by(key).having(func.count() > 1).subquery()
    total = conn.execute(select(func.coalesce(func.sum(counts.c.n - 1), 0))).scalar_one()
    if not total:
        return [], 0
    firsts = (select(key.label("key"), func.min(stage.c.line).label("first")).where(key.is_not(None))
              .group_by(key).having(func.count() > 1).subquery())
    rows = conn.execute(select(stage.c.line, firsts.c.key, firsts.c.first).join(firsts, firsts.c.key == key)
                        .where(stage.c.line > firsts.c.first).order_by(stage.c.line).limit(MAX_REPORTED))
    return [Problem(file, line, column, msg("import.duplicate_key", key=value, first_line=first, line=line))
            for line, value, first in rows], total


def _rank_by_sku(conn: Connection, staged: int) -> None:
    """Number the checked lines in SKU order, and draw increasing (version 7) ids in that order.

    Written in file order, with random ids, the article table's id, SKU and GTIN indexes are each
    touched at random pages: on a 600,000-line file that held the write lock 16.9 s. In SKU order
    with ids that follow it, two of the three indexes are appended to, and the lock is held about a
    third of that (README, import figures). Done on the staging tables, before the lock is taken.
    """
    stage = PRODUCT_STAGE
    conn.execute(insert(RANK_STAGE).from_select(
        ["rank", "line"], select(func.row_number().over(order_by=stage.c.sku), stage.c.line)))
    for start in range(0, staged, STAGE_BATCH):
        ids = new_id_hexes(min(STAGE_BATCH, staged - start))
        conn.execute(insert(ID_STAGE), [{"rank": start + n + 1, "id": id_} for n, id_ in enumerate(ids)])
    conn.commit()  # the TEMP database only


def _write_staged_products(db: Database, conn: Connection, ctx: _Context, staged: int) -> None:
    """One write transaction: GTINs of other articles refused, customers created, rows copied."""
    stage, products, customers = PRODUCT_STAGE, Product.__table__, Customer.__table__
    retry_while_busy(lambda: begin_write(conn), db.busy_seconds, db.on_busy)
    locked = time.perf_counter()
    try:
        # Under the lock, so a sync or another import cannot give one of these GTINs to an article meanwhile.
        taken = (select(stage.c.line, stage.c.gtin, products.c.sku)
                 .join(products, products.c.gtin == stage.c.gtin).where(products.c.sku != stage.c.sku))
        refused = conn.execute(taken.order_by(stage.c.line).limit(MAX_REPORTED)).all()
        if refused:
            total = conn.execute(select(func.count()).select_from(taken.subquery())).scalar_one()
            raise ImportFailed([Problem(ctx.file, line, "gtin", msg("import.gtin_taken", gtin=gtin, sku=owner))
                                for line, gtin, owner in refused], total)
        now = utcnow()
        new_codes = conn.execute(select(stage.c.customer).distinct().where(
            stage.c.customer.is_not(None), stage.c.customer.not_in(select(customers.c.code)))).scalars().all()
        if new_codes:
            conn.execute(insert(customers), [{"id": uuid.uuid4(), "code": code, "name": code, "created_at": now,
                                              "updated_at": now} for code in sorted(new_codes)])
        lines = (select(stage.c.line, stage.c.sku, stage.c.gtin, stage.c.name, stage.c.weight_g,
                        customers.c.id.label("customer_id"), stage.c.unit_cost, stage.c.tracking)
                 .outerjoin(customers, customers.c.code == stage.c.customer))
        changed = lines.subquery("changed")
        # A file without an optional column (unit_cost, tracking) leaves the articles' values as they are.
        values = ("gtin", "name", "weight_g", "customer_id") + tuple(
            name for name in PRODUCT_OPTIONAL if name in ctx.table.header)
        updated = conn.execute(
            update(products).where(products.c.sku == changed.c.sku)
            .where(or_(*(products.c[v].is_distinct_from(changed.c[v]) for v in values)))
            .values({v: changed.c[v] for v in values} | {"updated_at": now})
        ).rowcount
        created = 0
        for start in range(0, staged, WRITE_BATCH):
            part = (lines.add_columns(RANK_STAGE.c.rank, ID_STAGE.c.id)
                    .join(RANK_STAGE, RANK_STAGE.c.line == stage.c.line).join(ID_STAGE, ID_STAGE.c.rank == RANK_STAGE.c.rank)
                    .where(RANK_STAGE.c.rank > start, RANK_STAGE.c.rank <= start + WRITE_BATCH).subquery("new"))
            created += conn.execute(insert(products).from_select(
                ["id", "sku", "gtin", "name", "weight_g", "customer_id", "unit_cost", "tracking", "created_at",
                 "updated_at"],
                select(cast(part.c.id, products.c.id.type), part.c.sku, part.c.gtin, part.c.name, part.c.weight_g,
                       part.c.customer_id, part.c.unit_cost, part.c.tracking, literal(now, UTCDateTime()),
                       literal(now, UTCDateTime()))
                .where(~exists().where(products.c.sku == part.c.sku)).order_by(part.c.rank))).rowcount
            if ctx.progress:
                ctx.progress("writing", min(start + WRITE_BATCH, staged), staged)
        for what, n in (("created", created), ("updated", updated), ("unchanged", staged - created - updated)):
            if n:
                ctx.report.counts[what] += n
        with Session(bind=conn) as session:  # joins the transaction of `conn`, never ends it
            audit.record(session, ctx.actor, "import.products", "product", ctx.file, counts=dict(ctx.report.counts),
                         lines=staged, encoding=ctx.report.encoding)
            session.flush()
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        ctx.report.write_lock_seconds = time.perf_counter() - locked


def _import_products(db: Database, ctx: _Context) -> None:
    with db.engine.connect() as conn:
        sqlite = is_sqlite(db.engine)
        if sqlite:
            # Staged pages kept in memory, and more of the base's than usual: the article indexes are
            # written in random order (UUIDs), and a small cache rereads their pages under the lock.
            # These caches are the import's memory bound (the rows themselves stay in SQLite).
            default_cache = conn.exec_driver_sql("PRAGMA main.cache_size").scalar_one()
            conn.exec_driver_sql(f"PRAGMA temp.cache_size=-{STAGE_CACHE_KB}")
            conn.exec_driver_sql(f"PRAGMA main.cache_size=-{WRITE_CACHE_KB}")
        PRODUCT_STAGE.metadata.create_all(conn)
        conn.commit()
        try:
            staged = _stage_products(conn, ctx)
            problems = list(ctx.table.problems)
            total = ctx.table.errors
            for column in ("sku", "gtin"):
                found, n = _staged_duplicates(conn, column, ctx.file)
                problems += found
                total += n
            if total:
                # Each list holds its first lines, so the merged first MAX_REPORTED are the file's first.
                raise ImportFailed(sorted(problems, key=lambda p: p.line), total)
            ctx.report.lines = staged
            _rank_by_sku(conn, staged)
            _write_staged_products(db, conn, ctx, staged)
        finally:
            try:
                conn.rollback()
                PRODUCT_STAGE.metadata.drop_all(conn)
                if sqlite:  # the pooled connection goes back with the usual cache
                    conn.exec_driver_sql(f"PRAGMA main.cache_size={int(default_cache)}")
                conn.commit()
            except SQLAlchemyError:  # a connection gone bad: not given back to the pool with the table
                log.warning("staging table not dropped; connection discarded", exc_info=True)
                conn.invalidate()


# kits -----------------------------------------------------------------------------------------

def _parse_kit(row: dict, ctx: _Context) -> dict:
    record = {
        "kit_sku": _code(row, "kit_sku"),
        "component_sku": _code(row, "component_sku"),
        "quantity": cells.integer(row.get("quantity"), "quantity", cells.QUANTITY),
        "step": cells.integer(row.get("step"), "step", cells.STEP),
    }
    if record["kit_sku"] == record["component_sku"]:
        raise CellError("component_sku", msg("import.kit_self"))
    record["pair"] = f"{record['kit_sku']} / {record['component_sku']}"
    return record


def _write_kits(session: Session, rows: Rows, ctx: _Context) -> None:
    ids = _product_ids(session, {r[k] for _, r in rows for k in ("kit_sku", "component_sku")})
    for line, r in rows:
        for column in ("kit_sku", "component_sku"):
            if r[column] not in ids:
                ctx.problem(line, column, msg("import.unknown_product", sku=r[column]))
                break
    if ctx.table.errors:
        return
    # The file is the whole bill of materials of each kit it names; a cycle may go through kits
    # already in the database, so the check runs on the graph as it would be after the import.
    in_file: dict[str, dict[str, int]] = {}
    for line, r in rows:
        in_file.setdefault(r["kit_sku"], {})[r["component_sku"]] = line
    graph: dict[str, set[str]] = {}
    kit = Product.__table__.alias("kit")
    component = Product.__table__.alias("component")
    for kit_sku, component_sku in session.execute(
        select(kit.c.sku, component.c.sku).select_from(KitComponent)
        .join(kit, kit.c.id == KitComponent.kit_id).join(component, component.c.id == KitComponent.component_id)
    ):
        if kit_sku not in in_file:
            graph.setdefault(kit_sku, set()).add(component_sku)
    for kit_sku, components in in_file.items():
        graph[kit_sku] = set(components)
    if cycle := cells.find_cycle(graph):
        # Named from a kit of this file, at the line that closes the loop.
        start = next(i for i, k in enumerate(cycle[:-1]) if k in in_file)
        loop = cycle[start:-1] + cycle[:start + 1]
        ctx.problem(in_file[loop[0]][loop[1]], "component_sku",
                    msg("import.kit_cycle", kit=loop[0], path=" → ".join(loop)))
        return
    session.execute(delete(KitComponent).where(KitComponent.kit_id.in_([ids[k] for k in in_file])))
    now = utcnow()
    session.execute(insert(KitComponent), [
        {"id": uuid.uuid4(), "kit_id": ids[r["kit_sku"]], "component_id": ids[r["component_sku"]],
         "quantity": r["quantity"], "step": r["step"], "created_at": now, "updated_at": now}
        for _, r in rows
    ])
    ctx.report.counts["bom_lines"] += len(rows)
    ctx.written(len(rows), len(rows))


# orders ---------------------------------------------------------------------------------------

def _parse_order(row: dict, ctx: _Context) -> dict:
    return {
        "order_ref": _code(row, "order_ref"),
        "customer": _code(row, "customer"),
        "sku": _code(row, "sku"),
        "quantity": cells.integer(row.get("quantity"), "quantity", cells.QUANTITY),
        "due_date": cells.iso_date(row.get("due_date"), "due_date"),
    }


def _known_product(session: Session, r: dict, column: str) -> Product:
    """The product a line names in `column`, or that cell's error: an unknown article."""
    product = _one(session, Product, sku=r[column])
    if product is None:
        raise CellError(column, msg("import.unknown_product", sku=r[column]))
    return product


def _lot_columns(row: dict, ctx: _Context) -> dict:
    """The optional `lot;expiry` columns: a lot (at most 20 characters) and its expiry, ISO or
    dd/mm/yyyy; a file without them holds plain units."""
    header = ctx.table.header
    return {"lot": cells.text(row.get("lot"), "lot", 20, required=False) if "lot" in header else "",
            "expiry": cells.day(row.get("expiry"), "expiry", required=False) if "expiry" in header else None}


def _write_order(session: Session, r: dict, line: int) -> str:
    product = _known_product(session, r, "sku")
    values = {"customer_id": _customer_ids(session, {r["customer"]})[r["customer"]], "product_id": product.id,
              "quantity": r["quantity"], "due_date": r["due_date"]}
    return _upsert(session, Order, {"ref": r["order_ref"]}, values)


# rates ----------------------------------------------------------------------------------------
# A customer's rate card, one line per kit product: a price per kit or a price per hour of labour
# (one or the other), a set-up fee per order, the standard time the price was quoted on; the
# optional `invoice_on` sets what the customer's monthly invoice counts (docs/import.md).

RATE_OPTIONAL = ("price_per_hour", "setup_fee", "invoice_on")


def _parse_rate(row: dict, ctx: _Context) -> dict:
    record = {
        "customer": _code(row, "customer"),
        "kit_sku": _code(row, "kit_sku"),
        "price_per_kit": cells.money(row.get("price_per_kit"), "price_per_kit"),
        "price_per_hour": cells.money(row.get("price_per_hour", ""), "price_per_hour"),
        "setup_fee": cells.money(row.get("setup_fee", ""), "setup_fee") or Decimal(0),
        "standard_seconds": cells.money(row.get("standard_seconds"), "standard_seconds", cells.SECONDS_MAX,
                                        required=True),
        "invoice_on": cells.choice(row.get("invoice_on", ""), "invoice_on", InvoiceBasis),
    }
    problem = costing.rate_problem(Rate(record["price_per_kit"], record["price_per_hour"], record["setup_fee"],
                                        record["standard_seconds"]))
    if problem is not None:
        raise CellError(*problem)
    record["pair"] = f"{record['customer']} / {record['kit_sku']}"
    return record


def _write_rate(ctx: _Context):
    basis_line: dict[str, tuple[str, int]] = {}  # customer -> (invoice_on, first line that set it)

    def write(session: Session, r: dict, line: int) -> str:
        product = _known_product(session, r, "kit_sku")
        customer_id = _customer_ids(session, {r["customer"]})[r["customer"]]
        if r["invoice_on"]:
            first, first_line = basis_line.setdefault(r["customer"], (r["invoice_on"], line))
            if first != r["invoice_on"]:
                raise CellError("invoice_on", msg("import.invoice_on_conflict", customer=r["customer"], basis=first,
                                                  first_line=first_line))
            session.execute(update(Customer).where(Customer.id == customer_id).values(invoice_basis=r["invoice_on"]))
        values = {k: r[k] for k in ("price_per_kit", "price_per_hour", "setup_fee", "standard_seconds")}
        return _upsert(session, RateCard, {"customer_id": customer_id, "kit_id": product.id}, values)
    return write


# workers --------------------------------------------------------------------------------------

_RESTRICTION_PARSERS: dict[str, Callable[[str | None, str], Any]] = {
    "max_load_kg": lambda v, c: cells.decimal(v, c, cells.LOAD_KG_MAX),
    "hands": lambda v, c: cells.choice(v, c, Hands),
    "posture": lambda v, c: cells.choice(v, c, Posture),
    "overhead_ok": cells.bool01,
    "fine_motor": lambda v, c: cells.choice(v, c, FineMotor),
    "max_reps_per_min": lambda v, c: cells.decimal(v, c, cells.REPS_PER_MIN_MAX),
}
assert tuple(_RESTRICTION_PARSERS) == FACTORS


def _parse_worker(row: dict, ctx: _Context) -> dict:
    """Badge and name are strict. A restriction cell that is missing, `?` or unreadable is recorded
    as unknown (never as "no restriction"), with a warning naming it; an empty cell is no restriction."""
    record = {"badge": _code(row, "badge"), "name": _name(row, "name"), "unknown": [], "warnings": []}
    for factor, parse in _RESTRICTION_PARSERS.items():
        value = row.get(factor)
        try:
            if value is None or value == UNKNOWN_MARK:
                raise CellError(factor, msg("import.missing_cell"))
            record[factor] = parse(value, factor)
        except CellError:
            record[factor] = None
            record["unknown"].append(factor)
            shown = "" if value is None else "".join(c if c.isprintable() else "�" for c in value[:40])
            record["warnings"].append((factor, shown))
    return record


def _write_worker(ctx: _Context):
    def write(session: Session, r: dict, line: int) -> str:
        outcome = _upsert(session, Worker, {"badge": r["badge"]}, {"display_name": r["name"]})
        worker = _one(session, Worker, badge=r["badge"])
        restriction = {f: r[f] for f in FACTORS}
        restriction["unknown_factors"] = ",".join(r["unknown"])
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
            audit.record(session, ctx.actor, "restriction.set", "worker", r["badge"], source=ctx.file,
                         unknown=r["unknown"])
            if outcome == "unchanged":
                outcome = "updated"
        for column, value in r["warnings"]:
            ctx.report.warnings.append(msg("import.restriction_unknown", file=ctx.file, line=line, column=column,
                                           value=value))
        return outcome
    return write


# locations, stations, stock -------------------------------------------------------------------

def _parse_location(row: dict, ctx: _Context) -> dict:
    return {"code": _code(row, "code"), "name": _name(row, "name", required=False)}


def _write_location(session: Session, r: dict, line: int) -> str:
    return _upsert(session, Location, {"code": r["code"]}, {"name": r["name"]})


def _parse_station(row: dict, ctx: _Context) -> dict:
    record = {
        "station_id": _code(row, "station_id"),
        "name": _name(row, "name"),
        "scanner_url": cells.device_url(row.get("scanner"), "scanner"),
        "printer_url": cells.device_url(row.get("printer"), "printer"),
    }
    if "location" in row:  # optional column: where the station takes components and puts kits
        record["location_code"] = _code(row, "location", required=False)
    return record


def _write_station(session: Session, r: dict, line: int) -> str:
    values = {k: v for k, v in r.items() if k != "station_id"}
    return _upsert(session, Station, {"code": r["station_id"]}, values)


def _parse_stock(row: dict, ctx: _Context) -> dict:
    return {"sku": _code(row, "sku"), "location": _code(row, "location"),
            "quantity": cells.integer(row.get("quantity"), "quantity", cells.QUANTITY), **_lot_columns(row, ctx)}


def _write_stock(ctx: _Context):
    def write(session: Session, r: dict, line: int) -> str:
        product = _known_product(session, r, "sku")
        location = _one(session, Location, code=r["location"])
        if location is None:
            raise CellError("location", msg("import.unknown_location", code=r["location"]))
        # Keyed by the file's content and line: importing the same file twice counts its stock once.
        posting = Posting(
            key=f"import:stock:{ctx.digest}:{line}",
            actor=ctx.actor,
            lines=(Line(MovementKind.RECEIPT, product.id, location.id, r["quantity"], r["lot"], r["expiry"]),),
            reason=f"import {ctx.file}",
        )
        return "received" if ledger.post(session, posting).created else "already_imported"
    return write


# receipts ------------------------------------------------------------------------------------
# A delivery a customer announced (advance shipping notice): one line per article and lot, keyed by
# the notice's reference. Importing the file again sets the same quantities (nothing doubles); a
# notice already closed is not changed.

def _parse_receipt(row: dict, ctx: _Context) -> dict:
    record = {"reference": _code(row, "reference"), "sku": _code(row, "sku"),
              "quantity": cells.integer(row.get("quantity"), "quantity", cells.QUANTITY), **_lot_columns(row, ctx)}
    record["article"] = f"{record['reference']} / {record['sku']} / {record['lot']}"
    return record


def _write_receipt(ctx: _Context):
    def write(session: Session, r: dict, line: int) -> str:
        product = _known_product(session, r, "sku")
        receipt = _one(session, ExpectedReceipt, reference=r["reference"])
        if receipt is None:
            receipt = ExpectedReceipt(reference=r["reference"])
            session.add(receipt)
            session.flush()
        elif receipt.status != ExpectedReceiptStatus.OPEN.value:
            raise CellError("reference", msg("import.receipt_closed", reference=r["reference"]))
        return _upsert(session, ExpectedReceiptLine, {"receipt_id": receipt.id, "product_id": product.id, "lot": r["lot"]},
                       {"line_no": line, "expiry": r["expiry"], "expected": r["quantity"]})
    return write


def _rows_of(write_factory):
    return lambda session, rows, ctx: _each_row(session, rows, ctx, write_factory(ctx))


@dataclass(frozen=True)
class Kind:
    columns: tuple[str, ...]
    parse: Callable[[dict, _Context], dict] | None
    write: Callable[[Session, Rows, _Context], None] | None
    entity: str
    unique: tuple[str, ...] = ()  # record fields unique within one file (the key, named like its column)
    # Kinds whose files can be large read, check and write themselves, streaming (products).
    stream: Callable[[Database, _Context], None] | None = None


KINDS: dict[str, Kind] = {
    "products": Kind(PRODUCT_COLUMNS, None, None, "product", stream=_import_products),
    "kits": Kind(("kit_sku", "component_sku", "quantity", "step"), _parse_kit, _write_kits, "kit", ("pair",)),
    "orders": Kind(("order_ref", "customer", "sku", "quantity", "due_date"), _parse_order,
                   _rows_of(lambda ctx: _write_order), "order", ("order_ref",)),
    "rates": Kind(("customer", "kit_sku", "price_per_kit", "standard_seconds"), _parse_rate, _rows_of(_write_rate),
                  "rate_card", ("pair",)),
    "workers": Kind(("badge", "name") + FACTORS, _parse_worker, _rows_of(_write_worker), "worker", ("badge",)),
    "locations": Kind(("code", "name"), _parse_location, _rows_of(lambda ctx: _write_location), "location", ("code",)),
    "stations": Kind(("station_id", "name", "scanner", "printer"), _parse_station,
                     _rows_of(lambda ctx: _write_station), "station", ("station_id",)),
    "stock": Kind(("sku", "location", "quantity"), _parse_stock, _rows_of(_write_stock), "stock"),
    "receipts": Kind(("reference", "sku", "quantity"), _parse_receipt, _rows_of(_write_receipt), "expected_receipt",
                     ("article",)),
}
# Where a duplicate key is reported: the column a person would look at.
_KEY_COLUMN = {"pair": "component_sku", "article": "sku"}
_KIND_KEY_COLUMN = {"rates": "kit_sku"}


def import_file(db: Database, kind: str, path: Path, actor: str = "import",
                progress: Progress | None = None) -> ImportReport:
    """Import one file in one transaction; raise ImportFailed (nothing written) on any bad line.

    `progress(phase, done, total)` is called now and then: phase "checking" (bytes of the file
    read), then "writing" (rows written); the CLI draws a bar with it, a screen can too."""
    if kind not in KINDS:
        raise DomainError(msg("import.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    spec = KINDS[kind]
    path = Path(path)
    if not path.is_file():
        raise DomainError(msg("import.file_not_found", path=str(path)))
    if path.suffix.lower() in WORKBOOK_SUFFIXES:  # an Excel workbook, as customers send their orders
        encoding, digest = "xlsx", _file_digest(path)
        table: Table = WorkbookTable(path, encoding, spec.columns, progress)
    else:
        encoding, digest = detect_encoding(path)
        table = Table(path, encoding, spec.columns, progress)
    report = ImportReport(kind, path.name, encoding={"utf-8-sig": "utf-8", "xlsx": "xlsx"}.get(encoding, "windows-1252"))
    ctx = _Context(actor, path.name, digest[:16], table, report, progress)
    if spec.stream is not None:
        spec.stream(db, ctx)
        return report
    rows: Rows = []
    first_line: dict[str, dict[Any, int]] = {key: {} for key in spec.unique}
    for line, row in table.rows():
        try:
            record = spec.parse(row, ctx)
        except CellError as exc:
            table.problem(line, exc.column, exc.reason)
            continue
        duplicate = False
        for key in spec.unique:
            value = record[key]
            if value is None:
                continue
            first = first_line[key].setdefault(value, line)
            if first != line:
                table.problem(line, _KIND_KEY_COLUMN.get(kind) or _KEY_COLUMN.get(key, key),
                              msg("import.duplicate_key", key=value, first_line=first, line=line))
                duplicate = True
        if not duplicate:
            rows.append((line, record))
    if table.errors:
        raise ImportFailed(table.problems, table.errors)
    report.lines = len(rows)
    with db.write() as session:
        spec.write(session, rows, ctx)
        if table.errors:
            raise ImportFailed(table.problems, table.errors)
        audit.record(session, actor, f"import.{kind}", spec.entity, path.name, counts=dict(report.counts),
                     lines=len(rows), encoding=report.encoding)
    return report
