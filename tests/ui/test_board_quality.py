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


POINTS = ["étui fermé sans pli", "produits calés", "carte visible", "film sans bulle", "étiquette lisible",
          "ruban noué", "notice pliée", "code-barres droit", "coins intacts", "pas de trace", "sachet scellé",
          "bon joint"]


def visible_points(panel):
    return [point for point, button in panel.point_buttons.items() if button.isVisible()]


def test_a_long_checklist_and_many_kits_fit_a_768_px_panel_in_pages_and_ticks_survive(qtbot, context):
    """Twelve points and eight kits waiting, on the board of a 1024×768 window (678 px under its
    header): both lists in pages, nothing pushed past the panel, every tick kept across pages,
    a refresh and the refusal of « Bon », which turns to the page where a point is left."""
    lead = signed_in(context.db, "chef")
    quality.set_rule(context.db, lead, "KIT-REPRISE", "every", 1, " | ".join(POINTS))
    station = StationService(context.db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for _ in range(8):
        for code in KIT_STEPS:
            scan(station, code)
    assert len(quality.pending_checks(context.db)) == 8
    board = Board(Theme(), BoardService(context.db, "chef"), Sounds(enabled=False),
                  context.shift_plan_for("chef"), context.quality_for(lead))
    qtbot.addWidget(board)
    board.resize(1024, 678)
    board.show()
    board.show_page(3)
    panel = board.quality
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: bool(visible_points(panel)) and panel.points_pager.pages() > 1 and panel.kits_pager.pages() > 1)
    assert board.minimumSizeHint().height() <= 678  # the page never makes the window taller than the panel
    viewport = panel.points_pager.view.viewport()
    for point in visible_points(panel):  # a page is points whole, never one cut at the edge
        button = panel.point_buttons[point]
        assert viewport.rect().contains(button.geometry().translated(0, -panel.points_pager.view.verticalScrollBar().value()))
    first_page = visible_points(panel)
    assert 0 < len(first_page) < len(POINTS)
    # Tick every point, page after page, but the last one.
    seen = []
    while True:
        for point in visible_points(panel):
            seen.append(point)
            if point != POINTS[-1]:
                tap(qtbot, panel.point_buttons[point])
        if not panel.points_pager.next.isEnabled():
            break
        tap(qtbot, panel.points_pager.next)
        qtbot.wait(10)
    assert seen == POINTS  # each point on one page, in the customer's order
    board.show_page(2)  # a look at the pace, and back: the checks page is rebuilt from the database
    board.show_page(3)
    qtbot.wait(10)
    assert [p for p, on in panel.ticked.items() if not on] == [POINTS[-1]]
    assert all(panel.point_buttons[p].isChecked() for p in POINTS[:-1])
    while panel.points_pager.previous.isEnabled():
        tap(qtbot, panel.points_pager.previous)
        qtbot.wait(10)
    assert visible_points(panel) == first_page
    tap(qtbot, panel.pass_button)
    qtbot.wait(10)
    assert panel.feedback.kind == "error" and POINTS[-1] in visible_points(panel)  # turned to the point left
    assert len(quality.pending_checks(context.db)) == 8
    tap(qtbot, panel.point_buttons[POINTS[-1]])
    tap(qtbot, panel.pass_button)
    assert panel.feedback.kind == "ok" and len(quality.pending_checks(context.db)) == 7
    # The last kit waiting is reached by the list's pages; tapping it starts afresh.
    while panel.kits_pager.next.isEnabled():
        tap(qtbot, panel.kits_pager.next)
        qtbot.wait(10)
    last = quality.pending_checks(context.db)[-1]
    tap(qtbot, panel.check_buttons[last.id])
    assert panel.selected.id == last.id and panel.feedback.kind is None and not any(panel.ticked.values())
    assert panel.hint.isVisible()
    tap(qtbot, panel.points_pager.next)
    qtbot.wait(10)
    assert POINTS[0] not in visible_points(panel)
    first = quality.pending_checks(context.db)[0]
    while panel.kits_pager.previous.isEnabled():
        tap(qtbot, panel.kits_pager.previous)
        qtbot.wait(10)
    tap(qtbot, panel.check_buttons[first.id])
    qtbot.wait(10)
    assert panel.selected.id == first.id and POINTS[0] in visible_points(panel)  # another kit: from its first point
