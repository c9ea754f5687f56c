"""Proposals: their states, conditional claims for sending, and the review queue's query."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased

from triage.db.models import ClassificationRow, MessageRow, ProposalRow
from triage.db.repositories.batching import _chunks, _insert_returning_ids
from triage.db.repositories.conversion import (
    proposal_values,
    to_classification,
    to_message,
    to_proposal,
)
from triage.domain.errors import NotFound
from triage.domain.model import Proposal, ProposalState, QueueItem

# A proposal not final yet may still be read, sent or confirmed: its texts are kept.
OPEN_STATES = [state.value for state in ProposalState if not state.is_final]


class SqlProposalRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add_all(self, proposals: Sequence[Proposal]) -> None:
        """Store new proposals in one statement; each gets its id."""
        values = [proposal_values(proposal) for proposal in proposals]
        ids = _insert_returning_ids(self._session, ProposalRow, values)
        for proposal, proposal_id in zip(proposals, ids, strict=True):
            proposal.id = proposal_id

    def get(self, proposal_id: int) -> Proposal:
        return to_proposal(self._row(proposal_id))

    def save(self, proposal: Proposal) -> None:
        if proposal.id is None:
            raise NotFound("proposal has no id: add it first")
        _copy_proposal(proposal, self._row(proposal.id))
        self._session.flush()

    def claim(self, proposal_id: int, expected: ProposalState, target: ProposalState) -> bool:
        statement = (
            update(ProposalRow)
            .where(ProposalRow.id == proposal_id, ProposalRow.state == expected.value)
            .values(state=target.value)
            .execution_options(synchronize_session=False)
        )
        claimed = self._session.execute(statement).rowcount == 1  # type: ignore[attr-defined]
        self._session.expire_all()
        return claimed

    def queue(
        self,
        states: Sequence[ProposalState],
        thread_id: str | None = None,
        author_id: str | None = None,
    ) -> list[QueueItem]:
        query = _queue_items(states)
        if thread_id is not None:
            query = query.where(MessageRow.thread_id == thread_id)
        if author_id is not None:
            query = query.where(MessageRow.author_id == author_id)
        return [
            QueueItem(to_proposal(p), to_message(m), to_classification(c))
            for p, m, c in self._session.execute(query)
        ]

    def purge_texts(self, created_before: datetime) -> int:
        """Blank the reply texts of settled proposals made before then (they can name people)."""
        statement = (
            update(ProposalRow)
            .where(
                ProposalRow.created_at < created_before,
                ProposalRow.state.not_in(OPEN_STATES),
                or_(ProposalRow.template_text != "", ProposalRow.edited_text.is_not(None)),
            )
            .values(template_text="", edited_text=None)
            .execution_options(synchronize_session=False)
        )
        return int(self._session.execute(statement).rowcount)  # type: ignore[attr-defined]

    def stuck_sends(self, started_before: datetime) -> list[int]:
        """Proposals claimed for sending before that time and never settled."""
        query = (
            select(ProposalRow.id)
            .where(
                ProposalRow.state == ProposalState.SENDING.value,
                # A claim from before send times were kept counts as stuck too.
                or_(
                    ProposalRow.send_started_at.is_(None),
                    ProposalRow.send_started_at < started_before,
                ),
            )
            .order_by(ProposalRow.id)
        )
        return list(self._session.scalars(query))

    def due_sends(self, now: datetime, approved_before: datetime) -> list[int]:
        """Approved proposals to send now: a retry that is due, or one whose send never began."""
        due_retry = and_(ProposalRow.retry_at.is_not(None), ProposalRow.retry_at <= now)
        never_claimed = and_(
            ProposalRow.retry_at.is_(None), ProposalRow.decided_at < approved_before
        )
        query = (
            select(ProposalRow.id)
            .where(ProposalRow.state == ProposalState.APPROVED.value, or_(due_retry, never_claimed))
            .order_by(ProposalRow.id)
        )
        return list(self._session.scalars(query))

    def our_replies(self, external_ids: Sequence[str]) -> set[str]:
        """Which of these platform ids are replies we sent (echoes, not inbound)."""
        found: set[str] = set()
        for chunk in _chunks(list(external_ids)):
            query = select(ProposalRow.sent_external_id).where(
                ProposalRow.sent_external_id.in_(chunk)
            )
            found |= {i for i in self._session.scalars(query) if i}
        return found

    def _row(self, proposal_id: int) -> ProposalRow:
        row = self._session.get(ProposalRow, proposal_id)
        if row is None:
            raise NotFound(f"no proposal {proposal_id}")
        return row


def _copy_proposal(proposal: Proposal, row: ProposalRow) -> None:
    for name, value in proposal_values(proposal).items():
        setattr(row, name, value)


def _queue_items(
    states: Sequence[ProposalState],
) -> Select[ProposalRow, MessageRow, ClassificationRow]:
    """Proposals in these states with their message and latest classification, oldest first."""
    # "No newer classification" probes the message_id index per row; SQLite re-ran an
    # IN (SELECT max(id) ... GROUP BY) subquery per row: 3 s for 5,000 pending proposals.
    newer = aliased(ClassificationRow)
    is_latest = ~exists().where(
        newer.message_id == ClassificationRow.message_id, newer.id > ClassificationRow.id
    )
    return (
        select(ProposalRow, MessageRow, ClassificationRow)
        .join(MessageRow, MessageRow.id == ProposalRow.message_id)
        .join(ClassificationRow, ClassificationRow.message_id == MessageRow.id)
        .where(ProposalRow.state.in_([state.value for state in states]), is_latest)
        .order_by(ProposalRow.id)
    )
