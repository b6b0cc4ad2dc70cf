"""The per-site secret mixed into every PIN hash, kept outside the database.

A station's database file copied elsewhere holds only PIN hashes keyed with this secret: without
it, an offline search of the ten thousand four-digit PINs finds nothing. The secret is a 0600 file
in the config dir, created on first use; every station of a site gets the same file (copy it when
installing a station: docs/deployment.md), the database never contains it.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg
from logins_desktop.settings import config_dir

log = logging.getLogger(__name__)
FILE_NAME = "pin-secret"
_cache: dict[Path, bytes] = {}


def secret_path() -> Path:
    return config_dir() / FILE_NAME


def site_secret() -> bytes:
    """The secret (32 random bytes, hex in the file); created 0600 the first time."""
    path = secret_path()
    cached = _cache.get(path)
    if cached is not None:
        return cached
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        value = _read(path)
    else:
        value = _create(path)
    _cache[path] = secret = bytes.fromhex(value)
    return secret


def _create(path: Path) -> str:
    """Written whole to a private temporary file, then linked into place: two processes starting
    at once never read a half-written secret, and the second one keeps the first one's."""
    value = secrets.token_hex(32)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(value + "\n")
    try:
        os.link(partial, path)
        log.info("per-site PIN secret created: %s", path)
    except FileExistsError:
        value = _read(path)
    finally:
        partial.unlink(missing_ok=True)
    return value


def _read(path: Path) -> str:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:  # readable by others: tighten it rather than refuse the whole station
        log.warning("PIN secret %s had mode %o: set to 0600", path, mode)
        path.chmod(0o600)
    value = path.read_text(encoding="ascii").strip()
    try:
        if len(bytes.fromhex(value)) < 16:
            raise ValueError("too short")
    except ValueError:
        raise DomainError(msg("auth.secret_unreadable", path=str(path))) from None
    return value
