"""The console's costs page: the demo's orders with kits, minutes per kit against the quote, revenue and
margin; paged without a scroll bar at 1280 x 800; a statement and an invoice written by touch only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from logins_desktop.services.logistics import logistics_services
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.shipping import ShippingService
from logins_desktop.ui.shipping.console import LogisticsConsole
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from tests.sessions import signed_in


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_console(qtbot, context, tmp_path):
    from logins_desktop.services.demo import add_morning

    with context.db.write() as s:  # the morning's kits and station sessions
        add_morning(s)
    services = logistics_services(context.db, context.stock, ShippingService(context.db, context.settings),
                                  PrintQueue(context.db), context.settings)
    services.documents = tmp_path / "documents"
    console = LogisticsConsole(Theme(), services, Sounds(enabled=False), signed_in(context.db, "logistique"))
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    qtbot.waitExposed(console)
    return console


def inside(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + widget.height() <= window.height() and \
        top_left.x() + widget.width() <= window.width()


def test_costs_page_lists_orders_and_writes_statement_and_invoice(qtbot, context, tmp_path):
    console = make_console(qtbot, context, tmp_path)
    tap(qtbot, console.stock_page.costs_button)
    page = console.costs
    assert console.pages.currentWidget() is page
    costs = page._costs
    expected = {v.ref: v for v in costs.orders(0, 50)}
    assert page.table.rowCount() == min(page.per_page, len(expected)) and page.per_page >= 1
    first = page.table.item(0, 0).text()
    view = expected[first]
    assert page.table.item(0, 2).text() == str(view.cost.kits)
    assert view.cost.revenue is not None and view.cost.revenue > 0  # the demo's rate cards
    # No scroll bar, every button a touch target and on screen at 1280 x 800.
    assert not page.table.verticalScrollBar().isVisible()
    target = Theme().target_px
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.height() >= target and inside(button, console), button.accessibleName()

    tap(qtbot, page.statement_button)
    pdf = tmp_path / "documents" / f"releve-{first}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page.feedback.kind == "ok"

    tap(qtbot, page.invoice_button)
    assert page.choices.isVisible()
    this_month = date.today().strftime("%Y-%m")
    tap(qtbot, page.month_buttons[this_month])
    assert page.month == this_month
    for button in (*page.month_buttons.values(), page.excel_button, page.csv_button, page.cancel_button):
        assert button.height() >= target and inside(button, console), button.accessibleName()
    tap(qtbot, page.excel_button)
    out = tmp_path / "documents" / f"facture-{view.customer}-{this_month}.xlsx"
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    invoice = costs.invoice(view.customer, this_month)
    totals = [row[5] for row in sheet.iter_rows(values_only=True) if row and row[0] == "Total"]
    assert totals and Decimal(str(totals[0])) == invoice.total
    assert not page.choices.isVisible() and page.feedback.kind in ("ok", "warning")


def test_the_list_is_paged_with_large_buttons(qtbot, context, tmp_path):
    console = make_console(qtbot, context, tmp_path)
    page = console.costs
    console.show_page(page)
    page._set_rows(1)  # as a short panel would
    page.refresh()
    assert page.table.rowCount() == 1 and page.next.isEnabled() and not page.previous.isEnabled()
    first = page.table.item(0, 0).text()
    tap(qtbot, page.next)
    assert page.table.item(0, 0).text() != first and page.previous.isEnabled()
