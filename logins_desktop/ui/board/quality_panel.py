"""The board's quality checks: tap a kit set aside, tap each point checked, then "Bon" or "À reprendre".

Every point is one large toggle; nothing needs a keyboard. A failed kit stays on the list until the
team lead taps "Repris" once it is made right again. "Photo" keeps a photo of the kit with its check
(the USB camera, or a picture chosen by touch); the kit's photos are shown small beside its points.
The kits and the points are in pages of what the height holds, with page buttons; the points
ticked stay ticked across pages, a photo and a refresh of the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.services.evidence import PhotoSources, file_of
from logins_desktop.services.quality import PendingCheck, QualityDesk
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import say
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.pager import paged_scroll
from logins_desktop.ui.widgets.photo_capture import PhotoPanel, thumbnail
from logins_desktop.ui.widgets.touch import Feedback, TouchButton, clear_layout


class QualityPanel(QWidget):
    LISTED = 60  # kits listed at most, in pages, the oldest first: the count says how many wait in all
    COLUMNS = 2  # points side by side

    def __init__(self, theme: Theme, desk: QualityDesk | None, sounds: Sounds, parent=None):
        super().__init__(parent)
        self._theme, self._desk, self._sounds = theme, desk, sounds
        self.checks: list[PendingCheck] = []
        self.selected: PendingCheck | None = None
        self.check_buttons: dict = {}
        self.point_buttons: dict[str, TouchButton] = {}  # every point of the selected kit, on any page
        self.ticked: dict[str, bool] = {}  # what was ticked, kept when the list is rebuilt under it
        self._photographed = None  # the check the photo panel was opened for

        self.count = QLabel()
        self.count.setObjectName("title")
        self.count.setWordWrap(True)  # on one line it set the page's width: 25 px past a 1024 px panel
        # The kits and the points are cards in pages of what the height holds (on a 768 px panel,
        # fewer points beside the photos or a message): never pushed past the panel, never dragged.
        self.list = QVBoxLayout()
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.list.setContentsMargins(0, 0, 0, 0)  # in line with the count and the title
        box = QWidget()
        box.setLayout(self.list)
        self.kits_pager = paged_scroll(theme, box, self.tr("kits à contrôler"), snug=True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("title")
        self.hint = QLabel(self.tr("Touchez chaque point vérifié, puis « Bon » ou « À reprendre »."))
        self.hint.setWordWrap(True)
        self.points = QGridLayout()
        self.points.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.points.setContentsMargins(0, 0, 0, 0)
        box = QWidget()
        box.setLayout(self.points)
        self.points_pager = paged_scroll(theme, box, self.tr("points du contrôle"), snug=True)
        self.feedback = Feedback(theme, 0)
        self.pass_button = TouchButton(theme, self.tr("Bon"), self.tr("Le kit est bon"), icon="ok")
        self.fail_button = TouchButton(theme, self.tr("À reprendre"), self.tr("Le kit est à reprendre"), icon="error")
        self.rework_button = TouchButton(theme, self.tr("Repris"), self.tr("Le kit à reprendre a été repris"), icon="ok")
        self.pass_button.clicked.connect(lambda: self.decide(passed=True))
        self.fail_button.clicked.connect(lambda: self.decide(passed=False))
        self.rework_button.clicked.connect(self.mark_reworked)
        self.photo_button = TouchButton(theme, self.tr("Photo"), self.tr("Prendre une photo du kit"), icon="camera")
        self.photo_button.clicked.connect(self.open_photo)
        self.photo_panel = PhotoPanel(theme, desk.photo_sources if desk is not None else PhotoSources(),
                                      self._keep_photo, self)
        self.photo_panel.kept.connect(self._photo_kept)
        self.photos = QHBoxLayout()  # the kit's photos, small: what the rework is about
        actions = QHBoxLayout()
        for button in (self.pass_button, self.fail_button, self.rework_button, self.photo_button):
            actions.addWidget(button)
        actions.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.count)
        left.addWidget(self.kits_pager)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.hint)
        right.addWidget(self.points_pager)
        right.addLayout(self.photos)
        right.addLayout(actions)
        right.addWidget(self.feedback)
        right.addStretch(1)
        columns = QHBoxLayout(self)
        xs = theme.space("xs")  # the board's own margins: on a 768 px panel, room for a row of points more
        columns.setContentsMargins(xs, xs, xs, xs)
        columns.addLayout(left, 2)
        columns.addSpacing(theme.space("s"))  # the count's words never run into the kit's title
        columns.addLayout(right, 3)
        self.refresh()

    def refresh(self) -> None:
        if self.photo_panel.isVisible():  # rebuilt under it (a call answered, the page shown again): its kit may be gone
            self.photo_panel.close_panel()
        self.checks = self._desk.pending() if self._desk is not None else []
        clear_layout(self.list)
        self.check_buttons = {}
        if not self.checks:
            self.count.setText(say(msg("quality.none_pending")))
        else:
            self.count.setText(say(msg("quality.pending_count", n=len(self.checks))))
        for check in self.checks[:self.LISTED]:
            label = say(msg("quality.check_short", number=check.kit_number, order=check.order_ref,
                            station=check.station, worker=check.worker))
            if check.status == "failed":
                label = self.tr("À reprendre : {0}").format(label)
            button = TouchButton(self._theme, label, icon="error" if check.status == "failed" else "box")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=check: self.choose(c))
            self.list.addWidget(button)
            self.check_buttons[check.id] = button
        still = next((c for c in self.checks if self.selected and c.id == self.selected.id), None)
        self.select(still or (self.checks[0] if self.checks else None))

    def choose(self, check: PendingCheck) -> None:
        """A kit tapped in the list: something new begins, the last message goes."""
        self.feedback.clear()
        self.select(check)

    def select(self, check: PendingCheck | None) -> None:
        pending = check is not None and check.status == "pending"
        same = check is not None and self.selected is not None and check.id == self.selected.id
        if pending and same:
            # The same kit, the list rebuilt (a photo, the page shown again): what was ticked stays ticked.
            self.ticked = {point: self.ticked.get(point, False) for point in check.checklist}
        else:
            self.ticked = {point: False for point in check.checklist} if pending else {}
        self.selected = check
        for check_id, button in self.check_buttons.items():
            button.setChecked(check is not None and check_id == check.id)
        if check is not None and check.id in self.check_buttons:
            self.kits_pager.show_widget(self.check_buttons[check.id])
        self.title.setText(say(check.heading) if check else "")
        self.hint.setVisible(pending and self.feedback.isHidden())  # a message says what to do instead
        self.pass_button.setVisible(pending)
        self.fail_button.setVisible(pending)
        self.rework_button.setVisible(check is not None and check.status == "failed")
        self.photo_button.setVisible(check is not None)
        self._show_photos(check)
        self._show_points(check)
        if not same and self.point_buttons:  # another kit: its checklist from its first point
            self.points_pager.show_widget(next(iter(self.point_buttons.values())))

    def _show_points(self, check: PendingCheck | None) -> None:
        clear_layout(self.points)
        self.point_buttons = {}
        if check is None:
            return
        pending = check.status == "pending"
        for n, point in enumerate(check.checklist):
            button = TouchButton(self._theme, point, icon="box")
            button.setCheckable(True)
            button.setEnabled(pending)
            if pending:
                button.setChecked(self.ticked.get(point, False))
                button.toggled.connect(lambda on, p=point: self.ticked.__setitem__(p, on))
            button.toggled.connect(lambda on, b=button, p=point: self._show_point(b, p, on))
            self._show_point(button, point, self.ticked.get(point, False) if pending else point not in check.failed_points)
            self.points.addWidget(button, n // self.COLUMNS, n % self.COLUMNS)
            self.point_buttons[point] = button

    def _say(self, kind: str, text: str) -> None:
        """A message under the buttons, in the hint's stead: the points make room for it."""
        self.feedback.show_message(kind, text)
        self.hint.hide()

    def _show_point(self, button: TouchButton, point: str, ticked: bool) -> None:
        """Ticked or not is said by the pictogram and the words, not by a shade of grey."""
        button.setIcon(self._theme.icon("ok" if ticked else "box"))
        button.setText(("✔ " if ticked else "☐ ") + point)
        button.setAccessibleName(self.tr("{0} : vérifié").format(point) if ticked
                                 else self.tr("{0} : pas encore vérifié").format(point))

    def _show_photos(self, check: PendingCheck | None) -> None:
        clear_layout(self.photos)
        photos = check.photos if check is not None else ()
        if photos:
            self.photo_button.setText(self.tr("Photo ({0})").format(len(photos)))
        elif check is not None and check.photo_needed:  # the verdict waits for it: said on the button
            self.photo_button.setText(self.tr("Photo demandée"))
        else:
            self.photo_button.setText(self.tr("Photo"))
        size = self._theme.target_px  # small: the page fits a 768 px panel with them
        for n, name in enumerate(photos, start=1):
            label = QLabel()
            label.setAccessibleName(self.tr("Photo {0} du kit").format(n))
            path = file_of(name)
            picture = thumbnail(path, size) if path is not None else None
            if picture is None or picture.isNull():
                label.setText(self.tr("photo {0} introuvable").format(n))
            else:
                label.setPixmap(picture)
            self.photos.addWidget(label)
        self.photos.addStretch(1)

    def open_photo(self) -> None:
        if self.selected is not None:
            self._photographed = self.selected.id  # the photo goes to this kit, whatever is selected later
            self.photo_panel.open_over(self, self.tr("Photo du kit : {0}").format(say(self.selected.title)))

    def _keep_photo(self, data: bytes):
        try:
            return True, self._desk.photograph(self._photographed, data)
        except DomainError as exc:
            self._sounds.play("error")
            return False, exc.message

    def _photo_kept(self, said) -> None:
        self._sounds.play("ok")
        self.refresh()  # the kit shows its new photo, its points still ticked: the photo is often the last step
        self._say("ok", say(said))
        self.photo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def decide(self, passed: bool) -> None:
        if self.selected is None:
            return
        answers = dict(self.ticked)
        if passed and not all(answers.values()):
            left = next(point for point in self.selected.checklist if not answers.get(point))
            self._sounds.play("error")
            self._say("error", self.tr("Tous les points doivent être vérifiés pour dire « Bon »."))
            self.points_pager.show_widget(self.point_buttons[left])  # the page where a point is left
            return
        try:
            said = self._desk.decide(self.selected.id, answers)
        except DomainError as exc:
            self._sounds.play("error")
            self._say("error", say(exc.message))
            return
        self._sounds.play("ok")
        self._say("ok" if said.id == "quality.passed" else "warning", say(said))
        self.refresh()

    def mark_reworked(self) -> None:
        if self.selected is None:
            return
        try:
            said = self._desk.reworked(self.selected.id)
        except DomainError as exc:
            self._sounds.play("error")
            self._say("error", say(exc.message))
            return
        self._sounds.play("ok")
        self._say("ok", say(said))
        self.selected = None
        self.refresh()
