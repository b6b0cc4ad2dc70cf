"""The `logins-desktop` command: its help texts, argparse's own words and the lines it prints.

Help texts are rendered by `cli._help(HELP_X)` in the language chosen before the parser is built
(--lang, then the settings, then the system locale, then French)."""

from logins_desktop.messages.define import translate

# argparse's own words (the English is argparse's; %(...)s and %s are argparse's placeholders, passed through).
ARGPARSE_USAGE = translate("messages", "utilisation : ", "cli.argparse.usage")
ARGPARSE_POSITIONALS = translate("messages", "arguments positionnels", "cli.argparse.positionals")
ARGPARSE_OPTIONS = translate("messages", "options", "cli.argparse.options")
ARGPARSE_HELP = translate("messages", "afficher cette aide et quitter", "cli.argparse.help")
ARGPARSE_VERSION = translate("messages", "afficher la version du programme et quitter", "cli.argparse.version")
ARGPARSE_ERROR = translate("messages", "{prog} : erreur : {message}", "cli.argparse.error")
ARGPARSE_ARGUMENT = translate("messages", "argument {argument_name} : {message}", "cli.argparse.argument")
ARGPARSE_REQUIRED = translate("messages", "arguments obligatoires manquants : {names}", "cli.argparse.required")
ARGPARSE_ONE_OF = translate("messages", "l'un de ces arguments est obligatoire : {names}", "cli.argparse.one_of")
ARGPARSE_UNRECOGNIZED = translate("messages", "arguments non reconnus : {names}", "cli.argparse.unrecognized")
ARGPARSE_NOT_WITH = translate("messages", "interdit avec l'argument {name}", "cli.argparse.not_with")
ARGPARSE_CHOICE = translate("messages", "choix invalide : {value} (choisir parmi {choices})", "cli.argparse.choice")
ARGPARSE_TYPE = translate("messages", "valeur {type} invalide : {value}", "cli.argparse.type")
ARGPARSE_EXPECTED_ONE = translate("messages", "une valeur attendue", "cli.argparse.expected_one")
ARGPARSE_EXPECTED_AT_MOST_ONE = translate("messages", "au plus une valeur attendue", "cli.argparse.expected_at_most_one")
ARGPARSE_EXPECTED_AT_LEAST_ONE = translate("messages", "au moins une valeur attendue",
                                           "cli.argparse.expected_at_least_one")
ARGPARSE_EXPECTED_N = translate("messages", "{n} valeurs attendues", "cli.argparse.expected_n")
ARGPARSE_AMBIGUOUS = translate("messages", "option ambiguë : {option} peut désigner {matches}", "cli.argparse.ambiguous")
ARGPARSE_IGNORED = translate("messages", "argument explicite ignoré : {value}", "cli.argparse.ignored")
ARGPARSE_CANT_OPEN = translate("messages", "impossible d'ouvrir « {filename} » : {error}", "cli.argparse.cant_open")
ARGPARSE_UNKNOWN_PARSER = translate("messages", "sous-commande inconnue {parser_name} (choix : {choices})",
                                    "cli.argparse.unknown_parser")

# Metavars (the placeholders shown in usage lines).
METAVAR_COMMAND = translate("messages", "COMMANDE", "cli.metavar.command")
METAVAR_ACTION = translate("messages", "ACTION", "cli.metavar.action")
METAVAR_TYPE = translate("messages", "TYPE", "cli.metavar.type")

# Help texts.
HELP_CONFIG_FILE = translate("messages", "fichier de réglages TOML", "cli.help.config_file")
HELP_DB = translate("messages", "URL de base de données (sqlite:///… ou postgresql+psycopg://…)", "cli.help.db")
HELP_LANG = translate("messages", "langue des messages (défaut : réglages, puis la langue du système, puis le français)",
                      "cli.help.lang")
DESCRIPTION = translate("messages", "Log'ins Desktop — poste d'atelier et logistique.", "cli.description")
HELP_RUN = translate("messages", "ouvrir l'application (par défaut)", "cli.help.run")
HELP_RUN_DEMO = translate("messages", "base de démonstration, remplie au premier lancement", "cli.help.run_demo")
HELP_CONFIG = translate("messages", "réglages", "cli.help.config")
HELP_CONFIG_PATH = translate("messages", "afficher l'emplacement du fichier de réglages", "cli.help.config_path")
HELP_CONFIG_SHOW = translate("messages", "afficher les réglages en vigueur (TOML)", "cli.help.config_show")
HELP_CONFIG_INIT = translate("messages", "écrire un fichier de réglages par défaut s'il n'existe pas",
                             "cli.help.config_init")
HELP_DB_GROUP = translate("messages", "base de données", "cli.help.db_group")
HELP_DB_UPGRADE = translate("messages", "appliquer les migrations", "cli.help.db_upgrade")
HELP_DB_CHECK = translate("messages", "intégrité + cohérence stock/registre (code ≠ 0 si problème)", "cli.help.db_check")
HELP_DB_BACKUP = translate("messages", "sauvegarde à chaud (API de sauvegarde SQLite)", "cli.help.db_backup")
HELP_DB_BACKUP_OUT = translate("messages", "fichier de sauvegarde (défaut : dossier de données/backups)",
                               "cli.help.db_backup_out")
HELP_DB_RESTORE = translate("messages", "restaurer une sauvegarde (refusée si elle est abîmée)", "cli.help.db_restore")
HELP_DB_RESTORE_FILE = translate("messages", "le fichier de sauvegarde", "cli.help.db_restore_file")
HELP_IMPORT = translate("messages", "importer des données de référence (CSV ou classeur Excel .xlsx)", "cli.help.import")
HELP_IMPORT_KIND = translate("messages", "ce que contient le fichier", "cli.help.import_kind")
HELP_CSV_FILE = translate("messages", "le fichier CSV", "cli.help.csv_file")
HELP_EXPORT = translate("messages", "exporter", "cli.help.export")
HELP_EXPORT_KIND = translate("messages", "ce qu'il faut exporter", "cli.help.export_kind")
HELP_SEED_DEMO = translate("messages", "remplir une base vide avec les données de démonstration", "cli.help.seed_demo")
HELP_DISCREPANCIES = translate("messages", "écarts de stock relevés par les postes (à compter)",
                               "cli.help.discrepancies")
HELP_JSON_LIST = translate("messages", "une liste JSON d'objets", "cli.help.json_list")
HELP_DISCREPANCIES_ALL = translate("messages", "y compris ceux dont le comptage est commencé",
                                   "cli.help.discrepancies_all")
HELP_DISMANTLE = translate("messages", "défaire le dernier kit terminé d'une commande", "cli.help.dismantle")
HELP_ORDER = translate("messages", "la référence de la commande", "cli.help.order")
HELP_REASON_AUDIT = translate("messages", "motif (journal d'audit)", "cli.help.reason_audit")
HELP_DISMANTLE_BY = translate("messages", "qui défait le kit (journal d'audit)", "cli.help.dismantle_by")
HELP_ASSIGN = translate("messages", "affecter une personne à une commande sur un poste", "cli.help.assign")
HELP_ASSIGN_WORKER = translate("messages", "le badge de la personne", "cli.help.assign_worker")
HELP_ASSIGN_STATION = translate("messages", "l'identifiant du poste", "cli.help.assign_station")
HELP_ASSIGN_TASK = translate("messages", "la tâche de la commande (défaut : la première compatible)",
                             "cli.help.assign_task")
HELP_ASSIGN_BY = translate("messages", "qui affecte (journal d'audit)", "cli.help.assign_by")
HELP_STATION = translate("messages", "lancer un poste d'emballage", "cli.help.station")
HELP_STATION_HEADLESS = translate("messages", "sans fenêtre : une ligne JSON par lecture sur stdout",
                                  "cli.help.station_headless")
HELP_STATION_ID = translate("messages", "identifiant du poste (défaut : réglages)", "cli.help.station_id")
HELP_STATION_SCANNER = translate("messages", "serial:///dev/ttyACM0?suffix=CR, sim://… (défaut : réglages)",
                                 "cli.help.station_scanner")
HELP_COMMANDS_SHEET = translate("messages", "planche A4 (PDF) des codes-barres de commande", "cli.help.commands_sheet")
HELP_OUT_PDF = translate("messages", "le fichier PDF à écrire", "cli.help.out_pdf")
HELP_OUT = translate("messages", "le fichier à écrire", "cli.help.out")
HELP_LABEL = translate("messages", "étiquettes logistiques GS1", "cli.help.label")
HELP_LABEL_SSCC = translate("messages", "étiquette SSCC (une par unité de l'expédition)", "cli.help.label_sscc")
HELP_LABEL_SHIPMENT = translate("messages", "la référence de l'expédition", "cli.help.label_shipment")
HELP_LABEL_DEMO = translate("messages", "une unité d'exemple (SSCC réel, pris au compteur)", "cli.help.label_demo")
HELP_LABEL_FORMAT = translate("messages", "ZPL pour l'imprimante, PDF pour l'écran ou une imprimante de bureau",
                              "cli.help.label_format")
HELP_LABEL_DPI = translate("messages", "résolution de l'imprimante (points par pouce)", "cli.help.label_dpi")
HELP_LABEL_SIZE = translate("messages", "format de l'étiquette", "cli.help.label_size")
HELP_LABEL_PRODUCT = translate("messages", "étiquette article ou kit (EAN-13 ou Code 128)", "cli.help.label_product")
HELP_LABEL_SKU = translate("messages", "répétable : une étiquette par article", "cli.help.label_sku")
HELP_PRINT = translate("messages", "imprimer un fichier par la file d'impression", "cli.help.print")
HELP_PRINT_FILE = translate("messages", "le fichier ZPL ou PDF", "cli.help.print_file")
HELP_PRINTER_URL = translate("messages", "l'adresse de l'imprimante (tcp://…, usblp://…, cups://…, file://…)",
                             "cli.help.printer_url")
HELP_PRINTER = translate("messages", "imprimantes", "cli.help.printer")
HELP_PRINTER_STATUS = translate("messages", "état (JSON) : papier, tête, pause, ruban…", "cli.help.printer_status")
HELP_QUEUE = translate("messages", "file d'impression", "cli.help.queue")
HELP_QUEUE_LIST = translate("messages", "les travaux, du plus récent au plus ancien", "cli.help.queue_list")
HELP_QUEUE_RUN = translate("messages", "envoyer les travaux en attente (une passe)", "cli.help.queue_run")
HELP_QUEUE_RETRY = translate("messages", "relancer un travail", "cli.help.queue_retry")
HELP_QUEUE_CANCEL = translate("messages", "annuler un travail", "cli.help.queue_cancel")
HELP_QUEUE_JOB = translate("messages", "identifiant (ses premiers caractères suffisent)", "cli.help.queue_job")
HELP_RETRY_ALL = translate("messages", "tout renvoyer (motif exigé si des étiquettes sont déjà parties)",
                           "cli.help.retry_all")
HELP_RETRY_FROM_FIRST = translate("messages", "reprendre à la première étiquette non envoyée",
                                  "cli.help.retry_from_first")
HELP_RETRY_AFTER = translate("messages", "reprendre après la dernière étiquette sortie : son numéro (0 : aucune) ou "
                             "son SSCC", "cli.help.retry_after")
HELP_RETRY_LABELS = translate("messages", "réimprimer ces étiquettes (numéros à partir de 1, plages N-P permises)",
                              "cli.help.retry_labels")
HELP_RETRY_REASON = translate("messages", "motif de réimpression (journal d'audit)", "cli.help.retry_reason")
HELP_SYNC = translate("messages", "synchronisation avec le PostgreSQL central", "cli.help.sync")
HELP_SYNC_ONCE = translate("messages", "une synchronisation (envoi puis réception)", "cli.help.sync_once")
HELP_SYNC_RUN = translate("messages", "en boucle", "cli.help.sync_run")
HELP_SYNC_CENTRAL = translate("messages", "postgresql+psycopg://… (défaut : central_url des réglages)",
                              "cli.help.sync_central")
HELP_SYNC_INTERVAL = translate("messages", "secondes entre deux passes", "cli.help.sync_interval")
HELP_PLAN = translate("messages", "planification (équilibrage de ligne)", "cli.help.plan")
HELP_PLAN_ALWABP = translate("messages", "résoudre une instance ALWABP (JSON sur stdout)", "cli.help.plan_alwabp")
HELP_PLAN_FILE = translate("messages", "le fichier de l'instance", "cli.help.plan_file")
HELP_PLAN_TIME = translate("messages", "temps de recherche au plus, en secondes", "cli.help.plan_time")
HELP_SCREENSHOTS = translate("messages", "capturer chaque écran (PNG) sur données de démo", "cli.help.screenshots")
HELP_OUT_DIR = translate("messages", "le dossier où écrire les images", "cli.help.out_dir")

# What the commands print.
ERROR_LINE = translate("messages", "erreur : {detail}", "cli.error")
WARNING_LINE = translate("messages", "attention : {detail}", "cli.warning")
FILE_NOT_FOUND = translate("messages", "fichier introuvable : {path}", "cli.file_not_found")
CONFIG_EXISTS = translate("messages", "{path} existe déjà : rien n'est écrasé", "cli.config_exists")
CONFIG_WRITTEN = translate("messages", "réglages par défaut écrits dans {path}", "cli.config_written")
BACKUP_WRITTEN = translate("messages", "sauvegarde écrite : {path}", "cli.backup_written")
RESTORED = translate("messages", "base restaurée depuis {file}", "cli.restored")
RESTORED_KEPT = translate("messages", "base restaurée depuis {file} ; l'ancienne est gardée dans {saved}",
                          "cli.restored_kept")
RESTORED_PHOTOS = translate("messages", "{n, plural, one {# photo de preuve remise} other {# photos de preuve remises}} "
                            "depuis {folder}", "cli.restored_photos")
PHOTOS_LOST = translate("messages", "{n, plural, one {# photo de preuve nommée par la base restaurée est introuvable} "
                        "other {# photos de preuve nommées par la base restaurée sont introuvables}} (une personne "
                        "effacée depuis, ou un fichier retiré à la main) ; la base garde ce que chaque photo montrait",
                        "cli.photos_lost")
UPGRADED = translate("messages", "base à jour (révision {revision}) : {url}", "cli.upgraded")
SCHEMA_BEHIND = translate("messages", "schéma en révision {current}, attendu {head} (lancez « logins-desktop db "
                          "upgrade »)", "cli.schema_behind")
NEGATIVE_STOCK = translate("messages", "attention : stock négatif (ajustement d'un responsable) {detail}",
                           "cli.negative_stock")
CHECK_OK = translate("messages", "ok : intégrité et registre de stock cohérents ({url})", "cli.check_ok")
EXPORTED = translate("messages", "{n, plural, one {# ligne de stock écrite} other {# lignes de stock écrites}} dans "
                     "{file}", "cli.exported")
DEMO_SEEDED = translate("messages", "données de démonstration créées dans {url}", "cli.demo_seeded")
DEMO_NOT_EMPTY = translate("messages", "la base contient déjà des articles : rien n'a été ajouté ({url})",
                           "cli.demo_not_empty")
ASSIGNED = translate("messages", "{worker} affecté·e à {order} au poste {station}", "cli.assigned")
ASSIGNED_TASK = translate("messages", "{worker} affecté·e à {task} ({order}) au poste {station}", "cli.assigned_task")
NO_SCANNER = translate("messages", "aucun scanner (--scanner URL ou [devices] scanner)", "cli.no_scanner")
SHEET_WRITTEN = translate("messages", "planche des codes de commande écrite dans {path}", "cli.sheet_written")
PRODUCT_LABELS_WRITTEN = translate("messages", "{n, plural, one {# étiquette article {format} écrite} other {# "
                                   "étiquettes article {format} écrites}} dans {path}", "cli.product_labels_written")
JOB_CANCELLED = translate("messages", "travail {job} annulé", "cli.job_cancelled")
QUEUE_OUTCOME = translate("messages", "{job}  {outcome}", "cli.queue_outcome")
NO_CENTRAL = translate("messages", "aucun serveur central (--central URL ou central_url dans les réglages)",
                       "cli.no_central")
SYNCED = translate("messages", "synchronisé : {pushed, plural, one {# envoyé} other {# envoyés}}, {pulled, plural, "
                   "one {# reçu} other {# reçus}}, {conflicts, plural, one {# conflit de stock} other {# conflits de "
                   "stock}}, {seconds} s", "cli.synced")
SYNCED_CHANGES = translate("messages", "{report} — changé ici par la centrale : {changes}", "cli.synced_changes")
CENTRAL_UNREACHABLE = translate("messages", "central injoignable ({error}) : {n, plural, one {# changement en "
                                "attente} other {# changements en attente}}", "cli.central_unreachable")
INVALID_SOLUTION = translate("messages", "solution invalide : {problems}", "cli.invalid_solution")

# user: the people who sign in with a role
HELP_USER = translate("messages", "les utilisateurs qui se connectent avec un rôle et un code (administrateur)",
                      "cli.help.user")
HELP_USER_ADMIN = translate("messages", "l'administrateur qui lance la commande ; son code est demandé, ou lu dans "
                            "LOGINS_PIN (le premier administrateur d'une installation s'ajoute sans)",
                            "cli.help.user_admin")
HELP_USER_LIST = translate("messages", "lister les utilisateurs (jamais leurs codes)", "cli.help.user_list")
HELP_USER_ADD = translate("messages", "ajouter un utilisateur ; son code est demandé deux fois, ou lu dans "
                          "LOGINS_NEW_PIN", "cli.help.user_add")
HELP_USERNAME = translate("messages", "l'identifiant de l'utilisateur", "cli.help.username")
HELP_USER_NAME = translate("messages", "le nom affiché sur sa carte", "cli.help.user_name")
HELP_USER_ROLE = translate("messages", "son rôle", "cli.help.user_role")
HELP_USER_BADGE = translate("messages", "son badge, s'il en a un", "cli.help.user_badge")
HELP_USER_SITE = translate("messages", "le site dont les postes le reçoivent par la synchronisation",
                           "cli.help.user_site")
HELP_USER_PIN = translate("messages", "changer le code d'un utilisateur (le sien, ou tout autre pour "
                          "l'administrateur)", "cli.help.user_pin")
HELP_USER_DISABLE = translate("messages", "désactiver un utilisateur (il ne peut plus se connecter ; son "
                              "historique reste)", "cli.help.user_disable")
HELP_USER_ENABLE = translate("messages", "réactiver un utilisateur", "cli.help.user_enable")
USER_NEEDS_NEW_PIN = translate("messages", "le nouveau code de {name} se tape au clavier, ou se donne dans "
                               "LOGINS_NEW_PIN", "cli.user_needs_new_pin")
USER_NEW_PIN_PROMPT = translate("messages", "Nouveau code de {name} : ", "cli.user_new_pin_prompt")
USER_NEW_PIN_AGAIN = translate("messages", "Le même code, une seconde fois : ", "cli.user_new_pin_again")
USER_LINE = translate("messages", "{username} — {name}, {role}, badge {badge}, site {site}, {active}",
                      "cli.user_line")
USER_NEEDS_ADMIN = translate("messages", "{action} : dites qui vous êtes avec --user (un administrateur, ou "
                             "l'utilisateur lui-même pour changer son code)", "cli.user_needs_admin")
USER_ACTIVE = translate("messages", "actif", "cli.user_active")
USER_INACTIVE = translate("messages", "désactivé", "cli.user_inactive")
USER_ADDED = translate("messages", "{username} ajouté ({role}).", "cli.user_added")
USER_PIN_SET = translate("messages", "Code de {username} changé.", "cli.user_pin_set")
USER_DISABLED = translate("messages", "{username} désactivé : il ne peut plus se connecter.", "cli.user_disabled")
USER_ENABLED = translate("messages", "{username} réactivé.", "cli.user_enabled")
HELP_SCREEN_SIZE = translate("messages", "une seule taille d'écran, par exemple 1280x800 (sinon 1024x768, 1280x800 "
                             "et 1920x1080)", "cli.help.screen_size")
HELP_AUDIT_UI = translate("messages", "vérifier l'accessibilité de chaque écran (noms, tailles, contraste) sur "
                          "données de démo", "cli.help.audit_ui")
HELP_AUDIT_JSON = translate("messages", "le résultat en JSON", "cli.help.audit_json")
HELP_AUDIT_CONTRAST = translate("messages", "vérifier en contraste élevé (7:1 au lieu de 4,5:1)",
                                "cli.help.audit_contrast")
BAD_SCREEN_SIZE = translate("messages", "taille d'écran « {size} » refusée : largeur x hauteur en pixels, "
                            "par exemple 1280x800", "cli.bad_screen_size")
