"""A worker's own profile applied at the badge scan (issue 9: "within a second of the scan").

Measured on the real window (Qt offscreen, 1280×800, the demo's data): from the badge injected on
the simulated scanner to the station screen shown in the worker's profile (30 mm targets, high
contrast, text ×1.3, English, left hand), then the logout that brings the station's own profile
back. The baseline, in the same run: the same badge login for a worker without a profile of their
own (the station screen built, no restyle, no language change), so the ratio is what the profile
adds. A second pair isolates the restyle: the app's `Theme.apply_profile` against Qt alone setting
the same style sheet text on the same window.

Times are medians of the wall clock and of the GUI thread's CPU time (the login runs there; other
programs sharing the machine inflate the wall clock only).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPEAT = 15


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent

    from logins_desktop.app import build_context, create_window
    from logins_desktop.domain.profile import DEFAULT, Hand
    from logins_desktop.services.demo import seed_demo
    from logins_desktop.services.profiles import ProfileService
    from logins_desktop.settings import DeviceSettings, Settings
    from logins_desktop.store.database import open_database
    from logins_desktop.ui.station.station_screen import StationScreen

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["LOGINS_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["LOGINS_CONFIG_DIR"] = str(Path(tmp) / "config")
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        seeded = open_database(url)
        seed_demo(seeded)
        seeded.dispose()
        settings = replace(Settings(), db_url=url, devices=DeviceSettings(scanner="sim://"))
        ctx = build_context(settings)
        with_profile, plain = "B1001", "B1002"
        auth = ctx.auth
        session = auth.sign_in_worker(auth.person_by_badge(with_profile))
        profile = replace(DEFAULT, hand=Hand.LEFT, touch_target_mm=30.0, high_contrast=True, font_scale=1.3,
                          language="en")
        ProfileService(ctx.db).set(with_profile, profile, session)
        app, window = create_window(ctx)
        window.resize(1280, 800)
        window.show()
        app.processEvents()

        def settle() -> None:
            # What the running event loop does between two frames, deferred deletes included
            # (processEvents alone leaves the screens dropped at logout alive).
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        def login(badge: str) -> None:
            ctx.scanner.inject(badge)
            settle()
            assert isinstance(window.home, StationScreen), badge
            window.repaint()  # drawn in the new style, as the next frame would be

        def logout() -> None:
            window.logout()
            settle()
            window.repaint()

        rows = {"profile": [], "plain": [], "profile-out": [], "plain-out": []}
        for _ in range(REPEAT):
            for badge, key in ((with_profile, "profile"), (plain, "plain")):
                rows[key].append(timed(lambda b=badge: login(b)))
                rows[f"{key}-out"].append(timed(logout))
        assert window.theme.settings.touch_target_mm == settings.ui.touch_target_mm  # the station's again

        # The restyle alone: the app's (style sheet built and set, `changed` emitted to the widgets
        # that size themselves) against Qt setting the very same text on the same window.
        theme = window.theme
        station = window.station_profile
        restyle, bare = [], []
        for _ in range(REPEAT):
            restyle.append(timed(lambda: (theme.apply_profile(profile), window.repaint())))
            profile_sheet = theme.stylesheet()
            theme.apply_profile(station)  # back to the station's sheet, through the app
            settle()
            bare.append(timed(lambda s=profile_sheet: (window.setStyleSheet(s), window.repaint())))
            window.setStyleSheet(theme.stylesheet())  # the station's again, as the theme knows it
            settle()
        window.close()
        window.deleteLater()
        app.processEvents()
        ctx.close()

    print(f"\nConnexion par badge, fenêtre réelle hors écran 1280×800, médiane de {REPEAT}")
    print(f"| {'mesure':<52} | {'mur (ms)':>8} | {'CPU GUI (ms)':>12} | {'ratio':>6} |")
    print(f"|{'-' * 54}|{'-' * 10}|{'-' * 14}|{'-' * 8}|")

    def line(what: str, samples, base) -> None:
        wall, cpu = medians(samples)
        print(f"| {what:<52} | {wall:>8.1f} | {cpu:>12.1f} | {wall / medians(base)[0]:>5.1f}× |")

    line("badge → poste dans le profil de la personne", rows["profile"], rows["plain"])
    line("badge → poste, sans profil propre (référence)", rows["plain"], rows["plain"])
    line("déconnexion → profil du poste rétabli", rows["profile-out"], rows["plain-out"])
    line("déconnexion sans profil propre (référence)", rows["plain-out"], rows["plain-out"])
    line("restyle du profil seul (Theme.apply_profile)", restyle, bare)
    line("Qt seul : même feuille de style posée (référence)", bare, bare)
    worst = max(max(w for w, _ in rows["profile"]), max(w for w, _ in rows["profile-out"]))
    print(f"plus lent des {REPEAT} (connexion ou déconnexion avec profil) : {worst:.0f} ms (cible : 1 000 ms)")


if __name__ == "__main__":
    main()
