"""Messages of the master-data import and of the stock export (docs/import.md)."""

from logins_desktop.messages.define import translate

# Where a problem is, and the whole refusal.
AT_CELL = translate("messages", "{file}, ligne {line}, colonne « {column} » : {problem}", "import.at_cell")
AT_LINE = translate("messages", "{file}, ligne {line} : {problem}", "import.at_line")
FAILED = translate("messages", "Import refusé, rien n'a été importé ({total, plural, one {# erreur} other {# erreurs}}) :",
                   "import.failed")
MORE = translate("messages", "… et {n, plural, one {# autre erreur} other {# autres erreurs}}", "import.more")
UNKNOWN_KIND = translate("messages", "type d'import inconnu « {kind} » ({kinds})", "import.unknown_kind")
FILE_NOT_FOUND = translate("messages", "fichier introuvable : {path}", "import.file_not_found")

# The file itself.
NOT_TEXT_ENCODING = translate(
    "messages", "le fichier n'est ni en UTF-8 ni en Windows-1252 (octet illisible {byte}) : "
    "enregistrez-le en « CSV UTF-8 » ou en « CSV (séparateur : point-virgule) »", "import.bad_encoding")
UTF16 = translate("messages", "le fichier est en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 »",
                  "import.utf16")
EMPTY = translate("messages", "fichier vide : une ligne d'en-tête est attendue", "import.empty")
MISSING_COLUMN = translate("messages", "colonne obligatoire absente de l'en-tête ({columns})", "import.missing_column")
DUPLICATE_COLUMN = translate("messages", "colonne présente deux fois dans l'en-tête", "import.duplicate_column")
UNBALANCED_QUOTE = translate("messages", "guillemet ouvert sur cette ligne et jamais refermé : "
                             "la suite du fichier serait avalée dans une seule cellule", "import.unbalanced_quote")
BAD_QUOTE = translate("messages", "guillemet mal placé (une cellule entre guillemets doit finir par un guillemet "
                      "suivi du séparateur)", "import.bad_quote")
FIELD_TOO_LARGE = translate("messages", "cellule de plus de {maximum} caractères : ce n'est pas une donnée de "
                            "référence (fichier abîmé ?)", "import.field_too_large")
TOO_MANY_CELLS = translate("messages", "{cells} cellules remplies sur cette ligne pour {columns} colonnes dans "
                           "l'en-tête", "import.too_many_cells")
BAD_CSV = translate("messages", "ligne illisible en CSV (retour à la ligne isolé dans une cellule sans guillemets)",
                    "import.bad_csv")

# One cell.
MISSING_CELL = translate("messages", "colonne manquante sur cette ligne", "import.missing_cell")
REQUIRED = translate("messages", "valeur obligatoire vide", "import.required")
NOT_INTEGER = translate("messages", "« {value} » n'est pas un nombre entier", "import.not_integer")
NOT_NUMBER = translate("messages", "« {value} » n'est pas un nombre", "import.not_number")
OUT_OF_RANGE = translate("messages", "{value} : hors des limites permises ({minimum} à {maximum})",
                         "import.out_of_range")
CONTROL_CHARACTER = translate("messages", "caractère de contrôle ou saut de ligne interdit (caractère n° {position}, "
                              "code {code})", "import.control_character")
TOO_LONG = translate("messages", "{length} caractères : au plus {maximum} permis", "import.too_long")
BAD_CHOICE = translate("messages", "« {value} » : valeurs permises {allowed}", "import.bad_choice")
BAD_BOOL = translate("messages", "« {value} » : 0 ou 1 attendu", "import.bad_bool")
BAD_DATE = translate("messages", "« {value} » : date attendue au format AAAA-MM-JJ", "import.bad_date")
BAD_DEVICE_URL = translate("messages", "« {value} » : adresse d'appareil attendue ({schemes})", "import.bad_device_url")

# Across lines.
DUPLICATE_KEY = translate("messages", "« {key} » figure déjà à la ligne {first_line} de ce fichier (lignes "
                          "{first_line} et {line})", "import.duplicate_key")
KIT_CYCLE = translate("messages", "le kit « {kit} » se contiendrait lui-même : {path}", "import.kit_cycle")
KIT_SELF = translate("messages", "un kit ne peut pas se contenir lui-même", "import.kit_self")
UNKNOWN_PRODUCT = translate("messages", "article inconnu « {sku} » (importez d'abord les articles)",
                            "import.unknown_product")
UNKNOWN_LOCATION = translate("messages", "emplacement inconnu « {code} » (importez d'abord les emplacements)",
                             "import.unknown_location")
RECEIPT_CLOSED = translate("messages", "l'avis de réception « {reference} » est déjà clos : rien n'y est changé",
                           "import.receipt_closed")
GTIN_TAKEN = translate("messages", "GTIN {gtin} déjà porté par l'article « {sku} »", "import.gtin_taken")

# Restrictions read as unknown (a warning: the import goes on, the factor blocks tasks that need it).
RESTRICTION_UNKNOWN = translate(
    "messages", "{file}, ligne {line}, colonne « {column} » : « {value} » illisible, restriction enregistrée comme "
    "inconnue (tâches qui la demandent bloquées jusqu'à ce que la conseillère la renseigne)",
    "import.restriction_unknown")

# db check, after large receipts (or data from before the import's bounds).
ON_HAND_BEYOND_RANGE = translate("messages", "stock {sku} en {location} : {quantity} dépasse ce qu'une base peut "
                                 "compter exactement (±9 223 372 036 854 775 807)", "import.on_hand_beyond_range")

# Progress (CLI bar and screens).
PROGRESS_CHECKING = translate("messages", "vérification de {file}", "import.progress_checking")
PROGRESS_WRITING = translate("messages", "écriture de {file}", "import.progress_writing")
PROGRESS_BACKING_UP = translate("messages", "sauvegarde de {file}", "import.progress_backing_up")
PROGRESS_BACKING_UP_PHOTOS = translate("messages", "photos de preuve de {file}", "import.progress_backing_up_photos")
PROGRESS_EXPORTING = translate("messages", "export vers {file}", "import.progress_exporting")

# What an import did (the CLI's last line).
SUMMARY = translate("messages", "{kind} : {lines, plural, one {# ligne lue} other {# lignes lues}} dans {file} — "
                    "{outcome}", "import.summary")
NOTHING_TO_CHANGE = translate("messages", "rien à changer", "import.nothing_to_change")
COUNT_CREATED = translate("messages", "{n, plural, one {# créé} other {# créés}}", "import.count.created")
COUNT_UPDATED = translate("messages", "{n, plural, one {# mis à jour} other {# mis à jour}}", "import.count.updated")
COUNT_UNCHANGED = translate("messages", "{n, plural, one {# inchangé} other {# inchangés}}", "import.count.unchanged")
COUNT_BOM_LINES = translate("messages", "{n, plural, one {# ligne de nomenclature} other {# lignes de nomenclature}}",
                            "import.count.bom_lines")
COUNT_RECEIVED = translate("messages", "{n, plural, one {# réception} other {# réceptions}}", "import.count.received")
COUNT_ALREADY_IMPORTED = translate("messages", "{n, plural, one {# déjà importée} other {# déjà importées}}",
                                   "import.count.already_imported")
# On screen: the end of an import or export started from the logistics console.
CANCELLED = translate("messages", "import arrêté à votre demande : rien n'a été importé", "import.cancelled")
EXPORT_CANCELLED = translate("messages", "export arrêté à votre demande : aucun fichier écrit", "import.export_cancelled")
DONE = translate("messages", "{file} importé : {lines, plural, one {# ligne} other {# lignes}}", "import.done")
EXPORTED = translate("messages", "{n, plural, one {# ligne de stock écrite} other {# lignes de stock écrites}} "
                     "dans {file}", "import.exported")
BAD_DAY = translate("messages", "« {value} » : date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ", "import.bad_day")
COUNT_INITIAL_CONTRACTS = translate("messages", "{n, plural, one {# contrat initial} other {# contrats initiaux}}",
                                    "import.count.initial_contracts")
COUNT_RENEWALS = translate("messages", "{n, plural, one {# renouvellement} other {# renouvellements}}",
                           "import.count.renewals")

# Rate cards and unit costs (money: exact decimals, docs/import.md).
TOO_MANY_DECIMALS = translate("messages", "« {value} » : {decimals} décimales au plus", "import.too_many_decimals")
PRICE_MISSING = translate("messages", "ni prix par kit ni prix de l'heure : l'un des deux est attendu",
                          "import.price_missing")
PRICE_BOTH = translate("messages", "un prix par kit et un prix de l'heure : l'un ou l'autre, pas les deux",
                       "import.price_both")
NOT_POSITIVE = translate("messages", "« {value} » : un nombre plus grand que 0 est attendu", "import.not_positive")
INVOICE_ON_CONFLICT = translate("messages", "le client « {customer} » est déjà facturé sur « {basis} » "
                                "(ligne {first_line}) : une seule règle par client", "import.invoice_on_conflict")
BAD_WORKBOOK = translate("messages", "ce fichier n'est pas un classeur Excel lisible (.xlsx) : ouvrez-le dans Excel et "
                         "enregistrez-le en « Classeur Excel (.xlsx) » ou en « CSV UTF-8 »", "import.bad_workbook")
