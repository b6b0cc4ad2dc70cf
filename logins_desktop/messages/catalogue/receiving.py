"""Receiving and counting by scan at the logistics console."""

from logins_desktop.messages.define import translate

NOT_LOCATION_NOR_ARTICLE = translate("messages", "« {code} » n'est ni un emplacement ni un article",
                                     "receiving.not_location_nor_article")
UNKNOWN_GTIN = translate("messages", "article inconnu (GTIN {gtin})", "receiving.unknown_gtin")
DAMAGED_ON_NOTICE = translate("messages", "{quantity, plural, one {# × {product} abîmé : refusé à la réception, noté "
                              "sur l'avis {reference} (toujours attendu)} other {# × {product} abîmés : refusés à la "
                              "réception, notés sur l'avis {reference} (toujours attendus)}}",
                              "receiving.damaged_on_notice")
DAMAGED_REFUSED = translate("messages", "{quantity, plural, one {# × {product} abîmé : refusé à la réception, non "
                            "annoncé} other {# × {product} abîmés : refusés à la réception, non annoncés}}",
                            "receiving.damaged_refused")
DAMAGED_UNDONE = translate("messages", "Annulé : {quantity, plural, one {# × {product} n'est plus noté abîmé} other "
                           "{# × {product} ne sont plus notés abîmés}}", "receiving.damaged_undone")
NOTICE_DAMAGED = translate("messages", "{quantity, plural, one {abîmé refusé # × {sku}} other {abîmés refusés # × "
                           "{sku}}} (lot {lot})", "receiving.notice_damaged")
# What the receiving page says is still expected of the announced delivery in view.
NOTICE_LEFT = translate("messages", "Avis {reference} : {left, plural, one {reste # article} other {restent # articles}} "
                        "sur {lines, plural, one {# ligne} other {# lignes}}", "receiving.notice_left")
NOTICE_MORE_LINES = translate("messages", "{n, plural, one {+# autre} other {+# autres}}", "receiving.notice_more_lines")
OTHER_NOTICES = translate("messages", "{n, plural, one {# autre avis ouvert} other {# autres avis ouverts}}",
                          "receiving.other_notices")
NOTHING_TO_CREATE = translate("messages", "aucun article inconnu à créer : scannez d'abord son code",
                              "receiving.nothing_to_create")
CREATE_NOT_ALLOWED = translate("messages", "un article ne se crée que par le responsable logistique connecté",
                               "receiving.create_not_allowed")
CREATE_NEEDS_NAME = translate("messages", "tapez d'abord la désignation de l'article", "receiving.create_needs_name")
ARTICLE_CREATED = translate("messages", "Article {gtin} créé : « {name} » (sa référence client viendra de "
                            "l'import des articles). {received}", "receiving.article_created")
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

# Receiving what a customer announced (advance shipping notices: import receipts)
AGAINST_NOTICE = translate("messages", "{received} — avis {reference} : {got}/{expected}, reste {left}",
                           "receiving.against_notice")
NOT_ANNOUNCED = translate("messages", "{received} — article non annoncé : reçu quand même, à signaler au client",
                          "receiving.not_announced")
NOTHING_TO_UNDO = translate("messages", "aucune réception à annuler dans cette session", "receiving.nothing_to_undo")
CANNOT_UNDO = translate("messages", "impossible d'annuler la réception de {product}", "receiving.cannot_undo")
UNDONE = translate("messages", "Réception annulée : {quantity} × {product} sortis de {location}", "receiving.undone")
NOTICE_CLOSED = translate("messages", "Avis {reference} clos : {short, plural, one {# ligne manquante} other "
                          "{# lignes manquantes}}, {over, plural, one {# ligne en trop} other {# lignes en trop}}",
                          "receiving.notice_closed")
NOTICE_SHORT = translate("messages", "manque {quantity} × {sku} (lot {lot})", "receiving.notice_short")
NOTICE_OVER = translate("messages", "en trop {quantity} × {sku} (lot {lot})", "receiving.notice_over")
NOTICE_BACKORDER = translate("messages", "le reste est attendu dans l'avis {reference}", "receiving.notice_backorder")
UNKNOWN_NOTICE = translate("messages", "aucun avis de réception « {reference} »", "receiving.unknown_notice")
NOTICE_ALREADY_CLOSED = translate("messages", "l'avis {reference} est déjà clos", "receiving.notice_already_closed")
NOTICE_LINE = translate("messages", "{reference} : {sku} lot {lot} — {received}/{expected} reçus", "receiving.notice_line")
NO_NOTICE = translate("messages", "aucun avis de réception ouvert", "receiving.no_notice")
HELP_RECEIPTS = translate("messages", "réceptions annoncées par les clients (avis) : ce qui reste attendu, clore un avis",
                          "receiving.help.receipts")
HELP_RECEIPTS_LIST = translate("messages", "les avis ouverts et ce que chaque ligne a reçu", "receiving.help.list")
HELP_RECEIPTS_CLOSE = translate("messages", "clore un avis : écarts enregistrés, le manquant reste attendu",
                                "receiving.help.close")
HELP_REFERENCE = translate("messages", "la référence de l'avis", "receiving.help.reference")
HELP_BY = translate("messages", "qui clôt l'avis (pour le journal)", "receiving.help.by")
SERIAL_IN_STOCK = translate("messages", "{product} n° de série {serial} déjà en stock ({location}) : deux unités "
                            "ne portent pas le même numéro — rien n'est reçu", "receiving.serial_in_stock")
