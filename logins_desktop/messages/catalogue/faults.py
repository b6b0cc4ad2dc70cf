"""Database faults, the one-process-per-station lock, and the top-level error handlers."""

from logins_desktop.messages.define import translate

DAMAGED = translate("messages", "La base de données {path} est endommagée ({detail}). Dernière sauvegarde valide : "
                    "{backup}. Pour la remettre en place : {command}", "db.damaged")
DAMAGED_NO_BACKUP = translate("messages", "La base de données {path} est endommagée ({detail}) et aucune sauvegarde "
                              "valide n'a été trouvée dans {folder}. Appelez le support avant toute autre action.",
                              "db.damaged_no_backup")
NOT_A_DATABASE = translate("messages", "ce fichier n'est pas une base de données", "db.detail.not_a_database")
MALFORMED = translate("messages", "des pages du fichier sont illisibles", "db.detail.malformed")
IO_ERROR = translate("messages", "le disque signale une erreur de lecture ou d'écriture", "db.detail.io_error")
INTEGRITY = translate("messages", "{n, plural, one {# défaut d'intégrité} other {# défauts d'intégrité}}",
                      "db.detail.integrity")
READ_ONLY = translate("messages", "La base de données {path} est en lecture seule : rien ne peut être enregistré, "
                      "les scans sont refusés. Appelez le support.", "db.read_only")
READ_ONLY_MISSING = translate("messages", "La base de données {path} n'existe pas et ne peut pas être créée : "
                              "l'emplacement est en lecture seule.", "db.read_only_missing")
READ_ONLY_OUTDATED = translate("messages", "La base de données {path} est en lecture seule et son schéma n'est pas "
                               "à jour : elle ne peut pas être ouverte.", "db.read_only_outdated")
BUSY_RETRY = translate("messages", "base occupée, nouvel essai… ({seconds} s sur {limit} s)", "db.busy_retry")
BUSY = translate("messages", "La base de données est occupée par un autre programme depuis {seconds} s : rien n'a "
                 "été modifié. Réessayez quand il aura fini (réglage database.busy_seconds pour attendre plus).",
                 "db.busy")
DISK_FULL = translate("messages", "Le disque est plein : rien n'a été enregistré. Libérez de la place puis "
                      "réessayez.", "db.disk_full")
CANNOT_OPEN = translate("messages", "La base de données {path} ne peut pas être ouverte : {detail}", "db.cannot_open")
BAD_URL = translate("messages", "URL de base de données incomprise : {url} (attendu sqlite:///chemin ou "
                    "postgresql+psycopg://utilisateur@serveur/base)", "db.bad_url")
UNREACHABLE = translate("messages", "Le serveur de base de données {url} est injoignable : {detail}", "db.unreachable")
STATION_RUNNING = translate("messages", "Le poste {station} est déjà lancé sur cette base (processus {pid}). Un seul "
                            "programme par poste : utilisez la fenêtre déjà ouverte, ou arrêtez-la d'abord.",
                            "station.already_running")
STATION_RUNNING_ELSEWHERE = translate("messages", "Le poste {station} est déjà lancé sur cette base par un autre "
                                      "ordinateur ou programme. Un seul programme par poste.",
                                      "station.already_running_elsewhere")
UNEXPECTED_NO_LOG = translate("messages", "Une erreur inattendue est survenue. Rien de ce qui était enregistré n'est "
                              "perdu. Le journal n'a pas pu être écrit : notez l'heure et appelez le support.",
                              "common.unexpected_no_log")
CANNOT_START = translate("messages", "Log'ins ne peut pas démarrer", "app.cannot_start")
PROBLEM = translate("messages", "Un problème est survenu", "app.problem")
