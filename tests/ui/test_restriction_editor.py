"""The counsellor edits a person's restrictions by tapping only; the table shows the change."""

from PySide6.QtCore import Qt

from logins_desktop.services.overview import OverviewService
from logins_desktop.services.restrictions import RestrictionService
from logins_desktop.ui.home import WorkersHome
from logins_desktop.ui.theme import Theme
from tests.sessions import signed_in


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_counsellor_changes_a_restriction_by_taps(qtbot, context):
    session = signed_in(context.db, "insertion")
    home = WorkersHome(Theme(), OverviewService(context.db), session, RestrictionService(context.db))
    qtbot.addWidget(home)
    home.resize(1280, 800)
    home.show()
    tap(qtbot, home.edit_button)  # nobody chosen yet
    assert home.feedback.kind == "info"
    row = next(i for i, (badge, _) in enumerate(home._badges) if badge == "B1008")
    home.table.selectRow(row)
    tap(qtbot, home.edit_button)
    editor = home.editor
    assert home.pages.currentIndex() == 1 and editor.load.value == 10.0
    for _ in range(3):
        tap(qtbot, editor.load.findChildren(type(editor.save_button))[0])  # − three times
    tap(qtbot, editor.posture.buttons[next(k for k in editor.posture.buttons if k is not None and k.value == "seated")])
    tap(qtbot, editor.save_button)
    assert home.pages.currentIndex() == 0 and home.feedback.kind == "ok"
    text = home.table.model().index(row, 4).data()
    assert "charge ≤ 7 kg" in text and "assis" in text
