"""The audit log is append-only in the database too, whoever connects."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from triage.db.models import AuditRow
from triage.db.repositories import SqlAuditLog
from triage.domain.model import AuditEntry

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def appended(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        SqlAuditLog(session).append(AuditEntry("alex", "approve", "proposal:1", AT))
        session.commit()


@pytest.mark.parametrize(
    "statement",
    [update(AuditRow).values(actor="someone else"), delete(AuditRow)],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_change_or_remove_an_entry(
    factory: sessionmaker[Session], appended: None, statement: object
) -> None:
    with factory() as session, pytest.raises(DBAPIError, match="append-only"):
        session.execute(statement)  # type: ignore[call-overload]
    with factory() as reader:
        assert [e.actor for e in SqlAuditLog(reader).entries()] == ["alex"]
