"""One language at a time: what the headless station and the CLI say in English holds no French word,
and in French no English one. People's, products' and tasks' names are data and may be in any
language: they are taken out before the words are checked."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from logins_desktop.domain.barcodes import CommandName, command_code
from logins_desktop.services.demo import demo_gtin
from logins_desktop.store.models import Customer, Location, Order, Product, Station, Task, Worker
from tests.integration.test_headless_station import Headless
from tests.integration.test_scanner_serial import Pty

# Frequent words of each language's messages that the other language never uses.
FRENCH = {"le", "la", "les", "des", "du", "une", "un", "est", "pas", "de", "et", "en", "pour", "avec", "sur", "sans",
          "dans", "au", "aux", "scannez", "commande", "article", "articles", "erreur", "attendu", "bonjour",
          "terminé", "refusé", "inconnu", "inconnue", "lecture", "restants", "poste", "reste", "clé", "quoi",
          "faire", "étape", "suivant", "utilisation", "afficher", "cette", "aide", "fichier", "ligne",
          "colonne", "base", "réglages", "langue", "défaut", "puis", "ou", "à", "être", "déjà", "fermé"}
ENGLISH = {"the", "of", "and", "to", "is", "for", "with", "item", "items", "order", "wrong", "next", "left",
           "hello", "please", "unknown", "read", "step", "usage", "show", "this", "help", "message", "exit",
           "line", "column", "settings", "language", "default", "then", "or", "enough", "database", "sign", "out",
           "positional", "required", "following", "error"}
# Words both languages write ("code", "scan", "stock", "file" as in "file d'impression", "arguments") are in neither.
PATH = re.compile(r"\S*/\S*")
WORD = re.compile(r"[^\W\d_]+")


def data_names(db) -> list[str]:
    """Every name the demo data holds (longest first, so a name is taken out before its parts)."""
    with db.read() as s:
        names = set()
        for column in (Product.name, Worker.display_name, Task.name, Customer.name, Location.name, Station.name,
                       Order.ref, Product.sku, Task.code, Location.code, Station.code):
            names.update(n for n in s.scalars(select(column)) if n)
    return sorted(names, key=len, reverse=True)


def words(text: str, names: list[str]) -> set[str]:
    text = PATH.sub(" ", text)  # file names and URLs are data
    for name in names:
        text = text.replace(name, " ")
    return {w.lower() for w in WORD.findall(text)}


def texts(value) -> list[str]:
    """The words meant for people in a JSON line: every "text", "reason" and "error" value."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("text", "reason", "error") and isinstance(item, str):
                found.append(item)
            else:
                found += texts(item)
    elif isinstance(value, list):
        for item in value:
            found += texts(item)
    return found


def other_language_words(lang: str, lines: list[str], names: list[str]) -> dict[str, set[str]]:
    foreign = FRENCH if lang == "en" else ENGLISH
    return {line: hits for line in lines if (hits := words(line, names) & foreign)}


SCANS = [b"B1001", b"]E0" + demo_gtin(2).encode(), b"]E0" + demo_gtin(14).encode(),  # a kit item, a wrong one
         b"3760000000018", b"X9999", b"7" * 600,  # a bad check digit, an unknown code, an overlong line
         command_code(CommandName.UNDO).encode(), command_code(CommandName.UNDO).encode(),  # undo, nothing to undo
         command_code(CommandName.QUANTITY, 3).encode(), command_code(CommandName.PAUSE).encode(),
         b"]E0" + demo_gtin(3).encode(),  # a scan during the pause
         command_code(CommandName.RESUME).encode(), command_code(CommandName.HELP).encode(),
         command_code(CommandName.VALIDATE).encode(), b"B1002",  # someone else's badge during a kit
         command_code(CommandName.LOGOUT).encode()]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_headless_station_speaks_one_language(demo_db, db_url, tmp_path, lang):
    pty = Pty(str(tmp_path / f"scanner-{lang}"))
    station = Headless(db_url, pty.link, "--lang", lang)
    try:
        status = station.status(2)
        results = []
        for code in SCANS:
            pty.write(code + b"\r")
            results += station.results(1)
            time.sleep(0.02)
        pty.unplug()
        status += station.status(1)
        assert station.stop() == 0
    finally:
        if station.proc.poll() is None:
            station.proc.kill()
    said = texts(results) + texts(status) + [s["text"] for s in status if s.get("scanner")]
    assert len({r["message"]["id"] for r in results}) >= 10  # many different messages were said
    assert other_language_words(lang, said, data_names(demo_db)) == {}


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "logins_desktop", *args], capture_output=True, text=True)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cli_help_and_argparse_words_follow_lang(lang):
    lines = []
    for args in ([], ["import"], ["queue", "retry"], ["label", "sscc"], ["db", "backup"], ["assign"], ["sync", "run"]):
        shown = cli("--lang", lang, *args, "--help")
        assert shown.returncode == 0, shown.stderr
        lines += shown.stdout.splitlines()
    refused = cli("--lang", lang, "queue", "retry")  # a required argument missing: argparse's own error
    assert refused.returncode == 2
    lines += refused.stderr.splitlines()
    # Option names, metavars, URLs and the command names listed at the start of a help line (`order`,
    # `invoice`: typed as they are whatever the language) are code, not words: only the prose is checked.
    from logins_desktop.cli import COMMANDS

    commands = {name for name in COMMANDS if name}

    def without_command(line: str) -> str:
        first = re.match(r"^\s+([a-z][\w-]*)(?=\s{2,}|$)", line)
        return line[first.end():] if first and first.group(1) in commands else line

    prose = [re.sub(r"--?[\w-]+|\b[A-Z][A-Z,_-]+\b|\S+://\S*|\{[^}]*\}", " ", without_command(line))
             for line in lines]
    assert other_language_words(lang, prose, []) == {}
    assert ("usage:" if lang == "en" else "utilisation :") in refused.stderr


def test_help_language_comes_from_the_settings_when_no_lang(tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text('language = "en"\n', encoding="utf-8")
    shown = cli("--config", str(config), "import", "--help")
    assert "import reference data" in shown.stdout or "the CSV file" in shown.stdout
    assert "positional arguments" in shown.stdout and "arguments positionnels" not in shown.stdout
    assert "le fichier CSV" in cli("--config", str(config), "--lang", "fr", "import", "--help").stdout


def test_an_import_error_in_english_names_file_line_and_column(db_url, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("sku;gtin;name;weight_g;customer\nA1;123;Stylo;12;C1\n", encoding="utf-8")
    refused = cli("--lang", "en", "import", "products", str(bad), "--db", db_url)
    assert refused.returncode == 1
    error = refused.stderr
    assert error.startswith("error: Import refused, nothing was imported (1 error):")
    assert "bad.csv, line 2, column “gtin”: GTIN “123”: 3 digits, 8, 12, 13 or 14 expected" in error
    assert other_language_words("en", error.splitlines(), ["bad.csv", "Stylo"]) == {}
    french = cli("--lang", "fr", "import", "products", str(bad), "--db", db_url).stderr
    assert "bad.csv, ligne 2, colonne « gtin » : GTIN « 123 » : 3 chiffres" in french


def test_cli_lines_in_english(demo_db, db_url, tmp_path):
    lines = []
    for args in (["assign", "--worker", "B1001", "--order", "CMD-2026-1103", "--station", "POSTE-04"],
                 ["db", "check"], ["discrepancies"], ["queue", "list"],
                 ["export", "stock", str(tmp_path / "stock.csv")],
                 ["commands-sheet", "--out", str(tmp_path / "sheet.pdf")]):
        done = cli("--lang", "en", *args, "--db", db_url)
        assert done.returncode == 0, (args, done.stderr)
        lines += done.stdout.splitlines() + done.stderr.splitlines()
    assert any(line.startswith("Amina Benali assigned to ") for line in lines)  # a person by name, not B1001
    lines = [line.replace(db_url, " ").replace(str(tmp_path), " ") for line in lines]
    assert other_language_words("en", lines, data_names(demo_db)) == {}
