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


def test_a_rate_is_set_by_touch_audited_and_counted_at_once(qtbot, context, tmp_path):
    from sqlalchemy import select

    from logins_desktop.store.models import AuditEntry

    console = make_console(qtbot, context, tmp_path)
    console.show_page(console.costs)
    costs = console.costs
    # An order priced per kit, with kits made (the demo prices the Fibra box per hour).
    costs.table.selectRow(next(r for r, v in enumerate(costs._views) if v.rate and not v.rate.per_hour
                               and v.cost.kits))
    before = costs.selected()
    tap(qtbot, costs.rate_button)
    page = console.rates
    assert console.pages.currentWidget() is page and page.per_kit_button.isChecked()
    assert page.values["price"].text() == f"{before.rate.price_per_kit.quantize(Decimal('0.01'))} €".replace(".", ",")
    # The price typed as on a till: 2 1 5 reads 2,15 €; nothing saved before Enregistrer.
    tap(qtbot, page.edit_buttons["price"])
    assert page.money_pad.isVisible()
    page.money_pad.tap("215")
    assert page.money_pad.display.text() == "2,15"
    tap(qtbot, page.money_pad.validate)
    assert page.values["price"].text() == "2,15 €" and costs._costs.order_cost(before.ref).rate == before.rate
    tap(qtbot, page.edit_buttons["standard_seconds"])
    page.seconds_pad.tap("75")
    tap(qtbot, page.seconds_pad.validate)
    target = Theme().target_px
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.height() >= target and inside(button, console), button.accessibleName()
    tap(qtbot, page.save_button)
    assert page.feedback.kind == "ok"
    after = costs._costs.order_cost(before.ref)
    assert (after.rate.price_per_kit, after.rate.standard_seconds) == (Decimal("2.15"), Decimal(75))
    assert after.cost.revenue == Decimal("2.15") * after.cost.kits + after.rate.setup_fee
    with context.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "costing.rate")).one()
        assert entry.actor == "logistique" and entry.entity_key == f"{before.customer}/{before.sku}"
        assert entry.details["after"]["price_per_kit"] == "2.15"
        assert Decimal(entry.details["before"]["price_per_kit"]) == before.rate.price_per_kit
    tap(qtbot, page.back_button)
    assert console.pages.currentWidget() is costs
    row = next(r for r in range(costs.table.rowCount()) if costs.table.item(r, 0).text() == before.ref)
    assert costs.table.item(row, 5).text() == f"{after.cost.revenue}".replace(".", ",")


def test_an_unusable_rate_is_said_and_nothing_changes(qtbot, context, tmp_path):
    console = make_console(qtbot, context, tmp_path)
    console.show_page(console.costs)
    console.costs.table.selectRow(0)
    before = console.costs.selected()
    console.show_rate(before)
    page = console.rates
    # The other basis: the price of the one no longer holds, none typed yet.
    other = page.per_kit_button if before.rate.per_hour else page.per_hour_button
    tap(qtbot, other)
    assert other.isChecked() and page.per_kit_button.isChecked() != page.per_hour_button.isChecked()
    assert page.values["price"].text() == "—"
    tap(qtbot, page.save_button)
    from logins_desktop.messages import msg, render

    assert page.feedback.kind == "error" and page.feedback.text.text() == render(msg("import.price_missing"), "fr")
    assert console.costs._costs.order_cost(before.ref).rate == before.rate


def test_only_the_logistics_manager_sets_a_price(context):
    import pytest

    from logins_desktop.domain.costing import Rate
    from logins_desktop.services.costing import CostService
    from logins_desktop.services.demo import add_morning
    from logins_desktop.services.stock import Actor
    from logins_desktop.services.types import DomainError

    with context.db.write() as s:
        add_morning(s)
    costs = CostService(context.db)
    view = costs.orders(0, 1)[0]
    rate = Rate(Decimal("9.99"), None, Decimal(0), Decimal(60))
    for actor in (Actor(view.customer), Actor.of(signed_in(context.db, "chef"))):
        with pytest.raises(DomainError) as refused:
            costs.save_rate(view.customer, view.sku, rate, actor)
        assert refused.value.message.id == "costing.rate_not_allowed"
    assert costs.order_cost(view.ref).rate == view.rate
    costs.save_rate(view.customer, view.sku, rate, Actor.of(signed_in(context.db, "logistique")))
    assert costs.order_cost(view.ref).rate == rate


def test_an_orders_minutes_per_kit_over_time_against_the_quote(qtbot, context, tmp_path):
    console = make_console(qtbot, context, tmp_path)
    console.show_page(console.costs)
    costs = console.costs
    costs.table.selectRow(next(r for r, v in enumerate(costs._views) if v.cost.kits and v.rate))
    order = costs.selected()
    tap(qtbot, costs.pace_button)
    page = console.pace
    assert console.pages.currentWidget() is page and page.view.ref == order.ref
    # The hours hold exactly the order's kits and station time: the chart and the cost never disagree.
    assert sum(p.kits for p in page.points) == order.cost.kits
    assert sum(p.labour_seconds for p in page.points) == order.cost.labour_seconds
    assert len(page.points) >= 2 and not page.by_day  # the demo's morning: one day, hour by hour
    # The figures are written beside the chart, one line per hour, and are its accessible description.
    lines = page.summary.text().split("\n")
    assert len(lines) == len(page.points) and page.chart_view.accessibleDescription() == page.summary.text()
    first_with_kits = next(p for p in page.points if p.kits)
    assert f"{first_with_kits.start:%H} h" in page.summary.text()
    # The quote is the dashed line, named in the legend with its minutes.
    series = page.chart.series()
    assert len(series) == 2 and series[1].name() == f"Devis : {order.standard_minutes} min par kit".replace(".", ",")
    target = Theme().target_px
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.height() >= target and inside(button, console), button.accessibleName()
    # A long order is paged, the latest hours first, never scrolled.
    page.PER_PAGE = 1  # as a short panel would hold
    page.show_order(order.ref)
    assert page.summary.text() == lines[-1] and page.previous.isEnabled() and not page.next.isEnabled()
    tap(qtbot, page.previous)
    assert page.summary.text() == lines[-2] and page.next.isEnabled()
    tap(qtbot, page.back_button)
    assert console.pages.currentWidget() is costs


def test_a_long_orders_hours_are_paged_to_what_the_panel_holds(qtbot, context, tmp_path):
    from datetime import datetime, timedelta

    from logins_desktop.services.types import PacePoint

    console = make_console(qtbot, context, tmp_path)
    console.resize(1024, 768)
    console.show_page(console.costs)
    console.costs.table.selectRow(0)
    console.show_pace(console.costs.selected().ref)
    page = console.pace
    start = datetime(2026, 11, 2, 8)
    page.points = [PacePoint(start + timedelta(days=d), 20 + d, 3600 * 7) for d in range(60)]  # two months of days
    page.PER_PAGE = 60  # were all of them asked for on one page, the height still decides
    page._fit()
    page._page = 0
    page.refresh()
    qtbot.wait(50)
    assert page.by_day and 1 <= page.per_page < 60
    lines = page.summary.text().split("\n")
    assert len(lines) == page.per_page and lines[0].startswith("02/11 : 20 kits")
    # The figures beside the chart stay above the buttons, the whole page inside the window.
    needed = page.summary.heightForWidth(page.summary.width())
    assert page.summary.mapTo(console, page.summary.rect().topLeft()).y() + needed <= page.previous.mapTo(
        console, page.previous.rect().topLeft()).y()
    assert inside(page.next, console) and page.next.isEnabled()
