"""Reasons of the ergonomic compatibility check: why a worker cannot take a task."""

from logins_desktop.messages.define import translate

FACTOR_UNKNOWN = translate("messages", "{factor} inconnue : à renseigner par la conseillère en insertion",
                           "compatibility.factor_unknown")
FACTOR_MAX_LOAD = translate("messages", "charge maximale", "compatibility.factor.max_load_kg")
FACTOR_HANDS = translate("messages", "mains utilisables", "compatibility.factor.hands")
FACTOR_POSTURE = translate("messages", "posture", "compatibility.factor.posture")
FACTOR_OVERHEAD = translate("messages", "possibilité de bras au-dessus des épaules", "compatibility.factor.overhead_ok")
FACTOR_FINE_MOTOR = translate("messages", "précision fine", "compatibility.factor.fine_motor")
FACTOR_REPS = translate("messages", "limite de gestes par minute", "compatibility.factor.max_reps_per_min")
COMPATIBLE = translate("messages", "compatible", "compatibility.compatible")
BLOCKED = translate("messages", "bloqué : {reasons}", "compatibility.blocked")
LOAD = translate("messages", "charge {load} kg > limite {limit} kg", "compatibility.load")
TWO_HANDS = translate("messages", "tâche à deux mains", "compatibility.two_hands")
STANDING_TASK = translate("messages", "tâche debout, travail assis requis", "compatibility.standing_task")
SEATED_TASK = translate("messages", "tâche assise, travail debout requis", "compatibility.seated_task")
OVERHEAD = translate("messages", "bras au-dessus des épaules", "compatibility.overhead")
FINE_MOTOR = translate("messages", "précision fine {needed} demandée > {limit}", "compatibility.fine_motor")
FINE_NONE = translate("messages", "aucune", "compatibility.fine.none")
FINE_LOW = translate("messages", "limitée", "compatibility.fine.low")
FINE_NORMAL = translate("messages", "normale", "compatibility.fine.normal")
REPS = translate("messages", "{reps} gestes/min > limite {limit}", "compatibility.reps")
