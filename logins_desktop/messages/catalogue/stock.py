"""Stock as the manager reads it: discrepancies the stations raised, counts to do."""

from logins_desktop.messages.define import translate

DISCREPANCY_LINE = translate("messages", "{at} · {kind} · {sku} ({product}) en {location} : {quantity} — kit {kit}, "
                             "{worker}, poste {station}", "stock.discrepancy_line")
DISCREPANCY_MISSING = translate("messages", "introuvable au registre", "stock.discrepancy_kind.missing")
DISCREPANCY_TRANSFER = translate("messages", "transfert non prévu", "stock.discrepancy_kind.unplanned_transfer")
NO_DISCREPANCY = translate("messages", "aucun écart de stock à traiter", "stock.no_discrepancy")
DISCREPANCY_COUNT = translate("messages", "{n, plural, one {# écart de stock à compter} other {# écarts de stock à "
                              "compter}}", "stock.discrepancy_count")
COUNT_STARTED = translate("messages", "Comptage de {location} commencé : scannez chaque article",
                          "stock.count_started")
DISCREPANCY_GROUP = translate("messages", "{location} : {items}", "stock.discrepancy_group")
DISCREPANCY_ITEM = translate("messages", "{product} ×{quantity} ({kind})", "stock.discrepancy_item")
