"""Shipments, SSCC allocation, labels and shipping out through the ledger."""

from __future__ import annotations

import threading
from datetime import date

import pypdfium2 as pdfium
import pytest
import zxingcpp

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import validate_sscc
from logins_desktop.labels import pdf
from logins_desktop.services.shipping import ShippingService, UnitSpec
from logins_desktop.services.stock import StockService
from logins_desktop.settings import Settings

SHIP_TO = ["ReCo Mobile — entrepôt", "Quai 4", "59000 Lille"]


@pytest.fixture
def shipping(demo_db):
    return ShippingService(demo_db, Settings())


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
    shipping.ship(ref, "EXPEDITION", "logistique")
    assert stock.on_hand("KIT-REPRISE", "EXPEDITION") == before - 48
    with pytest.raises(DomainError) as refused:
        shipping.ship(ref, "EXPEDITION", "logistique")
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
