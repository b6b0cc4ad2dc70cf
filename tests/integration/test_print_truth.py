"""The print queue tells the truth (issue #26, printing): a job is printed only when the printer took
all of it; a cut job is interrupted with how many labels had left; a retry needs a choice and never
sends an SSCC twice without a reprint reason; empty jobs are refused."""

from __future__ import annotations

import re

import pytest

from logins_desktop.devices.printers.sim import SimulatedPrinter
from logins_desktop.domain.errors import DomainError
from logins_desktop.services.printing import CHOSEN_LABELS, FROM_FIRST_UNSENT, RESEND_ALL, PrintQueue
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


def test_a_cut_after_1119_of_10000_labels_is_interrupted_with_the_count(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.cut_after_labels = 1119
    job = queue.enqueue(sim.url, job_of(10_000), "expédition", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    view = queue.jobs()[0]
    assert (view.status, view.labels_sent, view.labels) == ("interrupted", 1119, 10_000)
    sim.online = True
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
    # Counted: the labels the printer acknowledged. That is every label it printed, plus those still in
    # its receive buffer when it reset (dropped, yet counted as sent: resuming never prints one twice;
    # the message tells the person to check the last label on paper).
    assert 1119 <= view.labels_sent < 10_000
    queue.retry(job, by="logistique", choice=FROM_FIRST_UNSENT)
    assert queue.run_once() == {job: "printed"}
    assert wait_for(lambda: len(zebra.received) == 2)
    resent = serials(zebra.received[1])
    assert resent[0] == view.labels_sent + 1 and resent[-1] == 10_000
    assert not set(on_paper) & set(resent)


def test_resend_all_needs_a_reason_and_reprinting_chosen_labels_too(db, sim):
    queue = PrintQueue(db, clock=Clock())
    sim.cut_after_labels = 3
    job = queue.enqueue(sim.url, job_of(10), "palettes", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    sim.online = True
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
    assert (view.status, view.labels_sent) == ("interrupted", 4)
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
