"""The station's decisions on the demo data: kit assembly step by step, refusals, commands, resume.
Assertions name message ids and parameters, never the prose (the catalogue owns the words)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from logins_desktop.devices.scanners.base import ScanFrame
from logins_desktop.domain.barcodes import CommandName, command_code
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.station import StationService
from logins_desktop.services.stock import StockService
from logins_desktop.store.models import HelpCall, ScanEvent, StockMovement, TaskPause, TaskSession

# The trade-in kit of the demo, in assembly order (item references of demo_gtin)
BOX, POUCH, LEAFLET, RETURN_FORM, LABEL = (demo_gtin(n) for n in (2, 3, 4, 5, 6))
KIT_STEPS = [BOX, POUCH, LEAFLET, RETURN_FORM, LABEL]


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        self.t += 1.0  # one second between scans unless a test says otherwise
        return self.t


@pytest.fixture
def station(demo_db):
    return StationService(demo_db, "POSTE-01", clock=Clock())


def scan(station, text, symbology=None):
    return station.handle(ScanFrame(raw=text.encode(), text=text, symbology=symbology))


def count(db, model, *where):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def said(result):
    """The message of a result as (id, parameters), for assertions that survive a rewording."""
    return result.message.id, dict(result.message.args)


def mid(result):
    return result.message.id


def test_badge_login_shows_the_assigned_kit(station):
    r = scan(station, "B1001")
    assert (r.outcome, r.worker, r.order, r.step, r.kit_progress, r.committed) == (
        "login", "B1001", "CMD-2026-1101", 1, (0, 5), True)
    assert said(r) == ("station.hello_kit", {"worker": "Amina Benali", "kit": "Kit de reprise smartphone",
                                              "order": "CMD-2026-1101", "covers": 150, "remaining": 15000})
    assert r.covers == 150  # the kits the stock covers, not capped by the order
    assert station.state.current_step.name == "Boîte de reprise pliée"


def test_nothing_before_a_badge(station):
    r = scan(station, BOX, "]E0")
    assert r.outcome == "rejected" and mid(r) == "station.badge_first"
    assert said(scan(station, "B9999")) == ("station.unknown_badge", {"badge": "B9999"})


def test_a_complete_kit_moves_the_ledger_once(station, demo_db):
    stock = StockService(demo_db)
    before = {sku: stock.on_hand(sku, "ATELIER-1") for sku in ("BOITE-REPRISE", "ETIQ-PREPAYEE")}
    scan(station, "B1001")
    results = [scan(station, code, "]E0") for code in KIT_STEPS]
    assert [r.outcome for r in results] == ["accepted"] * 5
    assert [r.kit_progress for r in results[:4]] == [(1, 5), (2, 5), (3, 5), (4, 5)]
    assert results[-1].kit_completed and results[-1].kits_done == 1
    assert said(results[-1]) == ("station.kit_done", {"done": 1, "ordered": 15000, "order": "CMD-2026-1101"})
    assert results[-1].covers == 149 and not results[-1].shortfall
    assert results[-1].kit_progress == (0, 5) and results[-1].step == 1  # the next kit starts
    assert stock.on_hand("BOITE-REPRISE", "ATELIER-1") == before["BOITE-REPRISE"] - 1
    assert stock.on_hand("ETIQ-PREPAYEE", "ATELIER-1") == before["ETIQ-PREPAYEE"] - 1
    assert stock.on_hand("KIT-REPRISE", "ATELIER-1") == 1
    assert count(demo_db, StockMovement, StockMovement.kind == "produce") == 1
    assert stock.consistency_problems() == []


def test_wrong_item_is_refused_and_nothing_is_consumed(station, demo_db):
    scan(station, "B1001")
    scan(station, BOX)
    r = scan(station, LEAFLET)
    assert r.outcome == "rejected"
    assert said(r) == ("station.wrong_item", {"expected": "Pochette de protection",
                                              "scanned": "Notice « Comment renvoyer votre téléphone »",
                                              "step": 2, "steps": 5})
    assert r.kit_progress == (1, 5)
    assert count(demo_db, StockMovement, StockMovement.kind == "consume") == 0
    other_kit = scan(station, demo_gtin(13))  # hand cream: not in this kit
    assert other_kit.outcome == "rejected" and other_kit.message.args["scanned"].startswith("Crème mains")


def test_too_many_and_wrong_check_digit_and_unknown(station):
    scan(station, "B1001")
    scan(station, BOX)
    assert said(scan(station, BOX)) == ("station.too_many", {"item": "Boîte de reprise pliée", "scanned": 1, "needed": 1})
    assert mid(scan(station, "3760000000026")) == "scan.check_digit"
    assert said(scan(station, demo_gtin(999))) == ("station.unknown_item", {"gtin": demo_gtin(999)})


def test_gs1_code_carrying_the_gtin_is_accepted(station):
    scan(station, "B1001")
    r = scan(station, f"02{BOX.rjust(14, '0')}\x1d3712", "]C1")
    assert r.outcome == "accepted" and r.kit_progress == (1, 5)


def test_double_read_is_ignored_inside_the_window_and_counts_after(demo_db):
    clock = Clock()
    station = StationService(demo_db, "POSTE-01", clock=clock)
    scan(station, "B1001")
    scan(station, BOX)
    scan(station, POUCH)
    clock.t -= 0.9  # the next scan comes 0.1 s after: a double read
    assert scan(station, POUCH).outcome == "duplicate"
    assert station.state.kit_progress == (2, 5)
    assert count(demo_db, ScanEvent, ScanEvent.decision == "duplicate") == 1
    # After the window the same code counts again (here: refused, the pouch is already in)
    assert scan(station, POUCH).outcome == "rejected"


def test_undo_pause_help_quantity_and_logout(station, demo_db):
    scan(station, "B1001")
    scan(station, BOX)
    scan(station, POUCH)
    r = scan(station, command_code(CommandName.UNDO))
    assert (r.outcome, said(r), r.kit_progress) == (
        "command", ("station.undone_scan", {"item": "Pochette de protection", "quantity": 1}), (1, 5))
    scan(station, command_code(CommandName.PAUSE))
    assert mid(scan(station, POUCH)) == "station.paused"
    assert count(demo_db, TaskPause) == 1
    scan(station, command_code(CommandName.RESUME))
    assert scan(station, POUCH).outcome == "accepted"
    assert mid(scan(station, command_code(CommandName.HELP))) == "station.help_sent"
    assert count(demo_db, HelpCall) == 1
    scan(station, command_code(CommandName.QUANTITY, 2))
    assert mid(scan(station, LEAFLET)) == "station.too_many_quantity"
    r = scan(station, command_code(CommandName.VALIDATE))
    assert mid(r) == "station.kit_incomplete" and r.message.args["item"].startswith("Notice")
    r = scan(station, command_code(CommandName.LOGOUT))
    assert r.outcome == "command" and r.worker is None
    assert said(r) == ("station.goodbye", {"worker": "Amina Benali", "kits": 0, "minutes": 0})
    with demo_db.read() as s:
        assert s.scalars(select(TaskSession.ended_at)).one() is not None
    assert mid(scan(station, BOX)) == "station.badge_first"


def test_undo_takes_back_a_quantity_and_nothing_to_undo_is_calm(station):
    scan(station, "B1001")
    r = scan(station, command_code(CommandName.UNDO))
    assert (r.outcome, mid(r), r.committed) == ("command", "station.nothing_to_undo", True)  # not a refusal
    scan(station, command_code(CommandName.QUANTITY, 3))
    assert station.state.pending_quantity == 3
    r = scan(station, command_code(CommandName.UNDO))
    assert said(r) == ("station.undone_quantity", {"quantity": 1}) and station.state.pending_quantity == 1


def test_another_persons_badge_says_whose_it_is(station):
    scan(station, "B1001")
    r = scan(station, "B1002")
    assert r.outcome == "rejected" and mid(r) == "station.other_badge"
    assert r.message.args["worker"] == "Amina Benali" and r.message.args["other"] != "Amina Benali"
    assert mid(scan(station, "B1001")) == "station.already_logged_in"


def test_a_scan_while_paused_gives_one_instruction(station):
    scan(station, "B1001")
    scan(station, command_code(CommandName.PAUSE))
    for code in (BOX, "ZZ-UNKNOWN", command_code(CommandName.VALIDATE), command_code(CommandName.QUANTITY, 2)):
        assert mid(scan(station, code)) == "station.paused"


def test_every_scan_is_recorded_with_its_raw_bytes(station, demo_db):
    station.handle(ScanFrame(raw=b"\x00]E03760000000026\r", text="3760000000026", symbology="]E0"))
    with demo_db.read() as s:
        event = s.scalars(select(ScanEvent)).one()
    assert (event.raw, event.symbology, event.decision) == (b"\x00]E03760000000026\r", "]E0", "rejected")
    assert event.reason == "code erroné : clé de contrôle fausse"  # the log keeps the source-language words


def test_restart_resumes_the_kit_in_progress(demo_db):
    first = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(first, "B1001")
    scan(first, BOX)
    scan(first, POUCH)
    again = StationService(demo_db, "POSTE-01", clock=Clock())  # the station restarted
    assert again.state.badge == "B1001" and again.state.kit_progress == (2, 5)
    assert scan(again, LEAFLET).kit_progress == (3, 5)
    assert mid(scan(again, "CMD-ANNULER")) == "station.undone_scan"  # the undo history survived too


def test_user_badge_asks_for_a_pin(station):
    r = scan(station, "C2001")
    assert (r.outcome, r.user, r.worker) == ("login", "C2001", None)
    assert mid(r) == "station.user_badge"


def test_worker_without_assignment_here(demo_db):
    station = StationService(demo_db, "POSTE-02", clock=Clock())
    r = scan(station, "B1001")  # assigned to POSTE-01
    assert r.outcome == "login" and said(r) == ("station.hello_elsewhere", {"worker": "Amina Benali",
                                                                          "station": "POSTE-01"})
    assert mid(scan(station, BOX)) == "station.no_kit_task"


def test_overlong_frame_is_rejected(station):
    from logins_desktop.messages import msg

    r = station.handle(ScanFrame(raw=b"9" * 512, text="", error=msg("scan.too_long", length=600, max=512)))
    assert r.outcome == "rejected" and said(r) == ("scan.too_long", {"length": 600, "max": 512})


# ---------------------------------------------------------------- picking (Yannick, POSTE-04, box kits)
FIBRA = {sku: demo_gtin(ref) for sku, ref in (("BOX-FIBRA", 22), ("ALIM-12V", 23), ("CABLE-RJ45-3M", 24),
                                               ("CABLE-FIBRE", 25), ("GUIDE-INSTALL", 26), ("CARTON-BOX", 27))}


@pytest.fixture
def picker(demo_db):
    station = StationService(demo_db, "POSTE-04", clock=Clock())
    scan(station, "B1012")
    return station


def test_pick_list_by_location_for_a_batch(picker):
    st = picker.state
    assert st.mode == "picking"
    assert [(x.location_code, x.sku, x.quantity) for x in st.pick_lines] == [
        ("A-01-02", "GUIDE-INSTALL", 50), ("A-02-01", "CABLE-FIBRE", 50), ("A-02-01", "CABLE-RJ45-3M", 50),
        ("B-01-01", "ALIM-12V", 50), ("B-01-01", "BOX-FIBRA", 50), ("B-01-01", "CARTON-BOX", 50)]


def test_scan_location_then_item_moves_stock_to_the_station(picker, demo_db):
    stock = StockService(demo_db)
    assert mid(scan(picker, FIBRA["GUIDE-INSTALL"])) == "station.pick_scan_location_first"
    r = scan(picker, "A-01-02")
    assert r.outcome == "accepted" and r.message.text() == "Emplacement A-01-02 : prélevez Guide d'installation × 50"
    assert said(scan(picker, FIBRA["BOX-FIBRA"])) == ("station.pick_not_here",
                                                      {"item": "Box internet Fibra", "location": "A-01-02"})
    scan(picker, "CMD-QTE-10")
    r = scan(picker, FIBRA["GUIDE-INSTALL"])
    assert r.outcome == "accepted" and said(r) == ("station.picked", {"item": "Guide d'installation", "picked": 10,
                                                                      "needed": 50, "location": "A-01-02"})
    assert stock.on_hand("GUIDE-INSTALL", "A-01-02") == 790 and stock.on_hand("GUIDE-INSTALL", "ATELIER-3") == 10
    # a supplier's GS1-128 with a count (AI 37) picks that many at once
    r = scan(picker, f"02{FIBRA['GUIDE-INSTALL'].rjust(14, '0')}\x1d3740", "]C1")
    assert r.message.args["picked"] == 50
    assert scan(picker, FIBRA["GUIDE-INSTALL"]).outcome == "rejected"  # the line is done
    undo = scan(picker, "CMD-ANNULER")
    assert said(undo) == ("station.undone_pick", {"item": "Guide d'installation", "quantity": 40, "location": "A-01-02"})
    assert stock.on_hand("GUIDE-INSTALL", "ATELIER-3") == 10
    assert mid(scan(picker, "A-99-99")) == "station.unknown_code"
    assert said(scan(picker, "RECEPTION")) == ("station.pick_nothing_here", {"location": "RECEPTION"})
    assert stock.consistency_problems() == []


def test_short_pick_with_a_reason_then_validate_the_list(picker, demo_db):
    from logins_desktop.store.models import PickShortage

    assert mid(scan(picker, "CMD-MANQUE-VIDE")) == "station.short_scan_location"
    scan(picker, "A-01-02")
    scan(picker, "CMD-QTE-20")
    scan(picker, FIBRA["GUIDE-INSTALL"])
    r = scan(picker, "CMD-MANQUE-ABIME")
    assert r.outcome == "command" and mid(r) == "station.short_recorded"
    assert r.message.args["quantity"] == 30 and r.message.args["reason"].id == "station.short_reason.ABIME"
    with demo_db.read() as s:
        shortage = s.scalars(select(PickShortage)).one()
    assert (shortage.quantity_missing, shortage.reason, shortage.station) == (30, "ABIME", "POSTE-04")
    assert said(scan(picker, "CMD-VALIDER")) == ("station.pick_lines_left", {"left": 5})
    for code, sku in (("A-02-01", "CABLE-FIBRE"), ("A-02-01", "CABLE-RJ45-3M"), ("B-01-01", "ALIM-12V"),
                      ("B-01-01", "BOX-FIBRA"), ("B-01-01", "CARTON-BOX")):
        scan(picker, code)
        scan(picker, f"02{FIBRA[sku].rjust(14, '0')}\x1d3750", "]C1")
    r = scan(picker, "CMD-VALIDER")
    # The station holds 50 of everything but 20 guides: the next list is the 30 missing guides.
    assert said(r) == ("station.pick_list_next", {"lines": 1})
    assert [(x.sku, x.quantity) for x in picker.state.pick_lines] == [("GUIDE-INSTALL", 30)]


def test_undo_after_a_mistaken_shortage_takes_back_the_shortage_only(picker, demo_db):
    """Joël taps « Manquant » by mistake: Undo cancels exactly that, the 10 picked before stay picked."""
    from logins_desktop.store.models import PickShortage

    stock = StockService(demo_db)
    scan(picker, "A-01-02")
    scan(picker, "CMD-QTE-10")
    scan(picker, FIBRA["GUIDE-INSTALL"])
    scan(picker, "CMD-MANQUE-VIDE")
    line = picker.state.current_line
    assert line.sku != "GUIDE-INSTALL"  # the guide line is closed by the shortage
    r = scan(picker, "CMD-ANNULER")
    assert mid(r) == "station.undone_short"
    guide = next(x for x in picker.state.pick_lines if x.sku == "GUIDE-INSTALL")
    assert (picker.state.picked(guide), picker.state.short(guide)) == (10, 0)
    assert stock.on_hand("GUIDE-INSTALL", "ATELIER-3") == 10  # the pick is untouched
    with demo_db.read() as s:
        assert s.scalars(select(PickShortage.cancelled_at)).one() is not None
    assert mid(scan(picker, "CMD-ANNULER")) == "station.undone_pick"  # then the pick, if asked again
    assert stock.on_hand("GUIDE-INSTALL", "ATELIER-3") == 0


def test_picking_resumes_from_the_ledger_after_a_restart(picker, demo_db):
    scan(picker, "A-01-02")
    scan(picker, "CMD-QTE-20")
    scan(picker, FIBRA["GUIDE-INSTALL"])
    again = StationService(demo_db, "POSTE-04", clock=Clock())
    assert again.state.badge == "B1012" and again.state.mode == "picking"
    assert [(x.sku, x.quantity) for x in again.state.pick_lines][0] == ("GUIDE-INSTALL", 30)


def test_a_read_only_database_refuses_the_scan_instead_of_pretending(demo_db, db_url):
    from logins_desktop.store.database import open_database

    path = db_url.removeprefix("sqlite:///")
    demo_db.dispose()
    read_only = open_database(f"sqlite:///file:{path}?mode=ro&uri=true", upgrade=False)
    station = StationService(read_only, "POSTE-01", clock=Clock())
    r = scan(station, "B1001")
    assert r.committed is False and r.outcome == "rejected"
    assert mid(r) == "station.not_saved"
    assert station.state.worker_id is None  # nothing changed in memory either
    read_only.dispose()


def test_a_full_disk_refuses_the_scan_instead_of_pretending(demo_db):
    """SQLITE_FULL, as on a full disk: the database may not grow by a single page."""
    from sqlalchemy import event

    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    demo_db.dispose()  # every connection goes, the station's kept one too: the next ones get no room

    @event.listens_for(demo_db.engine, "connect")
    def _no_room(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    before = station.state.kit_progress
    results = [scan(station, code) for code in KIT_STEPS * 40]  # until a new page is needed
    refused = [r for r in results if not r.committed]
    assert refused, "the database never filled up"
    assert all(r.outcome == "rejected" and mid(r) == "station.not_saved" for r in refused)
    committed_after = [r for r in results if r.committed]
    assert station.state.kit_progress[1] == before[1]
    with demo_db.read() as s:  # what it said was saved is saved, and nothing it refused
        assert s.scalar(select(func.count()).select_from(ScanEvent)) == 1 + len(committed_after)
