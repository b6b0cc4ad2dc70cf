"""Lots, expiry and recall: the trace of a lot or an SSCC."""

from logins_desktop.messages.define import translate

BAD_DATE = translate("messages", "date GS1 illisible : « {value} » (AAMMJJ attendu)", "lots.bad_date")
EXPIRED_AT_STATION = translate("messages", "{item} : lot {lot} périmé depuis le {expiry}. Mettez-le de côté et "
                               "prenez un autre lot", "lots.expired")
PICK_OTHER_LOT = translate("messages", "{item} : lot {lot} scanné, mais la liste propose le lot {proposed}, celui qui "
                           "périme en premier. Prenez le lot {proposed}", "lots.pick_other_lot")
BAD_TRACKING = translate("messages", "suivi « {value} » inconnu : lot, serial ou vide attendu", "lots.bad_tracking")
UNKNOWN_LOT = translate("messages", "aucun mouvement du lot {lot} de {sku}", "lots.unknown_lot")
UNKNOWN_SSCC = translate("messages", "aucun carton {sscc}", "lots.unknown_sscc")
HELP_TRACE = translate("messages", "rappel : où est allé un lot, ce que contient un carton", "lots.help.trace")
HELP_TRACE_LOT = translate("messages", "chaque kit, commande, carton et expédition qui contient ce lot, et le "
                           "reste du lot en stock", "lots.help.trace_lot")
HELP_TRACE_SSCC = translate("messages", "les kits d'un carton (SSCC) et les lots de leurs composants",
                            "lots.help.trace_sscc")
HELP_SKU = translate("messages", "l'article (SKU)", "lots.help.sku")
HELP_LOT = translate("messages", "le lot (AI 10)", "lots.help.lot")
HELP_SSCC = translate("messages", "le SSCC du carton (18 chiffres)", "lots.help.sscc")
TRACE_LOT_HEAD = translate("messages", "Lot {lot} de {sku} : {kits, plural, one {# kit} other {# kits}}, "
                           "{orders, plural, one {# commande} other {# commandes}}, "
                           "{shipments, plural, one {# expédition} other {# expéditions}}", "lots.trace_head")
TRACE_ORDER = translate("messages", "commande {order} ({customer}) : {kits, plural, one {# kit} other {# kits}}",
                        "lots.trace_order")
TRACE_SHIPMENT = translate("messages", "expédition {shipment} à {customer}, {status} : SSCC {ssccs}",
                           "lots.trace_shipment")
TRACE_SHIPPED = translate("messages", "expédition {shipment} à {customer}, expédiée le {day} : SSCC {ssccs}",
                          "lots.trace_shipped")
TRACE_STOCK = translate("messages", "en stock à {location} : {quantity}", "lots.trace_stock")
TRACE_NONE_IN_STOCK = translate("messages", "plus rien de ce lot en stock", "lots.trace_none_in_stock")
TRACE_SSCC_HEAD = translate("messages", "Carton {sscc} ({shipment}, {customer}) : {count} × {sku}",
                            "lots.trace_sscc_head")
TRACE_SSCC_LOT = translate("messages", "{sku} lot {lot} : {quantity}", "lots.trace_sscc_lot")
TRACE_SSCC_NO_LOTS = translate("messages", "aucun composant suivi par lot dans ce carton", "lots.trace_sscc_no_lots")
