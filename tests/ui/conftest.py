from __future__ import annotations

from dataclasses import replace

import pytest

from logins_desktop.settings import DeviceSettings, Settings


@pytest.fixture
def context(demo_db, db_url):
    from logins_desktop.app import build_context

    settings = replace(Settings(), db_url=db_url, devices=DeviceSettings(scanner="sim://"))
    ctx = build_context(settings)
    yield ctx
    ctx.scanner.stop()


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
