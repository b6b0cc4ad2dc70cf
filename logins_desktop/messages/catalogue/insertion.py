"""The insertion path: contracts, suspensions, immersions, exits, alerts, privacy and the passport."""

from logins_desktop.messages.define import translate

# contract rules
END_BEFORE_START = translate("messages", "la fin ({end}) est avant le début ({start})", "insertion.end_before_start")
WEEKLY_HOURS_RANGE = translate("messages", "{hours} h par semaine : entre 0 et {maximum} h attendu",
                               "insertion.weekly_hours_range")
WEEKLY_HOURS_NEED_REASON = translate("messages", "{hours} h par semaine, moins de {minimum} h : indiquez la raison",
                                     "insertion.weekly_hours_need_reason")
INITIAL_EXISTS = translate("messages", "un contrat initial existe déjà (début {start}) : ce contrat doit être un "
                           "renouvellement", "insertion.initial_exists")
TOO_SHORT = translate("messages", "un contrat tremplin dure au moins {months, plural, one {# mois} other {# mois}} : fin le {earliest} au plus tôt",
                      "insertion.too_short")
PAST_MAXIMUM = translate("messages", "dépasse la durée maximale de {months, plural, one {# mois} other {# mois}}, atteinte le {maximum}",
                         "insertion.past_maximum")
RENEWAL_WITHOUT_INITIAL = translate("messages", "renouvellement sans contrat initial", "insertion.renewal_without_initial")
RENEWAL_NOT_CONTIGUOUS = translate("messages", "le renouvellement commence le {start} ; il doit commencer le lendemain "
                                   "de la fin du contrat précédent, le {expected}", "insertion.renewal_not_contiguous")
SUSPENSION_NEEDS_REASON = translate("messages", "une suspension a toujours une raison", "insertion.suspension_needs_reason")
SUSPENSION_OUTSIDE = translate("messages", "la suspension du {start} au {end} sort du contrat",
                               "insertion.suspension_outside_contract")
SUSPENSION_OVERLAPS = translate("messages", "chevauche la suspension du {start} au {end}", "insertion.suspension_overlaps")
IMMERSION_TOO_LONG = translate("messages", "une immersion (PMSMP) dure au plus {months, plural, one {# mois} other {# mois}} : fin le {latest} au plus "
                               "tard", "insertion.immersion_too_long")

# the path's service
UNKNOWN_BADGE = translate("messages", "badge inconnu : « {badge} »", "insertion.unknown_badge")
END_NEEDS_CAUSE = translate("messages", "une fin de contrat a toujours une cause", "insertion.end_needs_cause")
NO_CONTRACT = translate("messages", "{name} n'a pas de contrat enregistré", "insertion.no_contract")
END_OUTSIDE = translate("messages", "la fin doit tomber pendant le contrat, du {start} au {end}",
                        "insertion.end_outside_contract")
BAD_MINUTES = translate("messages", "{minutes} minutes : entre 0 et 1440 attendu", "insertion.bad_minutes")
IMMERSION_NEEDS_HOST = translate("messages", "une immersion a toujours une entreprise d'accueil",
                                 "insertion.immersion_needs_host")
UNKNOWN_IMMERSION = translate("messages", "immersion introuvable", "insertion.unknown_immersion")
TRAINING_NEEDS_TITLE = translate("messages", "une formation a toujours un intitulé", "insertion.training_needs_title")
BAD_TRAINING_HOURS = translate("messages", "heures de formation : entre 0 et 5000 attendu",
                               "insertion.bad_training_hours")
