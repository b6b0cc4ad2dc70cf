"""The board's quality page: a kit set aside at the station is decided by taps, point by point."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logins_desktop.services import quality
from logins_desktop.services.board import BoardService
from logins_desktop.services.station import StationService
from logins_desktop.ui.board.board import Board
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from tests.integration.test_station_service import KIT_STEPS, Clock, scan
from tests.sessions import signed_in


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_kit_set_aside_is_failed_then_reworked_then_the_next_passes(qtbot, context):
    lead = signed_in(context.db, "chef")
    quality.set_rule(context.db, lead, "KIT-REPRISE", "per_order", 2, "notice pliée | étiquette droite")
    station = StationService(context.db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for _ in range(2):
        for code in KIT_STEPS:
            scan(station, code)
    board = Board(Theme(), BoardService(context.db, "chef"), Sounds(enabled=False),
                  context.shift_plan_for("chef"), context.quality_for(lead))
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.show()
    [call] = [a for a in board._board.help_alerts() if a.kind == "quality"]  # one call for the two kits
    tap(qtbot, board.alert_buttons[call.id])  # "Contrôler" answers it and opens the checks page
    assert board.pages.currentIndex() == 3 and call.id not in board.alert_buttons
    panel = board.quality
    assert panel.isVisible() and len(panel.check_buttons) == 2
    assert panel.selected.kit_number == 1 and panel.pass_button.isVisible()
    # "Bon" with a point not ticked is refused in words, nothing decided.
    tap(qtbot, panel.point_buttons["notice pliée"])
    tap(qtbot, panel.pass_button)
    assert panel.feedback.kind == "error" and [c.status for c in quality.pending_checks(context.db)] == ["pending"] * 2
    tap(qtbot, panel.fail_button)
    assert panel.feedback.kind == "warning" and "étiquette droite" in panel.feedback.text.text()
    failed = next(c for c in panel.checks if c.status == "failed")
    tap(qtbot, panel.check_buttons[failed.id])
    assert panel.rework_button.isVisible() and not panel.pass_button.isVisible()
    tap(qtbot, panel.rework_button)
    assert [c.kit_number for c in quality.pending_checks(context.db)] == [2]
    assert panel.selected.kit_number == 2
    for button in panel.point_buttons.values():
        tap(qtbot, button)
    tap(qtbot, panel.pass_button)
    assert panel.feedback.kind == "ok" and quality.pending_checks(context.db) == []
    assert panel.count.text() and not panel.check_buttons
