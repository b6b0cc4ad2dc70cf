"""Backups and restores of a station's SQLite database."""

from logins_desktop.messages.define import translate

SQLITE_ONLY = translate("messages", "sauvegarde et restauration concernent la base SQLite locale d'un poste",
                        "backup.sqlite_only")
FILE_NOT_FOUND = translate("messages", "fichier introuvable : {path}", "backup.file_not_found")
INTEGRITY = translate("messages", "intégrité : {detail}", "backup.integrity")
NOT_SQLITE = translate("messages", "ce n'est pas une base SQLite lisible ({detail})", "backup.not_sqlite")
NOT_LOGINS = translate("messages", "ce n'est pas une base Log'ins (tables manquantes)", "backup.not_logins")
DB_NOT_FOUND = translate("messages", "base introuvable : {path}", "backup.db_not_found")
INCONSISTENT = translate("messages", "sauvegarde incohérente, non conservée : {problems}", "backup.inconsistent")
RESTORE_REFUSED = translate("messages", "restauration refusée : {problems}", "backup.restore_refused")
RESTORE_INCOMPLETE = translate("messages", "restauration incomplète : {problems}", "backup.restore_incomplete")
PHOTOS_FAILED = translate("messages", "les photos de preuve n'ont pas pu être copiées dans {folder} ({detail}) : cette "
                          "sauvegarde n'est pas gardée, la précédente reste", "backup.photos_failed")
CANCELLED = translate("messages", "Sauvegarde arrêtée : aucune copie partielle n'est gardée.", "backup.cancelled")
