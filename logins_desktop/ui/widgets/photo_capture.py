"""An evidence photo by touch: from the USB camera, or a picture chosen among those of a USB stick.

Opened over the page that needs it (the board's quality check, the dock's damaged goods). With a
camera: its live image, "Prendre la photo", then the photo to keep or to take again. Without one, or
when the photo is on a phone: the pictures of the USB sticks and of the Pictures folder, six to a
page with large previous/next buttons (never a file dialog, never a scroll bar). Whatever the photo
comes from, the page's `keep` callback (a service) checks it and keeps it, or says why not; the
panel then stays open for another.

The camera goes through QtMultimedia; `sim://` (the demonstration, tests) paints a picture that says
it is simulated. Neither is ever a modal dialog, and the camera is on only while the panel is open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLoggingCategory,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from logins_desktop.messages import Message, msg
from logins_desktop.services.evidence import PhotoSources, normalise, pictures_in, read_file
from logins_desktop.services.evidence import thumbnail as small_picture
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.keypad import cover, uncover
from logins_desktop.ui.widgets.touch import Feedback, TouchButton, clear_layout

log = logging.getLogger(__name__)

Keep = Callable[[bytes], tuple[bool, Message]]  # the page's service call: kept, and what to say


def jpeg_of(image: QImage, quality: int = 90) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", quality)
    buffer.close()
    return bytes(data.data())


class CameraSource(QObject):
    """What the panel needs of a camera: a live view, start/stop, and a photo as JPEG bytes."""

    captured = Signal(bytes)
    failed = Signal(str)  # in the camera's own words, for the message and the log
    ready = Signal(bool)  # a photo can be taken now (a camera just started needs a moment)

    def viewfinder(self) -> QWidget:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def capture(self) -> None:
        raise NotImplementedError


class QtCamera(CameraSource):
    """A USB (UVC) camera through QtMultimedia."""

    def __init__(self, device, parent=None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.name = device.description()
        self._camera = QCamera(device, self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._capture = QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._view = QVideoWidget()
        self._view.setAccessibleName(self.tr("Image de la caméra"))
        self._session.setVideoOutput(self._view)
        self._capture.imageCaptured.connect(lambda _id, image: self.captured.emit(jpeg_of(image)))
        self._capture.errorOccurred.connect(lambda _id, _error, text: self.failed.emit(text))
        self._capture.readyForCaptureChanged.connect(self.ready.emit)
        self._camera.errorOccurred.connect(lambda _error, text: self.failed.emit(text))

    def viewfinder(self) -> QWidget:
        return self._view

    def start(self) -> None:
        self._camera.start()

    def stop(self) -> None:
        self._camera.stop()

    def capture(self) -> None:
        if self._capture.isReadyForCapture():  # else the button is not enabled yet: a tap too early is nothing
            self._capture.capture()


class _Picture(QLabel):
    """An image shown whole at any size of the label (the camera's, the photo to keep)."""

    def __init__(self, name: str):
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(name)
        self.setMinimumSize(1, 1)  # the image follows the label's size, never the other way round
        self.image = QImage()

    def show_image(self, image: QImage) -> None:
        self.image = image
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self.image.isNull():
            self.setPixmap(QPixmap.fromImage(self.image).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                                Qt.TransformationMode.SmoothTransformation))


class SimulatedCamera(CameraSource):
    """The demonstration's camera (and the tests'): a painted bench and kit that says it is simulated,
    so that no one takes its picture for a real one."""

    name = "sim://"
    SIZE = QSize(1280, 960)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._view = _Picture(self.tr("Image de la caméra simulée"))
        self.running = False

    def _paint(self) -> QImage:
        image = QImage(self.SIZE, QImage.Format.Format_RGB32)
        image.fill(QColor("#5b6770"))  # a grey bench
        painter = QPainter(image)
        painter.setPen(QPen(QColor("#f4e7c5"), 12))
        painter.setBrush(QColor("#c9a46a"))  # a cardboard kit box
        painter.drawRect(340, 240, 600, 420)
        painter.drawLine(340, 450, 940, 450)
        font = QFont()
        font.setPixelSize(64)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(image.rect().adjusted(0, 40, 0, 0), Qt.AlignmentFlag.AlignHCenter,
                         self.tr("CAMÉRA SIMULÉE"))
        font.setPixelSize(40)
        painter.setFont(font)
        painter.drawText(image.rect().adjusted(0, 0, 0, -60), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         datetime.now().strftime("%d/%m/%Y %H:%M:%S"))
        painter.end()
        return image

    def viewfinder(self) -> QWidget:
        return self._view

    def start(self) -> None:
        self.running = True
        self._view.show_image(self._paint())
        self.ready.emit(True)

    def stop(self) -> None:
        self.running = False
        self.ready.emit(False)

    def capture(self) -> None:
        if not self.running:
            self.failed.emit("camera stopped")
            return
        self.captured.emit(jpeg_of(self._paint()))


def _video_inputs() -> list:
    """The cameras QtMultimedia sees; none when it cannot load (no libpulse, no backend)."""
    # Its FFmpeg backend warns on stderr for every optional library it lacks (PipeWire, VA-API):
    # about the machine, not about the photo, and the tests fail on any Qt warning.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        log.warning("no camera: QtMultimedia unavailable (%s)", exc)
        return []
    return list(QMediaDevices.videoInputs())


def open_camera(sources: PhotoSources, parent=None) -> CameraSource | None:
    """The camera the settings name, or None: the panel then offers the pictures only."""
    if sources.camera == "none":
        return None
    if sources.camera == "sim://":
        return SimulatedCamera(parent)
    inputs = _video_inputs()
    wanted = sources.camera.lower()
    found = [d for d in inputs if not wanted or wanted in d.description().lower()]
    if found:
        return QtCamera(found[0], parent)
    if sources.camera:
        log.warning("camera %r not found among %s", sources.camera, [d.description() for d in inputs])
    return SimulatedCamera(parent) if sources.simulate_if_none else None


def thumbnail(path: Path, size: int) -> QPixmap:
    """A picture shown small (decoded by the service's checked decoder); a null pixmap if it is broken."""
    png = small_picture(path, size)
    return QPixmap.fromImage(QImage.fromData(png)) if png else QPixmap()


class PhotoPanel(QFrame):
    kept = Signal(object)  # the service's Message: the photo was kept
    PER_PAGE = 6  # pictures on a page of the picker: 3 × 2, each a full-size target

    def __init__(self, theme: Theme, sources: PhotoSources, keep: Keep, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAutoFillBackground(True)
        self._theme, self.sources, self._keep = theme, sources, keep  # sources: the tour sets its own
        self._covered: list[QWidget] = []
        self.camera: CameraSource | None = None
        self.pictures: list[Path] = []
        self.page = 0
        self.photo: bytes | None = None  # the photo shown to keep
        self._from_camera = False  # where it came from: "Une autre" goes back there
        self.picture_buttons: list[TouchButton] = []
        self._thumbnails: dict[tuple[Path, int], QPixmap] = {}  # decoded once per page and size

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), self.tr("Fermer sans garder de photo"),
                                         icon="cancel")
        self.cancel_button.clicked.connect(self.close_panel)
        self.feedback = Feedback(theme, 0)

        # What the middle of the panel shows: the camera's image, the pictures, or the photo to keep.
        self.views = QStackedWidget()
        self.camera_holder = QWidget()
        QVBoxLayout(self.camera_holder).setContentsMargins(0, 0, 0, 0)
        self.picker = QWidget()
        self.grid = QGridLayout(self.picker)
        for column in range(3):
            self.grid.setColumnStretch(column, 1)
        self.preview = _Picture(self.tr("La photo à garder"))
        for view in (self.camera_holder, self.picker, self.preview):
            self.views.addWidget(view)
        self.views.installEventFilter(self)

        self.shoot_button = TouchButton(theme, self.tr("Prendre la photo"), icon="camera")
        self.shoot_button.setObjectName("primary")
        self.shoot_button.clicked.connect(self._shoot)
        self.choose_button = TouchButton(theme, self.tr("Choisir une photo"),
                                         self.tr("Choisir une photo sur la clé USB ou dans Images"), icon="photo")
        self.choose_button.clicked.connect(self.show_pictures)
        self.camera_button = TouchButton(theme, self.tr("Caméra"), self.tr("Revenir à l'image de la caméra"),
                                         icon="camera")
        self.camera_button.clicked.connect(self.show_camera)
        self.previous_button = TouchButton(theme, self.tr("Précédent"), self.tr("Page précédente des photos"),
                                           icon="back")
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.page_label = QLabel()
        self.next_button = TouchButton(theme, self.tr("Suivant"), self.tr("Page suivante des photos"), icon="next")
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.again_button = TouchButton(theme, self.tr("Une autre"), self.tr("Ne pas garder celle-ci, en prendre une autre"),
                                        icon="undo")
        self.again_button.clicked.connect(self._again)
        self.keep_button = TouchButton(theme, self.tr("Garder la photo"), icon="ok")
        self.keep_button.setObjectName("primary")
        self.keep_button.clicked.connect(self._keep_photo)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.cancel_button)
        actions = QHBoxLayout()
        for button in (self.camera_button, self.choose_button, self.previous_button):
            actions.addWidget(button)
        actions.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        for button in (self.next_button, self.again_button, self.keep_button, self.shoot_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addWidget(self.views, 1)
        layout.addLayout(actions)
        self.hide()

    # ------------------------------------------------------------------ opening and closing
    def open_over(self, host: QWidget, title: str) -> None:
        self.title.setText(title)
        self.feedback.clear()
        self._covered = cover(host, self)
        host.installEventFilter(self)  # the page left (another tab, another page): the panel closes
        self.camera = open_camera(self.sources, self)
        if self.camera is not None:
            self.camera.captured.connect(self._captured)
            self.camera.failed.connect(self._camera_failed)
            self.camera.ready.connect(self.shoot_button.setEnabled)
            self.camera_holder.layout().addWidget(self.camera.viewfinder())
            self.show_camera()
        else:
            self.show_pictures()
            if self.sources.camera != "none":  # a camera was looked for: say there is none
                self.feedback.show_message("info", say(msg("evidence.no_camera")))

    def close_panel(self) -> None:
        if self.parent() is not None:
            self.parent().removeEventFilter(self)
        self._drop_camera()
        self.photo = None
        self.hide()
        uncover(self._covered)
        self._covered = []

    def _drop_camera(self) -> None:
        if self.camera is None:
            return
        self.camera.stop()
        view = self.camera.viewfinder()
        view.hide()
        view.setParent(None)
        view.deleteLater()
        self.camera.deleteLater()
        self.camera = None

    # ------------------------------------------------------------------ what is shown
    def _show(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        on_camera, on_pictures, on_photo = view is self.camera_holder, view is self.picker, view is self.preview
        self.shoot_button.setVisible(on_camera)
        self.choose_button.setVisible(on_camera)
        self.camera_button.setVisible(on_pictures and self.camera is not None)
        for widget in (self.previous_button, self.page_label, self.next_button):
            widget.setVisible(on_pictures)
        self.again_button.setVisible(on_photo)
        self.keep_button.setVisible(on_photo)

    def show_camera(self) -> None:
        if self.camera is None:
            self.show_pictures()
            return
        self._show(self.camera_holder)
        self.shoot_button.setEnabled(False)  # until the camera says it is ready
        self.camera.start()

    def show_pictures(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        folders = self.sources.picture_folders()  # now: another stick may be in
        self.pictures = pictures_in(folders)
        self._thumbnails.clear()
        self.page = 0
        if not self.pictures:
            folders = ", ".join(str(f) for f in folders) or "—"
            self.feedback.show_message("warning", say(msg("evidence.no_pictures", folders=folders)))
        self._show(self.picker)
        self._fill_page()

    def pages(self) -> int:
        return max(1, -(-len(self.pictures) // self.PER_PAGE))

    def turn(self, step: int) -> None:
        self.page = min(max(0, self.page + step), self.pages() - 1)
        self._fill_page()

    def _fill_page(self) -> None:
        clear_layout(self.grid)
        self.picture_buttons = []
        size = self._thumbnail_px()
        for n, path in enumerate(self.pictures[self.page * self.PER_PAGE:(self.page + 1) * self.PER_PAGE]):
            taken = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d/%m %H:%M") if path.exists() else ""
            # Its day and hour say which is which ("the one I just took"); its file name is for the screen reader.
            button = TouchButton(self._theme, taken, self.tr("Photo {0}, du {1}").format(path.name, taken))
            picture = self._thumbnail(path, size)
            if not picture.isNull():
                button.setIcon(picture)
                button.setIconSize(QSize(size, size))
            button.clicked.connect(lambda _=False, p=path: self.choose(p))
            self.grid.addWidget(button, n // 3, n % 3)
            button.show()  # now, not at the next turn of the event loop: a tap may come first
            self.picture_buttons.append(button)
        self.page_label.setText(self.tr("page {0} / {1}").format(self.page + 1, self.pages()))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.pages() - 1)

    def _thumbnail(self, path: Path, size: int) -> QPixmap:
        key = (path, size)
        if key not in self._thumbnails:
            self._thumbnails[key] = thumbnail(path, size)
        return self._thumbnails[key]

    def _thumbnail_px(self) -> int:
        """As large as a cell of the 3 × 2 grid allows beside its day and hour."""
        words = self.fontMetrics().horizontalAdvance("00/00 00:00") * 3 // 2
        cell_w, cell_h = self.views.width() // 3, self.views.height() // 2
        return max(48, min(cell_w - words - self._theme.target_px // 2, cell_h - self._theme.target_px // 3))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Hide and self.isVisible():
            self.close_panel()  # and the camera off: never left running behind another page
            return False
        if watched is self.views and event.type() == QEvent.Type.Resize and self.pictures \
                and self.views.currentWidget() is self.picker:
            self._fill_page()  # the thumbnails follow the room the page has, once laid out
        return False

    def _show_photo(self, data: bytes) -> None:
        """The photo as it will be kept (upright, cut down); a broken one is refused here, in words."""
        try:
            image = QImage.fromData(normalise(data).jpeg)
        except DomainError as exc:
            self.photo = None
            self.feedback.show_message("error", say(exc.message))
            return
        self.photo = data
        self.preview.show_image(image)
        if self.camera is not None:
            self.camera.stop()
        self._show(self.preview)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ intents
    def _shoot(self) -> None:
        if self.camera is not None:
            self.camera.capture()

    def _captured(self, data: bytes) -> None:
        self.feedback.clear()
        self._from_camera = True
        self._show_photo(data)

    def _camera_failed(self, detail: str) -> None:
        """An unplugged or busy camera: said in words, and the pictures offered instead."""
        log.warning("camera failed: %s", detail)
        self._drop_camera()
        self.show_pictures()
        self.feedback.show_message("error", say(msg("evidence.camera_failed", detail=detail)))

    def choose(self, path: Path) -> None:
        try:
            data = read_file(path)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc.message))
            return
        self.feedback.clear()
        self._from_camera = False
        self._show_photo(data)

    def _again(self) -> None:
        """Back to where the photo came from: the camera for another shot, or the same page of pictures."""
        self.photo = None
        if self._from_camera and self.camera is not None:
            self.show_camera()
        else:
            self._show(self.picker)

    def _keep_photo(self) -> None:
        if self.photo is None:
            return
        ok, said = self._keep(self.photo)
        if not ok:
            self.feedback.show_message("error", say(said))
            return
        self.close_panel()
        self.kept.emit(said)
