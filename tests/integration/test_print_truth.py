"""The print queue tells the truth (issue #26, printing): a job is printed only when the printer took
all of it; a cut job is interrupted with how many labels had left; a retry needs a choice and never
sends an SSCC twice without a reprint reason; empty jobs are refused."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sqlalchemy import select

from logins_desktop.devices.printers import PrinterError, PrinterStatus
from logins_desktop.devices.printers.sim import SimulatedPrinter
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import make_sscc
from logins_desktop.labels import zpl
from logins_desktop.labels.model import demo_label
from logins_desktop.messages import render
from logins_desktop.services.printing import (
    AFTER_LAST_ON_PAPER,
    CHOSEN_LABELS,
    FROM_FIRST_UNSENT,
    RESEND_ALL,
    PrintQueue,
    label_named,
    zpl_labels,
)
from logins_desktop.store.models import AuditEntry, PrintJob
from tests.fake_printer import FakeZebra
from tests.integration.test_print_queue import Clock, wait_for


def job_of(n: int, padding: int = 0) -> bytes:
    """n labels, each with its own SSCC-like serial; `padding` makes each label as big as a real one."""
    pad = "^FO0,0^GB10,10,1^FS" * padding
    return "".join(f"^XA{pad}^FO10,10^FD{serial:018d}^FS^XZ\n" for serial in range(1, n + 1)).encode()


def serials(data: bytes) -> list[int]:
    return [int(s) for s in re.findall(rb"\^FD(\d{18})\^FS", data)]


@pytest.fixture
def zebra():
    printer = FakeZebra()
    yield printer
    printer.close()


@pytest.fixture
def sim(request):
    printer = SimulatedPrinter(f"sim://{request.node.name}")
    printer.jobs.clear()
    printer.online, printer.cut_after_labels = True, None
    return printer


def error_id(call) -> tuple[str, dict]:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value.message.id, dict(caught.value.message.args)


def test_a_pause_after_1119_of_10000_labels_is_interrupted_with_the_printers_count(db, sim):
    """A printer that stopped and said what waits in its buffer gives a count to resume from."""
    queue = PrintQueue(db, clock=Clock())
    sim.pause_after_labels = 1119
    job = queue.enqueue(sim.url, job_of(10_000), "expédition", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    view = queue.jobs()[0]
    assert (view.status, view.labels_sent, view.labels, view.labels_sent_known) == ("interrupted", 1119, 10_000, True)
    sim.paused = False
    assert queue.run_once() == {}  # never resent by itself
    # A retry must say how: nothing is sent without a choice.
    assert error_id(lambda: queue.retry(job, by="logistique")) == (
        "printing.retry_needs_choice", {"job": str(job)[:8], "sent": 1119, "total": 10_000, "next": 1120})
    assert error_id(lambda: queue.retry(job, by="logistique", choice=RESEND_ALL)) == (
        "printing.resend_needs_reason", {"n": 1119})
    assert queue.retry(job, by="logistique", choice=FROM_FIRST_UNSENT) == job
    assert queue.run_once() == {job: "printed"}
    printed = [n for _, data in sim.jobs for n in serials(data)]
    assert printed == list(range(1, 10_001))  # every SSCC once, in order
    assert queue.jobs()[0].labels_sent == 10_000


def test_after_a_cut_the_job_goes_on_after_the_last_label_on_paper(db, sim):
    """A cut connection says only what the printer acknowledged: a person reads the last label."""
    queue = PrintQueue(db, clock=Clock())
    sim.cut_after_labels = 1119
    job = queue.enqueue(sim.url, job_of(10_000), "expédition", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    view = queue.jobs()[0]
    assert (view.labels_sent, view.labels_sent_known) == (1119, False)
    assert view.last_error.id == "printing.interrupted_count_unknown"
    sim.online = True
    read_it = ("printing.read_last_label", {"job": str(job)[:8], "sent": 1119, "total": 10_000})
    assert error_id(lambda: queue.retry(job, by="logistique")) == read_it
    assert error_id(lambda: queue.retry(job, by="logistique", choice=FROM_FIRST_UNSENT)) == read_it
    assert error_id(lambda: queue.retry(job, by="logistique", choice=AFTER_LAST_ON_PAPER)) == read_it
    assert error_id(lambda: queue.last_label_named(job, "10001")) == (
        "printing.label_out_of_range", {"number": 10_001, "total": 10_000})
    assert error_id(lambda: queue.last_label_named(job, "CARTON-7")) == (
        "printing.not_a_label_of_job", {"code": "CARTON-7", "total": 10_000})
    last = queue.last_label_named(job, " 1119 ")  # typed on the keypad
    assert queue.retry(job, by="logistique", choice=AFTER_LAST_ON_PAPER, last_on_paper=last) == job
    assert render(queue.resumed_message(job)) == f"travail {str(job)[:8]} : reprise après l'étiquette 1\u202f119, la suivante est la 1\u202f120"
    assert queue.run_once() == {job: "printed"}
    assert [n for _, data in sim.jobs for n in serials(data)] == list(range(1, 10_001))


def test_a_simulated_printer_told_by_its_address_cuts_its_first_job(db):
    queue = PrintQueue(db, clock=Clock())
    url = "sim://cut-by-address?cut_after=2"
    SimulatedPrinter(url).jobs.clear()
    first, second = (queue.enqueue(url, job_of(4), name, by="l") for name in ("a", "b"))
    assert queue.run_once() == {first: "interrupted", second: "skipped"}
    assert queue.jobs()[-1].labels_sent == 2
    SimulatedPrinter(url).online = True
    assert queue.run_once() == {second: "printed"}  # the cut was for its first job only


def test_the_last_label_on_paper_decides_and_what_an_earlier_attempt_printed_needs_a_reason(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.cut_after_labels = 500
    job = queue.enqueue(sim.url, job_of(1000), "palettes", by="logistique")
    queue.run_once()
    sim.online = True
    queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=500)
    sim.cut_after_labels = 300
    assert queue.run_once() == {job: "interrupted"}
    assert (queue.jobs()[0].labels_sent, queue.jobs()[0].labels_sent_known) == (800, False)
    sim.online = True
    # 1 to 500 came out in the first attempt: saying less than that prints them again, so a reason.
    assert error_id(lambda: queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=450)) == (
        "printing.resend_needs_reason", {"n": 50})
    # Within this attempt the paper decides, whatever was acknowledged: no reason asked.
    queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=800)
    assert queue.run_once() == {job: "printed"}
    assert [n for _, data in sim.jobs for n in serials(data)] == list(range(1, 1001))  # each once, none left out
    with db.read() as s:
        said = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "print.retry")).all()
    assert sorted(d["last_on_paper"] for d in said) == [500, 800]  # who read which label, audited


def test_after_a_cut_nothing_is_sent_again_on_the_acknowledged_count_alone(db, sim):
    """Chosen labels and "resend all" need a reason whatever the count says: any label may be out."""
    queue = PrintQueue(db, clock=Clock())
    sim.cut_after_labels = 3
    job = queue.enqueue(sim.url, job_of(10), "palettes", by="logistique")
    queue.run_once()
    sim.online = True
    assert error_id(lambda: queue.retry(job, by="l", choice=CHOSEN_LABELS, labels=[4, 5])) == (
        "printing.resend_needs_reason", {"n": 2})
    recovered = queue.enqueue(sim.url, job_of(2), "cartons", by="logistique")
    with db.write() as s:  # the app was killed while it was sending: none counted, none known
        s.get(PrintJob, recovered).status = "sending"
    queue.recover()
    assert error_id(lambda: queue.retry(recovered, by="l", choice=RESEND_ALL)) == (
        "printing.resend_after_cut_needs_reason", {"job": str(recovered)[:8]})
    assert queue.retry(recovered, by="l", choice=RESEND_ALL, reason="rien n'est sorti") == recovered


def test_a_printers_own_count_cannot_be_passed_by_a_reading(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.pause_after_labels = 3
    job = queue.enqueue(sim.url, job_of(10), "palettes", by="logistique")
    queue.run_once()
    sim.paused = False
    # It said 3 came out and cancelled the rest: 10 on paper would leave 4 to 10 never printed.
    assert error_id(lambda: queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=10)) == (
        "printing.beyond_printed", {"job": str(job)[:8], "sent": 3, "next": 4})


def test_a_job_not_in_labels_does_not_go_on_after_a_label(db):
    queue = PrintQueue(db, clock=Clock())
    job = queue.enqueue("sim://pdf-job", b"%PDF-1.4 three pages", "cartons.pdf", fmt="pdf", labels=3)
    with db.write() as s:
        s.get(PrintJob, job).status = "sending"
    queue.recover()
    assert error_id(lambda: queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=2)) == (
        "printing.not_splittable", {"format": "pdf"})


class ReadThenReset:
    """A printer that reads and prints, then resets before acknowledging all it printed: it
    acknowledged `acknowledged` bytes of the first job; the next ones it takes whole."""

    def __init__(self, acknowledged: int):
        self.acknowledged, self.sent = acknowledged, []

    def status(self):
        return PrinterStatus(online=True)

    def send(self, data, name=""):
        self.sent.append(data)
        if len(self.sent) == 1:
            raise PrinterError("reset", sent=self.acknowledged, left=len(data))


def test_a_cut_with_nothing_acknowledged_but_bytes_gone_is_not_resent_by_itself(db):
    printer = ReadThenReset(acknowledged=0)
    queue = PrintQueue(db, printer_factory=lambda url: printer, clock=Clock())
    job = queue.enqueue("tcp://printer", job_of(2), "carton", by="logistique")
    assert queue.run_once() == {job: "interrupted"}  # 0 acknowledged is not 0 sent
    assert (queue.jobs()[0].labels_sent, queue.jobs()[0].labels_sent_known) == (0, False)
    assert queue.run_once() == {} and len(printer.sent) == 1


def test_the_job_goes_on_after_the_label_read_not_after_the_acknowledged_count(db):
    one_label = len(job_of(1))
    printer = ReadThenReset(acknowledged=one_label)  # 1 acknowledged; 3 on paper
    queue = PrintQueue(db, printer_factory=lambda url: printer, clock=Clock())
    job = queue.enqueue("tcp://printer", job_of(6), "cartons", by="logistique")
    queue.run_once()
    assert queue.jobs()[0].labels_sent == 1
    queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=3)
    assert queue.run_once() == {job: "printed"}
    assert serials(printer.sent[1]) == [4, 5, 6]


def test_every_label_on_paper_leaves_the_job_printed_without_sending(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.cut_after_labels = 3
    job = queue.enqueue(sim.url, job_of(4), "palettes", by="logistique")
    queue.run_once()
    sim.online = True
    sent = len(sim.jobs)
    queue.retry(job, by="l", choice=AFTER_LAST_ON_PAPER, last_on_paper=4)  # the 4th came out before the cut
    assert queue.jobs()[0].status == "printed" and queue.run_once() == {} and len(sim.jobs) == sent
    assert render(queue.resumed_message(job)) == f"travail {str(job)[:8]} : ses 4 étiquettes sont sorties, il est noté imprimé"


def test_a_label_is_named_by_its_number_or_by_scanning_its_sscc():
    ssccs = [make_sscc(3, "7612345", serial) for serial in (41, 42, 43)]
    pieces = zpl_labels("".join(zpl.render(demo_label(sscc)) for sscc in ssccs).encode())
    assert [label_named(pieces, "00" + sscc) for sscc in ssccs] == [1, 2, 3]  # GS1-128, no symbology sent
    assert label_named(pieces, ssccs[1]) == 2  # the 18 digits alone (the human-readable line)
    assert label_named(pieces, "0") == 0  # none came out
    with pytest.raises(DomainError) as caught:  # the product's EAN on a carton names no carton
        label_named(zpl_labels(zpl.render(replace(demo_label(ssccs[0]), gtin="3760000000017")).encode()),
                    "3760000000017")
    assert caught.value.message.id == "printing.not_a_label_of_job"
    with pytest.raises(DomainError) as caught:
        label_named(pieces, "00" + make_sscc(3, "7612345", 44))
    assert caught.value.message.id == "printing.not_a_label_of_job"
    twice = zpl_labels((zpl.render(demo_label(ssccs[0])) * 2).encode())
    with pytest.raises(DomainError) as caught:
        label_named(twice, "00" + ssccs[0])
    assert dict(caught.value.message.args) == {"code": "00" + ssccs[0], "n": 2}


def test_a_printer_resetting_the_connection_mid_job_never_leaves_it_printed(db, zebra):
    queue = PrintQueue(db, clock=Clock())
    zebra.reset_after_labels = 1119
    job = queue.enqueue(zebra.url, job_of(10_000, padding=60), "expédition", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    assert wait_for(lambda: len(zebra.received) == 1)
    on_paper = serials(zebra.received[0])
    assert on_paper == list(range(1, 1120))
    view = queue.jobs()[0]
    assert view.status == "interrupted"
    # Counted: the labels the printer acknowledged. That can be more than it printed (its receive buffer,
    # dropped at the reset) or fewer (it read bytes and reset before acknowledging them: seen in CI,
    # 1111 acknowledged with 1119 on paper). So the count is not known, and the paper decides.
    assert 0 < view.labels_sent < 10_000 and not view.labels_sent_known
    assert error_id(lambda: queue.retry(job, by="logistique", choice=FROM_FIRST_UNSENT))[0] == "printing.read_last_label"
    last = queue.last_label_named(job, "000000000000001119")  # the last label's number field, scanned
    queue.retry(job, by="logistique", choice=AFTER_LAST_ON_PAPER, last_on_paper=last)
    assert queue.run_once() == {job: "printed"}
    assert wait_for(lambda: len(zebra.received) == 2)
    resent = serials(zebra.received[1])
    assert resent[0] == 1120 and resent[-1] == 10_000
    assert not set(on_paper) & set(resent)


def test_resend_all_needs_a_reason_and_reprinting_chosen_labels_too(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.pause_after_labels = 3  # the printer's own count: 3 out, the rest cancelled
    job = queue.enqueue(sim.url, job_of(10), "palettes", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    sim.paused = False
    # Chosen labels: unsent ones go without a reason; an already sent one needs it.
    assert error_id(lambda: queue.retry(job, by="l", choice=CHOSEN_LABELS, labels=[3, 7])) == (
        "printing.resend_needs_reason", {"n": 1})
    assert error_id(lambda: queue.retry(job, by="l", choice=CHOSEN_LABELS, labels=[11])) == (
        "printing.label_out_of_range", {"number": 11, "total": 10})
    extra = queue.retry(job, by="l", choice=CHOSEN_LABELS, labels=[7, 4])
    assert extra != job and queue.run_once() == {extra: "printed"}
    assert serials(sim.jobs[-1][1]) == [4, 7]
    again = queue.retry(job, by="l", choice=CHOSEN_LABELS, labels=[2], reason="étiquette froissée")
    assert queue.run_once() == {again: "printed"} and serials(sim.jobs[-1][1]) == [2]
    assert queue.retry(job, by="l", choice=RESEND_ALL, reason="rouleau changé, tout refaire") == job
    assert queue.run_once() == {job: "printed"} and serials(sim.jobs[-1][1]) == list(range(1, 11))
    assert error_id(lambda: queue.retry(job, by="l", choice=RESEND_ALL))[0] == "printing.nothing_to_retry"


def test_nothing_sent_before_the_cut_waits_and_retries_by_itself(db):
    queue = PrintQueue(db, clock=Clock())
    job = queue.enqueue("tcp://127.0.0.1:9?timeout=0.3", job_of(2), "x")
    assert queue.run_once() == {job: "waiting"}
    assert queue.jobs()[0].status == "queued" and queue.jobs()[0].labels_sent == 0


@pytest.mark.parametrize("document, fmt, message_id", [
    (b"", "zpl", "printing.empty_job"), (b"  \n", "zpl", "printing.empty_job"), (b"", "pdf", "printing.empty_job"),
    (b"^XA^FDno end", "zpl", "printing.no_label"), (b"hello", "zpl", "printing.no_label"),
])
def test_an_empty_job_is_refused_not_printed(db, document, fmt, message_id):
    queue = PrintQueue(db, clock=Clock())
    assert error_id(lambda: queue.enqueue("sim://x", document, "vide.zpl", fmt))[0] == message_id
    assert queue.jobs() == []


def test_labels_are_counted_from_the_zpl_not_taken_from_the_caller(db, sim):
    queue = PrintQueue(db, clock=Clock())
    queue.enqueue(sim.url, job_of(7), "sept", labels=1)
    assert queue.jobs()[0].labels == 7


def test_a_network_printer_that_pauses_mid_job_is_interrupted_with_what_it_printed(db, zebra):
    """The bytes all arrived, but the printer paused after 30 labels (roll ended): asked ~HS after
    the job, it still holds 70 formats. They are cancelled (~JA) so they cannot come out later on top
    of a resend, and the job is interrupted at 30, not printed."""
    queue = PrintQueue(db, clock=Clock())
    zebra.pause_after_labels = 30
    job = queue.enqueue(zebra.url, job_of(100), "palettes", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    assert wait_for(lambda: len(zebra.received) == 1)
    assert serials(zebra.received[0]) == list(range(1, 31))
    assert wait_for(lambda: zebra.commands[-1:] == [b"~JA"])  # its own connection, served in turn
    assert zebra.commands[-2:] == [b"~HS", b"~JA"] and zebra.buffered == []
    view = queue.jobs()[0]
    assert (view.status, view.labels_sent, view.labels) == ("interrupted", 30, 100)
    detail = view.last_error.args["detail"]  # the queue's "interrupted", with what the printer said
    assert (detail.id, detail.args["printed"], detail.args["waiting"]) == ("devices.printer.stopped_mid_job", 30, 70)
    zebra.paused = False  # roll changed, printer resumed: from label 31, each SSCC once
    queue.retry(job, by="logistique", choice=FROM_FIRST_UNSENT)
    assert queue.run_once() == {job: "printed"}
    assert wait_for(lambda: len(zebra.received) == 2)
    assert serials(zebra.received[1]) == list(range(31, 101))


def test_a_printer_ready_after_the_job_leaves_it_printed(db, zebra):
    queue = PrintQueue(db, clock=Clock())
    job = queue.enqueue(zebra.url, job_of(5), "cartons", by="logistique")
    assert queue.run_once() == {job: "printed"}
    assert zebra.commands == [b"~HS", b"~HS"]  # asked before and after the job
    assert wait_for(lambda: len(zebra.received) == 1) and serials(zebra.received[0]) == [1, 2, 3, 4, 5]


def test_a_printer_silent_after_the_job_is_interrupted_not_printed(db, zebra, monkeypatch):
    """Acknowledged, then no answer to ~HS: nobody can say what came out, so a person checks."""
    queue = PrintQueue(db, clock=Clock())
    from logins_desktop.devices.printers import tcp

    real_send = tcp.TcpPrinter._send_bytes

    def send_then_go_silent(self, data):
        real_send(self, data)
        zebra.answer_status = False
    monkeypatch.setattr(tcp.TcpPrinter, "_send_bytes", send_then_go_silent)
    job = queue.enqueue(zebra.url, job_of(4), "cartons", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    view = queue.jobs()[0]
    assert (view.status, view.labels_sent, view.labels_sent_known) == ("interrupted", 4, False)
    assert view.last_error.args["detail"].id == "devices.printer.silent_after_job"


def test_the_simulated_printer_pauses_like_a_real_one(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.pause_after_labels = 2
    job = queue.enqueue(sim.url, job_of(5), "cartons", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    assert queue.jobs()[0].labels_sent == 2 and sim.status().paused
    assert queue.run_once() == {}  # never resent by itself
    sim.paused = False
    queue.retry(job, by="logistique", choice=FROM_FIRST_UNSENT)
    assert queue.run_once() == {job: "printed"}
    assert [n for _, data in sim.jobs for n in serials(data)] == [1, 2, 3, 4, 5]
