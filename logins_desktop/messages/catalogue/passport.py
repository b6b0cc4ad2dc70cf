"""The skills passport: plain words a person can read and hand to an employer."""

from logins_desktop.messages.define import translate

TITLE = translate("messages", "Passeport de compétences", "passport.title")
PERIOD = translate("messages", "Travail en atelier du {first} au {last}", "passport.period")
NO_WORK_YET = translate("messages", "Pas encore de travail enregistré à l'atelier.", "passport.no_work_yet")
TOTAL = translate("messages", "{hours} heures de travail, {units, plural, one {# unité faite} other {# unités faites}} "
                  "(kits, articles, colis).", "passport.total")
WORK_TITLE = translate("messages", "Le travail que j'ai fait", "passport.work_title")
COL_WORK = translate("messages", "Travail", "passport.col_work")
COL_CODE = translate("messages", "Métier (code ROME)", "passport.col_code")
COL_HOURS = translate("messages", "Heures", "passport.col_hours")
COL_UNITS = translate("messages", "Unités", "passport.col_units")
OP_KIT = translate("messages", "Assemblage de kits", "passport.op.kit_assembly")
OP_PICKING = translate("messages", "Préparation de commandes", "passport.op.picking")
OP_LABELLING = translate("messages", "Étiquetage", "passport.op.labelling")
OP_PACKING = translate("messages", "Emballage", "passport.op.packing")
OP_QUALITY = translate("messages", "Contrôle qualité", "passport.op.quality_control")
OP_RECEIVING = translate("messages", "Réception de marchandises", "passport.op.receiving")
OP_SHIPPING = translate("messages", "Expédition", "passport.op.shipping")
HOW_TITLE = translate("messages", "Comment je travaille", "passport.how_title")
ACCURACY = translate("messages", "Justesse : {share} des articles scannés étaient les bons du premier coup.",
                     "passport.accuracy")
ACCURACY_NONE = translate("messages", "Justesse : pas encore assez d'articles scannés pour la mesurer.",
                          "passport.accuracy_none")
AUTONOMY = translate("messages", "Autonomie : {rate} appel à l'aide par heure de travail, en moyenne.",
                     "passport.autonomy")
AUTONOMY_NONE = translate("messages", "Autonomie : pas encore assez d'heures pour la mesurer.", "passport.autonomy_none")
TREND_LINE = translate("messages", "C'est {trend} : {first} le premier mois, {last} le dernier.", "passport.trend_line")
TREND_BETTER = translate("messages", "en progrès", "passport.trend.better")
TREND_STABLE = translate("messages", "stable", "passport.trend.stable")
TREND_WORSE = translate("messages", "en baisse", "passport.trend.worse")
TREND_UNKNOWN = translate("messages", "pas encore comparable", "passport.trend.unknown")
REGULARITY = translate("messages", "Régularité : {days} jours de présence sur {expected} jours de travail prévus ({share}).",
                       "passport.regularity")
REGULARITY_DAYS = translate("messages", "Régularité : {days, plural, one {# jour} other {# jours}} de travail en "
                            "atelier.", "passport.regularity_days")
CHART_TITLE = translate("messages", "Mes progrès, mois par mois", "passport.chart_title")
CHART_ACCURACY = translate("messages", "Justesse (%)", "passport.chart_accuracy")
CHART_PACE = translate("messages", "Unités par heure ({work})", "passport.chart_pace")
TRAININGS_TITLE = translate("messages", "Formations et certifications", "passport.trainings_title")
TRAINING_OBTAINED = translate("messages", "{what} : obtenu le {day} ({hours} h de formation).",
                              "passport.training_obtained")
TRAINING_ONGOING = translate("messages", "{what} : en cours ({hours} h de formation faites).",
                             "passport.training_ongoing")
IMMERSIONS_TITLE = translate("messages", "Immersions en entreprise", "passport.immersions_title")
IMMERSION_LINE = translate("messages", "{host}, du {start} au {end}", "passport.immersion_line")
NONE_YET = translate("messages", "Pas encore.", "passport.none_yet")
MADE_ON = translate("messages", "Établi le {day} par Log'ins Desktop, à partir de ce que le travail a enregistré.",
                    "passport.made_on")
FOOTER = translate("messages", "Ce document ne montre que le travail fait : il ne contient aucune information de santé, "
                   "aucune restriction et aucune note d'accompagnement.", "passport.footer")
BAD_ROME = translate("messages", "« {code} » : un code ROME est une lettre et 4 chiffres (H3302)", "passport.bad_rome")
CODE_NEEDS_LABEL = translate("messages", "un code métier a toujours un travail et un intitulé", "passport.code_needs_label")
CLI_WRITTEN = translate("messages", "passeport de {name} écrit : {path}", "passport.cli_written")
