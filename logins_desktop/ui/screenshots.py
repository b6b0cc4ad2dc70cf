"""`logins-desktop screenshots --out DIR [--size WxH]`: every screen of the tour (ui.tour) on fresh
demo data, at each size, to DIR/WxH/SCREEN.png; then a few states the tour does not stop at (a
scanner unplugged, a printer out of paper, high contrast with larger text, English).

The composition root (app.take_screenshots) builds the demo's context, window and devices for each
size and hands them in; this module only drives the screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from logins_desktop.ui.tour import settle, size_name, tour, wait_until


def take_screenshots(out: Path, size: tuple[int, int], ctx, window, picking_station,
                     printer_paper_out: Callable[[str], None]) -> list[Path]:
    """`picking_station`: the demo's POSTE-04 station service; `printer_paper_out(url)`: empties the
    simulated printer's paper, for the console's printer-fault screenshot."""
    folder = out / size_name(size)
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    window.resize(*size)
    window.show()

    def shot(name: str, widget: QWidget) -> None:
        settle()
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for name, widget in tour(window, ctx, picking_station, size):
        shot(name, widget)
    _extras(window, ctx, printer_paper_out, lambda name: shot(name, window))
    return saved


def _extras(window, ctx, printer_paper_out, shot) -> None:
    def sign_in(badge: str, pin: str) -> None:
        window.login.handle_badge(badge)
        window.login.pin_pad.tap_digits(pin)
        window.login.pin_pad.validate.click()
        settle()

    window.login.handle_badge("X9999")
    shot("login-unknown-badge")
    window.bridge.on_status(False, "scanner déconnecté (/dev/scanner-1) — reconnexion automatique")
    shot("login-scanner-disconnected")
    window.bridge.on_status(True, "scanner simulé prêt")
    if window.sim_panel is not None:
        window.sim_panel.show_codes(True)
        shot("login-simulated-scanner-codes")
        window.sim_panel.show_codes(False)
    sign_in("C2002", "2468")
    console = window.home
    window.theme.update(high_contrast=True, font_scale=1.3)
    shot("console-stock-high-contrast")
    window.theme.update(high_contrast=False, font_scale=1.0)
    printer_paper_out(console.printer_url)
    console.show_page(console.shipments)
    console.shipments.orders.selectRow(0)
    console.shipments._create()
    console.shipments._add_unit()
    console.shipments._print()
    wait_until(lambda: "plus de papier" in console.printing.printer_state.text()
               and console.printing.jobs.rowCount() and console.printing.jobs.item(0, 4).text())
    console.printing.jobs.selectRow(0)
    settle()
    shot("console-printer-paper-out")
    window.logout()
    window.set_language("en")
    shot("login-english")
    window.set_language("fr")
    settle()


def close_window(window) -> None:
    """The end of a run: the person's screen stopped (its threads and timers end), the window closed
    and deleted while the application still exists (a window left to Python's exit-time garbage
    collection after QApplication crashed about one run in three)."""
    if window.person is not None:
        window.logout()
    window._may_close = True
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()
