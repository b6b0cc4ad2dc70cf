"""The CLI and the app never show a traceback or a password: one top-level handler, masked URLs,
and a settings file readable by its owner only."""

from __future__ import annotations

import logging
import sqlite3
import stat
import subprocess
import sys

import pytest

from logins_desktop import cli
from logins_desktop.cli import main
from logins_desktop.messages import msg
from logins_desktop.settings import Settings, mask_secrets, mask_url, write_settings

PASSWORD = "Tr0p-s3cret"


@pytest.mark.parametrize("url, shown", [
    (f"postgresql+psycopg://logins:{PASSWORD}@db.site:5432/central", "postgresql+psycopg://logins:***@db.site:5432/central"),
    (f"postgresql://logins:{PASSWORD}@w@db/central", "postgresql://logins:***@db/central"),  # an unencoded "@"
    ("postgresql+psycopg://logins@db/central", "postgresql+psycopg://logins@db/central"),
    ("postgresql://db:5432/central?application_name=a@b", "postgresql://db:5432/central?application_name=a@b"),
    ("sqlite:////var/lib/logins/poste.sqlite3", "sqlite:////var/lib/logins/poste.sqlite3"),
    ("", ""),
])
def test_mask_url(url, shown):
    assert mask_url(url) == shown
    assert PASSWORD not in mask_secrets(f"connexion à {url} refusée")


def test_config_show_masks_the_passwords_and_config_init_writes_0600(tmp_path, capsys):
    path = tmp_path / "config" / "settings.toml"
    assert main(["config", "init"]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text(f'central_url = "postgresql+psycopg://logins:{PASSWORD}@db/central"\n'
                    f'db_url = "postgresql+psycopg://poste:{PASSWORD}@db/poste"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert PASSWORD not in out
    assert 'central_url = "postgresql+psycopg://logins:***@db/central"' in out
    # An existing, world-readable file rewritten by the program becomes 0600 too.
    path.chmod(0o644)
    write_settings(Settings(central_url=f"postgresql://x:{PASSWORD}@db/c"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and PASSWORD in path.read_text()  # kept, only not shown


def test_database_commands_never_print_the_password(central_url, capsys):
    url = central_url.replace("postgresql+psycopg://logins@", f"postgresql+psycopg://logins:{PASSWORD}@")
    for command in (["db", "upgrade"], ["seed-demo"], ["db", "check"]):
        assert main([*command, "--db", url]) == 0, command
        captured = capsys.readouterr()
        assert PASSWORD not in captured.out + captured.err, command
    assert "logins:***@" in captured.out
    # Unreachable: the error names the server, without the password.
    down = f"postgresql+psycopg://logins:{PASSWORD}@127.0.0.1:9/absent"
    assert main(["db", "upgrade", "--db", down]) == 1
    err = capsys.readouterr().err
    assert PASSWORD not in err and "Traceback" not in err
    assert err.startswith("erreur : " + msg("db.unreachable", url=mask_url(down), detail="").text()[:-1])


def test_the_log_masks_passwords_tracebacks_included(tmp_path):
    from logins_desktop.logging_setup import log_file, setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(console=False)
    try:
        logging.getLogger("logins_desktop.test").warning("sync to %s failed", f"postgresql://u:{PASSWORD}@h/c")
        try:
            raise RuntimeError(f"cannot reach postgresql://u:{PASSWORD}@h/c")
        except RuntimeError:
            logging.getLogger("logins_desktop.test").exception("sync")
    finally:
        for handler in root.handlers[len(before):]:
            handler.close()
        root.handlers[:] = before
    text = log_file().read_text(encoding="utf-8")
    assert PASSWORD not in text and text.count("u:***@h/c") == 3 and "Traceback" in text


def test_an_unexpected_error_is_one_plain_line_naming_the_log(monkeypatch, capsys):
    from logins_desktop.logging_setup import log_file

    def broken(_args):
        raise RuntimeError(f"boom postgresql://u:{PASSWORD}@h/c")

    monkeypatch.setitem(cli.COMMANDS, "config", broken)
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == msg("common.unexpected", log=str(log_file())).text()
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: boom" in logged and PASSWORD not in logged


def test_a_database_fault_met_after_opening_is_said_in_words(monkeypatch, capsys, db_url):
    def busy(_args):
        from sqlalchemy.exc import OperationalError

        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setitem(cli.COMMANDS, "export", busy)
    assert main(["export", "stock", "x.csv", "--db", db_url]) == 1
    assert capsys.readouterr().err.strip() == "erreur : " + msg("db.busy", seconds=30).text()


def test_an_unexpected_error_in_a_subprocess_has_no_traceback_on_screen(tmp_path):
    # A settings file that is a folder: reading it fails in a way no rule foresees.
    (tmp_path / "dossier.toml").mkdir()
    result = subprocess.run([sys.executable, "-m", "logins_desktop", "config", "show", "--config",
                             str(tmp_path / "dossier.toml")], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "LOGINS_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(tmp_path / "data" / "logs" / "logins.log") in result.stderr


def test_the_app_hook_logs_and_shows_a_plain_message(qtbot):
    from logins_desktop.app import install_exception_hook
    from logins_desktop.logging_setup import log_file

    shown = []
    install_exception_hook(Settings(), shown.append)
    try:
        try:
            raise KeyError("a slot went wrong")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        from sqlalchemy.exc import OperationalError

        locked = OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))
        sys.excepthook(type(locked), locked, None)
    finally:
        sys.excepthook = sys.__excepthook__
    assert shown == [msg("common.unexpected", log=str(log_file())).text(), msg("db.busy", seconds=30).text()]
    assert "KeyError: 'a slot went wrong'" in log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["pas-une-url", "mysql+nodriver://u:Tr0p-s3cret@h/x"])
def test_a_database_url_that_makes_no_sense_is_said_plainly(url, capsys):
    assert main(["db", "upgrade", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "erreur : " + msg("db.bad_url", url=mask_url(url)).text()
    assert PASSWORD not in err
