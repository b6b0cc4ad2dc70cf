"""The team lead's board: tap a worker, tap a task; blocked tasks greyed with their reasons and
refused if tried; help calls acknowledged."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from sqlalchemy import select

from logins_desktop.domain.compatibility import check
from logins_desktop.services.assignment import requirements_of, restrictions_of
from logins_desktop.services.board import BoardService
from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.store.models import Assignment, HelpCall, Task, Worker
from logins_desktop.ui.board.board import Board
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make(qtbot, context):
    board = Board(Theme(), BoardService(context.db, "chef"), Sounds(enabled=False), ShiftPlanService(context.db, "chef"))
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.show()
    return board


def test_tap_worker_then_task_assigns(qtbot, context):
    board = make(qtbot, context)
    tap(qtbot, board.worker_buttons["B1008"])  # Thomas Nguyen: up to 10 kg
    tile = board.task_buttons["T-LAVANDE-ETIQ"]
    assert "✔ compatible" in tile.text()
    tap(qtbot, tile)
    with context.db.read() as s:
        a = s.scalars(select(Assignment).join(Worker).where(Worker.badge == "B1008", Assignment.active)).one()
        task = s.get(Task, a.task_id)
        assert task.code == "T-LAVANDE-ETIQ"
    said = board.feedback.text.text()  # by names, not codes
    assert board.feedback.kind == "ok" and f"Thomas Nguyen affecté·e à {task.name}" in said and "B1008" not in said
    assert "Thomas" in board.task_buttons["T-LAVANDE-ETIQ"].text()


def test_incompatible_tasks_are_greyed_with_reasons_and_refused(qtbot, context):
    board = make(qtbot, context)
    tap(qtbot, board.worker_buttons["B1003"])  # Sofia Da Silva: ≤ 3 kg, seated, no overhead reach
    tile = board.task_buttons["T-FIBRA-PICK"]
    assert tile.blocked
    assert tile.text().splitlines()[3:] == ["✖ BLOQUÉ :", "   – charge 12 kg > limite 3 kg",
                                             "   – tâche debout, travail assis requis", "   – bras au-dessus des épaules"]
    tap(qtbot, tile)
    assert board.feedback.kind == "error" and "ne peut pas être affecté·e" in board.feedback.text.text()
    with context.db.read() as s:  # still on her old assignment
        a = s.scalars(select(Assignment).join(Worker).where(Worker.badge == "B1003", Assignment.active)).one()
        assert s.get(Task, a.task_id).code == "T-REPRISE-ASM"


def test_task_before_worker_explains_the_order(qtbot, context):
    board = make(qtbot, context)
    tap(qtbot, board.task_buttons["T-REPRISE-CTRL"])
    assert board.feedback.text.text() == "Touchez d'abord une personne, puis la tâche."


def test_help_call_is_shown_and_acknowledged(qtbot, context):
    with context.db.write() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1001")).one()
        s.add(HelpCall(station="POSTE-01", worker_id=worker.id, message="aide"))
    board = make(qtbot, context)
    assert len(board.alert_buttons) == 1
    tap(qtbot, next(iter(board.alert_buttons.values())))
    assert board.alert_buttons == {}
    with context.db.read() as s:
        assert s.scalars(select(HelpCall.acknowledged_by)).one() == "chef"


def test_proposal_is_shown_beside_the_current_plan_and_applied(qtbot, context):
    board = make(qtbot, context)
    tap(qtbot, board.page_buttons[1])  # Proposer
    qtbot.waitUntil(lambda: board.proposal.plan is not None, timeout=5000)  # the first plan at once
    qtbot.waitUntil(lambda: not board.proposal.running, timeout=30000)
    view = board.proposal
    assert view.plan.source == "cp-sat"
    assert view.apply_buttons, "the demo's current plan leaves people without a task: there are moves"
    with context.db.read() as s:  # every proposed task is one the person may do
        for badge, code in view.plan.periods[0].items():
            if code is None:
                continue
            worker = s.scalars(select(Worker).where(Worker.badge == badge)).one()
            task = s.scalars(select(Task).where(Task.code == code)).one()
            assert check(requirements_of(task), restrictions_of(worker)).compatible
    # One move applied alone.
    badge = next(iter(view.apply_buttons))
    proposed = view.plan.periods[0][badge]
    tap(qtbot, view.apply_buttons[badge])
    assert view.feedback.kind == "ok"
    with context.db.read() as s:
        a = s.scalars(select(Assignment).join(Worker).where(Worker.badge == badge, Assignment.active)).one()
        assert s.get(Task, a.task_id).code == proposed
    assert badge not in view.apply_buttons  # no longer a move
    # Then all the others with one tap.
    tap(qtbot, view.apply_all)
    assert view.feedback.kind == "ok", view.feedback.text.text()
    with context.db.read() as s:
        held = {b: s.get(Task, t).code for b, t in s.execute(
            select(Worker.badge, Assignment.task_id).join(Assignment, Assignment.worker_id == Worker.id)
            .where(Assignment.active))}
    assert all(held.get(b) == c for b, c in view.plan.periods[0].items() if c is not None)
    assert view.apply_buttons == {}


def test_pinned_person_keeps_their_task_in_the_new_proposal(qtbot, context):
    board = make(qtbot, context)
    tap(qtbot, board.page_buttons[1])
    qtbot.waitUntil(lambda: not board.proposal.running and board.proposal.plan is not None, timeout=30000)
    view = board.proposal
    tap(qtbot, view.pin_buttons["B1012"])  # Yannick stays on the box picking
    assert view.pins == {"B1012": "T-FIBRA-PICK"}
    qtbot.waitUntil(lambda: not view.running, timeout=30000)
    assert all(period["B1012"] == "T-FIBRA-PICK" for period in view.plan.periods)
    assert view.pin_buttons["B1012"].isChecked()


def in_one_clock_hour(margin_s: float = 15.0) -> None:
    """Wait past the next hour when it is this close: the demo's morning is dated from the hour it
    is made in and the chart counts from the hour it is read in (CI once met 00:00 between them)."""
    now = time.time()
    left = 3600 - now % 3600
    if left < margin_s:
        time.sleep(left + 0.5)


def test_pace_chart_has_a_line_per_order_and_says_it_in_words(qtbot, context):
    from logins_desktop.services.demo import add_morning

    in_one_clock_hour()
    with context.db.write() as s:
        add_morning(s)
    board = make(qtbot, context)
    tap(qtbot, board.page_buttons[2])
    assert board.pace.series_count == 3  # the demo's morning on three orders
    assert "CMD-2026-1101 : 140 kits la dernière heure complète, 0 dans l'heure en cours, 609 en tout" in board.pace.summary.text()


def test_worker_cards_show_the_photo_or_else_the_initials(qtbot, context, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from logins_desktop.ui.widgets.touch import avatar

    theme = Theme()
    board = make(qtbot, context)
    card = next(c for c in BoardService(context.db, "chef").workers() if c.badge == "B1008")
    assert card.initials == "TN"  # Thomas Nguyen
    assert not board.worker_buttons["B1008"].icon().isNull()
    side = 64
    accent = QColor(theme.palette.accent).rgb()
    initials = avatar(theme, "TN", None, side).toImage()
    assert initials.pixelColor(side // 2, 3).rgb() == accent  # the disc, above the letters
    assert initials.pixelColor(0, 0).alpha() == 0  # round, not square
    assert QColor(theme.palette.accent_text).rgb() in {initials.pixelColor(x, side // 2).rgb() for x in range(side)}
    photo = QImage(80, 120, QImage.Format.Format_RGB32)
    photo.fill(QColor("#00a000"))
    photo.save(str(tmp_path / "thomas.png"))
    pictured = avatar(theme, "TN", str(tmp_path / "thomas.png"), side).toImage()
    assert pictured.pixelColor(side // 2, side // 2).rgb() == QColor("#00a000").rgb()
    missing = avatar(theme, "TN", str(tmp_path / "absent.png"), side).toImage()  # falls back, no crash
    assert missing.pixelColor(side // 2, 3).rgb() == accent


def test_the_proposal_reaches_the_screen_by_signal_shows_task_names_and_stops_on_request(qtbot, context):
    import threading
    import time

    from PySide6.QtWidgets import QLabel

    from logins_desktop.settings import PlanningSettings
    from logins_desktop.ui.board.proposal import ProposalView

    # A search that would run ten minutes: only the stop request can end it within the test.
    planner = ShiftPlanService(context.db, "chef", PlanningSettings(search_seconds=600))
    view = ProposalView(Theme(), planner, Sounds(enabled=False))
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    shown_on = []
    show = view._show_plan

    def spy(*args, **kwargs):
        shown_on.append(threading.current_thread())
        return show(*args, **kwargs)

    view._show_plan = spy
    view.start()
    qtbot.waitUntil(lambda: view.plan is not None, timeout=15000)
    asked = time.monotonic()
    view.stop()
    qtbot.waitUntil(lambda: not view.running, timeout=15000)
    assert time.monotonic() - asked < 10
    assert shown_on and all(t is threading.main_thread() for t in shown_on)  # never from the worker
    texts = {label.text() for label in view.findChildren(QLabel)}
    with context.db.read() as s:
        names = dict(s.execute(select(Task.code, Task.name)).all())
    moves = view.proposal.moves
    held = [m for m in moves if m.now is not None]
    assert held, "the demo has people on tasks"
    for move in held:
        assert move.now_name == names[move.now] and move.now_name in texts
        assert move.now not in texts  # the code is for the database, not for people


def test_the_selected_person_is_marked_without_colour_alone_and_kept_in_view(qtbot, context):
    board = make(qtbot, context)
    board.resize(1024, 500)
    board.show()
    qtbot.waitExposed(board)
    qtbot.wait(50)  # laid out at this size, as it is before anyone taps
    last = list(board.worker_buttons)[-1]  # on the last page of the people
    board.select_worker(last)
    qtbot.wait(50)
    button = board.worker_buttons[last]
    assert button.isChecked() and button.isVisible()  # its page was turned to
    assert button.text().startswith("✔ ")  # a check mark…
    assert board._theme.palette.focus in button.styleSheet()  # …a thick border in the focus colour…
    assert button.accessibleDescription() == "choisie"
    others = [b for k, b in board.worker_buttons.items() if k != last]
    assert not any(b.text().startswith("✔") or b.isChecked() or b.styleSheet() for b in others)
    board.select_worker(last)  # tapped again: not chosen any more
    assert not button.text().startswith("✔") and not button.styleSheet()


def test_an_english_board_gives_the_reasons_and_the_chips_in_english(qtbot, context):
    """The reasons a task is blocked and a person's chips are the service's messages, shown in the
    board's language (they were French on an English board)."""
    from PySide6.QtWidgets import QApplication

    from logins_desktop.ui.i18n import install_language

    install_language(QApplication.instance(), "en")
    try:
        board = make(qtbot, context)
        chips = board.worker_buttons["B1003"].text()  # Sofia Da Silva: ≤ 3 kg, seated, no overhead reach
        assert "≤ 3 kg" in chips and "seated" in chips and "assis" not in chips
        tap(qtbot, board.worker_buttons["B1003"])
        tile = board.task_buttons["T-FIBRA-PICK"]
        blocked = tile.text().splitlines()[3:]
        assert blocked[0] == "✖ BLOCKED:" and "tâche" not in tile.text() and "limite" not in tile.text(), blocked
    finally:
        install_language(QApplication.instance(), "fr")
