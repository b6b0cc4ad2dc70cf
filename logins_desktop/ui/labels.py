"""Translatable labels for values that come from the services (roles…), looked up at display time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from logins_desktop.services.types import Role

_ROLES = {
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Roles", "Chef d'équipe"),
    Role.LOGISTICS_MANAGER: QT_TRANSLATE_NOOP("Roles", "Responsable logistique"),
    Role.INSERTION_COUNSELLOR: QT_TRANSLATE_NOOP("Roles", "Conseiller·ère en insertion"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrateur"),
}
_WORKER = QT_TRANSLATE_NOOP("Roles", "Opérateur·rice")


def role_label(role: Role | None) -> str:
    return QCoreApplication.translate("Roles", _ROLES[role] if role else _WORKER)
