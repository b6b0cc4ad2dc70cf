"""Quality checks: what the station, the team lead's board and the command line say about them."""

from logins_desktop.messages.define import translate

HELP_CALL = translate("messages", "Contrôle qualité demandé : {kit} n° {number}, commande {order}", "quality.help_call")
KIT_DONE_CHECK = translate("messages", "Kit terminé ! {done}/{ordered} pour la commande {order} — posez ce kit à "
                           "part : contrôle qualité, votre chef d'équipe est prévenu·e", "station.kit_done_check")
CHECK_TITLE = translate("messages", "{kit} n° {number} — commande {order}, {station}, {worker}", "quality.check_title")
CHECK_HEADING = translate("messages", "{kit} n° {number}", "quality.check_heading")
# The list's button says where the kit waits and who made it: the heading above the points stays one line.
CHECK_SHORT = translate("messages", "n° {number} — {order}\n{station}, {worker}", "quality.check_short")
PENDING_COUNT = translate("messages", "{n, plural, one {# kit à contrôler ou à reprendre} other {# kits à contrôler ou "
                          "à reprendre}}", "quality.pending_count")
NOT_PENDING = translate("messages", "ce contrôle n'attend plus de décision", "quality.not_pending")
NOT_FAILED = translate("messages", "ce kit n'est pas à reprendre", "quality.not_failed")
PASSED = translate("messages", "Kit n° {number} de la commande {order} : contrôle bon", "quality.passed")
FAILED = translate("messages", "Kit n° {number} de la commande {order} : à reprendre ({points})", "quality.failed")
REWORKED = translate("messages", "Kit n° {number} de la commande {order} : repris", "quality.reworked")
TALLY = translate("messages", "{checked, plural, one {# kit contrôlé} other {# kits contrôlés}} : "
                  "{passed, plural, one {# bon} other {# bons}}, {failed} à reprendre, {pending} en attente",
                  "quality.tally")
TALLY_TIGHTENED = translate("messages", "{tally} — contrôle renforcé : chaque kit est contrôlé jusqu'à 5 bons de suite",
                            "quality.tally_tightened")
UNKNOWN_ORDER = translate("messages", "commande inconnue : « {order} »", "quality.unknown_order")
NOT_A_KIT = translate("messages", "« {sku} » n'est pas un kit (aucun composant)", "quality.not_a_kit")
BAD_SAMPLING = translate("messages", "échantillonnage « {sampling} » inconnu : every, per_order ou first_of_shift",
                         "quality.bad_sampling")
BAD_N = translate("messages", "nombre {n} refusé : de 1 à 100 000", "quality.bad_n")
BAD_CHECKLIST = translate("messages", "une liste de contrôle a de 1 à {most} points ({points} donnés), séparés par « | »",
                          "quality.bad_checklist")
POINT_TWICE = translate("messages", "le point « {point} » figure deux fois", "quality.point_twice")
BAD_POINT = translate("messages", "point « {point} » refusé : {most} caractères au plus, sans caractère de contrôle",
                      "quality.bad_point")
RULE_EVERY = translate("messages", "{kit} : un kit sur {n} contrôlé, {points, plural, one {# point} other {# points}}",
                       "quality.rule_every")
RULE_PER_ORDER = translate("messages", "{kit} : les {n} premiers kits de chaque commande contrôlés, "
                           "{points, plural, one {# point} other {# points}}", "quality.rule_per_order")
RULE_FIRST = translate("messages", "{kit} : le premier kit de chaque session contrôlé, "
                       "{points, plural, one {# point} other {# points}}", "quality.rule_first_of_shift")
PHOTO_NEEDED = translate("messages", "ce kit se contrôle avec une photo : prenez-la d'abord (« Photo »)",
                        "quality.photo_needed")
RULE_WITH_PHOTO = translate("messages", "{rule}, une photo de chaque kit contrôlé", "quality.rule_with_photo")
HELP_RULE_PHOTO = translate("messages", "chaque kit contrôlé est photographié avant sa décision", "quality.help_rule_photo")
NONE_PENDING = translate("messages", "aucun kit n'attend de contrôle", "quality.none_pending")
UNKNOWN_POINT = translate("messages", "le point « {point} » n'est pas dans la liste de contrôle : {points}",
                          "quality.unknown_point")

# The command line's help
HELP = translate("messages", "contrôles qualité des kits", "quality.help")
HELP_PENDING = translate("messages", "les kits mis à part pour un contrôle, et ceux à reprendre", "quality.help_pending")
HELP_JSON = translate("messages", "une liste JSON d'objets", "quality.help_json")
HELP_RULE = translate("messages", "donner à un kit sa règle d'échantillonnage et sa liste de contrôle", "quality.help_rule")
HELP_N = translate("messages", "un kit sur N (every) ou les N premiers (per_order)", "quality.help_n")
HELP_POINTS = translate("messages", "les points à vérifier, séparés par « | »", "quality.help_points")
HELP_USER = translate("messages", "votre identifiant (le code est demandé)", "quality.help_user")
HELP_PASS = translate("messages", "le kit est bon : tous les points sont vérifiés", "quality.help_pass")
HELP_FAIL = translate("messages", "le kit est à reprendre", "quality.help_fail")
HELP_POINT = translate("messages", "un point qui n'est pas bon (à répéter)", "quality.help_point")
HELP_REWORKED = translate("messages", "le kit à reprendre a été repris", "quality.help_reworked")
HELP_ID = translate("messages", "l'identifiant du contrôle (quality pending)", "quality.help_id")
WHAT_CHECK = translate("messages", "contrôle qualité", "auth.what.quality_check")
WHAT_RULE = translate("messages", "règle de contrôle qualité", "auth.what.quality_rule")
