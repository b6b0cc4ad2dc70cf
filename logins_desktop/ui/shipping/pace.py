"""The console's pace page: one order's minutes per kit hour by hour (day by day for an order worked
over several days) against the standard time the price was quoted on (QtCharts), with the same
figures written beside it: a chart alone says nothing to a screen reader. Opened from the costs page.

The time counted is the stations' active time, pauses excluded; the accompaniment the structure
provides is not station time, so it never shows as a slow hour. A long order's chart is paged with
large previous/next buttons, never scrolled."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.messages.core import format_number
from logins_desktop.services.costing import CostService, OrderCostView
from logins_desktop.services.types import DomainError, PacePoint
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import Feedback, TouchButton

SIXTY = Decimal(60)


def _minutes(seconds: Decimal) -> Decimal:
    return (seconds / SIXTY).quantize(Decimal("0.1"))


class PacePage(QWidget):
    PER_PAGE = 12  # hours (or days) on one page at most: each bar wide enough to read

    def __init__(self, theme: Theme, costs: CostService):
        super().__init__()
        self._theme, self._costs = theme, costs
        self.view: OrderCostView | None = None
        self.points: list[PacePoint] = []
        self._page = 0
        self.per_page = self.PER_PAGE
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.back_button = TouchButton(theme, self.tr("Coûts"), self.tr("Retour aux coûts"), icon="back")
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setTitleText(self.tr("min par kit"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Minutes par kit, contre le devis"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Its lines are paged to the chart's height: its own wish must not make the page taller.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.feedback = Feedback(theme, 0)
        self.previous = TouchButton(theme, self.tr("Précédent"), self.tr("Période précédente"), icon="back")
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.page_label = QLabel()
        self.next = TouchButton(theme, self.tr("Suivant"), self.tr("Période suivante"), icon="next")
        self.next.clicked.connect(lambda: self._turn(1))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        middle = QHBoxLayout()
        middle.addWidget(self.chart_view, 3)
        middle.addWidget(self.summary, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous)
        bottom.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        bottom.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

    def show_order(self, ref: str) -> None:
        self.feedback.clear()
        try:
            self.view, self.points = self._costs.pace(ref)
        except DomainError as exc:  # an order gone since the list was read: said, never a traceback
            self.view, self.points = None, []
            self.feedback.show_message("error", say(exc.message))
        self._fit()
        self._page = max(0, (len(self.points) - 1) // self.per_page)  # the latest hours first
        self.refresh()

    def resizeEvent(self, event) -> None:
        """As many hours a page as their lines beside the chart hold in its height (a line wraps
        once on a narrow panel): the figures never run below the buttons."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.summary.fontMetrics()
        widest = max((metrics.horizontalAdvance(self._line(p)) for p in self.points), default=0)
        lines_each = max(1, -(-widest // max(1, self.summary.width())))
        fits = max(1, self.chart_view.height() // (lines_each * metrics.lineSpacing()))
        per_page = max(1, min(self.PER_PAGE, fits))
        if per_page != self.per_page:
            first = self._page * self.per_page
            self.per_page = per_page
            self._page = first // per_page
            self.refresh()

    @property
    def by_day(self) -> bool:
        return len({p.start.date() for p in self.points}) > 1

    def _turn(self, step: int) -> None:
        self._page += step
        self.refresh()

    def refresh(self) -> None:
        lang = current_language()
        pages = max(1, -(-len(self.points) // self.per_page))
        self._page = min(max(0, self._page), pages - 1)
        shown = self.points[self._page * self.per_page:(self._page + 1) * self.per_page]
        view = self.view
        standard = view.cost.standard_seconds if view else None
        if view is not None:
            title = "costing.pace_title_days" if self.by_day else "costing.pace_title_hours"
            self.title.setText(say(msg(title, order=view.ref, kit=view.kit)))
        labels = [self._when(p) for p in shown]
        self.chart.removeAllSeries()
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(self.font())
            axis.setTitleFont(self.font())
        self.chart.legend().setFont(self.font())
        self.x_axis.clear()
        self.x_axis.append(labels or [""])
        actual = QBarSet(self.tr("Minutes par kit"))
        actual.setColor(QColor(self._theme.palette.accent))
        values = [float(_minutes(p.seconds_per_kit)) if p.seconds_per_kit is not None else 0.0 for p in shown]
        actual.append(values)
        bars = QBarSeries()
        bars.append(actual)
        # No figure on the bars: QtCharts writes 7.5 in every language; they are written beside.
        self.chart.addSeries(bars)
        bars.attachAxis(self.x_axis)
        bars.attachAxis(self.y_axis)
        top = max(values, default=0.0)
        if standard is not None and shown:
            # The quote as a dashed line across the chart: above it, slower than quoted.
            quote = QLineSeries()
            quote.setName(self.tr("Devis : {0} min par kit").format(format_number(_minutes(standard), lang)))
            quote.setPen(QPen(QColor(self._theme.palette.text), self._theme.px(0.6), Qt.PenStyle.DashLine))
            minutes = float(_minutes(standard))
            quote.append(-0.5, minutes)
            quote.append(len(shown) - 0.5, minutes)
            self.chart.addSeries(quote)
            quote.attachAxis(self.y_axis)
            # A line series on a category axis: its x is the bar's index (-0.5 to n-0.5, edge to edge).
            quote.attachAxis(self.x_axis)
            top = max(top, minutes)
        self.y_axis.setRange(0, max(1.0, top * 1.2))
        self.y_axis.applyNiceNumbers()
        self.summary.setText("\n".join(self._line(p) for p in shown) if shown
                             else self.tr("Pas encore de temps de poste sur cette commande."))
        self.chart_view.setAccessibleDescription(self.summary.text())
        self.page_label.setText(self.tr("page {0} / {1}").format(self._page + 1, pages))
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < pages - 1)

    def _when(self, point: PacePoint) -> str:
        return point.start.strftime("%d/%m") if self.by_day else self.tr("{0} h").format(f"{point.start:%H}")

    def _line(self, point: PacePoint) -> str:
        worked = _minutes(Decimal(point.labour_seconds))
        if point.seconds_per_kit is None:
            return say(msg("costing.pace_no_kit", when=self._when(point), minutes=worked))
        return say(msg("costing.pace_line", when=self._when(point), kits=point.kits, minutes=worked,
                       per_kit=_minutes(point.seconds_per_kit)))
