"""Every screen fits the workshop's three panels with the demo's data: no scroll bar, nothing
interactive out of the window, and the window never grows past the panel (issue 23)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QScrollBar

from logins_desktop.ui.tour import SIZES, fit_problems, settle, size_name, tour


@pytest.mark.parametrize("demo_window", ["fr", "en"], indirect=True)  # English words are often longer
@pytest.mark.parametrize("size", SIZES, ids=size_name)
def test_every_screen_fits_without_a_scroll_bar(qtbot, demo_window, size):
    ctx, window, picking = demo_window
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    seen, problems, looks = [], [], []
    for name, top in tour(window, ctx, picking, size):
        seen.append(name)
        problems += [f"{size_name(size)} {name}: {p}" for p in fit_problems(top, size)]
        looks.append(hash(top.grab().toImage().bits().tobytes()))
    # Each screen is a new one: a step that forgets to turn the page audits the last one twice.
    same = [(seen[i], seen[i + 1]) for i in range(len(seen) - 1) if looks[i] == looks[i + 1]]
    assert not same, same
    # The tour went everywhere the issue names, and back to the login screen.
    for screen in ("login", "station-kit", "station-picking", "station-end-of-shift", "profile-editor", "board",
                   "board-selected", "board-checks", "console-stock", "console-files", "console-shipments",
                   "counsellor-home", "counsellor-path", "counsellor-passport", "restriction-editor", "login-end"):
        assert screen in seen
    assert not problems, "\n".join(problems)
    # The screens were in the language asked for, not only the settings.
    assert window.logout_button.accessibleName() == {"fr": "Se déconnecter", "en": "Log out"}[ctx.settings.language]


def test_the_fit_check_sees_a_scroll_bar_a_grown_window_and_a_button_out_of_view(qtbot, window):
    """The check itself can fail: a long list with its scroll bar, a button pushed out, a window made taller."""
    from PySide6.QtWidgets import QListWidget

    size = (1280, 800)
    assert fit_problems(window, size) == []
    extra = QListWidget(window.login)
    extra.addItems([f"ligne {n}" for n in range(200)])
    extra.setAccessibleName("liste trop longue")
    extra.setGeometry(0, 0, 300, 200)
    extra.show()
    lost = QPushButton("perdu", window.centralWidget())
    lost.setAccessibleName("perdu")
    lost.setGeometry(1200, 700, 200, 200)
    lost.show()
    settle()
    problems = fit_problems(window, size)
    assert any("scroll bar" in p for p in problems) and any(p.startswith("perdu") for p in problems), problems
    assert any(isinstance(b, QScrollBar) and b.isVisible() for b in extra.findChildren(QScrollBar))
    window.resize(1280, 900)
    settle()
    assert any(p.startswith("window grew") for p in fit_problems(window, size))


def manager_at_1024(demo_window):
    """The demo's window on a 1024x768 panel, the logistics manager signed in (the console)."""
    _ctx, window, _picking = demo_window
    window.resize(1024, 768)
    window.show()
    window.login.handle_badge("C2002")
    window.login.pin_pad.tap_digits("2468")
    window.login.pin_pad.validate.click()
    settle()
    return window


def test_long_lists_turn_pages_with_large_buttons(qtbot, demo_window):
    """The console's stock: page 1 / n, "Suivant" goes to page 2, no scroll bar, buttons as large as targets."""
    window = manager_at_1024(demo_window)
    pager = window.home.stock_view.table.parentWidget()
    assert pager.pages() > 1
    assert pager.label.text() == f"page 1 / {pager.pages()}"
    assert not pager.previous.isEnabled()
    first_row = pager.view.rowAt(0)
    pager.next.click()
    settle()
    assert pager.label.text() == f"page 2 / {pager.pages()}"
    assert pager.view.rowAt(0) > first_row
    target = window.theme.target_px
    assert pager.next.height() >= target and pager.next.width() >= target
    assert not pager.view.verticalScrollBar().isVisible()


def test_the_fit_check_sees_text_cut_inside_its_widget(qtbot, window):
    """A wrapped label squeezed below the lines it needs, a word wider than its label, a button
    narrower than its words: each is reported; a button that wraps its words onto two lines is not."""
    from PySide6.QtWidgets import QLabel

    from logins_desktop.ui.tour import clipped_text
    from logins_desktop.ui.widgets.touch import TouchButton

    assert clipped_text(window) == []
    squeezed = QLabel("une phrase assez longue pour tenir sur plusieurs lignes dans une colonne étroite", window.login)
    squeezed.setWordWrap(True)
    squeezed.setGeometry(0, 0, 120, 20)
    long_word = QLabel("Administrateurdelabase", window.login)
    long_word.setWordWrap(True)
    long_word.setGeometry(0, 100, 60, 200)
    # A plain button (a TouchButton keeps itself as wide as its words on two lines need).
    cut = QPushButton("Annuler le dernier scan", window.login)
    cut.setGeometry(0, 300, 40, 80)
    button = TouchButton(window.theme, "Annuler le dernier scan", parent=window.login)
    for widget in (squeezed, long_word, cut, button):
        widget.show()
    settle()
    problems = clipped_text(window)
    assert any("wraps to" in p for p in problems), problems
    assert any("'Administrateurdelabase' is wider" in p for p in problems), problems
    assert any(p.startswith("QPushButton <") and "its text needs" in p for p in problems), problems
    assert button.width() >= button._one_line_width("dernier scan")  # its own minimum: never cut
    cut.hide()
    # Wide enough for its longer half: two lines, nothing cut, and its text is still the whole text.
    button.setGeometry(0, 400, button._one_line_width("dernier scan") + 2, 120)
    squeezed.hide()
    long_word.hide()
    settle()
    assert "\n" in QPushButton.text(button) and button.text() == "Annuler le dernier scan"
    assert clipped_text(window) == []


def test_the_fit_check_sees_a_cut_table_row_a_cut_cell_and_widgets_laid_over_each_other(qtbot, window):
    """A table row cut by the page's bottom edge, a cell narrower than its word, and a layout
    squeezed until it lays a label over a table of fixed height: each is reported."""
    from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    from logins_desktop.ui.tour import clipped_text, overlapping

    box = QWidget(window.login)
    layout = QVBoxLayout(box)
    table = QTableWidget(5, 2)
    table.verticalHeader().setDefaultSectionSize(60)
    for row in range(5):
        table.setItem(row, 0, QTableWidgetItem("EXP-20261203-0001-AAD5"))
        table.setItem(row, 1, QTableWidgetItem("court"))
    table.setColumnWidth(0, 80)
    table.setFixedHeight(230)  # the header and three rows and a half
    layout.addWidget(table)
    layout.addWidget(QLabel("le détail sous la table"))
    box.setGeometry(0, 0, 400, 200)  # shorter than the table: the label goes over it
    box.show()
    settle()
    cut = clipped_text(box)
    assert any("is cut by the bottom of its page" in p for p in cut), cut
    assert any("'EXP-20261203-0001-AAD5' (row 1) does not fit" in p for p in cut), cut
    assert any("overlap" in p for p in overlapping(box)), overlapping(box)
    # Paged, the half row is masked and the columns take their words' width: nothing cut.
    from logins_desktop.ui.widgets.pager import paged

    layout.insertWidget(0, paged(window.theme, table, "expéditions"))
    box.setGeometry(0, 0, 900, 400)
    settle()
    assert clipped_text(box) == [] and overlapping(box) == []


def test_larger_type_on_a_1024_panel_puts_the_page_buttons_on_two_rows_and_keeps_the_window(qtbot, demo_window):
    """High contrast at 1.3x type on 1024x768: the console's six page buttons take two rows with
    their words whole, the header's name keeps its longest word, and the window stays the panel's
    size (a hidden page's height no longer counts)."""
    from logins_desktop.ui.tour import clipped_text

    window = manager_at_1024(demo_window)
    assert window.home.nav.columns == 6
    window.theme.update(high_contrast=True, font_scale=1.3)
    settle()
    settle()
    assert window.home.nav.columns == 3
    assert window.width() <= 1024 and window.height() <= 768, window.size()
    cut = [p for p in clipped_text(window) if "cell" not in p]  # a long designation may be elided
    assert cut == [], cut
