"""The persistent print queue against a loopback label printer that runs out of paper."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from logins_desktop.messages import msg
from logins_desktop.services.printing import PrintQueue
from logins_desktop.store.models import PrintJob
from tests.fake_printer import FakeZebra


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def zebra():
    printer = FakeZebra()
    yield printer
    printer.close()


def wait_for(predicate, timeout=3.0):
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.02)
    return predicate()


def test_out_of_paper_waits_then_prints_exactly_once(db, zebra):
    clock = Clock()
    queue = PrintQueue(db, clock=clock)
    zebra.paper_out = True
    job = queue.enqueue(zebra.url, b"^XA^FDcarton 1^FS^XZ\n", "SSCC 0376…", by="logistique")
    assert queue.run_once() == {job: "waiting"}
    view = queue.jobs()[0]
    assert view.status == "queued" and view.last_error == msg("printing.printer_says", status=msg(
        "devices.printer.problems", problems=[msg("devices.printer.paper_out")]))  # read back from the database
    assert queue.run_once() == {}  # not due yet: backoff
    zebra.paper_out = False  # paper loaded
    clock.advance(60)
    assert queue.run_once() == {job: "printed"}
    assert wait_for(lambda: zebra.received == [b"^XA^FDcarton 1^FS^XZ\n"])
    clock.advance(3600)
    assert queue.run_once() == {}  # printed once, never again
    time.sleep(0.3)
    assert len(zebra.received) == 1
    assert queue.jobs()[0].status == "printed"


def test_the_queue_survives_a_restart(db, zebra):
    zebra.paper_out = True
    first = PrintQueue(db, clock=Clock())
    job = first.enqueue(zebra.url, b"^XA^XZ\n", "étiquette")
    first.run_once()
    zebra.paper_out = False
    again = PrintQueue(db, clock=lambda: Clock().now + timedelta(minutes=5))  # the app restarted later
    assert again.run_once() == {job: "printed"}
    assert wait_for(lambda: zebra.received == [b"^XA^XZ\n"])


def test_offline_printer_and_interrupted_job(db):
    clock = Clock()
    queue = PrintQueue(db, clock=clock)
    job = queue.enqueue("tcp://127.0.0.1:9?timeout=0.3", b"^XA^XZ", "x")
    assert queue.run_once() == {job: "waiting"}
    assert queue.jobs()[0].last_error.id == "devices.printer.printer_offline"  # it names the printer itself
    with db.write() as s:  # the app was killed while the bytes were leaving
        s.get(PrintJob, job).status = "sending"
    assert PrintQueue(db, clock=clock).recover() == 1
    # Nobody knows how far it went: the last label on paper says where it goes on.
    assert (queue.jobs()[0].status, queue.jobs()[0].labels_sent_known) == ("interrupted", False)
    queue.cancel(job, by="logistique")
    assert queue.jobs()[0].status == "cancelled"


def test_reprint_needs_a_reason_and_is_a_new_job(db, zebra):
    queue = PrintQueue(db, clock=Clock())
    job = queue.enqueue(zebra.url, b"^XA^FDsscc^FS^XZ", "palette 1")
    queue.run_once()
    from logins_desktop.domain.errors import DomainError

    with pytest.raises(DomainError, match="motif"):
        queue.reprint(job, " ", "logistique")
    again = queue.reprint(job, "étiquette arrachée au filmage", "logistique")
    assert queue.run_once() == {again: "printed"}
    assert wait_for(lambda: len(zebra.received) == 2)
    assert zebra.received[0] == zebra.received[1]  # the same SSCC label, on purpose


def test_bulk_printing_reports_progress_and_can_be_cancelled(db, tmp_path):
    queue = PrintQueue(db, clock=Clock())
    for n in range(300):
        queue.enqueue(f"pdf://{tmp_path}/out", b"%PDF-1.4 " + str(n).encode(), f"etiquette-{n}", fmt="pdf")
    seen = []
    outcomes = queue.run_once(progress=lambda done, total: seen.append((done, total)),
                              cancelled=lambda: len(seen) >= 120)
    assert len(outcomes) == 120 and seen[-1] == (120, 300)
    assert len(list((tmp_path / "out").iterdir())) == 120
    assert len(queue.run_once()) == 180  # the rest, on the next round
