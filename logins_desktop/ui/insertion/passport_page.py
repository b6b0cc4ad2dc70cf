"""The passport as it will print (rendered from its PDF with QtPdf, one page, no scrolling), with
an export button; and the station's "mon parcours": the person's own figures in large type."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.services.auth import SignedIn
from logins_desktop.services.passport import (
    PassportService,
    export_file,
    regularity_words,
    total_words,
    trend_words,
)
from logins_desktop.ui.i18n import current_language
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


def pdf_pixmap(data: bytes, height_px: int) -> QPixmap:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.pagePointSize(0)
    image = document.render(0, QSize(int(height_px * page.width() / page.height()), height_px))
    document.close()
    paper = QPixmap(image.size())  # the page is rendered transparent: on white, like paper
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PassportPage(QWidget):
    back = Signal()

    def __init__(self, theme: Theme, passport: PassportService, session: SignedIn, parent=None):
        super().__init__(parent)
        self._theme, self._passport, self._session = theme, passport, session
        self.badge: str | None = None
        self.data = b""
        layout = QHBoxLayout(self)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Aperçu du passeport"))
        layout.addWidget(self.preview, 3)
        side = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        side.addWidget(self.title)
        self.feedback = Feedback(theme, 0)
        side.addWidget(self.feedback)
        side.addStretch(1)
        self.export_button = TouchButton(theme, self.tr("Enregistrer le PDF"), icon="ok")
        self.export_button.clicked.connect(self.export)
        side.addWidget(self.export_button)
        self.back_button = TouchButton(theme, self.tr("Retour au parcours"), icon="back")
        self.back_button.clicked.connect(self.back.emit)
        side.addWidget(self.back_button)
        layout.addLayout(side, 1)

    def show_passport(self, badge: str, name: str) -> None:
        self.badge = badge
        self.feedback.clear()
        self.title.setText(self.tr("Passeport de compétences de {0}").format(name))
        self.data = self._passport.pdf(self._session, badge, lang=current_language())
        self.preview.setPixmap(pdf_pixmap(self.data, max(400, self.height() - 20)))

    def export(self) -> None:
        path = export_file(self._passport.view(self._session, self.badge).name)
        path.write_bytes(self.data)
        self.feedback.show_message("ok", self.tr("Passeport enregistré : {0}").format(str(path)))


class MyPathScreen(QWidget):
    """At the station after login: the person's own passport figures, large, in plain words."""

    closed = Signal()

    def __init__(self, theme: Theme, passport: PassportService, session: SignedIn, parent=None):
        super().__init__(parent)
        view = passport.view(session, session.key)
        lang = current_language()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Mon parcours — {0}").format(view.name))
        title.setObjectName("huge")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.lines: list[QLabel] = []
        work = [total_words(view, lang), *trend_words(view, lang), regularity_words(view, lang),
                *[self.tr("Formation : {0}").format(t.title + (f" — {t.certification}" if t.certification else ""))
                  for t in view.trainings if t.obtained_on],
                *[self.tr("Immersion : {0}").format(i.host) for i in view.immersions]]
        for text in work:
            label = QLabel(text)
            label.setObjectName("title")
            label.setWordWrap(True)
            layout.addWidget(label)
            self.lines.append(label)
        layout.addStretch(1)
        self.close_button = TouchButton(theme, self.tr("Retour au travail"), icon="back")
        self.close_button.clicked.connect(self.closed.emit)
        layout.addWidget(self.close_button)

