"""The main window: a header (who, scanner state, display controls), the login or home screen,
and the simulated-scanner panel when no real scanner is configured."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.messages import msg, render
from logins_desktop.services.auth import Person, SignedIn
from logins_desktop.services.profiles import AccessProfile, ProfileService, station_profile
from logins_desktop.services.types import DomainError, Role, ScanFrame
from logins_desktop.ui.board.board import Board
from logins_desktop.ui.bridge import ScannerBridge
from logins_desktop.ui.home import OrdersHome
from logins_desktop.ui.i18n import install_language, say
from logins_desktop.ui.labels import role_label
from logins_desktop.ui.login.login_screen import LoginScreen
from logins_desktop.ui.profile_editor import ProfileEditor
from logins_desktop.ui.shipping.console import LogisticsConsole
from logins_desktop.ui.sim_panel import SimulatedScannerPanel
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.station.station_screen import StationScreen
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.wedge import WedgeFilter
from logins_desktop.ui.widgets.dwell import DwellClicker
from logins_desktop.ui.widgets.handed import handed
from logins_desktop.ui.widgets.switch_scan import SwitchScanner
from logins_desktop.ui.widgets.touch import Feedback, FitLabel, TouchButton

log = logging.getLogger(__name__)


class BusyBridge(QObject):
    """The database's on_busy hook as a signal: called on the GUI thread (a scan waiting for the
    write lock) the banner is painted at once; from a worker (an import) it is queued."""

    waited = Signal(float)


class IdleLogout(QObject):
    """Logs out after `minutes` without a tap, a key or a scan; 0 (the default) = never."""

    ACTIVITY = (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress, QEvent.Type.TouchEnd)

    def __init__(self, window: MainWindow, minutes: float):
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._expired)
        self.minutes = minutes
        if minutes > 0:
            QApplication.instance().installEventFilter(self)
            self.activity()

    def activity(self) -> None:
        if self.minutes > 0:
            self._timer.start(int(self.minutes * 60_000))

    def eventFilter(self, obj, event) -> bool:
        if event.type() in self.ACTIVITY:
            self.activity()
        return False

    def _expired(self) -> None:
        if self._window.person is not None:
            log.info("automatic logout after %s min of inactivity", self.minutes)
            self._window.logout()


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    BUSY_BANNER_MS = 1500

    def __init__(self, context, theme: Theme, sounds: Sounds, sim_codes: list[tuple[str, str]] | None = None,
                 wedge_scanner=None):
        """`context` holds the services the composition root (app.py) built; `wedge_scanner`, a
        keyboard-wedge scanner whose keys this window must catch, or None."""
        super().__init__()
        self.ctx = context
        self.theme = theme
        self.sounds = sounds
        self.person: Person | None = None
        self.session: SignedIn | None = None  # what login returned: the services' rights come from it
        self.home: QWidget | None = None
        self.language = context.settings.language
        self.profiles: ProfileService = context.profiles
        # The station's own profile (its [ui] settings); a worker's replaces it from badge to logout.
        self.station_profile = station_profile(context.settings.ui)
        self.profile = self.station_profile
        self.editor: ProfileEditor | None = None
        self.dwell = DwellClicker(theme, self)
        self.switch = SwitchScanner(theme, self)
        self._sim_codes = sim_codes or []
        self.scanner_connected = False
        self.scanner_message = ""
        # [ui] window = "fullscreen": a kiosk; only a team lead or a manager leaves it ("Quitter").
        self.kiosk = context.settings.ui.window == "fullscreen"
        self._may_close = False
        self._kiosk_shown = False  # shown full screen by show_kiosk (the app's start)
        self.sync_status = None
        sync = context.sync()
        if sync is not None:  # several stations or sites: sync in the background
            from logins_desktop.ui.sync_status import SyncStatus

            self.sync_status = SyncStatus(sync)
        self.bridge = ScannerBridge(self)
        self.bridge.frame.connect(self.on_scan)
        self.bridge.status.connect(self.on_scanner_status)
        self._build()
        theme.attach(self)
        self._apply_access(self.profile)
        self.idle = IdleLogout(self, context.settings.ui.idle_logout_minutes)
        self.wedge = None
        if wedge_scanner is not None:  # keyboard wedge: catch its bursts app-wide
            self.wedge = WedgeFilter(wedge_scanner, self)
            self.wedge.install()
        context.scanner.start(self.bridge.on_frame, self.bridge.on_status)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Log'ins Desktop — {0}").format(self.ctx.settings.station.station_id))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sim_panel = None
        if getattr(self.ctx.scanner, "simulated", False):
            self.sim_panel = SimulatedScannerPanel(self.theme, self.ctx.scanner, self._sim_codes, central)
        layout.addWidget(self._build_header())
        # A read-only database: said once, plainly, for as long as the window is open.
        self.read_only_banner = Feedback(self.theme, 0)
        if self.ctx.db.read_only:
            self.read_only_banner.show_message(
                "error", render(msg("db.read_only", path=self.ctx.db.display_url), self.language))
        layout.addWidget(self.read_only_banner)
        # "base occupée, nouvel essai…" while another program holds the database; the plain
        # message follows from the screen that waited if the wait runs out.
        self.busy_banner = Feedback(self.theme, 0)
        self.busy_banner.setAccessibleName(self.tr("Base de données occupée"))
        layout.addWidget(self.busy_banner)
        self._busy_clear = QTimer(self, singleShot=True, interval=self.BUSY_BANNER_MS)
        self._busy_clear.timeout.connect(self.busy_banner.clear)
        self._busy_bridge = BusyBridge(self)
        self._busy_bridge.waited.connect(self.show_busy)
        self.ctx.db.on_busy = self._busy_bridge.waited.emit
        self.stack = QStackedWidget()
        self.login = LoginScreen(self.theme, self.ctx.auth, self.sounds, self.ctx.settings.ui.feedback_seconds)
        self.login.logged_in.connect(self.on_login)
        self.stack.addWidget(self.login)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)  # each screen keeps its own margins
        body_layout.addWidget(self.stack)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self._refresh_header()
        if self.session is not None:
            self.on_login(self.session)

    def show_busy(self, waited: float) -> None:
        text = render(msg("db.busy_retry", seconds=round(waited), limit=round(self.ctx.db.busy_seconds)), self.language)
        self.busy_banner.show_message("warning", text)
        # The GUI thread may be the one waiting (a scan): lay out and paint now, without turning the
        # event loop (that would take the next scans in the middle of this one).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.repaint()
        self._busy_clear.start()  # the retries come every second: gone a moment after the last

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        xs = self.theme.space("xs")
        row.setContentsMargins(xs, xs, xs, xs)
        self.who = FitLabel(self.theme)
        self.who.setAccessibleName(self.tr("Personne connectée"))
        # The title gives way before any button is squeezed.
        self.who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.who.setMinimumWidth(self.theme.px(40))  # never squeezed to nothing (and a column of letters)
        self.scanner_icon = QLabel()
        self.scanner_label = QLabel()
        self.scanner_label.setAccessibleName(self.tr("État du scanner"))
        self.scanner_label.setWordWrap(True)  # "Scanner / déconnecté" on two lines in a narrow header
        self.scanner_label.setMaximumWidth(self.theme.px(32))
        t = self.theme
        self.contrast_button = TouchButton(t, "", self.tr("Contraste élevé"), icon="contrast")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setChecked(t.settings.high_contrast)
        self.contrast_button.setToolTip(self.tr("Contraste élevé"))
        self.contrast_button.clicked.connect(lambda checked: self.change_display(high_contrast=checked))
        self.smaller_button = TouchButton(t, "", self.tr("Texte plus petit"), icon="font-smaller")
        self.smaller_button.clicked.connect(
            lambda: self.change_display(font_scale=round(t.settings.font_scale - 0.1, 2)))
        self.larger_button = TouchButton(t, "", self.tr("Texte plus grand"), icon="font-larger")
        self.larger_button.clicked.connect(
            lambda: self.change_display(font_scale=round(t.settings.font_scale + 0.1, 2)))
        other = "en" if self.language == "fr" else "fr"
        self.language_button = TouchButton(t, "English" if other == "en" else "Français",
                                           self.tr("Changer de langue"), icon="language")
        self.language_button.clicked.connect(lambda: self.set_language(other))
        self.logout_button = TouchButton(t, self.tr("Déconnexion"), self.tr("Se déconnecter"), icon="logout")
        self.logout_button.clicked.connect(lambda: self.logout())  # clicked passes a bool
        self.settings_button = TouchButton(t, self.tr("Mes réglages"), self.tr("Mes réglages d'affichage et d'accès"),
                                           icon="settings")
        self.settings_button.clicked.connect(self.open_settings)
        self.quit_button = TouchButton(t, self.tr("Quitter"), self.tr("Quitter l'application"), icon="cancel")
        self.quit_button.clicked.connect(self.quit_kiosk)
        row.addWidget(self.who, 1)
        if self.sync_status is not None:
            row.addWidget(self.sync_status)
        row.addWidget(self.scanner_icon)
        row.addWidget(self.scanner_label)
        if self.sim_panel is not None:
            row.addWidget(self.sim_panel.toggle)
        for button in (self.contrast_button, self.smaller_button, self.larger_button, self.language_button,
                       self.settings_button, self.logout_button, self.quit_button):
            row.addWidget(button)
        self._header_layout = row
        self.header_row = handed(t, row, header)  # left-handed: the buttons come to the left
        # Below this width the header's worded buttons show their pictogram only (the words stay
        # their accessible name and tooltip): the title keeps room on a 1024 px panel.
        worded = [self.language_button, self.settings_button, self.logout_button, self.quit_button]
        if self.sim_panel is not None:  # a demonstration tool: its pictogram, its words in the tooltip
            self.sim_panel.toggle.setText("")
        self._worded = {b: b.text() for b in worded}
        for button, text in self._worded.items():
            button.setToolTip(text)
            button.words_may_go = True
        self._fit_header()
        return header

    def _fit_header(self) -> None:
        """Words on the header's buttons when they all fit beside the title's minimum, else their
        pictograms only (the words stay their accessible names and tooltips): never squeezed."""
        worded = getattr(self, "_worded", {})
        if not worded:
            return
        row = self._header_layout
        shown = [row.itemAt(i).widget() for i in range(row.count())]
        shown = [w for w in shown if w is not None and w is not self.who and not w.isHidden()]
        margins = row.contentsMargins()
        # Measured, not tried: words set for a moment would widen the buttons' minimum, and the
        # window, which never gives width back, would grow past the panel.
        widths = [w.worded_width(worded[w]) if w in worded else w.sizeHint().width() for w in shown]
        needed = sum(widths) + self.who.minimumWidth() + row.spacing() * len(shown) + margins.left() + margins.right()
        compact = needed > self.width()
        for button, text in worded.items():
            button.setText("" if compact else text)
        if not compact and row.minimumSize().width() > self.width():  # the measure missed a margin
            for button in worded:
                button.setText("")
        # Narrow: the title in the body size, so a name and a role take two lines, not four.
        self.who.set_step("body" if self.width() < 1200 else "title")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_header()
        if self.sim_panel is not None:
            self.sim_panel.place_later()

    def _refresh_header(self) -> None:
        if self.person is None:
            self.who.setText(self.tr("Log'ins — {0} — identifiez-vous").format(self.ctx.settings.station.station_id))
        else:
            self.who.setText(f"{self.person.display_name} — {role_label(self.person.role)}")
        for button in getattr(self, "_worded", {}):
            button.setText("")  # pictograms while buttons come and go; _fit_header then gives words back if they fit
        self.logout_button.setVisible(self.person is not None)
        self.settings_button.setVisible(self.person is not None and self.person.role is None)
        self.quit_button.setVisible(self.kiosk and self.may_quit)
        self._fit_header()
        self.contrast_button.setChecked(self.theme.settings.high_contrast)
        simulated = getattr(self.ctx.scanner, "simulated", False)
        if not self.scanner_connected:
            text, icon = self.tr("Scanner déconnecté"), "error"
        elif simulated:
            text, icon = self.tr("Scanner simulé"), "warning"
        else:
            text, icon = self.tr("Scanner prêt"), "ok"
        self.scanner_label.setText(text)
        side = self.theme.px(8)
        self.scanner_icon.setPixmap(self.theme.pixmap(icon, side))
        self.scanner_icon.setFixedSize(side, side)
        self.scanner_label.setToolTip(self.scanner_message)

    # ------------------------------------------------------------------ events
    def on_scanner_status(self, connected: bool, message) -> None:
        message = say(message)  # a catalogue message from the device, in the screen's language
        self.scanner_connected, self.scanner_message = connected, message
        log.info("scanner status: %s", message)
        self._refresh_header()
        if isinstance(self.home, StationScreen):
            self.home.set_scanner_connected(connected, message)

    def on_scan(self, frame: ScanFrame) -> None:
        self.idle.activity()
        if self.home is not None and self.stack.currentWidget() is not self.home:
            self.stack.setCurrentWidget(self.home)  # a scan means work: the settings wait, unsaved edits kept
        station = self.ctx.station
        if self.person is not None and self.person.role is not None:
            # A team lead or a manager is using the screen: their view takes the scan (stock search…).
            if hasattr(self.home, "handle_scan"):
                self.home.handle_scan(frame.text)
            return
        if station is None:  # this station is not in the database: badges only
            if self.person is None:
                self.login.handle_badge(frame.text)
            return
        result = station.handle(frame)  # every scan goes through the station, and is recorded
        if self.person is None:
            if result.outcome == "login" and result.worker:
                self.on_login(self.ctx.auth.person_by_badge(result.worker), from_station=result)
            elif result.outcome == "login" and result.user:
                self.login.handle_badge(frame.text)  # a team lead's badge: the PIN pad
            elif result.outcome == "rejected":
                self.login.refuse(say(result.message))
        elif result.worker is None:  # DÉCONNEXION was scanned
            self.logout(farewell=result)
        else:
            self.home.show_result(result)

    def on_login(self, who: SignedIn | Person, from_station=None) -> None:
        """`who`: the session the login screen got from a PIN, or a worker (badge, name card)."""
        session = who if isinstance(who, SignedIn) else self.ctx.auth.sign_in_worker(who)
        person = session.person
        station = self.ctx.station
        if person.role is None and station is not None and from_station is None:
            from_station = station.login(person.key)  # a tap on the name card
        # The worker's own profile, before their screen is built (and before the window knows them,
        # so a change of language builds only the login parts again).
        self.apply_profile(self._profile_of(session))
        self.person, self.session = person, session
        log.info("login: %s (%s)", person.key, person.role or "worker")
        self._drop_home()
        self.home = self._home_for(session)
        self.stack.addWidget(self.home)
        self.stack.setCurrentWidget(self.home)
        if isinstance(self.home, StationScreen):
            self.home.set_scanner_connected(self.scanner_connected, self.scanner_message)
            if from_station is not None:
                self.home.show_result(from_station)
        self._refresh_header()

    def _profile_of(self, session: SignedIn) -> AccessProfile:
        """A worker's saved profile; people with a role use the station's (their desk tools differ)."""
        if session.role is not None:
            return self.station_profile
        try:
            saved = self.profiles.find(session.key, session)
        except DomainError as exc:  # never block a login on a profile: the station's applies
            log.warning("profile of %s not read: %s", session.key, exc)
            return self.station_profile
        return saved or self.station_profile

    def apply_profile(self, profile: AccessProfile, language: bool = True) -> None:
        """Size, contrast, hand, calm, sound, language and access methods, live (one restyle)."""
        self.profile = profile
        self.theme.apply_profile(profile)
        self.sounds.set_profile(profile.sound, profile.volume, profile.calm)
        wanted = profile.language or self.ctx.settings.language
        if language and wanted != self.language:
            self._switch_language(wanted)
        self._apply_access(profile)

    def _apply_access(self, profile: AccessProfile) -> None:
        self.dwell.configure(profile.dwell, profile.dwell_seconds)
        self.switch.configure(profile.switch_scan, profile.scan_seconds, profile.scan_key)

    def _switch_language(self, language: str) -> None:
        """Every screen in another language: the window's parts and the person's screen are built again."""
        install_language(QApplication.instance(), language)
        self.language = language
        session, self.session = self.session, None  # _build must not sign the person in again
        old = self.centralWidget()
        self._drop_home()
        self._build()
        self.session = session
        if session is not None:
            self.home = self._home_for(session)
            self.stack.addWidget(self.home)
            self.stack.setCurrentWidget(self.home)
            if isinstance(self.home, StationScreen):
                self.home.set_scanner_connected(self.scanner_connected, self.scanner_message)
            self._refresh_header()
        old.deleteLater()
        self.language_changed.emit(language)

    def open_settings(self) -> None:
        """The worker's own settings screen, over their station; a scan brings the station back."""
        if self.session is None or self.session.role is not None:
            return
        if self.editor is None:
            self.editor = ProfileEditor(self.theme, self.profiles, self.session, defaults=self.station_profile)
            # Previewed live, except the language: rebuilding every screen under the editor waits for "Enregistrer".
            self.editor.previewed.connect(lambda p: self.apply_profile(p, language=False))
            self.editor.saved.connect(self.apply_profile)
            self.editor.closed.connect(self._close_settings)
            self.stack.addWidget(self.editor)
            try:
                self.editor.edit(self.session.key, self.session.display_name)
            except DomainError as exc:
                log.warning("settings of %s not opened: %s", self.session.key, exc)
                self._drop_editor()
                return
        self.stack.setCurrentWidget(self.editor)

    def _close_settings(self) -> None:
        if self.home is not None:
            self.stack.setCurrentWidget(self.home)
        self._refresh_header()

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def _drop_home(self) -> None:
        self._drop_editor()
        if self.home is not None:
            if hasattr(self.home, "stop"):
                self.home.stop()  # timers and background work end with the screen
            self.stack.removeWidget(self.home)
            self.home.deleteLater()
            self.home = None

    def _home_for(self, session: SignedIn) -> QWidget:
        person = session.person
        if person.role in (Role.LOGISTICS_MANAGER, Role.ADMIN):
            return LogisticsConsole(self.theme, self.ctx.logistics(), self.sounds, session)
        if person.role == Role.INSERTION_COUNSELLOR:
            from logins_desktop.ui.insertion.home import CounsellorHome

            return CounsellorHome(self.theme, session, self.ctx.overview, self.ctx.insertion, self.ctx.passport,
                                  self.ctx.restrictions, self.ctx.auth, self.profiles)
        if person.role == Role.TEAM_LEAD:
            return Board(self.theme, self.ctx.board_for(person.key), self.sounds, self.ctx.shift_plan_for(person.key),
                         self.ctx.quality_for(session))
        if self.ctx.station is not None:
            screen = StationScreen(self.theme, self.ctx.station, self.sounds, self.ctx.settings.ui.feedback_seconds)
            screen.enable_my_path(lambda: self._my_path(session))  # "mon parcours": the person's own passport
            return screen
        greeting = self.tr("Bonjour {0} ! Poste {1}.").format(person.display_name.split()[0],
                                                             self.ctx.settings.station.station_id)
        return OrdersHome(self.theme, self.ctx.overview, session, greeting)

    def _my_path(self, session: SignedIn) -> QWidget:
        from logins_desktop.ui.insertion.passport_page import MyPathScreen

        return MyPathScreen(self.theme, self.ctx.passport, session)

    def logout(self, farewell=None) -> None:
        log.info("logout: %s", self.person.key if self.person else "-")
        station = self.ctx.station
        if station is not None and station.state.worker_id is not None:
            farewell = station.logout()  # ends the task session; the kit in progress stays on the bench
        self.person = self.session = None
        self._drop_home()
        self.apply_profile(self.station_profile)  # the station's own profile again, for the next person
        self.login.reset()
        if farewell is not None and farewell.committed:
            self.login.farewell(say(farewell.message))
        self.login.refresh_people()
        self.stack.setCurrentWidget(self.login)
        self._refresh_header()

    def change_display(self, **changes) -> None:
        """Contrast, text size or target size from the header: applied now, and saved so the
        station starts with them next time."""
        self.theme.update(**changes)
        s = self.theme.settings
        self._save_preferences(high_contrast=s.high_contrast, font_scale=s.font_scale,
                               touch_target_mm=s.touch_target_mm)

    def _save_preferences(self, **values) -> None:
        try:
            self.ctx.preferences.save(**values)
        except (DomainError, OSError) as exc:  # applied on screen all the same; said, never fatal
            log.warning("display preferences not saved: %s", exc)
            reason = exc.message if isinstance(exc, DomainError) and exc.message is not None else str(exc)
            self.read_only_banner.show_message("error", say(msg("display.not_saved", detail=say(reason))))

    def set_language(self, language: str) -> None:
        """The header's language button: for this person until logout (the profile's stays saved);
        the station's own choice is kept in the settings file for the next start."""
        self._switch_language(language)
        self._save_preferences(language=language)

    # ------------------------------------------------------------------ kiosk
    QUIT_ROLES = (Role.TEAM_LEAD, Role.LOGISTICS_MANAGER, Role.ADMIN)

    @property
    def may_quit(self) -> bool:
        """A team lead or a manager, signed in with their PIN, may leave the kiosk."""
        return self.session is not None and self.session.role in self.QUIT_ROLES

    def show_kiosk(self, geometry) -> None:
        """Full screen without a frame, sized to the screen (`geometry`: the screen's)."""
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setGeometry(geometry)
        self._kiosk_shown = True
        self.showFullScreen()

    @property
    def kiosk_locked(self) -> bool:
        return self.kiosk and self._kiosk_shown and not self._may_close

    def quit_kiosk(self) -> None:
        if not self.may_quit:
            return
        log.info("kiosk closed by %s", self.session.key)
        self._may_close = True
        self.close()

    def closeEvent(self, event) -> None:
        """In the kiosk, Alt+F4 or a stray gesture never closes the station: only "Quitter"."""
        if self.kiosk_locked:
            log.info("close refused: the kiosk closes with a team lead's or manager's Quitter")
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # Escape never logs out by accident; nothing else to do here
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)
