"""The application shell: the simulated scanner's panel, the database's own checks."""

from logins_desktop.messages.define import translate

SIM_VALIDATE = translate("messages", "VALIDER", "app.sim.validate")
SIM_UNDO = translate("messages", "ANNULER", "app.sim.undo")
SIM_LOGOUT = translate("messages", "DÉCONNEXION", "app.sim.logout")
SIM_BAD_CHECK = translate("messages", "Clé fausse", "app.sim.bad_check")
SIM_UNKNOWN = translate("messages", "Inconnu", "app.sim.unknown")
FOREIGN_KEY = translate("messages", "clé étrangère rompue : {row}", "app.foreign_key")
