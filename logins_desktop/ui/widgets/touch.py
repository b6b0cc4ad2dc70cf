"""Touch-sized building blocks. Every one acts on release (clicked) and has an accessible name."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.paths import resource
from logins_desktop.ui.theme import Theme


def avatar(theme: Theme, initials: str, photo: str | None, side: int) -> QPixmap:
    """A round picture of the person: their photo (resources/photos) when there is one that loads,
    else their initials on the accent colour."""
    # Cached: the board rebuilds every worker card after each assignment, and reading and scaling
    # a hundred photos each time would be felt on the touchscreen.
    accent, accent_text = theme.palette.accent, theme.palette.accent_text
    return theme.cached(("avatar", initials, photo, side, accent, accent_text),
                        lambda: _draw_avatar(initials, photo, side, accent, accent_text))


def _draw_avatar(initials: str, photo: str | None, side: int, accent: str, accent_text: str) -> QPixmap:
    picture = QPixmap(str(resource("photos", photo))) if photo else QPixmap()
    result = QPixmap(side, side)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(circle)
    if not picture.isNull():
        picture = picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                 Qt.TransformationMode.SmoothTransformation)
        painter.drawPixmap((side - picture.width()) // 2, (side - picture.height()) // 2, picture)
    else:
        painter.fillPath(circle, QColor(accent))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(side * 0.4)))
        painter.setFont(font)
        painter.setPen(QColor(accent_text))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return result


def clear_layout(layout) -> None:
    """Empty a layout of its widgets; hidden first, as deleteLater leaves them painted (and reachable
    by a screen reader) until the event loop is idle."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class TouchButton(QPushButton):
    """A button at least the theme's touch-target size, with an icon and an accessible name."""

    # True for a button whose owner drops its words for its pictogram when room is short (the
    # window's header): its words then set no minimum width, or the window could never narrow.
    words_may_go = False

    def __init__(self, theme: Theme, text: str, accessible_name: str | None = None, icon: str | None = None,
                 parent=None, width_mm: float | None = None):
        super().__init__(text, parent)
        self._theme = theme
        self._icon_name = icon
        self._width_mm = width_mm
        self._text = text
        self.setAccessibleName(accessible_name or text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoRepeat(False)
        theme.changed.connect(self._restyle)
        self._restyle()

    def text(self) -> str:
        """The whole text, as given: what is painted may be it on two lines (see _fit_text)."""
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._fit_text()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _one_line_width(self, text: str, frame: int | None = None) -> int:
        icon = self.iconSize().width() + 4 if not self.icon().isNull() else 0  # Qt's gap after a pictogram
        return self.fontMetrics().horizontalAdvance(text) + icon + (self._frame_width() if frame is None else frame)

    def _frame_width(self) -> int:
        """Border and padding, both sides, as the style sheet lays them out: a real X window paints
        the words inside the padding and cuts what passes it ("Undo last scan" lost its n)."""
        option = QStyleOptionButton()
        option.initFrom(self)
        option.state |= QStyle.StateFlag.State_HasFocus  # the focus ring is thicker: the words fit inside it too
        option.rect = QRect(0, 0, 1000, max(self.height(), 1))
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return 1000 - contents.width()

    def worded_width(self, text: str) -> int:
        """The width this button would need to show `text` on one line, at least a target's."""
        return max(self._least_width, self._one_line_width(text))

    def _fit_text(self) -> None:
        """A text wider than the button goes on two lines, split where the longer line is shortest:
        a narrow panel (1024 px) gets a taller word, never a cut one."""
        # Never narrower than its words on two lines beside its pictogram: squeezed, never cut.
        text, shown = self._text, self._text
        split = self._two_lines(text)
        frame = self._frame_width()  # once: the style sheet's rule is looked up for each call
        # Lines the caller laid out (a board tile) stay as they are: the widest of them is the least.
        narrowest = max(self._one_line_width(line, frame) for line in split or text.split("\n"))
        least = max(getattr(self, "_least_width", 0), 0 if self.words_may_go else narrowest)
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
        if split and self.width() < self._one_line_width(text, frame):
            shown = "\n".join(split)
        if shown != super().text():
            super().setText(shown)

    def _two_lines(self, text: str) -> tuple[str, str] | None:
        """The text on two lines, split where the longer line is shortest (None: a single word)."""
        words = text.split(" ")
        if len(words) < 2 or "\n" in text:
            return None
        splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
        return min(splits, key=lambda pair: max(map(self.fontMetrics().horizontalAdvance, pair)))

    def setObjectName(self, name: str) -> None:  # "primary" buttons are filled: their pictogram follows
        super().setObjectName(name)
        self._restyle()

    def set_icon(self, name: str) -> None:
        """Another pictogram (a button whose meaning toggles: Pause / Reprendre)."""
        if name != self._icon_name:
            self._icon_name = name
            self._restyle()

    def _restyle(self) -> None:
        target = self._theme.target_px
        self._least_width = target if self._width_mm is None else self._theme.px(self._width_mm)
        self.setMinimumSize(self._least_width, target)
        if self._icon_name:
            self.setIcon(self._theme.icon(self._icon_name, on_accent=self.objectName() == "primary"))
            side = int(target * 0.55)
            self.setIconSize(QSize(side, side))
        self._fit_text()  # the font or the pictogram may have changed size


class PageStack(QStackedWidget):
    """Pages one at a time, as large as the page shown needs: a QStackedWidget is as tall as its
    tallest page, shown or not, and one long page pushed the whole window past a 768 px panel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class ButtonRows(QWidget):
    """Worded buttons side by side, on as few rows as let every button show its words on one line
    (six page buttons: one row at the normal type on a 1024 px panel, two at a larger type)."""

    rows_changed = Signal()  # after a change of its row count (its height changes with it)

    def __init__(self, theme: Theme, buttons: list[TouchButton], spacing: int, parent=None):
        super().__init__(parent)
        self.buttons = buttons
        for button in buttons:  # a narrower padding than theme.qss's, which the widths count
            button.setStyleSheet(f"padding: 0 {self.PADDING_PX}px;")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self.columns = 0
        self._place(len(buttons))
        # After the resize, not inside it: a new row count changes this bar's height.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refit)
        theme.changed.connect(self._timer.start)

    PADDING_PX = 2  # each side: six words fit one row of a 1024 px panel at the normal type

    def _width_of(self, button: TouchButton) -> int:
        # Its words, pictogram, border and padding (the bar's own narrower one).
        return button.worded_width(button.text())

    def _needed(self, columns: int) -> int:
        rows = [self.buttons[i:i + columns] for i in range(0, len(self.buttons), columns)]
        spacing = self._grid.spacing()
        return max(sum(map(self._width_of, row)) + spacing * (len(row) - 1) for row in rows)

    def _place(self, columns: int) -> None:
        for button in self.buttons:
            self._grid.removeWidget(button)
        for n, button in enumerate(self.buttons):
            self._grid.addWidget(button, n // columns, n % columns)
        for column in range(len(self.buttons)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._timer.start()

    def _refit(self) -> None:
        count = len(self.buttons)
        for rows in range(1, count + 1):
            columns = -(-count // rows)
            if self._needed(columns) <= self.width():
                break
        if columns != self.columns:
            self._place(columns)
            self.rows_changed.emit()
        # Each column as wide as its widest button's words (an equal share cut "Impressions").
        for column in range(len(self.buttons)):
            widths = [self._width_of(b) for n, b in enumerate(self.buttons) if n % columns == column]
            least = max(widths, default=0) if column < columns else 0
            if self._grid.columnMinimumWidth(column) != least:
                self._grid.setColumnMinimumWidth(column, least)


class FitLabel(QLabel):
    """A word-wrapped label whose longest word always fits: when it would be cut (a name like
    "Administrateur" on a 1024 px card), the type steps down, at most to the body size."""

    TYPE_STEPS = {"title": "title", "huge": "huge"}  # the QLabel#… rules of theme.qss; others: body

    def __init__(self, theme: Theme, text: str = "", object_name: str = "title", parent=None):
        super().__init__(text, parent)
        self._theme = theme
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self._step = self.TYPE_STEPS.get(object_name, "body")
        self._inline_pt: float | None = None  # the size set on the label itself, when not the theme's
        theme.changed.connect(self._fit)

    def set_step(self, step: str) -> None:
        """Another size of the type scale to start from (a narrow header: body rather than title)."""
        self._step = step
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        words = self.text().split()
        if not words or self.width() <= 0:
            return
        wanted = self._theme.type_pt(self._step)
        font = QFont(self.font())
        room = self.contentsRect().width() - 2 * self.margin()
        size, floor = wanted, min(wanted, self._theme.type_pt("body"))
        # Never narrower than its longest word at the smallest step (larger type on a 1024 px header).
        font.setPointSizeF(floor)
        margins = self.width() - room
        least = max(map(QFontMetrics(font).horizontalAdvance, words)) + margins
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
        while size > floor:
            font.setPointSizeF(size)
            if max(map(QFontMetrics(font).horizontalAdvance, words)) <= room:
                break
            size = max(floor, size - 0.5)
        styled = self._theme.type_pt(self.TYPE_STEPS.get(self.objectName(), "body"))  # what theme.qss gives it
        inline = None if abs(size - styled) < 0.05 else size
        if inline != self._inline_pt:
            self._inline_pt = inline
            self.setStyleSheet("" if inline is None else f"font-size: {inline:.1f}pt;")


class PersonCard(QPushButton):
    """A large name card: photo or initials, the name, and the role for people who need a PIN."""

    def __init__(self, theme: Theme, name: str, initials: str, subtitle: str = "", parent=None,
                 photo: str | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self._theme = theme
        self._initials, self._photo = initials, photo
        self.setAccessibleName(f"{name} {subtitle}".strip())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        row = QHBoxLayout(self)
        self.avatar = QLabel()
        self.avatar.setAccessibleName(initials)
        self.avatar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        self.name_label = FitLabel(theme, name)
        text.addWidget(self.name_label)
        if subtitle:
            role = FitLabel(theme, subtitle, "muted")
            text.addWidget(role)
        for label in self.findChildren(QLabel):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.avatar)
        row.addLayout(text, 1)
        theme.changed.connect(self._restyle)
        self._restyle()

    def _restyle(self) -> None:
        side = self._theme.px(16)
        self.avatar.setFixedSize(side, side)
        self.avatar.setPixmap(avatar(self._theme, self._initials, self._photo, side))
        self.setMinimumHeight(self._theme.target_px)


class Feedback(QFrame):
    """Colour + pictogram + text (the sound is played by the caller through ui.sound)."""

    KINDS = {"ok": "ok", "error": "error", "info": "info", "warning": "warning"}

    def __init__(self, theme: Theme, seconds: float = 0.0, parent=None):
        super().__init__(parent)
        self._theme = theme
        self.kind: str | None = None
        # 0 = the message stays until the next one or until cleared: no time limit is imposed.
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear)
        self.seconds = seconds
        self.setObjectName("feedback_info")
        row = QHBoxLayout(self)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("title")
        # A wrapped message asks Qt for a wide minimum; it wraps on more lines instead of widening the window.
        self.text.setMinimumWidth(theme.target_px * 2)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        self.setAccessibleName("message")
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setObjectName(f"feedback_{'info' if kind == 'warning' else kind}")
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)
        side = self._theme.px(12)
        p = self._theme.palette
        # On the green or red band the pictogram takes the band's text colour; on the surface, its meaning's.
        on_colour = {"ok": p.ok_text, "error": p.error_text}.get(kind)
        self.icon.setPixmap(self._theme.pixmap(self.KINDS[kind], side, on_colour))
        self.icon.setFixedSize(side, side)
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        if self.seconds > 0:
            self._timer.start(int(self.seconds * 1000))

    def clear(self) -> None:
        self._timer.stop()
        self.kind = None
        self.text.clear()
        self.hide()


class PinPad(QFrame):
    """A large keypad for a PIN: digits, erase, validate. No typing, no drag."""

    submitted = Signal(str)
    MAX_DIGITS = 8

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self._digits = ""
        layout = QVBoxLayout(self)
        self.display = QLabel("")
        self.display.setObjectName("huge")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Code saisi"))
        layout.addWidget(self.display)
        grid = self._grid = QGridLayout()
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self.buttons: dict[str, TouchButton] = {}
        for i, digit in enumerate("123456789"):
            self._add_digit(theme, grid, digit, i // 3, i % 3)
        self.erase = TouchButton(theme, self.tr("Effacer"), self.tr("Effacer le dernier chiffre"), icon="erase")
        self.erase.clicked.connect(self._erase)
        grid.addWidget(self.erase, 3, 0)
        self._add_digit(theme, grid, "0", 3, 1)
        self.validate = TouchButton(theme, self.tr("Valider"), self.tr("Valider le code"), icon="ok")
        self.validate.setObjectName("primary")
        self.validate.clicked.connect(self._submit)
        grid.addWidget(self.validate, 3, 2)
        layout.addLayout(grid)
        self._keys = [*self.buttons.values(), self.erase, self.validate]
        self._theme_px_margin = theme.px(4)
        theme.changed.connect(self._equal_widths)
        self._equal_widths()
        self._refresh()

    def _equal_widths(self) -> None:
        # Columns share the pad's width equally; the pad is made wide enough for the widest key
        # ("Effacer", "Valider") at the current font size. (The stylesheet owns each key's own
        # minimum size, so the width is set on the pad.)
        for key in self._keys:
            key.ensurePolished()
        key_width = max(key.sizeHint().width() for key in self._keys) + self._theme_px_margin
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(3 * key_width + 2 * self._grid.horizontalSpacing() + margins.left() + margins.right())

    def _add_digit(self, theme: Theme, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        button = TouchButton(theme, digit, self.tr("Chiffre {0}").format(digit))
        button.clicked.connect(lambda: self._press(digit))
        grid.addWidget(button, row, col)
        self.buttons[digit] = button

    def tap_digits(self, digits: str) -> None:
        """Tap the keys of these digits, as a person would (screenshots, demos)."""
        for digit in digits:
            self.buttons[digit].click()

    def _press(self, digit: str) -> None:
        if len(self._digits) < self.MAX_DIGITS:
            self._digits += digit
        self._refresh()

    def _erase(self) -> None:
        self._digits = self._digits[:-1]
        self._refresh()

    def _submit(self) -> None:
        if self._digits:
            pin, self._digits = self._digits, ""
            self._refresh()
            self.submitted.emit(pin)

    def reset(self) -> None:
        self._digits = ""
        self._refresh()

    def _refresh(self) -> None:
        self.display.setText("●" * len(self._digits) if self._digits else "—")


def warning_row(theme: Theme, text: str, button: QWidget | None = None, emphasis: bool = False) -> tuple[QFrame, QLabel]:
    """A warning that stays on screen: pictogram + words (+ the action it calls for), never colour alone."""
    frame, row = _warning_frame(theme)
    label = _warning_label(text)
    if emphasis:
        label.setObjectName("title")
    row.addWidget(label, 1)
    if button is not None:
        row.addWidget(button)
    return frame, label


def warning_lines(theme: Theme, texts: list[str]) -> tuple[QFrame, list[QLabel]]:
    """Several warnings of one kind under one pictogram, a line each, in bold body type."""
    frame, row = _warning_frame(theme)
    column = QVBoxLayout()
    labels = [_warning_label(text) for text in texts]
    for label in labels:
        label.setObjectName("strong")
        column.addWidget(label)
    row.addLayout(column, 1)
    return frame, labels


def _warning_frame(theme: Theme) -> tuple[QFrame, QHBoxLayout]:
    frame = QFrame()
    frame.setObjectName("feedback_info")
    row = QHBoxLayout(frame)
    icon = QLabel()
    icon.setPixmap(theme.pixmap("warning", theme.px(9)))
    row.addWidget(icon)
    return frame, row


def _warning_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
