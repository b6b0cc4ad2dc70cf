"""No French sentence is built outside the catalogue: every string constant of the package (f-string
parts included, docstrings and comments not) is scanned, except in messages/catalogue/ (the French
source texts), ui/ (Qt's self.tr strings, extracted into the .ts files) and the short allow-list
below, each entry with its reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import logins_desktop

PACKAGE = Path(logins_desktop.__file__).parent
EXCLUDED = ("messages/catalogue/", "ui/")

# path -> (why, the exact strings allowed there). Data is not prose: it is stored or printed as it is.
ALLOWED: dict[str, tuple[str, set[str] | None]] = {
    "services/demo.py": ("demonstration data: a French workshop's people, products, tasks and places, not prose",
                         None),
    "devices/scanners/hid.py": ("the AZERTY keyboard table: characters a wedge scanner types, not words",
                                {"é", "è", "ç", "à", "ù", "éèçàù§°£"}),
    "labels/zpl.py": ("the transliteration table for characters the printer's font lacks",
                      {"œ", "Œ"}),
    "labels/model.py": ("the sample label's fictitious addresses (data printed as it is)",
                        {"12 rue des Artisans", "ReCo Mobile — entrepôt (fictif)", "ZA des Échanges"}),
    "settings.py": ("the default shipper address, data each site replaces", {"12 rue des Artisans"}),
    "domain/passport.py": ("the official titles of the ROME job codes (France Travail), printed as they are",
                           {"Opérations manuelles d'assemblage, tri ou emballage",
                            "Magasinage et préparation de commandes"}),
    "devices/printers/cups.py": ("a word of French lpstat's output, read to tell a paused queue, never shown",
                                 {"désactivée"}),
    "store/migrations/versions/0018_suspension_reason_codes.py": (
        "the words the path's form stored before it stored codes, matched to turn them into codes",
        {"Arrêt maladie", "Période d'essai ailleurs"}),
}

ACCENTED = re.compile(r"[a-zA-Z]*[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]")
FRENCH_WORDS = ("le", "la", "les", "des", "du", "une", "est", "pas", "aucun", "aucune", "dans", "pour", "avec",
                "sans", "impossible", "introuvable", "inconnu", "inconnue", "erreur", "attention", "fichier", "ligne",
                "colonne", "commande", "poste", "article", "travail", "réglages", "sauvegarde", "scannez", "doit",
                "être", "attendu", "attendue", "reçu", "refusé", "invalide", "paire", "chiffres", "adresse", "lu")
WORDS = re.compile(r"(?i)(?<![\w.])(?:" + "|".join(FRENCH_WORDS) + r")(?![\w(])")


def french_prose(text: str) -> bool:
    """Accented French letters, or one of French's frequent words with a space around (prose, not a code)."""
    if ACCENTED.search(text) or "«" in text or "»" in text:  # French quotation marks quote a value in a sentence
        return True
    return " " in text.strip() and bool(WORDS.search(text))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def french_strings(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and french_prose(node.value)]


def test_no_french_string_outside_the_catalogue_the_translations_and_ui():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(EXCLUDED):
            continue
        allowed = ALLOWED.get(rel)
        for line, text in french_strings(path.read_text(encoding="utf-8")):
            if allowed is not None and (allowed[1] is None or text in allowed[1]):
                continue
            found.append(f"{rel}:{line}: {text!r}")
    assert found == [], "French text outside the catalogue (make it a message):\n" + "\n".join(found)


def test_every_allowance_is_still_needed():
    """An allow-list that outlives its reason hides the next real sentence: each entry must still match."""
    for rel, (reason, strings) in ALLOWED.items():
        assert reason
        hits = {text for _, text in french_strings((PACKAGE / rel).read_text(encoding="utf-8"))}
        assert hits, f"{rel} has no French string any more: remove it from ALLOWED"
        if strings is not None:
            assert strings <= hits, f"{rel}: allowed strings no longer there: {strings - hits}"


def test_the_scan_catches_prose_and_lets_code_through():
    sample = '''
"""Un docstring en français n'est pas compté."""
import logging
log = logging.getLogger(__name__)

def refuse(sku, n):
    # un commentaire non plus
    raise ValueError(f"article inconnu : « {sku} »")

def count(n):
    return f"{n} ligne(s) lue(s) dans le fichier"

ERROR = "erreur : base introuvable"
PLAIN = "stock insuffisant pour la commande"
UNACCENTED = f"paire de chiffres attendue, lu {n!r}"
ENGLISH = "unknown product: the order is closed"
CODES = ("la", "LOT-10", "sqlite:///x.sqlite3", "CMD-DECONNEXION", "sa.DateTime(timezone=True)", "%(prog)s")
'''
    found = {text for _, text in french_strings(sample)}
    assert found == {"article inconnu : « ", " »", " ligne(s) lue(s) dans le fichier", "erreur : base introuvable",
                     "stock insuffisant pour la commande", "paire de chiffres attendue, lu "}
