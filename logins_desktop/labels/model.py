"""The GS1 logistic label of one handling unit: what it says, independent of how it is printed.

Layout (GS1 Logistic Label Guideline): a top free block (from / to), a middle block of
human-readable data with titles, and at the bottom the GS1-128 barcodes, the SSCC lowest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from babel.numbers import format_decimal

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import barcode_data, element, human_readable, net_weight_kg_3103, validate_sscc
from logins_desktop.messages import msg, render

# Label sizes in millimetres (width, height)
SIZES = {"4x6": (101.6, 152.4), "100x150": (100.0, 150.0)}


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Barcode:
    elements: tuple[tuple[str, str], ...]

    @property
    def data(self) -> str:
        return barcode_data(list(self.elements))

    @property
    def text(self) -> str:
        return human_readable(list(self.elements))


@dataclass(frozen=True)
class LogisticLabel:
    sender: Party
    receiver: Party
    sscc: str
    gtin: str | None = None  # of the content (AI 02), with count (AI 37)
    count: int | None = None
    batch: str | None = None  # AI 10
    best_before: date | None = None  # AI 15
    net_weight_kg: float | None = None  # AI 3103
    order_ref: str | None = None  # AI 400
    carrier: str = ""
    product_name: str = ""
    extra: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    language: str = "fr"  # of the printed titles (DE/FROM, LOT/BATCH…): the site's, or the command's --lang

    def __post_init__(self):
        validate_sscc(self.sscc)
        if (self.gtin is None) != (self.count is None):
            raise DomainError(msg("labels.gtin_with_count"))

    def elements(self) -> dict[str, str]:
        """Every element string of the label, checked (length, check digits, character set)."""
        out = {"00": self.sscc}
        if self.gtin:
            out["02"] = self.gtin.rjust(14, "0")
            out["37"] = str(self.count)
        if self.best_before:
            out["15"] = self.best_before.strftime("%y%m%d")
        if self.net_weight_kg is not None:
            out["3103"] = net_weight_kg_3103(self.net_weight_kg)
        if self.batch:
            out["10"] = self.batch
        if self.order_ref:
            out["400"] = self.order_ref
        for ai, value in out.items():
            element(ai, value)
        return out

    def barcodes(self, fits: Callable[[Barcode], bool] = lambda _: True, most: int = 3) -> list[Barcode]:
        """The symbols, top to bottom: content, weight and batch, order, and the SSCC lowest.

        Usually grouped as content / weight and batch / order: a variable-length AI (37, 10, 400)
        ends its group, so no FNC1 separator is needed inside a symbol. When a group does not `fit`
        (a long batch or order reference), the element strings are packed again, in order, into at
        most `most` symbols, as the GS1 logistic label guideline shows; an element string is never
        split. Data that cannot fit is refused, never cut.
        """
        e = self.elements()
        sscc = Barcode((("00", e["00"]),))
        groups = [Barcode(tuple((ai, e[ai]) for ai in group if ai in e))
                  for group in (("02", "15", "37"), ("3103", "10"), ("400",)) if any(ai in e for ai in group)]
        if all(fits(b) for b in groups) and len(groups) <= most:
            return [*groups, sscc]
        # Fixed-length element strings first: they need no FNC1 after them.
        content = [(ai, e[ai]) for ai in ("02", "15", "3103", "37", "10", "400") if ai in e]
        packed: list[list[tuple[str, str]]] = []
        for pair in content:
            if packed and fits(Barcode((*packed[-1], pair))):
                packed[-1].append(pair)
                continue
            if not fits(Barcode((pair,))):
                raise DomainError(msg("labels.symbol_too_wide", text=human_readable([pair])))
            packed.append([pair])
        if len(packed) > most:
            raise DomainError(msg("labels.too_many_symbols"))
        return [*(Barcode(tuple(group)) for group in packed), sscc]

    def fields(self) -> list[tuple[str, str]]:
        """The middle block: titled human-readable data, titles in the label's language."""
        e = self.elements()

        def title(key: str) -> str:
            return render(msg(f"labels.title.{key}"), self.language)

        rows = [(title("product"), self.product_name)] if self.product_name else []
        rows.append(("SSCC", e["00"]))
        if self.gtin:
            rows += [(title("content"), e["02"]), (title("count"), e["37"])]
        if self.batch:
            rows.append((title("batch"), self.batch))
        if self.best_before:
            rows.append((title("best_before"), self.best_before.strftime("%d/%m/%Y")))
        if self.net_weight_kg is not None:
            rows.append((title("net_weight"), format_decimal(round(self.net_weight_kg, 3), "#,##0.000",
                                                              locale=self.language)))
        if self.order_ref:
            rows.append((title("order"), self.order_ref))
        if self.carrier:
            rows.append((title("carrier"), self.carrier))
        return rows + list(self.extra)


def demo_label(sscc: str, language: str = "fr") -> LogisticLabel:
    """The sample handling unit of `label sscc --demo`: SSCC, AI 02+37, 10, 15, 3103 and 400."""
    return LogisticLabel(
        sender=Party("Log'ins Atelier (fictif)", ("12 rue des Artisans", "69007 Lyon", "France")),
        receiver=Party("ReCo Mobile — entrepôt (fictif)", ("Quai 4", "ZA des Échanges", "59000 Lille", "France")),
        sscc=sscc,
        gtin="3760000000017",
        count=48,
        batch="L2611-07",
        best_before=date(2027, 12, 31),
        net_weight_kg=8.64,
        order_ref="CMD-2026-1101",
        carrier="Transports Exemple",
        language=language,
        product_name="Kit de reprise smartphone",
    )
