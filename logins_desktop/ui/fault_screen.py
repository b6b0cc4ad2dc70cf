"""The full-window explanation shown instead of the application when it cannot start (a damaged
or foreign database, a station already running…), and the non-blocking notice shown when something
unexpected happens while it runs. Plain words, what to do, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton


class FaultWindow(QWidget):
    """One message filling the window, selectable (a command can be copied), and a close button."""

    def __init__(self, theme: Theme, title: str, message: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.px(10), theme.px(10), theme.px(10), theme.px(10))
        top = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setPixmap(theme.pixmap("error", theme.px(16)))
        self.title = QLabel(title)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        top.addWidget(self.icon)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Explication"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message, 1)
        self.close_button = TouchButton(theme, self.tr("Fermer"), self.tr("Fermer cette fenêtre"), icon="back",
                                        width_mm=45)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
