"""The station never refuses a kit the worker has built: wherever the ledger lags, the kit is recorded
and what it could not find is an unplanned transfer or a stock discrepancy for the manager."""

from __future__ import annotations

import json

from sqlalchemy import select

from logins_desktop.cli import main
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.masterdata import import_file
from logins_desktop.services.station import StationService, dismantle_kit, list_discrepancies, station_stocks
from logins_desktop.services.stock import Actor, StockService
from logins_desktop.store.models import Station, StockMovement
from tests.integration.test_station_service import KIT_STEPS, Clock, scan
from tests.sessions import signed_in


def manager(db) -> Actor:
    return Actor.of(signed_in(db, "logistique"))


def build_kit(station):
    return [scan(station, code) for code in KIT_STEPS][-1]


def discrepancies(db):
    with db.read() as s:
        return sorted((d.sku, d.location, d.quantity, d.kind) for d in list_discrepancies(s))


def test_a_station_imported_without_a_location_consumes_where_the_stock_is(demo_db, tmp_path):
    """The import contract's stations file has no location column: the kit is made all the same."""
    path = tmp_path / "stations.csv"
    path.write_text("station_id;name;scanner;printer\nP1;Poste sans emplacement;;\n", encoding="utf-8")
    import_file(demo_db, "stations", path)
    stock = StockService(demo_db)
    # Two bins hold boxes: the partial one (least on hand) empties first.
    stock.receive(manager(demo_db), "BOITE-REPRISE", "RECEPTION", 1)
    with demo_db.write() as s:
        from logins_desktop.store.models import Assignment, Order, Worker

        worker = s.scalars(select(Worker).where(Worker.badge == "B1001")).one()
        for a in s.scalars(select(Assignment).where(Assignment.worker_id == worker.id)):
            a.station = "P1"
        order = s.scalars(select(Order).where(Order.ref == "CMD-2026-1101")).one()
        assert order is not None
    station = StationService(demo_db, "P1", clock=Clock())
    login = scan(station, "B1001")
    # Without a line side, every location counts.
    expected = min(stock.on_hand(sku) for sku in ("BOITE-REPRISE", "POCHETTE-PROT", "NOTICE-REPRISE", "BON-RETOUR",
                                                  "ETIQ-PREPAYEE"))
    assert login.covers == expected and login.message.args["covers"] == expected
    done = build_kit(station)
    assert done.kit_completed and done.committed and done.kits_done == 1 and not done.shortfall
    assert stock.on_hand("BOITE-REPRISE", "RECEPTION") == 0  # the bin of one emptied first
    assert stock.on_hand("BOITE-REPRISE", "ATELIER-1") == 150
    assert stock.consistency_problems() == [] and stock.negative_stock() == []
    assert discrepancies(demo_db) == []


def test_an_empty_line_side_takes_from_storage_as_an_unplanned_transfer(demo_db):
    stock = StockService(demo_db)
    stock.adjust(manager(demo_db), "ETIQ-PREPAYEE", "ATELIER-1", -150, "casse")
    stock.receive(manager(demo_db), "ETIQ-PREPAYEE", "A-01-01", 40)
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    login = scan(station, "B1001")
    assert login.covers == 0 and login.warning.id == "station.low_stock"
    assert login.warning.args["component"] == "Étiquette de retour prépayée"
    done = build_kit(station)
    assert done.kit_completed and done.shortfall and done.message.id == "station.kit_done_shortfall"
    assert stock.on_hand("ETIQ-PREPAYEE", "A-01-01") == 39 and stock.on_hand("ETIQ-PREPAYEE", "ATELIER-1") == 0
    assert stock.on_hand("KIT-REPRISE", "ATELIER-1") == 1
    assert discrepancies(demo_db) == [("ETIQ-PREPAYEE", "A-01-01", 1, "unplanned_transfer")]
    assert stock.consistency_problems() == [] and stock.negative_stock() == []


def test_a_component_that_exists_nowhere_is_a_discrepancy_not_a_refusal(demo_db, db_url, capsys):
    stock = StockService(demo_db)
    stock.adjust(manager(demo_db), "ETIQ-PREPAYEE", "ATELIER-1", -150, "casse")
    stock.adjust(manager(demo_db), "ETIQ-PREPAYEE", "A-01-02", -stock.on_hand("ETIQ-PREPAYEE", "A-01-02"), "inventaire")
    assert stock.on_hand("ETIQ-PREPAYEE") == 0
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for kit in range(1, 3):
        done = build_kit(station)
        assert (done.outcome, done.committed, done.kits_done, done.covers) == ("accepted", True, kit, 0)
    with demo_db.read() as s:
        produced = s.scalars(select(StockMovement.posting_key).where(StockMovement.kind == "produce")).all()
    assert len(produced) == 2
    assert stock.on_hand("ETIQ-PREPAYEE", "ATELIER-1") == 0  # never a negative number
    assert stock.consistency_problems() == [] and stock.negative_stock() == []
    assert discrepancies(demo_db) == [("ETIQ-PREPAYEE", "ATELIER-1", 1, "missing")] * 2

    assert main(["discrepancies", "--json", "--db", db_url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["sku"], r["location"], r["quantity"], r["kind"], r["worker"]) for r in rows] == [
        ("ETIQ-PREPAYEE", "ATELIER-1", 1, "missing", "B1001")] * 2
    assert {r["kit_key"] for r in rows} == set(produced) and all(r["at"] for r in rows)
    assert main(["db", "check", "--db", db_url]) == 0


def test_the_board_sees_which_station_runs_low(demo_db):
    StockService(demo_db).adjust(manager(demo_db), "NOTICE-REPRISE", "ATELIER-1", -196, "inventaire")
    with demo_db.read() as s:
        stocks = {x.station: x for x in station_stocks(s)}
    low = stocks["POSTE-01"]
    assert (low.covers, low.shortest) == (4, "Notice « Comment renvoyer votre téléphone »")
    assert low.alert.id == "station.low_stock_alert" and low.alert.args["station"] == "POSTE-01"


def test_replenishment_appears_in_the_pickers_list(demo_db):
    StockService(demo_db).adjust(manager(demo_db), "NOTICE-REPRISE", "ATELIER-1", -196, "inventaire")
    StockService(demo_db).receive(manager(demo_db), "NOTICE-REPRISE", "A-01-01", 500)
    picker = StationService(demo_db, "POSTE-04", clock=Clock())
    scan(picker, "B1012")
    transfers = [x for x in picker.state.pick_lines if x.to_location_code == "ATELIER-1"]
    assert [(x.location_code, x.sku, x.quantity) for x in transfers] == [("A-01-01", "NOTICE-REPRISE", 46)]
    scan(picker, "A-01-01")
    scan(picker, "CMD-QTE-46")
    r = scan(picker, demo_gtin(4))
    assert r.outcome == "accepted"
    assert StockService(demo_db).on_hand("NOTICE-REPRISE", "ATELIER-1") == 50


def test_a_team_lead_dismantles_a_kit_in_one_posting(demo_db):
    stock = StockService(demo_db)
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    build_kit(station)
    message = dismantle_kit(demo_db, "CMD-2026-1101", "chef", "notice froissée")
    assert message.id == "station.kit_dismantled"
    assert stock.on_hand("KIT-REPRISE", "ATELIER-1") == 0 and stock.on_hand("BOITE-REPRISE", "ATELIER-1") == 150
    again = StationService(demo_db, "POSTE-01", clock=Clock())
    assert again.state.kits_done == 0
    import pytest

    from logins_desktop.domain.errors import DomainError

    with pytest.raises(DomainError) as refused:
        dismantle_kit(demo_db, "CMD-2026-1101", "chef", "encore")
    assert refused.value.message.id == "station.nothing_to_dismantle"
    assert stock.consistency_problems() == []


def test_stations_file_location_stays_optional(demo_db):
    with demo_db.read() as s:
        assert s.scalars(select(Station.location_code).where(Station.code == "POSTE-01")).one() == "ATELIER-1"


def test_without_a_location_a_component_that_is_nowhere_is_missing_where_it_last_was(demo_db, tmp_path):
    path = tmp_path / "stations.csv"
    path.write_text("station_id;name;scanner;printer\nP1;Poste sans emplacement;;\n", encoding="utf-8")
    import_file(demo_db, "stations", path)
    stock = StockService(demo_db)
    for location in ("ATELIER-1", "A-01-02"):
        stock.adjust(manager(demo_db), "ETIQ-PREPAYEE", location, -stock.on_hand("ETIQ-PREPAYEE", location), "inventaire")
    assert stock.on_hand("ETIQ-PREPAYEE") == 0
    with demo_db.write() as s:
        from logins_desktop.store.models import Assignment, Worker

        worker = s.scalars(select(Worker).where(Worker.badge == "B1001")).one()
        for a in s.scalars(select(Assignment).where(Assignment.worker_id == worker.id)):
            a.station = "P1"
    station = StationService(demo_db, "P1", clock=Clock())
    scan(station, "B1001")
    done = build_kit(station)
    assert done.kit_completed and done.committed and done.shortfall
    [(sku, location, quantity, kind)] = discrepancies(demo_db)
    assert (sku, quantity, kind) == ("ETIQ-PREPAYEE", 1, "missing") and location in ("ATELIER-1", "A-01-02")
    assert stock.consistency_problems() == [] and stock.negative_stock() == []


def test_assigning_a_task_says_what_the_stock_covers_and_never_refuses_for_it(demo_db, db_url, capsys):
    stock = StockService(demo_db)
    stock.adjust(manager(demo_db), "NOTICE-REPRISE", "ATELIER-1", -196, "inventaire")
    assert main(["assign", "--worker", "B1001", "--order", "CMD-2026-1101", "--station", "POSTE-01", "--db", db_url,
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "POSTE-01: enough for 4 kits with the stock on hand, 15,000 left for the order"
    assert out[2] == "POSTE-01: Notice « Comment renvoyer votre téléphone » — for 4 kits only"
