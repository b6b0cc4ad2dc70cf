"""Issue 25, receiving what was announced: a customer's advance shipping notice imported, received
by scan against it, the last receipt undone, the close recording what was short and over, the
short left expected as a backorder."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete

from logins_desktop.cli import main
from logins_desktop.domain.gs1 import gtin14
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.masterdata import ImportFailed, import_file
from logins_desktop.services.receiving import ReceivingSession, close_notice, open_notices
from logins_desktop.services.stock import StockService
from logins_desktop.services.types import DomainError
from logins_desktop.store.models import ExpectedReceipt, ExpectedReceiptLine

CREAM, SOAP, CASE = demo_gtin(13), demo_gtin(14), demo_gtin(12)
NOTICE = ("reference;sku;quantity;lot;expiry\n"
          "ASN-7;CREME-MAINS-50;48;CM2701A;30/09/2027\n"
          "ASN-7;SAVON-100;24;;\n")


@pytest.fixture
def announced(demo_db, tmp_path):
    with demo_db.write() as s:  # the demo's own notice out of the way: only ASN-7 is expected here
        s.execute(delete(ExpectedReceiptLine))
        s.execute(delete(ExpectedReceipt))
    path = tmp_path / "avis.csv"
    path.write_text(NOTICE, encoding="utf-8")
    report = import_file(demo_db, "receipts", path)
    assert report.counts["created"] == 2
    return demo_db, path


def test_receiving_counts_against_the_notice_and_the_close_leaves_a_backorder(announced, capsys):
    db, path = announced
    session = ReceivingSession(db, "logistique")
    session.scan("A-02-01")
    session.scan("CMD-QTE-24")
    said = session.scan(f"01{gtin14(CREAM)}17270930" + "10CM2701A", "]C1")
    assert said.ok and said.message.id == "receiving.against_notice"
    assert (said.message.args["reference"], said.message.args["got"], said.message.args["left"]) == ("ASN-7", 24, 24)
    session.scan("CMD-QTE-30")
    said = session.scan(SOAP)  # a plain EAN, six more than announced
    assert said.message.args["got"] == 30 and said.message.args["left"] == 0
    said = session.scan(CASE)
    assert said.message.id == "receiving.not_announced"  # received all the same: the goods are here
    stock = StockService(db)
    before = stock.on_hand("ETUI-COFFRET", "A-02-01")
    undone = session.undo_last()
    assert undone.ok and undone.message.id == "receiving.undone"
    assert stock.on_hand("ETUI-COFFRET", "A-02-01") == before - 1
    assert [(n.reference, [(x.sku, x.lot, x.received, x.expected) for x in n.lines]) for n in open_notices(db)] == [
        ("ASN-7", [("CREME-MAINS-50", "CM2701A", 24, 48), ("SAVON-100", "", 30, 24)])]
    lots = {(x.row.lot, x.row.expiry, x.row.quantity) for x in stock.lots(date.today(), 30)
            if x.row.sku == "CREME-MAINS-50" and x.row.location == "A-02-01"}
    assert ("CM2701A", date(2027, 9, 30), 24) in lots  # the lot and expiry from the supplier's code

    closed = close_notice(db, "ASN-7", "logistique")
    assert closed.short == (("CREME-MAINS-50", "CM2701A", 24),) and closed.over == (("SAVON-100", "", 6),)
    assert closed.backorder == "ASN-7-R1"
    assert [(n.reference, [(x.sku, x.lot, x.received, x.expected) for x in n.lines]) for n in open_notices(db)] == [
        ("ASN-7-R1", [("CREME-MAINS-50", "CM2701A", 0, 24)])]
    # The backorder's delivery: a plain EAN of the cream takes the announced lot.
    session.scan("CMD-QTE-24")
    said = session.scan(CREAM)
    assert said.message.args["reference"] == "ASN-7-R1" and said.message.args["left"] == 0
    assert "CM2701A" in said.message.text()
    assert close_notice(db, "ASN-7-R1", "logistique").backorder is None  # all in: nothing left expected
    with pytest.raises(DomainError) as again:
        close_notice(db, "ASN-7", "logistique")
    assert again.value.message.id == "receiving.notice_already_closed"
    # The same file again: the notice is closed, the import says so on its lines and changes nothing.
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "receipts", path)
    assert {p.line for p in refused.value.problems} == {2, 3}
    assert stock.consistency_problems() == []


def test_a_bad_notice_line_is_refused_with_its_number_and_nothing_is_imported(demo_db, tmp_path):
    path = tmp_path / "avis.csv"
    path.write_text("reference;sku;quantity;lot;expiry\nASN-8;SAVON-100;12;;\nASN-8;NOPE;5;;\n"
                    "ASN-8;SAVON-100;3;;\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        import_file(demo_db, "receipts", path)
    assert {(p.line, p.column) for p in refused.value.problems} == {(4, "sku")}  # the same article twice
    path.write_text("reference;sku;quantity;lot;expiry\nASN-8;SAVON-100;12;;\nASN-8;NOPE;5;;\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        import_file(demo_db, "receipts", path)
    assert {(p.line, p.column) for p in refused.value.problems} == {(3, "sku")}  # an article not in the catalogue
    assert [n.reference for n in open_notices(demo_db)] == ["ASN-LAV-0412"]  # the demo's; nothing half-imported


def test_the_command_line_lists_and_closes_in_either_language(announced, capsys):
    db, _path = announced
    url = str(db.engine.url)
    assert main(["--db", url, "--lang", "en", "receipts", "list"]) == 0
    out = capsys.readouterr().out
    assert "ASN-7: CREME-MAINS-50 lot CM2701A — 0/48 received" in out and "SAVON-100 lot — — 0/24" in out
    assert main(["--db", url, "receipts", "close", "ASN-7"]) == 0
    out = capsys.readouterr().out
    assert "Avis ASN-7 clos : 2 lignes manquantes, 0 ligne en trop" in out and "ASN-7-R1" in out
    assert main(["--db", url, "receipts", "close", "ASN-99"]) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_an_unknown_article_is_created_on_the_dock_by_the_manager_and_that_scan_received(demo_db):
    from sqlalchemy import select

    from logins_desktop.domain.gs1 import with_check_digit
    from logins_desktop.services.stock import Actor
    from logins_desktop.store.models import AuditEntry, Product, StockMovement
    from tests.sessions import signed_in

    body = "376999900042"
    new = with_check_digit(body)  # a valid EAN-13 that no article has
    session = ReceivingSession(demo_db, "logistique")
    assert session.scan("RECEPTION").ok
    session.pending_quantity = 12
    refused = session.scan(f"01{gtin14(new)}10NL-01", "]C1")
    assert not refused.ok and refused.message.id == "receiving.unknown_gtin" and session.unknown is not None
    # Only the signed-in manager creates it; a name is needed; nothing is received meanwhile.
    for actor in (Actor("logistique"), Actor.of(signed_in(demo_db, "chef"))):
        assert session.create_article("gel douche", actor).message.id == "receiving.create_not_allowed"
    manager = Actor.of(signed_in(demo_db, "logistique"))
    assert session.create_article("   ", manager).message.id == "receiving.create_needs_name"
    done = session.create_article("gel   douche 250 ml", manager)
    assert done.ok and done.message.id == "receiving.article_created"
    received = done.message.args["received"]  # that very scan, its lot and 12 (the demo's notice names none)
    assert received.id == "receiving.not_announced" and received.args["received"].id == "receiving.received_batch"
    with demo_db.read() as s:
        product = s.scalars(select(Product).where(Product.gtin == new)).one()
        assert (product.sku, product.name, product.tracking) == (new, "Gel douche 250 ml", "lot")
        line = s.scalars(select(StockMovement).where(StockMovement.product_id == product.id)).one()
        assert (line.kind, line.quantity, line.lot) == ("receipt", 12, "NL-01")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "product.create_at_receiving")).one()
        assert entry.actor == "logistique" and entry.entity_key == new
    assert session.unknown is None
    assert session.create_article("encore", manager).message.id == "receiving.nothing_to_create"
    # The next carton of it is an ordinary receipt.
    assert session.scan(new).message.id in ("receiving.received", "receiving.not_announced")


def test_damaged_units_are_refused_noted_on_the_notice_and_expected_again(announced):
    from sqlalchemy import select

    from logins_desktop.store.models import AuditEntry

    db, _path = announced
    stock = StockService(db)
    session = ReceivingSession(db, "logistique")
    session.scan("A-02-01")
    before = stock.on_hand("SAVON-100", "A-02-01")
    session.scan("CMD-QTE-20")
    assert session.scan(SOAP).message.id == "receiving.against_notice"
    session.pending_damaged, session.pending_quantity = True, 3
    refused = session.scan(SOAP)
    assert refused.ok and refused.message.id == "receiving.damaged_on_notice"
    assert refused.message.args["reference"] == "ASN-7" and not session.pending_damaged  # one scan only
    assert stock.on_hand("SAVON-100", "A-02-01") == before + 20  # the damaged three never went into stock
    assert session.received[-1].damaged and session.received[-1].quantity == 3
    # Undone like any line: only the note comes off.
    assert session.undo_last().message.id == "receiving.damaged_undone"
    session.pending_damaged, session.pending_quantity = True, 2
    session.scan(SOAP)
    closed = close_notice(db, "ASN-7", "logistique")
    assert closed.damaged == (("SAVON-100", "", 2),) and ("SAVON-100", "", 4) in closed.short
    assert "abîmés refusés 2 × SAVON-100 (lot —)" in [line.text() for line in closed.lines()]
    # The backorder expects them again (4 short: the 2 damaged and 2 never delivered).
    assert ("SAVON-100", "", 0, 4) in [(x.sku, x.lot, x.received, x.expected) for n in open_notices(db)
                                       for x in n.lines]
    with db.read() as s:
        actions = sorted(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("receiving.damaged%"))))
    assert actions == ["receiving.damaged", "receiving.damaged", "receiving.damaged_undone"]
    assert stock.on_hand("SAVON-100", "A-02-01") == before + 20
