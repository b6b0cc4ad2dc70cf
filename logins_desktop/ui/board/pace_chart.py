"""Units per hour on each line over the shift (QtCharts), with the same figures as text beside it:
a chart alone says nothing to a screen reader or from across the workshop."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.services.board import BoardService
from logins_desktop.ui.theme import Theme

# Distinct in colour and in line style, so two lines differ without colour vision too.
_STYLES = [("#1f4e9e", Qt.PenStyle.SolidLine), ("#b35c00", Qt.PenStyle.DashLine),
           ("#1b7f3b", Qt.PenStyle.DotLine), ("#7b2d8e", Qt.PenStyle.DashDotLine)]


class PaceChart(QWidget):
    HOURS = 10

    def __init__(self, theme: Theme, board: BoardService, parent=None):
        super().__init__(parent)
        self._theme, self._board = theme, board
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
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
        starts, counts = self._board.hourly_output(self.HOURS)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF())
        x_axis = QDateTimeAxis()  # clock hours, also across midnight for a night shift
        x_axis.setRange(QDateTime.fromSecsSinceEpoch(int(starts[0].timestamp())),
                        QDateTime.fromSecsSinceEpoch(int(starts[-1].timestamp()) + 3600))
        x_axis.setTickCount(self.HOURS + 1)
        x_axis.setFormat("HH'h'")
        x_axis.setTitleText(self.tr("heure"))
        y_axis = QValueAxis()
        top = max((max(v) for v in counts.values()), default=0)
        y_axis.setRange(0, max(10, int(top * 1.15)))
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("kits/h"))
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.legend().setFont(font)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        lines = []
        for n, (ref, values) in enumerate(counts.items()):
            series = QLineSeries()
            series.setName(ref)
            colour, style = _STYLES[n % len(_STYLES)]
            series.setPen(QPen(QColor(colour), self._theme.px(0.8), style))
            for i, value in enumerate(values):
                series.append((starts[i].timestamp() + 1800) * 1000, value)  # each hour's count at its middle
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            last = next((v for v in reversed(values) if v), 0)
            lines.append(self.tr("{0} : {1} kits la dernière heure, {2} en tout").format(ref, last, sum(values)))
        self.summary.setText("\n\n".join(lines) if lines else self.tr("Aucun kit fait sur ces {0} heures.").format(self.HOURS))
        self.series_count = len(counts)
