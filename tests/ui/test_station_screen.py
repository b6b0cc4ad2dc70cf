"""The station screen as the worker sees it: the step, the red refusal, the green kit, the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from logins_desktop.services.demo import demo_gtin
from logins_desktop.store.models import HelpCall, StockMovement
from logins_desktop.ui.station.station_screen import StationScreen

BOX, POUCH, LEAFLET, RETURN_FORM, LABEL = (demo_gtin(n) for n in (2, 3, 4, 5, 6))


def login_amina(qtbot, window, context):
    context.scanner.inject("B1001")
    qtbot.waitUntil(lambda: isinstance(window.home, StationScreen))
    return window.home


def scan(qtbot, context, code):
    qtbot.wait(350)  # beyond the double-read window, as a person scanning the next item
    context.scanner.inject(code, "]E0")


def movements(context, kind):
    with context.db.read() as s:
        return s.scalar(select(func.count()).where(StockMovement.kind == kind))


def test_the_first_step_is_shown_big(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    assert screen.step_number.text() == "Étape 1 sur 5"
    assert screen.step_name.text() == "Boîte de reprise pliée"
    assert screen.step_quantity.text() == "× 1"
    assert screen.step_instruction.text() == "Dépliez la boîte, fond vers le bas."
    assert screen.progress.text() == "0 / 15\u202f000 kits"  # French thousands separator
    assert not screen.step_picture.pixmap().isNull()
    assert not screen.short_empty_button.isVisible()  # short picks are for picking only


def test_wrong_item_turns_the_screen_red_and_consumes_nothing(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    scan(qtbot, context, LEAFLET)
    qtbot.waitUntil(lambda: screen.alarm_visible)
    assert screen.alarm.kind == "error"
    assert screen.alarm.title.text() == "REFUSÉ"
    assert screen.alarm.text.text().startswith("Ce n'est pas « Boîte de reprise pliée »")
    assert not screen.alarm.icon.pixmap().isNull()
    assert window.sounds.played[-1] == "error"
    assert movements(context, "consume") == 0
    scan(qtbot, context, BOX)  # the right item clears the red screen
    qtbot.waitUntil(lambda: not screen.alarm_visible)
    assert screen.step_name.text() == "Pochette de protection"


def test_a_tap_dismisses_the_red_screen(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    scan(qtbot, context, "3760000000018")
    qtbot.waitUntil(lambda: screen.alarm_visible)
    assert screen.alarm.text.text() == "code erroné : clé de contrôle fausse"
    qtbot.mouseClick(screen.alarm, Qt.MouseButton.LeftButton)
    assert not screen.alarm_visible


def test_a_complete_kit_goes_green_and_moves_the_ledger_once(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    for code in (BOX, POUCH, LEAFLET, RETURN_FORM, LABEL):
        scan(qtbot, context, code)
    qtbot.waitUntil(lambda: screen.alarm_visible and screen.alarm.kind == "ok")
    assert screen.alarm.title.text() == "KIT TERMINÉ"
    assert screen.progress.text() == "1 / 15\u202f000 kits"
    assert movements(context, "produce") == 1 and movements(context, "consume") == 5
    assert screen.step_number.text() == "Étape 1 sur 5"  # the next kit


def test_buttons_undo_pause_and_help(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    scan(qtbot, context, BOX)
    qtbot.waitUntil(lambda: screen.step_name.text() == "Pochette de protection")
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert screen.step_name.text() == "Boîte de reprise pliée"
    assert screen.message.text() == "Dernier scan annulé : Boîte de reprise pliée (−1)"
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    assert screen.pause_button.text() == "Reprendre"
    scan(qtbot, context, BOX)
    qtbot.waitUntil(lambda: screen.alarm_visible)
    assert screen.last_result.message.id == "station.paused"
    qtbot.mouseClick(screen.alarm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    assert screen.pause_button.text() == "Pause"
    qtbot.mouseClick(screen.help_button, Qt.MouseButton.LeftButton)
    assert window.sounds.played[-1] == "alert"
    with context.db.read() as s:
        assert s.scalar(select(func.count()).select_from(HelpCall)) == 1
    # The team lead's home lists it
    window.logout()
    window.login.choose(next(p for p in context.auth.people() if p.key == "chef"))
    window.login._check_pin("1234")
    board = window.home
    assert len(board.alert_buttons) == 1  # the team lead's board shows the call
    assert window.sounds.played[-1] == "alert"


def test_scanned_logout_returns_to_the_login_screen(qtbot, window, context):
    login_amina(qtbot, window, context)
    scan(qtbot, context, "CMD-DECONNEXION")
    qtbot.waitUntil(lambda: window.person is None)
    assert window.stack.currentWidget() is window.login


def test_scanner_disconnected_is_shown(qtbot, window, context):
    screen = login_amina(qtbot, window, context)
    window.bridge.on_status(False, "scanner déconnecté (/dev/scanner-1) — reconnexion automatique")
    qtbot.waitUntil(lambda: screen.disconnected.isVisible())
    assert "Scanner déconnecté" in screen.disconnected.text()
    assert window.scanner_label.text() == "Scanner déconnecté"
    window.bridge.on_status(True, "scanner connecté (/dev/scanner-1)")
    qtbot.waitUntil(lambda: not screen.disconnected.isVisible())


def test_picking_screen_guides_location_then_item(qtbot, context):
    from logins_desktop.devices.scanners.base import ScanFrame
    from logins_desktop.services.station import StationService
    from logins_desktop.ui.sound import Sounds
    from logins_desktop.ui.theme import Theme

    station = StationService(context.db, "POSTE-04")
    station.handle(ScanFrame(b"B1012", "B1012"))
    screen = StationScreen(Theme(), station, Sounds(enabled=False))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.step_number.text() == "Ligne 1 sur 6 — emplacement A-01-02"
    assert screen.step_name.text() == "Guide d'installation"
    assert screen.step_instruction.text() == "Allez en A-01-02 et scannez l'emplacement."
    assert screen.short_empty_button.isVisible()
    screen.show_result(station.handle(ScanFrame(b"A-01-02", "A-01-02")))
    assert screen.step_instruction.text() == "Prélevez en A-01-02 et scannez chaque article."
    screen.show_result(station.handle(ScanFrame(b"x", demo_gtin(26), "]E0")))
    assert screen.step_quantity.text() == "× 49"
    qtbot.mouseClick(screen.short_empty_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Manquant enregistré : Guide d'installation, 49 en A-01-02 (emplacement vide)"
    assert screen.step_number.text() == "Ligne 2 sur 6 — emplacement A-02-01"
