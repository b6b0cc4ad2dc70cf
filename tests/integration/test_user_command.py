"""`logins-desktop user`: a new installation gets its first administrator from the command line,
who then adds, lists, disables and re-keys the users with a role; nobody else can, and no PIN or
hash is ever printed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from logins_desktop.cli import main
from logins_desktop.services.auth import AuthService
from logins_desktop.store.models import AuditEntry, User


def run(url, monkeypatch, *args, pin=None, new_pin=None) -> int:
    for name, value in (("LOGINS_PIN", pin), ("LOGINS_NEW_PIN", new_pin)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    return main(["user", *args, "--db", url])


@pytest.fixture
def installed(db, db_url, monkeypatch):
    """A new installation with its first administrator, who needs no sign-in to be created."""
    assert AuthService(db).needs_first_admin()
    assert run(db_url, monkeypatch, "add", "claire", "--name", "Claire Admin", "--role", "admin",
               new_pin="246810") == 0
    return db_url


def test_the_first_administrator_then_users_added_only_by_an_administrator(installed, db, monkeypatch, capsys):
    assert not AuthService(db).needs_first_admin()
    # A second administrator without signing in: refused now that one exists.
    assert run(installed, monkeypatch, "add", "eve", "--name", "Eve", "--role", "admin", new_pin="135791") == 1
    assert run(installed, monkeypatch, "add", "nath", "--name", "Nathalie Roux", "--role", "team_lead",
               "--badge", "C2001", "--site", "LYON", "--user", "claire", pin="246810", new_pin="4321") == 0
    capsys.readouterr()
    assert run(installed, monkeypatch, "list", "--user", "claire", pin="246810") == 0
    listed = capsys.readouterr().out
    assert "nath" in listed and "Nathalie Roux" in listed and "LYON" in listed and "eve" not in listed
    with db.read() as s:
        users = {u.username: u for u in s.scalars(select(User))}
        assert set(users) == {"claire", "nath"} and users["nath"].badge == "C2001"
        assert users["nath"].secret_hash not in listed and "4321" not in listed
        assert {"first-admin", "claire"} <= set(s.scalars(select(AuditEntry.actor).where(
            AuditEntry.action == "auth.user_added")))
    auth = AuthService(db)
    assert auth.sign_in(auth.person("nath"), "4321").session is not None


def test_a_team_lead_cannot_manage_users_and_roles_keep_their_pin_length(installed, monkeypatch, capsys):
    assert run(installed, monkeypatch, "add", "nath", "--name", "Nathalie", "--role", "team_lead",
               "--user", "claire", pin="246810", new_pin="4321") == 0
    assert run(installed, monkeypatch, "list", "--user", "nath", pin="4321") == 1
    assert run(installed, monkeypatch, "add", "x", "--name", "X", "--role", "team_lead",
               "--user", "nath", pin="4321", new_pin="1111") == 1
    # A counsellor reads personal data: 6 digits at least.
    assert run(installed, monkeypatch, "add", "helene", "--name", "Hélène", "--role", "insertion_counsellor",
               "--user", "claire", pin="246810", new_pin="1234") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "1234" not in err


def test_disable_keeps_the_last_administrator_and_a_disabled_user_cannot_sign_in(installed, db, monkeypatch):
    assert run(installed, monkeypatch, "disable", "claire", "--user", "claire", pin="246810") == 1  # the last one
    assert run(installed, monkeypatch, "add", "marc", "--name", "Marc", "--role", "logistics_manager",
               "--user", "claire", pin="246810", new_pin="2468") == 0
    assert run(installed, monkeypatch, "disable", "marc", "--user", "claire", pin="246810") == 0
    with db.read() as s:
        assert not s.scalars(select(User.active).where(User.username == "marc")).one()
    assert run(installed, monkeypatch, "list", "--user", "marc", pin="2468") == 1  # unknown once disabled
    assert run(installed, monkeypatch, "enable", "marc", "--user", "claire", pin="246810") == 0
    assert run(installed, monkeypatch, "pin", "marc", "--user", "marc", pin="2468", new_pin="8642") == 0  # one's own
    auth = AuthService(db)
    assert auth.sign_in(auth.person("marc"), "8642").session is not None


@pytest.mark.parametrize("username, name", [("two words", "X"), ("ok", "   "), ("a" * 65, "X"), ("ok", "bad\x07")])
def test_bad_names_are_refused_in_words(installed, monkeypatch, capsys, username, name):
    assert run(installed, monkeypatch, "add", username, "--name", name, "--role", "team_lead",
               "--user", "claire", pin="246810", new_pin="4321") == 1
    assert "Traceback" not in capsys.readouterr().err
