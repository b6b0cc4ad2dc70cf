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
UNKNOWN_TRAINING = translate("messages", "formation introuvable", "insertion.unknown_training")
OBTAINED_BEFORE_START = translate("messages", "obtenue le {day}, avant le début de la formation ({start})",
                                  "insertion.obtained_before_start")
CONTRACT_DIFFERS = translate("messages", "un contrat commençant le {start} existe déjà, jusqu'au {end} à {hours} h par "
                             "semaine : corrigez-le à l'écran du parcours", "insertion.contract_differs")

# command line
HELP_USER = translate("messages", "qui lance la commande (identifiant) ; le code est demandé, ou lu dans LOGINS_PIN",
                      "insertion.help.user")
HELP_INSERTION = translate("messages", "parcours d'insertion : alertes, sorties, heures, conservation",
                           "insertion.help.insertion")
HELP_ALERTS = translate("messages", "les alertes des parcours, la plus proche d'abord", "insertion.help.alerts")
HELP_TODAY = translate("messages", "date du jour (AAAA-MM-JJ ou JJ/MM/AAAA ; défaut : aujourd'hui)",
                       "insertion.help.today")
HELP_JSON = translate("messages", "sortie JSON", "insertion.help.json")
HELP_OUTCOMES = translate("messages", "les sorties par catégorie et le taux de sorties dynamiques",
                          "insertion.help.outcomes")
HELP_FROM = translate("messages", "premier jour de la période", "insertion.help.from")
HELP_TO = translate("messages", "dernier jour de la période", "insertion.help.to")
HELP_HOURS = translate("messages", "heures du mois par personne (CSV pour Excel), à rapprocher de la paie",
                       "insertion.help.hours")
HELP_MONTH = translate("messages", "le mois, AAAA-MM", "insertion.help.month")
HELP_OUT = translate("messages", "fichier ou dossier écrit", "insertion.help.out")
HELP_RETENTION = translate("messages", "anonymiser les parcours sortis depuis plus que la durée de conservation",
                           "insertion.help.retention")
HELP_PRIVACY = translate("messages", "droits des personnes sur leurs données", "insertion.help.privacy")
HELP_EXPORT = translate("messages", "tout ce qui est conservé sur une personne (JSON + CSV)", "insertion.help.export")
HELP_ERASE = translate("messages", "effacer le parcours d'une personne et anonymiser son nom, à sa demande",
                       "insertion.help.erase")
HELP_YES = translate("messages", "confirmer l'effacement (il ne se défait pas)", "insertion.help.yes")
HELP_PASSPORT = translate("messages", "passeport de compétences d'une personne (PDF)", "insertion.help.passport")
HELP_BADGE = translate("messages", "le badge de la personne", "insertion.help.badge")
CLI_NEEDS_USER = translate("messages", "{what} : indiquez qui vous êtes avec --user (réservé à la conseillère ou au "
                           "conseiller en insertion)", "insertion.cli_needs_user")
CLI_NEEDS_PIN = translate("messages", "code de {name} : tapez-le, ou donnez-le dans la variable LOGINS_PIN",
                          "insertion.cli_needs_pin")
CLI_PIN_PROMPT = translate("messages", "Code de {name} : ", "insertion.cli_pin_prompt")
CLI_BAD_MONTH = translate("messages", "« {value} » : mois attendu au format AAAA-MM", "insertion.cli_bad_month")
CLI_ERASE_CONFIRM = translate("messages", "l'effacement ne se défait pas : relancez avec --yes pour confirmer",
                              "insertion.cli_erase_confirm")
CLI_NO_ALERT = translate("messages", "aucune alerte", "insertion.cli_no_alert")
CLI_EXPORTED = translate("messages", "{rows, plural, one {# ligne écrite} other {# lignes écrites}} dans {directory}",
                         "insertion.cli_exported")
CLI_ERASED = translate("messages", "parcours effacé ; la personne est désormais « {key} » dans les statistiques",
                       "insertion.cli_erased")
CLI_RETAINED = translate("messages", "{n, plural, one {# parcours anonymisé} other {# parcours anonymisés}}",
                         "insertion.cli_retained")
CLI_HOURS_WRITTEN = translate("messages", "{n, plural, one {# personne} other {# personnes}} : {path}",
                              "insertion.cli_hours_written")
CLI_RATE = translate("messages", "{exits, plural, one {# sortie} other {# sorties}}, taux de sorties dynamiques : {rate}",
                     "insertion.cli_rate")
CLI_RATE_NONE = translate("messages", "aucune sortie comptée", "insertion.cli_rate_none")
ALERT_CONTRACT_ENDING = translate("messages", "{name} : fin de contrat le {due}, sans projet de sortie",
                                  "insertion.alert.contract_ending")
ALERT_MAXIMUM_NEAR = translate("messages", "{name} : durée maximale atteinte le {due}", "insertion.alert.maximum_near")
ALERT_NO_INTERVIEW = translate("messages", "{name} : pas d'entretien depuis {days} jours", "insertion.alert.no_interview")
ALERT_IMMERSION_OPEN = translate("messages", "{name} : immersion chez {host} terminée le {due}, résultat à noter",
                                 "insertion.alert.immersion_without_outcome")
ABSENT_TODAY = translate("messages", "{name} est absent·e aujourd'hui : à ne pas affecter", "insertion.absent_today")

# the yearly review
REVIEW_TITLE = translate("messages", "Bilan annuel {year} du parcours d'insertion", "insertion.review.title")
REVIEW_PEOPLE = translate("messages", "{accompanied, plural, one {# personne accompagnée} other {# personnes "
                          "accompagnées}}, {entries, plural, one {# entrée} other {# entrées}}, {exits, plural, one "
                          "{# sortie} other {# sorties}}.", "insertion.review.people")
REVIEW_RATE = translate("messages", "Taux de sorties dynamiques : {rate}.", "insertion.review.rate")
REVIEW_DURATION = translate("messages", "Durée moyenne du parcours des personnes sorties : {months} mois.",
                            "insertion.review.duration")
REVIEW_DURATION_NONE = translate("messages", "Durée moyenne du parcours : aucune sortie cette année.",
                                 "insertion.review.duration_none")
REVIEW_TRAINING = translate("messages", "Heures de formation : {hours} h.", "insertion.review.training")
REVIEW_EXITS_TITLE = translate("messages", "Sorties par catégorie", "insertion.review.exits_title")
REVIEW_TREND_TITLE = translate("messages", "Taux de sorties dynamiques par site, sur trois ans", "insertion.review.trend_title")
REVIEW_NO_EXIT = translate("messages", "Aucune sortie sur la période.", "insertion.review.no_exit")
REVIEW_LASTING = translate("messages", "Emploi durable", "insertion.review.category.lasting")
REVIEW_TRANSITION = translate("messages", "Emploi de transition", "insertion.review.category.transition")
REVIEW_POSITIVE = translate("messages", "Sortie positive", "insertion.review.category.positive")
REVIEW_OTHER = translate("messages", "Autre", "insertion.review.category.other")
REVIEW_NEUTRAL = translate("messages", "Neutre", "insertion.review.category.neutral")
HELP_REVIEW = translate("messages", "bilan annuel (PDF et CSV) avec graphiques", "insertion.help.review")
HELP_YEAR = translate("messages", "l'année, AAAA", "insertion.help.year")
CLI_REVIEW_WRITTEN = translate("messages", "bilan {year} écrit : {pdf} et {csv}", "insertion.cli_review_written")


# What a counsellor's right is asked for (the {what} of auth.not_allowed).
WHAT_SAISIE_D_UN_CONTRAT = translate("messages", "saisie d'un contrat", "auth.what.saisie_d_un_contrat")
WHAT_FIN_DE_CONTRAT = translate("messages", "fin de contrat", "auth.what.fin_de_contrat")
WHAT_SAISIE_D_UNE_SUSPENSION = translate("messages", "saisie d'une suspension", "auth.what.saisie_d_une_suspension")
WHAT_JOURNAL_D_ACCOMPAGNEMENT = translate("messages", "journal d'accompagnement", "auth.what.journal_d_accompagnement")
WHAT_SAISIE_D_UNE_IMMERSION = translate("messages", "saisie d'une immersion", "auth.what.saisie_d_une_immersion")
WHAT_RESULTAT_D_UNE_IMMERSION = translate("messages", "résultat d'une immersion", "auth.what.resultat_d_une_immersion")
WHAT_AVANCEMENT_D_UNE_FORMATION = translate("messages", "avancement d'une formation",
                                            "auth.what.avancement_d_une_formation")
WHAT_SAISIE_D_UNE_FORMATION = translate("messages", "saisie d'une formation", "auth.what.saisie_d_une_formation")
WHAT_SAISIE_D_UNE_SORTIE = translate("messages", "saisie d'une sortie", "auth.what.saisie_d_une_sortie")
WHAT_LISTE_DES_PARCOURS = translate("messages", "liste des parcours", "auth.what.liste_des_parcours")
WHAT_LECTURE_D_UN_PARCOURS = translate("messages", "lecture d'un parcours", "auth.what.lecture_d_un_parcours")
WHAT_JOURNAL_DES_LECTURES = translate("messages", "journal des lectures", "auth.what.journal_des_lectures")
WHAT_ALERTES_DES_PARCOURS = translate("messages", "alertes des parcours", "auth.what.alertes_des_parcours")
WHAT_BILAN_DES_SORTIES = translate("messages", "bilan des sorties", "auth.what.bilan_des_sorties")
WHAT_HEURES_DU_MOIS = translate("messages", "heures du mois", "auth.what.heures_du_mois")
WHAT_ABSENCES_DU_JOUR = translate("messages", "absences du jour", "auth.what.absences_du_jour")
WHAT_PASSEPORT_DE_COMPETENCES = translate("messages", "passeport de compétences", "auth.what.passeport_de_competences")
WHAT_CODES_METIER_DU_PASSEPORT = translate("messages", "codes métier du passeport", "auth.what.codes_metier_du_passeport")
WHAT_EXPORT_DES_DONNEES_D_UNE_PERSONNE = translate("messages", "export des données d'une personne", "auth.what.export_des_donnees_d_une_personne")
WHAT_EFFACEMENT_DES_DONNEES_D_UNE_PERSONNE = translate("messages", "effacement des données d'une personne", "auth.what.effacement_des_donnees_d_une_personne")
WHAT_DUREE_DE_CONSERVATION = translate("messages", "durée de conservation", "auth.what.duree_de_conservation")
WHAT_IMPORT_CONTRACTS = translate("messages", "import des contrats", "auth.what.import_contracts")
WHAT_IMPORT_EXITS = translate("messages", "import des sorties", "auth.what.import_exits")
ANONYMOUS_NAME = translate("messages", "Personne anonymisée", "privacy.anonymous_name")
FILE_NOT_FOUND = translate("messages", "fichier introuvable : {path}", "insertion.file_not_found")
HELP_IMPORT_USER = translate("messages", "contracts, exits : qui importe (conseiller·ère en insertion)",
                            "insertion.help_import_user")

# command line: recording the path (insertion record …)
HELP_RECORD = translate("messages", "enregistrer une étape du parcours d'une personne", "insertion.help.record")
HELP_RECORD_CONTRACT = translate("messages", "le contrat initial", "insertion.help.record_contract")
HELP_RECORD_RENEWAL = translate("messages", "un renouvellement (commence le lendemain de la fin du précédent)",
                                "insertion.help.record_renewal")
HELP_RECORD_END = translate("messages", "la fin du contrat en cours, avec sa cause", "insertion.help.record_end")
HELP_RECORD_SUSPENSION = translate("messages", "une suspension du contrat (arrêt, immersion, essai ailleurs)",
                                   "insertion.help.record_suspension")
HELP_RECORD_INTERVIEW = translate("messages", "un entretien d'accompagnement", "insertion.help.record_interview")
HELP_RECORD_IMMERSION = translate("messages", "une immersion en entreprise (PMSMP)", "insertion.help.record_immersion")
HELP_RECORD_TRAINING = translate("messages", "une formation", "insertion.help.record_training")
HELP_RECORD_EXIT = translate("messages", "la sortie (une date à venir : le projet de sortie)", "insertion.help.record_exit")
HELP_ON = translate("messages", "le jour, AAAA-MM-JJ ou JJ/MM/AAAA", "insertion.help.on")
HELP_WEEKLY_HOURS = translate("messages", "heures par semaine", "insertion.help.weekly_hours")
HELP_REASON = translate("messages", "la raison", "insertion.help.reason")
HELP_CAUSE = translate("messages", "la cause de la fin : {choices}, ou vos mots", "insertion.help.cause")
HELP_SUSPENSION_REASON = translate("messages", "la raison : {choices}, ou vos mots", "insertion.help.suspension_reason")
HELP_TOPIC = translate("messages", "le sujet : {choices}", "insertion.help.topic")
HELP_MINUTES = translate("messages", "durée en minutes", "insertion.help.minutes")
HELP_NOTE = translate("messages", "note courte (lue par les seuls conseillers)", "insertion.help.note")
HELP_NEXT = translate("messages", "prochaine étape", "insertion.help.next")
HELP_NEXT_ON = translate("messages", "jour de la prochaine étape", "insertion.help.next_on")
HELP_HOST = translate("messages", "l'entreprise d'accueil", "insertion.help.host")
HELP_GOAL = translate("messages", "l'objectif", "insertion.help.goal")
HELP_TUTOR = translate("messages", "le tuteur ou la tutrice", "insertion.help.tutor")
HELP_TITLE = translate("messages", "l'intitulé de la formation", "insertion.help.title")
HELP_PLANNED = translate("messages", "heures prévues", "insertion.help.planned")
HELP_DONE = translate("messages", "heures faites", "insertion.help.done")
HELP_CERTIFICATION = translate("messages", "la certification visée (CléA, CACES, titre professionnel…)",
                               "insertion.help.certification")
HELP_OBTAINED = translate("messages", "jour où la certification a été obtenue", "insertion.help.obtained")
HELP_OUTCOME = translate("messages", "la catégorie de sortie : {choices}", "insertion.help.outcome")
HELP_SITE = translate("messages", "le site de la sortie", "insertion.help.site")
CLI_BAD_OPTION = translate("messages", "{option} : {reason}", "insertion.cli_bad_option")
RECORDED_CONTRACT = translate("messages", "Contrat enregistré pour {name}.", "insertion.recorded.contract")
RECORDED_RENEWAL = translate("messages", "Renouvellement enregistré pour {name}.", "insertion.recorded.renewal")
RECORDED_END = translate("messages", "Fin de contrat enregistrée pour {name}.", "insertion.recorded.end")
RECORDED_SUSPENSION = translate("messages", "Suspension enregistrée pour {name}.", "insertion.recorded.suspension")
RECORDED_INTERVIEW = translate("messages", "Entretien enregistré pour {name}.", "insertion.recorded.interview")
RECORDED_IMMERSION = translate("messages", "Immersion enregistrée pour {name}.", "insertion.recorded.immersion")
RECORDED_TRAINING = translate("messages", "Formation enregistrée pour {name}.", "insertion.recorded.training")
RECORDED_EXIT = translate("messages", "Sortie enregistrée pour {name}.", "insertion.recorded.exit")
