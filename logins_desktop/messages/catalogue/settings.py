"""The settings file: why it cannot be used (a key, a type, a range)."""

from logins_desktop.messages.define import translate

UNKNOWN_KEY = translate("messages", "{where} : clé inconnue « {key} »", "settings.unknown_key")
BOOL_EXPECTED = translate("messages", "{key} : true ou false attendu", "settings.bool_expected")
LIST_EXPECTED = translate("messages", "{key} : liste de {type} attendue, reçu {value}", "settings.list_expected")
TYPE_EXPECTED = translate("messages", "{key} : {type} attendu, reçu {value}", "settings.type_expected")
UNREADABLE = translate("messages", "fichier de réglages illisible ({source}) : {detail}", "settings.unreadable")
NOT_A_SECTION = translate("messages", "[{key}] doit être une section", "settings.not_a_section")
TOP_LEVEL = translate("messages", "réglages", "settings.top_level")
LANGUAGE = translate("messages", "langue « {language} » non prise en charge ({languages})", "settings.language")
BETWEEN = translate("messages", "{key} doit être entre {low} et {high} {unit}", "settings.between")
PERIODS = translate("messages", "planning.period_minutes : de 1 à 12 périodes de 15 à 480 minutes chacune",
                    "settings.periods")
PERIODS_DAY = translate("messages", "planning.period_minutes : un poste ne peut pas dépasser 24 h",
                        "settings.periods_day")
AT_LEAST = translate("messages", "{key} doit être au moins {low}", "settings.at_least")
SHIPPING_LOCATION_EMPTY = translate("messages", "{key} : le code de l'emplacement d'expédition est vide",
                                    "settings.shipping_location_empty")
PRINT_FORMAT = translate("messages", "{key} : « {value} » inconnu (zpl ou pdf)", "settings.print_format")
PDF_PRINTER_FORMAT = translate("messages", "{key} : une imprimante pdf:// n'imprime que du PDF (format = \"pdf\")",
                               "settings.pdf_printer_format")
INSERTION_MONTHS = translate("messages", "insertion : 1 ≤ min_months ≤ max_months ≤ 60 attendu", "settings.insertion_months")
DPI_OVERRIDE = translate("messages", "{key} : 0 (l'écran le dit) ou la densité réelle, de 50 à 1000 points par pouce",
                        "settings.dpi_override")
OFF_OR_BETWEEN = translate("messages", "{key} : 0 (arrêt) ou de {low} à {high} s", "settings.off_or_between")
WINDOW = translate("messages", "{key} : « {value} » inconnu (fullscreen : plein écran, ou normal : fenêtre ordinaire)",
                   "settings.window")
