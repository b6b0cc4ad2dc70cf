"""The accessibility audit of what is on screen: the QAccessible tree (what Orca reads over
AT-SPI), the on-screen rectangles, and the contrast of the pixels actually painted.

The pixel and luminance maths is Qt-free (services.ui_audit); this module walks widgets."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractSlider)


def interactive(widget: QWidget) -> bool:
    """A widget a person acts on (scroll bars are reported by the fit check, not here)."""
    return isinstance(widget, INTERACTIVE) and not isinstance(widget, QScrollBar)


def visible_rect(widget: QWidget, top: QWidget) -> QRect | None:
    """The widget's rectangle in `top`'s coordinates, or None when it is not inside `top`."""
    if widget.window() is not top.window():
        return None
    origin = widget.mapTo(top, widget.rect().topLeft())
    return QRect(origin, widget.size())


def clipped_rect(widget: QWidget, top: QWidget, viewports_only: bool = False) -> QRect:
    """The part of the widget that its ancestors below `top` leave in view, in `top`'s coordinates
    (`viewports_only`: only the viewports of lists and card columns clip)."""
    rect = visible_rect(widget, top) or QRect()
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if not viewports_only or parent.objectName() == "qt_scrollarea_viewport":
            rect = rect.intersected(QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect
