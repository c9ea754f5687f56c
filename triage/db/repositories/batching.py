"""Statements over many rows: one INSERT for a batch, IN lists in chunks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from triage.db.models import MessageRow, ProposalRow


def _insert_returning_ids(
    session: Session, table: type[MessageRow] | type[ProposalRow], values: list[dict[str, Any]]
) -> list[int]:
    """One INSERT for many rows (SQLAlchemy's insertmanyvalues), ids in the order given."""
    if not values:
        return []
    statement = insert(table).returning(table.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, values))


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    """Keep IN lists well under SQLite's limit on bound parameters."""
    return [values[i : i + size] for i in range(0, len(values), size)]
