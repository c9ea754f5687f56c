"""Rows <-> the domain objects several repositories read: messages, classifications, proposals."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from triage.db.models import ClassificationRow, MessageRow, ProposalRow
from triage.domain.errors import NotFound
from triage.domain.model import (
    Action,
    Classification,
    DecisionSource,
    Label,
    Message,
    MessageKind,
    Platform,
    Proposal,
    ProposalState,
)


def message_values(message: Message, received_at: datetime) -> dict[str, Any]:
    return dict(
        account_id=message.account_id,
        platform=message.platform.value,
        external_id=message.external_id,
        kind=message.kind.value,
        thread_id=message.thread_id,
        author_id=message.author_id,
        author_handle=message.author_handle,
        text=message.text,
        lang=message.lang,
        created_at=message.created_at,
        received_at=received_at,
        permalink=message.permalink,
        raw=message.raw,
        hidden_at=message.hidden_at,
    )


def to_message(row: MessageRow) -> Message:
    return Message(
        id=row.id,
        account_id=row.account_id,
        platform=Platform(row.platform),
        external_id=row.external_id,
        kind=MessageKind(row.kind),
        thread_id=row.thread_id,
        author_id=row.author_id,
        author_handle=row.author_handle,
        text=row.text or "",
        lang=row.lang,
        created_at=row.created_at,
        permalink=row.permalink,
        raw=row.raw or {},
        hidden_at=row.hidden_at,
    )


def classification_values(c: Classification) -> dict[str, Any]:
    if c.message_id is None:
        raise NotFound("classification is not tied to a stored message")
    return dict(
        message_id=c.message_id,
        label=c.label.value,
        confidence=c.confidence,
        scores={label.value: score for label, score in c.scores.items()},
        model_version=c.model_version,
        source=c.source.value,
        crisis=c.crisis,
        uncertain=c.uncertain,
        reason=c.reason,
        created_at=c.created_at,
    )


def to_classification(row: ClassificationRow) -> Classification:
    return Classification(
        message_id=row.message_id,
        label=Label(row.label),
        confidence=row.confidence,
        scores={Label(k): float(v) for k, v in row.scores.items()},
        model_version=row.model_version,
        source=DecisionSource(row.source),
        crisis=row.crisis,
        uncertain=row.uncertain,
        reason=row.reason,
        created_at=row.created_at,
    )


def proposal_values(proposal: Proposal) -> dict[str, Any]:
    return dict(
        message_id=proposal.message_id,
        label=proposal.label.value,
        action=proposal.action.value,
        state=proposal.state.value,
        uncertain=proposal.uncertain,
        template_name=proposal.template_name,
        template_text=proposal.template_text,
        edited_text=proposal.edited_text,
        decided_by=proposal.decided_by,
        decided_at=proposal.decided_at,
        sent_external_id=proposal.sent_external_id,
        failure_reason=proposal.failure_reason,
        created_at=proposal.created_at,
        send_started_at=proposal.send_started_at,
        send_attempts=proposal.send_attempts,
        retry_at=proposal.retry_at,
    )


def to_proposal(row: ProposalRow) -> Proposal:
    return Proposal(
        id=row.id,
        message_id=row.message_id,
        label=Label(row.label),
        action=Action(row.action),
        state=ProposalState(row.state),
        uncertain=row.uncertain,
        template_name=row.template_name,
        template_text=row.template_text,
        edited_text=row.edited_text,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        sent_external_id=row.sent_external_id,
        failure_reason=row.failure_reason,
        created_at=row.created_at,
        send_started_at=row.send_started_at,
        send_attempts=row.send_attempts,
        retry_at=row.retry_at,
    )
