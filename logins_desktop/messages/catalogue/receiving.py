"""Receiving and counting by scan at the logistics console."""

from logins_desktop.messages.define import translate

NOT_LOCATION_NOR_ARTICLE = translate("messages", "« {code} » n'est ni un emplacement ni un article",
                                     "receiving.not_location_nor_article")
UNKNOWN_GTIN = translate("messages", "article inconnu (GTIN {gtin})", "receiving.unknown_gtin")
QUANTITY_NEXT = translate("messages", "Quantité {quantity} pour le prochain article", "receiving.quantity_next")
RECEIVING_AT = translate("messages", "Réception en {location} : scannez les articles", "receiving.receiving_at")
SCAN_LOCATION_FIRST = translate("messages", "scannez d'abord l'emplacement de réception", "receiving.scan_location_first")
RECEIVED = translate("messages", "Reçu : {quantity} × {product} en {location}", "receiving.received")
RECEIVED_BATCH = translate("messages", "Reçu : {quantity} × {product} en {location}, lot {batch}",
                           "receiving.received_batch")
FINISH_COUNT_FIRST = translate("messages", "terminez d'abord l'inventaire de {location}", "receiving.finish_count_first")
COUNT_AT = translate("messages", "Inventaire de {location} : {n, plural, one {# article attendu} other {# articles "
                     "attendus}}, scannez ce qui s'y trouve", "receiving.count_at")
SCAN_COUNT_LOCATION_FIRST = translate("messages", "scannez d'abord l'emplacement à inventorier",
                                      "receiving.scan_count_location_first")
COUNTED = translate("messages", "Compté : {product} {counted} (attendu {expected})", "receiving.counted")
COUNTED_LOT = translate("messages", "Compté : {product}, lot {lot} : {lot_counted} (attendu {lot_expected}) ; "
                        "en tout {counted} (attendu {expected})", "receiving.counted_lot")
NO_COUNT = translate("messages", "aucun inventaire en cours", "receiving.no_count")
COUNT_NEEDS_REASON = translate("messages", "un écart d'inventaire exige un motif", "receiving.count_needs_reason")
