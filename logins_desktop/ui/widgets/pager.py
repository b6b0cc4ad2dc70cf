"""Long lists and tables turned into pages: large "Précédent" / "Suivant" buttons and a "page 2 / 5"
label under the list, never a scroll bar to drag (a person with tremor or one usable hand cannot).

`paged(theme, view, name)` takes any scrolling view (a table, a list, a scroll area of cards), turns
its scroll bars off and returns the widget to put in the layout: the view over its page row. A page
is what the view shows at once (its scroll bar's page step: rows for a table, pixels for cards), so
the pages follow the window's size; with one page the row is hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton


class Pager(QWidget):
    def __init__(self, theme: Theme, view: QAbstractScrollArea, name: str, step_px: int = 0, parent=None):
        """`step_px`: for a scroll area of cards, the height of one card row (pages start on a
        card, never in the middle of one)."""
        super().__init__(parent)
        self.view = view
        self.step_px = step_px
        self.theme_space = theme.space("s")
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Qt counts the (hidden) scroll bars in a view's minimum size: a header and one row, or one card, is the minimum.
        view.setMinimumSize(theme.target_px * 2, theme.row_px + theme.space("s"))
        if isinstance(view, QAbstractItemView):
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
            view.setAutoScroll(False)  # a tap never scrolls the list under the finger
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        self.row = QWidget()
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous = TouchButton(theme, self.tr("Précédent"), self.tr("Page précédente : {0}").format(name),
                                    icon="back")
        self.next = TouchButton(theme, self.tr("Suivant"), self.tr("Page suivante : {0}").format(name), icon="next")
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self.tr("Page de la liste : {0}").format(name))
        row.addWidget(self.previous)
        row.addWidget(self.label, 1)
        row.addWidget(self.next)
        layout.addWidget(self.row)
        self.previous.clicked.connect(lambda: self.turn(-1))
        self.next.clicked.connect(lambda: self.turn(1))
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self._refresh)
        bar = view.verticalScrollBar()
        bar.rangeChanged.connect(self._later)
        bar.valueChanged.connect(self._later)
        view.viewport().installEventFilter(self)
        self._pending = False
        self._refresh()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._later()
        return False

    # ------------------------------------------------------------------ pages
    def _page_step(self) -> int:
        bar = self.view.verticalScrollBar()
        step = max(1, bar.pageStep())
        if self.step_px > 0 and step > self.step_px:
            step -= step % self.step_px  # whole card rows
        return step

    def pages(self) -> int:
        bar = self.view.verticalScrollBar()
        if bar.maximum() <= bar.minimum():
            return 1
        step = self._page_step()
        return -(-(bar.maximum() + step) // step) if step else 1

    def page(self) -> int:
        """The current page, from 1."""
        bar = self.view.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0:
            return self.pages()
        return bar.value() // self._page_step() + 1

    def turn(self, step: int) -> None:
        bar = self.view.verticalScrollBar()
        page = min(self.pages(), max(1, self.page() + step))
        bar.setValue(min(bar.maximum(), (page - 1) * self._page_step()))
        self._refresh()

    def show_row(self, row: int) -> None:
        """The page that holds `row` of a table (a selection made from elsewhere: a scan)."""
        if isinstance(self.view, QAbstractItemView):
            bar = self.view.verticalScrollBar()
            step = self._page_step()
            bar.setValue(min(bar.maximum(), (row // step) * step))
            self._refresh()

    def resizeEvent(self, event) -> None:
        """Narrow (a column of a 1024 px screen): the buttons keep their pictograms, their words stay
        their accessible names and tooltips; never a word cut."""
        super().resizeEvent(event)
        words = getattr(self, "_words", None)
        if words is None:
            words = self._words = {self.previous: self.previous.text(), self.next: self.next.text()}
            for button, text in words.items():
                button.setToolTip(text)
        for button, text in words.items():
            button.setText(text)
        needed = sum(b.sizeHint().width() for b in words) + self.label.sizeHint().width() + 4 * self.theme_space
        if needed > self.width():
            for button in words:
                button.setText("")

    def _later(self, *_args) -> None:
        """Once the layout has settled. A timer of this widget's own: it dies with the widget (a
        bare QTimer.singleShot would call a screen already deleted at logout)."""
        if not self._pending:
            self._pending = True
            self._settle.start()

    def _hide_cut_row(self) -> None:
        """A page is the rows that fit whole; the row cut by the bottom edge (its top half showing
        under the page) is masked until the next page shows it whole. A row taller than the view
        is left as it is: half a row beats none."""
        view = self.view
        if not isinstance(view, QAbstractItemView) or view.model() is None:
            return
        viewport, model = view.viewport(), view.model()
        first = view.indexAt(QPoint(1, 1))
        bottom = None
        if first.isValid():
            for row in range(first.row(), model.rowCount()):
                rect = view.visualRect(model.index(row, 0, first.parent()))
                if rect.isEmpty():
                    continue
                if rect.bottom() >= viewport.height():
                    bottom = rect.top() if rect.top() > 0 and row > first.row() else None
                    break
        if bottom is None:
            if not viewport.mask().isEmpty():
                viewport.clearMask()
        else:
            mask = QRegion(0, 0, 1 << 16, bottom)  # as wide as any screen: a width change keeps it right
            if viewport.mask() != mask:
                viewport.setMask(mask)

    def _refresh(self) -> None:
        self._pending = False
        self._hide_cut_row()
        pages = self.pages()
        page = min(self.page(), pages)
        self.row.setVisible(pages > 1)
        self.label.setText(self.tr("page {0} / {1}").format(page, pages))
        self.previous.setEnabled(page > 1)
        self.next.setEnabled(page < pages)


def paged(theme: Theme, view: QAbstractScrollArea, name: str, step_px: int = 0) -> Pager:
    if isinstance(view, QAbstractItemView):
        fit_columns(view)
    return Pager(theme, view, name, step_px)


def fit_columns(view: QAbstractItemView) -> None:
    """Columns share the table's width instead of running past it, each at least as wide as its
    title and its longest word (a reference, a code: never cut mid-word nor elided), the rest of the
    width in proportion to what each column holds."""
    header = getattr(view, "horizontalHeader", lambda: None)()
    if isinstance(header, QHeaderView):
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        view.column_fitter = ColumnFitter(view)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(True)


def column_widths(words: list[int], lines: list[int], width: int) -> list[int]:
    """Widths for columns whose longest word and longest line need `words` and `lines` pixels,
    within `width`: every line whole when they all fit, else every word whole and the space left
    where the lines are longest, else (a table too narrow for its words) in proportion."""
    def share(base: list[int], weights: list[int], room: int) -> list[int]:
        total = sum(weights)
        widths = [b + (room * w // total if total else room // len(base)) for b, w in zip(base, weights, strict=True)]
        widths[-1] += width - sum(widths)  # rounding: the last column takes what is left
        return widths

    if not words:
        return []
    if sum(lines) <= width:
        return share(lines, lines, width - sum(lines))
    if sum(words) <= width:
        return share(words, [line - word for word, line in zip(words, lines, strict=True)], width - sum(words))
    return share([0] * len(words), words, width)


MEASURED_ROWS = 100


class ColumnFitter(QObject):
    """Keeps a table's columns fitted (`column_widths`) as its width and its rows change."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        self._model = None
        self._watch_model()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(self._timer.start)
        self._timer.start()

    def eventFilter(self, obj, event) -> bool:
        # A new type size (the theme's larger type, high contrast) changes every width too.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._watch_model()  # a model set after the pager was made
            self._timer.start()
        return False

    def fit(self) -> None:
        view, model = self.view, self.view.model()
        if model is None or model.columnCount() == 0:
            return
        header = view.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        # The first rows and the page on screen, never all: a paged model of 100,000 rows fetches
        # on demand, and measuring it whole would freeze the screen.
        on_screen = max(0, view.rowAt(0))
        rows = sorted(set(range(min(model.rowCount(), MEASURED_ROWS)))
                      | set(range(on_screen, min(model.rowCount(), on_screen + MEASURED_ROWS))))
        words, lines = [], []
        for column in columns:
            # A header's whole title, on one line (a header does not grow to a second line).
            word = line = header.sectionSizeHint(column)
            for row in rows:
                cell_word, cell_line = cell_needs(view, model.index(row, column))
                word, line = max(word, cell_word), max(line, cell_line)
            words.append(word)
            lines.append(line)
        for column, width in zip(columns, column_widths(words, lines, view.viewport().width()), strict=True):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def cell_margin(view: QAbstractItemView, index) -> int:
    """What a cell's text does not get of the column's width, as the view paints it: the style's
    text margins on both sides, the grid line, a pictogram if it has one."""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    # The grid line, and 2 px for the fractional advances the painter rounds up (an exact fit elided).
    extra = margin + (1 if getattr(view, "showGrid", lambda: False)() else 0) + 2
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        extra += view.iconSize().width() + margin
    return extra


def cell_metrics(view: QAbstractItemView, index) -> QFontMetrics:
    font = index.data(Qt.ItemDataRole.FontRole)
    return QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()


def cell_needs(view: QAbstractItemView, index) -> tuple[int, int]:
    """The width a cell needs for its longest word and for its longest line."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text in (None, ""):
        return 0, 0
    metrics, extra, text = cell_metrics(view, index), cell_margin(view, index), str(text)
    word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
    line = max(map(metrics.horizontalAdvance, text.split("\n")))
    return word + extra, max(line, word) + extra


def card_rows(grid) -> list[list[QWidget]]:
    """The cards of a column, row by row (a grid's rows, or one card a row of another layout);
    the cards being removed (`_going`) left out."""
    if grid is None:
        return []
    rows: dict[int, list[QWidget]] = {}
    for i in range(grid.count()):
        widget = grid.itemAt(i).widget()
        if widget is None or getattr(widget, "_going", False):
            continue
        row = grid.getItemPosition(i)[0] if isinstance(grid, QGridLayout) else i
        rows.setdefault(row, []).append(widget)
    return [rows[r] for r in sorted(rows)]


def row_heights(rows: list[list[QWidget]]) -> list[int]:
    """Each row's height: its tallest card, at least as tall as it asks to be."""
    return [max(max(w.sizeHint().height(), w.minimumHeight(), w.minimumSizeHint().height()) for w in row)
            for row in rows]


class CardPager(Pager):
    """Cards (rows of a grid layout, of any height) in pages: a page holds the whole rows that fit
    the view's height, the others are hidden. No card is ever cut at the edge."""

    def __init__(self, theme: Theme, area: QScrollArea, name: str, parent=None):
        self._page_starts: list[int] = [0]
        self._current = 0
        self._layout_key = None
        self._cards = None  # the cards and their heights when last paged
        super().__init__(theme, area, name, 0, parent)
        self.content = area.widget()
        self.content.installEventFilter(self)
        area.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._later()
        return False

    def _rows(self) -> list[list[QWidget]]:
        return card_rows(self.content.layout()) if hasattr(self, "content") else []

    def pages(self) -> int:
        return len(self._page_starts)

    def page(self) -> int:
        return self._current + 1

    def turn(self, step: int) -> None:
        self._current = min(len(self._page_starts) - 1, max(0, self._current + step))
        self._layout_key = None
        self._refresh()

    def _refresh(self) -> None:
        self._pending = False
        if not hasattr(self, "content"):
            return super()._refresh()
        rows = self._rows()
        grid = self.content.layout()
        spacing = max(0, grid.spacing()) if grid is not None else 0
        room = self.view.viewport().height()
        if grid is not None:
            margins = grid.contentsMargins()
            room -= margins.top() + margins.bottom()
        heights = row_heights(rows)
        key = (room, tuple(id(w) for row in rows for w in row), tuple(heights), self._current)
        if key == self._layout_key:
            return
        starts, used = [0], 0
        for n, height in enumerate(heights):
            if used and used + height > room:
                starts.append(n)
                used = 0
            used += height + spacing
        self._page_starts = starts
        self._current = min(self._current, len(starts) - 1)
        first = starts[self._current]
        last = starts[self._current + 1] if self._current + 1 < len(starts) else len(rows)
        for n, row in enumerate(rows):
            for widget in row:
                widget.setVisible(first <= n < last)
        if key[1:3] != self._cards:
            self._cards = key[1:3]
            self.view.updateGeometry()  # other cards: a snug area asks for their height
        self._layout_key = (room, key[1], key[2], self._current)
        pages = len(starts)
        self.row.setVisible(pages > 1)
        self.label.setText(self.tr("page {0} / {1}").format(self._current + 1, pages))
        self.previous.setEnabled(self._current > 0)
        self.next.setEnabled(self._current < pages - 1)

    def show_widget(self, widget: QWidget) -> None:
        """The page that holds this card (the selected person, kept in view)."""
        self._layout_key = None
        self._refresh()  # the pages as they are now
        for n, row in enumerate(self._rows()):
            if widget in row:
                page = max(i for i, start in enumerate(self._page_starts) if start <= n)
                if page != self._current:
                    self._current = page
                    self._layout_key = None
                    self._refresh()
                return


class SnugArea(QScrollArea):
    """A scroll area that asks for the height of all its cards, those of other pages too (Qt's own
    hint is the content's first size, kept): given less, its pager pages them; given more, it
    takes no more, and what follows it in the layout sits right under the cards."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # not Qt's Expanding

    def sizeHint(self) -> QSize:
        content = self.widget()
        grid = content.layout() if content is not None else None
        if grid is None:
            return super().sizeHint()
        heights = row_heights(card_rows(grid))
        margins = grid.contentsMargins()
        height = (sum(heights) + max(0, grid.spacing()) * max(0, len(heights) - 1)
                  + margins.top() + margins.bottom() + 2 * self.frameWidth())
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        """The least the Pager set (one card row): Qt's own counts the hidden scroll bars, and a
        layout widens the hint to it."""
        return self.minimumSize()


def paged_scroll(theme: Theme, content: QWidget, name: str, step_px: int = 0, snug: bool = False) -> Pager:
    """A column of cards (a grid layout in a widget) in pages of whole cards; `snug`: no taller
    than its cards (see SnugArea), else it takes all the height it is given."""
    area = SnugArea() if snug else QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setAccessibleName(name)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return CardPager(theme, area, name)
