"""Printers and scanners: what their status says, why a job could not leave."""

from logins_desktop.messages.define import translate

# Printer status (a list of problems, or ready).
OFFLINE = translate("messages", "hors ligne", "devices.printer.offline")
PAPER_OUT = translate("messages", "plus de papier (étiquettes)", "devices.printer.paper_out")
HEAD_OPEN = translate("messages", "tête d'impression ouverte", "devices.printer.head_open")
RIBBON_OUT = translate("messages", "plus de ruban", "devices.printer.ribbon_out")
PAUSED = translate("messages", "en pause", "devices.printer.paused")
BUFFER_FULL = translate("messages", "mémoire pleine", "devices.printer.buffer_full")
READY = translate("messages", "prête", "devices.printer.ready")
PROBLEMS = translate("messages", "{problems}", "devices.printer.problems")

# Printer transports.
UNSUPPORTED = translate("messages", "type d'imprimante non pris en charge : « {url} »", "devices.printer.unsupported")
NO_HOST = translate("messages", "adresse d'imprimante sans hôte : « {url} »", "devices.printer.no_host")
PRINTER_OFFLINE = translate("messages", "imprimante {printer} hors ligne ({detail})", "devices.printer.printer_offline")
SEND_CUT = translate("messages", "envoi à {printer} interrompu ({detail})", "devices.printer.send_cut")
NO_HS_REPLY = translate("messages", "imprimante {printer} ne répond pas à ~HS (hors ligne)", "devices.printer.no_hs_reply")
PRINTER_FAULT = translate("messages", "imprimante {printer} : {detail}", "devices.printer.fault")
UNREADABLE_HS = translate("messages", "réponse ~HS illisible ({reply})", "devices.printer.unreadable_hs")
UNACKNOWLEDGED = translate("messages", "{n, plural, one {# octet non acquitté} other {# octets non acquittés}}",
                           "devices.printer.unacknowledged")
UNAVAILABLE = translate("messages", "imprimante {printer} indisponible ({detail})", "devices.printer.unavailable")
UNPLUGGED = translate("messages", "{device} absent (imprimante débranchée ?)", "devices.printer.unplugged")
NO_LP = translate("messages", "CUPS absent de ce poste (commande lp introuvable)", "devices.printer.no_lp")
NO_LPSTAT = translate("messages", "CUPS absent de ce poste (lpstat introuvable)", "devices.printer.no_lpstat")
CUPS_REFUSED = translate("messages", "CUPS a refusé le travail : {detail}", "devices.printer.cups_refused")
CUPS_UNKNOWN_QUEUE = translate("messages", "file CUPS « {queue} » inconnue", "devices.printer.cups_unknown_queue")
WRITE_FAILED = translate("messages", "écriture dans {path} impossible ({detail})", "devices.printer.write_failed")
INACCESSIBLE = translate("messages", "{path} inaccessible", "devices.printer.inaccessible")
SIM_OFFLINE = translate("messages", "imprimante simulée hors ligne", "devices.printer.sim_offline")
SIM_CUT = translate("messages", "imprimante simulée : connexion coupée", "devices.printer.sim_cut")
SIM_PAUSED_MID_JOB = translate("messages", "imprimante simulée en pause pendant le travail : {labels, plural, one {# étiquette sortie} other {# étiquettes sorties}}, le reste annulé", "devices.printer.sim_paused_mid_job")

# Scanners.
UNKNOWN_SUFFIX = translate("messages", "suffixe inconnu « {suffix} » (choix : {choices})", "devices.scanner.unknown_suffix")
UNKNOWN_LAYOUT = translate("messages", "disposition inconnue « {layout} » (choix : {choices})",
                           "devices.scanner.unknown_layout")
BAD_SERIAL_URL = translate("messages", "adresse de scanner invalide « {url} » : {detail}", "devices.scanner.bad_serial_url")
BAD_INTERVAL = translate("messages", "max_interval_ms invalide dans « {url} »", "devices.scanner.bad_interval")
UNKNOWN_PROFILE = translate("messages", "profil de scanner inconnu « {profile} » (choix : {choices})",
                            "devices.scanner.unknown_profile")
NO_DEVICE = translate("messages", "adresse de scanner sans périphérique : « {url} »", "devices.scanner.no_device")
HID_READY = translate("messages", "scanner clavier (HID) prêt", "devices.scanner.hid_ready")
SIM_READY = translate("messages", "scanner simulé prêt", "devices.scanner.sim_ready")
CONNECTED = translate("messages", "scanner connecté ({device})", "devices.scanner.connected")
DISCONNECTED = translate("messages", "scanner déconnecté ({detail}) — reconnexion automatique", "devices.scanner.disconnected")
UNSUPPORTED_SCANNER = translate("messages", "type de scanner non pris en charge : « {url} »", "devices.scanner.unsupported")
# A ZPL printer asked ~HS after a job: what it says when it did not print all of it.
SILENT_AFTER_JOB = translate("messages", "imprimante {printer} muette après l'envoi ({detail}) : vérifiez les étiquettes "
                             "sorties", "devices.printer.silent_after_job")
STOPPED_NOT_CANCELLED = translate("messages", "imprimante arrêtée pendant le travail ({status}), {waiting, plural, one "
                                  "{# étiquette en mémoire non annulée} other {# étiquettes en mémoire non annulées}} "
                                  "({detail}) : videz-la avant de relancer", "devices.printer.stopped_not_cancelled")
STOPPED_MID_JOB = translate("messages", "imprimante arrêtée pendant le travail ({status}) : {printed, plural, one "
                            "{# étiquette sortie} other {# étiquettes sorties}}, {waiting} restaient en mémoire et sont "
                            "annulées (~JA)", "devices.printer.stopped_mid_job")
