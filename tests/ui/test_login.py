"""The login screen as a person uses it: a badge scan, or a tap on a name card, and a PIN for roles."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logins_desktop.ui.board.board import Board
from logins_desktop.ui.insertion.home import CounsellorHome
from logins_desktop.ui.shipping.console import LogisticsConsole
from logins_desktop.ui.station.station_screen import StationScreen


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card(window, name):
    for _ in range(5):
        for c in window.login.cards:
            if c.name_label.text() == name:
                return c
        tap_next = window.login.next
        if not tap_next.isEnabled():
            break
        tap_next.click()
    raise AssertionError(f"no card for {name}")


def enter_pin(qtbot, window, pin):
    for digit in pin:
        tap(qtbot, window.login.pin_pad.buttons[digit])
    tap(qtbot, window.login.pin_pad.validate)


def test_worker_badge_scan_logs_in_without_pin(qtbot, window, context):
    assert window.who.text() == "Log'ins — POSTE-01 — identifiez-vous"
    context.scanner.inject("B1003")  # Sofia Da Silva's badge, through the simulated scanner
    qtbot.waitUntil(lambda: window.person is not None)
    assert window.person.display_name == "Sofia Da Silva"
    assert isinstance(window.home, StationScreen)  # assigned at POSTE-02, not here (POSTE-01)
    assert window.home.last_result.message.to_json() == {"id": "station.hello_elsewhere", "args": {
        "worker": "Sofia Da Silva", "station": "POSTE-02"}}
    assert window.who.text() == "Sofia Da Silva — Opérateur·rice"
    assert window.sounds.played[-1] == "ok"
    assert window.logout_button.isVisible()


def test_unknown_badge_is_refused_loudly(qtbot, window, context):
    context.scanner.inject("X9999")
    qtbot.waitUntil(lambda: window.login.feedback.isVisible())
    assert window.person is None
    assert window.login.feedback.kind == "error"
    assert window.login.feedback.text.text() == "badge inconnu : « X9999 »"
    assert window.login.feedback.icon.pixmap() is not None and not window.login.feedback.icon.pixmap().isNull()
    assert window.sounds.played[-1] == "error"


def test_card_tap_logs_a_worker_in(qtbot, window):
    tap(qtbot, card(window, "Amina Benali"))
    assert window.person.key == "B1001"


def test_team_lead_card_asks_pin_and_refuses_a_wrong_one(qtbot, window):
    tap(qtbot, card(window, "Nathalie Roux"))
    assert window.login.waiting_for_pin and window.person is None
    enter_pin(qtbot, window, "9999")
    assert window.person is None
    assert window.login.feedback.kind == "error"
    assert window.login.feedback.text.text() == "Code incorrect. Réessayez."
    enter_pin(qtbot, window, "1234")
    assert window.person.key == "chef"
    assert isinstance(window.home, Board)
    tiles = list(window.home.task_buttons.values())
    assert len(tiles) == 6  # the tasks of open orders
    assert "CMD-2026-1103 — 0 / 350 kits" in tiles[0].text()  # the most urgent order first
    assert window.home.alert_buttons == {}


def test_team_lead_badge_scan_goes_to_pin_then_back(qtbot, window, context):
    context.scanner.inject("C2001")
    qtbot.waitUntil(lambda: window.login.waiting_for_pin)
    tap(qtbot, window.login.cancel_pin)
    assert not window.login.waiting_for_pin and window.person is None


def test_manager_gets_the_stock_view_and_logs_out(qtbot, window):
    tap(qtbot, card(window, "Marc Durand"))
    enter_pin(qtbot, window, "2468")
    assert isinstance(window.home, LogisticsConsole)
    assert window.home.pages.currentWidget() is window.home.stock_page
    tap(qtbot, window.logout_button)
    assert window.person is None and window.stack.currentWidget() is window.login
    assert not window.logout_button.isVisible()


def test_counsellor_sees_restrictions_and_the_read_is_audited(qtbot, window, context):
    from sqlalchemy import select

    from logins_desktop.store.models import AuditEntry

    tap(qtbot, card(window, "Hélène Petit"))
    enter_pin(qtbot, window, "135790")
    assert isinstance(window.home, CounsellorHome)  # the alerts first; the restrictions one tap away
    table = window.home.table
    rows = {table.item(r, 1).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert rows["Sofia Da Silva"] == "charge ≤ 3 kg, assis, pas de bras au-dessus des épaules, ≤ 120 min d'affilée"
    with context.db.read() as s:
        assert s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "restriction.read")).all() == ["insertion"]


def test_name_cards_are_paged_with_buttons_not_drag(qtbot, window):
    login = window.login
    assert len(login.cards) == 9
    assert login.page_label.text() == "Page 1 sur 2" and not login.previous.isEnabled()
    tap(qtbot, login.next)
    assert login.page_label.text() == "Page 2 sur 2" and len(login.cards) == 7
    tap(qtbot, login.previous)
    assert login.page_label.text() == "Page 1 sur 2"


def test_english_translation(qtbot, window):
    tap(qtbot, window.language_button)
    assert window.login.prompt.text() == "Scan your badge, or tap your name."
    assert window.language_button.text() == "Français"
    tap(qtbot, window.language_button)
    assert window.login.prompt.text() == "Scannez votre badge, ou touchez votre nom."


def test_messages_and_idle_logout_follow_the_settings(qtbot, context):
    from dataclasses import replace

    from logins_desktop.app import create_window

    ui = replace(context.settings.ui, feedback_seconds=0.2, idle_logout_minutes=0.005)  # 0.3 s
    context.settings = replace(context.settings, ui=ui)
    _app, win = create_window(context)
    qtbot.addWidget(win)
    win.show()
    win.login.handle_badge("INCONNU")
    assert win.login.feedback.isVisible()
    qtbot.waitUntil(lambda: not win.login.feedback.isVisible(), timeout=2000)
    context.scanner.inject("B1001")
    qtbot.waitUntil(lambda: win.person is not None)
    qtbot.waitUntil(lambda: win.person is None, timeout=3000)


def test_no_time_limit_by_default(qtbot, window):
    assert window.idle.minutes == 0
    window.login.feedback.seconds = 0
    window.login.handle_badge("INCONNU")
    qtbot.wait(300)
    assert window.login.feedback.isVisible()


def test_sync_status_in_the_header_offline_is_calm(qtbot, context):
    from dataclasses import replace

    from logins_desktop.app import create_window

    context.settings = replace(context.settings, central_url="postgresql+psycopg://logins@127.0.0.1:9/absent")
    _app, win = create_window(context)
    qtbot.addWidget(win)
    status = win.sync_status
    assert status.text() == f"Synchro jamais · {status._service.pending()} en attente"
    status.sync_now()
    qtbot.waitUntil(lambda: status.online is False, timeout=10_000)
    assert status.text().startswith("Hors ligne") and status.text().endswith("le travail continue")
    status.stop()


def test_a_station_unknown_to_the_database_still_logs_workers_in(qtbot, context):
    from dataclasses import replace

    from logins_desktop.app import build_context, create_window
    from logins_desktop.ui.home import OrdersHome

    settings = replace(context.settings, station=replace(context.settings.station, station_id="POSTE-99"))
    ctx = build_context(settings)
    assert ctx.station is None
    _app, win = create_window(ctx)
    qtbot.addWidget(win)
    ctx.scanner.inject("B1001")
    qtbot.waitUntil(lambda: win.person is not None)
    assert isinstance(win.home, OrdersHome) and win.home.table.rowCount() == 3
    ctx.close()


def test_five_wrong_pins_lock_the_keypad_with_the_time_left(qtbot, window, context):
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from logins_desktop.store.models import PinLockout

    tap(qtbot, card(window, "Nathalie Roux"))
    for _ in range(4):
        enter_pin(qtbot, window, "9999")
        assert window.login.feedback.text.text() == "Code incorrect. Réessayez."
    enter_pin(qtbot, window, "9999")
    feedback = window.login.feedback.text.text()
    assert feedback.startswith("5 codes incorrects : Nathalie Roux est verrouillé, encore ")
    assert not window.login.pin_pad.isEnabled() and window.person is None
    assert window.sounds.played[-1] == "error"
    # The time left is said again every second.
    qtbot.waitUntil(lambda: window.login.feedback.text.text().startswith("Nathalie Roux : verrouillé, encore 4 min "),
                    timeout=3000)
    # Back to the names and again: still locked, said at once.
    tap(qtbot, window.login.cancel_pin)
    tap(qtbot, card(window, "Nathalie Roux"))
    assert window.login.feedback.text.text().startswith("Nathalie Roux : verrouillé, encore 4 min ")
    assert not window.login.pin_pad.isEnabled()
    # When the lock ends, the keypad opens again by itself and the right PIN signs in.
    with context.db.write() as s:
        s.execute(update(PinLockout).values(locked_until=datetime.now(UTC) + timedelta(seconds=1)))
    qtbot.waitUntil(lambda: window.login.pin_pad.isEnabled(), timeout=5000)
    enter_pin(qtbot, window, "1234")
    assert window.person.key == "chef" and window.session.role is not None


def _old_short_pin(context, username, pin):
    from sqlalchemy import select

    from logins_desktop.services.auth import hash_secret
    from logins_desktop.store.models import User
    with context.db.write() as s:
        s.scalars(select(User).where(User.username == username)).one().secret_hash = hash_secret(pin)


def test_a_counsellors_old_4_digit_pin_must_be_changed_at_sign_in(qtbot, window, context):
    """Right but too short for a role that reads personal data: no session until the keypad has
    taken a new PIN of 6 digits, twice; the old one no longer works afterwards."""
    _old_short_pin(context, "insertion", "1357")
    tap(qtbot, card(window, "Hélène Petit"))
    enter_pin(qtbot, window, "1357")
    assert not isinstance(window.home, CounsellorHome) and window.login.waiting_for_pin
    assert window.login.pin_title.text() == "Hélène Petit — nouveau code"
    assert "au moins 6 chiffres" in window.login.feedback.text.text()
    enter_pin(qtbot, window, "2468")  # still too short: refused, still changing
    enter_pin(qtbot, window, "2468")
    assert "de 6 à 8 chiffres" in window.login.feedback.text.text()
    enter_pin(qtbot, window, "246810")
    enter_pin(qtbot, window, "246811")  # the confirmation differs: start the new PIN again
    assert window.login.feedback.kind == "error" and not isinstance(window.home, CounsellorHome)
    enter_pin(qtbot, window, "246810")
    enter_pin(qtbot, window, "246810")
    assert isinstance(window.home, CounsellorHome)
    auth = window.login._auth
    person = auth.person("insertion")
    assert auth.sign_in(person, "1357").refusal.id == "auth.wrong_pin"
    assert auth.sign_in(person, "246810").session is not None


def test_a_team_leads_4_digit_pin_stays_valid(qtbot, window, context):
    from logins_desktop.ui.board.board import Board

    tap(qtbot, card(window, "Nathalie Roux"))
    enter_pin(qtbot, window, "1234")
    assert isinstance(window.home, Board)


def test_a_scan_waiting_for_a_busy_database_says_so_on_screen_then_plainly(qtbot, window, context):
    """Another program holds the write lock: while the scan waits, the banner reads "base occupée,
    nouvel essai…" (painted although the GUI thread is the one waiting); when the wait runs out
    the station says plainly that nothing was saved; the banner goes once the base is free."""
    import sqlite3
    import threading

    context.scanner.inject("B1001")
    qtbot.waitUntil(lambda: isinstance(window.home, StationScreen))
    painted: list[str] = []
    real_show = window.show_busy

    def spy(waited):
        real_show(waited)
        painted.append(window.busy_banner.text.text())
    window._busy_bridge.waited.disconnect()
    window._busy_bridge.waited.connect(spy)
    context.db.busy_seconds = 2.5
    holder = sqlite3.connect(context.db.url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        from logins_desktop.devices.scanners import ScanFrame
        from logins_desktop.services.demo import demo_gtin
        window.on_scan(ScanFrame(demo_gtin(2).encode(), demo_gtin(2), "]E0"))  # the real path of a scan
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert painted and painted[0].startswith("base occupée, nouvel essai…")
    assert painted[-1].endswith("sur 2 s)") or painted[-1].endswith("sur 3 s)")
    result = window.home.last_result
    assert result.committed is False and result.message.id == "station.not_saved"
    qtbot.waitUntil(lambda: not window.busy_banner.isVisible(), timeout=5000)
    # From a worker thread (an import, the print queue): queued to the GUI thread, never direct.
    worker = threading.Thread(target=lambda: context.db.on_busy(4.0))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: window.busy_banner.isVisible(), timeout=5000)
    assert window.busy_banner.text.text().startswith("base occupée, nouvel essai… (4 s")
