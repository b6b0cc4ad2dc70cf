"""The console's rate card editor: what a customer pays for one kit (per kit or per hour of labour),
the set-up fee per order and the standard time the price was quoted on, set by touch. Opened from
the costs page for the chosen order's customer and kit.

Every figure is typed on a large number pad (an amount as on a till: 1 8 5 reads 1,85 €); the basis
is two large buttons, one checked. Nothing is saved before "Enregistrer", and what cannot be used
(no standard time, say) is said and kept on screen. Saving is the logistics manager's right and is
audited (services.costing.save_rate)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.messages.core import format_number
from logins_desktop.services.costing import CostService, OrderCostView
from logins_desktop.services.stock import Actor
from logins_desktop.services.types import DomainError, Rate, trimmed
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.keypad import NumberPad
from logins_desktop.ui.widgets.touch import Feedback, TouchButton

CENTS = Decimal("0.01")
MOST_CENTS = 100_000_000  # one million euros, the import's highest amount
MOST_SECONDS = 86_400  # a day per kit, as the import allows


class RatePage(QWidget):
    saved = Signal()

    def __init__(self, theme: Theme, costs: CostService, actor: Callable[[], Actor]):
        super().__init__()
        self._costs, self._actor = costs, actor
        self.customer = self.sku = ""
        self.per_hour = False
        self.price: Decimal | None = None
        self.setup_fee = Decimal(0)
        self.standard_seconds: Decimal | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.back_button = TouchButton(theme, self.tr("Coûts"), self.tr("Retour aux coûts sans enregistrer"),
                                       icon="back")
        self.save_button = TouchButton(theme, self.tr("Enregistrer"), self.tr("Enregistrer ce tarif"), icon="save")
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)

        self.per_kit_button = TouchButton(theme, self.tr("Au kit"), self.tr("Facturer un prix par kit terminé"),
                                          icon="box")
        self.per_hour_button = TouchButton(theme, self.tr("À l'heure"), self.tr("Facturer un prix par heure de travail"),
                                           icon="history")
        for button, hourly in ((self.per_kit_button, False), (self.per_hour_button, True)):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, h=hourly: self._choose_basis(h))
        basis = QHBoxLayout()
        self.basis_label = QLabel(self.tr("Facturé :"))
        basis.addWidget(self.basis_label)
        basis.addWidget(self.per_kit_button)
        basis.addWidget(self.per_hour_button)
        basis.addStretch(1)

        # One line per figure: its name, its value, and the button that opens the pad for it.
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.edit_buttons: dict[str, TouchButton] = {}
        for row, (field, label) in enumerate((("price", ""), ("setup_fee", self.tr("Frais de mise en route par commande")),
                                              ("standard_seconds", self.tr("Temps standard par kit, au devis")))):
            name = QLabel(label)
            name.setWordWrap(True)
            value = QLabel()
            value.setObjectName("huge")
            button = TouchButton(theme, self.tr("Modifier"), "", icon="keyboard")
            button.clicked.connect(lambda _=False, f=field: self._open_pad(f))
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(button, row, 2)
            self.names[field], self.values[field], self.edit_buttons[field] = name, value, button
        grid.setColumnStretch(3, 1)  # name, value and its button read together on a wide screen
        self.money_pad = NumberPad(theme, "", MOST_CENTS, self, decimals=2)
        self.money_pad.chosen.connect(self._amount_chosen)
        self.seconds_pad = NumberPad(theme, self.tr("Temps standard par kit (secondes)"), MOST_SECONDS, self)
        self.seconds_pad.chosen.connect(self._seconds_chosen)
        self._editing = ""

        self.feedback = Feedback(theme, 0)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(basis)
        layout.addLayout(grid)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def resizeEvent(self, event) -> None:
        """A figure's name on one line where the width allows (wrapped only on a narrow panel or at a
        large type): a wrapped label otherwise asks for the width of its longest word."""
        super().resizeEvent(event)
        self._fit_names()

    def _fit_names(self) -> None:
        widest = max(label.fontMetrics().horizontalAdvance(label.text() + "  ") for label in self.names.values())
        for label in self.names.values():
            label.setMinimumWidth(min(widest, int(self.width() * 0.4)))

    # ------------------------------------------------------------------ what is shown
    def show_order(self, view: OrderCostView) -> None:
        """The rate card line of the order's customer and kit, as it stands (empty when none)."""
        self.customer, self.sku = view.customer, view.sku
        self.title.setText(say(msg("costing.rate_title", customer=view.customer_name, kit=view.kit, sku=view.sku)))
        rate = view.rate
        self.per_hour = bool(rate and rate.per_hour)
        self.price = None if rate is None else (rate.price_per_hour if rate.per_hour else rate.price_per_kit)
        self.setup_fee = rate.setup_fee if rate else Decimal(0)
        self.standard_seconds = rate.standard_seconds if rate else None
        self.feedback.clear()
        self._refresh()

    def _refresh(self) -> None:
        lang = current_language()
        self.per_kit_button.setChecked(not self.per_hour)
        self.per_hour_button.setChecked(self.per_hour)
        price_name = self.tr("Prix de l'heure de travail") if self.per_hour else self.tr("Prix par kit terminé")
        self.names["price"].setText(price_name)
        self._fit_names()
        shown = {"price": self._euros(self.price, lang), "setup_fee": self._euros(self.setup_fee, lang),
                 "standard_seconds": "—" if self.standard_seconds is None
                 else self.tr("{0} s").format(format_number(trimmed(self.standard_seconds), lang))}
        for field, text in shown.items():
            self.values[field].setText(text)
            self.values[field].setAccessibleName(f"{self.names[field].text()} : {text}")
            self.edit_buttons[field].setAccessibleName(self.tr("Modifier : {0}").format(self.names[field].text()))

    def _euros(self, amount: Decimal | None, lang: str) -> str:
        return "—" if amount is None else self.tr("{0} €").format(format_number(amount.quantize(CENTS), lang))

    def _choose_basis(self, per_hour: bool) -> None:
        if per_hour != self.per_hour:
            self.per_hour, self.price = per_hour, None  # a price per kit is no price per hour
        self._refresh()

    # ------------------------------------------------------------------ the pads
    def _open_pad(self, field: str) -> None:
        self._editing = field
        if field == "standard_seconds":
            current = self.standard_seconds
            self.seconds_pad.open_over(self, int(current) if current is not None else 0)
            return
        amount = self.price if field == "price" else self.setup_fee
        self.money_pad.title.setText(self.names[field].text() + self.tr(" (€)"))
        self.money_pad.open_over(self, int((amount or Decimal(0)) / CENTS))

    def _amount_chosen(self, cents: int) -> None:
        amount = Decimal(cents) * CENTS
        if self._editing == "price":
            self.price = amount
        else:
            self.setup_fee = amount
        self._refresh()

    def _seconds_chosen(self, seconds: int) -> None:
        self.standard_seconds = Decimal(seconds)
        self._refresh()

    # ------------------------------------------------------------------ saving
    def rate(self) -> Rate:
        seconds = self.standard_seconds if self.standard_seconds is not None else Decimal(0)
        return Rate(None if self.per_hour else self.price, self.price if self.per_hour else None, self.setup_fee,
                    seconds)

    def save(self) -> None:
        try:
            said = self._costs.save_rate(self.customer, self.sku, self.rate(), self._actor())
        except DomainError as exc:  # no price, no standard time, no right: said, the figures kept
            self.feedback.show_message("error", say(exc.message))
            return
        self.feedback.show_message("ok", say(said))
        self.saved.emit()
