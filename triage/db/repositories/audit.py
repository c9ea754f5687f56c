"""The audit log: who did what to which subject, before and after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from triage.db.models import AuditRow
from triage.domain.model import AuditEntry


class SqlAuditLog:
    """Append-only: there is deliberately no update or delete here."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, entry: AuditEntry) -> None:
        self.append_all([entry])

    def append_all(self, entries: Sequence[AuditEntry]) -> None:
        if entries:
            self._session.execute(insert(AuditRow), [audit_values(e) for e in entries])

    def entries(
        self, since: datetime | None = None, after_id: int = 0, limit: int | None = None
    ) -> list[AuditEntry]:
        query = select(AuditRow).where(AuditRow.id > after_id).order_by(AuditRow.id).limit(limit)
        if since is not None:
            query = query.where(AuditRow.at >= since)
        return [to_audit_entry(row) for row in self._session.scalars(query)]


def to_audit_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        actor=row.actor,
        action=row.action,
        subject=row.subject,
        at=row.at,
        before=row.before,
        after=row.after,
    )


def audit_values(entry: AuditEntry) -> dict[str, Any]:
    return dict(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        subject=entry.subject,
        before=entry.before,
        after=entry.after,
    )
