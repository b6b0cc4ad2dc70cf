from __future__ import annotations

import gc
from dataclasses import replace

import pytest

from logins_desktop.settings import DeviceSettings, Settings


@pytest.fixture
def context(demo_db, db_url):
    from logins_desktop.app import build_context

    settings = replace(Settings(), db_url=db_url, devices=DeviceSettings(scanner="sim://"))
    ctx = build_context(settings)
    yield ctx
    ctx.close()  # its scanner, and its database with the WAL checkpoint thread (left running, one per test)


@pytest.fixture
def window(qtbot, context):
    from logins_desktop.app import create_window

    _app, win = create_window(context)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Leave the application as the next test expects it.
    win.theme.update(high_contrast=False, font_scale=1.0)


@pytest.fixture
def no_collector_pause():
    """For a test that times a person's gesture in tenths of a second (a dwell click, a scanner's
    burst of keys). Late in the run the test process holds up to 700 000 objects and one full
    collection of them lasts up to 0.9 s (measured with gc.callbacks on the whole suite: before the
    tests closed their databases and emptied the mapper caches, 1.5 million and 1.3 s); the app's
    own heap is a small part of that. During such a test the collector waits."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture
def demo_window(qtbot, tmp_path, request):
    """The demo as `logins-desktop --demo` builds it (app.build_context with demo=True: the morning's
    work and the insertion paths), its window, and the picking station POSTE-04's service; in
    French, or in the language a test gives it (`indirect` parametrisation)."""
    from logins_desktop.app import build_context, create_window
    from logins_desktop.services.station import StationService
    from logins_desktop.ui.i18n import install_language

    language = getattr(request, "param", "fr")
    settings = replace(Settings(), db_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}", language=language,
                       devices=DeviceSettings(scanner="sim://"))
    ctx = build_context(settings, demo=True, config_path=tmp_path / "settings.toml")
    _app, win = create_window(ctx)
    qtbot.addWidget(win)
    picking = StationService(ctx.db, "POSTE-04", double_read_seconds=0)
    yield ctx, win, picking
    win.theme.update(high_contrast=False, font_scale=1.0)
    if win.home is not None and hasattr(win.home, "stop"):
        win.home.stop()
    ctx.close()
    if language != "fr":
        install_language(_app, "fr")  # the next test's screens in French again
