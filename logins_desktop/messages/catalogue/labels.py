"""Messages of labels (GS1 data, barcodes, label text) and of the print queue."""

from logins_desktop.messages.define import translate

# GS1 element strings and barcodes
AI_CHARSET = translate("messages", "({ai}) « {value} » : le caractère « {char} » n'est pas permis dans un code-barres "
                       "GS1 (lettres sans accent, chiffres et ! \" % & ' ( ) * + , - . / : ; < = > ? _)", "labels.ai_charset")
AI_LENGTH = translate("messages", "({ai}) « {value} » : {length} caractères, {most} au plus", "labels.ai_length")
SYMBOL_TOO_WIDE = translate("messages", "{text} : trop long pour tenir dans un code-barres de l'étiquette, "
                            "raccourcissez cette donnée", "labels.symbol_too_wide")
TOO_MANY_SYMBOLS = translate("messages", "les données de l'unité ne tiennent pas dans les codes-barres d'une étiquette : "
                             "raccourcissez le lot ou la référence de commande", "labels.too_many_symbols")
CODE128_CHARSET = translate("messages", "« {value} » : le caractère « {char} » ne peut pas être codé en Code 128 "
                            "(lettres sans accent, chiffres et signes ASCII)", "labels.code128_charset")
CODE128_EMPTY = translate("messages", "un code-barres sans donnée ne s'imprime pas", "labels.code128_empty")
NO_UNITS = translate("messages", "l'expédition {shipment} n'a aucune unité : aucune étiquette à faire", "labels.no_units")

# Print queue
EMPTY_JOB = translate("messages", "« {name} » est vide : rien à imprimer", "printing.empty_job")
NO_LABEL_IN_JOB = translate("messages", "« {name} » ne contient aucune étiquette ZPL complète (^XA … ^XZ)",
                            "printing.no_label")
INTERRUPTED = translate("messages", "interrompu : {sent}/{total} étiquettes envoyées avant la coupure ({detail}) ; "
                        "vérifiez la dernière étiquette sortie", "printing.interrupted")
INTERRUPTED_COUNT_UNKNOWN = translate(
    "messages", "interrompu ({detail}) : {sent}/{total} étiquettes reçues, nombre sorti incertain ; lisez la "
    "dernière sortie", "printing.interrupted_count_unknown")
READ_LAST_LABEL = translate(
    "messages", "travail {job} : après une coupure, l'imprimante ne dit pas quelles étiquettes sont sorties "
    "({sent}/{total} reçues) ; lisez la dernière étiquette sortie et reprenez après elle (tapez son numéro ou "
    "scannez-la ; 0 si aucune n'est sortie)", "printing.read_last_label")
RESEND_AFTER_CUT_NEEDS_REASON = translate(
    "messages", "travail {job} : après une coupure, des étiquettes ont pu sortir sans que l'imprimante l'ait dit : tout "
    "renvoyer exige un motif (ou reprenez après la dernière sortie, 0 si aucune)", "printing.resend_after_cut_needs_reason")
BEYOND_PRINTED = translate(
    "messages", "travail {job} : l'imprimante a dit en avoir sorti {sent} et a annulé les suivantes : reprenez à la {next}",
    "printing.beyond_printed")
NOT_A_LABEL_OF_JOB = translate("messages", "« {code} » : ni un numéro d'étiquette (0 à {total}) ni une étiquette de ce "
                               "travail", "printing.not_a_label_of_job")
ON_SEVERAL_LABELS = translate("messages", "« {code} » figure sur {n} étiquettes de ce travail : tapez le numéro de la "
                              "dernière sortie", "printing.on_several_labels")
RESUMED_AFTER = translate("messages", "travail {job} : {last, plural, =0 {rien n'est sorti, tout repart} other {reprise "
                          "après l'étiquette #, la suivante est la {next}}}", "printing.resumed_after")
ALL_ON_PAPER = translate("messages", "travail {job} : {total, plural, one {son étiquette est sortie} other {ses # "
                         "étiquettes sont sorties}}, il est noté imprimé", "printing.all_on_paper")
INTERRUPTED_SHORT = translate("messages", "interrompu : {sent}/{total} étiquettes", "printing.interrupted_short")
PRINTED = translate("messages", "imprimé : {name} → {printer} (travail {job}, {n, plural, one {# étiquette} "
                    "other {# étiquettes}})", "printing.printed")
STILL_WAITING = translate("messages", "en attente : {reason} — le travail {job} reste dans la file "
                          "(logins-desktop queue run pour réessayer)", "printing.still_waiting")
CUT = translate("messages", "{status} — travail {job} : rien n'est renvoyé de lui-même ; choisissez avec "
                "logins-desktop queue retry {job} --all | --from-first-unsent | --after N | --labels N,M [--reason …]",
                "printing.cut")
CUT_COUNT_UNKNOWN = translate("messages", "{status} — travail {job} : rien n'est renvoyé de lui-même ; lisez la "
                              "dernière étiquette sortie, puis logins-desktop queue retry {job} --after N (son numéro, "
                              "0 si aucune, ou son SSCC)", "printing.cut_count_unknown")
RETRIED = translate("messages", "travail {job} relancé", "printing.retried")
RETRIED_AS = translate("messages", "étiquettes choisies du travail {job} : nouveau travail {new}", "printing.retried_as")
LABELS_LIST = translate("messages", "« {value} » : des numéros d'étiquettes séparés par des virgules sont attendus "
                        "(par exemple 3,7,12 ou 1120-1447)", "printing.labels_list")
LABELS_WRITTEN = translate("messages", "{n, plural, one {# étiquette {format} écrite} other {# étiquettes {format} "
                           "écrites}} dans {path} : {ssccs}", "labels.written")
RETRY_NEEDS_CHOICE = translate("messages", "travail {job} interrompu après {sent}/{total} étiquettes : choisissez de tout "
                               "renvoyer, de reprendre à la première non envoyée ({next}) ou de réimprimer des "
                               "étiquettes précises", "printing.retry_needs_choice")
RESEND_NEEDS_REASON = translate("messages", "{n, plural, one {# étiquette déjà envoyée serait imprimée} other "
                                "{# étiquettes déjà envoyées seraient imprimées}} une seconde fois : un motif de "
                                "réimpression est exigé", "printing.resend_needs_reason")
LABEL_OUT_OF_RANGE = translate("messages", "étiquette {number} : le travail en compte {total}", "printing.label_out_of_range")
NOT_SPLITTABLE = translate("messages", "ce travail ({format}) ne se découpe pas en étiquettes : renvoyez-le en entier",
                           "printing.not_splittable")
NOTHING_TO_RETRY = translate("messages", "travail {job} : {status}, rien à relancer", "printing.nothing_to_retry")
BEHIND_OLDER_JOBS = translate("messages", "derrière un travail plus ancien pour cette imprimante, qui n'est pas parti",
                              "printing.behind_older_jobs")
PRINTER_SAYS = translate("messages", "imprimante : {status}", "printing.printer_says")
INTERRUPTED_WHILE_SENDING = translate("messages", "interrompu pendant l'envoi : vérifiez l'étiquette, puis relancez ou "
                                      "annulez", "printing.interrupted_while_sending")
UNKNOWN_JOB = translate("messages", "travail d'impression inconnu : {job}", "printing.unknown_job")
NOTHING_TO_DO = translate("messages", "travail {job} : {status}, rien à faire", "printing.nothing_to_do")
REPRINT_NEEDS_REASON = translate("messages", "une réimpression exige un motif", "printing.reprint_needs_reason")
AMBIGUOUS_JOB = translate("messages", "« {prefix} » désigne {n, plural, one {# travail d'impression} other "
                          "{# travaux d'impression}}", "printing.ambiguous_job")
# A job's state, as the queue list and `queue run` say it.
STATUS_QUEUED = translate("messages", "en attente", "printing.status.queued")
STATUS_SENDING = translate("messages", "envoi", "printing.status.sending")
STATUS_PRINTED = translate("messages", "imprimé", "printing.status.printed")
STATUS_INTERRUPTED = translate("messages", "interrompu", "printing.status.interrupted")
STATUS_CANCELLED = translate("messages", "annulé", "printing.status.cancelled")
STATUS_WAITING = translate("messages", "en attente", "printing.status.waiting")
STATUS_SKIPPED = translate("messages", "pas cette fois", "printing.status.skipped")

# The titles printed on a logistic label (short: they sit above the data), and the labels' own refusals.
TITLE_FROM = translate("messages", "DE", "labels.title.from")
TITLE_TO = translate("messages", "À", "labels.title.to")
TITLE_PRODUCT = translate("messages", "PRODUIT", "labels.title.product")
TITLE_CONTENT = translate("messages", "CONTENU (02)", "labels.title.content")
TITLE_COUNT = translate("messages", "NOMBRE (37)", "labels.title.count")
TITLE_BATCH = translate("messages", "LOT (10)", "labels.title.batch")
TITLE_BEST_BEFORE = translate("messages", "DDM (15)", "labels.title.best_before")
TITLE_NET_WEIGHT = translate("messages", "POIDS NET kg (3103)", "labels.title.net_weight")
TITLE_ORDER = translate("messages", "COMMANDE (400)", "labels.title.order")
TITLE_CARRIER = translate("messages", "TRANSPORTEUR", "labels.title.carrier")
PDF_TITLE = translate("messages", "Étiquettes logistiques GS1", "labels.pdf_title")
GTIN_WITH_COUNT = translate("messages", "le GTIN du contenu (02) et le nombre (37) vont ensemble",
                            "labels.gtin_with_count")
TOO_TALL = translate("messages", "étiquette trop haute ({height} mm pour {available} mm)", "labels.too_tall")
ZPL_DPI = translate("messages", "résolution ZPL : 203 ou 300 dpi", "labels.zpl_dpi")
CODE128_PAIR = translate("messages", "Code 128 sous-ensemble C : paire de chiffres attendue, lu « {pair} »", "labels.code128_pair")
ZPL_INVOCATION = translate("messages", "code d'invocation ZPL inconnu >{code}", "labels.zpl_invocation")
