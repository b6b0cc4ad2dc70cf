"""Printers by URL, against real byte streams: a loopback TCP label printer, a pseudo-terminal."""

from __future__ import annotations

import os
import socket
import threading

import pytest

from logins_desktop.devices.printers import PrinterError, open_printer
from logins_desktop.devices.printers.zpl_status import host_status_reply, parse_host_status
from logins_desktop.messages import msg
from tests.fake_printer import FakeZebra


@pytest.fixture
def zebra():
    printer = FakeZebra()
    yield printer
    printer.close()


def test_parse_host_status():
    ok = parse_host_status(host_status_reply(remaining=12))
    assert ok.ready and ok.detailed and ok.labels_remaining == 12
    out = parse_host_status(host_status_reply(paper_out=True, head_open=True))
    assert not out.ready and out.paper_out and out.head_open
    said = out.describe()
    assert said == msg("devices.printer.problems", problems=[msg("devices.printer.paper_out"),
                                                          msg("devices.printer.head_open")])
    assert said.text("en") == "out of paper (labels), print head open"
    assert out.to_json("en")["message"] == "out of paper (labels), print head open"
    assert parse_host_status(b"garbage").online is False
    assert out.to_json()["paper_out"] is True and out.to_json()["ready"] is False


def test_tcp_printer_status_and_exact_bytes(zebra):
    printer = open_printer(zebra.url)
    assert printer.status().ready
    zebra.paper_out = True
    status = printer.status()
    assert status.online and status.paper_out and not status.ready
    printer.send(b"^XA^FDbonjour^FS^XZ\n")
    import time
    deadline = time.monotonic() + 3
    while not zebra.received and time.monotonic() < deadline:
        time.sleep(0.02)
    assert zebra.received == [b"^XA^FDbonjour^FS^XZ\n"]


def test_a_printer_that_does_not_answer_is_offline_not_a_hang():
    # A port nobody listens on: connection refused
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    printer = open_printer(f"tcp://127.0.0.1:{port}?timeout=0.5")
    status = printer.status()
    assert status.online is False and status.describe().id == "devices.printer.printer_offline"
    with pytest.raises(PrinterError) as refused:
        printer.send(b"^XA^XZ")
    assert refused.value.message.id == "devices.printer.printer_offline"


def test_a_silent_printer_times_out_as_offline(zebra):
    zebra.answer_status = False
    status = open_printer(zebra.url).status()
    assert status.online is False and status.message.id in ("devices.printer.no_hs_reply",
                                                             "devices.printer.unreadable_hs")


def test_serial_printer_receives_the_exact_bytes():
    master, slave = os.openpty()
    try:
        printer = open_printer(f"serial://{os.ttyname(slave)}?baud=9600")
        received = bytearray()

        def read():
            while len(received) < 22:
                received.extend(os.read(master, 1024))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        printer.send(b"^XA^FO10,10^FDok^FS^XZ")
        reader.join(timeout=5)
        assert bytes(received) == b"^XA^FO10,10^FDok^FS^XZ"
    finally:
        os.close(master)
        os.close(slave)


def test_file_pdf_and_usblp_printers(tmp_path):
    open_printer(f"file://{tmp_path}/out.zpl").send(b"^XA^XZ")
    assert (tmp_path / "out.zpl").read_bytes() == b"^XA^XZ"
    pdf_dir = open_printer(f"pdf://{tmp_path}/pdfs")
    pdf_dir.send(b"%PDF-1.4 a", "etiquettes commande 12")
    pdf_dir.send(b"%PDF-1.4 b", "etiquettes commande 12")
    files = sorted(p.name for p in (tmp_path / "pdfs").iterdir())
    assert len(files) == 2 and all(f.endswith(".pdf") and "etiquettes-commande-12" in f for f in files)
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    lp = open_printer(f"usblp://{device}")
    assert lp.status().online
    lp.send(b"^XA^XZ")
    assert device.read_bytes() == b"^XA^XZ"
    assert open_printer(f"usblp://{tmp_path}/absent").status().online is False


def test_cups_without_cups_is_explained(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat here
    printer = open_printer("cups://Zebra_Quai")
    assert printer.status().online is False and printer.status().message.id == "devices.printer.no_lpstat"
    with pytest.raises(PrinterError) as refused:
        printer.send(b"^XA^XZ")
    assert refused.value.message.id == "devices.printer.no_lp"
