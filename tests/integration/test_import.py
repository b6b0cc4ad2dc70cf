"""Master-data import: the file contract and every error case (file, line, column; nothing imported)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from logins_desktop.services.masterdata import ImportFailed, import_file
from logins_desktop.services.stock import StockService
from logins_desktop.store.models import (
    AuditEntry,
    KitComponent,
    Location,
    Order,
    Product,
    Station,
    Worker,
    WorkerRestriction,
)


def where(refused) -> tuple:
    """The one problem of a refused import: file, line, column, message id and parameters."""
    [problem] = refused.value.problems
    return problem.file, problem.line, problem.column, problem.message.id, dict(problem.message.args)

def write(tmp_path, name, text, *, bom=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


PRODUCTS = """sku;gtin;name;weight_g;customer;remarque
BOITE;4006381333931;Boîte « reprise »;95,5;RECO;colonne en trop ignorée
POCHETTE;5901234123457;Pochette;20;RECO;
KIT;;Kit de reprise;;RECO;
"""


def test_french_excel_file_with_bom_semicolons_and_crlf(db, tmp_path):
    report = import_file(db, "products", write(tmp_path, "articles.csv", PRODUCTS, bom=True, crlf=True))
    assert report.counts["created"] == 3
    with db.read() as s:
        boite = s.scalars(select(Product).where(Product.sku == "BOITE")).one()
        assert (boite.gtin, boite.name, boite.weight_g, boite.customer.code) == ("4006381333931", "Boîte « reprise »", 95.5, "RECO")


def test_comma_separated_columns_in_any_order(db, tmp_path):
    text = "name,customer,weight_g,gtin,sku\nPochette,RECO,20,5901234123457,POCHETTE\n"
    import_file(db, "products", write(tmp_path, "p.csv", text))
    assert count(db, Product) == 1


def test_reimport_updates_instead_of_duplicating(db, tmp_path):
    import_file(db, "products", write(tmp_path, "a.csv", PRODUCTS))
    report = import_file(db, "products", write(tmp_path, "b.csv", PRODUCTS.replace("Pochette;", "Pochette anti-choc;")))
    assert count(db, Product) == 3
    assert report.counts == {"updated": 1, "unchanged": 2}
    with db.read() as s:
        assert s.scalars(select(Product.name).where(Product.sku == "POCHETTE")).one() == "Pochette anti-choc"


@pytest.mark.parametrize(
    "text, expected",
    [
        # GTIN with a wrong check digit, on the 3rd line of the file
        ("sku;gtin;name;weight_g;customer\nA;4006381333931;A;1;C\nB;4006381333932;B;1;C\n",
         "p.csv, ligne 3, colonne « gtin » : GTIN « 4006381333932 » : clé de contrôle erronée (attendu 1, lu 2)"),
        # a required column missing from the header
        ("sku;name;weight_g;customer\nA;A;1;C\n", "p.csv, ligne 1, colonne « gtin » : colonne obligatoire absente"),
        # a line with fewer cells than the header
        ("sku;gtin;name;weight_g;customer\nA;4006381333931;A\n", "p.csv, ligne 2, colonne « weight_g » : colonne manquante sur cette ligne"),
        # non-numeric weight
        ("sku;gtin;name;weight_g;customer\nA;4006381333931;A;lourd;C\n", "p.csv, ligne 2, colonne « weight_g » : « lourd » n'est pas un nombre"),
        # the same GTIN on two different SKUs of one file: both lines named
        ("sku;gtin;name;weight_g;customer\nA;4006381333931;A;1;C\nB;4006381333931;B;1;C\n",
         "p.csv, ligne 3, colonne « gtin » : « 4006381333931 » figure déjà à la ligne 2 de ce fichier (lignes 2 et 3)"),
        ("", "p.csv, ligne 1 : fichier vide"),
    ],
)
def test_product_errors_name_file_line_and_column_and_import_nothing(db, tmp_path, text, expected):
    with pytest.raises(ImportFailed) as err:
        import_file(db, "products", write(tmp_path, "p.csv", text))
    assert expected in str(err.value)
    assert "rien n'a été importé" in str(err.value)
    assert count(db, Product) == 0


def test_a_gtin_already_carried_by_another_sku_in_the_database_is_refused(db, tmp_path):
    import_file(db, "products", write(tmp_path, "a.csv", "sku;gtin;name;weight_g;customer\nA;4006381333931;A;1;C\n"))
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "products", write(tmp_path, "b.csv", "sku;gtin;name;weight_g;customer\nB;4006381333931;B;1;C\n"))
    assert where(refused) == ("b.csv", 2, "gtin", "import.gtin_taken", {"gtin": "4006381333931", "sku": "A"})
    assert count(db, Product) == 1


def test_every_bad_line_is_reported_at_once(db, tmp_path):
    text = "sku;gtin;name;weight_g;customer\nA;1;A;1;C\nB;;B;x;C\nC;;C;1;C\n"
    with pytest.raises(ImportFailed) as err:
        import_file(db, "products", write(tmp_path, "p.csv", text))
    assert [(p.line, p.column) for p in err.value.problems] == [(2, "gtin"), (3, "weight_g")]
    assert count(db, Product) == 0


def _base(db, tmp_path):
    import_file(db, "products", write(tmp_path, "products.csv", PRODUCTS))
    import_file(db, "locations", write(tmp_path, "locations.csv", "code;name\nA-01;Allée A\nATELIER;Atelier\n"))


def test_kits_orders_and_unknown_sku(db, tmp_path):
    _base(db, tmp_path)
    kits = "kit_sku;component_sku;quantity;step\nKIT;BOITE;1;1\nKIT;POCHETTE;2;2\n"
    import_file(db, "kits", write(tmp_path, "kits.csv", kits))
    import_file(db, "kits", write(tmp_path, "kits.csv", kits))  # re-import replaces the BOM, no duplicate
    assert count(db, KitComponent) == 2
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "kits", write(tmp_path, "kits.csv", "kit_sku;component_sku;quantity;step\nKIT;NOPE;1;1\n"))
    assert where(refused) == ("kits.csv", 2, "component_sku", "import.unknown_product", {"sku": "NOPE"})
    assert count(db, KitComponent) == 2  # the failed file did not delete the existing BOM

    orders = "order_ref;customer;sku;quantity;due_date\nCMD-1;RECO;KIT;15000;2026-12-15\n"
    import_file(db, "orders", write(tmp_path, "orders.csv", orders))
    with db.read() as s:
        order = s.scalars(select(Order)).one()
        assert (order.quantity, str(order.due_date), order.status) == (15000, "2026-12-15", "open")
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "orders", write(tmp_path, "o.csv", orders.replace("2026-12-15", "15/12/2026")))
    assert where(refused) == ("o.csv", 2, "due_date", "import.bad_date", {"value": "15/12/2026"})
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "orders", write(tmp_path, "o.csv", orders.replace("15000", "beaucoup")))
    assert where(refused) == ("o.csv", 2, "quantity", "import.not_integer", {"value": "beaucoup"})


def test_stock_import_posts_receipts_once_per_file(db, tmp_path):
    _base(db, tmp_path)
    stock = write(tmp_path, "stock.csv", "sku;location;quantity\nBOITE;A-01;100\nPOCHETTE;A-01;40\n")
    import_file(db, "stock", stock)
    report = import_file(db, "stock", stock)  # the same file again: already imported
    assert report.counts == {"already_imported": 2}
    service = StockService(db)
    assert service.on_hand("BOITE", "A-01") == 100
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "stock", write(tmp_path, "s2.csv", "sku;location;quantity\nBOITE;Z-99;5\n"))
    assert where(refused) == ("s2.csv", 2, "location", "import.unknown_location", {"code": "Z-99"})
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "stock", write(tmp_path, "s3.csv", "sku;location;quantity\nBOITE;A-01;5\nBOITE;A-01;1,5\n"))
    assert where(refused) == ("s3.csv", 3, "quantity", "import.not_integer", {"value": "1,5"})
    assert service.on_hand("BOITE", "A-01") == 100  # the good first line of s3.csv was not imported either


def test_workers_restrictions_and_audit(db, tmp_path):
    header = "badge;name;max_load_kg;hands;posture;overhead_ok;fine_motor;max_reps_per_min\n"
    import_file(db, "workers", write(tmp_path, "w.csv", header + "B1;Amina B.;5;;seated;0;;\nB2;Jo;;;;;;\n"), actor="insertion")
    import_file(db, "workers", write(tmp_path, "w.csv", header + "B1;Amina B.;5;;seated;0;;\nB2;Jo;;;;;;\n"), actor="insertion")
    assert count(db, Worker) == 2
    assert count(db, WorkerRestriction) == 2  # unchanged restrictions are not written again
    import_file(db, "workers", write(tmp_path, "w.csv", header + "B1;Amina B.;8;right;seated;0;low;12\n"), actor="insertion")
    with db.read() as s:
        restrictions = s.scalars(select(WorkerRestriction).join(Worker).where(Worker.badge == "B1")
                                 .order_by(WorkerRestriction.created_at)).all()
        assert [r.max_load_kg for r in restrictions] == [5.0, 8.0]
        assert restrictions[0].valid_until is not None and restrictions[1].valid_until is None
        assert restrictions[1].set_by == "insertion" and restrictions[1].hands == "right"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_key == "B1")).all()
        assert actions.count("restriction.set") == 2
    # Unreadable restriction values are recorded as unknown (test_import_hostile.py), never as no limit.
    report = import_file(db, "workers", write(tmp_path, "w.csv", header + "B3;X;;deux;;oui;;\n"))
    assert [(w.id, w.args["column"], w.args["value"]) for w in report.warnings] == [
        ("import.restriction_unknown", "hands", "deux"), ("import.restriction_unknown", "overhead_ok", "oui")]
    with db.read() as s:
        b3 = s.scalars(select(WorkerRestriction).join(Worker).where(Worker.badge == "B3")).one()
        assert (b3.hands, b3.overhead_ok, b3.unknown_factors) == (None, None, "hands,overhead_ok")


def test_locations_and_stations(db, tmp_path):
    import_file(db, "locations", write(tmp_path, "l.csv", "code;name\nA-01;Allée A\n"))
    import_file(db, "locations", write(tmp_path, "l.csv", "code;name\nA-01;Allée A (bas)\n"))
    assert count(db, Location) == 1
    text = "station_id;name;scanner;printer\nPOSTE-01;Ligne 1;serial:///dev/ttyACM0?baud=9600;tcp://192.0.2.10:9100\nPOSTE-02;Ligne 2;;\n"
    import_file(db, "stations", write(tmp_path, "s.csv", text))
    assert count(db, Station) == 2
    with pytest.raises(ImportFailed) as refused:
        import_file(db, "stations", write(tmp_path, "s.csv", "station_id;name;scanner;printer\nP3;X;COM3;\n"))
    assert where(refused)[:4] == ("s.csv", 2, "scanner", "import.bad_device_url")
