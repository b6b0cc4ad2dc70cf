"""Accessibility on every screen: accessible names, touch targets in millimetres, live contrast and font size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from logins_desktop.ui.theme import HIGH_CONTRAST, NORMAL, Theme, ThemeSettings, mm_to_px

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView)


def screens(window):
    """Bring up each screen in turn and yield its name."""
    yield "login"
    window.login.choose(next(p for p in window.ctx.auth.people() if p.key == "chef"))
    yield "pin"
    window.login.reset()
    for key, pin in (("B1001", ""), ("chef", "1234"), ("insertion", "135790"), ("logistique", "2468")):
        person = next(p for p in window.ctx.auth.people() if p.key == key)
        window.login.choose(person)
        if pin:
            window.login._check_pin(pin)
        QApplication.processEvents()
        yield f"home:{key}"
        if key == "logistique":  # the console's other pages
            for button in window.home.nav_buttons[1:]:
                button.click()
                QApplication.processEvents()
                yield f"console:{button.text()}"
            window.home.show_page(window.home.files)
            QApplication.processEvents()
            yield "console:files"
            window.home.show_page(window.home.costs)
            QApplication.processEvents()
            yield "console:costs"
            window.home.costs.invoice_button.click()
            QApplication.processEvents()
            yield "console:costs:invoice"
            window.home.stop()
        if key == "chef":  # the board's Proposer and Cadence pages
            board = window.home
            board.show_page(1)
            board.proposal.wait(30)
            for _ in range(3):
                QApplication.processEvents()
            assert board.proposal.apply_buttons or board.proposal.pin_buttons
            yield "board:proposer"
            board.show_page(2)
            yield "board:cadence"
        if key == "insertion":  # search, a path, an interview, the passport, the restriction editor
            home = window.home
            home.show_page(home.SEARCH)
            for letter in "AMI":
                home.keyboard.type(letter)
            yield "insertion:search"
            home.open_path("B1001")
            yield "insertion:path"
            home.path_page._add_entry()
            yield "insertion:interview"
            home.show_passport("B1001", "Amina Benali")
            yield "insertion:passport"
            home.show_page(home.ALERTS)
            window.home.table.selectRow(0)
            window.home.edit_selected()
            yield "workers:editor"
        window.logout()


def test_mm_to_px_uses_the_physical_dpi():
    assert mm_to_px(25.4, dpi=100) == 100
    assert Theme(ThemeSettings(touch_target_mm=20), dpi=254).target_px == 200
    assert Theme(ThemeSettings(touch_target_mm=30), dpi=254).target_px == 300


def test_every_interactive_widget_has_a_name_and_a_touch_sized_target(qtbot, window):
    target = window.theme.target_px
    assert target == mm_to_px(20)
    for screen in screens(window):
        QApplication.processEvents()
        visible = [w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()]
        assert visible, screen
        for widget in visible:
            assert widget.accessibleName().strip(), f"{screen}: {type(widget).__name__} '{getattr(widget, 'text', lambda: '')()}' has no accessible name"
            if isinstance(widget, QTableView):
                assert widget.verticalHeader().defaultSectionSize() >= target, f"{screen}: rows of {widget.accessibleName()}"
            if isinstance(widget, QAbstractButton | QLineEdit):
                assert widget.height() >= target and widget.width() >= target, (
                    f"{screen}: {widget.accessibleName()} is {widget.width()}x{widget.height()} px, target {target} px"
                )
            if isinstance(widget, QPushButton) and QPushButton.text(widget):
                # The painted label (a TouchButton may put it on two lines) + icon + the border on both
                # sides and a little of the padding (Qt paints a label over its padding, not its border).
                painted = QPushButton.text(widget)
                widest = max(widget.fontMetrics().horizontalAdvance(line) for line in painted.split("\n"))
                needed = widest + 2 * (2 + 2)
                if not widget.icon().isNull():
                    needed += widget.iconSize().width() + 4
                assert needed <= widget.width(), f"{screen}: label « {painted} » is clipped ({needed} > {widget.width()} px)"


def test_bigger_targets_from_the_user_profile(qtbot, window):
    window.theme.update(touch_target_mm=30)
    QApplication.processEvents()
    target = window.theme.target_px
    assert target == mm_to_px(30)
    assert window.contrast_button.minimumHeight() == target
    window.theme.update(touch_target_mm=20)


def test_high_contrast_and_font_scale_apply_live(qtbot, window):
    # The theme restyles the main window (Theme.attach): its own stylesheet is the one in force.
    assert NORMAL.background in window.styleSheet()
    window.contrast_button.click()
    assert window.theme.settings.high_contrast
    assert HIGH_CONTRAST.background in window.styleSheet() and HIGH_CONTRAST.focus in window.styleSheet()
    before = window.theme.font_pt
    window.larger_button.click()
    assert window.theme.font_pt == pytest.approx(before * 1.1)
    assert f"font-size: {window.theme.font_pt:.1f}pt" in window.styleSheet()
    for _ in range(30):  # the scale is clamped, never absurd
        window.larger_button.click()
    assert window.theme.settings.font_scale == Theme.MAX_SCALE


def test_feedback_is_never_colour_alone(qtbot, window):
    window.login.handle_badge("INCONNU")
    fb = window.login.feedback
    assert fb.objectName() == "feedback_error"  # colour
    assert not fb.icon.pixmap().isNull()  # pictogram
    assert fb.text.text()  # text
    assert window.sounds.played[-1] == "error"  # sound


# ---------------------------------------------------------------------------- the audit (audit-ui)
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_audit_finds_nothing_on_any_screen(qtbot, tmp_path, size, language, high_contrast):
    """The QAccessible tree of every screen: roles, names, target sizes, inside the window, and the
    painted contrast (4.5:1, 7:1 in high contrast), at each size, in both languages."""
    from logins_desktop.app import audit_ui
    from logins_desktop.messages import render

    violations, screens = audit_ui(tmp_path / "absent.toml", [size], language, high_contrast)
    assert screens >= 30
    assert violations == [], "\n".join(render(v.message(), "en") for v in violations)


def test_the_audit_reports_a_small_button_an_unnamed_one_a_pale_label_and_one_outside(qtbot):
    from PySide6.QtWidgets import QLabel

    from logins_desktop.services.ui_audit import contrast_ratio
    from logins_desktop.ui.audit import audit_screen

    theme = Theme(ThemeSettings(touch_target_mm=20), dpi=96)
    top = QWidget()
    # Its own style: no touch-target minimum from the application's stylesheet (a window built before sets one).
    top.setStyleSheet("QWidget { background: #ffffff; color: #000000; font-size: 16pt; } "
                      "QPushButton { min-width: 0px; min-height: 0px; padding: 0px; border: 1px solid #000000; }")
    top.resize(600, 400)
    small = QPushButton("OK", top)
    small.setGeometry(10, 10, 30, 30)
    unnamed = QPushButton(top)  # a pictogram only, no words for a screen reader
    unnamed.setGeometry(10, 60, 120, 120)
    pale = QLabel("Texte pâle", top)
    pale.setStyleSheet("color: #b0b0b0;")
    pale.setGeometry(150, 10, 300, 60)
    lost = QPushButton("Perdu", top)
    lost.setGeometry(500, 300, 200, 200)
    fine = QPushButton("Valider", top)
    fine.setGeometry(150, 100, 200, 120)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    found = audit_screen(top, "essai", "600x400", theme)
    kinds = {(v.kind, v.name) for v in found}
    assert ("too_small", "OK") in kinds
    assert any(kind == "no_name" for kind, _ in kinds)
    assert ("contrast", "Texte pâle") in kinds
    assert ("outside", "Perdu") in kinds
    assert not any(name == "Valider" for _, name in kinds)  # 200 x 120, black on white: nothing to say
    pale_finding = next(v for v in found if v.kind == "contrast")
    assert float(pale_finding.details["ratio"]) == pytest.approx(contrast_ratio((0xb0,) * 3, (255,) * 3), abs=0.1)
    assert pale_finding.message().id == "audit_ui.contrast"
    assert pale_finding.message().text("fr") != pale_finding.message().text("en")
    # In high contrast the bar is 7:1: a 5:1 grey passes normally and fails there.
    pale.setStyleSheet("color: #6e6e6e;")  # 5.1:1 on white
    QApplication.processEvents()
    assert not [v for v in audit_screen(top, "essai", "600x400", theme) if v.kind == "contrast"]
    theme.update(high_contrast=True)
    assert [v for v in audit_screen(top, "essai", "600x400", theme) if v.kind == "contrast"]


def test_wcag_contrast_maths():
    from logins_desktop.services.ui_audit import contrast_ratio, painted_colours, text_and_background

    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert contrast_ratio((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    # 90 % white background, 8 % black text, 2 % of anti-aliasing greys each too rare to count.
    pixels = [0xFFFFFFFF] * 900 + [0xFF000000] * 80 + [0xFF000000 + n * 0x010101 for n in range(1, 21)] * 1
    assert text_and_background(painted_colours(pixels)) == ((0, 0, 0), (255, 255, 255))
    assert text_and_background(painted_colours([0xFFFFFFFF] * 100)) is None
