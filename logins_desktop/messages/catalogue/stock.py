"""Stock as the manager reads it: discrepancies the stations raised, counts to do."""

from logins_desktop.messages.define import translate

DISCREPANCY_LINE = translate("messages", "{at} · {kind} · {sku} ({product}) en {location} : {quantity} — kit {kit}, "
                             "{worker}, poste {station}", "stock.discrepancy_line")
DISCREPANCY_MISSING = translate("messages", "introuvable au registre", "stock.discrepancy_kind.missing")
DISCREPANCY_TRANSFER = translate("messages", "transfert non prévu", "stock.discrepancy_kind.unplanned_transfer")
NO_DISCREPANCY = translate("messages", "aucun écart de stock à traiter", "stock.no_discrepancy")
DISCREPANCY_COUNT = translate("messages", "{n, plural, one {# écart de stock à compter} other {# écarts de stock à "
                              "compter}}", "stock.discrepancy_count")
COUNT_VALIDATED = translate("messages", "Inventaire de {location} validé : {n, plural, =0 {aucun écart} one {# écart "
                            "ajusté} other {# écarts ajustés}} ({reason}).", "stock.count_validated")
HISTORY_TITLE = translate("messages", "Historique de {sku} — {name} ({n, plural, one {# mouvement} other {# mouvements}})",
                          "stock.history_title")
ROWS_SHOWN = translate("messages", "{n, plural, one {# ligne} other {# lignes}}", "stock.rows_shown")
COUNT_STARTED = translate("messages", "Comptage de {location} commencé : scannez chaque article",
                          "stock.count_started")
DISCREPANCY_GROUP = translate("messages", "{location} : {items}", "stock.discrepancy_group")
DISCREPANCY_ITEM = translate("messages", "{product} ×{quantity} ({kind})", "stock.discrepancy_item")

# Movement kinds, as the stock history and the ledger's refusals name them.
KIND_RECEIPT = translate("messages", "réception", "stock.kind.receipt")
KIND_PICK = translate("messages", "prélèvement", "stock.kind.pick")
KIND_CONSUME = translate("messages", "consommation", "stock.kind.consume")
KIND_PRODUCE = translate("messages", "production", "stock.kind.produce")
KIND_ADJUST = translate("messages", "ajustement", "stock.kind.adjust")
KIND_SHIP = translate("messages", "expédition", "stock.kind.ship")

# The ledger's refusals.
NO_KEY = translate("messages", "mouvement sans clé d'idempotence", "stock.no_key")
EMPTY_POSTING = translate("messages", "mouvement vide", "stock.empty_posting")
BAD_QUANTITY = translate("messages", "quantité nulle ou non entière refusée", "stock.bad_quantity")
NOT_AN_ENTRY = translate("messages", "un mouvement « {kind} » ne peut pas être une entrée de stock", "stock.not_an_entry")
NOT_AN_EXIT = translate("messages", "un mouvement « {kind} » ne peut pas être une sortie de stock", "stock.not_an_exit")
BELOW_ZERO_NEEDS_REASON = translate("messages", "un ajustement sous zéro exige un motif", "stock.below_zero_needs_reason")
ONLY_ADJUST_BELOW_ZERO = translate("messages", "seul un ajustement peut passer le stock sous zéro",
                                   "stock.only_adjust_below_zero")
INSUFFICIENT = translate("messages", "stock insuffisant : {product} ({sku}) en {location} — {on_hand} en stock, "
                         "{wanted} demandé. Rien n'a été enregistré.", "stock.insufficient")
UNKNOWN_PRODUCT_ID = translate("messages", "article inconnu ({id})", "stock.unknown_product_id")
UNKNOWN_LOCATION_ID = translate("messages", "emplacement inconnu ({id})", "stock.unknown_location_id")
UNKNOWN_PRODUCT = translate("messages", "article inconnu : « {sku} »", "stock.unknown_product")
UNKNOWN_LOCATION = translate("messages", "emplacement inconnu : « {code} »", "stock.unknown_location")
RECEIPT_POSITIVE = translate("messages", "une réception doit avoir une quantité positive", "stock.receipt_positive")
ADJUST_NEEDS_REASON = translate("messages", "un ajustement exige un motif", "stock.adjust_needs_reason")
CACHE_MISMATCH = translate("messages", "stock {sku} en {location} : cache {cached} ≠ registre {ledger}",
                           "stock.cache_mismatch")
STALE_SORT_KEYS = translate("messages", "{n, plural, one {# ligne du cache de stock avec un code article ou "
                            "emplacement périmé} other {# lignes du cache de stock avec un code article ou emplacement "
                            "périmé}}", "stock.stale_sort_keys")
NEGATIVE = translate("messages", "{sku} en {location} : {quantity}", "stock.negative")
