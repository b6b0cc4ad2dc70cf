"""Orders imported from an Excel workbook (.xlsx, openpyxl read-only): the same columns, rules and
line-numbered refusals as the CSV import (the row as Excel numbers it), nothing half-imported."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from logins_desktop.cli import main
from logins_desktop.services.masterdata import ImportFailed, import_file
from logins_desktop.store.models import Order


def workbook(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def catalogue(db, tmp_path):
    (tmp_path / "p.csv").write_text("sku;gtin;name;weight_g;customer\nKIT;;Kit;;RECO\nCOFFRET;;Coffret;;LAVANDE\n",
                                    encoding="utf-8")
    import_file(db, "products", tmp_path / "p.csv")
    return db


def orders(db):
    with db.read() as s:
        return {o.ref: (o.customer.code, o.product.sku, o.quantity, o.due_date) for o in s.scalars(select(Order))}


def test_a_customers_workbook_with_typed_cells(catalogue, tmp_path):
    path = workbook(tmp_path / "commandes.xlsx", [
        ["Order_ref", "customer", "sku", "quantity", "due_date", "remarque"],
        ["CMD-1", "RECO", "KIT", 1500, datetime(2026, 12, 15), "colonne en trop"],
        [None, None, None, None, None],  # a blank row is skipped
        ["CMD-2", "LAVANDE", "COFFRET", 120.0, "2026-12-20"],  # a whole number Excel stored as a float
        ["CMD-3", "RECO", "KIT", "40", None],
    ])
    seen = []
    report = import_file(catalogue, "orders", path, progress=lambda *p: seen.append(p))
    assert (report.counts["created"], report.encoding) == (3, "xlsx")
    assert seen[0] == ("checking", 1, 1) and seen[-1][0] == "writing" and seen[-1][1] == seen[-1][2] == 3
    assert orders(catalogue) == {"CMD-1": ("RECO", "KIT", 1500, date(2026, 12, 15)),
                                 "CMD-2": ("LAVANDE", "COFFRET", 120, date(2026, 12, 20)),
                                 "CMD-3": ("RECO", "KIT", 40, None)}
    again = import_file(catalogue, "orders", path)
    assert again.counts["unchanged"] == 3


def test_rows_shorter_than_the_header_have_empty_cells_as_excel_stores_them(catalogue, tmp_path):
    from openpyxl import Workbook

    book = Workbook(write_only=True)  # no sheet dimension, no cell after a row's last value
    sheet = book.create_sheet()
    sheet.append(["order_ref", "customer", "sku", "quantity", "due_date"])
    sheet.append(["CMD-1", "RECO", "KIT", 10])
    book.save(tmp_path / "court.xlsx")
    import_file(catalogue, "orders", tmp_path / "court.xlsx")
    assert orders(catalogue) == {"CMD-1": ("RECO", "KIT", 10, None)}


def test_bad_rows_are_named_by_their_excel_row_and_nothing_is_imported(catalogue, tmp_path):
    path = workbook(tmp_path / "commandes.xlsx", [
        ["order_ref", "customer", "sku", "quantity", "due_date"],
        ["CMD-1", "RECO", "KIT", 10, None],
        [None],
        ["CMD-2", "RECO", "KIT", 2.5, None],  # not a count
        ["CMD-3", "RECO", "NOPE", 3, None],  # an unknown product (found when writing)
        ["CMD-1", "RECO", "KIT", 4, None],  # the key twice
        ["CMD-4", "RECO", "KIT", 4, "31/12/2026"],
    ])
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "orders", path)
    found = [(p.file, p.line, p.column, p.message.id) for p in refused.value.problems]
    assert found == [("commandes.xlsx", 4, "quantity", "import.not_integer"),
                     ("commandes.xlsx", 6, "order_ref", "import.duplicate_key"),
                     ("commandes.xlsx", 7, "due_date", "import.bad_date")]
    with catalogue.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 0
    # Once the cells are right, the unknown product is named at its row (the write step), still nothing kept.
    path = workbook(tmp_path / "c2.xlsx", [["order_ref", "customer", "sku", "quantity", "due_date"],
                                           ["CMD-1", "RECO", "KIT", 10, None], ["CMD-3", "RECO", "NOPE", 3, None]])
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "orders", path)
    assert [(p.line, p.column, p.message.id) for p in refused.value.problems] == [(3, "sku", "import.unknown_product")]
    assert orders(catalogue) == {}


def test_header_checks_and_a_file_that_is_not_a_workbook(catalogue, tmp_path):
    path = workbook(tmp_path / "c.xlsx", [["order_ref", "customer", "sku", "sku", "due_date"]])
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "orders", path)
    assert {(p.line, p.column, p.message.id) for p in refused.value.problems} == {
        (1, "quantity", "import.missing_column"), (1, "sku", "import.duplicate_column")}
    fake = tmp_path / "faux.xlsx"
    fake.write_bytes(b"order_ref;customer\n")
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "orders", fake)
    assert [(p.line, p.message.id) for p in refused.value.problems] == [(1, "import.bad_workbook")]
    empty = workbook(tmp_path / "vide.xlsx", [])
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "orders", empty)
    assert [p.message.id for p in refused.value.problems] == ["import.empty"]


def test_command_line_imports_a_workbook(catalogue, db_url, tmp_path, capsys):
    path = workbook(tmp_path / "commandes.xlsx", [["order_ref", "customer", "sku", "quantity", "due_date"],
                                                  ["CMD-9", "RECO", "KIT", 7, None]])
    assert main(["import", "orders", str(path), "--db", db_url]) == 0
    assert orders(catalogue)["CMD-9"][2] == 7
    bad = workbook(tmp_path / "bad.xlsx", [["order_ref", "customer", "sku", "quantity", "due_date"],
                                           ["CMD-10", "RECO", "KIT", -7, None]])
    assert main(["import", "orders", str(bad), "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert "bad.xlsx" in err and "Traceback" not in err


def test_products_and_rates_from_workbooks_with_typed_numbers(db, tmp_path):
    from decimal import Decimal

    from logins_desktop.store.models import Product, RateCard

    workbook(tmp_path / "articles.xlsx", [["sku", "gtin", "name", "weight_g", "customer", "unit_cost"],
                                           ["KIT", None, "Kit", None, "RECO", None],
                                           ["BOITE", "4006381333931", "Boîte", 95.5, "RECO", 0.035]])
    import_file(db, "products", tmp_path / "articles.xlsx")
    workbook(tmp_path / "tarifs.xlsx", [["customer", "kit_sku", "price_per_kit", "standard_seconds", "setup_fee"],
                                         ["RECO", "KIT", 0.85, 22, 45]])
    import_file(db, "rates", tmp_path / "tarifs.xlsx")
    with db.read() as s:
        assert s.execute(select(Product.gtin, Product.weight_g, Product.unit_cost).where(Product.sku == "BOITE")).one() \
            == ("4006381333931", 95.5, Decimal("0.0350"))
        card = s.scalars(select(RateCard)).one()
        assert (card.price_per_kit, card.setup_fee, card.standard_seconds) == (Decimal("0.85"), Decimal(45), Decimal(22))
