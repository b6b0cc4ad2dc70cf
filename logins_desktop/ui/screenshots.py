"""`logins-desktop screenshots --out DIR`: every main screen on fresh demo data, rendered to PNG."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from logins_desktop.settings import load_settings

SIZE = (1280, 800)


def take_screenshots(out: Path, config: Path | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from logins_desktop.app import build_context, create_window

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(load_settings(config), db_url=f"sqlite:///{tmp}/demo.sqlite3")
        settings = replace(settings, devices=replace(settings.devices, scanner="sim://"))
        ctx = build_context(settings, demo=True)
        app, window = create_window(ctx)
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
        window.login.handle_badge("B1003")
        shot("05-accueil-operateur")
        window.logout()
        badge_and_pin("C2003", "1357")
        shot("06-accueil-conseiller-insertion")
        window.logout()
        badge_and_pin("C2002", "2468")
        view = window.home
        view.table.selectRow(3)
        shot("07-stock")
        view.search.setText("lavande")
        view.apply_filter()
        view.table.selectRow(0)
        shot("08-stock-recherche")
        window.theme.update(high_contrast=True, font_scale=1.3)
        shot("09-stock-contraste-eleve")
        window.theme.update(high_contrast=False, font_scale=1.0)
        window.logout()
        window.set_language("en")
        shot("10-login-english")
        window.set_language("fr")
        window.close()
        ctx.scanner.stop()
        ctx.db.dispose()
        QApplication.processEvents()
    return saved
