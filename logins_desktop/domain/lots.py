"""Lots and their expiry: which lot a consumption takes (first expired, first out) and the date a
GS1 expiry (AI 17) stands for. Pure rules: the service reads the lots on hand and writes the lines."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg


class Tracking:
    """A product's tracking setting (the products import's optional `tracking` column)."""

    NONE = ""
    LOT = "lot"
    SERIAL = "serial"
    ALL = (NONE, LOT, SERIAL)


@dataclass(frozen=True)
class LotBalance:
    lot: str
    expiry: date | None
    quantity: int


@dataclass(frozen=True)
class LotTake:
    lot: str  # "" for what no known lot covers (stock received before its lot was recorded)
    expiry: date | None
    quantity: int


def gs1_date(yymmdd: str) -> date:
    """A GS1 date (AI 11, 13, 15, 17): YYMMDD, day 00 for the month's last day. The century is the
    one that puts the year within 50 years back and 49 ahead of today's (General Specifications 7.12)."""
    if len(yymmdd) != 6 or not (yymmdd.isascii() and yymmdd.isdigit()):
        raise DomainError(msg("lots.bad_date", value=yymmdd))
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    this = date.today().year
    year = this // 100 * 100 + yy
    if year - this > 49:
        year -= 100
    elif this - year > 50:
        year += 100
    if not 1 <= month <= 12:
        raise DomainError(msg("lots.bad_date", value=yymmdd))
    last = calendar.monthrange(year, month)[1]
    if day == 0:
        day = last
    if day > last:
        raise DomainError(msg("lots.bad_date", value=yymmdd))
    return date(year, month, day)


def is_expired(expiry: date | None, today: date) -> bool:
    """Past its expiry date: usable up to and including that day."""
    return expiry is not None and expiry < today


class Expiry:
    """Where a lot stands against its expiry date, for the manager's list of lots."""

    EXPIRED = "expired"  # past it: refused at the station, to take out of stock
    SOON = "soon"  # within the warning window (settings: [stock] expiry_warning_days)
    LATER = "later"
    NONE = "none"  # no expiry known


def expiry_state(expiry: date | None, today: date, warning_days: int) -> str:
    if expiry is None:
        return Expiry.NONE
    if is_expired(expiry, today):
        return Expiry.EXPIRED
    return Expiry.SOON if (expiry - today).days <= warning_days else Expiry.LATER


def fefo(balances: Iterable[LotBalance], today: date) -> list[LotBalance]:
    """The lots to take from, first expired first: lots on hand, not expired, soonest expiry first
    (a lot without an expiry after those with one), then by lot for a stable choice."""
    usable = [b for b in balances if b.quantity > 0 and not is_expired(b.expiry, today)]
    return sorted(usable, key=lambda b: (b.expiry is None, b.expiry or date.max, b.lot))


def allocate(quantity: int, scanned: list[LotTake], balances: Iterable[LotBalance], today: date) -> list[LotTake]:
    """Which lots `quantity` units come from: those the worker scanned first (the physical item's
    lot, whatever the ledger knows of it), then FEFO over the lots on hand, the rest without a lot.
    `scanned` is consumed as it is used (several locations may share one component's scans)."""
    balances = list(balances)
    known = {b.lot: b.expiry for b in balances}  # a code with its lot but no expiry: the lot's own
    takes: list[LotTake] = []
    need = quantity
    while need > 0 and scanned:
        first = scanned[0]
        take = min(need, first.quantity)
        takes.append(LotTake(first.lot, first.expiry or known.get(first.lot), take))
        need -= take
        if take == first.quantity:
            scanned.pop(0)
        else:
            scanned[0] = LotTake(first.lot, first.expiry, first.quantity - take)
    taken = {t.lot: t.quantity for t in takes}
    for balance in fefo(balances, today):
        if need <= 0:
            break
        left = balance.quantity - taken.get(balance.lot, 0)
        take = min(need, left)
        if take > 0:
            takes.append(LotTake(balance.lot, balance.expiry, take))
            need -= take
    if need > 0:
        takes.append(LotTake("", None, need))
    merged: dict[str, LotTake] = {}
    for t in takes:  # one line per lot
        merged[t.lot] = LotTake(t.lot, t.expiry or (merged[t.lot].expiry if t.lot in merged else None),
                                t.quantity + (merged[t.lot].quantity if t.lot in merged else 0))
    return list(merged.values())


@dataclass(frozen=True)
class Shelf:
    """What one location holds of a product: its on-hand and the lots known there."""

    location_id: object
    location_code: str
    available: int  # the location's on-hand: the truth a pick never exceeds
    lots: tuple[LotBalance, ...] = ()


@dataclass(frozen=True)
class PickSource:
    location_id: object
    location_code: str
    lot: str  # "" for units no known lot covers (and for an untracked product)
    expiry: date | None
    quantity: int


def pick_sources(need: int, shelves: Iterable[Shelf], today: date) -> list[PickSource]:
    """Where `need` units are picked from, first expired first out across the locations: the lots
    with an expiry (soonest first), then the lots without one, then the units no lot covers, each
    group in location order. An expired lot is never proposed, and its units are not counted as
    unknown-lot units either: they are physically there, set aside. A location never gives more than
    its on-hand, whatever its lot lines say (an adjustment without a lot may have taken some)."""
    candidates: list[tuple[tuple, Shelf, str, date | None, int]] = []
    for shelf in shelves:
        for balance in fefo(shelf.lots, today):
            rank = (0 if balance.expiry else 1, balance.expiry or date.max, shelf.location_code, balance.lot)
            candidates.append((rank, shelf, balance.lot, balance.expiry, balance.quantity))
        unlotted = shelf.available - sum(max(0, b.quantity) for b in shelf.lots)
        if unlotted > 0:
            candidates.append(((2, date.max, shelf.location_code, ""), shelf, "", None, unlotted))
    candidates.sort(key=lambda c: c[0])
    left = {id(shelf): shelf.available for _rank, shelf, *_ in candidates}
    sources: list[PickSource] = []
    for _rank, shelf, lot, expiry, quantity in candidates:
        if need <= 0:
            break
        take = min(need, quantity, left[id(shelf)])
        if take > 0:
            sources.append(PickSource(shelf.location_id, shelf.location_code, lot, expiry, take))
            left[id(shelf)] -= take
            need -= take
    return sources


def count_differences(on_hand: int, expected: dict[str, int], counted: dict[str, int]) -> dict[str, int]:
    """The adjustment per lot that a count of a lot-tracked product at one location posts: what was
    counted of each lot less what the ledger holds of it ("" for units no lot covers: on-hand less
    the lots' positive balances). When the count named no lot (plain EANs only), the one difference
    goes without a lot, as for an untracked product: nothing says which lot the missing units were.
    The differences always add up to counted less on-hand, so on-hand ends equal to the count."""
    total = sum(counted.values())
    if not any(lot for lot, quantity in counted.items() if quantity):
        return {"": total - on_hand} if total != on_hand else {}
    held = {lot: quantity for lot, quantity in expected.items() if lot and quantity > 0}
    held[""] = on_hand - sum(held.values())
    lots = dict.fromkeys([*held, *counted])
    differences = {lot: counted.get(lot, 0) - held.get(lot, 0) for lot in lots}
    return {lot: d for lot, d in differences.items() if d}
