"""Messages shared by every area."""

from logins_desktop.messages.define import translate

ERROR = translate("messages", "erreur : {detail}", "common.error")
UNEXPECTED = translate("messages", "Une erreur inattendue est survenue. Rien de ce qui était enregistré n'est perdu. "
                       "Détails pour le support : {log}", "common.unexpected")
