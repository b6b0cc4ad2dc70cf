"""The audit log: who changed what, when. Written in the same transaction as the change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from logins_desktop.store.models import AuditEntry


def record(session: Session, actor: str, action: str, entity: str, entity_key: str = "", **details) -> None:
    session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_key=entity_key, details=details))
