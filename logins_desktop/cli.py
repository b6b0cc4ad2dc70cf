"""The `logins-desktop` command. Without a subcommand it opens the application.

Every word it prints, its help and argparse's own words come from the message catalogue
(messages/catalogue/cli.py), in the language of the run: `--lang`, else the settings (`--config`),
else the system locale, else French. That language is known before the parser is built (a pre-scan
of argv), so `--help` is in it too. A help text is `help=_help(HELP_X)`; a printed line is
`_say(msg(X, ...))`.
"""

from __future__ import annotations

import argparse
import contextlib
import gettext
import sys
from pathlib import Path

from logins_desktop import __version__
from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import LANGUAGES, Message, msg, render
from logins_desktop.messages.catalogue import cli as t
from logins_desktop.settings import SettingsError, default_config_path, demo_db_url, load_settings

_LANG = "fr"  # the language of this run, set by main() before the parser is built


def _help(message: str | Message) -> str:
    """A catalogue message (id or Message) for argparse's help=/description=, in the run's language.
    '%' is doubled: argparse formats help texts with %-formatting."""
    return render(message if isinstance(message, Message) else msg(message), _LANG).replace("%", "%%")


def _text(message: Message) -> str:
    return render(message, _LANG)


def _say(message: Message, file=None, flush: bool = False) -> None:
    """Print a catalogue message in the run's language (stdout unless `file`)."""
    print(render(message, _LANG), file=file or sys.stdout, flush=flush)


def _error(message: Message | str) -> None:
    """One plain 'error: …' line on stderr."""
    print(render(msg(t.ERROR_LINE, detail=message), _LANG), file=sys.stderr)


# argparse's own words (stdlib gettext strings) -> catalogue message and the %-placeholders to pass through.
_ARGPARSE_WORDS: dict[str, tuple[str, dict[str, str]]] = {
    "usage: ": (t.ARGPARSE_USAGE, {}),
    "positional arguments": (t.ARGPARSE_POSITIONALS, {}),
    "options": (t.ARGPARSE_OPTIONS, {}),
    "show this help message and exit": (t.ARGPARSE_HELP, {}),
    "%(prog)s: error: %(message)s\n": (t.ARGPARSE_ERROR, {"prog": "%(prog)s", "message": "%(message)s"}),
    "argument %(argument_name)s: %(message)s": (t.ARGPARSE_ARGUMENT, {"argument_name": "%(argument_name)s",
                                                                      "message": "%(message)s"}),
    "the following arguments are required: %s": (t.ARGPARSE_REQUIRED, {"names": "%s"}),
    "one of the arguments %s is required": (t.ARGPARSE_ONE_OF, {"names": "%s"}),
    "unrecognized arguments: %s": (t.ARGPARSE_UNRECOGNIZED, {"names": "%s"}),
    "not allowed with argument %s": (t.ARGPARSE_NOT_WITH, {"name": "%s"}),
    "invalid choice: %(value)r (choose from %(choices)s)": (t.ARGPARSE_CHOICE, {"value": "%(value)r",
                                                                                "choices": "%(choices)s"}),
    "invalid %(type)s value: %(value)r": (t.ARGPARSE_TYPE, {"type": "%(type)s", "value": "%(value)r"}),
    "expected one argument": (t.ARGPARSE_EXPECTED_ONE, {}),
    "expected at most one argument": (t.ARGPARSE_EXPECTED_AT_MOST_ONE, {}),
    "expected at least one argument": (t.ARGPARSE_EXPECTED_AT_LEAST_ONE, {}),
    "ambiguous option: %(option)s could match %(matches)s": (t.ARGPARSE_AMBIGUOUS, {"option": "%(option)s",
                                                                                    "matches": "%(matches)s"}),
    "ignored explicit argument %r": (t.ARGPARSE_IGNORED, {"value": "%r"}),
    "can't open '%(filename)s': %(error)s": (t.ARGPARSE_CANT_OPEN, {"filename": "%(filename)s",
                                                                    "error": "%(error)s"}),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (t.ARGPARSE_UNKNOWN_PARSER,
                                                              {"parser_name": "%(parser_name)r",
                                                               "choices": "%(choices)s"}),
}


def _argparse_gettext(text):
    if text not in _ARGPARSE_WORDS:
        return gettext.gettext(text) if isinstance(text, str) else text
    message_id, args = _ARGPARSE_WORDS[text]
    rendered = render(msg(message_id, **args), _LANG)
    return rendered + "\n" if text.endswith("\n") else rendered


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return _argparse_gettext("expected one argument") if n == 1 else render(msg(t.ARGPARSE_EXPECTED_N, n="%s"),
                                                                                _LANG)
    return gettext.ngettext(singular, plural, n)


@contextlib.contextmanager
def _argparse_in_language():
    """argparse looks its words up through its module's gettext functions at call time: point them at the
    catalogue while the parser is built and used, and put them back after (pytest uses argparse too)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def prescan_language(argv: list[str]) -> str:
    """The run's language from argv before the real parser exists (its help must already be in it)."""
    scan = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    scan.add_argument("--lang")
    scan.add_argument("--config", type=Path)
    scan.add_argument("--db")
    try:
        known, _ = scan.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        known = argparse.Namespace(lang=None, config=None, db=None)
    if known.lang not in LANGUAGES:
        known.lang = None  # a wrong --lang is the real parser's to refuse, in the language found otherwise
    for name in ("config", "db"):
        if getattr(known, name) is None:
            delattr(known, name)
    return language(known)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=_help(t.HELP_CONFIG_FILE))
    common.add_argument("--db", default=argparse.SUPPRESS, help=_help(t.HELP_DB))
    common.add_argument("--lang", choices=list(LANGUAGES), default=argparse.SUPPRESS,
                        help=_help(t.HELP_LANG))
    return common


def build_parser() -> argparse.ArgumentParser:
    with _argparse_in_language():
        return _build_parser()


def _build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="logins-desktop", parents=[common], description=_help(t.DESCRIPTION))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_help(t.ARGPARSE_VERSION))
    sub = parser.add_subparsers(dest="command", metavar=_text(msg(t.METAVAR_COMMAND)))
    action_metavar, type_metavar = _text(msg(t.METAVAR_ACTION)), _text(msg(t.METAVAR_TYPE))

    run = sub.add_parser("run", parents=[common], help=_help(t.HELP_RUN))
    run.add_argument("--demo", action="store_true", help=_help(t.HELP_RUN_DEMO))

    config = sub.add_parser("config", parents=[common], help=_help(t.HELP_CONFIG))
    config_sub = config.add_subparsers(dest="action", required=True, metavar=action_metavar)
    config_sub.add_parser("path", parents=[common], help=_help(t.HELP_CONFIG_PATH))
    config_sub.add_parser("show", parents=[common], help=_help(t.HELP_CONFIG_SHOW))
    config_sub.add_parser("init", parents=[common], help=_help(t.HELP_CONFIG_INIT))

    db = sub.add_parser("db", parents=[common], help=_help(t.HELP_DB_GROUP))
    db_sub = db.add_subparsers(dest="action", required=True, metavar=action_metavar)
    db_sub.add_parser("upgrade", parents=[common], help=_help(t.HELP_DB_UPGRADE))
    db_sub.add_parser("check", parents=[common], help=_help(t.HELP_DB_CHECK))
    backup = db_sub.add_parser("backup", parents=[common], help=_help(t.HELP_DB_BACKUP))
    backup.add_argument("--out", type=Path, help=_help(t.HELP_DB_BACKUP_OUT))
    restore = db_sub.add_parser("restore", parents=[common], help=_help(t.HELP_DB_RESTORE))
    restore.add_argument("file", type=Path, help=_help(t.HELP_DB_RESTORE_FILE))

    imp = sub.add_parser("import", parents=[common], help=_help(t.HELP_IMPORT))
    imp.add_argument("kind", choices=["products", "kits", "orders", "rates", "workers", "locations", "stations", "stock",
                                      "receipts", "contracts", "exits", "photos"], help=_help(t.HELP_IMPORT_KIND))
    # photos (worker profiles & visual system): FILE is then a folder of SKU- or GTIN-named .jpg/.png
    imp.add_argument("file", type=Path, help=_help(t.HELP_CSV_FILE))
    imp.add_argument("--user", metavar="USER", help=_help("insertion.help_import_user"))

    exp = sub.add_parser("export", parents=[common], help=_help(t.HELP_EXPORT))
    exp.add_argument("kind", choices=["stock"], help=_help(t.HELP_EXPORT_KIND))
    exp.add_argument("file", type=Path, help=_help(t.HELP_CSV_FILE))

    sub.add_parser("seed-demo", parents=[common], help=_help(t.HELP_SEED_DEMO))

    gaps = sub.add_parser("discrepancies", parents=[common], help=_help(t.HELP_DISCREPANCIES))
    gaps.add_argument("--json", action="store_true", help=_help(t.HELP_JSON_LIST))
    gaps.add_argument("--all", action="store_true", help=_help(t.HELP_DISCREPANCIES_ALL))

    dismantle = sub.add_parser("dismantle", parents=[common], help=_help(t.HELP_DISMANTLE))
    dismantle.add_argument("--order", required=True, metavar="REF", help=_help(t.HELP_ORDER))
    dismantle.add_argument("--reason", required=True, help=_help(t.HELP_REASON_AUDIT))
    dismantle.add_argument("--by", default="cli", help=_help(t.HELP_DISMANTLE_BY))

    assign = sub.add_parser("assign", parents=[common], help=_help(t.HELP_ASSIGN))
    assign.add_argument("--worker", required=True, metavar="BADGE", help=_help(t.HELP_ASSIGN_WORKER))
    assign.add_argument("--order", required=True, metavar="REF", help=_help(t.HELP_ORDER))
    assign.add_argument("--station", required=True, metavar="ID", help=_help(t.HELP_ASSIGN_STATION))
    assign.add_argument("--task", metavar="CODE", help=_help(t.HELP_ASSIGN_TASK))
    assign.add_argument("--by", default="cli", help=_help(t.HELP_ASSIGN_BY))

    station = sub.add_parser("station", parents=[common], help=_help(t.HELP_STATION))
    station.add_argument("--headless", action="store_true", help=_help(t.HELP_STATION_HEADLESS))
    station.add_argument("--station", metavar="ID", help=_help(t.HELP_STATION_ID))
    station.add_argument("--scanner", metavar="URL", help=_help(t.HELP_STATION_SCANNER))

    sheet = sub.add_parser("commands-sheet", parents=[common], help=_help(t.HELP_COMMANDS_SHEET))
    sheet.add_argument("--out", type=Path, required=True, help=_help(t.HELP_OUT_PDF))

    label = sub.add_parser("label", parents=[common], help=_help(t.HELP_LABEL))
    label_sub = label.add_subparsers(dest="label_kind", required=True, metavar=type_metavar)
    sscc = label_sub.add_parser("sscc", parents=[common], help=_help(t.HELP_LABEL_SSCC))
    which = sscc.add_mutually_exclusive_group(required=True)
    which.add_argument("--shipment", metavar="REF", help=_help(t.HELP_LABEL_SHIPMENT))
    which.add_argument("--demo", action="store_true", help=_help(t.HELP_LABEL_DEMO))
    sscc.add_argument("--format", choices=["zpl", "pdf"], default="zpl", help=_help(t.HELP_LABEL_FORMAT))
    sscc.add_argument("--dpi", type=int, choices=[203, 300], default=203, help=_help(t.HELP_LABEL_DPI))
    sscc.add_argument("--size", choices=["4x6", "100x150"], default="100x150", help=_help(t.HELP_LABEL_SIZE))
    sscc.add_argument("--out", type=Path, required=True, help=_help(t.HELP_OUT))

    product = label_sub.add_parser("product", parents=[common], help=_help(t.HELP_LABEL_PRODUCT))
    product.add_argument("--sku", required=True, action="append", help=_help(t.HELP_LABEL_SKU))
    product.add_argument("--format", choices=["zpl", "pdf"], default="zpl", help=_help(t.HELP_LABEL_FORMAT))
    product.add_argument("--dpi", type=int, choices=[203, 300], default=203, help=_help(t.HELP_LABEL_DPI))
    product.add_argument("--out", type=Path, required=True, help=_help(t.HELP_OUT))

    prn = sub.add_parser("print", parents=[common], help=_help(t.HELP_PRINT))
    prn.add_argument("file", type=Path, help=_help(t.HELP_PRINT_FILE))
    prn.add_argument("--printer", required=True, metavar="URL", help=_help(t.HELP_PRINTER_URL))

    printer = sub.add_parser("printer", parents=[common], help=_help(t.HELP_PRINTER))
    printer_sub = printer.add_subparsers(dest="action", required=True, metavar=action_metavar)
    status = printer_sub.add_parser("status", parents=[common], help=_help(t.HELP_PRINTER_STATUS))
    status.add_argument("url", help=_help(t.HELP_PRINTER_URL))

    queue = sub.add_parser("queue", parents=[common], help=_help(t.HELP_QUEUE))
    queue_sub = queue.add_subparsers(dest="action", required=True, metavar=action_metavar)
    queue_sub.add_parser("list", parents=[common], help=_help(t.HELP_QUEUE_LIST))
    queue_sub.add_parser("run", parents=[common], help=_help(t.HELP_QUEUE_RUN))
    for name, text in (("retry", t.HELP_QUEUE_RETRY), ("cancel", t.HELP_QUEUE_CANCEL)):
        action = queue_sub.add_parser(name, parents=[common], help=_help(text))
        action.add_argument("job", metavar="ID", help=_help(t.HELP_QUEUE_JOB))
        if name == "retry":  # an interrupted job goes on only as the person chose
            how = action.add_mutually_exclusive_group()
            how.add_argument("--all", dest="choice", action="store_const", const="all", help=_help(t.HELP_RETRY_ALL))
            how.add_argument("--from-first-unsent", dest="choice", action="store_const", const="from-first-unsent",
                             help=_help(t.HELP_RETRY_FROM_FIRST))
            how.add_argument("--after", metavar="N|SSCC", help=_help(t.HELP_RETRY_AFTER))
            how.add_argument("--labels", metavar="N,M-P", help=_help(t.HELP_RETRY_LABELS))
            action.add_argument("--reason", default="", help=_help(t.HELP_RETRY_REASON))

    sync = sub.add_parser("sync", parents=[common], help=_help(t.HELP_SYNC))
    sync_sub = sync.add_subparsers(dest="action", required=True, metavar=action_metavar)
    for name, text in (("once", t.HELP_SYNC_ONCE), ("run", t.HELP_SYNC_RUN)):
        action = sync_sub.add_parser(name, parents=[common], help=_help(text))
        action.add_argument("--central", metavar="URL", help=_help(t.HELP_SYNC_CENTRAL))
        if name == "run":
            action.add_argument("--interval", type=float, default=30.0, help=_help(t.HELP_SYNC_INTERVAL))

    plan = sub.add_parser("plan", parents=[common], help=_help(t.HELP_PLAN))
    plan_sub = plan.add_subparsers(dest="kind", required=True, metavar=type_metavar)
    alwabp = plan_sub.add_parser("alwabp", parents=[common], help=_help(t.HELP_PLAN_ALWABP))
    alwabp.add_argument("file", type=Path, help=_help(t.HELP_PLAN_FILE))
    alwabp.add_argument("--time-limit", type=float, default=10.0, metavar="S", help=_help(t.HELP_PLAN_TIME))

    # --- what an order costs and earns, the monthly invoice (issue 25)
    order = sub.add_parser("order", parents=[common], help=_help("costing.help_order"))
    order_sub = order.add_subparsers(dest="order_action", required=True, metavar="ACTION")
    cost = order_sub.add_parser("cost", parents=[common], help=_help("costing.help_cost"))
    cost.add_argument("ref", metavar="REF", help=_help("costing.help_ref"))
    cost.add_argument("--json", action="store_true", help=_help("costing.help_json"))
    cost.add_argument("--pdf", type=Path, metavar="FILE", help=_help("costing.help_pdf"))
    # --- recall: where a lot went, what a carton holds (issue 25)
    trace = sub.add_parser("trace", parents=[common], help=_help("lots.help.trace"))
    trace_sub = trace.add_subparsers(dest="trace_what", required=True, metavar="WHAT")
    trace_lot = trace_sub.add_parser("lot", parents=[common], help=_help("lots.help.trace_lot"))
    trace_lot.add_argument("sku", metavar="SKU", help=_help("lots.help.sku"))
    trace_lot.add_argument("lot", metavar="LOT", help=_help("lots.help.lot"))
    trace_lot.add_argument("--json", action="store_true", help=_help("costing.help_json"))
    trace_lot.add_argument("--pdf", type=Path, metavar="FILE", help=_help("lots.help.report_pdf"))
    trace_lot.add_argument("--csv", type=Path, metavar="FILE", help=_help("lots.help.report_csv"))
    trace_sscc = trace_sub.add_parser("sscc", parents=[common], help=_help("lots.help.trace_sscc"))
    trace_sscc.add_argument("sscc", metavar="SSCC", help=_help("lots.help.sscc"))
    trace_sscc.add_argument("--json", action="store_true", help=_help("costing.help_json"))
    receipts = sub.add_parser("receipts", parents=[common], help=_help("receiving.help.receipts"))
    receipts_sub = receipts.add_subparsers(dest="receipts_action", required=True, metavar="ACTION")
    receipts_sub.add_parser("list", parents=[common], help=_help("receiving.help.list"))
    receipts_close = receipts_sub.add_parser("close", parents=[common], help=_help("receiving.help.close"))
    receipts_close.add_argument("reference", metavar="REF", help=_help("receiving.help.reference"))
    receipts_close.add_argument("--by", default="cli", help=_help("receiving.help.by"))
    invoice = sub.add_parser("invoice", parents=[common], help=_help("costing.help_invoice"))
    invoice.add_argument("--customer", required=True, metavar="NAME", help=_help("costing.help_customer"))
    invoice.add_argument("--month", required=True, metavar="YYYY-MM", help=_help("costing.help_month"))
    invoice.add_argument("--out", required=True, type=Path, metavar="FILE", help=_help("costing.help_out"))

    # --- quality checks (issue 25): the list on the command line; rules and decisions with a PIN
    qc = sub.add_parser("quality", parents=[common], help=_help("quality.help"))
    qc_sub = qc.add_subparsers(dest="quality_action", required=True, metavar="ACTION")
    qc_pending = qc_sub.add_parser("pending", parents=[common], help=_help("quality.help_pending"))
    qc_pending.add_argument("--json", action="store_true", help=_help("quality.help_json"))
    qc_rule = qc_sub.add_parser("rule", parents=[common], help=_help("quality.help_rule"))
    qc_rule.add_argument("kit", metavar="KIT_SKU")
    qc_rule.add_argument("--sampling", required=True, choices=["every", "per_order", "first_of_shift"])
    qc_rule.add_argument("-n", type=int, default=1, help=_help("quality.help_n"))
    qc_rule.add_argument("--points", required=True, help=_help("quality.help_points"))
    qc_rule.add_argument("--user", required=True, help=_help("quality.help_user"))
    qc_rule.add_argument("--photo", action="store_true", help=_help("quality.help_rule_photo"))
    for action in ("pass", "fail"):
        decide = qc_sub.add_parser(action, parents=[common], help=_help(f"quality.help_{action}"))
        decide.add_argument("check", metavar="ID", help=_help("quality.help_id"))
        decide.add_argument("--user", required=True, help=_help("quality.help_user"))
        if action == "fail":
            decide.add_argument("--point", action="append", required=True, help=_help("quality.help_point"))
        decide.add_argument("--photo", type=Path, help=_help("quality.help_photo"))
    qc_rework = qc_sub.add_parser("reworked", parents=[common], help=_help("quality.help_reworked"))
    qc_rework.add_argument("check", metavar="ID", help=_help("quality.help_id"))
    qc_rework.add_argument("--user", required=True, help=_help("quality.help_user"))

    shots = sub.add_parser("screenshots", parents=[common], help=_help(t.HELP_SCREENSHOTS))
    shots.add_argument("--out", type=Path, required=True, help=_help(t.HELP_OUT_DIR))
    shots.add_argument("--size", metavar="WxH", help=_help(t.HELP_SCREEN_SIZE))
    audit = sub.add_parser("audit-ui", parents=[common], help=_help(t.HELP_AUDIT_UI))
    audit.add_argument("--size", metavar="WxH", help=_help(t.HELP_SCREEN_SIZE))
    audit.add_argument("--json", action="store_true", help=_help(t.HELP_AUDIT_JSON))
    audit.add_argument("--high-contrast", action="store_true", help=_help(t.HELP_AUDIT_CONTRAST))
    _insertion_parsers(sub, common)
    _user_parsers(sub, common)
    return parser


# ---- users with a role: the administrator's command ------------------------------------------------

def _user_parsers(sub, common) -> None:
    from logins_desktop.store.models import Role

    user = sub.add_parser("user", parents=[common], help=_help("cli.help.user"))
    actions = user.add_subparsers(dest="action", required=True, metavar="ACTION")
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--user", dest="user", metavar="ADMIN", help=_help("cli.help.user_admin"))
    actions.add_parser("list", parents=[common, who], help=_help("cli.help.user_list"))
    add = actions.add_parser("add", parents=[common, who], help=_help("cli.help.user_add"))
    add.add_argument("username", help=_help("cli.help.username"))
    add.add_argument("--name", required=True, help=_help("cli.help.user_name"))
    add.add_argument("--role", required=True, choices=[r.value for r in Role], help=_help("cli.help.user_role"))
    add.add_argument("--badge", help=_help("cli.help.user_badge"))
    add.add_argument("--site", default="", help=_help("cli.help.user_site"))
    pin = actions.add_parser("pin", parents=[common, who], help=_help("cli.help.user_pin"))
    pin.add_argument("username", help=_help("cli.help.username"))
    for action in ("disable", "enable"):
        one = actions.add_parser(action, parents=[common, who], help=_help(f"cli.help.user_{action}"))
        one.add_argument("username", help=_help("cli.help.username"))


def _new_pin(name: str) -> str:
    """A new PIN typed twice without echo, or LOGINS_NEW_PIN for a script."""
    import getpass
    import os

    pin = os.environ.get("LOGINS_NEW_PIN")
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise DomainError(msg("cli.user_needs_new_pin", name=name))
    pin = getpass.getpass(_text(msg("cli.user_new_pin_prompt", name=name)))
    if getpass.getpass(_text(msg("cli.user_new_pin_again"))) != pin:
        raise DomainError(msg("auth.pin_mismatch"))
    return pin


def cmd_user(args) -> int:
    from logins_desktop.services.auth import AuthService
    from logins_desktop.store.models import Role

    db = _open(args)
    auth = AuthService(db)
    if args.action == "add" and not args.user and args.role == Role.ADMIN.value and auth.needs_first_admin():
        session = None  # the installation's first administrator: nobody to sign in as yet
    elif not args.user:
        raise DomainError(msg("cli.user_needs_admin", action=f"user {args.action}"))
    else:
        session = _sign_in(db, args, f"user {args.action}")
    if args.action == "list":
        for line in auth.users(session):
            _say(msg("cli.user_line", username=line.username, name=line.display_name,
                     role=msg(f"auth.role.{line.role.value}"), badge=line.badge or "—", site=line.site or "—",
                     active=msg("cli.user_active" if line.active else "cli.user_inactive")))
    elif args.action == "add":
        auth.add_user(session, args.username, args.name, Role(args.role), _new_pin(args.name), args.badge, args.site)
        _say(msg("cli.user_added", username=args.username.strip(), role=msg(f"auth.role.{args.role}")))
    elif args.action == "pin":
        auth.set_pin(session, args.username, _new_pin(args.username))
        _say(msg("cli.user_pin_set", username=args.username))
    else:
        auth.set_active(session, args.username, args.action == "enable")
        _say(msg(f"cli.user_{args.action}d", username=args.username))
    db.dispose()
    return 0


# ---- insertion path, privacy and skills passport (issue #24) -------------------------------------


def _insertion_parsers(sub, common) -> None:
    say = _help  # the run's language, like every other help text

    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--user", metavar="USER", help=say("insertion.help.user"))
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
    _record_parsers(insertion_sub, common, who)

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
    """A user's session for a command: --user, and the PIN typed (or from LOGINS_PIN, for scripts)."""
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


def _option(value: str | None, option: str, parse):
    """An option's value read by the imports' strict cell parser (`parse(value, column)`: finite
    numbers within bounds, real dates, known choices); a refusal names the option, as an import
    names the column. An option not given is None."""
    from logins_desktop.domain import cells

    try:
        return None if value is None else parse(value, option)
    except cells.CellError as exc:
        raise DomainError(msg("insertion.cli_bad_option", option=option, reason=exc.reason)) from None


def _day_arg(value: str | None, option: str):
    from logins_desktop.domain import cells

    return _option(value, option, cells.day)


def _record_parsers(insertion_sub, common, who) -> None:
    """`insertion record KIND BADGE …`: each step of a path, as the counsellor's screen records it."""
    from logins_desktop.domain.insertion import AccompanimentKind, EndCause, ExitOutcome, SuspensionReason

    say = _help
    record = insertion_sub.add_parser("record", parents=[common], help=say("insertion.help.record"))
    kinds = record.add_subparsers(dest="record", required=True, metavar="KIND")

    def kind(name: str, *options: tuple[str, str | Message, bool]):
        parser = kinds.add_parser(name, parents=[common, who], help=say(f"insertion.help.record_{name}"))
        parser.add_argument("badge", help=say("insertion.help.badge"))
        for option, help_id, required in options:
            parser.add_argument(option, required=required, help=say(help_id))
        return parser

    span = (("--from", "insertion.help.from", True), ("--to", "insertion.help.to", True))
    kind("contract", *span, ("--hours", "insertion.help.weekly_hours", True), ("--reason", "insertion.help.reason", False))
    kind("renewal", *span, ("--hours", "insertion.help.weekly_hours", True), ("--reason", "insertion.help.reason", False))
    # A cause or a reason from the list reads in the reader's language on the path; other words stay as written.
    causes = msg("insertion.help.cause", choices=", ".join(c.value for c in EndCause))
    kind("end", ("--on", "insertion.help.on", True), ("--cause", causes, True))
    reasons = msg("insertion.help.suspension_reason", choices=", ".join(r.value for r in SuspensionReason))
    kind("suspension", *span, ("--reason", reasons, True))
    topics = msg("insertion.help.topic", choices=", ".join(k.value for k in AccompanimentKind))
    kind("interview", ("--topic", topics, True), ("--on", "insertion.help.on", True),
         ("--minutes", "insertion.help.minutes", True), ("--note", "insertion.help.note", False),
         ("--next", "insertion.help.next", False), ("--next-on", "insertion.help.next_on", False))
    kind("immersion", ("--host", "insertion.help.host", True), *span, ("--goal", "insertion.help.goal", False),
         ("--tutor", "insertion.help.tutor", False))
    kind("training", ("--title", "insertion.help.title", True), ("--from", "insertion.help.from", True),
         ("--to", "insertion.help.to", False), ("--planned", "insertion.help.planned", True),
         ("--done", "insertion.help.done", False), ("--certification", "insertion.help.certification", False),
         ("--obtained", "insertion.help.obtained", False))
    outcomes = msg("insertion.help.outcome", choices=", ".join(o.value for o in ExitOutcome))
    kind("exit", ("--on", "insertion.help.on", True), ("--outcome", outcomes, True), ("--site", "insertion.help.site", False))


def _record(service, session, args) -> Message:
    """One step of the path through the service (its rules and its audit); what to say once done."""
    from logins_desktop.domain import cells
    from logins_desktop.domain.insertion import (
        AccompanimentKind,
        ContractKind,
        ContractPeriod,
        ExitOutcome,
        Suspension,
    )

    what, badge = args.record, args.badge

    def text(name: str) -> str:
        return (getattr(args, name, None) or "").strip()

    def hours(value: str | None, option: str, maximum: float) -> float | None:
        return _option(value, option, lambda v, c: cells.decimal(v, c, maximum, required=True))

    def one_of(value: str, option: str, enum_cls):
        return _option(value, option, lambda v, c: enum_cls(cells.choice(cells.text(v, c, 40), c, enum_cls)))

    if what in ("contract", "renewal"):
        period = ContractPeriod(_day_arg(args.__dict__["from"], "--from"), _day_arg(args.to, "--to"),
                                hours(args.hours, "--hours", 48.0),
                                ContractKind.INITIAL if what == "contract" else ContractKind.RENEWAL, text("reason"))
        service.add_contract(session, badge, period, source="cli")
    elif what == "end":
        service.end_contract(session, badge, _day_arg(args.on, "--on"), text("cause"))
    elif what == "suspension":
        service.add_suspension(session, badge, Suspension(_day_arg(args.__dict__["from"], "--from"),
                                                          _day_arg(args.to, "--to"), text("reason")))
    elif what == "interview":
        service.add_entry(session, badge, one_of(args.topic, "--topic", AccompanimentKind), _day_arg(args.on, "--on"),
                          _option(args.minutes, "--minutes", lambda v, c: cells.integer(v, c, (0, 24 * 60))),
                          text("note"), text("next"),
                          _day_arg(args.next_on, "--next-on"))
    elif what == "immersion":
        service.add_immersion(session, badge, text("host"), _day_arg(args.__dict__["from"], "--from"),
                              _day_arg(args.to, "--to"), text("goal"), text("tutor"))
    elif what == "training":
        service.add_training(session, badge, text("title"), _day_arg(args.__dict__["from"], "--from"),
                             hours(args.planned, "--planned", 5000.0), hours(args.done, "--done", 5000.0) or 0.0,
                             text("certification"), _day_arg(args.to, "--to"), _day_arg(args.obtained, "--obtained"))
    else:  # exit
        service.record_exit(session, badge, _day_arg(args.on, "--on"), one_of(args.outcome, "--outcome", ExitOutcome),
                            text("site"))
    return msg(f"insertion.recorded.{what}", name=service.name_of(session, badge))


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
    elif args.action == "record":
        print(render(_record(service, session, args), lang))
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
        _say(msg("insertion.file_not_found", path=str(args.file)), file=sys.stderr)
        return 1
    db = _open(args)
    session = _sign_in(db, args, f"import {args.kind}")
    report = import_path_file(_insertion_service(args, db), session, args.kind, args.file)
    _say(report.summary())
    db.dispose()
    return 0


# ---- end of the insertion path's commands ----------------------------------------------------------


def _settings(args):
    return load_settings(getattr(args, "config", None), getattr(args, "db", None))


def _say_busy(limit: float):
    """The CLI's word while a database held by another program is waited for (on stderr)."""

    def say(waited: float) -> None:
        _say(msg("db.busy_retry", seconds=round(waited), limit=round(limit)), file=sys.stderr, flush=True)

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
            _say(msg(t.CONFIG_EXISTS, path=str(path)))
        else:
            write_settings(Settings(), path)
            _say(msg(t.CONFIG_WRITTEN, path=str(path)))
    return 0


def cmd_db(args) -> int:
    from logins_desktop.services.stock import StockService
    from logins_desktop.store import migrate

    if args.action in ("backup", "restore"):
        from logins_desktop.services import backup

        url = _settings(args).effective_db_url
        if args.action == "backup":
            bar = _ProgressBar(Path(backup.sqlite_path(url)).name)
            try:
                written = backup.backup(url, args.out, progress=bar)
            finally:
                bar.close()
            _say(msg(t.BACKUP_WRITTEN, path=str(written)))
        else:
            restored = backup.restore(url, args.file)
            _say(msg(t.RESTORED_KEPT, file=str(args.file), saved=str(restored.saved)) if restored.saved
                 else msg(t.RESTORED, file=str(args.file)))
            if restored.photos_back:
                _say(msg(t.RESTORED_PHOTOS, n=restored.photos_back, folder=str(Path(args.file).parent / backup.PHOTOS)))
            if restored.photos_lost:
                _say(msg(t.WARNING_LINE, detail=msg(t.PHOTOS_LOST, n=restored.photos_lost)), file=sys.stderr)
        return 0
    if args.action == "upgrade":
        db = _open(args)
        _say(msg(t.UPGRADED, revision=migrate.current_revision(db.engine), url=db.display_url))
        db.dispose()
        return 0
    return _db_check(args, StockService, migrate)


def _db_check(args, StockService, migrate) -> int:
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
            _error(explain_damage(damage, db.url))
    if not problems and not migrate.is_up_to_date(db.engine):
        problems.append(msg(t.SCHEMA_BEHIND, current=migrate.current_revision(db.engine),
                            head=migrate.head_revision()))
    elif not problems:
        stock = StockService(db)
        problems += stock.consistency_problems()
        for warning in stock.negative_stock():
            _say(msg(t.NEGATIVE_STOCK, detail=warning))
    for problem in problems:
        _error(problem)
    if not problems:
        _say(msg(t.CHECK_OK, url=db.display_url))
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
            label = _text(msg(f"import.progress_{phase}", file=self._name))
            self._tasks[phase] = self._bar.add_task(label, total=total)
        self._bar.update(self._tasks[phase], completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def cmd_import(args) -> int:
    from logins_desktop.services.masterdata import import_file

    if args.kind in ("contracts", "exits"):  # the insertion path: a counsellor's session
        return _import_path_file(args)
    if args.kind == "photos":
        return cmd_import_photos(args)
    if not args.file.is_file():
        _error(msg(t.FILE_NOT_FOUND, path=str(args.file)))
        return 1
    db = _open(args)
    bar = _ProgressBar(args.file.name)
    try:
        report = import_file(db, args.kind, args.file, progress=bar)
    finally:
        bar.close()
    for warning in report.warnings:
        _say(msg(t.WARNING_LINE, detail=warning), file=sys.stderr)
    _say(report.summary())
    return 0


# --- worker profiles & visual system: component photos for the kit step -------------------------
def cmd_import_photos(args) -> int:
    """Copy the photos of a folder to the data dir; each unusable file named on stderr, the rest kept."""
    from logins_desktop.services.photos import import_photos

    db = _open(args)
    try:
        report = import_photos(db, args.file)
    finally:
        db.dispose()
    for problem in report.problems:
        _say(msg(t.WARNING_LINE, detail=problem), file=sys.stderr)
    _say(report.summary())
    return 0 if report.imported or not report.problems else 1


def cmd_export(args) -> int:
    from logins_desktop.services.stock import StockService

    bar = _ProgressBar(args.file.name)
    try:
        count = StockService(_open(args)).export_csv(args.file, progress=bar)
    finally:
        bar.close()
    _say(msg(t.EXPORTED, n=count, file=str(args.file)))
    return 0


def cmd_seed_demo(args) -> int:
    from logins_desktop.services.demo import seed_demo

    db = _open(args)
    try:
        if seed_demo(db, morning=True, paths=True):
            _say(msg(t.DEMO_SEEDED, url=db.display_url))
        else:
            _say(msg(t.DEMO_NOT_EMPTY, url=db.display_url))
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
    except Exception:  # noqa: BLE001 — unreadable settings give no language; the command itself says why
        configured = None
    if configured in LANGUAGES:
        return configured
    system = (locale.getlocale()[0] or "")[:2]
    return system if system in LANGUAGES else "fr"


def cmd_discrepancies(args) -> int:
    import json

    from logins_desktop.services.station import list_discrepancies

    with _open(args).read() as s:
        rows = list_discrepancies(s, include_closed=args.all)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        _say(msg("stock.no_discrepancy"))
    for r in rows:
        _say(msg("stock.discrepancy_line", at=r.at.astimezone().strftime("%d/%m %H:%M"),
                         kind=msg(f"stock.discrepancy_kind.{r.kind}"), sku=r.sku, product=r.product,
                         location=r.location, quantity=r.quantity, kit=r.kit_key, worker=r.worker or "-",
                     station=r.station))
    return 0


def cmd_dismantle(args) -> int:
    from logins_desktop.services.station import dismantle_kit

    _say(dismantle_kit(_open(args), args.order, args.by, args.reason))
    return 0


def cmd_run(args) -> int:
    from logins_desktop.app import run_app

    settings = _settings(args)
    if getattr(args, "demo", False) and not getattr(args, "db", None) and not settings.db_url:
        from dataclasses import replace

        settings = replace(settings, db_url=demo_db_url())
    return run_app(settings, demo=getattr(args, "demo", False), config_path=getattr(args, "config", None))


def _screen_sizes(text: str | None):
    """`--size 1280x800` as [(1280, 800)]; None (no --size): the three sizes. Raises DomainError."""
    if text is None:
        return None
    width, sep, height = text.strip().lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and 320 <= int(width) <= 7680 and 240 <= int(height) <= 4320):
        raise DomainError(msg("cli.bad_screen_size", size=text))
    return [(int(width), int(height))]


def cmd_screenshots(args) -> int:
    from logins_desktop.app import take_screenshots

    sizes = _screen_sizes(args.size)
    language = getattr(args, "lang", None)  # the common --lang: the screens' language (default: the settings')
    for path in take_screenshots(args.out, getattr(args, "config", None), sizes, language):
        print(path)
    return 0


def cmd_audit_ui(args) -> int:
    """Every screen's accessibility at each size: one line per violation, status 1 if any."""
    import json

    from logins_desktop.app import audit_ui

    sizes = _screen_sizes(args.size)
    language = getattr(args, "lang", None) or _LANG  # the common --lang: the screens' language and the report's
    violations, screens = audit_ui(getattr(args, "config", None), sizes, language, args.high_contrast)
    if args.json:
        print(json.dumps({"screens": screens, "violations": [v.as_dict(language) for v in violations]},
                         ensure_ascii=False, indent=2))
    else:
        for violation in violations:
            _say(violation.message())
        _say(msg("audit.summary", screens=screens, count=len(violations)))
    return 1 if violations else 0


def cmd_assign(args) -> int:
    from logins_desktop.services.assignment import AssignmentService
    from logins_desktop.services.station import assignment_cover

    db = _open(args)
    result = AssignmentService(db).assign(args.worker, args.order, args.station, args.by, args.task)
    if result.task:
        _say(msg(t.ASSIGNED_TASK, worker=result.worker_name, task=result.task_name, order=result.order,
                 station=result.station))
    else:
        _say(msg(t.ASSIGNED, worker=result.worker_name, order=result.order, station=result.station))
    cover = assignment_cover(db, result.station, result.order, _settings(args).station.low_stock_kits)
    for said in cover or ():  # the stock never refuses an assignment: it is said
        if said is not None:
            _say(said)
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
        _error(msg(t.NO_SCANNER))
        return 1
    try:
        db = _open(args, check=True)
    except DomainError as exc:  # stderr carries JSON only for a headless station: the fault too, on one line
        import json

        print(json.dumps({"station": station_id, "ready": False, "error": exc.text(_LANG),
                          "message": exc.message.to_json() if exc.message else None}, ensure_ascii=False),
              file=sys.stderr)
        return 1
    return run_headless(db, station_id, scanner_url, backup_hours=settings.backup.interval_hours,
                        language=_LANG, low_stock_kits=settings.station.low_stock_kits)


def cmd_commands_sheet(args) -> int:
    from logins_desktop.services.commands_sheet import write_commands_sheet

    write_commands_sheet(args.out, _LANG)
    _say(msg(t.SHEET_WRITTEN, path=str(args.out)))
    return 0


def product_label(db, sku: str):
    from logins_desktop.labels.product import ProductLabel
    from logins_desktop.services.stock import product_by_sku

    with db.read() as s:
        p = product_by_sku(s, sku)
        return ProductLabel(p.sku, p.name, p.gtin, p.customer.code if p.customer else "")


def cmd_label(args) -> int:
    from logins_desktop.labels import pdf, zpl
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
        _say(msg(t.PRODUCT_LABELS_WRITTEN, n=len(labels), format=args.format.upper(), path=str(args.out)))
        return 0
    if args.demo:
        from logins_desktop.labels.model import demo_label
        from logins_desktop.services import audit
        from logins_desktop.services.shipping import allocate_sscc

        with db.write() as s:
            sscc = allocate_sscc(s, settings.gs1.company_prefix, settings.gs1.extension_digit)
            audit.record(s, "cli", "label.demo", "sscc", sscc)
        labels = [demo_label(sscc, _LANG)]
    else:
        labels = ShippingService(db, settings).labels(args.shipment, _LANG)
        if not labels:  # an empty file that says "done" would be a lie
            raise DomainError(msg("labels.no_units", shipment=args.shipment))
    # Render everything before writing: a refused label leaves no half-written file.
    if args.format == "pdf":
        document = pdf.render(labels, args.size)
    else:
        document = "".join(zpl.render(label, args.dpi, args.size) for label in labels).encode("utf-8")
    args.out.write_bytes(document)
    _say(msg("labels.written", n=len(labels), format=args.format.upper(), path=str(args.out),
             ssccs=", ".join(label.sscc for label in labels)))
    return 0


def cmd_print(args) -> int:
    from logins_desktop.services.printing import PrintQueue

    if not args.file.is_file():
        _error(msg(t.FILE_NOT_FOUND, path=str(args.file)))
        return 1
    queue = PrintQueue(_open(args))
    data = args.file.read_bytes()
    fmt = "pdf" if data.startswith(b"%PDF") else "zpl"
    job = queue.enqueue(args.printer, data, args.file.name, fmt, by="cli")  # refuses an empty file
    outcome = queue.run_once().get(job, "waiting")
    view = next(v for v in queue.jobs() if v.id == job)
    short = str(job)[:8]
    if outcome == "printed":
        _say(msg("printing.printed", name=args.file.name, printer=args.printer, job=short, n=view.labels))
        return 0
    if outcome == "interrupted":
        said = "printing.cut" if view.labels_sent_known else "printing.cut_count_unknown"
        _say(msg(said, status=view.last_error, job=short), file=sys.stderr)
        return 1
    # Skipped: an older job for the same printer failed in this pass, and this one waits behind it.
    reason = view.last_error or msg("printing.behind_older_jobs")
    _say(msg("printing.still_waiting", reason=reason, job=short), file=sys.stderr)
    return 1


def cmd_printer(args) -> int:
    import json

    from logins_desktop.devices.printers import PrinterError, open_printer

    try:
        status = open_printer(args.url).status()
    except PrinterError as exc:
        _error(exc.message if isinstance(exc, DomainError) and exc.message else str(exc))
        return 1
    print(json.dumps(status.to_json(_LANG), ensure_ascii=False))
    return 0 if status.online else 1


def cmd_queue(args) -> int:
    from logins_desktop.services.printing import PrintQueue

    queue = PrintQueue(_open(args))
    if args.action == "list":
        for j in queue.jobs():
            when = j.created_at.astimezone().strftime("%d/%m %H:%M")
            error = f" — {_text(j.last_error) if isinstance(j.last_error, Message) else j.last_error}" \
                if j.last_error and j.status != "printed" else ""
            state = _text(msg("printing.interrupted_short", sent=j.labels_sent, total=j.labels)
                          if j.status == "interrupted" else msg(f"printing.status.{j.status}"))
            print(f"{str(j.id)[:8]}  {when}  {state:<11}  {j.name}  → {j.printer_url}{error}")
    elif args.action == "run":
        queue.recover()  # a job caught while sending becomes interrupted: never resent by itself
        for job, outcome in queue.run_once().items():
            _say(msg(t.QUEUE_OUTCOME, job=str(job)[:8], outcome=msg(f"printing.status.{outcome}")))
    elif args.action == "retry":
        from logins_desktop.services.printing import AFTER_LAST_ON_PAPER, CHOSEN_LABELS, parse_label_numbers

        job = queue.find(args.job)
        labels = parse_label_numbers(args.labels) if args.labels is not None else None
        # The last label on paper, by its number or its SSCC.
        last = queue.last_label_named(job, args.after) if args.after is not None else None
        choice = CHOSEN_LABELS if labels is not None else AFTER_LAST_ON_PAPER if last is not None else args.choice
        new = queue.retry(job, by="cli", choice=choice, labels=labels, reason=args.reason, last_on_paper=last)
        _say(queue.resumed_message(job) if choice == AFTER_LAST_ON_PAPER else
             msg("printing.retried", job=args.job) if new == job else
             msg("printing.retried_as", job=args.job, new=str(new)[:8]))
    else:
        queue.cancel(queue.find(args.job), by="cli")
        _say(msg(t.JOB_CANCELLED, job=args.job))
    return 0


def cmd_sync(args) -> int:
    import time

    from logins_desktop.services.sync import SyncService

    settings = _settings(args)
    central = args.central or settings.central_url
    if not central:
        _error(msg(t.NO_CENTRAL))
        return 1
    service = SyncService(_open(args), central, station=settings.station.station_id)
    try:
        while True:
            try:
                report = service.sync_once()
                said = msg(t.SYNCED, pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts,
                           seconds=round(report.seconds, 1))
                changes = report.changes()
                _say(msg(t.SYNCED_CHANGES, report=said, changes=changes) if changes else said, flush=True)
            except Exception as exc:  # offline is normal on a warehouse floor: say it, keep the work
                _say(msg(t.CENTRAL_UNREACHABLE, error=type(exc).__name__, n=service.pending()), file=sys.stderr,
                     flush=True)
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
        _error(msg(t.INVALID_SOLUTION, problems=problems))
        return 1
    print(json.dumps(solution.to_json()))
    return 0


def cmd_order(args) -> int:
    import json

    from logins_desktop.services.costing import CostService

    db, lang = _open(args), language(args)
    try:
        costs = CostService(db)
        if args.pdf:
            view = costs.write_statement(args.ref, args.pdf, lang)
        else:
            view = costs.order_cost(args.ref)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(view.to_json(), ensure_ascii=False))
    else:
        for line in view.lines():
            _say(line)
    if args.pdf:
        _say(msg("costing.statement_written", order=view.ref, file=str(args.pdf)), file=sys.stderr if args.json else None)
    return 0


def cmd_trace(args) -> int:
    """A lot's kits, orders, cartons, shipments and what is left of it in stock; or a carton's lots."""
    import json

    from logins_desktop.services.trace import TraceService

    db = _open(args)
    report = args.trace_what == "lot" and (args.pdf or args.csv)
    try:
        service = TraceService(db)
        if report:
            traced = service.write_report(args.sku, args.lot, args.pdf, args.csv, language(args))
        else:
            traced = service.lot(args.sku, args.lot) if args.trace_what == "lot" else service.sscc(args.sscc)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(traced.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in traced.lines():
            _say(line)
    if report:
        files = [str(f) for f in (args.pdf, args.csv) if f]
        _say(msg("lots.report_written", lot=traced.lot, files=files), file=sys.stderr if args.json else None)
    return 0


def cmd_receipts(args) -> int:
    """What announced deliveries still expect; closing one, its differences and its backorder."""
    from logins_desktop.services.receiving import close_notice, open_notices

    db = _open(args)
    try:
        if args.receipts_action == "close":
            for line in close_notice(db, args.reference, args.by).lines():
                _say(line)
            return 0
        notices = open_notices(db)
    finally:
        db.dispose()
    for notice in notices:
        for line in notice.lines:
            _say(msg("receiving.notice_line", reference=notice.reference, sku=line.sku, lot=line.lot or "—",
                     received=line.received, expected=line.expected))
    if not notices:
        _say(msg("receiving.no_notice"))
    return 0


def cmd_invoice(args) -> int:
    from logins_desktop.services.costing import CostService

    db, lang = _open(args), language(args)
    try:
        invoice = CostService(db).write_invoice(args.customer, args.month, args.out, lang)
    finally:
        db.dispose()
    for warning in invoice.unrated:
        _say(msg(t.WARNING_LINE, detail=warning), file=sys.stderr)
    _say(msg("costing.invoice_written", customer=invoice.customer, month=invoice.month, file=str(args.out),
             lines=len(invoice.lines), total=invoice.total))
    return 0


def cmd_quality(args) -> int:
    import json
    import uuid

    from logins_desktop.messages import msg
    from logins_desktop.services import quality

    db, lang = _open(args), language(args)
    if args.quality_action == "pending":
        checks = quality.pending_checks(db)
        if args.json:
            print(json.dumps([{"id": str(c.id), "order": c.order_ref, "kit": c.kit_name, "kit_number": c.kit_number,
                               "station": c.station, "worker": c.worker, "status": c.status,
                               "checklist": list(c.checklist), "failed_points": list(c.failed_points),
                               "photos": list(c.photos), "photo_needed": c.photo_needed}
                              for c in checks], ensure_ascii=False))
            return 0
        if not checks:
            print(msg("quality.none_pending").text(lang))
        for c in checks:
            print(f"{c.id}  {c.status:8}  {c.title.text(lang)}")
        return 0
    session = _sign_in(db, args, args.quality_action)
    if args.quality_action == "rule":
        said = quality.set_rule(db, session, args.kit, args.sampling, args.n, args.points, args.photo)
    else:
        try:
            check_id = uuid.UUID(args.check)
        except ValueError:
            raise DomainError(msg("quality.not_pending")) from None
        if args.quality_action == "reworked":
            said = quality.reworked(db, session, check_id)
        else:
            points = next((c.checklist for c in quality.pending_checks(db) if c.id == check_id), ())
            failed = set(args.point or ()) if args.quality_action == "fail" else set()
            unknown = failed - set(points)
            if unknown:
                raise DomainError(msg("quality.unknown_point", point=sorted(unknown)[0], points=list(points)))
            if args.photo is not None:  # kept before the verdict: a photo refused leaves the check undecided
                from logins_desktop.services.evidence import read_file

                _say(quality.photograph(db, session, check_id, read_file(args.photo)))
            said = quality.decide(db, session, check_id, {p: p not in failed for p in points})
    print(said.text(lang))
    return 0


COMMANDS = {
    "quality": cmd_quality,
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
    "audit-ui": cmd_audit_ui,
    "insertion": cmd_insertion,
    "privacy": cmd_privacy,
    "passport": cmd_passport,
    "user": cmd_user,
    "order": cmd_order,
    "trace": cmd_trace,
    "receipts": cmd_receipts,
    "invoice": cmd_invoice,
    None: cmd_run,
}


def main(argv: list[str] | None = None) -> int:
    """The one top-level handler: a refusal or a database fault is one plain line on stderr (exit 1);
    anything unexpected is written with its traceback to the log file and named there (exit 2)."""
    global _LANG
    argv = sys.argv[1:] if argv is None else list(argv)
    _LANG = prescan_language(argv)
    with _argparse_in_language():
        args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (DomainError, SettingsError) as exc:
        _error(_plain(exc, _LANG))
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 — the last line of defence: never a traceback on screen
        return _unexpected(exc, args)


def _plain(exc: Exception, lang: str = "fr") -> str:
    from logins_desktop.settings import mask_secrets

    text = exc.text(lang) if isinstance(exc, DomainError | SettingsError) else str(exc)
    return mask_secrets(text)


def _unexpected(exc: Exception, args) -> int:
    from logins_desktop.logging_setup import log_unexpected
    from logins_desktop.services.faults import plain_fault

    try:
        settings = _settings(args)
        fault = plain_fault(exc, settings.effective_db_url, settings.database.busy_seconds)
    except Exception:  # noqa: BLE001 — the settings themselves may be what failed
        fault = None
    if fault is not None:  # a database fault met after opening (busy past the wait, read-only, full…)
        log_unexpected(exc, f"command {args.command}")
        _error(fault.text(_LANG))
        return 1
    log = log_unexpected(exc, f"command {args.command}")
    message = msg("common.unexpected", log=str(log)) if log else msg("common.unexpected_no_log")
    _say(message, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
