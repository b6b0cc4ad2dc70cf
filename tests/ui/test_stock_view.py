"""The manager's stock view: what is on screen after opening, filtering, and tapping a line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logins_desktop.services.stock import Actor
from logins_desktop.ui.stock.stock_view import StockView
from logins_desktop.ui.theme import Theme


def cell(view, row, col):
    return view.model.index(row, col).data()


def make_view(qtbot, context):
    view = StockView(Theme(), context.stock)
    qtbot.addWidget(view)
    view.show()
    return view


def test_opens_with_all_non_zero_lines_sorted(qtbot, context):
    view = make_view(qtbot, context)
    assert view.model.rowCount() == 27
    assert view.count_label.text() == "27 lignes"
    assert [cell(view, 0, c) for c in range(5)] == ["ALIM-12V", "Bloc d'alimentation 12 V", "3760000000239", "B-01-01", "420"]
    assert cell(view, 1, 4) == "2\u202f400"  # French thousands separator


def test_search_as_you_type_filters_in_sql(qtbot, context):
    view = make_view(qtbot, context)
    qtbot.keyClicks(view.search, "ateli")
    qtbot.waitUntil(lambda: view.model.rowCount() == 10, timeout=2000)  # after the typing pause
    assert {cell(view, r, 3) for r in range(view.model.rowCount())} == {"ATELIER-1", "ATELIER-2"}
    view.search.setText("3760000000147")  # by GTIN
    view.apply_filter()
    assert {cell(view, r, 0) for r in range(view.model.rowCount())} == {"SAVON-100"}
    view.search.setText("100%")  # a LIKE wildcard is searched literally
    view.apply_filter()
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 ligne"


def test_tapping_a_line_shows_the_movement_history(qtbot, context):
    context.stock.adjust(Actor("logistique"), "SAVON-100", "ATELIER-2", -5, "casse")
    view = make_view(qtbot, context)
    view.search.setText("SAVON-100")
    view.apply_filter()
    rect = view.table.visualRect(view.model.index(1, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # The demo's soap is tracked by lot: two lots received at A-02-01, one at ATELIER-2, then the break.
    assert view.history_title.text() == "Historique de SAVON-100 — Savon lavande 100 g (4 mouvements)"
    h = view.history_model
    assert h.rowCount() == 4
    kinds = [h.index(r, 1).data() for r in range(4)]
    assert kinds[0] == "ajustement" and kinds.count("réception") == 3
    assert h.index(0, 3).data() == "-5" and h.index(0, 5).data() == "casse"


def test_the_stock_search_needs_no_physical_keyboard(qtbot, context):
    """Letters and digits tapped on the on-screen keyboard search as typing would."""
    from logins_desktop.services.stock import StockService
    from logins_desktop.ui.stock.stock_view import StockView
    from logins_desktop.ui.theme import Theme

    view = StockView(Theme(), StockService(context.db))
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.keyboard_button.click()
    assert view.keyboard.isVisible() and view.keyboard.geometry().top() > view.search.geometry().bottom()
    target = view._theme.target_px
    assert all(k.width() >= target and k.height() >= target for k in view.keyboard.keys.values())
    for key in "SAVON":
        view.keyboard.keys[key].click()
    view.apply_filter()
    assert view.search.text().upper() == "SAVON"
    skus = {view.model.index(r, 0).data() for r in range(view.model.rowCount())}
    assert skus and all(sku.startswith("SAVON") for sku in skus)
    view.keyboard.keys["1"].click()  # digits too: GTINs and locations
    assert view.search.text().endswith("1")
    view.keyboard_button.click()
    assert not view.keyboard.isVisible()


def test_quantities_are_grouped_as_the_screens_language_writes_them(qtbot, context):
    from PySide6.QtWidgets import QApplication

    from logins_desktop.ui.i18n import install_language

    install_language(QApplication.instance(), "en")
    try:
        view = make_view(qtbot, context)
        assert cell(view, 1, 4) == "2,400"  # not the French « 2 400 »
    finally:
        install_language(QApplication.instance(), "fr")
