"""Lots, expiry and recall: the trace of a lot or an SSCC."""

from logins_desktop.messages.define import translate

BAD_DATE = translate("messages", "date GS1 illisible : « {value} » (AAMMJJ attendu)", "lots.bad_date")
EXPIRED_AT_STATION = translate("messages", "{item} : lot {lot} périmé depuis le {expiry}. Mettez-le de côté et "
                               "prenez un autre lot", "lots.expired")
PICK_OTHER_LOT = translate("messages", "{item} : lot {lot} scanné, mais la liste propose le lot {proposed}, celui qui "
                           "périme en premier. Prenez le lot {proposed}", "lots.pick_other_lot")
SERIAL_NEEDED = translate("messages", "{item} est suivi par numéro de série : scannez le code qui porte le "
                          "numéro de série (GS1, AI 21)", "lots.serial_needed")
SERIAL_ONE_BY_ONE = translate("messages", "{item} : un numéro de série par article, scannez-les un à un "
                              "(pas de QUANTITÉ)", "lots.serial_one_by_one")
SERIAL_TWICE = translate("messages", "{item} n° {serial} déjà scanné dans ce kit : prenez un autre article",
                         "lots.serial_twice")
SERIAL_USED = translate("messages", "{item} n° {serial} est déjà dans un kit de la commande {order} : mettez-le "
                        "de côté et appelez le chef d'équipe", "lots.serial_used")
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
SSCC_TITLE = translate("messages", "Carton {sscc} : son expédition et les lots de ses kits", "lots.sscc_title")
TRACE_SSCC_HEAD = translate("messages", "Carton {sscc} ({shipment}, {customer}) : {count} × {sku}",
                            "lots.trace_sscc_head")
TRACE_SSCC_LOT = translate("messages", "{sku} lot {lot} : {quantity}", "lots.trace_sscc_lot")
TRACE_SSCC_NO_LOTS = translate("messages", "aucun composant suivi par lot dans ce carton", "lots.trace_sscc_no_lots")

# The recall report a customer receives (PDF and CSV): no worker's badge in it, only where the lot went.
REPORT_TITLE = translate("messages", "Rappel du lot {lot} de {sku}", "lots.report_title")
REPORT_EXPIRY = translate("messages", "Péremption du lot : {day}", "lots.report_expiry")
REPORT_KITS = translate("messages", "Les kits qui contiennent ce lot", "lots.report_kits")
REPORT_NO_KITS = translate("messages", "Aucun kit ne contient ce lot.", "lots.report_no_kits")
REPORT_MADE_ON = translate("messages", "Rapport établi le {day} par Log'ins Desktop", "lots.report_made_on")
REPORT_WRITTEN = translate("messages", "Rapport de rappel du lot {lot} écrit : {files}", "lots.report_written")
REPORT_COL_SECTION = translate("messages", "Rubrique", "lots.report_col.section")
REPORT_COL_REFERENCE = translate("messages", "Référence", "lots.report_col.reference")
REPORT_COL_ORDER = translate("messages", "Commande", "lots.report_col.order")
REPORT_COL_CUSTOMER = translate("messages", "Client", "lots.report_col.customer")
REPORT_COL_STATION = translate("messages", "Poste", "lots.report_col.station")
REPORT_COL_DATE = translate("messages", "Date", "lots.report_col.date")
REPORT_COL_QUANTITY = translate("messages", "Quantité", "lots.report_col.quantity")
REPORT_COL_DETAIL = translate("messages", "Détail", "lots.report_col.detail")
REPORT_SECTION_KIT = translate("messages", "kit", "lots.report_section.kit")
REPORT_SECTION_SHIPMENT = translate("messages", "expédition", "lots.report_section.shipment")
REPORT_SECTION_STOCK = translate("messages", "stock", "lots.report_section.stock")
HELP_REPORT_PDF = translate("messages", "écrire aussi le rapport de rappel en PDF dans ce fichier", "lots.help.report_pdf")
HELP_REPORT_CSV = translate("messages", "écrire aussi le rapport de rappel en CSV dans ce fichier", "lots.help.report_csv")

# The console's lots page: what is to watch, and what a search found.
EXPIRED_AND_SOON = translate("messages", "{expired, plural, one {# lot périmé} other {# lots périmés}} : à sortir du "
                             "stock ; {soon, plural, =0 {aucun autre ne périme} one {# autre périme} other {# autres "
                             "périment}} d'ici {days, plural, one {# jour} other {# jours}}.", "lots.expired_and_soon")
EXPIRING_SOON = translate("messages", "{soon, plural, one {# lot périme} other {# lots périment}} d'ici "
                          "{days, plural, one {# jour} other {# jours}}.", "lots.expiring_soon")
NONE_EXPIRING = translate("messages", "Aucun lot ne périme d'ici {days, plural, one {# jour} other {# jours}}.",
                          "lots.none_expiring")
SEARCHED = translate("messages", "Lot cherché : {text} ({n, plural, =0 {aucune ligne} one {# ligne : fermez le clavier "
                     "pour la voir} other {# lignes : fermez le clavier pour les voir}}).", "lots.searched")
FOUND = translate("messages", "{n, plural, =0 {Aucune ligne de lot dont le code contient « {text} », épuisés compris.} "
                  "one {# ligne de lot dont le code contient « {text} », épuisés compris. Touchez-la, puis Rappel.} "
                  "other {# lignes de lot dont le code contient « {text} », épuisés compris. Touchez-en une, puis "
                  "Rappel.}}", "lots.found")
