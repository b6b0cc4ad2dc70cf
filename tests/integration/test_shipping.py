"""Shipments, SSCC allocation, labels and shipping out through the ledger."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, timedelta

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import select

from logins_desktop.devices.printers.sim import SimulatedPrinter
from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import validate_sscc
from logins_desktop.labels import pdf
from logins_desktop.messages import render
from logins_desktop.services.label_printing import LabelPrinting
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.shipping import (
    LABEL_FAILED,
    LABEL_NONE,
    LABEL_PRINTED,
    LABEL_WAITING,
    ShippingService,
    UnitSpec,
)
from logins_desktop.services.stock import Actor, StockService
from logins_desktop.settings import DeviceSettings, PrintingSettings, Settings, ShippingSettings
from logins_desktop.store.models import AuditEntry, HandlingUnit, PrintJob
from tests.sessions import signed_in

SHIP_TO = ["ReCo Mobile — entrepôt", "Quai 4", "59000 Lille"]


@pytest.fixture
def shipping(demo_db):
    return ShippingService(demo_db, Settings())


def printing(demo_db, shipping, url: str, fmt: str = "zpl") -> LabelPrinting:
    settings = replace(Settings(), devices=DeviceSettings(printer=url), printing=PrintingSettings(fmt))
    return LabelPrinting(shipping, PrintQueue(demo_db), settings)


def print_labels(demo_db, shipping, ref: str, url: str) -> dict:
    labels = printing(demo_db, shipping, url)
    labels.print_shipment(ref, "logistique")
    return labels.queue.run_once()


def two_units(shipping) -> str:
    ref = shipping.create_shipment("RECO", ["CMD-2026-1101"], "", SHIP_TO, "logistique")
    for _ in range(2):
        shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 6, order_ref="CMD-2026-1101"), "logistique")
    return ref


def test_units_get_consecutive_never_reused_ssccs(shipping):
    ref = shipping.create_shipment("RECO", ["CMD-2026-1101"], "Transports Exemple", SHIP_TO, "logistique")
    spec = UnitSpec("KIT-REPRISE", 48, batch="L2611-07", net_weight_kg=8.64, order_ref="CMD-2026-1101")
    a, b = shipping.add_unit(ref, spec, "logistique"), shipping.add_unit(ref, spec, "logistique")
    assert validate_sscc(a) and validate_sscc(b)
    assert a[:8] == "03760000" and int(b[8:17]) == int(a[8:17]) + 1


def test_two_stations_allocating_at_once_never_share_an_sscc(shipping):
    ref = shipping.create_shipment("RECO", [], "", SHIP_TO, "logistique")
    got, errors = [], []

    def add():
        try:
            for _ in range(10):
                got.append(shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 1), "x"))
        except Exception as exc:  # pragma: no cover - shown on failure
            errors.append(exc)

    threads = [threading.Thread(target=add) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(got) == 30 and len(set(got)) == 30


def test_a_failed_unit_does_not_burn_or_reuse_a_number(shipping):
    ref = shipping.create_shipment("RECO", [], "", SHIP_TO, "logistique")
    first = shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 1), "x")
    with pytest.raises(DomainError):  # a batch with a space cannot be encoded: refused before saving
        shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 1, batch="LOT 1"), "x")
    second = shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 1), "x")
    assert int(second[8:17]) == int(first[8:17]) + 1


def test_shipment_labels_scan_and_ship_moves_stock_out(shipping, demo_db):
    ref = shipping.create_shipment("RECO", ["CMD-2026-1101"], "Transports Exemple", SHIP_TO, "logistique")
    sscc = shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 48, "L2611-07", date(2027, 12, 31), 8.64, "CMD-2026-1101"),
                             "logistique")
    labels = shipping.labels(ref)
    image = pdfium.PdfDocument(pdf.render(labels))[0].render(scale=300 / 72).to_pil()
    texts = " ".join(r.text for r in zxingcpp.read_barcodes(image))
    assert sscc in texts and "CMD-2026-1101" in texts
    stock = StockService(demo_db)
    before = stock.on_hand("KIT-REPRISE", "EXPEDITION")
    print_labels(demo_db, shipping, ref, "sim://ship-out")
    result = shipping.ship(ref, "logistique")  # from [shipping] location (EXPEDITION by default)
    assert (result.location, result.unprinted, result.message.id) == ("EXPEDITION", 0, "shipping.shipped")
    assert stock.on_hand("KIT-REPRISE", "EXPEDITION") == before - 48
    with pytest.raises(DomainError) as refused:
        shipping.ship(ref, "logistique", "EXPEDITION")
    assert refused.value.message.id == "shipping.already"
    with pytest.raises(DomainError) as refused:
        shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 1), "x")
    assert refused.value.message.id == "shipping.closed"
    assert stock.consistency_problems() == []


def test_unit_data_is_checked_against_every_label_when_the_unit_is_created(shipping):
    ref = shipping.create_shipment("RECO", [], "", SHIP_TO, "logistique")
    # The longest AI 10 and AI 400 a label carries: accepted, and its label can be made.
    sscc = shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 2, batch="L2611-07-ABCDEFGHIJK", net_weight_kg=8.64,
                                           order_ref="CMD-2026-11-0123456789012345-A"), "x")
    [label] = shipping.labels(ref)
    assert label.sscc == sscc and pdf.render([label]).startswith(b"%PDF")
    refused = [
        (UnitSpec("KIT-REPRISE", 1, batch="L1^XZ^XA"), "labels.ai_charset"),
        (UnitSpec("KIT-REPRISE", 1, batch="LOTÉ"), "labels.ai_charset"),
        (UnitSpec("KIT-REPRISE", 1, batch="L" * 21), "labels.ai_length"),
        (UnitSpec("KIT-REPRISE", 1, order_ref="C" * 31), "labels.ai_length"),
        # A valid AI 400 that no barcode of a 100 mm label carries at a readable X-dimension.
        (UnitSpec("KIT-REPRISE", 1, order_ref="ABCDEFGHIJKLMNOPQRSTUVWXYZABCD"), "labels.symbol_too_wide"),
    ]
    for spec, message_id in refused:
        with pytest.raises(DomainError) as caught:
            shipping.add_unit(ref, spec, "x")
        assert caught.value.message.id == message_id, spec
    assert [lab.sscc for lab in shipping.labels(ref)] == [sscc]  # nothing half-saved


def test_a_shipment_waits_until_the_print_queue_says_every_label_is_printed(shipping, demo_db):
    ref = two_units(shipping)
    assert {u.state for u in shipping.unit_labels(ref)} == {LABEL_NONE}
    with pytest.raises(DomainError) as caught:  # no label printed: it does not leave (it left with 0 before)
        shipping.ship(ref, "logistique")
    assert (caught.value.message.id, caught.value.message.args["n"]) == ("shipping.labels_missing", 2)
    printer = SimulatedPrinter("sim://ship-paper")
    printer.jobs.clear()
    printer.paper_out = True
    outcomes = print_labels(demo_db, shipping, ref, "sim://ship-paper")
    assert set(outcomes.values()) == {"waiting", "skipped"}  # queued is not printed
    units = shipping.unit_labels(ref)
    assert [u.state for u in units] == [LABEL_WAITING, LABEL_WAITING]
    assert "papier" in render(units[0].detail)  # why it waits, for the console
    assert shipping.shipments()[0].printed == 0
    with pytest.raises(DomainError) as caught:
        shipping.ship(ref, "logistique")
    assert caught.value.message.args["n"] == 2
    printer.paper_out = False
    queue = PrintQueue(demo_db, clock=lambda: PrintQueue(demo_db)._now() + timedelta(minutes=5))  # past the backoff
    assert set(queue.run_once().values()) == {"printed"}
    assert [u.state for u in shipping.unit_labels(ref)] == [LABEL_PRINTED, LABEL_PRINTED]
    assert shipping.shipments()[0].printed == 2
    assert shipping.ship(ref, "logistique").unprinted == 0
    with demo_db.read() as s:  # the queue's word is kept on the units
        assert all(u.printed_at is not None for u in s.scalars(select(HandlingUnit)))
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.entity_key == ref)).all()[-1] == "shipment.ship"


def test_a_cut_label_is_failed_not_printed(shipping, demo_db):
    ref = two_units(shipping)
    printer = SimulatedPrinter("sim://ship-cut")
    printer.jobs.clear()
    printer.cut_after_labels = 0
    print_labels(demo_db, shipping, ref, "sim://ship-cut")
    states = [u.state for u in shipping.unit_labels(ref)]
    # The first label was cut: failed (a person decides); the queue holds the second for this round.
    assert states == [LABEL_FAILED, LABEL_WAITING]
    detail = shipping.unit_labels(ref)[0].detail
    assert (detail.id, detail.args["sent"], detail.args["total"]) == ("printing.interrupted_count_unknown", 0, 1)
    with pytest.raises(DomainError) as caught:
        shipping.ship(ref, "logistique")
    assert caught.value.message.args["n"] == 2


def test_only_a_signed_in_manager_ships_without_labels_and_the_reason_is_audited(shipping, demo_db):
    ref = two_units(shipping)
    lead = Actor.of(signed_in(demo_db, "chef"))
    with pytest.raises(DomainError) as caught:
        shipping.ship(ref, lead, override_reason="printer_down")
    assert caught.value.message.id == "shipping.override_not_allowed"
    with pytest.raises(DomainError) as caught:  # a name is no right: the session is
        shipping.ship(ref, "logistique", override_reason="printer_down")
    assert caught.value.message.id == "shipping.override_not_allowed"
    manager = Actor.of(signed_in(demo_db, "logistique"))
    with pytest.raises(DomainError) as caught:  # no reason, no override
        shipping.ship(ref, manager, override_reason="  ")
    assert caught.value.message.id == "shipping.labels_missing"
    assert [code for code, _ in shipping.override_reasons()] == ["printed_elsewhere", "printer_down",
                                                                  "carrier_waiting", "other"]
    result = shipping.ship(ref, manager, override_reason="printer_down")
    assert (result.unprinted, result.message.id) == (2, "shipping.shipped_override")
    with demo_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "shipment.ship_override")).one()
        assert entry.actor == "logistique" and entry.entity_key == ref
        assert entry.details["reason"] == "imprimante en panne : étiquettes écrites à la main"
        assert len(entry.details["unprinted"]) == 2


def test_the_shipping_location_and_the_label_format_come_from_settings(demo_db):
    shipping = ShippingService(demo_db, replace(Settings(), shipping=ShippingSettings("NULLE-PART")))
    ref = two_units(shipping)
    labels = printing(demo_db, shipping, "file:///dev/null", "pdf")
    labels.print_shipment(ref, "logistique")
    with demo_db.read() as s:
        jobs = s.scalars(select(PrintJob).order_by(PrintJob.created_at)).all()
        assert [j.format for j in jobs] == ["pdf", "pdf"] and all(j.document.startswith(b"%PDF") for j in jobs)
    manager = Actor.of(signed_in(demo_db, "logistique"))
    with pytest.raises(DomainError, match="emplacement inconnu : « NULLE-PART »"):
        shipping.ship(ref, manager, override_reason="other")
