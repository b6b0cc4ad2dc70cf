"""Rate cards and unit costs imported: exact decimals (comma or point), one price per line, the
customer's invoice basis, line-numbered refusals and nothing half-imported."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from logins_desktop.services.masterdata import ImportFailed, import_file
from logins_desktop.store.models import Customer, Product, RateCard

PRODUCTS = "sku;gtin;name;weight_g;customer;unit_cost\nKIT;;Kit;;RECO;\nBOITE;;Boîte;;RECO;0,0350\nNOTICE;;Notice;;RECO;0.01\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def cards(db):
    with db.read() as s:
        return {(c.customer.code, c.kit.sku): (c.price_per_kit, c.price_per_hour, c.setup_fee, c.standard_seconds)
                for c in s.scalars(select(RateCard))}


@pytest.fixture
def catalogue(db, tmp_path):
    import_file(db, "products", write(tmp_path, "products.csv", PRODUCTS))
    return db


def test_unit_cost_is_an_exact_decimal_and_a_file_without_it_keeps_it(catalogue, tmp_path):
    db = catalogue
    with db.read() as s:
        costs = dict(s.execute(select(Product.sku, Product.unit_cost)).all())
    assert costs == {"KIT": None, "BOITE": Decimal("0.0350"), "NOTICE": Decimal("0.0100")}
    import_file(db, "products", write(tmp_path, "p2.csv", "sku;gtin;name;weight_g;customer\nBOITE;;Boîte pliée;;RECO\n"))
    with db.read() as s:
        assert s.scalar(select(Product.unit_cost).where(Product.sku == "BOITE")) == Decimal("0.0350")


def test_rates_per_kit_and_per_hour_with_decimal_comma(catalogue, tmp_path):
    text = ("customer;kit_sku;price_per_kit;standard_seconds;price_per_hour;setup_fee;invoice_on\n"
            "RECO;KIT;0,85;22;;45,00;shipped\n"
            "LAVANDE;KIT;;45.5;18,40;;\n")
    report = import_file(catalogue, "rates", write(tmp_path, "tarifs.csv", text))
    assert report.counts["created"] == 2
    assert cards(catalogue) == {
        ("RECO", "KIT"): (Decimal("0.85"), None, Decimal("45"), Decimal("22")),
        ("LAVANDE", "KIT"): (None, Decimal("18.40"), Decimal("0"), Decimal("45.5")),
    }
    with catalogue.read() as s:
        assert dict(s.execute(select(Customer.code, Customer.invoice_basis)).all()) == {
            "RECO": "shipped", "LAVANDE": "completed"}
    again = import_file(catalogue, "rates", write(tmp_path, "tarifs.csv", text.replace("0,85", "0,90")))
    assert (again.counts["updated"], again.counts["unchanged"]) == (1, 1)
    assert cards(catalogue)[("RECO", "KIT")][0] == Decimal("0.90")


@pytest.mark.parametrize(("line", "column", "message"), [
    ("RECO;KIT;;22;;;", "price_per_kit", "import.price_missing"),
    ("RECO;KIT;1;22;20;;", "price_per_hour", "import.price_both"),
    ("RECO;KIT;0,85;0;;;", "standard_seconds", "import.not_positive"),
    ("RECO;KIT;0,12345;22;;;", "price_per_kit", "import.too_many_decimals"),
    ("RECO;KIT;-1;22;;;", "price_per_kit", "import.out_of_range"),
    ("RECO;KIT;1e3;22;;;", "price_per_kit", "import.not_number"),
    ("RECO;KIT;1;22;;;weekly", "invoice_on", "import.bad_choice"),
    ("RECO;NOPE;1;22;;;", "kit_sku", "import.unknown_product"),
    ("RECO;KIT;1;22;;;", "kit_sku", "import.duplicate_key"),
    ("RECO;BOITE;1;22;;;completed", "invoice_on", "import.invoice_on_conflict"),
])
def test_a_bad_line_is_named_and_nothing_is_imported(catalogue, tmp_path, line, column, message):
    text = ("customer;kit_sku;price_per_kit;standard_seconds;price_per_hour;setup_fee;invoice_on\n"
            "RECO;KIT;0,85;22;;;shipped\n" + line + "\n")
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "rates", write(tmp_path, "tarifs.csv", text))
    [problem] = refused.value.problems
    assert (problem.file, problem.line, problem.column, problem.message.id) == ("tarifs.csv", 3, column, message)
    with catalogue.read() as s:
        assert s.scalar(select(func.count()).select_from(RateCard)) == 0
        assert s.scalar(select(Customer.invoice_basis).where(Customer.code == "RECO")) == "completed"


def test_the_required_columns_are_named(catalogue, tmp_path):
    with pytest.raises(ImportFailed) as refused:
        import_file(catalogue, "rates", write(tmp_path, "t.csv", "customer;kit_sku;price_per_kit\nRECO;KIT;1\n"))
    assert [p.column for p in refused.value.problems] == ["standard_seconds"]
