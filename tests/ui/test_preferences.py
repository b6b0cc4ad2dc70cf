"""Display preferences changed on screen (contrast, text size, language) are saved to the settings
file and are still there when the application starts again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from logins_desktop.settings import load_settings


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_header_changes_are_saved_and_back_after_a_restart(qtbot, window, context):
    from logins_desktop.app import build_context, create_window
    from logins_desktop.ui.i18n import install_language

    path = context.config_path
    assert not path.exists()  # nothing changed yet: nothing written
    tap(qtbot, window.contrast_button)
    tap(qtbot, window.larger_button)
    tap(qtbot, window.larger_button)
    saved = load_settings(path)
    assert saved.ui.high_contrast is True and saved.ui.font_scale == 1.2
    window.set_language("en")
    try:
        assert load_settings(path).language == "en"
        # The next start: the same file, read the way `logins-desktop run` reads it.
        restarted = replace(load_settings(path, db_url=context.settings.db_url), devices=context.settings.devices)
        ctx = build_context(restarted, config_path=path)
        try:
            _app, again = create_window(ctx)
            qtbot.addWidget(again)
            assert again.theme.settings.high_contrast is True and again.theme.settings.font_scale == 1.2
            assert again.contrast_button.isChecked()
            # The header's words (shown when they fit, always the tooltip and the accessible name).
            assert again.language == "en" and again.logout_button.toolTip() == "Log out"
            again.close()
        finally:
            ctx.close()
    finally:
        window.set_language("fr")
        install_language(_app_instance(), "fr")
    assert load_settings(path).language == "fr"


def _app_instance():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
