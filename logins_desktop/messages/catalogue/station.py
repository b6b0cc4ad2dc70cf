"""What the packing station tells the worker: one id per situation, the same on screen, in the JSON, in the log."""

from logins_desktop.messages.define import translate

# Identification
BADGE_FIRST = translate("messages", "identifiez-vous d'abord : scannez votre badge", "station.badge_first")
UNKNOWN_BADGE = translate("messages", "badge inconnu : « {badge} »", "station.unknown_badge")
USER_BADGE = translate("messages", "badge de {name} : code demandé", "station.user_badge")
HELLO_NO_TASK = translate("messages", "Bonjour {worker} — aucune tâche affectée à ce poste : appelez votre chef d'équipe",
                          "station.hello_no_task")
HELLO_ELSEWHERE = translate("messages", "Bonjour {worker} — vous êtes affecté·e au poste {station}, pas à celui-ci : "
                            "appelez votre chef d'équipe", "station.hello_elsewhere")
HELLO_KIT = translate("messages", "Bonjour {worker} — {kit}, commande {order} : "
                      "{covers, plural, one {de quoi faire # kit} other {de quoi faire # kits}} ici, "
                      "{remaining, plural, one {# restant} other {# restants}} à faire", "station.hello_kit")
HELLO_PICKING = translate("messages", "Bonjour {worker} — préparation pour {kit}, commande {order} : "
                          "{lines, plural, one {# ligne} other {# lignes}} à prélever", "station.hello_picking")
HELLO_OTHER = translate("messages", "Bonjour {worker} — {task}, commande {order}", "station.hello_other")
ALREADY_LOGGED_IN = translate("messages", "{worker} est déjà connecté·e", "station.already_logged_in")
OTHER_BADGE = translate("messages", "C'est le badge de {other}. {worker} est connecté·e à ce poste : terminez le kit "
                        "ou mettez en pause, puis scannez DÉCONNEXION pour changer de personne", "station.other_badge")
UNKNOWN_CODE = translate("messages", "code inconnu « {code} » — pour changer de personne, scannez DÉCONNEXION",
                         "station.unknown_code")
NOBODY = translate("messages", "personne n'est connecté·e à ce poste", "station.nobody")
GOODBYE = translate("messages", "Au revoir {worker} — {kits, plural, one {# kit} other {# kits}} en {minutes} min "
                    "pendant cette session", "station.goodbye")

# Stock known before work starts
LOW_STOCK = translate("messages", "Attention : {component} — {covers, plural, =0 {il n'y en a plus ici} one {de quoi "
                      "faire # seul kit} other {de quoi faire # kits seulement}} ; prévenez votre chef d'équipe, vous "
                      "pouvez continuer", "station.low_stock")
LOW_STOCK_ALERT = translate("messages", "{station} : {component} — {covers, plural, =0 {épuisé} one {pour # kit "
                            "seulement} other {pour # kits seulement}}", "station.low_stock_alert")

# Kit assembly
NO_GTIN = translate("messages", "code GS1 sans GTIN (AI 01 ou 02) : ce n'est pas un article", "station.no_gtin")
UNKNOWN_ITEM = translate("messages", "article inconnu (GTIN {gtin})", "station.unknown_item")
PAUSED = translate("messages", "En pause : scannez REPRISE (ou touchez « Reprendre ») pour continuer", "station.paused")
NO_KIT_TASK = translate("messages", "aucune tâche de kit en cours : appelez votre chef d'équipe", "station.no_kit_task")
TOO_MANY = translate("messages", "trop de « {item} » : déjà {scanned}/{needed} dans ce kit", "station.too_many")
TOO_MANY_QUANTITY = translate("messages", "trop de « {item} » : {scanned} + {quantity} > {needed}", "station.too_many_quantity")
WRONG_ITEM = translate("messages", "Ce n'est pas « {expected} » : vous avez scanné « {scanned} ». Attendu : {expected} "
                       "(étape {step}/{steps})", "station.wrong_item")
STEP_OK = translate("messages", "{item} : {scanned}/{needed}", "station.step_ok")
KIT_DONE = translate("messages", "Kit terminé ! {done}/{ordered} pour la commande {order}", "station.kit_done")
KIT_DONE_SHORTFALL = translate("messages", "Kit terminé ! {done}/{ordered} pour la commande {order} — le stock ne "
                               "connaissait pas tout : écart signalé au responsable, rien à faire pour vous",
                               "station.kit_done_shortfall")
VALIDATE_NOTHING = translate("messages", "rien à valider : aucune tâche de kit en cours", "station.validate_nothing")
VALIDATE_NOT_STARTED = translate("messages", "rien à valider : le kit n'est pas commencé", "station.validate_not_started")
KIT_INCOMPLETE = translate("messages", "kit incomplet : il manque {item} ({scanned}/{needed})", "station.kit_incomplete")
QUANTITY_SET = translate("messages", "Quantité {quantity} pour le prochain article", "station.quantity_set")
NOTHING_TO_UNDO = translate("messages", "Rien à annuler", "station.nothing_to_undo")
UNDONE_SCAN = translate("messages", "Dernier scan annulé : {item} (−{quantity})", "station.undone_scan")
UNDONE_QUANTITY = translate("messages", "Quantité annulée : le prochain article compte {quantity}", "station.undone_quantity")
HELP_SENT = translate("messages", "Appel envoyé au chef d'équipe", "station.help_sent")
HELP_CALL = translate("messages", "aide demandée ({order})", "station.help_call")
HELP_CALL_NO_TASK = translate("messages", "aide demandée (sans tâche)", "station.help_call_no_task")
PAUSE_STARTED = translate("messages", "Pause — scannez REPRISE pour continuer", "station.pause_started")
PAUSE_ENDED = translate("messages", "Reprise du travail", "station.pause_ended")
ALREADY_PAUSED = translate("messages", "déjà en pause", "station.already_paused")
NOT_PAUSED = translate("messages", "pas en pause", "station.not_paused")
NOT_SAVED = translate("messages", "ENREGISTREMENT IMPOSSIBLE (disque plein ou base en lecture seule) : scan refusé, "
                      "appelez votre chef d'équipe", "station.not_saved")
REFUSED_CALL_LEAD = translate("messages", "{reason} — appelez votre chef d'équipe", "station.refused_call_lead")
UNKNOWN_STATION = translate("messages", "poste inconnu : « {station} » (importez les postes ou lancez seed-demo)",
                            "station.unknown_station")
DUPLICATE = translate("messages", "double lecture ignorée", "station.duplicate")
KIT_DISMANTLED = translate("messages", "Kit défait : {kit} de la commande {order} — les composants reviennent en stock",
                           "station.kit_dismantled")
NOTHING_TO_DISMANTLE = translate("messages", "aucun kit terminé de la commande {order} à défaire en {location}",
                                 "station.nothing_to_dismantle")

# Picking
PICK_NOTHING_HERE = translate("messages", "rien à prélever en {location}", "station.pick_nothing_here")
PICK_AT_LOCATION = translate("messages", "Emplacement {location} : prélevez {items}", "station.pick_at_location")
PICK_AT_LOCATION_ITEM = translate("messages", "{item} × {quantity}", "station.pick_at_location_item")
PICK_ITEM_LOT = translate("messages", "{item} — lot {lot}", "station.pick_item_lot")
PICK_SCAN_LOCATION_FIRST = translate("messages", "scannez d'abord l'emplacement où vous prélevez",
                                     "station.pick_scan_location_first")
PICK_NOT_HERE = translate("messages", "« {item} » n'est pas à prélever en {location}", "station.pick_not_here")
PICK_TOO_MANY = translate("messages", "trop de « {item} » : {quantity} > {left, plural, one {# restant} other {# restants}}", "station.pick_too_many")
PICKED = translate("messages", "Prélevé : {item} {picked}/{needed} en {location}", "station.picked")
PICKED_LIST_DONE = translate("messages", "Prélevé : {item} {picked}/{needed} en {location} — liste terminée : "
                             "scannez VALIDER", "station.picked_list_done")
UNDONE_PICK = translate("messages", "Dernier prélèvement annulé : {item} (−{quantity}), à remettre en {location}",
                        "station.undone_pick")
UNDONE_SHORT = translate("messages", "Manquant annulé : {item} en {location}, la ligne est de nouveau à prélever",
                         "station.undone_short")
SHORT_ONLY_PICKING = translate("messages", "MANQUANT sert à la préparation, pas à l'assemblage", "station.short_only_picking")
SHORT_SCAN_LOCATION = translate("messages", "scannez d'abord l'emplacement de la ligne manquante",
                                "station.short_scan_location")
SHORT_RECORDED = translate("messages", "Manquant enregistré : {item}, {quantity} en {location} ({reason})",
                           "station.short_recorded")
SHORT_REASON_EMPTY = translate("messages", "emplacement vide", "station.short_reason.VIDE")
SHORT_REASON_DAMAGED = translate("messages", "article abîmé", "station.short_reason.ABIME")
SHORT_REASON_OTHER = translate("messages", "autre raison", "station.short_reason.AUTRE")
PICK_LINES_LEFT = translate("messages", "{left, plural, one {il reste # ligne à prélever} other {il reste # lignes à "
                            "prélever}}", "station.pick_lines_left")
PICK_LIST_DONE_NONE = translate("messages", "Liste terminée — le poste est approvisionné, rien d'autre à prélever",
                                "station.pick_list_done_none")
PICK_LIST_NEXT = translate("messages", "Liste terminée — nouvelle liste : {lines, plural, one {# ligne} other {# lignes}}",
                           "station.pick_list_next")

# What the station screen shows (its view model); the words live here, the screen only lays them out.
VIEW_ORDER = translate("messages", "{kit} — commande {order}", "station.view.order")
VIEW_NO_TASK = translate("messages", "Aucune tâche affectée à ce poste : appelez votre chef d'équipe.", "station.view.no_task")
VIEW_PROGRESS = translate("messages", "{done} / {ordered} kits", "station.view.progress")
VIEW_STEP = translate("messages", "Étape {number} sur {steps}", "station.view.step")
VIEW_LINE = translate("messages", "Ligne {number} sur {lines} — emplacement {location}", "station.view.line")
VIEW_LINE_TO = translate("messages", "Ligne {number} sur {lines} — de {location} vers {target}", "station.view.line_to")
VIEW_PICKING = translate("messages", "Préparation", "station.view.picking")
VIEW_LIST_DONE = translate("messages", "Liste terminée", "station.view.list_done")
VIEW_LIST_DONE_HINT = translate("messages", "Scannez VALIDER pour la liste suivante.", "station.view.list_done_hint")
VIEW_PICK_HERE = translate("messages", "Prélevez en {location} et scannez chaque article.", "station.view.pick_here")
VIEW_GO_TO = translate("messages", "Allez en {location} et scannez l'emplacement.", "station.view.go_to")
VIEW_KIT_ROW = translate("messages", "{number}. {item} ({scanned}/{needed})", "station.view.kit_row")
VIEW_PICK_ROW = translate("messages", "{location} · {item} ({picked}/{needed})", "station.view.pick_row")
VIEW_PICK_ROW_SHORT = translate("messages", "{location} · {item} ({picked}/{needed}) — manquant {short}",
                                "station.view.pick_row_short")
VIEW_PAUSED = translate("messages", "En pause — scannez REPRISE ou touchez « Reprendre ».", "station.view.paused")
VIEW_COVERS = translate("messages", "{covers, plural, one {Stock ici : de quoi faire # kit} other {Stock ici : de quoi "
                        "faire # kits}} · {remaining, plural, one {# restant} other {# restants}} pour la commande",
                        "station.view.covers")
VIEW_SHORT_STATE = translate("messages", "manquant", "station.view.short_state")
ASSIGN_COVER = translate("messages", "{station} : {covers, plural, one {de quoi faire # kit} other {de quoi faire # kits}} "
                         "avec le stock sur place, {remaining, plural, one {# restant} other {# restants}} pour la "
                         "commande", "station.assign_cover")
SESSION_KITS = translate("messages", "{n, plural, one {# kit fait} other {# kits faits}} pendant cette session",
                         "station.session_kits")
HELLO_SHORT = translate("messages", "Bonjour {worker}.", "station.hello_short")
