"""Synchronisation with the central server: what the central copy changed at this station."""

from logins_desktop.messages.define import translate

CHANGES = translate("messages", "{items}", "sync.changes")
CUSTOMERS = translate("messages", "{n, plural, one {# client} other {# clients}}", "sync.changed.customers")
LOCATIONS = translate("messages", "{n, plural, one {# emplacement} other {# emplacements}}", "sync.changed.locations")
PRODUCTS = translate("messages", "{n, plural, one {# article} other {# articles}}", "sync.changed.products")
KIT_COMPONENTS = translate("messages", "{n, plural, one {# ligne de kit} other {# lignes de kit}}",
                           "sync.changed.kit_components")
ORDERS = translate("messages", "{n, plural, one {# commande} other {# commandes}}", "sync.changed.orders")
TASKS = translate("messages", "{n, plural, one {# tâche} other {# tâches}}", "sync.changed.tasks")
WORKERS = translate("messages", "{n, plural, one {# personne} other {# personnes}}", "sync.changed.workers")
RESTRICTIONS = translate("messages", "{n, plural, one {# restriction} other {# restrictions}}",
                         "sync.changed.worker_restrictions")
STATIONS = translate("messages", "{n, plural, one {# poste} other {# postes}}", "sync.changed.stations")
USERS = translate("messages", "{n, plural, one {# utilisateur} other {# utilisateurs}}", "sync.changed.users")
ASSIGNMENTS = translate("messages", "{n, plural, one {# affectation} other {# affectations}}", "sync.changed.assignments")
DISCREPANCIES = translate("messages", "{n, plural, one {# écart de stock} other {# écarts de stock}}",
                          "sync.changed.stock_discrepancies")
OTHER = translate("messages", "{table} : {n}", "sync.changed.other")
