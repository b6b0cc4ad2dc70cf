"""An order's cost on a worked example to the cent, the CLI's JSON and text, the PDF statement, the monthly
invoice in Excel and CSV."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from logins_desktop.cli import main
from logins_desktop.domain.errors import DomainError
from logins_desktop.services.costing import CostService
from logins_desktop.services.masterdata import import_file
from logins_desktop.services.station import dismantle_kit
from logins_desktop.store import ledger
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    AccompanimentEntry,
    HandlingUnit,
    Location,
    MovementKind,
    Order,
    Product,
    Shipment,
    StockMovement,
    TaskPause,
    TaskSession,
    Worker,
)

DAY = datetime(2026, 11, 12, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def example(db, tmp_path):
    """RECO orders 10 kits of KIT (a box, two notices, a pouch). Four kits made on 12 November, one
    dismantled; two sessions (2 h with a quarter-hour break, then half an hour); an hour of
    accompaniment that is not station time. Rate: 0.85 € a kit, 45 € set-up, quoted 22 s a kit."""
    import_file(db, "products", write(tmp_path, "p.csv", "sku;gtin;name;weight_g;customer;unit_cost\n"
                                      "KIT;;Kit reprise;;RECO;\nBOITE;;Boîte;;RECO;0,0355\n"
                                      "NOTICE;;Notice;;RECO;0.0130\nPOCHETTE;;Pochette;;RECO;\n"
                                      "COFFRET;;Coffret;;RECO;\n"))
    import_file(db, "kits", write(tmp_path, "k.csv", "kit_sku;component_sku;quantity;step\n"
                                  "KIT;BOITE;1;1\nKIT;NOTICE;2;2\nKIT;POCHETTE;1;3\n"))
    import_file(db, "orders", write(tmp_path, "o.csv", "order_ref;customer;sku;quantity;due_date\n"
                                    "CMD-1;RECO;KIT;10;\nCMD-2;RECO;COFFRET;5;\n"))
    import_file(db, "rates", write(tmp_path, "r.csv", "customer;kit_sku;price_per_kit;standard_seconds;setup_fee\n"
                                   "RECO;KIT;0,85;22;45\n"))
    with db.write() as s:
        ids = dict(s.execute(select(Product.sku, Product.id)).all())
        s.add(Location(code="L1", name="ligne 1"))
        worker = Worker(badge="B1", display_name="Ana")
        s.add(worker)
        s.flush()
        loc = s.scalar(select(Location.id).where(Location.code == "L1"))
        order = s.scalars(select(Order).where(Order.ref == "CMD-1")).one()
        ledger.post(s, Posting(key="rcpt", actor="t", lines=tuple(
            Line(MovementKind.RECEIPT, ids[sku], loc, 100) for sku in ("BOITE", "NOTICE", "POCHETTE"))))
        for n in range(4):
            key = f"kit:CMD-1:{n}"
            ledger.post(s, Posting(key=key, actor="B1", order_id=order.id, lines=(
                Line(MovementKind.CONSUME, ids["BOITE"], loc, -1), Line(MovementKind.CONSUME, ids["NOTICE"], loc, -2),
                Line(MovementKind.CONSUME, ids["POCHETTE"], loc, -1), Line(MovementKind.PRODUCE, ids["KIT"], loc, 1))))
            s.flush()
            s.execute(StockMovement.__table__.update().where(StockMovement.posting_key == key)
                      .values(created_at=DAY + timedelta(minutes=10 * n)))
        first = TaskSession(worker_id=worker.id, order_id=order.id, station="P1", started_at=DAY,
                            ended_at=DAY + timedelta(hours=2))
        second = TaskSession(worker_id=worker.id, order_id=order.id, station="P1",
                             started_at=DAY + timedelta(hours=2, minutes=30), ended_at=DAY + timedelta(hours=3))
        s.add_all([first, second])
        s.flush()
        s.add(TaskPause(session_id=first.id, started_at=DAY + timedelta(hours=1),
                        ended_at=DAY + timedelta(hours=1, minutes=15)))
        s.add(AccompanimentEntry(worker_id=worker.id, kind="job_search", day=DAY.date(), minutes=60, author="cip"))
    dismantle_kit(db, "CMD-1", "chef", "notice froissée")
    with db.write() as s:  # the dismantling happened the same day
        s.execute(StockMovement.__table__.update().where(StockMovement.posting_key.startswith("dismantle:"))
                  .values(created_at=DAY + timedelta(hours=4)))
    return db


def test_worked_example_to_the_cent(example):
    view = CostService(example, clock=lambda: NOW).order_cost("CMD-1")
    c = view.cost
    assert (c.kits, c.labour_seconds) == (3, 6300 + 1800)  # the break and the accompaniment hour are not labour
    assert {x.sku: x.quantity for x in view.consumed} == {"BOITE": 3, "NOTICE": 6, "POCHETTE": 3}
    assert c.material == Decimal("0.18")  # 3 x 0.0355 + 6 x 0.0130 = 0.1845
    assert c.unpriced_units == 3
    assert c.revenue == Decimal("47.55")  # 3 x 0.85 + 45
    assert c.margin == Decimal("47.37")
    assert c.seconds_per_kit == Decimal("2700.0")
    assert c.standard_seconds == Decimal("22")
    assert [line.id for line in view.lines()] == [
        "costing.title", "costing.kits", "costing.labour", "costing.per_kit", "costing.material_unpriced",
        "costing.revenue_kit", "costing.margin", "costing.accompaniment"]


def test_cli_json_has_money_as_strings(example, db_url, capsys):
    assert main(["order", "cost", "CMD-1", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("kits", "labour_seconds", "revenue", "standard_seconds", "material", "margin",
                                 "seconds_per_kit")} == {
        "kits": 3, "labour_seconds": 8100, "revenue": "47.55", "standard_seconds": "22", "material": "0.18",
        "margin": "47.37", "seconds_per_kit": "2700.0"}


def test_cli_text_in_french_and_english(example, db_url, capsys):
    assert main(["order", "cost", "CMD-1", "--db", db_url, "--lang", "fr"]) == 0
    french = capsys.readouterr().out
    assert "47,55" in french and "47,37" in french
    assert main(["order", "cost", "CMD-1", "--db", db_url, "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "47.55" in english and "47,55" not in english


def test_unknown_order_is_a_plain_refusal(example, db_url, capsys):
    assert main(["order", "cost", "NOPE", "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert "NOPE" in err and "Traceback" not in err


def test_pdf_statement_carries_the_totals(example, tmp_path):
    import pypdfium2

    out = tmp_path / "releve.pdf"
    CostService(example, clock=lambda: NOW).write_statement("CMD-1", out)
    pdf = pypdfium2.PdfDocument(str(out))
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    assert "CMD-1" in text and "47,55" in text and "47,37" in text and "0,18" in text


def test_invoice_workbook_with_the_expected_totals(example, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "facture.xlsx"
    invoice = CostService(example, clock=lambda: NOW).write_invoice("RECO", "2026-11", out)
    assert invoice.total == Decimal("47.55")
    book = load_workbook(out)
    sheet = book.active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "Article")
    assert all(c.font.bold for c in sheet[header + 1])
    lines = rows[header + 1:]
    assert lines[0][:3] == ["KIT", "Kit reprise", 3] and lines[0][4:] == [0.85, 2.55]
    assert lines[1][0] == "CMD-1" and lines[1][5] == 45
    assert lines[-1][0] == "Total" and lines[-1][5] == pytest.approx(47.55)
    assert sheet.cell(header + 2, 6).number_format.startswith("#,##0.00")
    assert sheet.column_dimensions["B"].width >= 20
    # Nothing in the month after; a bad month, an unknown customer, a wrong suffix refused plainly.
    assert CostService(example).invoice("RECO", "2026-12").lines == ()
    with pytest.raises(DomainError):
        CostService(example).invoice("RECO", "2026-13")
    with pytest.raises(DomainError):
        CostService(example).invoice("NOBODY", "2026-11")
    with pytest.raises(DomainError):
        CostService(example).write_invoice("RECO", "2026-11", tmp_path / "f.pdf")


def test_invoice_csv_with_bom_and_shipped_basis(example, tmp_path, db_url, capsys):
    out = tmp_path / "facture.csv"
    assert main(["invoice", "--customer", "RECO", "--month", "2026-11", "--out", str(out), "--db", db_url]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = [r.split(";") for r in raw.decode("utf-8-sig").splitlines()]
    assert rows[-1] == ["Total", "", "", "", "", "47,55"]
    assert "47,55" in capsys.readouterr().out
    # Invoiced on shipping: the kits of a shipment shipped in the month, its set-up fee with its first kit.
    import_file(example, "rates", write(tmp_path, "r2.csv", "customer;kit_sku;price_per_kit;standard_seconds;"
                                        "setup_fee;invoice_on\nRECO;KIT;0,85;22;45;shipped\n"))
    assert CostService(example).invoice("RECO", "2026-11").lines == ()
    with example.write() as s:
        customer_id = s.scalar(select(Order.customer_id).where(Order.ref == "CMD-1"))
        kit = s.scalar(select(Product.id).where(Product.sku == "KIT"))
        shipment = Shipment(ref="EXP-1", customer_id=customer_id, status="shipped",
                            shipped_at=datetime(2026, 12, 2, 9, tzinfo=UTC))
        s.add(shipment)
        s.flush()
        s.add(HandlingUnit(shipment_id=shipment.id, sscc="037600000000000018", product_id=kit, count=2,
                           order_ref="CMD-1"))
    december = CostService(example).invoice("RECO", "2026-12")
    assert [(x.sku, x.quantity, x.amount) for x in december.lines] == [
        ("KIT", Decimal(2), Decimal("1.70")), ("CMD-1", Decimal(1), Decimal("45.00"))]
    assert december.total == Decimal("46.70")


def test_kits_without_a_rate_card_are_named_not_invoiced(example, tmp_path):
    with example.write() as s:
        order = s.scalars(select(Order).where(Order.ref == "CMD-2")).one()
        loc = s.scalar(select(Location.id).where(Location.code == "L1"))
        ledger.post(s, Posting(key="kit:CMD-2:0", actor="B1", order_id=order.id,
                               lines=(Line(MovementKind.PRODUCE, order.product_id, loc, 1),)))
    invoice = CostService(example).invoice("RECO", datetime.now().strftime("%Y-%m"))
    assert [m.id for m in invoice.unrated] == ["costing.invoice_no_rate"]
    assert invoice.unrated[0].args["sku"] == "COFFRET"


def test_per_hour_card_in_json_and_invoice(example, tmp_path, db_url, capsys):
    import_file(example, "rates", write(tmp_path, "r3.csv", "customer;kit_sku;price_per_kit;standard_seconds;"
                                        "price_per_hour\nRECO;KIT;;420;19,50\n"))
    assert main(["order", "cost", "CMD-1", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["per_hour"], data["standard_seconds"], data["price_per_hour"], data["price_per_kit"]) == (
        True, "420", "19.5", None)
    # 2.25 h x 19.50 = 43.875; the line is the whole card: no setup_fee column, no set-up fee any more
    assert (data["labour_hours"], data["revenue"], data["setup_fee"]) == ("2.25", "43.88", "0.00")
    lines = CostService(example).invoice("RECO", "2026-11").lines
    assert [(x.sku, x.unit, x.quantity, x.amount) for x in lines] == [("KIT", "hour", Decimal("2.25"), Decimal("43.88"))]
