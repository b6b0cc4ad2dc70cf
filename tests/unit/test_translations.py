"""The English translation is complete and compiled (run `make translations` after changing UI text)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from logins_desktop.paths import resource

TS = resource("translations", "logins_en.ts")
UI = Path(__file__).resolve().parents[2] / "logins_desktop" / "ui"


def test_every_message_is_translated_and_compiled():
    text = TS.read_text(encoding="utf-8")
    assert text.count("<message>") > 50
    assert 'type="unfinished"' not in text
    assert resource("translations", "logins_en.qm").stat().st_size > 1000


@pytest.mark.parametrize("source", sorted(UI.rglob("*.py")), ids=lambda p: p.name)
def test_every_ui_string_is_in_the_ts_file(source):
    """Each self.tr("…") literal of the UI sources appears in the .ts (else: `make translations`)."""
    ts = TS.read_text(encoding="utf-8").replace("&apos;", "'").replace("&quot;", '"').replace("&amp;", "&")
    for literal in re.findall(r'self\.tr\("((?:[^"\\]|\\.)*)"\)', source.read_text(encoding="utf-8")):
        assert f"<source>{literal}</source>" in ts, f"{source.name}: « {literal} » is not in logins_en.ts"


def test_no_string_is_left_without_a_context():
    """A string lupdate finds outside a class (a module function's `widget.tr`) lands in the empty
    context, which the running screens never look up: it stays French in English."""
    import xml.etree.ElementTree as ET

    contexts = {ctx.findtext("name") or "": [m.findtext("source") for m in ctx.iter("message")]
                for ctx in ET.parse(TS).getroot().iter("context")}
    assert "" not in contexts, f"outside any context: {contexts.get('')}"


def test_the_paths_shared_words_read_in_english():
    from PySide6.QtWidgets import QApplication

    from logins_desktop.ui.i18n import install_language
    from logins_desktop.ui.insertion.path_forms import (
        end_cause_words,
        kind_words,
        outcome_words,
        suspension_words,
    )

    app = QApplication.instance() or QApplication([])
    install_language(app, "en")
    try:
        assert (kind_words()["job_search"], outcome_words()["cdi"], suspension_words()["sick_leave"],
                end_cause_words()["mutual_agreement"]) == ("Job search", "permanent contract", "Sick leave",
                                                           "Ended by mutual agreement")
    finally:
        install_language(app, "fr")


def test_lrelease_is_available():
    # The build of the .qm files needs the tool that PySide6 ships.
    assert subprocess.run([Path(sys.executable).with_name("pyside6-lrelease"), "-version"],
                          capture_output=True).returncode == 0


# « kit(s) », « périme(nt) », « item(s) »: a count said without choosing its form. A count goes in a
# catalogue message with a plural ({n, plural, one {…} other {…}}), which picks the form in each language.
LAZY_PLURAL = re.compile(r"[^\W\d_]\((?:s|es|e|nt|x)\)")


def test_no_count_is_said_with_a_lazy_plural():
    import xml.etree.ElementTree as ET

    found = [text for message in ET.parse(TS).getroot().iter("message")
             for text in (message.findtext("source"), message.findtext("translation"))
             if text and message.find("translation").get("type") not in ("obsolete", "vanished")
             and LAZY_PLURAL.search(text)]
    assert not found, "\n".join(found)
