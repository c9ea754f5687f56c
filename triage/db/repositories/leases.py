"""Leases on work only one running instance may do at a time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from triage.db.models import LeaseRow


class SqlLeases:
    """Leases by conditional update: atomic on SQLite and PostgreSQL alike."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def acquire(self, name: str, holder: str, until: datetime, now: datetime) -> bool:
        taken = self._session.execute(
            update(LeaseRow)
            .where(
                LeaseRow.name == name,
                or_(LeaseRow.holder == holder, LeaseRow.expires_at <= now),
            )
            .values(holder=holder, expires_at=until)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return True
        return self._create(name, holder, until)

    def _create(self, name: str, holder: str, until: datetime) -> bool:
        try:
            with self._session.begin_nested():
                self._session.add(LeaseRow(name=name, holder=holder, expires_at=until))
        except IntegrityError:  # someone else holds it, and it has not expired
            return False
        return True

    def release(self, name: str, holder: str) -> None:
        self._session.execute(
            delete(LeaseRow).where(LeaseRow.name == name, LeaseRow.holder == holder)
        )

    def holder(self, name: str) -> tuple[str, datetime] | None:
        row = self._session.get(LeaseRow, name)
        return (row.holder, row.expires_at) if row else None
