"""Composition root: settings -> database -> services -> devices -> Qt window."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from logins_desktop.devices.scanners import Scanner, open_scanner
from logins_desktop.devices.scanners.hid import HidScanner
from logins_desktop.domain.errors import DomainError
from logins_desktop.logging_setup import log_unexpected, setup_logging
from logins_desktop.messages import msg
from logins_desktop.services.auth import AuthService
from logins_desktop.services.backup import BackupScheduler
from logins_desktop.services.board import BoardService
from logins_desktop.services.demo import seed_demo
from logins_desktop.services.evidence import PhotoSources
from logins_desktop.services.faults import open_or_explain, plain_fault
from logins_desktop.services.insertion import InsertionService
from logins_desktop.services.logistics import LogisticsServices, logistics_services
from logins_desktop.services.overview import OverviewService
from logins_desktop.services.passport import PassportService
from logins_desktop.services.preferences import DisplayPreferences
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.profiles import ProfileService
from logins_desktop.services.quality import QualityDesk
from logins_desktop.services.restrictions import RestrictionService
from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.services.shipping import ShippingService
from logins_desktop.services.station import StationService
from logins_desktop.services.station_lock import StationLock
from logins_desktop.services.stock import StockService
from logins_desktop.settings import Settings, default_config_path
from logins_desktop.store.database import Database

log = logging.getLogger("logins_desktop")


@dataclass
class AppContext:
    settings: Settings
    db: Database
    auth: AuthService
    stock: StockService
    overview: OverviewService
    scanner: Scanner
    station: StationService | None = None  # None when this station is not in the database yet
    shipping: ShippingService | None = None
    printing: PrintQueue | None = None
    station_lock: StationLock | None = None
    # Where the display preferences changed on screen are saved (the settings file read at start).
    config_path: Path = field(default_factory=default_config_path)
    demo: bool = False  # the demonstration (`run --demo`): a simulated camera where none is found

    # The services the screens use, built here and nowhere else (the ui receives them).
    @property
    def preferences(self) -> DisplayPreferences:
        return DisplayPreferences(self.config_path)

    @property
    def restrictions(self) -> RestrictionService:
        return RestrictionService(self.db)

    @property
    def insertion(self) -> InsertionService:
        return InsertionService(self.db, self.settings.insertion)

    @property
    def profiles(self) -> ProfileService:
        return ProfileService(self.db)

    @property
    def passport(self) -> PassportService:
        return PassportService(self.db)

    def board_for(self, by: str) -> BoardService:
        return BoardService(self.db, by, self.settings.station.low_stock_kits)

    def quality_for(self, session) -> QualityDesk:
        return QualityDesk(self.db, session, self.settings.station.station_id,
                           PhotoSources.from_settings(self.settings.devices, self.demo))

    def shift_plan_for(self, by: str) -> ShiftPlanService:
        return ShiftPlanService(self.db, by, self.settings.planning)

    def logistics(self) -> LogisticsServices:
        return logistics_services(self.db, self.stock, self.shipping, self.printing, self.settings, self.demo)

    def sync(self):
        """The background sync of a station with a central server, or None (a single station)."""
        if not self.settings.central_url:
            return None
        from logins_desktop.services.sync import SyncService

        return SyncService(self.db, self.settings.central_url, station=self.settings.station.station_id)

    def close(self) -> None:
        self.scanner.stop()
        if self.station_lock is not None:
            self.station_lock.release()
        self.db.dispose()


def build_context(settings: Settings, demo: bool = False, lock_station: bool = False,
                  config_path: Path | None = None) -> AppContext:
    """lock_station=True (the app's process): refuse a second process of the same station on the
    same database (services.station_lock), before anything of the station is read or written.
    config_path: the settings file the screen's display preferences are saved to (default: the
    file the settings came from, else the default one)."""
    db = open_or_explain(settings.effective_db_url, check=True, busy_seconds=settings.database.busy_seconds)
    lock = None
    if lock_station:
        lock = StationLock(db, settings.station.station_id)
        try:
            lock.acquire()
        except DomainError:
            db.dispose()
            raise
    db.start_checkpointer()
    if demo and not db.read_only and seed_demo(db, morning=True, paths=True):
        log.info("demonstration database filled: %s", db.url)
    # No scanner configured: a simulated one, shown as such on screen.
    scanner = open_scanner(settings.devices.scanner or "sim://")
    station_id = settings.station.station_id
    try:
        station = StationService(db, station_id, low_stock_kits=settings.station.low_stock_kits)
    except DomainError as exc:
        log.warning("workstation unavailable: %s", exc)
        station = None
    config_path = config_path or (Path(settings.source) if settings.source else default_config_path())
    return AppContext(settings, db, AuthService(db), StockService(db, station_id), OverviewService(db), scanner, station,
                      ShippingService(db, settings), PrintQueue(db), lock, config_path, demo)


def demo_scan_codes(ctx: AppContext) -> list[tuple[str, str]]:
    """Codes for the simulated scanner's panel: badges, the components of the kit assigned to this
    station, a few commands, and two bad codes to show how refusals look."""
    from sqlalchemy import select

    from logins_desktop.domain.barcodes import CommandName, command_code
    from logins_desktop.store.models import Assignment, KitComponent, Order, Product, User, Worker

    station = ctx.settings.station.station_id
    with ctx.db.read() as s:
        here = s.execute(select(Worker.display_name, Worker.badge, Order.product_id)
                         .join(Assignment, Assignment.worker_id == Worker.id).join(Order, Order.id == Assignment.order_id)
                         .where(Assignment.station == station, Assignment.active).order_by(Worker.badge)).first()
        users = s.execute(select(User.display_name, User.badge).where(User.badge.is_not(None))
                          .order_by(User.badge).limit(1)).all()
        badges = [(here[0].split()[0], here[1])] if here else []
        badges += [(n.split()[0], b) for n, b in users]
        components = []
        if here:
            components = s.execute(select(Product.sku, Product.gtin).join(KitComponent, KitComponent.component_id == Product.id)
                                   .where(KitComponent.kit_id == here[2]).order_by(KitComponent.step)).all()
    from logins_desktop.messages import msg, render

    lang = ctx.settings.language  # the panel's words, in the screens' language
    commands = [(render(msg("app.sim.validate"), lang), command_code(CommandName.VALIDATE)),
                (render(msg("app.sim.undo"), lang), command_code(CommandName.UNDO)),
                (render(msg("app.sim.logout"), lang), command_code(CommandName.LOGOUT))]
    bad = [(render(msg("app.sim.bad_check"), lang), "3760000000018"), (render(msg("app.sim.unknown"), lang), "X9999")]
    return badges + [(sku, gtin) for sku, gtin in components if gtin] + commands + bad


def create_window(ctx: AppContext):
    from logins_desktop.ui.i18n import install_language
    from logins_desktop.ui.main_window import MainWindow
    from logins_desktop.ui.sound import Sounds

    app = _qt_app()
    install_language(app, ctx.settings.language)
    ui = ctx.settings.ui
    theme = _station_theme(ui)
    sounds = Sounds(enabled=ui.sound)
    codes = demo_scan_codes(ctx) if getattr(ctx.scanner, "simulated", False) else []
    # A keyboard-wedge scanner's keys come through Qt: the window installs the filter that catches them.
    wedge = ctx.scanner if isinstance(ctx.scanner, HidScanner) else None
    return app, MainWindow(ctx, theme, sounds, codes, wedge_scanner=wedge)


def _station_theme(ui):
    """The theme of the station's own profile ([ui], brought within the profile's bounds), applied;
    each worker's profile replaces it from badge to logout."""
    from logins_desktop.services.profiles import station_profile
    from logins_desktop.ui.theme import Theme, ThemeSettings

    base = station_profile(ui)
    theme = Theme(ThemeSettings(base.touch_target_mm, base.font_scale, base.high_contrast), dpi=ui.dpi_override)
    theme.apply()
    return theme


def _qt_app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Log'ins Desktop")
    return app


def fault_window(settings: Settings, message: str):
    """The full-window explanation for an application that cannot start."""
    from logins_desktop.ui.fault_screen import FaultWindow
    from logins_desktop.ui.i18n import install_language

    app = _qt_app()
    install_language(app, settings.language)
    theme = _station_theme(settings.ui)  # the same sizes as the screens it stands in for
    title = msg("app.cannot_start").text(settings.language)
    return app, FaultWindow(theme, title, message)


def unexpected_message(exc: BaseException, settings: Settings, where: str) -> str:
    """Log the exception with its traceback; the plain sentence to show (with the log's path)."""
    log_file = log_unexpected(exc, where)
    fault = plain_fault(exc, settings.effective_db_url, settings.database.busy_seconds)
    if fault is not None:
        return fault.text(settings.language)
    message = msg("common.unexpected", log=str(log_file)) if log_file else msg("common.unexpected_no_log")
    return message.text(settings.language)


def install_exception_hook(settings: Settings, show) -> None:
    """The one top-level handler of the running app: an exception escaping a Qt slot or the event
    loop is logged with its traceback, and `show(text)` tells the person in plain words."""
    def hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            show(unexpected_message(exc.with_traceback(tb), settings, "application"))
        except Exception:  # noqa: BLE001 — the handler itself must never raise
            log.exception("the exception hook failed")

    sys.excepthook = hook


def run_app(settings: Settings, demo: bool = False, config_path: Path | None = None) -> int:
    setup_logging()
    try:
        ctx = build_context(settings, demo, lock_station=True, config_path=config_path)
    except DomainError as exc:  # the database cannot be used, or this station already runs
        text = exc.text(settings.language)
        log.error("application not started: %s", text)
        print(text, file=sys.stderr)
        app, window = fault_window(settings, text)
        window.resize(1280, 800)
        window.show()
        app.exec()
        return 1
    app, window = create_window(ctx)
    notices = []

    def show(text: str) -> None:
        from logins_desktop.ui.fault_screen import FaultWindow

        notice = FaultWindow(window.theme, msg("app.problem").text(settings.language), text)
        notices.append(notice)  # kept alive while shown; non-modal: the station keeps working
        notice.resize(800, 400)
        notice.show()

    install_exception_hook(settings, show)
    show_main(window, settings)
    scheduler = None
    if settings.backup.interval_hours > 0 and ctx.db.engine.dialect.name == "sqlite" and not ctx.db.read_only:
        scheduler = BackupScheduler(ctx.db.url, settings.backup.interval_hours)
        scheduler.start()
    try:
        code = app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        if scheduler is not None:
            scheduler.stop()
        ctx.close()
    return code


def show_main(window, settings: Settings) -> None:
    """[ui] window: "fullscreen" fills the screen without a frame (a kiosk); "normal" is an ordinary
    window of 1280x800 at most, never larger than the screen's free area."""
    screen = window.screen() or _qt_app().primaryScreen()
    if settings.ui.window == "fullscreen":
        window.show_kiosk(screen.geometry())
        return
    room = screen.availableGeometry()
    window.setMaximumSize(room.size())
    window.resize(min(1280, room.width()), min(800, room.height()))
    window.show()
    if window.width() > room.width():
        # A screen narrower than the panels this is made for: laid out before it was shown, the
        # window asked for more; settled, it needs less, and Qt never gives the width back by itself.
        _qt_app().processEvents()
        window.resize(max(room.width(), window.minimumSizeHint().width()), window.height())


def _demo_context(tmp: str, config: Path | None):
    """A throw-away demo: its own database and settings file (a language switch is not saved to
    this station's), a simulated scanner."""
    from dataclasses import replace

    from logins_desktop.settings import load_settings

    settings = replace(load_settings(config), db_url=f"sqlite:///{tmp}/demo.sqlite3")
    settings = replace(settings, devices=replace(settings.devices, scanner="sim://"))
    return build_context(settings, demo=True, config_path=Path(tmp) / "settings.toml")


def take_screenshots(out: Path, config: Path | None = None, sizes=None, language: str | None = None) -> list[Path]:
    """`logins-desktop screenshots`: every screen at each size (default: the three of ui.tour), on
    fresh demo data for each size, to out/WxH/SCREEN.png; in `language` (default: the settings')."""
    import os
    import tempfile
    from dataclasses import replace

    from logins_desktop.devices.printers.sim import SimulatedPrinter
    from logins_desktop.settings import load_settings
    from logins_desktop.ui.i18n import install_language

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from logins_desktop.ui import screenshots
    from logins_desktop.ui.tour import SIZES

    def paper_out(url: str) -> None:
        SimulatedPrinter(url).paper_out = True

    saved: list[Path] = []
    try:
        for size in sizes or SIZES:
            with tempfile.TemporaryDirectory() as tmp:
                ctx = _demo_context(tmp, config)
                if language:
                    ctx.settings = replace(ctx.settings, language=language)
                try:
                    _app, window = create_window(ctx)
                    picking = StationService(ctx.db, "POSTE-04", double_read_seconds=0)
                    try:
                        saved += screenshots.take_screenshots(out, size, ctx, window, picking, paper_out)
                    finally:
                        screenshots.close_window(window)
                finally:
                    ctx.close()
    finally:  # the application's language back as it was (a test run goes on)
        if language:
            install_language(_qt_app(), load_settings(config).language)
    return saved


def audit_ui(config: Path | None = None, sizes=None, language: str = "fr", high_contrast: bool = False):
    """`logins-desktop audit-ui`: the tour of every screen at each size on fresh demo data, in
    `language`, the station in high contrast or not; (violations, number of screens audited)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from logins_desktop.settings import load_settings
    from logins_desktop.ui.i18n import install_language
    from logins_desktop.ui.tour import SIZES

    try:
        return _audit_sizes(config, sizes or SIZES, language, high_contrast)
    finally:  # the application's language back as it was (a test run, or a second audit, goes on)
        install_language(_qt_app(), load_settings(config).language)


def _audit_sizes(config, sizes, language: str, high_contrast: bool):
    import tempfile
    from dataclasses import replace

    from logins_desktop.ui.audit import audit_screen
    from logins_desktop.ui.screenshots import close_window
    from logins_desktop.ui.tour import size_name, tour

    violations, screens = [], 0
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            ctx = _demo_context(tmp, config)
            ctx.settings = replace(ctx.settings, language=language,
                                   ui=replace(ctx.settings.ui, high_contrast=high_contrast))
            try:
                _app, window = create_window(ctx)
                picking = StationService(ctx.db, "POSTE-04", double_read_seconds=0)
                try:
                    window.resize(*size)
                    window.show()
                    for name, top in tour(window, ctx, picking, size):
                        screens += 1
                        violations += audit_screen(top, name, size_name(size), window.theme)
                finally:
                    close_window(window)
            finally:
                ctx.close()
    return violations, screens
