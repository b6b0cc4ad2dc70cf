"""Composition root: settings -> database -> services -> devices -> Qt window."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from logins_desktop.devices.scanners import Scanner, open_scanner
from logins_desktop.domain.errors import DomainError
from logins_desktop.logging_setup import setup_logging
from logins_desktop.services.auth import AuthService
from logins_desktop.services.backup import BackupScheduler
from logins_desktop.services.demo import seed_demo
from logins_desktop.services.overview import OverviewService
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.shipping import ShippingService
from logins_desktop.services.station import StationService
from logins_desktop.services.stock import StockService
from logins_desktop.settings import Settings
from logins_desktop.store.database import Database, open_database

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


def build_context(settings: Settings, demo: bool = False) -> AppContext:
    db = open_database(settings.effective_db_url)
    db.start_checkpointer()
    if demo and seed_demo(db, morning=True):
        log.info("base de démonstration remplie : %s", db.url)
    # No scanner configured: a simulated one, shown as such on screen.
    scanner = open_scanner(settings.devices.scanner or "sim://")
    station_id = settings.station.station_id
    try:
        station = StationService(db, station_id, low_stock_kits=settings.station.low_stock_kits)
    except DomainError as exc:
        log.warning("poste de travail indisponible : %s", exc)
        station = None
    return AppContext(settings, db, AuthService(db), StockService(db, station_id), OverviewService(db), scanner, station,
                      ShippingService(db, settings), PrintQueue(db))


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
    commands = [("VALIDER", command_code(CommandName.VALIDATE)), ("ANNULER", command_code(CommandName.UNDO)),
                ("DÉCONNEXION", command_code(CommandName.LOGOUT))]
    bad = [("Clé fausse", "3760000000018"), ("Inconnu", "X9999")]
    return badges + [(sku, gtin) for sku, gtin in components if gtin] + commands + bad


def create_window(ctx: AppContext):
    from PySide6.QtWidgets import QApplication

    from logins_desktop.ui.i18n import install_language
    from logins_desktop.ui.main_window import MainWindow
    from logins_desktop.ui.sound import Sounds
    from logins_desktop.ui.theme import Theme, ThemeSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Log'ins Desktop")
    install_language(app, ctx.settings.language)
    ui = ctx.settings.ui
    theme = Theme(ThemeSettings(ui.touch_target_mm, ui.font_scale, ui.high_contrast))
    theme.apply()
    sounds = Sounds(enabled=ui.sound)
    codes = demo_scan_codes(ctx) if getattr(ctx.scanner, "simulated", False) else []
    return app, MainWindow(ctx, theme, sounds, codes)


def run_app(settings: Settings, demo: bool = False) -> int:
    setup_logging()
    ctx = build_context(settings, demo)
    app, window = create_window(ctx)
    window.resize(1280, 800)
    window.show()
    scheduler = None
    if settings.backup.interval_hours > 0 and ctx.db.engine.dialect.name == "sqlite":
        scheduler = BackupScheduler(ctx.db.url, settings.backup.interval_hours)
        scheduler.start()
    code = app.exec()
    if scheduler is not None:
        scheduler.stop()
    ctx.scanner.stop()
    ctx.db.dispose()
    return code
