"""The shift planner and line balancing: why no plan, what a plan breaks, unreadable instances."""

from logins_desktop.messages.define import translate

CANNOT_HOLD = translate("messages", "période {period} : {worker} ne peut pas tenir {task}", "planning.cannot_hold")
MUST_STAY = translate("messages", "{worker} doit rester sur {task} (épinglé)", "planning.must_stay")
TOO_LONG_REPETITIVE = translate("messages", "{worker} : tâches répétitives plus de {minutes} min d'affilée",
                                "planning.too_long_repetitive")
PINNED_FORBIDDEN = translate("messages", "{worker} est épinglé·e sur {task}, une tâche qui lui est interdite",
                             "planning.pinned_forbidden")
CANNOT_STAY = translate("messages", "{worker} ne peut pas rester sur {task} en période {period}", "planning.cannot_stay")
INFEASIBLE = translate("messages", "aucun plan possible avec ces épingles et ces restrictions", "planning.infeasible")
NO_PLAN_IN_TIME = translate("messages", "aucun plan trouvé dans le temps imparti", "planning.no_plan_in_time")
NO_SOLUTION_IN_TIME = translate("messages", "aucune solution trouvée dans le temps imparti",
                                "planning.no_solution_in_time")
ALWABP_UNREADABLE = translate("messages", "{path} : fichier ALWABP illisible ({detail})", "planning.alwabp_unreadable")
ALWABP_TIMES = translate("messages", "{path} : {n} tâches annoncées, lignes de temps incohérentes",
                         "planning.alwabp_times")
ALWABP_NO_OPERATOR = translate("messages", "{path} : une tâche n'a aucun opérateur capable", "planning.alwabp_no_operator")
ONE_STATION_PER_OPERATOR = translate("messages", "chaque opérateur doit avoir exactement un poste",
                                     "planning.one_station_per_operator")
ONE_STATION_PER_TASK = translate("messages", "chaque tâche doit être sur exactement un poste",
                                 "planning.one_station_per_task")
OPERATOR_CANNOT = translate("messages", "tâche {task} sur le poste {station} : l'opérateur {operator} ne peut pas la "
                            "faire", "planning.operator_cannot")
PRECEDENCE = translate("messages", "précédence {first} → {second} violée", "planning.precedence")
CYCLE_TIME = translate("messages", "charge {load} > temps de cycle {cycle}", "planning.cycle_time")
MOVE_REFUSED = translate("messages", "{worker} : {reason}", "planning.move_refused")
BROKEN_RULES = translate("messages", "{problems}", "planning.broken_rules")
