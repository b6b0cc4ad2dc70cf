"""`logins-desktop screenshots --out DIR`: every main screen on fresh demo data, rendered to PNG.

The composition root (app.take_screenshots) builds the demo's context, window and devices and
hands them in; this module only drives the screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from logins_desktop.services.types import ScanFrame

SIZE = (1280, 800)


def picking_screenshot(station, theme, sounds, path: Path) -> None:
    """The picking station (POSTE-04 of the demo), its own screen, after a location and two scans."""
    from logins_desktop.services.demo import demo_gtin
    from logins_desktop.ui.station.station_screen import StationScreen

    station.handle(ScanFrame(b"B1012", "B1012"))
    screen = StationScreen(theme, station, sounds)
    for code in ("A-01-02", "CMD-QTE-10"):
        screen.show_result(station.handle(ScanFrame(code.encode(), code)))
    screen.show_result(station.handle(ScanFrame(b"", demo_gtin(26), "]E0")))
    screen.resize(*SIZE)
    screen.show()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    screen.grab().save(str(path))
    station.logout()
    screen.close()


def ledger_lags(ctx) -> None:
    """The ledger lags the floor, as it does: leaflets low on line 1, prepaid labels unknown everywhere."""
    from logins_desktop.services.stock import Actor

    auth = ctx.auth
    manager = Actor.of(auth.sign_in(auth.person("logistique"), "2468").session)
    for sku, location, keep in (("NOTICE-REPRISE", "ATELIER-1", 6), ("ETIQ-PREPAYEE", "ATELIER-1", 0),
                                ("ETIQ-PREPAYEE", "A-01-02", 0)):
        if ctx.stock.on_hand(sku, location) != keep:
            ctx.stock.adjust(manager, sku, location, keep - ctx.stock.on_hand(sku, location), "inventaire (démonstration)")


def take_screenshots(out: Path, ctx, app, window, picking_station,
                     printer_paper_out: Callable[[str], None]) -> list[Path]:
    """`picking_station`: the demo's POSTE-04 station service; `printer_paper_out(url)`: empties
    the simulated printer's paper, for the console's printer-fault screenshot."""
    from PySide6.QtWidgets import QApplication

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    window.resize(*SIZE)
    window.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    def badge_and_pin(badge: str, pin: str) -> None:
        window.login.handle_badge(badge)
        window.login.pin_pad.tap_digits(pin)
        window.login.pin_pad.validate.click()

    shot("01-login")
    window.login.handle_badge("X9999")
    shot("02-login-badge-inconnu")
    window.login.handle_badge("C2001")
    window.login.pin_pad.tap_digits("12")
    shot("03-login-code-chef-equipe")
    window.login.pin_pad.reset()
    badge_and_pin("C2001", "1234")
    shot("04-accueil-chef-equipe")
    window.logout()
    # The packing station: Amina's badge through the (simulated) scanner, then her kit.
    from logins_desktop.services.demo import demo_gtin

    def scan(code: str, symbology: str | None = "]E0") -> None:
        ctx.station._last_time = float("-inf")  # screenshots scan faster than a person: no double read
        ctx.scanner.inject(code, symbology)
        app.processEvents()

    scan("B1001", None)
    scan(demo_gtin(2))
    shot("05-poste-etape")
    scan("CMD-AIDE", None)  # a help call, for the team lead's board below
    scan(demo_gtin(4))
    shot("06-poste-article-refuse")
    for ref in (3, 4, 5, 6):
        scan(demo_gtin(ref))
    shot("07-poste-kit-termine")
    window.home.clear_alarm()
    window.bridge.on_status(False, "scanner déconnecté (/dev/scanner-1) — reconnexion automatique")
    shot("08-poste-scanner-deconnecte")
    window.bridge.on_status(True, "scanner simulé prêt")
    scan("CMD-DECONNEXION", None)
    picking_screenshot(picking_station, window.theme, window.sounds, out / "09-poste-preparation.png")
    saved.append(out / "09-poste-preparation.png")
    badge_and_pin("C2003", "135790")
    shot("10-accueil-conseiller-insertion")
    window.logout()
    badge_and_pin("C2002", "2468")
    console = window.home
    view = console.stock_view
    view.table.selectRow(3)
    shot("11-stock")
    view.search.setText("lavande")
    view.apply_filter()
    view.table.selectRow(0)
    shot("12-stock-recherche")
    window.theme.update(high_contrast=True, font_scale=1.3)
    shot("13-stock-contraste-eleve")
    window.theme.update(high_contrast=False, font_scale=1.0)
    # The console: a shipment, a carton and its label, then a printer out of paper.
    def wait_until(condition, seconds: float = 5.0) -> None:
        import time

        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

    printer_paper_out(console.printer_url)
    console.show_page(console.shipments)
    console.shipments.orders.selectRow(0)
    console.shipments._create()
    console.shipments._add_unit()
    shot("14-console-expedition-etiquette")
    console.shipments._print()
    wait_until(lambda: "plus de papier" in console.printing.printer_state.text()
               and console.printing.jobs.rowCount() and console.printing.jobs.item(0, 4).text())
    console.printing.jobs.selectRow(0)
    shot("15-console-papier-epuise")
    window.logout()
    window.set_language("en")
    shot("16-login-english")
    window.set_language("fr")
    badge_and_pin("C2001", "1234")
    shot("18-tableau-chef-appel-aide")  # Amina's help call from the station, above the board
    board = window.home
    board.select_worker("B1003")  # Sofia: seated, ≤ 3 kg: the box picking is blocked
    shot("17-tableau-chef-personne-choisie")
    board.select_worker("B1003")
    board.show_page(1)  # Proposer
    wait_until(lambda: board.proposal.plan is not None and not board.proposal.running, 30)
    shot("19-tableau-proposition")
    board.show_page(2)
    shot("20-tableau-cadence-lignes")
    window.logout()
    badge_and_pin("C2003", "135790")
    workers = window.home
    workers.table.selectRow(7)
    workers.edit_selected()
    shot("21-conseiller-modifier-restrictions")
    window.logout()
    ledger_lags(ctx)
    scan("B1001", None)
    shot("22-poste-stock-bas")
    for ref in (2, 3, 4, 5, 6):
        scan(demo_gtin(ref))
    shot("23-poste-kit-avec-ecart")
    window.home.clear_alarm()
    scan("CMD-DECONNEXION", None)
    shot("24-fin-de-session")
    badge_and_pin("C2002", "2468")
    window.home.show_page(window.home.discrepancies)
    shot("25-console-ecarts")
    window.home.show_page(window.home.costs)  # what the orders cost and earn (issue 25)
    shot("31-console-couts")
    window.logout()
    badge_and_pin("C2001", "1234")
    shot("26-tableau-alerte-stock")
    window.logout()
    window.close()
    QApplication.processEvents()
    return saved
