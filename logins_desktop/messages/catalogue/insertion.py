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
