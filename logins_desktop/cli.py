"""The `logins-desktop` command. Without a subcommand it opens the application."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from logins_desktop import __version__
from logins_desktop.domain.errors import DomainError
from logins_desktop.settings import SettingsError, default_config_path, demo_db_url, load_settings


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="fichier de réglages TOML")
    common.add_argument("--db", default=argparse.SUPPRESS, help="URL de base de données (sqlite:///… ou postgresql+psycopg://…)")
    common.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS,
                        help="langue des messages (défaut : réglages, puis la langue du système, puis le français)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="logins-desktop", parents=[common], description="Log'ins Desktop — poste d'atelier et logistique."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")

    run = sub.add_parser("run", parents=[common], help="ouvrir l'application (par défaut)")
    run.add_argument("--demo", action="store_true", help="base de démonstration, remplie au premier lancement")

    config = sub.add_parser("config", parents=[common], help="réglages")
    config_sub = config.add_subparsers(dest="action", required=True, metavar="ACTION")
    config_sub.add_parser("path", parents=[common], help="afficher l'emplacement du fichier de réglages")
    config_sub.add_parser("show", parents=[common], help="afficher les réglages en vigueur (TOML)")
    config_sub.add_parser("init", parents=[common], help="écrire un fichier de réglages par défaut s'il n'existe pas")

    db = sub.add_parser("db", parents=[common], help="base de données")
    db_sub = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", parents=[common], help="appliquer les migrations")
    db_sub.add_parser("check", parents=[common], help="intégrité + cohérence stock/registre (code ≠ 0 si problème)")
    backup = db_sub.add_parser("backup", parents=[common], help="sauvegarde à chaud (API de sauvegarde SQLite)")
    backup.add_argument("--out", type=Path, help="fichier de sauvegarde (défaut : dossier de données/backups)")
    restore = db_sub.add_parser("restore", parents=[common], help="restaurer une sauvegarde (refusée si elle est abîmée)")
    restore.add_argument("file", type=Path)

    imp = sub.add_parser("import", parents=[common], help="importer des données de référence (CSV)")
    imp.add_argument("kind", choices=["products", "kits", "orders", "workers", "locations", "stations", "stock",
                                      "contracts", "exits"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--user", metavar="IDENTIFIANT", help="contracts, exits : qui importe (conseiller·ère en insertion)")

    exp = sub.add_parser("export", parents=[common], help="exporter")
    exp.add_argument("kind", choices=["stock"])
    exp.add_argument("file", type=Path)

    sub.add_parser("seed-demo", parents=[common], help="remplir une base vide avec les données de démonstration")

    gaps = sub.add_parser("discrepancies", parents=[common], help="écarts de stock relevés par les postes (à compter)")
    gaps.add_argument("--json", action="store_true", help="une liste JSON d'objets")
    gaps.add_argument("--all", action="store_true", help="y compris ceux dont le comptage est commencé")

    dismantle = sub.add_parser("dismantle", parents=[common], help="défaire le dernier kit terminé d'une commande")
    dismantle.add_argument("--order", required=True, metavar="REF")
    dismantle.add_argument("--reason", required=True, help="motif (journal d'audit)")
    dismantle.add_argument("--by", default="cli", help="qui défait le kit (journal d'audit)")

    assign = sub.add_parser("assign", parents=[common], help="affecter une personne à une commande sur un poste")
    assign.add_argument("--worker", required=True, metavar="BADGE")
    assign.add_argument("--order", required=True, metavar="REF")
    assign.add_argument("--station", required=True, metavar="ID")
    assign.add_argument("--task", metavar="CODE", help="la tâche de la commande (défaut : la première compatible)")
    assign.add_argument("--by", default="cli", help="qui affecte (journal d'audit)")

    station = sub.add_parser("station", parents=[common], help="lancer un poste d'emballage")
    station.add_argument("--headless", action="store_true", help="sans fenêtre : une ligne JSON par lecture sur stdout")
    station.add_argument("--station", metavar="ID", help="identifiant du poste (défaut : réglages)")
    station.add_argument("--scanner", metavar="URL", help="serial:///dev/ttyACM0?suffix=CR, sim://… (défaut : réglages)")

    sheet = sub.add_parser("commands-sheet", parents=[common], help="planche A4 (PDF) des codes-barres de commande")
    sheet.add_argument("--out", type=Path, required=True)

    label = sub.add_parser("label", parents=[common], help="étiquettes logistiques GS1")
    label_sub = label.add_subparsers(dest="label_kind", required=True, metavar="TYPE")
    sscc = label_sub.add_parser("sscc", parents=[common], help="étiquette SSCC (une par unité de l'expédition)")
    which = sscc.add_mutually_exclusive_group(required=True)
    which.add_argument("--shipment", metavar="REF")
    which.add_argument("--demo", action="store_true", help="une unité d'exemple (SSCC réel, pris au compteur)")
    sscc.add_argument("--format", choices=["zpl", "pdf"], default="zpl")
    sscc.add_argument("--dpi", type=int, choices=[203, 300], default=203)
    sscc.add_argument("--size", choices=["4x6", "100x150"], default="100x150")
    sscc.add_argument("--out", type=Path, required=True)

    product = label_sub.add_parser("product", parents=[common], help="étiquette article ou kit (EAN-13 ou Code 128)")
    product.add_argument("--sku", required=True, action="append", help="répétable : une étiquette par article")
    product.add_argument("--format", choices=["zpl", "pdf"], default="zpl")
    product.add_argument("--dpi", type=int, choices=[203, 300], default=203)
    product.add_argument("--out", type=Path, required=True)

    prn = sub.add_parser("print", parents=[common], help="imprimer un fichier par la file d'impression")
    prn.add_argument("file", type=Path)
    prn.add_argument("--printer", required=True, metavar="URL")

    printer = sub.add_parser("printer", parents=[common], help="imprimantes")
    printer_sub = printer.add_subparsers(dest="action", required=True, metavar="ACTION")
    status = printer_sub.add_parser("status", parents=[common], help="état (JSON) : papier, tête, pause, ruban…")
    status.add_argument("url")

    queue = sub.add_parser("queue", parents=[common], help="file d'impression")
    queue_sub = queue.add_subparsers(dest="action", required=True, metavar="ACTION")
    queue_sub.add_parser("list", parents=[common], help="les travaux, du plus récent au plus ancien")
    queue_sub.add_parser("run", parents=[common], help="envoyer les travaux en attente (une passe)")
    for name, text in (("retry", "relancer un travail"), ("cancel", "annuler un travail")):
        action = queue_sub.add_parser(name, parents=[common], help=text)
        action.add_argument("job", metavar="ID", help="identifiant (ses premiers caractères suffisent)")
        if name == "retry":  # an interrupted job goes on only as the person chose
            how = action.add_mutually_exclusive_group()
            how.add_argument("--all", dest="choice", action="store_const", const="all",
                             help="tout renvoyer (motif exigé si des étiquettes sont déjà parties)")
            how.add_argument("--from-first-unsent", dest="choice", action="store_const", const="from-first-unsent",
                             help="reprendre à la première étiquette non envoyée")
            how.add_argument("--labels", metavar="N,M-P", help="réimprimer ces étiquettes (numéros à partir de 1, "
                             "plages N-P permises)")
            action.add_argument("--reason", default="", help="motif de réimpression (journal d'audit)")

    sync = sub.add_parser("sync", parents=[common], help="synchronisation avec le PostgreSQL central")
    sync_sub = sync.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, text in (("once", "une synchronisation (envoi puis réception)"), ("run", "en boucle")):
        action = sync_sub.add_parser(name, parents=[common], help=text)
        action.add_argument("--central", metavar="URL", help="postgresql+psycopg://… (défaut : central_url des réglages)")
        if name == "run":
            action.add_argument("--interval", type=float, default=30.0, help="secondes entre deux passes")

    plan = sub.add_parser("plan", parents=[common], help="planification (équilibrage de ligne)")
    plan_sub = plan.add_subparsers(dest="kind", required=True, metavar="TYPE")
    alwabp = plan_sub.add_parser("alwabp", parents=[common], help="résoudre une instance ALWABP (JSON sur stdout)")
    alwabp.add_argument("file", type=Path)
    alwabp.add_argument("--time-limit", type=float, default=10.0, metavar="S")

    shots = sub.add_parser("screenshots", parents=[common], help="capturer chaque écran (PNG) sur données de démo")
    shots.add_argument("--out", type=Path, required=True)
    _insertion_parsers(sub, common)
    return parser


# ---- insertion path, privacy and skills passport (issue #24) -------------------------------------


def _insertion_parsers(sub, common) -> None:
    from logins_desktop.messages import msg, render

    def say(message_id: str) -> str:
        return render(msg(message_id), "fr")

    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--user", metavar="IDENTIFIANT", help=say("insertion.help.user"))
    insertion = sub.add_parser("insertion", parents=[common], help=say("insertion.help.insertion"))
    insertion_sub = insertion.add_subparsers(dest="action", required=True, metavar="ACTION")
    alerts = insertion_sub.add_parser("alerts", parents=[common, who], help=say("insertion.help.alerts"))
    alerts.add_argument("--today", metavar="DATE", help=say("insertion.help.today"))
    alerts.add_argument("--json", action="store_true", help=say("insertion.help.json"))
    outcomes = insertion_sub.add_parser("outcomes", parents=[common, who], help=say("insertion.help.outcomes"))
    outcomes.add_argument("--from", dest="start", metavar="DATE", required=True, help=say("insertion.help.from"))
    outcomes.add_argument("--to", dest="end", metavar="DATE", required=True, help=say("insertion.help.to"))
    outcomes.add_argument("--json", action="store_true", help=say("insertion.help.json"))
    hours = insertion_sub.add_parser("hours", parents=[common, who], help=say("insertion.help.hours"))
    hours.add_argument("--month", required=True, metavar="AAAA-MM", help=say("insertion.help.month"))
    hours.add_argument("--out", type=Path, required=True, help=say("insertion.help.out"))
    review = insertion_sub.add_parser("review", parents=[common, who], help=say("insertion.help.review"))
    review.add_argument("--year", type=int, required=True, help=say("insertion.help.year"))
    review.add_argument("--out", type=Path, required=True, help=say("insertion.help.out"))
    retention = insertion_sub.add_parser("retention", parents=[common, who], help=say("insertion.help.retention"))
    retention.add_argument("--today", metavar="DATE", help=say("insertion.help.today"))

    privacy = sub.add_parser("privacy", parents=[common], help=say("insertion.help.privacy"))
    privacy_sub = privacy.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = privacy_sub.add_parser("export", parents=[common, who], help=say("insertion.help.export"))
    export.add_argument("badge", help=say("insertion.help.badge"))
    export.add_argument("--out", type=Path, required=True, help=say("insertion.help.out"))
    erase = privacy_sub.add_parser("erase", parents=[common, who], help=say("insertion.help.erase"))
    erase.add_argument("badge", help=say("insertion.help.badge"))
    erase.add_argument("--yes", action="store_true", help=say("insertion.help.yes"))

    passport = sub.add_parser("passport", parents=[common, who], help=say("insertion.help.passport"))
    passport.add_argument("badge", help=say("insertion.help.badge"))
    passport.add_argument("--out", type=Path, required=True, help=say("insertion.help.out"))


def _sign_in(db, args, what: str):
    """The counsellor's session for a command: --user, and the PIN typed (or from LOGINS_PIN)."""
    import getpass
    import os

    from logins_desktop.messages import msg
    from logins_desktop.services.auth import AuthService

    if not getattr(args, "user", None):
        raise DomainError(msg("insertion.cli_needs_user", what=what))
    auth = AuthService(db)
    person = auth.person(args.user)
    pin = os.environ.get("LOGINS_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            raise DomainError(msg("insertion.cli_needs_pin", name=person.display_name))
        pin = getpass.getpass(msg("insertion.cli_pin_prompt", name=person.display_name).text())
    attempt = auth.sign_in(person, pin)
    if attempt.session is None:
        raise DomainError(attempt.refusal)
    return attempt.session


def _day_arg(value: str | None, column: str):
    from logins_desktop.domain import cells

    return None if value is None else cells.day(value, column)


def _insertion_service(args, db):
    from logins_desktop.services.insertion import InsertionService

    return InsertionService(db, _settings(args).insertion)


def cmd_insertion(args) -> int:
    import json
    import re
    from datetime import date

    from logins_desktop.messages import msg, render
    from logins_desktop.services.insertion import write_hours_csv
    from logins_desktop.services.privacy import PrivacyService

    lang = language(args)
    db = _open(args)
    service = _insertion_service(args, db)
    session = _sign_in(db, args, f"insertion {args.action}")
    if args.action == "alerts":
        found = service.alerts(session, _day_arg(args.today, "--today"))
        if args.json:
            print(json.dumps([a.to_json() for a in found], ensure_ascii=False))
        for a in [] if args.json else found:
            print(f"{a.due.isoformat()}  " + render(msg(f"insertion.alert.{a.kind.value}", name=a.name, due=a.due,
                                                         days=a.details.get("days", 0),
                                                         host=a.details.get("host", "")), lang))
        if not found and not args.json:
            print(render(msg("insertion.cli_no_alert"), lang))
    elif args.action == "outcomes":
        result = service.outcomes(session, _day_arg(args.start, "--from"), _day_arg(args.end, "--to"))
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False))
        else:
            for category, n in result.by_category.items():
                print(f"{category:12} {n}")
            rate = result.dynamic_rate
            print(render(msg("insertion.cli_rate", exits=result.exits, rate=f"{rate:.0%}") if rate is not None
                         else msg("insertion.cli_rate_none"), lang))
    elif args.action == "hours":
        if not re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", args.month):
            raise DomainError(msg("insertion.cli_bad_month", value=args.month))
        rows = service.hours(session, date.fromisoformat(args.month + "-01"))
        write_hours_csv(rows, args.out)
        print(render(msg("insertion.cli_hours_written", n=len(rows), path=str(args.out)), lang))
    elif args.action == "review":
        from logins_desktop.services import review

        result = review.yearly_review(db, session, args.year)
        args.out.mkdir(parents=True, exist_ok=True)
        pdf, table = args.out / f"bilan-{args.year}.pdf", args.out / f"bilan-{args.year}.csv"
        pdf.write_bytes(review.render_pdf(result, lang))
        review.write_csv(result, table, lang)
        print(render(msg("insertion.cli_review_written", year=str(args.year), pdf=str(pdf), csv=str(table)), lang))
    else:  # retention
        keys = PrivacyService(db, service.settings).apply_retention(session, _day_arg(args.today, "--today"))
        print(render(msg("insertion.cli_retained", n=len(keys)), lang))
    db.dispose()
    return 0


def cmd_privacy(args) -> int:
    from logins_desktop.messages import msg, render
    from logins_desktop.services.privacy import PrivacyService

    lang = language(args)
    if args.action == "erase" and not args.yes:
        raise DomainError(msg("insertion.cli_erase_confirm"))
    db = _open(args)
    session = _sign_in(db, args, f"privacy {args.action}")
    privacy = PrivacyService(db, _settings(args).insertion)
    if args.action == "export":
        report = privacy.export(session, args.badge, args.out)
        print(render(msg("insertion.cli_exported", rows=report.rows, directory=str(report.directory)), lang))
    else:
        print(render(msg("insertion.cli_erased", key=privacy.erase(session, args.badge)), lang))
    db.dispose()
    return 0


def cmd_passport(args) -> int:
    from logins_desktop.messages import msg, render
    from logins_desktop.services.passport import PassportService

    db = _open(args)
    session = _sign_in(db, args, "passport")
    service = PassportService(db)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    service.pdf(session, args.badge, args.out, language(args))
    name = service.view(session, args.badge).name
    print(render(msg("passport.cli_written", name=name, path=str(args.out)), language(args)))
    db.dispose()
    return 0


def _import_path_file(args) -> int:
    from logins_desktop.services.insertion_import import import_path_file

    if not args.file.is_file():
        print(f"fichier introuvable : {args.file}", file=sys.stderr)
        return 1
    db = _open(args)
    session = _sign_in(db, args, f"import {args.kind}")
    report = import_path_file(_insertion_service(args, db), session, args.kind, args.file)
    print(report.summary())
    db.dispose()
    return 0


# ---- end of the insertion path's commands ----------------------------------------------------------


def _settings(args):
    return load_settings(getattr(args, "config", None), getattr(args, "db", None))


def _say_busy(limit: float):
    """The CLI's word while a database held by another program is waited for (on stderr)."""
    from logins_desktop.messages import msg

    def say(waited: float) -> None:
        print(msg("db.busy_retry", seconds=round(waited), limit=round(limit)).text(), file=sys.stderr, flush=True)

    return say


def _open(args, upgrade: bool = True, check: bool = False):
    """The database of the settings, or a DatabaseFault saying plainly why it cannot be used."""
    from logins_desktop.services.faults import open_or_explain

    settings = _settings(args)
    busy = settings.database.busy_seconds
    return open_or_explain(settings.effective_db_url, upgrade=upgrade, check=check, busy_seconds=busy,
                           on_busy=_say_busy(busy))


def cmd_config(args) -> int:
    if args.action == "path":
        print(getattr(args, "config", None) or default_config_path())
    elif args.action == "show":
        print(_settings(args).to_toml(masked=True), end="")
    else:
        from logins_desktop.settings import Settings, write_settings

        path = getattr(args, "config", None) or default_config_path()
        if path.exists():
            print(f"{path} existe déjà : rien n'est écrasé")
        else:
            write_settings(Settings(), path)
            print(f"réglages par défaut écrits dans {path}")
    return 0


def cmd_db(args) -> int:
    from logins_desktop.services.stock import StockService
    from logins_desktop.store import migrate

    if args.action in ("backup", "restore"):
        from logins_desktop.services import backup

        url = _settings(args).effective_db_url
        if args.action == "backup":
            print(f"sauvegarde écrite : {backup.backup(url, args.out)}")
        else:
            saved = backup.restore(url, args.file)
            print(f"base restaurée depuis {args.file}" + (f" ; l'ancienne est gardée dans {saved}" if saved else ""))
        return 0
    if args.action == "upgrade":
        db = _open(args)
        print(f"base à jour (révision {migrate.current_revision(db.engine)}) : {db.display_url}")
        db.dispose()
        return 0
    return _db_check(args, StockService, migrate)


def _db_check(args, StockService, migrate) -> int:
    from logins_desktop.messages import msg
    from logins_desktop.services.backup import explain_damage
    from logins_desktop.store.database import DatabaseDamaged, DatabaseFault
    from logins_desktop.store.db import sqlite_file

    db = _open(args, upgrade=False)
    try:
        problems = db.integrity_errors()
    except DatabaseDamaged as fault:  # too damaged to be checked at all
        db.dispose()
        raise DatabaseFault(explain_damage(fault, db.url)) from fault
    if problems and db.engine.dialect.name == "sqlite":
        # Damaged pages: say it in words, with the backup to restore, before the details.
        path = sqlite_file(db.url)
        if path is not None:
            damage = DatabaseDamaged(path, msg("db.detail.integrity", n=len(problems)))
            print(f"ERREUR : {explain_damage(damage, db.url).text()}", file=sys.stderr)
    if not problems and not migrate.is_up_to_date(db.engine):
        problems.append(
            f"schéma en révision {migrate.current_revision(db.engine)}, attendu {migrate.head_revision()} "
            "(lancez « logins-desktop db upgrade »)"
        )
    elif not problems:
        stock = StockService(db)
        problems += stock.consistency_problems()
        for warning in stock.negative_stock():
            print(f"attention : stock négatif (ajustement d'un responsable) {warning}")
    for problem in problems:
        print(f"ERREUR : {problem}", file=sys.stderr)
    if not problems:
        print(f"ok : intégrité et registre de stock cohérents ({db.display_url})")
    db.dispose()
    return 1 if problems else 0


class _ProgressBar:
    """A progress bar with an estimate (rich) on stderr, for long imports and exports: drawn only on a
    terminal and only once the work has taken over a second, so short runs and pipes stay clean."""

    DELAY_S = 1.0

    def __init__(self, name: str):
        import time

        self._name, self._clock, self._start = name, time.monotonic, time.monotonic()
        self._bar = None
        self._tasks: dict[str, object] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self._bar is None:
            if not sys.stderr.isatty() or self._clock() - self._start < self.DELAY_S:
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
        if phase not in self._tasks:
            from logins_desktop.messages import msg, render

            label = render(msg(f"import.progress_{phase}", file=self._name))
            self._tasks[phase] = self._bar.add_task(label, total=total)
        self._bar.update(self._tasks[phase], completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def cmd_import(args) -> int:
    from logins_desktop.messages import render
    from logins_desktop.services.masterdata import import_file

    if args.kind in ("contracts", "exits"):  # the insertion path: a counsellor's session
        return _import_path_file(args)
    if not args.file.is_file():
        print(f"fichier introuvable : {args.file}", file=sys.stderr)
        return 1
    db = _open(args)
    bar = _ProgressBar(args.file.name)
    try:
        report = import_file(db, args.kind, args.file, progress=bar)
    finally:
        bar.close()
    for warning in report.warnings:
        print(f"attention : {render(warning)}", file=sys.stderr)
    print(report.summary())
    return 0


def cmd_export(args) -> int:
    from logins_desktop.services.stock import StockService

    bar = _ProgressBar(args.file.name)
    try:
        count = StockService(_open(args)).export_csv(args.file, progress=bar)
    finally:
        bar.close()
    print(f"{count} ligne(s) de stock écrites dans {args.file}")
    return 0


def cmd_seed_demo(args) -> int:
    from logins_desktop.services.demo import seed_demo

    db = _open(args)
    try:
        if seed_demo(db, morning=True, paths=True):
            print(f"données de démonstration créées dans {db.display_url}")
        else:
            print(f"la base contient déjà des articles : rien n'a été ajouté ({db.display_url})")
    finally:
        db.dispose()
    return 0


def language(args) -> str:
    """--lang, else the settings' language, else the system's when we have it, else French."""
    import locale

    chosen = getattr(args, "lang", None)
    if chosen:
        return chosen
    try:
        configured = _settings(args).language
    except SettingsError:
        configured = None
    if configured in ("fr", "en"):
        return configured
    system = (locale.getlocale()[0] or "")[:2]
    return system if system in ("fr", "en") else "fr"


def cmd_discrepancies(args) -> int:
    import json

    from logins_desktop.messages import msg, render
    from logins_desktop.services.station import list_discrepancies

    lang = language(args)
    with _open(args).read() as s:
        rows = list_discrepancies(s, include_closed=args.all)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(render(msg("stock.no_discrepancy"), lang))
    for r in rows:
        print(render(msg("stock.discrepancy_line", at=r.at.astimezone().strftime("%d/%m %H:%M"),
                         kind=msg(f"stock.discrepancy_kind.{r.kind}"), sku=r.sku, product=r.product,
                         location=r.location, quantity=r.quantity, kit=r.kit_key, worker=r.worker or "-",
                         station=r.station), lang))
    return 0


def cmd_dismantle(args) -> int:
    from logins_desktop.services.station import dismantle_kit

    print(dismantle_kit(_open(args), args.order, args.by, args.reason).text(language(args)))
    return 0


def cmd_run(args) -> int:
    from logins_desktop.app import run_app

    settings = _settings(args)
    if getattr(args, "demo", False) and not getattr(args, "db", None) and not settings.db_url:
        from dataclasses import replace

        settings = replace(settings, db_url=demo_db_url())
    return run_app(settings, demo=getattr(args, "demo", False))


def cmd_screenshots(args) -> int:
    from logins_desktop.ui.screenshots import take_screenshots

    for path in take_screenshots(args.out, getattr(args, "config", None)):
        print(path)
    return 0


def cmd_assign(args) -> int:
    from logins_desktop.services.assignment import AssignmentService
    from logins_desktop.services.station import assignment_cover

    db = _open(args)
    result = AssignmentService(db).assign(args.worker, args.order, args.station, args.by, args.task)
    task = f", tâche {result.task}" if result.task else ""
    print(f"{result.worker} affecté·e à {result.order} au poste {result.station}{task}")
    cover = assignment_cover(db, result.station, result.order, _settings(args).station.low_stock_kits)
    for said in cover or ():  # the stock never refuses an assignment: it is said
        if said is not None:
            print(said.text(language(args)))
    return 0


def cmd_station(args) -> int:
    from dataclasses import replace

    settings = _settings(args)
    station_id = args.station or settings.station.station_id
    scanner_url = args.scanner or settings.devices.scanner
    if not args.headless:
        from logins_desktop.app import run_app

        settings = replace(settings, station=replace(settings.station, station_id=station_id),
                           devices=replace(settings.devices, scanner=scanner_url))
        return run_app(settings)
    from logins_desktop.services.headless import run_headless

    if not scanner_url:
        print("erreur : aucun scanner (--scanner URL ou [devices] scanner)", file=sys.stderr)
        return 1
    try:
        db = _open(args, check=True)
    except DomainError as exc:  # stderr carries JSON only for a headless station: the fault too, on one line
        import json

        print(json.dumps({"station": station_id, "ready": False, "error": exc.text(),
                          "message": exc.message.to_json() if exc.message else None}, ensure_ascii=False),
              file=sys.stderr)
        return 1
    return run_headless(db, station_id, scanner_url, backup_hours=settings.backup.interval_hours,
                        language=language(args), low_stock_kits=settings.station.low_stock_kits)


def cmd_commands_sheet(args) -> int:
    from logins_desktop.services.commands_sheet import write_commands_sheet

    write_commands_sheet(args.out)
    print(f"planche des codes de commande écrite dans {args.out}")
    return 0


def product_label(db, sku: str):
    from logins_desktop.labels.product import ProductLabel
    from logins_desktop.services.stock import product_by_sku

    with db.read() as s:
        p = product_by_sku(s, sku)
        return ProductLabel(p.sku, p.name, p.gtin, p.customer.code if p.customer else "")


def cmd_label(args) -> int:
    from logins_desktop.labels import pdf, zpl
    from logins_desktop.messages import msg, render
    from logins_desktop.services.shipping import ShippingService

    settings = _settings(args)
    db = _open(args)
    if args.label_kind == "product":
        from logins_desktop.labels import product

        labels = [product_label(db, sku) for sku in args.sku]
        if args.format == "pdf":
            args.out.write_bytes(product.pdf(labels))
        else:
            args.out.write_text("".join(product.zpl(label, args.dpi) for label in labels), encoding="utf-8")
        print(f"{len(labels)} étiquette(s) article {args.format.upper()} écrite(s) dans {args.out}")
        return 0
    if args.demo:
        from logins_desktop.labels.model import demo_label
        from logins_desktop.services import audit
        from logins_desktop.services.shipping import allocate_sscc

        with db.write() as s:
            sscc = allocate_sscc(s, settings.gs1.company_prefix, settings.gs1.extension_digit)
            audit.record(s, "cli", "label.demo", "sscc", sscc)
        labels = [demo_label(sscc)]
    else:
        labels = ShippingService(db, settings).labels(args.shipment)
        if not labels:  # an empty file that says "done" would be a lie
            raise DomainError(msg("labels.no_units", shipment=args.shipment))
    # Render everything before writing: a refused label leaves no half-written file.
    if args.format == "pdf":
        document = pdf.render(labels, args.size)
    else:
        document = "".join(zpl.render(label, args.dpi, args.size) for label in labels).encode("utf-8")
    args.out.write_bytes(document)
    print(render(msg("labels.written", n=len(labels), format=args.format.upper(), path=str(args.out),
                     ssccs=", ".join(label.sscc for label in labels))))
    return 0


def cmd_print(args) -> int:
    from logins_desktop.messages import msg, render
    from logins_desktop.services.printing import PrintQueue

    if not args.file.is_file():
        print(f"fichier introuvable : {args.file}", file=sys.stderr)
        return 1
    queue = PrintQueue(_open(args))
    data = args.file.read_bytes()
    fmt = "pdf" if data.startswith(b"%PDF") else "zpl"
    job = queue.enqueue(args.printer, data, args.file.name, fmt, by="cli")  # refuses an empty file
    outcome = queue.run_once().get(job, "waiting")
    view = next(v for v in queue.jobs() if v.id == job)
    short = str(job)[:8]
    if outcome == "printed":
        print(render(msg("printing.printed", name=args.file.name, printer=args.printer, job=short, n=view.labels)))
        return 0
    if outcome == "interrupted":
        print(render(msg("printing.cut", status=view.last_error, job=short)), file=sys.stderr)
        return 1
    print(render(msg("printing.still_waiting", reason=view.last_error, job=short)), file=sys.stderr)
    return 1


def cmd_printer(args) -> int:
    import json

    from logins_desktop.devices.printers import PrinterError, open_printer

    try:
        status = open_printer(args.url).status()
    except PrinterError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 1
    print(json.dumps(status.to_json(), ensure_ascii=False))
    return 0 if status.online else 1


def cmd_queue(args) -> int:
    from logins_desktop.messages import msg, render
    from logins_desktop.services.printing import PrintQueue

    queue = PrintQueue(_open(args))
    if args.action == "list":
        for j in queue.jobs():
            when = j.created_at.astimezone().strftime("%d/%m %H:%M")
            error = f" — {j.last_error}" if j.last_error and j.status != "printed" else ""
            state = (render(msg("printing.interrupted_short", sent=j.labels_sent, total=j.labels))
                     if j.status == "interrupted" else j.status)
            print(f"{str(j.id)[:8]}  {when}  {state:<11}  {j.name}  → {j.printer_url}{error}")
    elif args.action == "run":
        queue.recover()  # a job caught while sending becomes interrupted: never resent by itself
        for job, outcome in queue.run_once().items():
            print(f"{str(job)[:8]}  {outcome}")
    elif args.action == "retry":
        from logins_desktop.services.printing import CHOSEN_LABELS

        job = queue.find(args.job)
        labels = None
        if args.labels is not None:
            try:  # "3,7,1120-1447": ranges for the labels a cut left off the roll
                for part in filter(None, (p.strip() for p in args.labels.split(","))):
                    first, _, last = part.partition("-")
                    labels = (labels or []) + list(range(int(first), int(last or first) + 1))
            except ValueError:
                raise DomainError(msg("printing.labels_list", value=args.labels)) from None
            if not labels:
                raise DomainError(msg("printing.labels_list", value=args.labels))
        choice = CHOSEN_LABELS if labels is not None else args.choice
        new = queue.retry(job, by="cli", choice=choice, labels=labels, reason=args.reason)
        print(render(msg("printing.retried", job=args.job) if new == job else
                     msg("printing.retried_as", job=args.job, new=str(new)[:8])))
    else:
        queue.cancel(queue.find(args.job), by="cli")
        print(f"travail {args.job} annulé")
    return 0


def cmd_sync(args) -> int:
    import time

    from logins_desktop.services.sync import SyncService

    settings = _settings(args)
    central = args.central or settings.central_url
    if not central:
        print("erreur : aucun serveur central (--central URL ou central_url dans les réglages)", file=sys.stderr)
        return 1
    service = SyncService(_open(args), central, station=settings.station.station_id)
    try:
        while True:
            try:
                report = service.sync_once()
                changes = report.describe_changes()
                print(f"synchronisé : {report.pushed} envoyé(s), {report.pulled} reçu(s), "
                      f"{report.conflicts} conflit(s) de stock, {report.seconds:.1f} s"
                      + (f" — changé ici par la centrale : {changes}" if changes else ""), flush=True)
            except Exception as exc:  # offline is normal on a warehouse floor: say it, keep the work
                print(f"central injoignable ({type(exc).__name__}) : {service.pending()} changement(s) en attente",
                      file=sys.stderr, flush=True)
                if args.action == "once":
                    return 1
            if args.action == "once":
                return 0
            time.sleep(args.interval)
    finally:
        service.close()


def cmd_plan(args) -> int:
    import json

    from logins_desktop.planning.alwabp import read_instance, validate
    from logins_desktop.planning.solver import solve

    instance = read_instance(args.file)
    solution = solve(instance, args.time_limit)
    problems = validate(instance, solution)
    if problems:
        print("erreur : solution invalide : " + "; ".join(problems), file=sys.stderr)
        return 1
    print(json.dumps(solution.to_json()))
    return 0


COMMANDS = {
    "plan": cmd_plan,
    "sync": cmd_sync,
    "label": cmd_label,
    "print": cmd_print,
    "printer": cmd_printer,
    "queue": cmd_queue,
    "assign": cmd_assign,
    "station": cmd_station,
    "commands-sheet": cmd_commands_sheet,
    "config": cmd_config,
    "db": cmd_db,
    "import": cmd_import,
    "export": cmd_export,
    "seed-demo": cmd_seed_demo,
    "discrepancies": cmd_discrepancies,
    "dismantle": cmd_dismantle,
    "run": cmd_run,
    "screenshots": cmd_screenshots,
    "insertion": cmd_insertion,
    "privacy": cmd_privacy,
    "passport": cmd_passport,
    None: cmd_run,
}


def main(argv: list[str] | None = None) -> int:
    """The one top-level handler: a refusal or a database fault is one plain line on stderr (exit 1);
    anything unexpected is written with its traceback to the log file and named there (exit 2)."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (DomainError, SettingsError) as exc:
        print(f"erreur : {_plain(exc, language(args))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 — the last line of defence: never a traceback on screen
        return _unexpected(exc, args)


def _plain(exc: Exception, lang: str = "fr") -> str:
    from logins_desktop.settings import mask_secrets

    text = exc.text(lang) if isinstance(exc, DomainError) else str(exc)
    return mask_secrets(text)


def _unexpected(exc: Exception, args) -> int:
    from logins_desktop.logging_setup import log_unexpected
    from logins_desktop.messages import msg
    from logins_desktop.services.faults import plain_fault

    try:
        settings = _settings(args)
        fault = plain_fault(exc, settings.effective_db_url, settings.database.busy_seconds)
    except Exception:  # noqa: BLE001 — the settings themselves may be what failed
        fault = None
    if fault is not None:  # a database fault met after opening (busy past the wait, read-only, full…)
        log_unexpected(exc, f"command {args.command}")
        print(f"erreur : {fault.text()}", file=sys.stderr)
        return 1
    log = log_unexpected(exc, f"command {args.command}")
    message = msg("common.unexpected", log=str(log)) if log else msg("common.unexpected_no_log")
    print(message.text(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
