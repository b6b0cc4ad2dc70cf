"""A worker's own settings screen (reached at the station after login, or by the counsellor for
anyone): every value set by tapping a choice or − / +, never typed or dragged. Each change is
shown live (the screen takes the new size, contrast, hand at once), saved only on "Enregistrer";
"Annuler" puts the saved profile back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from logins_desktop.services.auth import SignedIn
from logins_desktop.services.profiles import AccessProfile, Hand, ProfileService
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.handed import handed
from logins_desktop.ui.widgets.touch import Feedback, TouchButton


class ChoiceRow(QWidget):
    """A few values as toggle buttons; the chosen one is pressed and carries the check pictogram
    (border + background + check: never colour alone)."""

    def __init__(self, theme: Theme, label: str, options: list[tuple[object, str, str | None]],
                 chosen: Callable[[], object], choose: Callable[[object], None], parent=None):
        super().__init__(parent)
        self._chosen = chosen
        self.buttons: dict[object, tuple[TouchButton, str]] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, text, icon in options:
            button = TouchButton(theme, text, f"{label} : {text}", icon=icon)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, v=value: choose(v))
            row.addWidget(button)
            self.buttons[value] = (button, icon)
        self._theme = theme
        self.refresh()

    def refresh(self) -> None:
        value = self._chosen()
        for v, (button, icon) in self.buttons.items():
            on = v == value
            button.setChecked(on)
            if on:
                button.setIcon(self._theme.icon("check", on_accent=True))
            elif icon:
                button.setIcon(self._theme.icon(icon))
            else:
                button.setIcon(QIcon())


class StepRow(QWidget):
    """A number moved by − and +, held within the profile's bounds, with its value in words."""

    def __init__(self, theme: Theme, label: str, words: Callable[[], str], step: Callable[[int], None], parent=None):
        super().__init__(parent)
        self._words = words
        minus = TouchButton(theme, "", self.tr("{0} : moins").format(label), icon="minus")
        plus = TouchButton(theme, "", self.tr("{0} : plus").format(label), icon="plus")
        minus.clicked.connect(lambda: step(-1))
        plus.clicked.connect(lambda: step(+1))
        self.value = QLabel()
        self.value.setObjectName("title")
        self._min_width = theme.px(26)
        self.value.setAccessibleName(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(minus)
        row.addWidget(self.value, 1)
        row.addWidget(plus)
        self.minus, self.plus = minus, plus
        self.refresh()

    def refresh(self) -> None:
        text = self._words()
        self.value.setText(text)
        self.value.ensurePolished()  # its width is the title type's, not the default font's
        self.value.setMinimumWidth(max(self._min_width, self.value.fontMetrics().horizontalAdvance(text) + 4))


class ProfileEditor(QWidget):
    previewed = Signal(object)  # AccessProfile being edited: the window applies it live
    saved = Signal(object)  # AccessProfile as saved
    closed = Signal()

    def __init__(self, theme: Theme, service: ProfileService, session: SignedIn,
                 defaults: AccessProfile | None = None, parent=None):
        super().__init__(parent)
        self._theme, self._service, self._session = theme, service, session
        self._defaults = defaults or AccessProfile()
        self.badge: str | None = None
        self.name = ""
        self.saved_profile = AccessProfile()
        self.profile = AccessProfile()
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.feedback = Feedback(theme, 0)
        self._rows: list[ChoiceRow | StepRow] = []
        yes, no = self.tr("Oui"), self.tr("Non")

        def toggle(label: str, name: str, icon: str) -> ChoiceRow:
            return ChoiceRow(theme, label, [(True, yes, icon), (False, no, "cancel")],
                             lambda: getattr(self.profile, name), lambda v: self._set(**{name: v}))

        def stepper(label: str, name: str, words: Callable[[AccessProfile], str]) -> StepRow:
            return StepRow(theme, label, lambda: words(self.profile), lambda n: self._step(name, n))

        loc = QLocale()
        settings = [
            (self.tr("Taille des boutons"), stepper(self.tr("Taille des boutons"), "touch_target_mm",
                                                    lambda p: self.tr("{0} mm").format(loc.toString(p.touch_target_mm, "f", 0)))),
            (self.tr("Taille du texte"), stepper(self.tr("Taille du texte"), "font_scale",
                                                 lambda p: self.tr("{0} %").format(round(p.font_scale * 100)))),
            (self.tr("Contraste élevé"), toggle(self.tr("Contraste élevé"), "high_contrast", "contrast")),
            (self.tr("Main dominante"), ChoiceRow(theme, self.tr("Main dominante"), [
                (Hand.RIGHT, self.tr("Droite"), "hand-right"), (Hand.LEFT, self.tr("Gauche"), "hand-left")],
                lambda: self.profile.hand, lambda v: self._set(hand=v))),
            (self.tr("Langue"), ChoiceRow(theme, self.tr("Langue"), [
                (None, self.tr("Du poste"), "language"), ("fr", "Français", None), ("en", "English", None)],
                lambda: self.profile.language, lambda v: self._set(language=v))),
            (self.tr("Son"), toggle(self.tr("Son"), "sound", "volume")),
            (self.tr("Volume"), stepper(self.tr("Volume"), "volume",
                                        lambda p: self.tr("{0} %").format(round(p.volume * 100)))),
            (self.tr("Mode calme (sans clignotement, sons doux)"), toggle(self.tr("Mode calme"), "calm", "calm")),
            (self.tr("Activer en gardant le pointeur sur un bouton"), toggle(self.tr("Activation par arrêt du pointeur"),
                                                                            "dwell", "dwell")),
            (self.tr("Temps d'arrêt du pointeur"), stepper(self.tr("Temps d'arrêt du pointeur"), "dwell_seconds",
                                                           lambda p: self.tr("{0} s").format(loc.toString(p.dwell_seconds, "f", 1)))),
            (self.tr("Défilement automatique (un seul contacteur)"),
             toggle(self.tr("Défilement automatique"), "switch_scan", "switch-scan")),
            (self.tr("Temps de défilement"), stepper(self.tr("Temps de défilement"), "scan_seconds",
                                                     lambda p: self.tr("{0} s").format(loc.toString(p.scan_seconds, "f", 1)))),
        ]
        # Pages of six settings (two columns of three): never a scroll bar, even with 40 mm buttons.
        self.pages = QStackedWidget()
        for start in range(0, len(settings), self.PER_PAGE):
            page = QWidget()
            grid = QGridLayout(page)
            for i, (label, widget) in enumerate(settings[start:start + self.PER_PAGE]):
                row, column = i % (self.PER_PAGE // 2), 2 * (i // (self.PER_PAGE // 2))
                text = QLabel(label)
                text.setWordWrap(True)
                grid.addWidget(text, row, column)
                grid.addWidget(widget, row, column + 1)
                self._rows.append(widget)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
            self.pages.addWidget(page)
        self.previous = TouchButton(theme, self.tr("Précédents"), self.tr("Réglages précédents"), icon="back")
        self.next = TouchButton(theme, self.tr("Suivants"), self.tr("Réglages suivants"), icon="next")
        self.previous.clicked.connect(lambda: self.show_page(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.show_page(self.pages.currentIndex() + 1))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next)
        self.save_button = TouchButton(theme, self.tr("Enregistrer"), self.tr("Enregistrer mes réglages"), icon="save")
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), self.tr("Annuler les changements"), icon="cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.default_button = TouchButton(theme, self.tr("Réglages du poste"),
                                          self.tr("Revenir aux réglages du poste"), icon="history")
        self.default_button.clicked.connect(lambda: self._replace(self._defaults))
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.default_button)
        actions.addStretch(1)
        self._handed = handed(theme, actions, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.feedback)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
        layout.addLayout(actions)
        self.show_page(0)

    PER_PAGE = 6

    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.page_label.setText(self.tr("Page {0} sur {1}").format(index + 1, self.pages.count()))
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < self.pages.count() - 1)

    # ------------------------------------------------------------------ editing
    def edit(self, badge: str, name: str) -> None:
        """Load the person's saved profile (raises DomainError when the session may not)."""
        # Never saved: the editing starts from the station's own settings, what the person sees today.
        profile = self._service.find(badge, self._session) or self._defaults
        self.badge, self.name = badge, name
        self.title.setText(self.tr("Réglages de {0}").format(name))
        self.feedback.clear()
        self.saved_profile = profile
        self.profile = profile
        self._refresh()
        self.show_page(0)

    def _set(self, **changes) -> None:
        self._replace(replace(self.profile, **changes))

    def _step(self, name: str, steps: int) -> None:
        self._replace(self.profile.stepped(name, steps))

    def _replace(self, profile: AccessProfile) -> None:
        self.profile = profile
        self._refresh()
        self.previewed.emit(profile)

    def _refresh(self) -> None:
        for row in self._rows:
            row.refresh()

    @property
    def dirty(self) -> bool:
        return self.profile != self.saved_profile

    def save(self) -> None:
        try:
            self._service.set(self.badge, self.profile, self._session)
        except DomainError as exc:  # refused (rights, bounds): said plainly, the edit stays on screen
            self.feedback.show_message("error", say(exc.message) if exc.message else str(exc))
            return
        self.saved_profile = self.profile
        self.saved.emit(self.profile)
        self.closed.emit()

    def cancel(self) -> None:
        changed = self.dirty
        self.profile = self.saved_profile
        self._refresh()
        if changed:
            self.previewed.emit(self.profile)
        self.closed.emit()
