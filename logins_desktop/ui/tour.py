"""A tour of every screen on the demo data: the fit test, `screenshots` and `audit-ui` walk it.

`tour(window, ctx, picking_station)` puts the window (or, for the picking station, a screen of its
own) in each state in turn and yields `(name, widget)`: the top-level widget to look at. The demo's
people: Amina (B1001, kit station), the team lead (C2001 / 1234), the manager (C2002 / 2468) and the
insertion counsellor (C2003 / 135790)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPen, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QWidget,
)

from logins_desktop.services.evidence import PhotoSources
from logins_desktop.services.types import ScanFrame
from logins_desktop.ui.widgets.pager import cell_margin, cell_metrics, cell_needs

SIZES: tuple[tuple[int, int], ...] = ((1024, 768), (1280, 800), (1920, 1080))


def size_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def settle(rounds: int = 6) -> None:
    """Let posted layouts, polishes and paints happen."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def sample_pictures(folder: Path) -> None:
    """Three photos as a phone leaves them on a USB stick (DCIM/Camera): a crushed carton, a torn
    pouch, a wet corner; drawn, so the tour needs no file of its own."""
    camera = folder / "DCIM" / "Camera"
    camera.mkdir(parents=True, exist_ok=True)
    for n, (ground, box) in enumerate([("#6b7a84", "#b98f55"), ("#7d6f63", "#d7c9a8"), ("#55616a", "#8c6a3c")]):
        image = QImage(800, 600, QImage.Format.Format_RGB32)
        image.fill(QColor(ground))
        painter = QPainter(image)
        painter.setPen(QPen(QColor("#2b2b2b"), 8))
        painter.setBrush(QColor(box))
        painter.drawPolygon([QPoint(x, y) for x, y in ((180, 160), (620, 140 + 40 * n), (640, 470), (160, 450))])
        painter.drawLine(180 + 60 * n, 160, 420, 460 - 30 * n)  # the dent, the tear
        painter.end()
        image.save(str(camera / f"IMG_20261207_0{9 + n}1530.jpg"), "JPG", 85)


def _cut_job(page) -> Iterator[tuple[str, QWidget]]:
    """A job of carton labels cut off mid-way: what the console asks before it goes on."""
    labels = b"".join(b"^XA^FO40,40^A0N,40,40^FD(00) 3 7612345 %09d %d^FS^XZ\n" % (4100 + n, n % 10)
                      for n in range(1, 13))
    queue = page._queue
    job = queue.enqueue("sim://tour-cut?cut_after=7", labels, "Cartons CMD-DEMO", by="tour")
    queue.run_once()
    page.refresh()
    page.jobs.selectRow(next(i for i, j in enumerate(page._jobs) if j.id == job))
    page.retry_button.click()
    settle()
    yield "console-printing-cut", page.window()
    page.close_choices_button.click()
    queue.cancel(job, by="tour")
    page.refresh()


def tour(window, ctx, picking_station=None, size: tuple[int, int] | None = None) -> Iterator[tuple[str, QWidget]]:
    """Every screen in turn. `picking_station`: the demo's POSTE-04 station service (its own screen,
    shown at `size`), or None to leave the picking station out."""
    from logins_desktop.services.demo import demo_gtin

    def scan(code: str, symbology: str | None = "]E0") -> None:
        if ctx.station is not None:
            ctx.station._last_time = float("-inf")  # faster than a person: not a double read
        window.on_scan(ScanFrame(code.encode(), code, symbology))
        settle()

    def sign_in(badge: str, pin: str) -> None:
        window.login.handle_badge(badge)
        window.login.pin_pad.tap_digits(pin)
        window.login.pin_pad.validate.click()
        settle()

    settle()
    yield "login", window
    window.login.handle_badge("C2001")
    window.login.pin_pad.tap_digits("12")
    settle()
    yield "login-pin", window
    window.login.pin_pad.reset()
    window.login.reset()

    # The kit station: Amina's badge, a step, a refusal, the kit done, her path, her settings.
    scan("B1001", None)
    scan(demo_gtin(2))
    yield "station-kit", window
    scan(demo_gtin(4))
    yield "station-refused", window
    for ref in (3, 4, 5, 6):
        scan(demo_gtin(ref))
    yield "station-kit-done", window
    window.home.clear_alarm()
    settle()
    if getattr(window.home, "my_path_button", None) is not None:
        window.home.my_path_button.click()
        settle()
        yield "station-my-path", window
        window.home._close_my_path()
    window.open_settings()
    settle()
    yield "profile-editor", window
    window._close_settings()
    scan("CMD-DECONNEXION", None)
    yield "station-end-of-shift", window

    if picking_station is not None:
        from logins_desktop.ui.station.station_screen import StationScreen

        picking_station.handle(ScanFrame(b"B1012", "B1012"))
        screen = StationScreen(window.theme, picking_station, window.sounds)
        for code in ("A-01-02", "CMD-QTE-10"):
            screen.show_result(picking_station.handle(ScanFrame(code.encode(), code)))
        screen.show_result(picking_station.handle(ScanFrame(b"", demo_gtin(26), "]E0")))
        screen.setStyleSheet(window.styleSheet())
        screen.resize(*(size or (window.width(), window.height())))
        screen.show()
        settle()
        yield "station-picking", screen
        picking_station.logout()
        screen.close()
        screen.deleteLater()
        settle()

    # The team lead's board: assign (a person chosen), propose, pace, quality checks.
    sign_in("C2001", "1234")
    board = window.home
    yield "board", window
    board.select_worker("B1003")
    settle()
    yield "board-selected", window
    board.show_page(1)
    wait_until(lambda: board.proposal.plan is not None and not board.proposal.running, 30)
    settle()
    yield "board-propose", window
    board.show_page(2)
    settle()
    yield "board-pace", window
    board.show_page(3)
    settle()
    yield "board-checks", window
    # A photo of the kit: the camera (simulated: the tour's screens are the same on every machine),
    # then the photo shown to keep. Nothing is kept: the tour writes no file.
    pictures = tempfile.TemporaryDirectory(prefix="logins-tour-")
    sources = PhotoSources("sim://", (Path(pictures.name),))
    sample_pictures(Path(pictures.name))
    if board.quality.selected is not None:
        board.quality.photo_panel.sources = sources
        board.quality.open_photo()
        settle()
        yield "board-check-camera", window
        board.quality.photo_panel.shoot_button.click()
        settle()
        yield "board-check-photo", window
        board.quality.photo_panel.close_panel()
    window.logout()
    settle()
    yield "login-after-logout", window

    # The logistics console: every page, the files page and the stock view.
    sign_in("C2002", "2468")
    console = window.home
    yield "console-stock", window
    for name, page in (("console-receiving", console.receiving), ("console-count", console.counting),
                       ("console-shipments", console.shipments), ("console-printing", console.printing),
                       ("console-discrepancies", console.discrepancies), ("console-files", console.files),
                       ("console-costs", console.costs), ("console-lots", console.lots)):
        console.show_page(page)
        settle()
        yield name, window
        if page is console.printing:
            yield from _cut_job(console.printing)
    # The rate card of the first order's customer and kit, and its price on the pad.
    console.show_page(console.costs)
    console.costs.table.selectRow(0)
    if console.costs.selected() is not None:
        console.show_rate(console.costs.selected())
        settle()
        yield "console-rate", window
        console.rates.edit_buttons["price"].click()
        settle()
        yield "console-rate-pad", window
        console.rates.money_pad.close_pad()
        console.show_pace(console.costs.selected().ref)
        settle()
        yield "console-pace", window
    # A recall: a lot found by its code on the on-screen keyboard, then where it went (the lots
    # page shown again: the order's pace above left the console on the costs' pace page).
    console.show_page(console.lots)
    console.lots.show_keyboard(True)
    for letter in "CM2606":
        console.lots.keyboard.type(letter)
    settle()
    yield "console-lots-search", window
    console.lots.show_keyboard(False)
    if console.lots.lines:
        console.show_recall(console.lots.lines[0].row.sku, console.lots.lines[0].row.lot)
        settle()
        yield "console-recall", window
    # A supplier's new reference on the dock: the manager names it on the on-screen keyboard.
    console.show_page(console.receiving)
    console.handle_scan("RECEPTION")
    console.handle_scan("3769999000428")  # a valid EAN-13 the demo's catalogue does not have
    console.receiving._open_new_article()
    keyboard = console.receiving.new_article.keyboard
    for letter in "CRÈME DOUCHE ":
        keyboard.type(letter)
    keyboard.accents_key.setChecked(True)  # the accented letters, as a tap on « É À Ç » shows them
    settle()
    yield "console-new-article", window
    console.receiving.new_article.close_panel()
    # Goods refused damaged, and their photo chosen among the pictures of a USB stick.
    console.receiving.damaged_button.click()
    console.handle_scan(demo_gtin(12))
    console.receiving.photo_panel.sources = replace(sources, camera="none")
    console.receiving.photo_button.click()
    settle()
    yield "console-damaged-photo", window
    console.receiving.photo_panel.close_panel()
    pictures.cleanup()
    console.show_page(console.shipments)
    console.shipments.orders.selectRow(0)
    console.shipments._create()
    console.shipments._add_unit()
    settle()
    yield "console-shipment-label", window
    # The carton's label scanned back: its shipment and the lots its kits used.
    if console.shipments._unit_labels:
        console.handle_scan(f"00{console.shipments._unit_labels[-1].sscc}")
        settle()
        yield "console-carton", window
    window.logout()

    # The insertion counsellor: alerts, search, a path, an interview, the passport, restrictions.
    sign_in("C2003", "135790")
    home = window.home
    yield "counsellor-home", window
    home.show_page(home.SEARCH)
    for letter in "AMI":
        home.keyboard.type(letter)
    settle()
    yield "counsellor-search", window
    home.open_path("B1001")
    settle()
    yield "counsellor-path", window
    home.path_page.entries.click()  # a card's every line
    settle()
    yield "counsellor-path-all", window
    home.path_page.full_list.back_button.click()
    settle()
    home.path_page.add_button.click()
    settle()
    yield "counsellor-add", window
    for choice in ("entry", "immersion", "training", "progress", "renewal", "suspension", "end"):
        home.path_page.choice_buttons[choice].click()
        settle()
        yield {"entry": "counsellor-interview"}.get(choice, f"counsellor-{choice}"), window
        home.path_page.pages.setCurrentIndex(0)
    home.path_page._record_exit()
    settle()
    yield "counsellor-exit", window
    home.show_passport("B1001", "Amina Benali")
    settle()
    yield "counsellor-passport", window
    home.show_page(home.ALERTS)
    home.table.selectRow(0)
    home.edit_selected()
    settle()
    yield "restriction-editor", window
    window.logout()
    settle()
    yield "login-end", window


# ---------------------------------------------------------------------------------------- fit
def fit_problems(top: QWidget, size: tuple[int, int]) -> list[str]:
    """What does not fit `top` at `size`: a visible scroll bar, a window that grew, an interactive
    widget (partly) outside the window. Plain English: for developers and test reports."""
    from logins_desktop.ui.audit import clipped_rect, interactive, visible_rect

    problems = []
    if top.width() > size[0] or top.height() > size[1]:
        problems.append(f"window grew to {top.width()}x{top.height()}")
    for bar in top.findChildren(QScrollBar):
        if bar.isVisibleTo(top) and bar.isVisible() and bar.maximum() > bar.minimum():
            problems.append(f"scroll bar visible in {_where(bar)}")
    bounds = top.rect()
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not interactive(widget):
            continue
        rect = visible_rect(widget, top)
        if rect is None:
            continue
        shown = clipped_rect(widget, top, viewports_only=True)
        if shown.isEmpty():
            continue  # on another page of its list
        if shown != rect.intersected(bounds):
            problems.append(f"{_where(widget)} is cut by the edge of its list")
        if not bounds.contains(shown):
            problems.append(f"{_where(widget)} lies outside the window at {rect.x()},{rect.y()} "
                            f"{rect.width()}x{rect.height()}")
    return problems + overlapping(top) + clipped_text(top)


def overlapping(top: QWidget) -> list[str]:
    """Widgets that one layout places over each other: a layout squeezed past its widgets' fixed
    or minimum sizes lays the next one on top (a detail over its table's last row)."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        layout = widget.layout() if widget.isVisible() else None
        if layout is None:
            continue
        placed = [w for w in _laid_out(layout) if w.isVisible() and not w.isWindow()]
        for n, first in enumerate(placed):
            for second in placed[n + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 2 and common.height() > 2:
                    problems.append(f"{_where(first)} and {_where(second)} overlap by "
                                    f"{common.width()}x{common.height()}")
    return problems


def _laid_out(layout) -> list[QWidget]:
    widgets = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _laid_out(item.layout())
    return widgets


def _button_contents(button: QAbstractButton) -> QRect:
    """Where the style sheet lets a button paint its words: inside its border and its padding (a real
    X window cuts what passes the padding; the offscreen platform let it spill, so the rule is the
    style's, not the pixels')."""
    option = QStyleOptionButton()
    option.initFrom(button)
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


def clipped_text(top: QWidget) -> list[str]:
    """Text that the screen cuts: a label wrapped onto more lines than its height holds, a word
    wider than its label, a line wider than its label or button, a header wider than its column, a
    table row cut by the bottom of its page or a cell whose words do not fit it. Elided texts (a "…"
    painted on purpose) are not QLabels' own text and are not looked at."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            problems += _label_clipped(widget)
        elif isinstance(widget, QAbstractButton) and QAbstractButton.text(widget) and not widget.objectName() == "card":
            metrics = widget.fontMetrics()
            lines = QAbstractButton.text(widget).split("\n")
            need = max(map(metrics.horizontalAdvance, lines))
            if not widget.icon().isNull():
                need += widget.iconSize().width() + 4  # Qt's gap after a pictogram
            room = _button_contents(widget)
            if need > room.width() or metrics.height() * len(lines) > room.height():
                problems.append(f"{_where(widget)}: its text needs {need} px inside its border and padding, "
                                f"has {room.width()}x{room.height()}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal and widget.model():
            for column in range(widget.count()):
                text = widget.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if text and not widget.isSectionHidden(column):
                    need = widget.sectionSizeHint(column)  # its words in its bold type, with its padding
                    if need > widget.sectionSize(column):
                        problems.append(f"header {text!r} needs {need} px, has {widget.sectionSize(column)}")
        elif isinstance(widget, QTableView) and widget.model() is not None:
            problems += _table_clipped(widget)
    return problems


def _table_clipped(table: QTableView) -> list[str]:
    """The rows a table shows: none cut by the bottom of its page (the pager masks a row that does
    not fit whole), and in each, every cell's text within the cell."""
    model, viewport = table.model(), table.viewport()
    shown_height = viewport.mask().boundingRect().bottom() + 1 if not viewport.mask().isEmpty() else viewport.height()
    problems = []
    first = max(0, table.rowAt(0))
    for row in range(first, model.rowCount()):
        top = table.rowViewportPosition(row)
        if top >= shown_height:
            break
        if table.isRowHidden(row):
            continue
        bottom = top + table.rowHeight(row)
        if bottom > shown_height:
            problems.append(f"{_where(table)}: row {row + 1} is cut by the bottom of its page")
            break
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            word, line = cell_needs(table, index)
            width = table.columnWidth(column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if table.wordWrap():
                room = QRect(0, 0, max(1, width - cell_margin(table, index)), 100_000)
                tall = cell_metrics(table, index).boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
                cut = word > width or tall > table.rowHeight(row)
            else:
                cut = line > width
            if cut:
                problems.append(f"{_where(table)}: the cell {text[:40]!r} (row {row + 1}) does not fit "
                                f"{width}x{table.rowHeight(row)}")
    return problems


def _label_clipped(label: QLabel) -> list[str]:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText
                                                         and Qt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    margins = label.contentsMargins()
    width = label.width() - margins.left() - margins.right() - 2 * label.margin()
    height = label.height() - margins.top() - margins.bottom() - 2 * label.margin()
    metrics = label.fontMetrics()
    name = f"{_where(label)} {text[:40]!r}"
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + 2:
            return [f"{name}: wraps to {label.heightForWidth(label.width())} px, has {label.height()}"]
        longest = max(text.split(), key=metrics.horizontalAdvance, default="")
        if metrics.horizontalAdvance(longest) > width + 1:
            return [f"{name}: the word {longest!r} is wider than its label ({width} px)"]
        return []
    lines = text.split("\n")
    if max(map(metrics.horizontalAdvance, lines)) > width + 1:
        return [f"{name}: {max(map(metrics.horizontalAdvance, lines))} px wide in {width}"]
    if metrics.height() * len(lines) > height + 2:
        return [f"{name}: {metrics.height() * len(lines)} px tall in {height}"]
    return []


def _where(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.accessibleName() or w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(names)
