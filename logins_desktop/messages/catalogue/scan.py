"""What a scanned code is, before the station's rules: unreadable, wrong check digit, unknown command."""

from logins_desktop.messages.define import translate

EMPTY = translate("messages", "lecture vide", "scan.empty")
QUANTITY_OUT_OF_RANGE = translate("messages", "quantité {quantity} hors limites (1 à {max})", "scan.quantity_out_of_range")
UNKNOWN_SHORT_REASON = translate("messages", "motif de manquant inconnu « {reason} »", "scan.unknown_short_reason")
UNKNOWN_COMMAND = translate("messages", "commande inconnue « {command} »", "scan.unknown_command")
QUANTITY_WITHOUT_NUMBER = translate("messages", "commande QUANTITÉ sans nombre", "scan.quantity_without_number")
SHORT_WITHOUT_REASON = translate("messages", "commande MANQUANT sans motif (VIDE, ABIME, AUTRE)", "scan.short_without_reason")
GS1_UNREADABLE = translate("messages", "code erroné : données GS1 illisibles", "scan.gs1_unreadable")
GS1_CHECK_DIGIT = translate("messages", "code erroné : clé de contrôle de l'AI ({ai})", "scan.gs1_check_digit")
CHECK_DIGIT = translate("messages", "code erroné : clé de contrôle fausse", "scan.check_digit")
CONTROL_CHARACTERS = translate("messages", "code erroné : caractères de contrôle", "scan.control_characters")
TOO_LONG = translate("messages", "lecture trop longue ({length} octets, au plus {max}) : ignorée", "scan.too_long")
FRAMING = translate("messages", "lecture illisible : {detail}", "scan.framing")
