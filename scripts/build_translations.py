"""Refresh resources/translations/logins_<lang>.ts from the UI sources and the message catalogue, then
compile the .qm files.

French is the source language. Translators edit the .ts (Qt Linguist: pyside6-linguist); run
`make translations` after changing UI strings and commit both the .ts and the .qm.
`scripts/build_translations.py de` starts a new language: it writes logins_de.ts with every string to
translate (docs/translating.md).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The screens (self.tr) and the message catalogue (translate("messages", source, id)) share one file.
UI = sorted(str(p) for folder in ("ui", "messages") for p in (ROOT / "logins_desktop" / folder).rglob("*.py"))
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = sys.argv[1:] or sorted(p.stem.removeprefix("logins_") for p in TRANSLATIONS.glob("logins_*.ts"))
for language in LANGUAGES:
    ts = ROOT / "resources" / "translations" / f"logins_{language}.ts"
    subprocess.run([BIN / "pyside6-lupdate", *UI, "-source-language", "fr_FR", "-target-language", language,
                    "-no-obsolete", "-ts", str(ts)], check=True)
    subprocess.run([BIN / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
