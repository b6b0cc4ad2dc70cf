"""Receiving what a customer announced (an advance shipping notice): which announced line a scanned
article counts against, and what closing the notice leaves short, over, and still expected.
Pure rules: the service reads the open notices and writes the receipts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Announced:
    line_id: object
    reference: str
    product_id: object
    lot: str  # "" when the notice names no lot
    expiry: date | None
    expected: int
    received: int
    damaged: int = 0  # refused at the dock (noted on the delivery), never received into stock

    @property
    def left(self) -> int:
        return max(0, self.expected - self.received)


def match(lines: Iterable[Announced], product_id, lot: str) -> Announced | None:
    """The announced line a scanned article counts against, oldest notice first (the order given):
    one of its lot still short, then one of its lot, then (a plain EAN, or a lot the notice did not
    name) the first of that product still short, then the first of that product. None when the
    product was not announced: it is received all the same, the goods are there."""
    mine = [x for x in lines if x.product_id == product_id]
    same_lot = [x for x in mine if lot and x.lot == lot]
    for group in (same_lot, mine):
        short = next((x for x in group if x.left), None)
        if short is not None:
            return short
        if group:
            return group[0]
    return None


@dataclass(frozen=True)
class Difference:
    line: Announced
    short: int
    over: int
    damaged: int = 0


def differences(lines: Iterable[Announced]) -> list[Difference]:
    """What each announced line ends with at the close: short (fewer received than announced: the
    damaged ones refused at the dock are short too, and expected again), over (more), and damaged.
    The lines received exactly, nothing damaged, are left out."""
    found = []
    for x in lines:
        if x.received != x.expected or x.damaged:
            found.append(Difference(x, max(0, x.expected - x.received), max(0, x.received - x.expected), x.damaged))
    return found
