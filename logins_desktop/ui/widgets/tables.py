"""Read-only tables for touch screens: rows as tall as touch targets, whole-row selection."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from logins_desktop.ui.theme import Theme


def touch_table(theme: Theme, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.horizontalHeader().setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(theme.row_px)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(theme.row_px * 2)  # two rows visible at least; the page decides the rest
    return table


def paged_table(theme: Theme, table: QTableWidget):
    """The table with its page row (Précédent / page 2 / 5 / Suivant): what goes in the layout."""
    from logins_desktop.ui.widgets.pager import paged

    pager = getattr(table, "pager", None)
    if pager is None:
        pager = table.pager = paged(theme, table, table.accessibleName())
    return pager


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace the rows, keeping the selected row when it still exists."""
    selected = table.currentRow()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    if 0 <= selected < len(rows):
        table.selectRow(selected)
