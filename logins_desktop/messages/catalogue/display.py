"""Messages of the display preferences saved from the screen (contrast, text size, targets, language)."""

from logins_desktop.messages.define import translate

FILE_UNREADABLE = translate("messages", "les réglages ne sont pas enregistrés : le fichier {path} est illisible "
                            "({detail}) ; corrigez-le d'abord", "display.file_unreadable")
FONT_SCALE_RANGE = translate("messages", "taille du texte {value} : entre {low} et {high}", "display.font_scale_range")
TARGET_RANGE = translate("messages", "taille des boutons {value} mm : entre 10 et 40 mm", "display.target_range")
LANGUAGE_UNKNOWN = translate("messages", "langue « {language} » non prise en charge (fr ou en)",
                             "display.language_unknown")
NOT_SAVED = translate("messages", "affichage changé pour cette fois, mais pas enregistré pour le prochain démarrage : "
                      "{detail}", "display.not_saved")
