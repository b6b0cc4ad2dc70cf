"""Messages of shipments: shipping out, the printed-label rule and its override by a manager."""

from logins_desktop.messages.define import translate

LABELS_MISSING = translate(
    "messages", "l'expédition {shipment} ne part pas : {n, plural, one {# unité n'a} other {# unités n'ont}} pas "
    "encore d'étiquette imprimée (un·e responsable peut l'expédier quand même, avec un motif)",
    "shipping.labels_missing")
OVERRIDE_NOT_ALLOWED = translate(
    "messages", "expédier sans toutes les étiquettes imprimées : réservé à un·e responsable logistique connecté·e",
    "shipping.override_not_allowed")
SHIPPED = translate("messages", "expédition {shipment} partie de {location} : le stock est sorti", "shipping.shipped")
SHIPPED_OVERRIDE = translate(
    "messages", "expédition {shipment} partie de {location} sans {n, plural, one {# étiquette imprimée} "
    "other {# étiquettes imprimées}} (motif : {reason}) : c'est noté au journal", "shipping.shipped_override")
QUEUED = translate("messages", "{n, plural, one {# étiquette envoyée} other {# étiquettes envoyées}} à la file "
                   "d'impression : chaque unité compte comme étiquetée quand l'imprimante l'a imprimée",
                   "shipping.labels_queued")

# The reasons offered on screen as big buttons (no keyboard needed); "other" is one of them.
REASON_PRINTED_ELSEWHERE = translate("messages", "étiquettes imprimées sur un autre poste",
                                     "shipping.reason_printed_elsewhere")
REASON_PRINTER_DOWN = translate("messages", "imprimante en panne : étiquettes écrites à la main",
                                "shipping.reason_printer_down")
REASON_CARRIER_WAITING = translate("messages", "le transporteur attend : étiquettes envoyées après",
                                   "shipping.reason_carrier_waiting")
REASON_OTHER = translate("messages", "autre motif (à préciser au journal)", "shipping.reason_other")
ITEMS_PER_CARTON = translate("messages", "{n, plural, one {# article par carton} other {# articles par carton}}",
                             "shipping.items_per_carton")
