"""Reasons of the ergonomic compatibility check that are messages (the older ones are still sentences)."""

from logins_desktop.messages.define import translate

FACTOR_UNKNOWN = translate("messages", "{factor} inconnue : à renseigner par la conseillère en insertion",
                           "compatibility.factor_unknown")
FACTOR_MAX_LOAD = translate("messages", "charge maximale", "compatibility.factor.max_load_kg")
FACTOR_HANDS = translate("messages", "mains utilisables", "compatibility.factor.hands")
FACTOR_POSTURE = translate("messages", "posture", "compatibility.factor.posture")
FACTOR_OVERHEAD = translate("messages", "possibilité de bras au-dessus des épaules", "compatibility.factor.overhead_ok")
FACTOR_FINE_MOTOR = translate("messages", "précision fine", "compatibility.factor.fine_motor")
FACTOR_REPS = translate("messages", "limite de gestes par minute", "compatibility.factor.max_reps_per_min")
