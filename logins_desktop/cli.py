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

    imp = sub.add_parser("import", parents=[common], help="importer des données de référence (CSV)")
    imp.add_argument("kind", choices=["products", "kits", "orders", "workers", "locations", "stations", "stock"])
    imp.add_argument("file", type=Path)

    exp = sub.add_parser("export", parents=[common], help="exporter")
    exp.add_argument("kind", choices=["stock"])
    exp.add_argument("file", type=Path)

    sub.add_parser("seed-demo", parents=[common], help="remplir une base vide avec les données de démonstration")

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

    shots = sub.add_parser("screenshots", parents=[common], help="capturer chaque écran (PNG) sur données de démo")
    shots.add_argument("--out", type=Path, required=True)
    return parser


def _settings(args):
    return load_settings(getattr(args, "config", None), getattr(args, "db", None))


def _open(args, upgrade: bool = True):
    from logins_desktop.store.database import open_database

    return open_database(_settings(args).effective_db_url, upgrade=upgrade)


def cmd_config(args) -> int:
    if args.action == "path":
        print(getattr(args, "config", None) or default_config_path())
    elif args.action == "show":
        print(_settings(args).to_toml(), end="")
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

    if args.action == "upgrade":
        db = _open(args)
        print(f"base à jour (révision {migrate.current_revision(db.engine)}) : {db.url}")
        return 0
    db = _open(args, upgrade=False)
    problems = db.integrity_errors()
    if not migrate.is_up_to_date(db.engine):
        problems.append(
            f"schéma en révision {migrate.current_revision(db.engine)}, attendu {migrate.head_revision()} "
            "(lancez « logins-desktop db upgrade »)"
        )
    else:
        stock = StockService(db)
        problems += stock.consistency_problems()
        for warning in stock.negative_stock():
            print(f"attention : stock négatif (ajustement d'un responsable) {warning}")
    for problem in problems:
        print(f"ERREUR : {problem}", file=sys.stderr)
    if not problems:
        print(f"ok : intégrité et registre de stock cohérents ({db.url})")
    return 1 if problems else 0


def cmd_import(args) -> int:
    from logins_desktop.services.masterdata import import_file

    if not args.file.is_file():
        print(f"fichier introuvable : {args.file}", file=sys.stderr)
        return 1
    report = import_file(_open(args), args.kind, args.file)
    print(report.summary())
    return 0


def cmd_export(args) -> int:
    from logins_desktop.services.stock import StockService

    count = StockService(_open(args)).export_csv(args.file)
    print(f"{count} ligne(s) de stock écrites dans {args.file}")
    return 0


def cmd_seed_demo(args) -> int:
    from logins_desktop.services.demo import seed_demo

    db = _open(args)
    if seed_demo(db):
        print(f"données de démonstration créées dans {db.url}")
    else:
        print(f"la base contient déjà des articles : rien n'a été ajouté ({db.url})")
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

    result = AssignmentService(_open(args)).assign(args.worker, args.order, args.station, args.by, args.task)
    task = f", tâche {result.task}" if result.task else ""
    print(f"{result.worker} affecté·e à {result.order} au poste {result.station}{task}")
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
    return run_headless(_open(args), station_id, scanner_url)


def cmd_commands_sheet(args) -> int:
    from logins_desktop.services.commands_sheet import write_commands_sheet

    write_commands_sheet(args.out)
    print(f"planche des codes de commande écrite dans {args.out}")
    return 0


COMMANDS = {
    "assign": cmd_assign,
    "station": cmd_station,
    "commands-sheet": cmd_commands_sheet,
    "config": cmd_config,
    "db": cmd_db,
    "import": cmd_import,
    "export": cmd_export,
    "seed-demo": cmd_seed_demo,
    "run": cmd_run,
    "screenshots": cmd_screenshots,
    None: cmd_run,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (DomainError, SettingsError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
