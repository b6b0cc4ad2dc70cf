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

from logins_desktop.domain.barcodes import CommandName
from logins_desktop.paths import resource
from logins_desktop.services.station import ScanResult, StationService
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import TouchButton


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
        self.icon.setPixmap(self._theme.pixmap("error" if kind == "error" else "ok", side))
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
        self._step_ids: list = []

        self.pages = QStackedLayout(self)
        self.pages.setStackingMode(QStackedLayout.StackingMode.StackOne)
        work = QWidget()
        self.pages.addWidget(work)
        self.alarm = Alarm(theme)
        self.alarm.dismissed.connect(self.clear_alarm)
        self.pages.addWidget(self.alarm)

        layout = QVBoxLayout(work)
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
        layout.addLayout(top)

        middle = QHBoxLayout()
        step_box = QVBoxLayout()
        self.step_picture = QLabel()
        self.step_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_number = QLabel()
        self.step_number.setObjectName("title")
        self.step_name = QLabel()
        self.step_name.setObjectName("huge")
        self.step_name.setWordWrap(True)
        self.step_quantity = QLabel()
        self.step_quantity.setObjectName("huge")
        self.step_instruction = QLabel()
        self.step_instruction.setWordWrap(True)
        self.step_instruction.setObjectName("title")
        for w in (self.step_number, self.step_picture, self.step_name, self.step_quantity, self.step_instruction):
            step_box.addWidget(w)
        step_box.addStretch(1)
        middle.addLayout(step_box, 3)
        self.steps_list = QGridLayout()
        self.steps_list.setColumnStretch(1, 1)  # the names take the width, the pictograms stay narrow
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
        self.undo_button = TouchButton(theme, self.tr("Annuler le dernier scan"), icon="back")
        self.undo_button.clicked.connect(lambda: self.run_command(CommandName.UNDO))
        self.pause_button = TouchButton(theme, self.tr("Pause"), self.tr("Pause ou reprise"), icon="history")
        self.pause_button.clicked.connect(self._toggle_pause)
        self.help_button = TouchButton(theme, self.tr("Appeler de l'aide"), icon="warning")
        self.help_button.clicked.connect(lambda: self.run_command(CommandName.HELP))
        self.short_empty_button = TouchButton(theme, self.tr("Manquant : vide"), self.tr("Manquant : emplacement vide"),
                                              icon="warning")
        self.short_empty_button.clicked.connect(lambda: self.run_command(CommandName.SHORT, "VIDE"))
        self.short_damaged_button = TouchButton(theme, self.tr("Manquant : abîmé"), self.tr("Manquant : article abîmé"),
                                                icon="warning")
        self.short_damaged_button.clicked.connect(lambda: self.run_command(CommandName.SHORT, "ABIME"))
        for b in (self.undo_button, self.pause_button, self.help_button, self.short_empty_button,
                  self.short_damaged_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        # The pace (kits per hour) is a query: read it on login, per kit, and twice a minute.
        self._pace_timer = QTimer(self, interval=30_000)
        self._pace_timer.timeout.connect(self.refresh_pace)
        self._pace_timer.start()
        theme.changed.connect(self.refresh)
        self.refresh()
        self.refresh_pace()

    # ------------------------------------------------------------------ actions
    def _toggle_pause(self) -> None:
        self.run_command(CommandName.RESUME if self._station.state.paused else CommandName.PAUSE)

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
            self.alarm.show_state("error", self.tr("REFUSÉ"), result.reason, hint)
            self.pages.setCurrentWidget(self.alarm)
            self._flash.stop()
        elif result.kit_completed:
            self._sounds.play("ok")
            self.alarm.show_state("ok", self.tr("KIT TERMINÉ"), result.reason, self.tr("Commencez le kit suivant."))
            self.pages.setCurrentWidget(self.alarm)
            if self._feedback_seconds > 0:
                self._flash.start(int(self._feedback_seconds * 1000))
        else:
            self._sounds.play("alert" if result.command == CommandName.HELP.value else "ok")
            self.clear_alarm()
        self.message.setText(result.reason)
        self.refresh()
        if result.kit_completed or result.outcome == "login":
            self.refresh_pace()

    def clear_alarm(self) -> None:
        self._flash.stop()
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
        st = self._station.state
        if st.order_ref:
            self.order_label.setText(self.tr("{0} — commande {1}").format(st.kit_name, st.order_ref))
            self.progress.setRange(0, max(1, st.order_quantity))
            self.progress.setValue(min(st.kits_done, st.order_quantity))
            self.progress.setFormat(self.tr("{0} / {1} kits").format(st.kits_done, st.order_quantity))
        else:
            self.order_label.setText(self.tr("Aucune tâche affectée à ce poste : appelez votre chef d'équipe."))
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat("")
        side = self._theme.px(35)
        if st.mode == "picking":
            self._show_pick_line(st)
        else:
            self._show_kit_step(st, side)
        self._fill_steps()
        self.pause_button.setText(self.tr("Reprendre") if st.paused else self.tr("Pause"))
        if st.paused:
            self.message.setText(self.tr("En pause — scannez REPRISE ou touchez « Reprendre »."))

    def _show_kit_step(self, st, side: int) -> None:
        step = st.current_step
        if step is None:
            for w in (self.step_number, self.step_name, self.step_quantity, self.step_instruction):
                w.clear()
            self.step_picture.clear()
            return
        self.step_number.setText(self.tr("Étape {0} sur {1}").format(step.number, len(st.steps)))
        self.step_name.setText(step.name)
        self.step_quantity.setText(self.tr("× {0}").format(step.quantity - st.scanned(step)))
        self.step_instruction.setText(step.instruction)
        photo = resource("photos", step.photo) if step.photo else None
        if photo is not None and photo.is_file():
            self.step_picture.setPixmap(QPixmap(str(photo)).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.step_picture.setPixmap(self._theme.pixmap("box", side))

    def _show_pick_line(self, st) -> None:
        line = st.current_line
        self.step_picture.setPixmap(self._theme.pixmap("box", self._theme.px(20)))
        if line is None:
            self.step_number.setText(self.tr("Préparation"))
            self.step_name.setText(self.tr("Liste terminée"))
            self.step_quantity.clear()
            self.step_instruction.setText(self.tr("Scannez VALIDER pour la liste suivante."))
            return
        self.step_number.setText(self.tr("Ligne {0} sur {1} — emplacement {2}").format(
            line.number, len(st.pick_lines), line.location_code))
        self.step_name.setText(line.name)
        self.step_quantity.setText(self.tr("× {0}").format(line.quantity - st.picked(line) - st.short(line)))
        if st.pick_location_id == line.location_id:
            self.step_instruction.setText(self.tr("Prélevez en {0} et scannez chaque article.").format(line.location_code))
        else:
            self.step_instruction.setText(self.tr("Allez en {0} et scannez l'emplacement.").format(line.location_code))

    def refresh_pace(self) -> None:
        """Encouragement, never a ranking: the worker's pace against their own recent average."""
        perf = self._station.performance()
        if self._station.state.mode == "picking":
            self.performance.clear()  # the pace is counted in kits: it says nothing about picking
            return
        if perf is None or perf.per_hour is None:
            self.performance.setText(self.tr("{0} kit(s) faits pendant cette session").format(perf.units if perf else 0))
        else:
            parts = [self.tr("{0:.0f} kits/h en ce moment").format(perf.per_hour)]
            if perf.baseline_per_hour:
                parts.append(self.tr("votre moyenne : {0:.0f}/h").format(perf.baseline_per_hour))
            if perf.standard_per_hour:
                parts.append(self.tr("repère : {0:.0f}/h").format(perf.standard_per_hour))
            self.performance.setText(" · ".join(parts))

    def _fill_steps(self) -> None:
        st = self._station.state
        picking = st.mode == "picking"
        items = st.pick_lines if picking else st.steps
        ids = [x.key if picking else x.product_id for x in items]
        if ids != self._step_ids:
            # Another kit or list: rebuild the rows (hide first: deleteLater leaves them painted until idle).
            for icon, label in self._step_rows:
                for w in (icon, label):
                    w.hide()
                    w.deleteLater()
            self._step_rows = []
            for row, _item in enumerate(items):
                icon, label = QLabel(), QLabel()
                label.setWordWrap(True)
                self.steps_list.addWidget(icon, row, 0)
                self.steps_list.addWidget(label, row, 1)
                self._step_rows.append((icon, label))
            self._step_ids = ids
        current = st.current_line if picking else st.current_step
        side = self._theme.px(7)
        missing = self.tr("manquant")
        for item, (icon, label) in zip(items, self._step_rows, strict=True):
            if picking:
                done = not st.line_open(item)
                short = f" — {missing} {st.short(item)}" if st.short(item) else ""
                text = f"{item.location_code} · {item.name} ({st.picked(item)}/{item.quantity}){short}"
            else:
                done = st.scanned(item) >= item.quantity
                text = f"{item.number}. {item.name} ({st.scanned(item)}/{item.quantity})"
            icon.setPixmap(self._theme.pixmap("ok", side) if done else
                           self._theme.pixmap("next", side) if item is current else self._theme.pixmap("box", side // 2))
            label.setText(text)
            name = "title" if item is current else ""
            if label.objectName() != name:  # re-polishing costs: only when the emphasis moves
                label.setObjectName(name)
                label.style().unpolish(label)
                label.style().polish(label)
        self.short_empty_button.setVisible(picking)
        self.short_damaged_button.setVisible(picking)
