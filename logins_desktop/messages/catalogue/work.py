"""Orders, shipments and people's restrictions as the screens list them; restriction refusals."""

from logins_desktop.messages.define import translate

ORDER_OPEN = translate("messages", "à faire", "work.order_status.open")
ORDER_IN_PROGRESS = translate("messages", "en cours", "work.order_status.in_progress")
ORDER_DONE = translate("messages", "terminée", "work.order_status.done")
ORDER_CANCELLED = translate("messages", "annulée", "work.order_status.cancelled")

SHIPMENT_OPEN = translate("messages", "ouverte", "shipping.status.open")
SHIPMENT_SHIPPED = translate("messages", "expédiée", "shipping.status.shipped")
SHIPMENT_CANCELLED = translate("messages", "annulée", "shipping.status.cancelled")
NO_ADDRESS = translate("messages", "adresse de livraison manquante", "shipping.no_address")
UNKNOWN_CUSTOMER = translate("messages", "client inconnu : « {customer} »", "shipping.unknown_customer")
CLOSED = translate("messages", "l'expédition {shipment} est close", "shipping.closed")
UNKNOWN_PRODUCT = translate("messages", "article inconnu : « {sku} »", "shipping.unknown_product")
UNIT_COUNT = translate("messages", "le nombre d'articles d'une unité doit être positif", "shipping.unit_count")
ALREADY = translate("messages", "l'expédition {shipment} est déjà {status}", "shipping.already")
NO_UNITS = translate("messages", "une expédition sans unité ne part pas", "shipping.no_units")
UNKNOWN_LOCATION = translate("messages", "emplacement inconnu : « {code} »", "shipping.unknown_location")
UNKNOWN_SHIPMENT = translate("messages", "expédition inconnue : « {shipment} »", "shipping.unknown_shipment")

# A person's current restrictions in one line (counsellor's list).
R_LOAD = translate("messages", "charge ≤ {kg} kg", "work.restriction.load")
R_LEFT_HAND = translate("messages", "main gauche seulement", "work.restriction.left_hand")
R_RIGHT_HAND = translate("messages", "main droite seulement", "work.restriction.right_hand")
R_SEATED = translate("messages", "assis", "work.restriction.seated")
R_STANDING = translate("messages", "debout", "work.restriction.standing")
R_NO_OVERHEAD = translate("messages", "pas de bras au-dessus des épaules", "work.restriction.no_overhead")
R_NO_FINE = translate("messages", "pas de gestes fins", "work.restriction.no_fine")
R_LOW_FINE = translate("messages", "gestes fins limités", "work.restriction.low_fine")
R_REPS = translate("messages", "≤ {reps} gestes/min", "work.restriction.reps")
R_CONTINUOUS = translate("messages", "≤ {minutes} min d'affilée", "work.restriction.continuous")
R_UNTIL = translate("messages", "jusqu'au {date}", "work.restriction.until")
R_LIST = translate("messages", "{items}", "work.restriction.list")

# The same, as the board's short chips under a person's name (three to a line).
CHIP_LOAD = translate("messages", "≤ {kg} kg", "work.chip.load")
CHIP_ONE_HAND = translate("messages", "1 main", "work.chip.one_hand")
CHIP_ARMS_LOW = translate("messages", "bras bas", "work.chip.arms_low")
CHIP_LESS_FINE = translate("messages", "gestes fins ↓", "work.chip.less_fine")
CHIP_REPS = translate("messages", "≤ {reps}/min", "work.chip.reps")

# Refusals when a counsellor sets restrictions.
R_END_BEFORE_START = translate("messages", "la fin de validité est avant son début", "work.restriction.end_before_start")
R_NEGATIVE = translate("messages", "{name} : une valeur négative n'a pas de sens", "work.restriction.negative")
R_NAME_LOAD = translate("messages", "charge maximale", "work.restriction.name.load")
R_NAME_REPS = translate("messages", "gestes par minute", "work.restriction.name.reps")
R_NAME_CONTINUOUS = translate("messages", "minutes d'affilée", "work.restriction.name.continuous")
R_UNKNOWN_BADGE = translate("messages", "badge inconnu : « {badge} »", "work.restriction.unknown_badge")
PACE_LINE = translate("messages", "{order} : {last, plural, one {# kit} other {# kits}} la dernière heure complète, "
                      "{current} dans l'heure en cours, {total} en tout", "work.pace_line")
