"""Units per hour on each line over the shift (QtCharts), with the same figures as text beside it:
a chart alone says nothing to a screen reader or from across the workshop. The hour under way is
not drawn (a partial hour would look like a drop); its count is in the text."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.services.board import BoardService
from logins_desktop.ui.i18n import say
from logins_desktop.ui.theme import Theme

# Distinct in colour and in line style, so two lines differ without colour vision too.
_STYLES = [("#1f4e9e", Qt.PenStyle.SolidLine), ("#b35c00", Qt.PenStyle.DashLine),
           ("#1b7f3b", Qt.PenStyle.DotLine), ("#7b2d8e", Qt.PenStyle.DashDotLine)]


class PaceChart(QWidget):
    HOURS = 10

    def __init__(self, theme: Theme, board: BoardService, parent=None):
        super().__init__(parent)
        self._theme, self._board = theme, board
        self.series_count = 0
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # The axes are made once; a refresh changes their ranges and the series only.
        self.x_axis = QDateTimeAxis()  # clock hours, also across midnight for a night shift
        self.x_axis.setFormat("HH'h'")
        self.x_axis.setTitleText(self.tr("heure"))
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("kits/h"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Kits par heure et par ligne"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Kits par heure, par ligne"))
        title.setObjectName("title")
        row = QHBoxLayout()
        row.addWidget(self.view, 3)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row, 1)
        self.refresh()

    def refresh(self) -> None:
        starts, counts = self._board.hourly_output(self.HOURS + 1)  # the last slot is the hour under way
        done_hours = starts[:-1]
        self.chart.removeAllSeries()
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(self.font())
            axis.setTitleFont(self.font())
        self.chart.legend().setFont(self.font())
        self.x_axis.setRange(QDateTime.fromSecsSinceEpoch(int(done_hours[0].timestamp())),
                             QDateTime.fromSecsSinceEpoch(int(starts[-1].timestamp())))
        self.x_axis.setTickCount(self.HOURS + 1)
        top = max((max(v[:-1]) for v in counts.values()), default=0)
        self.y_axis.setRange(0, max(10, top))
        self.y_axis.applyNiceNumbers()
        lines = []
        for n, (ref, values) in enumerate(counts.items()):
            series = QLineSeries()
            series.setName(ref)
            colour, style = _STYLES[n % len(_STYLES)]
            series.setPen(QPen(QColor(colour), self._theme.px(0.8), style))
            for start, value in zip(done_hours, values[:-1], strict=True):
                series.append((start.timestamp() + 1800) * 1000, value)  # each hour's count at its middle
            self.chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            lines.append(say(msg("work.pace_line", order=ref, last=values[-2], current=values[-1], total=sum(values))))
        self.summary.setText("\n\n".join(lines) if lines else self.tr("Aucun kit fait sur ces {0} heures.").format(self.HOURS))
        self.series_count = len(counts)
