"""The console's recall page: where one lot went (its kits, orders, shipments with their customers
and SSCCs, and what is left of it in stock), said line by line as `trace lot` says it, and the
report for the customer written by touch (PDF and CSV, in the documents folder, named after the
lot: no keyboard, no file dialog). Opened from the lots page; a carton's label (SSCC) scanned on the
console opens it too, with the carton's shipment and the lots its order's kits used."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from logins_desktop.messages import Message, msg
from logins_desktop.services.documents import file_part
from logins_desktop.services.trace import LotTrace, TraceService
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.tables import paged_table, touch_table
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


class RecallPage(QWidget):
    def __init__(self, theme: Theme, trace: TraceService, documents: Path):
        super().__init__()
        self._trace, self.documents = trace, Path(documents)
        self.traced: LotTrace | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.expiry = QLabel()
        self.expiry.setWordWrap(True)
        self.back_button = TouchButton(theme, self.tr("Retour"), self.tr("Retour à la page d'avant"), icon="back")
        self.report_button = TouchButton(theme, self.tr("Rapport PDF et CSV"),
                                         self.tr("Écrire le rapport de rappel pour le client, en PDF et en CSV"),
                                         icon="print")
        self.report_button.clicked.connect(self.write_report)
        self.feedback = Feedback(theme, 0)
        self.table = touch_table(theme, [self.tr("Où est allé le lot")], self.tr("Trace du lot"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.expiry)
        layout.addWidget(self.feedback)
        layout.addWidget(paged_table(theme, self.table), 1)

    def show_lot(self, sku: str, lot: str) -> None:
        self.title.setText(say(msg("lots.report_title", lot=lot, sku=sku)))
        self.feedback.clear()
        try:
            self.traced = self._trace.lot(sku, lot)
        except DomainError as exc:  # no movement of it: said, never a traceback
            self.traced = None
            self.expiry.clear()
            self.table.setRowCount(0)
            self.report_button.setEnabled(False)
            self.feedback.show_message("warning", say(exc.message))
            return
        self.expiry.setText(say(msg("lots.report_expiry", day=self.traced.expiry)) if self.traced.expiry else "")
        self.table.setHorizontalHeaderLabels([self.tr("Où est allé le lot")])
        self._show_lines(self.traced.lines())
        self.report_button.show()
        self.report_button.setEnabled(True)

    def show_sscc(self, sscc: str) -> None:
        """A carton: its shipment and customer, and the lots its order's kits used (a superset: its
        kits are counted into it, not scanned one by one). No report: the lot's report is the recall's."""
        self.traced = None
        self.title.setText(say(msg("lots.sscc_title", sscc=sscc)))
        self.expiry.clear()
        self.feedback.clear()
        self.report_button.hide()
        self.table.setHorizontalHeaderLabels([self.tr("Ce que contient le carton")])
        try:
            self._show_lines(self._trace.sscc(sscc).lines())
        except DomainError as exc:  # a label of another site, or a carton since deleted: said
            self.table.setRowCount(0)
            self.feedback.show_message("warning", say(exc.message))

    def _show_lines(self, lines: list[Message]) -> None:
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            self.table.setItem(r, 0, QTableWidgetItem(say(line)))

    def write_report(self) -> None:
        if self.traced is None:
            return
        stem = f"rappel-{file_part(self.traced.sku)}-{file_part(self.traced.lot)}"
        pdf, table = self.documents / f"{stem}.pdf", self.documents / f"{stem}.csv"
        try:
            self.traced = self._trace.write_report(self.traced.sku, self.traced.lot, pdf, table, current_language(),
                                                   date.today())
        except DomainError as exc:  # a folder that cannot be written: said plainly
            self.feedback.show_message("error", say(exc.message))
            return
        self.feedback.show_message("ok", say(msg("lots.report_written", lot=self.traced.lot, files=[str(pdf), str(table)])))
