"""Proposals (a drafted reply awaiting staff) and the state machine they move through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from triage.domain.errors import IllegalTransition
from triage.domain.model.classification import Label


class Action(StrEnum):
    REPLY = "reply"
    MUTE = "mute"
    NO_REPLY = "no-reply"


class ProposalState(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    IGNORED = "ignored"
    # The platform was called but never answered for sure (a timeout, a crash): staff check.
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        return self in (ProposalState.SENT, ProposalState.FAILED, ProposalState.IGNORED)


ALLOWED_TRANSITIONS: dict[ProposalState, frozenset[ProposalState]] = {
    ProposalState.PROPOSED: frozenset({ProposalState.APPROVED, ProposalState.IGNORED}),
    ProposalState.APPROVED: frozenset({ProposalState.SENDING}),
    # Back to approved only when the platform refused to take it yet (rate limited).
    ProposalState.SENDING: frozenset(
        {
            ProposalState.SENT,
            ProposalState.FAILED,
            ProposalState.UNKNOWN,
            ProposalState.APPROVED,
        }
    ),
    # Staff looked on the platform: it went out, or it did not (and is sent again).
    ProposalState.UNKNOWN: frozenset({ProposalState.SENT, ProposalState.APPROVED}),
    ProposalState.SENT: frozenset(),
    ProposalState.FAILED: frozenset(),
    ProposalState.IGNORED: frozenset(),
}


@dataclass(frozen=True)
class Draft:
    """A reply rendered from a template, before anyone has looked at it."""

    action: Action
    text: str
    template: str


@dataclass
class Proposal:
    message_id: int
    label: Label
    action: Action
    template_text: str
    template_name: str
    created_at: datetime
    state: ProposalState = ProposalState.PROPOSED
    uncertain: bool = False
    edited_text: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    sent_external_id: str | None = None
    failure_reason: str | None = None
    send_started_at: datetime | None = None
    send_attempts: int = 0
    retry_at: datetime | None = None
    id: int | None = None

    @property
    def reply_text(self) -> str:
        return self.edited_text if self.edited_text is not None else self.template_text

    @property
    def is_pending(self) -> bool:
        return self.state is ProposalState.PROPOSED

    def approve(self, by: str, at: datetime, edited_text: str | None = None) -> None:
        self._require(ProposalState.PROPOSED, "approve")
        self._move(ProposalState.APPROVED, "approve")
        if edited_text is not None and edited_text != self.template_text:
            self.edited_text = edited_text
        self.decided_by, self.decided_at = by, at

    def ignore(self, by: str, at: datetime) -> None:
        self._move(ProposalState.IGNORED, "ignore")
        self.decided_by, self.decided_at = by, at

    def redraft(self, label: Label, draft: Draft) -> None:
        if not self.is_pending:
            raise IllegalTransition(self.id, self.state, "relabel", self.decided_by or "")
        self.label, self.action = label, draft.action
        self.template_text, self.template_name = draft.text, draft.template
        self.edited_text, self.uncertain = None, False

    def start_sending(self, at: datetime) -> None:
        """The intent, recorded before the platform is called: when, and which attempt."""
        self._move(ProposalState.SENDING, "send")
        self.send_started_at, self.retry_at = at, None
        self.send_attempts += 1

    def mark_sent(self, external_id: str | None) -> None:
        self._move(ProposalState.SENT, "mark sent")
        self.sent_external_id, self.failure_reason = external_id, None

    def mark_failed(self, reason: str) -> None:
        self._move(ProposalState.FAILED, "mark failed")
        self.failure_reason = reason

    def mark_unknown(self, reason: str) -> None:
        self._move(ProposalState.UNKNOWN, "mark unknown")
        self.failure_reason = reason

    def retry_later(self, reason: str, at: datetime) -> None:
        """The platform took nothing (rate limited): approved again, not before at."""
        self._require(ProposalState.SENDING, "retry")
        self._move(ProposalState.APPROVED, "retry")
        self.failure_reason, self.retry_at = reason, at

    def confirm_sent(self, external_id: str | None) -> None:
        """Staff found the reply on the platform."""
        self._require(ProposalState.UNKNOWN, "confirm as sent")
        self.mark_sent(external_id)

    def confirm_not_sent(self) -> None:
        """Staff found nothing on the platform: approved again, to be sent once more."""
        self._require(ProposalState.UNKNOWN, "confirm as not sent")
        self._move(ProposalState.APPROVED, "confirm as not sent")
        self.failure_reason, self.retry_at = None, None

    def _require(self, state: ProposalState, action: str) -> None:
        """For moves the table allows from several states, but this action only from one."""
        if self.state is not state:
            raise IllegalTransition(self.id, self.state, action, self.decided_by or "")

    def _move(self, target: ProposalState, action: str) -> None:
        if target not in ALLOWED_TRANSITIONS[self.state]:
            raise IllegalTransition(self.id, self.state, action, self.decided_by or "")
        self.state = target
