"""Sync against a real PostgreSQL 15 (started for the test run): nothing lost, nothing doubled."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select, text

from logins_desktop.devices.scanners.base import ScanFrame
from logins_desktop.services.demo import demo_gtin, seed_demo
from logins_desktop.services.station import StationService
from logins_desktop.services.stock import StockService
from logins_desktop.services.sync import SyncService
from logins_desktop.store.database import open_database
from logins_desktop.store.models import ScanEvent, StockConflict, StockMovement, SyncOutbox
from tests.sessions import signed_in

KIT = [demo_gtin(n) for n in (2, 3, 4, 5, 6)]


@pytest.fixture
def central(central_url):
    db = open_database(central_url)
    seed_demo(db)
    yield db
    db.dispose()


def new_station(tmp_path, name, central_url, station="POSTE-01"):
    local = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
    sync = SyncService(local, central_url, station=station)
    return local, sync


def count(db, model, *where):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def assemble(station_db, kits, station="POSTE-01", badge="B1001"):
    class Clock:
        t = 0.0

        def __call__(self):
            self.t += 1
            return self.t

    station = StationService(station_db, station, clock=Clock())
    station.handle(ScanFrame(badge.encode(), badge))
    for _ in range(kits):
        for code in KIT:
            assert station.handle(ScanFrame(code.encode(), code, "]E0")).outcome == "accepted"
    return station


def test_an_empty_station_is_populated_by_its_first_sync_then_pushes_its_work(central, central_url, tmp_path):
    local, sync = new_station(tmp_path, "poste1", central_url)
    report = sync.sync_once()
    assert report.pulled > 50 and report.changed["workers"] == 12
    stock = StockService(local)
    assert stock.on_hand("BOITE-REPRISE", "ATELIER-1") == 150  # its location's stock came with it
    assert stock.consistency_problems() == []
    assert sync.pending() == 0  # what came from central does not go back
    assemble(local, kits=2)
    assert sync.pending() > 0
    sync.sync_once()
    assert sync.pending() == 0
    assert count(central, ScanEvent) == count(local, ScanEvent) == 11
    central_stock = StockService(central)
    assert central_stock.on_hand("KIT-REPRISE", "ATELIER-1") == 2
    assert central_stock.on_hand("BOITE-REPRISE", "ATELIER-1") == 148
    assert central_stock.consistency_problems() == []
    sync.close()


def test_a_batch_delivered_twice_counts_once(central, central_url, tmp_path):
    local, sync = new_station(tmp_path, "poste1", central_url)
    sync.sync_once()
    assemble(local, kits=1)
    with local.read() as s:
        outbox = [(r.table_name, r.row_id) for r in s.scalars(select(SyncOutbox))]
    sync.push()
    with local.write() as s:  # the same batch again, as after a crash between central's COMMIT and ours
        s.add_all([SyncOutbox(table_name=t, row_id=r) for t, r in outbox])
    sync.push()
    assert count(central, StockMovement, StockMovement.kind == "produce") == 1
    assert StockService(central).on_hand("KIT-REPRISE", "ATELIER-1") == 1
    assert StockService(central).consistency_problems() == []
    sync.close()


def test_connection_cut_in_the_middle_of_a_batch(central, central_url, tmp_path, pg_cluster):
    local, sync = new_station(tmp_path, "poste1", central_url)
    sync.sync_once()
    assemble(local, kits=3)
    cut = {"done": False}

    def kill_my_connection(where):
        if where == "pushed:scan_events" and not cut["done"]:
            cut["done"] = True
            admin = create_engine(central_url)
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
                conn.commit()
            admin.dispose()

    faulty = SyncService(local, central_url, station="POSTE-01", hook=kill_my_connection)
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises, the batch is not lost
        faulty.push()
    assert sync.pending() > 0 and count(central, ScanEvent) == 0  # the half batch was rolled back
    faulty.push()  # the next attempt delivers it whole
    assert sync.pending() == 0
    assert count(central, ScanEvent) == count(local, ScanEvent)
    assert StockService(central).on_hand("KIT-REPRISE", "ATELIER-1") == 3
    pg_cluster.restart()  # the server stopped and came back: the pool reconnects
    assemble(local, kits=1)
    faulty.push()
    assert StockService(central).on_hand("KIT-REPRISE", "ATELIER-1") == 4
    faulty.close()
    sync.close()


def test_two_stations_taking_the_last_units_are_flagged_not_merged(central, central_url, tmp_path):
    from logins_desktop.services.stock import Actor

    first, sync1 = new_station(tmp_path, "poste1", central_url, "POSTE-01")
    second, sync2 = new_station(tmp_path, "poste2", central_url, "POSTE-02")
    sync1.sync_once()
    sync2.sync_once()
    # Both stations hold the same 150 boxes of ATELIER-1 in their books; each uses 100, offline.
    for local in (first, second):
        StockService(local).adjust(Actor("logistique"), "BOITE-REPRISE", "ATELIER-1", -100,
                                   "prélevé pour la ligne")
    sync1.push()
    sync2.push()
    assert StockService(central).on_hand("BOITE-REPRISE", "ATELIER-1") == -50
    assert count(central, StockConflict) == 1
    assert StockService(central).consistency_problems() == []  # the ledger holds both, as they happened
    sync1.close()
    sync2.close()


def test_cli_works_against_central(central, central_url, tmp_path, capsys):
    from logins_desktop.cli import main

    out = tmp_path / "stock.csv"
    assert main(["export", "stock", str(out), "--db", central_url]) == 0
    assert "SAVON-100;ATELIER-2;60" in out.read_text(encoding="utf-8-sig")
    assert main(["db", "check", "--db", central_url]) == 0
    station_db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["sync", "once", "--db", station_db, "--central", central_url]) == 0
    assert "reçu" in capsys.readouterr().out


def test_station_killed_between_central_commit_and_its_own(central, central_url, tmp_path):
    local, sync = new_station(tmp_path, "poste1", central_url)
    sync.sync_once()
    assemble(local, kits=2)

    def die(where):
        if where == "central-committed":
            raise KeyboardInterrupt("station arrêtée")  # as a power cut would, before the outbox is emptied

    with pytest.raises(KeyboardInterrupt):
        SyncService(local, central_url, station="POSTE-01", hook=die).push()
    assert sync.pending() > 0  # the station still thinks it has to send them
    restarted = SyncService(local, central_url, station="POSTE-01")
    restarted.push()
    assert restarted.pending() == 0
    assert count(central, ScanEvent) == count(local, ScanEvent)
    assert StockService(central).on_hand("KIT-REPRISE", "ATELIER-1") == 2  # not 4
    restarted.close()
    sync.close()


def test_master_data_from_a_writer_whose_clock_lags_still_arrives(central, central_url, tmp_path):
    from datetime import timedelta

    from logins_desktop.store.models import Product, utcnow

    local, sync = new_station(tmp_path, "poste1", central_url)
    sync.sync_once()
    with central.write() as s:  # renamed at central by a PC whose clock is 5 minutes late
        product = s.scalars(select(Product).where(Product.sku == "SAVON-100")).one()
        product.name = "Savon lavande 100 g (nouvelle recette)"
        s.flush()
        product.updated_at = utcnow() - timedelta(minutes=5)
    report = sync.sync_once()
    assert report.changed["products"] == 1 and [m.id for m in report.changes()] == ["sync.changed.products"]  # shown to the station
    with local.read() as s:
        assert s.scalars(select(Product.name).where(Product.sku == "SAVON-100")).one().endswith("(nouvelle recette)")
    sync.close()


# ---------------------------------------------------------------- stock known offline (issue: kits never refused)
def test_a_station_without_a_line_side_fed_by_sync_builds_kits_and_agrees_with_central(central, central_url, tmp_path):
    """Stations imported per the contract (no location): the sync brings the stock of every location."""
    from logins_desktop.services.station import list_discrepancies
    from logins_desktop.store.models import Station

    with central.write() as s:
        s.execute(Station.__table__.update().where(Station.code == "POSTE-01").values(location_code=""))
    local, sync = new_station(tmp_path, "poste-sans-emplacement", central_url)
    sync.sync_once()
    local_stock, central_stock = StockService(local), StockService(central)
    assert local_stock.on_hand("BOITE-REPRISE") == central_stock.on_hand("BOITE-REPRISE") > 0
    kits_before = central_stock.on_hand("KIT-REPRISE")
    station = assemble(local, 3)
    assert station.state.kits_done == 3
    with local.read() as s:
        assert list_discrepancies(s) == []
    report = sync.sync_once()
    assert report.conflicts == 0
    for sku in ("BOITE-REPRISE", "ETIQ-PREPAYEE", "KIT-REPRISE"):
        assert local_stock.on_hand(sku) == central_stock.on_hand(sku), sku
    sync.sync_once()  # nothing counted twice on the way back
    assert local_stock.on_hand("KIT-REPRISE") == central_stock.on_hand("KIT-REPRISE") == kits_before + 3
    assert local_stock.consistency_problems() == [] and central_stock.consistency_problems() == []
    sync.close()


def no_prepaid_labels_at_central(central):
    """Central's ledger holds no prepaid labels anywhere; returns the manager who counted them."""
    from logins_desktop.services.stock import Actor

    manager = Actor.of(signed_in(central, "logistique"))
    stock = StockService(central)
    for location in ("ATELIER-1", "A-01-02"):
        stock.adjust(manager, "ETIQ-PREPAYEE", location, -stock.on_hand("ETIQ-PREPAYEE", location), "inventaire")
    return manager


def test_stock_received_at_central_after_the_last_sync_closes_the_stations_discrepancy(central, central_url, tmp_path):
    """The station's ledger lagged (labels received at central, not synced yet): the kit is recorded
    with a 'missing' discrepancy; central had the labels, so it takes the adjustment back and the
    station agrees after the next sync: no false discrepancy, no double count."""
    from logins_desktop.services.station import list_discrepancies

    manager = no_prepaid_labels_at_central(central)
    central_stock = StockService(central)
    local, sync = new_station(tmp_path, "poste-en-retard", central_url)
    sync.sync_once()
    local_stock = StockService(local)
    assert local_stock.on_hand("ETIQ-PREPAYEE") == 0
    central_stock.receive(manager, "ETIQ-PREPAYEE", "ATELIER-1", 20)  # arrives while the station works offline
    station = assemble(local, 2)
    assert station.state.kits_done == 2
    with local.read() as s:
        assert [(d.sku, d.quantity, d.kind) for d in list_discrepancies(s)] == [("ETIQ-PREPAYEE", 1, "missing")] * 2
    report = sync.sync_once()
    assert report.conflicts == 0
    with central.read() as s:
        assert list_discrepancies(s) == []  # central had the labels: nothing to count
    sync.sync_once()  # the station pulls central's resolution
    with local.read() as s:
        assert list_discrepancies(s) == []
    assert local_stock.on_hand("ETIQ-PREPAYEE", "ATELIER-1") == central_stock.on_hand("ETIQ-PREPAYEE", "ATELIER-1") == 18
    assert local_stock.consistency_problems() == [] and central_stock.consistency_problems() == []
    assert local_stock.negative_stock() == [] and central_stock.negative_stock() == []
    sync.close()


def test_a_shortfall_central_cannot_cover_stays_a_discrepancy(central, central_url, tmp_path):
    from logins_desktop.services.station import list_discrepancies

    no_prepaid_labels_at_central(central)
    local, sync = new_station(tmp_path, "poste-vide", central_url)
    sync.sync_once()
    assemble(local, 1)
    sync.sync_once()
    sync.sync_once()
    for db in (local, central):
        with db.read() as s:
            assert [(d.sku, d.quantity, d.kind, d.closed) for d in list_discrepancies(s)] == [
                ("ETIQ-PREPAYEE", 1, "missing", False)]
    assert StockService(central).on_hand("ETIQ-PREPAYEE", "ATELIER-1") == 0
    sync.close()


def test_a_headless_station_fed_by_sync_once_builds_kits(central, central_url, tmp_path):
    """The offline-first way: an empty station database, `sync once` from central, then the headless
    station over a pseudo-terminal; every kit is recorded and central agrees after the next sync."""
    import subprocess
    import sys

    from tests.integration.test_headless_station import _build_kits_headless, _discrepancies

    local_url = f"sqlite:///{tmp_path / 'neuf.sqlite3'}"
    run = [sys.executable, "-m", "logins_desktop", "sync", "once", "--central", central_url, "--db", local_url]
    assert subprocess.run(run, capture_output=True).returncode == 0
    login, done = _build_kits_headless(local_url, tmp_path, "POSTE-01", 2)
    assert login["covers"] == 150  # the line side's stock came down with the master data
    assert [r["kits_done"] for r in done] == [1, 2] and all(r["committed"] for r in done)
    assert _discrepancies(local_url) == []
    assert subprocess.run(run, capture_output=True).returncode == 0
    assert StockService(central).on_hand("KIT-REPRISE", "ATELIER-1") == 2
    assert count(central, StockConflict) == 0


def test_a_station_receives_only_the_users_of_its_site_and_forgets_those_who_leave(central, central_url, tmp_path):
    """PIN hashes travel with users: a station gets those of its own site (central's stations.site),
    never another site's nor those with no site; a user moved away is deleted at the next pull."""
    from logins_desktop.services.auth import hash_secret
    from logins_desktop.store.models import Station, User

    with central.write() as s:
        s.add(User(username="autre-site", display_name="Autre site", role="admin", secret_hash=hash_secret("123456"),
                   site="SITE-2"))
        s.add(User(username="siege", display_name="Siège", role="insertion_counsellor",
                   secret_hash=hash_secret("654321"), site=""))
        s.add(Station(code="POSTE-B1", name="Site 2", site="SITE-2"))
    local, sync = new_station(tmp_path, "poste1", central_url)
    sync.sync_once()
    with local.read() as s:
        here = set(s.scalars(select(User.username)))
    with central.read() as s:
        site_1 = set(s.scalars(select(User.username).where(User.site == "SITE-1")))
    assert here == site_1 and site_1  # the demo's people of SITE-1, and no one else
    other, other_sync = new_station(tmp_path, "posteb1", central_url, station="POSTE-B1")
    other_sync.sync_once()
    with other.read() as s:
        assert set(s.scalars(select(User.username))) == {"autre-site"}
    moved = sorted(site_1)[0]
    with central.write() as s:
        s.scalars(select(User).where(User.username == moved)).one().site = "SITE-2"
    sync.sync_once()
    with local.read() as s:
        assert set(s.scalars(select(User.username))) == site_1 - {moved}
    unknown, unknown_sync = new_station(tmp_path, "inconnu", central_url, station="POSTE-INCONNU")
    unknown_sync.sync_once()  # a station central does not know gets nobody
    assert count(unknown, User) == 0
    for closing in (sync, other_sync, unknown_sync):
        closing.close()
