"""The packing station screen: the step to do, big; what just happened, loud; no dialog, ever.

A wrong item turns the whole screen red with the reason and the error sound, until the next scan
or a tap. A finished kit flashes green. Every action also has a barcode (commands sheet), so the
buttons here are a convenience, never the only way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.messages import msg
from logins_desktop.services.photos import photo_path
from logins_desktop.services.station import ScanResult, StationService
from logins_desktop.services.station_view import RowState
from logins_desktop.services.types import CommandName
from logins_desktop.ui.i18n import say
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.handed import handed
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


class Alarm(QFrame):
    """Full-screen state: red (refused) or green (kit complete), pictogram + text. A tap closes it."""

    dismissed = Signal()

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self._theme = theme
        self.kind = ""
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("huge")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("title")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.icon, self.title, self.text, self.hint):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Message du poste"))

    def show_state(self, kind: str, title: str, text: str, hint: str) -> None:
        self.kind = kind
        p = self._theme.palette
        bg, fg = (p.error, p.error_text) if kind == "error" else (p.ok, p.ok_text)
        self.setStyleSheet(f"QFrame {{ background: {bg}; }} QLabel {{ color: {fg}; background: transparent; }}")
        side = self._theme.px(40)
        self.icon.setPixmap(self._theme.pixmap("error" if kind == "error" else "ok", side, fg))
        self.title.setText(title)
        self.text.setText(text)
        self.hint.setText(hint)
        self.setAccessibleDescription(f"{title}. {text}")

    def mouseReleaseEvent(self, event) -> None:  # act on release, like every button
        self.dismissed.emit()
        super().mouseReleaseEvent(event)


class StationScreen(QWidget):
    logout_requested = Signal()

    def __init__(self, theme: Theme, station: StationService, sounds: Sounds, feedback_seconds: float = 0.0, parent=None):
        super().__init__(parent)
        self._theme = theme
        self._station = station
        self._sounds = sounds
        self._flash = QTimer(self, singleShot=True)
        self._flash.timeout.connect(self.clear_alarm)
        self._feedback_seconds = feedback_seconds
        self.last_result: ScanResult | None = None
        self._step_rows: list[tuple[QLabel, QLabel]] = []
        self._rows_for: tuple | None = None
        self._rows_shown: list[tuple | None] = []  # (state, text) each row shows: redrawn only when it changes
        self._shown_warning: str | None = None
        self.showing_photo = False

        self.pages = QStackedLayout(self)
        self.pages.setStackingMode(QStackedLayout.StackingMode.StackOne)
        work = QWidget()
        self.pages.addWidget(work)
        self.alarm = Alarm(theme)
        self.alarm.dismissed.connect(self.clear_alarm)
        self.pages.addWidget(self.alarm)

        layout = QVBoxLayout(work)
        self.stock_warning = Feedback(theme, 0)  # the stock runs low: pictogram + words, the work goes on
        self.stock_warning.setAccessibleName(self.tr("Alerte de stock"))
        layout.addWidget(self.stock_warning)
        self.disconnected = QLabel()
        self.disconnected.setObjectName("title")
        self.disconnected.setWordWrap(True)
        self.disconnected.hide()
        layout.addWidget(self.disconnected)

        top = QHBoxLayout()
        self.order_label = QLabel()
        self.order_label.setObjectName("title")
        self.order_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avancement de la commande"))
        self.progress.setTextVisible(True)
        self.progress.setMinimumHeight(theme.px(8))
        top.addWidget(self.order_label, 2)
        top.addWidget(self.progress, 1)
        self._top = top
        self.my_path_button: TouchButton | None = None
        self.my_path: QWidget | None = None
        layout.addLayout(top)
        self.cover_label = QLabel()
        self.cover_label.setWordWrap(True)
        self.cover_label.setAccessibleName(self.tr("Stock disponible au poste"))
        layout.addWidget(self.cover_label)

        middle = QHBoxLayout()
        step_box = QVBoxLayout()
        self.step_picture = QLabel()
        self.step_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_number = QLabel()
        self.step_number.setObjectName("title")
        self.step_number.setWordWrap(True)  # "Ligne 1 sur 6 — emplacement A-01-02" wraps on a 1024 px panel
        self.step_name = QLabel()
        self.step_name.setObjectName("huge")
        self.step_name.setWordWrap(True)
        self.step_quantity = QLabel()
        self.step_quantity.setObjectName("huge")
        self.step_instruction = QLabel()
        self.step_instruction.setWordWrap(True)
        self.step_instruction.setObjectName("title")
        # The picture beside the step's words, not above them, and the quantity under the picture:
        # the name may take two lines of the largest type and still fit a 768 px panel.
        self.step_quantity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = QVBoxLayout()
        picture.addWidget(self.step_picture)
        picture.addWidget(self.step_quantity)
        picture.addStretch(1)
        words = QVBoxLayout()
        for w in (self.step_number, self.step_name, self.step_instruction):
            words.addWidget(w)
        words.addStretch(1)
        step_row = QHBoxLayout()
        step_row.addLayout(picture, 0)
        step_row.addLayout(words, 1)
        step_box.addLayout(step_row)
        step_box.addStretch(1)
        middle.addLayout(step_box, 3)
        self.steps_list = QGridLayout()
        self.steps_list.setColumnStretch(1, 1)  # the names take the width, the pictograms stay narrow
        self.steps_list.setVerticalSpacing(theme.space("xs"))  # five rows and a two-line current step fit 768 px
        steps_frame = QFrame()
        steps_frame.setLayout(self.steps_list)
        middle.addWidget(steps_frame, 2)
        layout.addLayout(middle, 1)

        self.message = QLabel()
        self.message.setObjectName("title")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Dernier message"))
        layout.addWidget(self.message)
        self.performance = QLabel()
        self.performance.setObjectName("muted")
        layout.addWidget(self.performance)

        buttons = QHBoxLayout()
        self.undo_button = TouchButton(theme, self.tr("Annuler le dernier scan"), icon="undo")
        self.undo_button.clicked.connect(lambda: self.run_command(CommandName.UNDO))
        self.pause_button = TouchButton(theme, self.tr("Pause"), self.tr("Pause ou reprise"), icon="pause")
        self.pause_button.clicked.connect(self._toggle_pause)
        self.help_button = TouchButton(theme, self.tr("Appeler de l'aide"), icon="help")
        self.help_button.clicked.connect(lambda: self.run_command(CommandName.HELP))
        self.short_empty_button = TouchButton(theme, self.tr("Manquant : vide"), self.tr("Manquant : emplacement vide"),
                                              icon="empty")
        self.short_empty_button.clicked.connect(lambda: self.run_command(CommandName.SHORT, "VIDE"))
        self.short_damaged_button = TouchButton(theme, self.tr("Manquant : abîmé"), self.tr("Manquant : article abîmé"),
                                                icon="damaged")
        self.short_damaged_button.clicked.connect(lambda: self.run_command(CommandName.SHORT, "ABIME"))
        for b in (self.undo_button, self.pause_button, self.help_button, self.short_empty_button,
                  self.short_damaged_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.button_row = handed(theme, buttons, self)  # left-handed: the row is mirrored
        # Calm mode: a finished kit is said here (pictogram + words + soft tone), not by a green flash.
        self.calm_feedback = Feedback(theme, 0)
        self.calm_feedback.setAccessibleName(self.tr("Kit terminé"))
        layout.insertWidget(layout.indexOf(self.message), self.calm_feedback)
        # The pace (kits per hour) is a query: read it on login, per kit, and twice a minute.
        self._pace_timer = QTimer(self, interval=30_000)
        self._pace_timer.timeout.connect(self.refresh_pace)
        self._pace_timer.start()
        self._pace_soon = QTimer(self, singleShot=True, interval=0)
        self._pace_soon.timeout.connect(self.refresh_pace)
        theme.changed.connect(self.refresh)
        self.refresh()
        self.refresh_pace()

    def enable_my_path(self, make_screen) -> None:
        """A "Mon parcours" button: the person's own passport in large type, back to work in one tap."""
        self.my_path_button = TouchButton(self._theme, self.tr("Mon parcours"), icon="badge")
        self.my_path_button.clicked.connect(lambda: self._show_my_path(make_screen()))
        self._top.addWidget(self.my_path_button)

    def _show_my_path(self, screen: QWidget) -> None:
        if self.my_path is not None:  # left open under a scan: replaced, not stacked
            self._close_my_path()
        self.my_path = screen
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        screen.closed.connect(self._close_my_path)

    def _close_my_path(self) -> None:
        self.pages.setCurrentIndex(0)
        self.pages.removeWidget(self.my_path)
        self.my_path.deleteLater()
        self.my_path = None

    # ------------------------------------------------------------------ actions
    def _toggle_pause(self) -> None:
        self.run_command(CommandName.RESUME if self._station.view().paused else CommandName.PAUSE)

    def run_command(self, name: CommandName, option: str | None = None) -> None:
        self.show_result(self._station.command(name, option))

    def show_result(self, result: ScanResult) -> None:
        """Show what the station decided about one scan or command: colour + pictogram + text + sound."""
        self.last_result = result
        if result.outcome == "duplicate":
            return  # a double read: nothing to tell
        if result.outcome == "rejected":
            self._sounds.play("error")
            hint = self.tr("Scannez le bon article pour continuer, ou touchez l'écran.")
            if not result.committed:
                hint = self.tr("Rien n'a été enregistré. Appelez votre chef d'équipe.")
            self.alarm.show_state("error", self.tr("REFUSÉ"), say(result.message), hint)
            self.pages.setCurrentWidget(self.alarm)
            self._flash.stop()
        elif result.kit_completed and self._theme.settings.calm:
            self._sounds.play("ok")
            self.clear_alarm()
            self.calm_feedback.show_message("ok", say(result.message))
        elif result.kit_completed:
            self._sounds.play("ok")
            self.alarm.show_state("ok", self.tr("KIT TERMINÉ"), say(result.message), self.tr("Commencez le kit suivant."))
            self.pages.setCurrentWidget(self.alarm)
            if self._feedback_seconds > 0:
                self._flash.start(int(self._feedback_seconds * 1000))
        else:
            warned = result.warning is not None and result.outcome == "login"
            self._sounds.play("alert" if result.command == CommandName.HELP.value or warned else "ok")
            self.clear_alarm()
            self.calm_feedback.clear()
        self.message.setText(say(self._on_screen(result.message)))
        self.refresh()
        if result.kit_completed or result.outcome == "login":
            # After this frame: the pace line is read from the database and may wait for the result.
            # The screen's own timer: a bare QTimer.singleShot would call a screen deleted by a logout meanwhile.
            self._pace_soon.start()

    @staticmethod
    def _on_screen(message):
        """The greeting's kit, order and cover are already on the screen above it (title, progress,
        stock line, banner): said again, its three lines squeezed the step off a 768 px panel. The
        headless JSON and the CLI keep the whole sentence."""
        if getattr(message, "id", None) == "station.hello_kit":
            return msg("station.hello_short", worker=message.args["worker"])
        return message

    def clear_alarm(self) -> None:
        self._flash.stop()
        if self.pages.currentIndex() != 0:  # switching pages re-lays out the screen: only when needed
            self.pages.setCurrentIndex(0)

    @property
    def alarm_visible(self) -> bool:
        return self.pages.currentWidget() is self.alarm

    def set_scanner_connected(self, connected: bool, message: str) -> None:
        self.disconnected.setVisible(not connected)
        p = self._theme.palette
        self.disconnected.setStyleSheet(f"background:{p.warning}; color:{p.warning_text}; padding:{self._theme.px(2)}px;")
        self.disconnected.setText(self.tr("⚠ Scanner déconnecté — rebranchez-le : il se reconnecte tout seul."))
        self.disconnected.setToolTip(message)

    # ------------------------------------------------------------------ display
    def refresh(self) -> None:
        """Lay out the station's view model; every word and every state comes from it."""
        view = self._station.view()
        self.order_label.setText(say(view.heading))
        if view.progress is not None:
            done, ordered = view.progress
            self.progress.setRange(0, max(1, ordered))
            self.progress.setValue(done)
            self.progress.setFormat(say(view.progress_text))
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat("")
        self.cover_label.setText(say(view.cover) if view.cover else "")
        self.cover_label.setVisible(view.cover is not None)
        warning = say(view.warning) if view.warning is not None else None
        if warning != self._shown_warning:  # re-styling the banner on every scan costs a frame
            self._shown_warning = warning
            if warning is None:
                self.stock_warning.clear()
            else:
                self.stock_warning.show_message("warning", warning)
        self._show_step(view)
        self._fill_rows(view)
        self.short_empty_button.setVisible(view.picking)
        self.short_damaged_button.setVisible(view.picking)
        self.pause_button.setText(self.tr("Reprendre") if view.paused else self.tr("Pause"))
        self.pause_button.set_icon("play" if view.paused else "pause")
        if view.paused:
            self.message.setText(say(msg("station.view.paused")))

    def _show_step(self, view) -> None:
        self.step_number.setText(say(view.step_title) if view.step_title else "")
        self.step_name.setText(say(view.step_name))
        self.step_quantity.setText(self.tr("× {0}").format(view.step_left) if view.step_left is not None else "")
        self.step_instruction.setText(say(view.step_hint))
        if view.step_title is None:
            self.step_picture.clear()
            return
        side = self._theme.px(35 if not view.picking else 20)
        self.step_picture.setPixmap(self._step_pixmap(view.photo, view.pictogram, side))
        self.step_picture.setAccessibleName(self.tr("Photo de l'article") if self.showing_photo
                                            else self.tr("Pictogramme de l'étape"))

    def _step_pixmap(self, photo: str | None, pictogram: str, side: int) -> QPixmap:
        """The component's photo, large, when it has one that loads; its pictogram otherwise."""
        path = photo_path(photo)
        self.showing_photo = False
        if path is not None:
            picture = self._theme.cached(("photo", str(path), side), lambda: self._scaled(path, side))
            if not picture.isNull():
                self.showing_photo = True
                return picture
        return self._theme.pixmap(pictogram, side)

    @staticmethod
    def _scaled(path, side: int) -> QPixmap:
        picture = QPixmap(str(path))
        if picture.isNull():
            return picture
        return picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)

    ROW_PICTOGRAMS = {RowState.DONE: "ok", RowState.SHORT: "warning", RowState.CURRENT: "next", RowState.TODO: "box"}

    def _fill_rows(self, view) -> None:
        if len(view.rows) != len(self._step_rows) or self._rows_for != (view.heading, view.picking):
            # Another kit or list: rebuild the rows (hide first: deleteLater leaves them painted until idle).
            for icon, label in self._step_rows:
                for w in (icon, label):
                    w.hide()
                    w.deleteLater()
            self._step_rows = []
            for row in range(len(view.rows)):
                icon, label = QLabel(), QLabel()
                label.setWordWrap(True)
                self.steps_list.addWidget(icon, row, 0)
                self.steps_list.addWidget(label, row, 1)
                self._step_rows.append((icon, label))
            self._rows_for = (view.heading, view.picking)
            self._rows_shown = [None] * len(view.rows)
        side = self._theme.px(7)
        for i, (row, (icon, label)) in enumerate(zip(view.rows, self._step_rows, strict=True)):
            shown = (row.state, row.text)
            if self._rows_shown[i] == shown:
                continue
            self._rows_shown[i] = shown
            small = row.state is RowState.TODO
            icon.setPixmap(self._theme.pixmap(self.ROW_PICTOGRAMS[row.state], side // 2 if small else side))
            label.setText(say(row.text))
            label.setAccessibleName(say(row.text) + (" — " + say(msg("station.view.short_state"))
                                                     if row.state is RowState.SHORT else ""))
            name = "title" if row.state is RowState.CURRENT else ""
            if label.objectName() != name:  # re-polishing costs: only when the emphasis moves
                label.setObjectName(name)
                label.style().unpolish(label)
                label.style().polish(label)

    def refresh_pace(self) -> None:
        """Encouragement, never a ranking: the worker's pace against their own recent average."""
        perf = self._station.performance()
        if self._station.view().picking:
            self.performance.clear()  # the pace is counted in kits: it says nothing about picking
            return
        if perf is None or perf.per_hour is None:
            self.performance.setText(say(msg("station.session_kits", n=perf.units if perf else 0)))
        else:
            parts = [self.tr("{0:.0f} kits/h en ce moment").format(perf.per_hour)]
            if perf.baseline_per_hour:
                parts.append(self.tr("votre moyenne : {0:.0f}/h").format(perf.baseline_per_hour))
            if perf.standard_per_hour:
                parts.append(self.tr("repère : {0:.0f}/h").format(perf.standard_per_hour))
            self.performance.setText(" · ".join(parts))
