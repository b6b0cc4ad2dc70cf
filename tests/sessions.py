"""Signed-in sessions for tests, obtained the only way the product allows: a PIN at AuthService."""

from __future__ import annotations

from logins_desktop.services.auth import AuthService, SignedIn
from logins_desktop.services.demo import USERS

DEMO_PINS = {username: pin for username, _name, _role, _badge, pin in USERS}


def signed_in(db, username: str) -> SignedIn:
    auth = AuthService(db)
    attempt = auth.sign_in(auth.person(username), DEMO_PINS[username])
    assert attempt.session is not None, attempt.refusal
    return attempt.session
