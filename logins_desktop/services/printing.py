"""The persistent print queue. A job is saved before it is sent; when the printer is offline, out of
paper or its head is open, the job waits and is retried with a growing delay, and the reason is kept
for the console. A job is printed once, unless someone asks for a reprint (audited, with its reason).

A job is *printed* only when the printer took all of it. A job cut in the middle is *interrupted* with
the number of labels that had left before the cut, and stays so until a person chooses: resend all,
resend from the first unsent label, go on after the last label on paper, or reprint chosen labels.
Labels already sent are never sent again without a reprint reason (each carries an SSCC that must
stay unique on paper).

Only a printer that stopped and said which labels were still waiting gives a count to resume from.
After a connection cut the count is what it acknowledged, which can be more or fewer than what came
out: the job then goes on only after the last label on paper, typed by its number or scanned.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from logins_desktop.devices.printers import PrinterError, open_printer
from logins_desktop.domain.barcodes import CodeKind, read_code
from logins_desktop.domain.errors import DomainError
from logins_desktop.labels.code128 import decode_zpl_field
from logins_desktop.messages import Message, msg, render
from logins_desktop.services import audit
from logins_desktop.store.database import Database
from logins_desktop.store.models import PrintJob, PrintJobStatus, utcnow

BACKOFF_SECONDS = (2, 5, 10, 30, 60)
RESEND_ALL, FROM_FIRST_UNSENT, CHOSEN_LABELS = "all", "from-first-unsent", "labels"
AFTER_LAST_ON_PAPER = "after"


def zpl_labels(document: bytes) -> list[bytes]:
    """The document cut after each `^XZ` (one label format each); bytes after the last one go with it."""
    pieces, start = [], 0
    while (end := document.find(b"^XZ", start)) >= 0:
        pieces.append(document[start:end + 3])
        start = end + 3
    if pieces and document[start:]:
        pieces[-1] += document[start:]
    return pieces


def labels_within(pieces: list[bytes], sent: int) -> int:
    """How many whole labels fit in the first `sent` bytes of the pieces joined."""
    n, total = 0, 0
    for piece in pieces:
        total += len(piece)
        if total > sent:
            break
        n += 1
    return n


@dataclass(frozen=True)
class JobView:
    id: uuid.UUID
    name: str
    printer_url: str
    status: str
    attempts: int
    last_error: Message | str  # why it waits or stopped (a catalogue message; plain text from older rows)
    created_at: datetime
    printed_at: datetime | None
    labels: int
    reprint_of: uuid.UUID | None
    labels_sent: int = 0  # for an interrupted job: how many had left before the cut
    labels_sent_known: bool = True  # False: a cut; the last label on paper says where to go on


def _view(job: PrintJob) -> JobView:
    return JobView(job.id, job.name, job.printer_url, job.status, job.attempts, read_reason(job.last_error),
                   job.created_at,
                   job.printed_at, job.labels, job.reprint_of, job.labels_sent, job.labels_sent_known)


def _stored_reason(reason: Message | str, limit: int = 300) -> str:
    """A job's reason is kept as its message (JSON), so each person reads it in their own language; one that
    would not fit the column is kept as French text, cut (never half a JSON document)."""
    if isinstance(reason, Message):
        data = json.dumps(reason.to_json(), ensure_ascii=False)
        return data if len(data) <= limit else render(reason)[:limit]
    return reason[:limit]


def read_reason(stored: str) -> Message | str:
    """A job's stored reason as its message again (plain text from older rows stays text)."""
    if stored.startswith('{"id"'):
        try:
            return Message.from_json(json.loads(stored))
        except (ValueError, KeyError, TypeError):
            return stored
    return stored


def parse_label_numbers(text: str) -> list[int]:
    """"3,7,1120-1447" -> the label numbers (ranges for what a cut left off the roll); DomainError
    naming the text when it is not such a list."""
    labels: list[int] = []
    try:
        for part in filter(None, (p.strip() for p in text.split(","))):
            first, _, last = part.partition("-")
            labels += range(int(first), int(last or first) + 1)
    except ValueError:
        raise DomainError(msg("printing.labels_list", value=text)) from None
    if not labels:
        raise DomainError(msg("printing.labels_list", value=text))
    return labels


_FIELD = re.compile(rb"\^FD(.*?)\^FS", re.DOTALL)


def _digits_of(piece: bytes) -> list[str]:
    """The digits of each field of a label, its barcodes decoded: an SSCC is in its barcode's data
    and in its human-readable line « (00) 3 7612345 000000001 2 »."""
    out = []
    for raw in _FIELD.findall(piece):
        text = raw.decode("latin-1")
        if ">" in text:
            try:
                text = decode_zpl_field(text)
            except (DomainError, ValueError, IndexError):
                pass  # not one of ours: its digits are read as they are
        out.append(re.sub(r"\D", "", text))
    return out


def _carries(field_digits: str, sscc: str) -> bool:
    """A field carries the SSCC: as its whole data, or as AI 00 leading a GS1 element string
    (barcode data « 00 376… 02 … », human-readable « (00) 3 7612345 000000001 2 »)."""
    return field_digits == sscc or field_digits.startswith("00" + sscc)


def label_named(pieces: list[bytes], text: str) -> int:
    """The number (from 1; 0: none) of the label a person names, typed as its number or scanned
    from the label itself (the SSCC it carries)."""
    text = text.strip()
    total = len(pieces)
    if text.isdigit() and len(text) <= max(len(str(total)), 6):
        if int(text) > total:
            raise DomainError(msg("printing.label_out_of_range", number=int(text), total=total))
        return int(text)
    # Only an SSCC names a label: a product's EAN on it would name every carton of that product.
    code = read_code(text)
    sscc = code.ais.get("00") if code.kind is CodeKind.GS1 else text if text.isdigit() and len(text) == 18 else None
    found = [n for n, piece in enumerate(pieces, start=1)
             if sscc and any(_carries(digits, sscc) for digits in _digits_of(piece))]
    if len(found) > 1:
        raise DomainError(msg("printing.on_several_labels", code=text, n=len(found)))
    if not found:
        raise DomainError(msg("printing.not_a_label_of_job", code=text, total=total))
    return found[0]


def _numbers(numbers: list[int]) -> str:
    return ",".join(str(n) for n in numbers) if len(numbers) <= 8 else f"{numbers[0]}…{numbers[-1]} ({len(numbers)})"


class PrintQueue:
    def __init__(self, db: Database, printer_factory: Callable = open_printer, clock: Callable[[], datetime] = utcnow):
        self._db = db
        self._open = printer_factory
        self._now = clock

    def enqueue(self, printer_url: str, document: bytes, name: str, fmt: str = "zpl", by: str = "",
                labels: int = 1, reprint_of: uuid.UUID | None = None, reason: str = "") -> uuid.UUID:
        """Save a job; an empty document, or ZPL without one whole label, is refused. For ZPL the
        labels are counted from the document (one per `^XZ`), not taken from the caller."""
        if not document.strip():
            raise DomainError(msg("printing.empty_job", name=name))
        if fmt == "zpl":
            labels = len(zpl_labels(document))
            if not labels:
                raise DomainError(msg("printing.no_label", name=name))
        with self._db.write() as s:
            job = PrintJob(printer_url=printer_url, document=document, name=name, format=fmt, created_by=by,
                           labels=labels, reprint_of=reprint_of, reason=reason, next_attempt_at=self._now())
            s.add(job)
            s.flush()
            return job.id

    def recover(self) -> int:
        """At start-up: a job caught while sending may or may not be on paper; a person decides."""
        with self._db.write() as s:
            jobs = s.scalars(select(PrintJob).where(PrintJob.status == PrintJobStatus.SENDING.value)).all()
            for job in jobs:
                job.status = PrintJobStatus.INTERRUPTED.value
                job.labels_sent_known = False  # nobody knows how far it went: the paper says
                job.last_error = _stored_reason(msg("printing.interrupted_while_sending"))
            return len(jobs)

    def run_once(self, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> dict[uuid.UUID, str]:
        """Try every due job once; returns job id -> 'printed' | 'waiting' | 'skipped'."""
        now = self._now()
        with self._db.read() as s:
            due = s.scalars(
                select(PrintJob.id).where(PrintJob.status == PrintJobStatus.QUEUED.value, PrintJob.next_attempt_at <= now)
                .order_by(PrintJob.created_at)
            ).all()
        outcomes: dict[uuid.UUID, str] = {}
        blocked: set[str] = set()  # a printer that said no is not asked again for the next jobs this round
        for n, job_id in enumerate(due):
            if cancelled is not None and cancelled():
                break
            outcomes[job_id] = self._process(job_id, blocked)
            if progress is not None:
                progress(n + 1, len(due))
        return outcomes

    def _process(self, job_id: uuid.UUID, blocked: set[str]) -> str:
        with self._db.read() as s:
            job = s.get(PrintJob, job_id)
            url, document, name, fmt, first = job.printer_url, job.document, job.name, job.format, job.first_label
        pieces = zpl_labels(document)[first:] if fmt == "zpl" else []
        if fmt == "zpl":
            document = b"".join(pieces)  # a resumed job starts at its first unsent label
        if url in blocked:
            return "skipped"
        try:
            printer = self._open(url)
            status = printer.status()
        except PrinterError as exc:
            return self._wait(job_id, exc.message, blocked, url)
        if not status.ready:
            # Offline: the transport's own words already name the printer; otherwise say what it reports.
            reason = status.describe() if not status.online else msg("printing.printer_says", status=status.describe())
            return self._wait(job_id, reason, blocked, url)
        with self._db.write() as s:
            job = s.get(PrintJob, job_id)
            if job.status != PrintJobStatus.QUEUED.value:
                return "skipped"  # cancelled meanwhile
            job.status = PrintJobStatus.SENDING.value  # saved before the bytes leave
            job.attempts += 1
        try:
            printer.send(document, name)
        except PrinterError as exc:
            if exc.left <= 0:  # nothing left: wait and try again, as for an offline printer
                with self._db.write() as s:
                    s.get(PrintJob, job_id).status = PrintJobStatus.QUEUED.value
                return self._wait(job_id, exc.message, blocked, url, count_attempt=False)
            blocked.add(url)
            with self._db.write() as s:
                job = s.get(PrintJob, job_id)
                job.status = PrintJobStatus.INTERRUPTED.value
                # A PDF or a file is taken whole or not at all: part of it counts as none printed.
                job.labels_sent = first + labels_within(pieces, exc.sent) if fmt == "zpl" else 0
                job.labels_sent_known = exc.count_known or fmt != "zpl"
                said = "printing.interrupted" if job.labels_sent_known else "printing.interrupted_count_unknown"
                job.last_error = _stored_reason(msg(said, sent=job.labels_sent, total=job.labels, detail=exc.message))
            return "interrupted"
        with self._db.write() as s:
            job = s.get(PrintJob, job_id)
            job.status = PrintJobStatus.PRINTED.value
            job.printed_at = self._now()
            job.labels_sent, job.labels_sent_known = job.labels, True
            job.last_error = ""
        return "printed"

    def _wait(self, job_id: uuid.UUID, reason: Message | str, blocked: set[str], url: str, count_attempt: bool = True) -> str:
        blocked.add(url)
        with self._db.write() as s:
            job = s.get(PrintJob, job_id)
            if count_attempt:
                job.attempts += 1
            delay = BACKOFF_SECONDS[min(job.attempts, len(BACKOFF_SECONDS)) - 1] if job.attempts else BACKOFF_SECONDS[0]
            job.next_attempt_at = self._now() + timedelta(seconds=delay)
            job.last_error = _stored_reason(reason)
        return "waiting"

    # ------------------------------------------------------------------ people's actions
    def _change(self, job_id: uuid.UUID, allowed: tuple[PrintJobStatus, ...], to: PrintJobStatus, by: str, action: str) -> None:
        with self._db.write() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise DomainError(msg("printing.unknown_job", job=str(job_id)))
            if job.status not in {a.value for a in allowed}:
                raise DomainError(msg("printing.nothing_to_do", job=str(job_id)[:8],
                                      status=msg(f"printing.status.{job.status}")))
            job.status = to.value
            job.next_attempt_at = self._now()
            audit.record(s, by, action, "print_job", str(job_id))

    def retry(self, job_id: uuid.UUID, by: str = "", choice: str | None = None, labels: list[int] | None = None,
              reason: str = "", last_on_paper: int | None = None) -> uuid.UUID:
        """Send a waiting job now, or go on with an interrupted one as the person chose:

        - RESEND_ALL: the whole document again (a reason is required if labels had been sent);
        - FROM_FIRST_UNSENT: from the label after the last one sent, where the printer's count is known;
        - AFTER_LAST_ON_PAPER: from the label after `last_on_paper` (0: none came out), as a person read
          it; a reason is required only to print again labels an earlier attempt printed;
        - CHOSEN_LABELS: `labels` (numbers from 1) as a new job; a reason is required for any
          label already sent. The interrupted job stays as it is, for the record.
        Returns the id of the job that will print.
        """
        with self._db.write() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise DomainError(msg("printing.unknown_job", job=str(job_id)))
            short = str(job_id)[:8]
            if job.status == PrintJobStatus.QUEUED.value:
                job.next_attempt_at = self._now()
                audit.record(s, by, "print.retry", "print_job", str(job_id))
                return job_id
            if job.status != PrintJobStatus.INTERRUPTED.value:
                raise DomainError(msg("printing.nothing_to_retry", job=short, status=msg(f"printing.status.{job.status}")))
            sent, total = job.labels_sent, job.labels
            if not job.labels_sent_known and choice not in (RESEND_ALL, CHOSEN_LABELS, AFTER_LAST_ON_PAPER):
                # No count to resume from (a cut): the last label on paper is asked for.
                raise DomainError(msg("printing.read_last_label", job=short, sent=sent, total=total))
            if choice not in (RESEND_ALL, FROM_FIRST_UNSENT, CHOSEN_LABELS, AFTER_LAST_ON_PAPER):
                raise DomainError(msg("printing.retry_needs_choice", job=short, sent=sent, total=total,
                                      next=min(sent + 1, total)))
            if choice == AFTER_LAST_ON_PAPER:
                return self._go_on_after(s, job, last_on_paper, by, reason)
            if choice == CHOSEN_LABELS:
                url, document, name, fmt = job.printer_url, job.document, job.name, job.format
                known = job.labels_sent_known
            else:
                if choice == RESEND_ALL and not reason.strip():
                    if sent:
                        raise DomainError(msg("printing.resend_needs_reason", n=sent))
                    if not job.labels_sent_known:  # none acknowledged is not none printed
                        raise DomainError(msg("printing.resend_after_cut_needs_reason", job=short))
                job.first_label = 0 if choice == RESEND_ALL else sent
                job.labels_sent, job.labels_sent_known = job.first_label, True
                job.status = PrintJobStatus.QUEUED.value
                job.next_attempt_at = self._now()
                audit.record(s, by, "print.retry", "print_job", str(job_id), choice=choice, first_label=job.first_label,
                             reason=reason)
                return job_id
        if fmt != "zpl":
            raise DomainError(msg("printing.not_splittable", format=fmt))
        pieces = zpl_labels(document)
        chosen = sorted(set(labels or []))
        if not chosen:
            raise DomainError(msg("printing.retry_needs_choice", job=short, sent=sent, total=total,
                                  next=min(sent + 1, total)))
        for number in chosen:
            if not 1 <= number <= len(pieces):
                raise DomainError(msg("printing.label_out_of_range", number=number, total=len(pieces)))
        # After a cut any label may be on paper (the count is only what the printer acknowledged).
        again = [n for n in chosen if n <= sent or not known]
        if again and not reason.strip():
            raise DomainError(msg("printing.resend_needs_reason", n=len(again)))
        new_id = self.enqueue(url, b"".join(pieces[n - 1] for n in chosen), f"{name} [{_numbers(chosen)}]",  # a name is data: no word in it
                              fmt, by, reprint_of=job_id, reason=reason)
        with self._db.write() as s:
            audit.record(s, by, "print.retry", "print_job", str(job_id), choice=choice, labels=chosen, reason=reason,
                         new_job=str(new_id))
        return new_id

    def _go_on_after(self, s, job: PrintJob, last: int | None, by: str, reason: str) -> uuid.UUID:
        """The job goes on after the last label on paper. Labels an earlier attempt printed (or, where
        the printer's count is known, this one) are printed again only with a reason."""
        if last is None:
            raise DomainError(msg("printing.read_last_label", job=str(job.id)[:8], sent=job.labels_sent, total=job.labels))
        if job.format != "zpl":
            raise DomainError(msg("printing.not_splittable", format=job.format))
        if not 0 <= last <= job.labels:
            raise DomainError(msg("printing.label_out_of_range", number=last, total=job.labels))
        if job.labels_sent_known and last > job.labels_sent:
            # The printer said what it printed and its waiting labels were cancelled: no more can be out.
            raise DomainError(msg("printing.beyond_printed", job=str(job.id)[:8], sent=job.labels_sent,
                                  next=job.labels_sent + 1))
        surely_out = job.labels_sent if job.labels_sent_known else job.first_label
        if last < surely_out and not reason.strip():
            raise DomainError(msg("printing.resend_needs_reason", n=surely_out - last))
        job.first_label = job.labels_sent = last
        job.labels_sent_known = True
        job.next_attempt_at = self._now()
        if last == job.labels:  # every label came out: nothing to send
            job.status, job.printed_at, job.last_error = PrintJobStatus.PRINTED.value, self._now(), ""
        else:
            job.status = PrintJobStatus.QUEUED.value
        audit.record(s, by, "print.retry", "print_job", str(job.id), choice=AFTER_LAST_ON_PAPER, last_on_paper=last,
                     reason=reason)
        return job.id

    def resumed_message(self, job_id: uuid.UUID) -> Message:
        """What a person reads once a job goes on after the last label on paper."""
        with self._db.read() as s:
            job = s.get(PrintJob, job_id)
            short = str(job_id)[:8]
            if job.status == PrintJobStatus.PRINTED.value:
                return msg("printing.all_on_paper", job=short, total=job.labels)
            return msg("printing.resumed_after", job=short, last=job.first_label, next=job.first_label + 1)

    def last_label_named(self, job_id: uuid.UUID, text: str) -> int:
        """The number of the label a person typed or scanned as the last one on paper of that job."""
        with self._db.read() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise DomainError(msg("printing.unknown_job", job=str(job_id)))
            if job.format != "zpl":
                raise DomainError(msg("printing.not_splittable", format=job.format))
            document = job.document
        return label_named(zpl_labels(document), text)

    def cancel(self, job_id: uuid.UUID, by: str = "") -> None:
        self._change(job_id, (PrintJobStatus.QUEUED, PrintJobStatus.INTERRUPTED), PrintJobStatus.CANCELLED, by, "print.cancel")

    def reprint(self, job_id: uuid.UUID, reason: str, by: str) -> uuid.UUID:
        """The same document again (same SSCC, on purpose), as a new job, with the reason in the audit log."""
        if not reason.strip():
            raise DomainError(msg("printing.reprint_needs_reason"))
        with self._db.read() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise DomainError(msg("printing.unknown_job", job=str(job_id)))
            url, document, name, fmt, labels = job.printer_url, job.document, job.name, job.format, job.labels
        new_id = self.enqueue(url, document, f"{name} [↻]", fmt, by, labels, reprint_of=job_id, reason=reason)
        with self._db.write() as s:
            audit.record(s, by, "print.reprint", "print_job", str(job_id), new_job=str(new_id), reason=reason)
        return new_id

    def jobs(self, limit: int = 200) -> list[JobView]:
        with self._db.read() as s:
            return [_view(j) for j in s.scalars(select(PrintJob).order_by(PrintJob.created_at.desc()).limit(limit))]

    def find(self, prefix: str) -> uuid.UUID:
        """A job by the first characters of its id, as the CLI shows them."""
        matches = [j.id for j in self.jobs(10_000) if str(j.id).startswith(prefix)]
        if len(matches) != 1:
            raise DomainError(msg("printing.ambiguous_job", prefix=prefix, n=len(matches)))
        return matches[0]
