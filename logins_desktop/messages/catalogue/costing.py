"""What an order costs and earns, the monthly invoice and the order statement (docs/costing.md)."""

from logins_desktop.messages.define import translate

# An order's cost (the command line, the statement, the console)
TITLE = translate("messages", "Commande {order} — {customer} : {kit} ({sku})", "costing.title")
KITS = translate("messages", "Kits terminés : {kits} sur {ordered}", "costing.kits")
LABOUR = translate("messages", "Temps de travail aux postes : {hours} h ({seconds} s), pauses exclues",
                   "costing.labour")
PER_KIT = translate("messages", "Temps par kit : {actual} s, pour {standard} s au devis", "costing.per_kit")
PER_KIT_NO_STANDARD = translate("messages", "Temps par kit : {actual} s (pas de temps au devis)",
                                "costing.per_kit_no_standard")
PER_KIT_NONE = translate("messages", "Temps par kit : pas encore de kit terminé", "costing.per_kit_none")
MATERIAL = translate("messages", "Matières consommées : {amount} €", "costing.material")
MATERIAL_UNPRICED = translate("messages", "Matières consommées : {amount} € ({units, plural, one {# unité} "
                              "other {# unités}} sans coût unitaire, non comptées)", "costing.material_unpriced")
REVENUE_KIT = translate("messages", "Chiffre d'affaires : {amount} € ({kits} kits × {price} € + mise en route "
                        "{setup} €)", "costing.revenue_kit")
REVENUE_HOUR = translate("messages", "Chiffre d'affaires : {amount} € ({hours} h × {price} € + mise en route "
                         "{setup} €)", "costing.revenue_hour")
NO_RATE = translate("messages", "Pas de tarif pour {customer} et {sku} : chiffre d'affaires et marge inconnus "
                    "(le bouton Tarif de la page Coûts, ou logins-desktop import rates)", "costing.no_rate")
MARGIN = translate("messages", "Marge sur matières : {amount} €", "costing.margin")
ACCOMPANIMENT = translate("messages", "L'accompagnement (entretiens, formations) n'est pas du temps de poste : "
                          "il n'est compté ni dans ce temps ni comme une perte de production.",
                          "costing.accompaniment")
RATE_TITLE = translate("messages", "Tarif de {customer} pour {kit} ({sku})", "costing.rate_title")
RATE_SAVED = translate("messages", "Tarif de {customer} pour {sku} enregistré : les commandes et les factures "
                       "le comptent dès maintenant", "costing.rate_saved")
RATE_NOT_ALLOWED = translate("messages", "un tarif ne se change que par le responsable logistique connecté",
                             "costing.rate_not_allowed")
PACE_TITLE_HOURS = translate("messages", "Commande {order} — {kit} : minutes par kit, heure par heure",
                             "costing.pace_title_hours")
PACE_TITLE_DAYS = translate("messages", "Commande {order} — {kit} : minutes par kit, jour par jour",
                            "costing.pace_title_days")
PACE_LINE = translate("messages", "{when} : {kits, plural, one {# kit} other {# kits}} en {minutes} min de poste, "
                      "{per_kit} min par kit", "costing.pace_line")
PACE_NO_KIT = translate("messages", "{when} : {minutes} min de poste, pas encore de kit terminé", "costing.pace_no_kit")
UNKNOWN_ORDER = translate("messages", "commande inconnue : « {order} »", "costing.unknown_order")
UNKNOWN_CUSTOMER = translate("messages", "client inconnu : « {customer} »", "costing.unknown_customer")
BAD_MONTH = translate("messages", "mois « {month} » refusé : AAAA-MM attendu, par exemple 2026-12",
                      "costing.bad_month")
BAD_FORMAT = translate("messages", "« {file} » : un fichier .xlsx ou .csv est attendu", "costing.bad_format")
CANNOT_WRITE = translate("messages", "impossible d'écrire « {file} » : {detail}", "costing.cannot_write")

# The monthly invoice
INVOICE_WRITTEN = translate("messages", "Facture {customer} de {month} écrite dans {file} : "
                            "{lines, plural, one {# ligne} other {# lignes}}, total {total} €",
                            "costing.invoice_written")
INVOICE_NO_RATE = translate("messages", "{sku} : {kits} kits de {month} sans tarif pour {customer}, non facturés",
                            "costing.invoice_no_rate")
STATEMENT_WRITTEN = translate("messages", "Relevé de la commande {order} écrit dans {file}", "costing.statement_written")
SHEET = translate("messages", "Facture", "costing.sheet")
COL_SKU = translate("messages", "Article", "costing.col_sku")
COL_NAME = translate("messages", "Désignation", "costing.col_name")
COL_QUANTITY = translate("messages", "Quantité", "costing.col_quantity")
COL_UNIT = translate("messages", "Unité", "costing.col_unit")
COL_UNIT_PRICE = translate("messages", "Prix unitaire (€)", "costing.col_unit_price")
COL_AMOUNT = translate("messages", "Montant (€)", "costing.col_amount")
UNIT_KIT = translate("messages", "kit", "costing.unit_kit")
UNIT_HOUR = translate("messages", "heure", "costing.unit_hour")
UNIT_ORDER = translate("messages", "commande", "costing.unit_order")
SETUP_LINE = translate("messages", "Mise en route — commande {order}", "costing.setup_line")
TOTAL = translate("messages", "Total", "costing.total")
INV_CUSTOMER = translate("messages", "Client", "costing.inv_customer")
INV_MONTH = translate("messages", "Mois", "costing.inv_month")
INV_BASIS = translate("messages", "Facturé sur", "costing.inv_basis")
BASIS_COMPLETED = translate("messages", "les kits terminés dans le mois", "costing.basis_completed")
BASIS_SHIPPED = translate("messages", "les kits expédiés dans le mois", "costing.basis_shipped")

# The PDF statement of an order
STATEMENT_TITLE = translate("messages", "Relevé de la commande {order}", "costing.statement_title")
STATEMENT_MADE_ON = translate("messages", "Édité le {day} par Log'ins Desktop", "costing.statement_made_on")

# The command line's help
HELP_ORDER = translate("messages", "les commandes : ce qu'elles coûtent et rapportent", "costing.help_order")
HELP_COST = translate("messages", "ce qu'une commande a coûté (temps, matières) et rapporté (tarif du client)",
                      "costing.help_cost")
HELP_REF = translate("messages", "la référence de la commande", "costing.help_ref")
HELP_JSON = translate("messages", "un objet JSON (les montants en chaînes, « 12.34 »)", "costing.help_json")
HELP_PDF = translate("messages", "écrire le relevé PDF de la commande dans ce fichier", "costing.help_pdf")
HELP_INVOICE = translate("messages", "la facture du mois d'un client, en Excel (.xlsx) ou en CSV",
                         "costing.help_invoice")
HELP_CUSTOMER = translate("messages", "le code du client (ou son nom)", "costing.help_customer")
HELP_MONTH = translate("messages", "le mois facturé, AAAA-MM", "costing.help_month")
HELP_OUT = translate("messages", "le fichier à écrire : .xlsx ou .csv", "costing.help_out")
