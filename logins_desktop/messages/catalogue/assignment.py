"""Assigning people to tasks (board, CLI, planner): refusals name the person and the task by name."""

from logins_desktop.messages.define import translate

UNKNOWN_BADGE = translate("messages", "badge inconnu : « {badge} »", "assignment.unknown_badge")
UNKNOWN_ORDER = translate("messages", "commande inconnue : « {order} »", "assignment.unknown_order")
ORDER_CLOSED = translate("messages", "la commande {order} est close", "assignment.order_closed")
UNKNOWN_STATION = translate("messages", "poste inconnu : « {station} »", "assignment.unknown_station")
TASK_NOT_OF_ORDER = translate("messages", "la tâche « {task} » n'appartient pas à la commande {order}",
                              "assignment.task_not_of_order")
REFUSED = translate("messages", "{worker} ne peut pas être affecté·e à {order} : {reasons}", "assignment.refused")
TASK_REASONS = translate("messages", "{task} — {reasons}", "assignment.task_reasons")
NO_FREE_STATION = translate("messages", "aucun poste libre : libérez d'abord un poste", "assignment.no_free_station")
