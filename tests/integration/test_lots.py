"""Lots and recall (issue 25): a lot-tracked component's lot is read from its GS1 code or taken
first expired first out, an expired lot is refused at the station, and `trace lot` finds every kit,
order, carton and shipment that holds it, and what is left of it in stock."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pypdfium2
import pytest
from sqlalchemy import select

from logins_desktop.cli import main
from logins_desktop.domain.gs1 import gtin14
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.masterdata import ImportFailed, import_file
from logins_desktop.services.receiving import ReceivingSession
from logins_desktop.services.shipping import ShippingService, UnitSpec
from logins_desktop.services.station import StationService
from logins_desktop.services.stock import StockService
from logins_desktop.services.trace import TraceService
from logins_desktop.services.types import DomainError
from logins_desktop.settings import Settings
from logins_desktop.store.models import Location, MovementKind, StockMovement
from tests.integration.test_station_service import BOX, FIBRA, LEAFLET, POUCH, RETURN_FORM, Clock, scan

LABEL_GTIN = demo_gtin(6)  # ETIQ-PREPAYEE, the kit's last step


def yymmdd(day: date) -> str:
    return f"{day:%y%m%d}"


def label_code(lot: str, expiry: date) -> str:
    """The label's GS1-128: GTIN (01), expiry (17), then the lot (10, variable length, last)."""
    return f"01{gtin14(LABEL_GTIN)}17{yymmdd(expiry)}10{lot}"


@pytest.fixture
def lots_db(demo_db, tmp_path):
    """The prepaid label tracked by lot, with three lots on POSTE-01's line side beside the 150
    labels received before lots were recorded: one expired, one expiring soon, one later."""
    products = tmp_path / "products.csv"
    products.write_text("sku;gtin;name;weight_g;customer;tracking\n"
                        f"ETIQ-PREPAYEE;{LABEL_GTIN};Étiquette de retour prépayée;4;RECO;lot\n", encoding="utf-8")
    import_file(demo_db, "products", products)
    today = date.today()
    stock = tmp_path / "stock.csv"
    stock.write_text("sku;location;quantity;lot;expiry\n"
                     f"ETIQ-PREPAYEE;ATELIER-1;10;L-EXP;{today - timedelta(days=5):%d/%m/%Y}\n"
                     f"ETIQ-PREPAYEE;ATELIER-1;3;L-SOON;{(today + timedelta(days=30)).isoformat()}\n"
                     f"ETIQ-PREPAYEE;ATELIER-1;50;L-LATER;{(today + timedelta(days=200)).isoformat()}\n",
                     encoding="utf-8")
    import_file(demo_db, "stock", stock)
    return demo_db


def label_lines(db) -> list[tuple[str, str, int]]:
    with db.read() as s:
        return [(m.kind, m.lot, m.quantity) for m in s.scalars(
            select(StockMovement).where(StockMovement.kind == MovementKind.CONSUME.value, StockMovement.lot != "")
            .order_by(StockMovement.created_at, StockMovement.line_no))]


def build(station, label: str = LABEL_GTIN, symbology: str | None = None):
    for code in (BOX, POUCH, LEAFLET, RETURN_FORM):
        scan(station, code)
    return scan(station, label, symbology)


def test_kits_take_the_lot_that_expires_first_and_never_the_expired_one(lots_db):
    station = StationService(lots_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for _ in range(4):  # L-SOON's three, then L-LATER: L-EXP is past its date
        assert build(station).kit_completed
    assert label_lines(lots_db) == [("consume", "L-SOON", -1)] * 3 + [("consume", "L-LATER", -1)]
    stock = StockService(lots_db)
    # Found by its code once used up (a recall is mostly about lots that left): no location, 0.
    found = [(x.row.lot, x.row.location, x.row.quantity) for x in stock.lots(date.today(), 30, "soon")]
    assert found == [("L-SOON", "", 0)]
    on_hand = [x.row.lot for x in stock.lots(date.today(), 30) if x.row.sku == "ETIQ-PREPAYEE"]
    assert on_hand == ["L-EXP", "L-LATER"]  # without a search: on hand only
    assert stock.consistency_problems() == [] and stock.negative_stock() == []


def test_the_lot_scanned_is_the_one_recorded_and_an_expired_one_is_refused(lots_db):
    station = StationService(lots_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    done = build(station, label_code("L-LATER", date.today() + timedelta(days=200)), "]C1")
    assert done.kit_completed and done.committed
    assert label_lines(lots_db) == [("consume", "L-LATER", -1)]  # not L-SOON: the worker's label is L-LATER
    # An expired lot: refused in plain words, nothing consumed, the kit waits for another label.
    for code in (BOX, POUCH, LEAFLET, RETURN_FORM):
        scan(station, code)
    refused = scan(station, label_code("L-EXP", date.today() - timedelta(days=5)), "]C1")
    assert refused.outcome == "rejected" and refused.message.id == "lots.expired"
    assert refused.message.args["lot"] == "L-EXP" and not refused.kit_completed
    assert len(label_lines(lots_db)) == 1
    done = scan(station, label_code("L-SOON", date.today() + timedelta(days=30)), "]C1")
    assert done.kit_completed and done.kits_done == 2
    assert label_lines(lots_db) == [("consume", "L-LATER", -1), ("consume", "L-SOON", -1)]


def test_receiving_reads_the_lot_and_expiry_from_the_suppliers_code(lots_db):
    session = ReceivingSession(lots_db, "logistique")
    assert session.scan("RECEPTION").ok
    expiry = date.today() + timedelta(days=400)
    out = session.scan(f"01{gtin14(LABEL_GTIN)}17{yymmdd(expiry)}10L-NEW", "]C1")
    # The demo's open notice announces no labels: received all the same, and said so.
    assert out.ok and out.message.id == "receiving.not_announced"
    received = out.message.args["received"]
    assert received.id == "receiving.received_batch" and received.args["batch"] == "L-NEW"
    with lots_db.read() as s:
        line = s.scalars(select(StockMovement).where(StockMovement.lot == "L-NEW")).one()
        assert (line.kind, line.quantity, line.expiry) == ("receipt", 1, expiry)


def test_trace_lot_finds_its_kits_orders_cartons_and_the_rest_in_stock(lots_db, capsys, tmp_path):
    station = StationService(lots_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for _ in range(2):
        build(station)  # two kits with L-SOON
    shipping = ShippingService(lots_db, Settings())
    ref = shipping.create_shipment("RECO", ["CMD-2026-1101"], "", ["ReCo Mobile", "1 rue du Port"], "logistique")
    sscc = shipping.add_unit(ref, UnitSpec("KIT-REPRISE", 2, order_ref="CMD-2026-1101"), "logistique")
    trace = TraceService(lots_db).lot("ETIQ-PREPAYEE", "L-SOON")
    assert len(trace.kits) == 2 and {k.order for k in trace.kits} == {"CMD-2026-1101"}
    assert [s.ssccs for s in trace.shipments] == [(sscc,)]
    assert trace.in_stock == (("ATELIER-1", 1),)  # three received, two in kits
    # The command line: the JSON keys, and words in either language.
    url = str(lots_db.engine.url)
    assert main(["--db", url, "trace", "lot", "ETIQ-PREPAYEE", "L-SOON", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["kits"]) == 2 and out["orders"] == ["CMD-2026-1101"]
    assert out["shipments"][0]["ssccs"] == [sscc] and out["shipments"][0]["customer"] == "ReCo Mobile (fictif)"
    assert out["in_stock"] == [{"location": "ATELIER-1", "quantity": 1}]
    assert main(["--db", url, "--lang", "en", "trace", "lot", "ETIQ-PREPAYEE", "L-SOON"]) == 0
    said = capsys.readouterr().out
    assert "2 kits, 1 order, 1 shipment" in said and "open: SSCC " + sscc in said and "in stock at ATELIER-1: 1" in said
    # A carton: its order's kits and the lots they used.
    assert main(["--db", url, "trace", "sscc", sscc, "--json"]) == 0
    carton = json.loads(capsys.readouterr().out)
    assert carton["order"] == "CMD-2026-1101" and {"sku": "ETIQ-PREPAYEE", "lot": "L-SOON", "quantity": 2} in carton["lots"]
    # The report for the customer, PDF and CSV, from the command line (the console writes the same).
    pdf, table = tmp_path / "rappel.pdf", tmp_path / "rappel.csv"
    assert main(["--db", url, "--lang", "en", "trace", "lot", "ETIQ-PREPAYEE", "L-SOON", "--pdf", str(pdf),
                 "--csv", str(table)]) == 0
    assert "Recall report for lot L-SOON written" in capsys.readouterr().out
    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(pdf)))
    assert "Recall of lot L-SOON of ETIQ-PREPAYEE" in text and "CMD-2026-1101" in text and sscc in text
    assert "B1001" not in text  # the worker's badge stays in the workshop
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Section", "Reference", "Order", "Customer", "Date", "Quantity", "Detail"]
    assert [r[0] for r in rows[1:]] == ["kit", "kit", "shipment", "stock"]
    assert rows[3][3] == "ReCo Mobile (fictif)" and rows[3][6] == sscc and rows[4][1:2] + rows[4][5:6] == ["ATELIER-1", "1"]


def test_an_unknown_lot_or_carton_is_said_plainly(lots_db, capsys):
    with pytest.raises(DomainError) as unknown:
        TraceService(lots_db).lot("ETIQ-PREPAYEE", "L-NONE")
    assert unknown.value.message.id == "lots.unknown_lot"
    assert main(["--db", str(lots_db.engine.url), "trace", "sscc", "376000000000000000"]) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_tracking_the_import_does_not_know_is_refused_on_its_line(demo_db, tmp_path):
    products = tmp_path / "products.csv"
    products.write_text("sku;gtin;name;weight_g;customer;tracking\nX-1;;Article X;1;RECO;batch\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        import_file(demo_db, "products", products)
    problem = refused.value.problems[0]
    assert (problem.line, problem.column, problem.message.id) == (2, "tracking", "lots.bad_tracking")


def test_the_demo_lots_soonest_expiry_first_the_expired_and_the_expiring_flagged(demo_db):
    """The manager's list of lots (services.stock.lots): one line per lot and location with units,
    the soonest expiry first; the lot past its date and the one within the window are flagged."""
    from logins_desktop.services.stock import Expiry

    today = date.today()
    lines = StockService(demo_db).lots(today, 30)
    keys = [(x.row.sku, x.row.lot, x.row.location) for x in lines]
    assert keys[:2] == [("SAVON-100", "SV2511A", "A-02-01"), ("CREME-MAINS-50", "CM2601C", "ATELIER-2")]
    assert [x.state for x in lines[:3]] == [Expiry.EXPIRED, Expiry.SOON, Expiry.LATER]
    assert [x.row.expiry for x in lines] == sorted(x.row.expiry for x in lines)
    assert sum(x.flagged for x in lines) == 2 and lines[0].row.quantity == 12


def test_picking_proposes_the_lot_that_expires_first_refuses_the_expired_and_moves_the_lot(demo_db, tmp_path):
    """The installation guide tracked by lot: 800 on A-01-02 from before lots were recorded, then
    30 of L-LATER and 5 expired L-EXP there, 20 of L-SOON on B-01-01. The picker brings 50."""
    guide = FIBRA["GUIDE-INSTALL"]
    products = tmp_path / "products.csv"
    products.write_text("sku;gtin;name;weight_g;customer;tracking\n"
                        f"GUIDE-INSTALL;{guide};Guide d'installation;60;FIBRA;lot\n", encoding="utf-8")
    import_file(demo_db, "products", products)
    today = date.today()
    soon, later, past = today + timedelta(days=10), today + timedelta(days=200), today - timedelta(days=3)
    stock = tmp_path / "stock.csv"
    stock.write_text("sku;location;quantity;lot;expiry\n"
                     f"GUIDE-INSTALL;A-01-02;30;L-LATER;{later.isoformat()}\n"
                     f"GUIDE-INSTALL;A-01-02;5;L-EXP;{past.isoformat()}\n"
                     f"GUIDE-INSTALL;B-01-01;20;L-SOON;{soon.isoformat()}\n", encoding="utf-8")
    import_file(demo_db, "stock", stock)
    picker = StationService(demo_db, "POSTE-04", clock=Clock())
    scan(picker, "B1012")
    guides = [(x.location_code, x.lot, x.expiry, x.quantity) for x in picker.state.pick_lines
              if x.sku == "GUIDE-INSTALL"]
    assert guides == [("A-01-02", "L-LATER", later, 30), ("B-01-01", "L-SOON", soon, 20)]  # in walking order
    scan(picker, "A-01-02")

    def gs1(lot: str, expiry: date) -> str:
        return f"01{gtin14(guide)}17{yymmdd(expiry)}10{lot}"

    refused = scan(picker, gs1("L-EXP", past), "]C1")
    assert refused.outcome == "rejected" and refused.message.id == "lots.expired"
    other = scan(picker, gs1("L-OTHER", later), "]C1")
    assert other.outcome == "rejected" and other.message.id == "lots.pick_other_lot"
    assert other.message.args["proposed"] == "L-LATER"
    assert "L-LATER" in other.message.text("en")
    scan(picker, "CMD-QTE-10")
    picked = scan(picker, guide)  # a plain EAN: the lot the list proposes
    assert picked.outcome == "accepted" and picked.message.text() == (
        "Prélevé : Guide d'installation — lot L-LATER 10/30 en A-01-02")
    picked = scan(picker, gs1("L-LATER", later), "]C1")
    assert picked.outcome == "accepted" and picked.message.args["picked"] == 11
    with demo_db.read() as s:
        moved = [(m.location.code, m.lot, m.quantity) for m in s.scalars(
            select(StockMovement).where(StockMovement.kind == MovementKind.PICK.value)
            .order_by(StockMovement.created_at, StockMovement.line_no))]
    assert moved == [("A-01-02", "L-LATER", -10), ("ATELIER-3", "L-LATER", 10),
                     ("A-01-02", "L-LATER", -1), ("ATELIER-3", "L-LATER", 1)]
    undone = scan(picker, "CMD-ANNULER")
    assert undone.message.id == "station.undone_pick"
    stock_service = StockService(demo_db)
    assert stock_service.on_hand("GUIDE-INSTALL", "ATELIER-3") == 10
    with demo_db.read() as s:
        at_station = s.scalars(select(StockMovement).join(StockMovement.location).where(
            Location.code == "ATELIER-3", StockMovement.lot == "L-LATER")).all()
    assert sum(m.quantity for m in at_station) == 10  # the undo took its unit of L-LATER back
    assert stock_service.consistency_problems() == []


def test_a_count_by_lot_corrects_each_lot_and_the_plain_units_stay_as_counted(lots_db):
    """ATELIER-1 holds 150 labels from before lots, 10 of L-EXP, 3 of L-SOON, 50 of L-LATER. The
    count finds the 150, the 3 of L-SOON and 48 of L-LATER; L-EXP was thrown away."""
    from logins_desktop.services.receiving import CountSession

    count = CountSession(lots_db, "logistique")
    count.scan("ATELIER-1")
    later, soon = date.today() + timedelta(days=200), date.today() + timedelta(days=30)
    for quantity, code, symbology in ((75, LABEL_GTIN, None), (75, LABEL_GTIN, None),  # QUANTITÉ: 99 at most
                                      (48, label_code("L-LATER", later), "]C1"), (3, label_code("L-SOON", soon), "]C1")):
        assert count.scan(f"CMD-QTE-{quantity}").ok
        said = count.scan(code, symbology)
        assert said.ok, said.message
    assert said.message.id == "receiving.counted_lot" and said.message.args["lot_expected"] == 3
    label = next(line for line in count.lines.values() if line.sku == "ETIQ-PREPAYEE")
    assert label.lot_differences() == {"L-EXP": -10, "L-LATER": -2}
    count.close("inventaire tournant")
    stock = StockService(lots_db)
    assert stock.on_hand("ETIQ-PREPAYEE", "ATELIER-1") == 201
    lots = {(x.row.lot, x.row.quantity) for x in stock.lots(date.today(), 30)
            if x.row.sku == "ETIQ-PREPAYEE" and x.row.location == "ATELIER-1"}
    assert lots == {("L-SOON", 3), ("L-LATER", 48)}  # the thrown-away lot is no longer listed
    assert stock.consistency_problems() == []


def test_a_serial_tracked_component_is_scanned_one_by_one_recorded_per_kit_and_never_in_two_kits(demo_db, tmp_path):
    """The protective pouch tracked by serial (AI 21): each kit records its pouch's serial; the same
    serial is refused in the same kit and in a later one, until the kit holding it is dismantled."""
    from logins_desktop.services.station import dismantle_kit

    products = tmp_path / "products.csv"
    products.write_text("sku;gtin;name;weight_g;customer;tracking\n"
                        f"POCHETTE-PROT;{POUCH};Pochette de protection;20;RECO;serial\n", encoding="utf-8")
    import_file(demo_db, "products", products)

    def pouch(serial: str) -> str:
        return f"01{gtin14(POUCH)}21{serial}"

    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    scan(station, BOX)
    assert scan(station, POUCH).message.id == "lots.serial_needed"  # a plain EAN: which pouch is it?
    assert scan(station, pouch("SN-0001"), "]C1").outcome == "accepted"
    for code in (LEAFLET, RETURN_FORM, LABEL_GTIN):
        done = scan(station, code)
    assert done.kit_completed
    with demo_db.read() as s:
        serials = [(m.kind, m.lot) for m in s.scalars(select(StockMovement).where(StockMovement.lot == "SN-0001"))]
    assert serials == [("consume", "SN-0001")]
    scan(station, BOX)
    used = scan(station, pouch("SN-0001"), "]C1")
    assert used.outcome == "rejected" and used.message.id == "lots.serial_used"
    assert used.message.args["order"] == "CMD-2026-1101"
    # The kit that holds it dismantled: the pouch goes back with its serial, and may go in a kit again.
    dismantle_kit(demo_db, "CMD-2026-1101", "chef", "pochette abîmée")
    with demo_db.read() as s:
        back = sum(m.quantity for m in s.scalars(select(StockMovement).where(StockMovement.lot == "SN-0001")))
    assert back == 0  # consumed −1, returned +1: the serial's line names it both ways
    assert scan(station, pouch("SN-0001"), "]C1").outcome == "accepted"
    assert StockService(demo_db).consistency_problems() == []


def test_a_serial_is_received_once_one_unit_at_a_time(demo_db, tmp_path):
    """At the dock a serial-tracked unit comes in once: the same label read twice, a count on it, or
    a plain EAN would put units in stock that the station could not tell apart."""
    products = tmp_path / "products.csv"
    products.write_text("sku;gtin;name;weight_g;customer;tracking\n"
                        f"POCHETTE-PROT;{POUCH};Pochette de protection;20;RECO;serial\n", encoding="utf-8")
    import_file(demo_db, "products", products)
    stock = StockService(demo_db)
    before = stock.on_hand("POCHETTE-PROT")
    session = ReceivingSession(demo_db, "logistique")
    session.scan("A-02-01")
    label = f"01{gtin14(POUCH)}21SN-7001"
    assert session.scan(label, "]C1").ok
    again = session.scan(label, "]C1")  # the same label read a second time
    assert not again.ok and again.message.id == "receiving.serial_in_stock"
    assert again.message.args == {"product": "Pochette de protection", "serial": "SN-7001", "location": "A-02-01"}
    session.scan("CMD-QTE-12")
    counted = session.scan(f"01{gtin14(POUCH)}21SN-7002", "]C1")
    assert not counted.ok and counted.message.id == "lots.serial_one_by_one"
    assert session.pending_quantity == 1  # the count is not kept for the next label either
    assert session.scan(POUCH).message.id == "lots.serial_needed"  # a plain EAN: which pouch is it?
    assert stock.on_hand("POCHETTE-PROT") == before + 1
    # Once it has left the stock (a kit consumed it, a return adjusted it out), the serial may come back.
    session.undo_last()
    assert session.scan(label, "]C1").ok
