"""A keyboard-wedge scanner types into whatever has focus: the scan must never land in the text field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from logins_desktop.devices.scanners import open_scanner
from logins_desktop.ui.wedge import WedgeFilter

# A burst is told from typing by the milliseconds between keys: no collection of the test
# process's heap between two of them.
pytestmark = pytest.mark.usefixtures("no_collector_pause")


def type_text(qtbot, widget, text, delay_ms=0):
    """Key presses with their text, as a keyboard (or a wedge scanner) sends them to the focus widget."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        if delay_ms:
            qtbot.wait(delay_ms)


def make(qtbot):
    scanner = open_scanner("hid://?suffix=CR&layout=auto")
    frames = []
    scanner.start(frames.append, lambda ok, msg: None)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    wedge = WedgeFilter(scanner)
    wedge.install()
    return field, frames, wedge


def test_a_scan_burst_does_not_land_in_the_focused_text_field(qtbot):
    field, frames, wedge = make(qtbot)
    try:
        type_text(qtbot, field, "]E03760000000017\r")  # as fast as a scanner
        assert field.text() == ""
        assert [(f.symbology, f.text) for f in frames] == [("]E0", "3760000000017")]
    finally:
        wedge.remove()


def test_a_person_typing_still_types(qtbot):
    field, frames, wedge = make(qtbot)
    try:
        type_text(qtbot, field, "lavande", delay_ms=80)  # 80 ms between keys: a person
        qtbot.wait(100)
        assert field.text() == "lavande"
        assert frames == []
    finally:
        wedge.remove()


def test_us_layout_scanner_on_azerty_station(qtbot):
    field, frames, wedge = make(qtbot)
    try:
        type_text(qtbot, field, '&é"\'(-è_çà\r')
        assert field.text() == "" and frames[0].text == "1234567890"
    finally:
        wedge.remove()


def test_the_app_with_a_wedge_scanner_logs_in_from_a_burst_whatever_has_focus(qtbot, context):
    from dataclasses import replace

    from logins_desktop.app import create_window
    from logins_desktop.devices.scanners import open_scanner
    from logins_desktop.ui.station.station_screen import StationScreen

    context.scanner = open_scanner("hid://?suffix=CR")
    context.settings = replace(context.settings, devices=replace(context.settings.devices, scanner="hid://?suffix=CR"))
    _app, win = create_window(context)
    qtbot.addWidget(win)
    win.show()
    focus = win.login.cards[0]
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)
    type_text(qtbot, focus, "B1001\r")
    qtbot.waitUntil(lambda: isinstance(win.home, StationScreen))
    assert win.person.key == "B1001"
    win.wedge.remove()


def test_the_composition_root_hands_a_wedge_scanner_to_the_window_and_only_that_one(qtbot, demo_db, db_url):
    """app.py builds the scanner from its URL and tells the window which keys to watch: the window
    itself never looks at device classes (the layers contract forbids ui -> devices)."""
    from dataclasses import replace

    from logins_desktop.app import build_context, create_window
    from logins_desktop.settings import DeviceSettings, Settings

    for url, wedged in (("hid://?suffix=CR&layout=auto", True), ("sim://", False)):
        ctx = build_context(replace(Settings(), db_url=db_url, devices=DeviceSettings(scanner=url)))
        try:
            _app, window = create_window(ctx)
            qtbot.addWidget(window)
            assert (window.wedge is not None) is wedged, url
            assert (window.sim_panel is not None) is (not wedged)
            if window.wedge is not None:
                window.wedge.remove()
            window.close()
        finally:
            ctx.close()
