"""A table model that counts its rows in SQL and fetches only the pages the view shows.

With 100,000 products, opening, filtering and jumping to the end each touch one page, not the table.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    align_right: bool = False


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHED_PAGES = 32

    def __init__(self, columns: list[Column], count: Callable[[], int], fetch: Callable[[int, int], list], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._count_fn = count
        self._fetch_fn = fetch
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()

    def set_source(self, count: Callable[[], int], fetch: Callable[[int, int], list]) -> None:
        self._count_fn, self._fetch_fn = count, fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._count_fn()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row_object(self, row: int):
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch_fn(page_no * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[page_no] = page
            if len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            obj = self.row_object(index.row())
            return None if obj is None else column.value(obj)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None
