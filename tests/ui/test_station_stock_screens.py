"""What people see of the stock the station counts on: the worker's covers count and warning at
login, the team lead's low-stock alert, the manager's discrepancy list and its count button, and
the worker's own summary at the end of the shift."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logins_desktop.services.board import BoardService
from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.services.stock import Actor, StockService
from logins_desktop.ui.board.board import Board
from logins_desktop.ui.shipping.console import LogisticsConsole
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.station.station_screen import StationScreen
from logins_desktop.ui.theme import Theme
from tests.sessions import signed_in
from tests.ui.test_station_screen import BOX, LABEL, LEAFLET, POUCH, RETURN_FORM, login_amina, scan


def manager(db) -> Actor:
    return Actor.of(signed_in(db, "logistique"))


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_login_shows_what_the_stock_covers(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    assert screen.cover_label.isVisible()
    assert screen.cover_label.text() == "Stock ici : de quoi faire 150 kits · 15\u202f000 restants pour la commande"
    assert screen.stock_warning.isVisible()  # 150 kits for an order of 15 000: said, the work goes on
    assert screen.stock_warning.kind == "warning" and not screen.stock_warning.icon.pixmap().isNull()
    assert "Boîte de reprise pliée" in screen.stock_warning.text.text()


def test_low_stock_warns_the_worker_in_plain_words(qtbot, window, context):
    StockService(context.db).adjust(manager(context.db), "NOTICE-REPRISE", "ATELIER-1", -196, "inventaire")
    screen = login_amina(qtbot, window, context)
    assert screen.last_result.covers == 4
    assert screen.stock_warning.text.text().startswith("Attention : Notice « Comment renvoyer votre téléphone » — "
                                                       "de quoi faire 4 kits seulement")
    assert window.sounds.played[-1] == "alert"


def test_a_kit_with_a_component_the_ledger_lacks_is_still_done(qtbot, window, context):
    StockService(context.db).adjust(manager(context.db), "ETIQ-PREPAYEE", "ATELIER-1", -150, "casse")
    screen = login_amina(qtbot, window, context)
    for code in (BOX, POUCH, LEAFLET, RETURN_FORM, LABEL):
        scan(qtbot, context, code)
    qtbot.waitUntil(lambda: screen.alarm_visible and screen.alarm.kind == "ok")
    assert screen.alarm.title.text() == "KIT TERMINÉ"
    assert "écart signalé au responsable" in screen.alarm.text.text()


def test_the_board_shows_which_station_runs_low(qtbot, context):
    StockService(context.db).adjust(manager(context.db), "NOTICE-REPRISE", "ATELIER-1", -196, "inventaire")
    board = Board(Theme(), BoardService(context.db, "chef"), Sounds(enabled=False), ShiftPlanService(context.db, "chef"))
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    texts = [label.text() for label in board.stock_alerts]
    # POSTE-01 and POSTE-02 share line 1's bench and its order: one alert names both.
    assert "POSTE-01, POSTE-02 : Notice « Comment renvoyer votre téléphone » — pour 4 kits seulement" in texts
    assert sum("Notice" in t for t in texts) == 1
    assert all(label.isVisible() for label in board.stock_alerts)


def test_the_console_lists_discrepancies_and_starts_a_count(qtbot, window, context):
    StockService(context.db).adjust(manager(context.db), "ETIQ-PREPAYEE", "ATELIER-1", -150, "casse")
    screen = login_amina(qtbot, window, context)
    for code in (BOX, POUCH, LEAFLET, RETURN_FORM, LABEL):
        scan(qtbot, context, code)
    qtbot.waitUntil(lambda: screen.last_result is not None and screen.last_result.kit_completed)
    console = LogisticsConsole(Theme(), context.logistics(), Sounds(enabled=False), signed_in(context.db, "logistique"))
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    try:
        tap(qtbot, console.nav_buttons[-1])
        page = console.discrepancies
        assert console.pages.currentWidget() is page
        assert page.title.text() == "1 écart de stock à compter"
        assert list(page.count_buttons) == ["A-01-02"]  # the labels came from storage: an unplanned transfer
        tap(qtbot, page.count_buttons["A-01-02"])
        assert console.pages.currentWidget() is console.counting
        assert console.counting.session.location[1] == "A-01-02"
        assert console.counting.table.rowCount() > 0  # what the ledger expects there, to count
        assert page.count_buttons == {} and page.title.text() == "aucun écart de stock à traiter"
    finally:
        console.stop()


def test_logout_shows_the_workers_own_summary(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    for code in (BOX, POUCH, LEAFLET, RETURN_FORM, LABEL):
        scan(qtbot, context, code)
    qtbot.waitUntil(lambda: screen.last_result.kit_completed)
    scan(qtbot, context, "CMD-DECONNEXION")
    qtbot.waitUntil(lambda: not isinstance(window.home, StationScreen))
    assert window.login.feedback.isVisible() and window.login.feedback.kind == "ok"
    assert window.login.feedback.text.text().startswith("Au revoir Amina Benali — 1 kit en ")
