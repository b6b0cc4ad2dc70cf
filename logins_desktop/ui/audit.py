"""The accessibility audit of what is on screen: the QAccessible tree (what Orca reads over
AT-SPI), the on-screen rectangles, and the contrast of the pixels actually painted.

The pixel and luminance maths is Qt-free (services.ui_audit); this module walks widgets."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from logins_desktop.services.ui_audit import Violation, contrast_violation, painted_colours

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


# ------------------------------------------------------------------------------ the audit

Role = QAccessible.Role
INTERACTIVE_ROLES = {Role.Button, Role.PushButton, Role.CheckBox, Role.RadioButton, Role.EditableText, Role.Table,
                     Role.List, Role.Tree, Role.ComboBox, Role.SpinBox, Role.Slider, Role.PageTab, Role.ButtonMenu,
                     Role.ButtonDropDown, Role.Link}
# Rows and cells are the table's own (its row height is checked on the table).
INSIDE_ITEMS = (Role.Table, Role.List, Role.Tree, Role.ComboBox)
HEIGHT_ONLY = (Role.EditableText, Role.Table, Role.List, Role.Tree, Role.ComboBox)


def _accessibles(top: QWidget):
    """(interface, widget) for everything in the QAccessible tree under `top` that is shown."""
    root = QAccessible.queryAccessibleInterface(top)
    stack = [root] if root is not None else []
    seen = set()
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        state = iface.state()
        if state.invisible:
            continue
        obj = iface.object()
        key = id(obj) if obj is not None else id(iface)
        if obj is not None and key in seen:
            continue
        seen.add(key)
        yield iface, obj if isinstance(obj, QWidget) else None
        if iface.role() in INSIDE_ITEMS:
            continue
        stack.extend(iface.child(i) for i in range(iface.childCount() - 1, -1, -1))


def audit_screen(top: QWidget, screen: str, size: str, theme) -> list[Violation]:
    """What a person with a screen reader, a large fingertip or low vision would miss on this screen."""
    found: list[Violation] = []
    target = theme.target_px
    bounds = top.rect()
    painted = top.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    scale = painted.width() / max(1, top.width())
    for iface, widget in _accessibles(top):
        if widget is None or widget is top or not widget.isVisible():
            continue
        rect = visible_rect(widget, top)
        if rect is None or clipped_rect(widget, top, viewports_only=True).isEmpty():
            continue  # on another page of a paged list
        role = iface.role()
        name = iface.text(QAccessible.Text.Name).strip()
        what = name or _describe(widget)
        if interactive(widget):
            if role in (Role.NoRole, Role.Client) and not isinstance(widget, QAbstractItemView):
                found.append(Violation("no_role", screen, size, what))
            if role in INTERACTIVE_ROLES or interactive(widget):
                if not name:
                    found.append(Violation("no_name", screen, size, what, {"role": _role_word(role)}))
                found += _size(widget, role, rect, target, screen, size, what)
                if not bounds.contains(rect):
                    found.append(Violation("outside", screen, size, what, {"x": rect.x(), "y": rect.y(),
                                                                           "width": rect.width(),
                                                                           "height": rect.height()}))
        if _has_text(widget) and widget.isEnabled():
            crop = clipped_rect(widget, top).intersected(bounds)
            if crop.width() > 2 and crop.height() > 2:
                counts = _pixels(painted, crop, scale)
                finding = contrast_violation(screen, size, what, counts, theme.settings.high_contrast)
                if finding is not None:
                    found.append(finding)
    return found


def _size(widget: QWidget, role, rect: QRect, target: int, screen: str, size: str, what: str) -> list[Violation]:
    if isinstance(widget, QAbstractItemView):
        rows = widget.verticalHeader().defaultSectionSize() if hasattr(widget, "verticalHeader") else rect.height()
        small = rows < target or rect.height() < target
        shown = (rect.width(), rows)
    elif role in HEIGHT_ONLY or isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        small, shown = rect.height() < target, (rect.width(), rect.height())
    else:
        small, shown = rect.width() < target or rect.height() < target, (rect.width(), rect.height())
    if not small:
        return []
    return [Violation("too_small", screen, size, what, {"width": shown[0], "height": shown[1], "target": target})]


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QLineEdit):
        return bool(widget.text() or widget.placeholderText())
    return False


def _pixels(image: QImage, rect: QRect, scale: float):
    x, y = round(rect.x() * scale), round(rect.y() * scale)
    w, h = max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))
    part = image.copy(x, y, w, h).convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I")
    pixels.frombytes(bytes(part.constBits())[: part.width() * part.height() * 4])
    return painted_colours(pixels)


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} « {text} »" if text else type(widget).__name__


def _role_word(role) -> str:
    return getattr(role, "name", str(role))
