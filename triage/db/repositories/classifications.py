"""Classifications: every label a message was given, by model, rule or staff."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from triage.db.models import ClassificationRow, MessageRow
from triage.db.repositories.conversion import classification_values, to_classification
from triage.domain.errors import NotFound
from triage.domain.model import Classification, DecisionSource, Label


class SqlClassificationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, classification: Classification) -> None:
        self.add_all([classification])

    def add_all(self, classifications: Sequence[Classification]) -> None:
        if classifications:
            values = [classification_values(c) for c in classifications]
            self._session.execute(insert(ClassificationRow), values)

    def latest(self, message_id: int) -> Classification:
        query = (
            select(ClassificationRow)
            .where(ClassificationRow.message_id == message_id)
            .order_by(ClassificationRow.id.desc())
        )
        row = self._session.scalars(query).first()
        if row is None:
            raise NotFound(f"message {message_id} has no classification")
        return to_classification(row)

    def corrections(self) -> list[tuple[str, Label]]:
        """Texts staff re-labelled, with the label they chose: training data."""
        query = (
            select(MessageRow.text, ClassificationRow.label)
            .join(MessageRow, MessageRow.id == ClassificationRow.message_id)
            .where(ClassificationRow.source == DecisionSource.STAFF, MessageRow.text.is_not(None))
            .order_by(ClassificationRow.id)
        )
        return [(text or "", Label(label)) for text, label in self._session.execute(query)]
