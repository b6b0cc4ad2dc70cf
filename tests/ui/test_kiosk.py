"""[ui] window: a full-screen kiosk that a worker cannot close, left by a team lead's "Quitter";
or an ordinary window on the manager's desk."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logins_desktop.app import build_context, create_window, show_main
from logins_desktop.settings import DeviceSettings, Settings, UISettings


@pytest.fixture
def make_window(qtbot, demo_db, db_url):
    made = []

    def make(mode: str):
        settings = replace(Settings(), db_url=db_url, devices=DeviceSettings(scanner="sim://"),
                           ui=UISettings(window=mode))
        ctx = build_context(settings)
        _app, win = create_window(ctx)
        qtbot.addWidget(win)
        made.append((ctx, win))
        show_main(win, settings)
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.isFullScreen() is (mode == "fullscreen"))
        return win

    yield make
    for ctx, win in made:
        win._may_close = True  # let the test's teardown close the kiosk
        win.close()
        ctx.close()


def sign_in(window, badge: str, pin: str = "") -> None:
    if pin:
        window.login.handle_badge(badge)
        window.login.pin_pad.tap_digits(pin)
        window.login.pin_pad.validate.click()
    else:
        window.login.choose(window.ctx.auth.person_by_badge(badge))
    QApplication.processEvents()


def test_the_station_fills_the_screen_without_a_frame_and_a_worker_cannot_close_it(qtbot, make_window):
    window = make_window("fullscreen")
    screen = window.screen().geometry()
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.geometry() == screen
    assert not window.quit_button.isVisible()
    sign_in(window, "B1001")  # Amina, a worker
    assert window.person is not None and not window.quit_button.isVisible()
    assert window.close() is False  # Alt+F4, a stray close: refused
    assert window.isVisible()
    window.quit_kiosk()  # not hers to do
    assert window.isVisible()


@pytest.mark.parametrize("badge, pin", [("C2001", "1234"), ("C2002", "2468")])
def test_a_team_lead_or_manager_quits_the_kiosk(qtbot, make_window, badge, pin):
    window = make_window("fullscreen")
    sign_in(window, badge, pin)
    assert window.quit_button.isVisible()
    assert window.quit_button.accessibleName() == "Quitter l'application"
    window.quit_button.click()
    assert not window.isVisible()


def test_after_logout_the_kiosk_is_locked_again(qtbot, make_window):
    window = make_window("fullscreen")
    sign_in(window, "C2001", "1234")
    window.logout()
    assert not window.quit_button.isVisible()
    assert window.close() is False and window.isVisible()


def test_the_managers_desk_has_an_ordinary_window(qtbot, make_window):
    window = make_window("normal")
    room = window.screen().availableGeometry()
    assert not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    # 1280x800 at most, never more than the screen's free area (the test's virtual screen is
    # 800 px wide, narrower than the screens' 1024 px minimum: there the minimum wins).
    assert window.maximumWidth() == room.width() and window.maximumHeight() == room.height()
    assert window.height() <= min(800, room.height())
    assert window.width() <= max(min(1280, room.width()), window.minimumSizeHint().width())
    sign_in(window, "C2001", "1234")
    assert not window.quit_button.isVisible()  # the window's own close button is the way out
    assert window.close() is True
