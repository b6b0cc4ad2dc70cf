"""French is the source language of every string; English comes from resources/translations/*.qm."""

from __future__ import annotations

import logging

from babel import Locale
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from logins_desktop.messages import LANGUAGES as MESSAGE_LANGUAGES
from logins_desktop.paths import resource

log = logging.getLogger(__name__)
# Each language by its own name ("Français", "English"): babel knows them, so a new .ts file needs no code.
LANGUAGES = {code: Locale.parse(code).get_display_name(code).capitalize() for code in MESSAGE_LANGUAGES}

_installed: list[QTranslator] = []
# The .qm bytes each translator reads from: Qt keeps no copy. Read into memory rather than mapped from
# the file, so rebuilding or upgrading the translations under a running station cannot crash it
# (a file mapped by Qt and rewritten meanwhile ends the process with a bus error: seen in the tests).
_data: list[bytes] = []


def install_language(app: QApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _data.clear()
    QLocale.setDefault(QLocale(language))
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if language == "fr":
        return  # the source strings are French
    ours = QTranslator(app)
    path = resource("translations", f"logins_{language}.qm")
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if data and ours.load(data):
        _data.append(data)
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation not found or unreadable: %s (the screens stay in French)", path)


def current_language() -> str:
    """The language the screens are in now ("fr" or "en"), as install_language set it."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "fr"


def say(message) -> str:
    """A catalogue message (or a plain string, or a refusal carrying a message) in the screens' language."""
    from logins_desktop.messages import Message, render

    if isinstance(message, Exception):
        carried = getattr(message, "message", None)
        message = carried if isinstance(carried, Message) else str(message)
    return render(message, current_language())
