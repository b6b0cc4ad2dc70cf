"""Where resources/ and drivers/ are: inside an installed wheel, or at the top of a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    # A broken installation, for whoever installs it: said in English like the log.
    raise FileNotFoundError(f"folder {name}/ not found (neither {installed} nor {checkout})")


def resource(*parts: str) -> Path:
    """Path of a file under resources/ (icons, sounds, styles, translations)."""
    return _data_root("resources").joinpath(*parts)


def driver(*parts: str) -> Path:
    """Path of a file under drivers/ (device profiles, udev rules)."""
    return _data_root("drivers").joinpath(*parts)
