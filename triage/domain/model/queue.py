"""The review queue: items in order, outbox posts, routing, digests and status figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from triage.domain.model.classification import Classification, Label
from triage.domain.model.message import Message
from triage.domain.model.proposal import Proposal, ProposalState


@dataclass(frozen=True)
class QueueItem:
    proposal: Proposal
    message: Message
    classification: Classification


def queue_order(item: QueueItem) -> tuple[int, datetime]:
    return (item.proposal.label.priority, item.message.created_at)


class PostKind(StrEnum):
    """What an outbox post is; each kind is drawn by the ReviewQueue or Alerts port."""

    CARD = "card"
    DIGEST = "digest"
    ESCALATION = "escalation"
    PAGE = "page"
    ALERT = "alert"


class PostState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    POSTED = "posted"
    SKIPPED = "skipped"
    FAILED = "failed"


# Outbox priorities: lower goes first. Cards use their label's priority (emergency = 0).
URGENT = 0
ROUTINE = len(Label)


@dataclass
class Post:
    """One message in the review queue's outbox: waiting, being posted, or posted (with its ts)."""

    kind: PostKind
    key: str
    channel: str
    priority: int
    created_at: datetime
    proposal_id: int | None = None
    body: dict[str, Any] = field(default_factory=dict)
    state: PostState = PostState.PENDING
    attempts: int = 0
    not_before: datetime | None = None
    claimed_at: datetime | None = None
    posted_at: datetime | None = None
    ts: str | None = None
    closed_at: datetime | None = None
    error: str | None = None
    # The proposal state a card last showed: a card is redrawn when its proposal moves on.
    shown_state: ProposalState | None = None
    id: int | None = None


@dataclass(frozen=True)
class ReviewRouting:
    """Where the review queue posts and how fast; channel and user ids are opaque here."""

    queue_channel: str = ""
    emergency_channel: str = ""
    admin_channel: str = ""
    emergency_mention: str = ""
    oncall_user: str = ""
    escalate_after: timedelta = timedelta(minutes=5)
    # Slack allows chat.postMessage about once per second per channel.
    post_interval: timedelta = timedelta(seconds=1)
    digest_every: timedelta = timedelta(minutes=15)
    # More routine cards than this waiting to be posted is a flood: the rest go to a digest.
    card_limit: int = 20

    @property
    def urgent_channel(self) -> str:
        return self.emergency_channel or self.queue_channel


@dataclass(frozen=True)
class Digest:
    """Messages that need no card of their own, counted and sampled in one post."""

    post_id: int
    counts: dict[Label, int]
    top: list[QueueItem]
    created_at: datetime
    outcome: str = ""
    decided_by: str | None = None
    decided_at: datetime | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class QueueStatus:
    """The figures staff ask for: what waits, since when, and how the outbox is doing."""

    pending: dict[Label, int]
    oldest_waiting_since: datetime | None
    posts_waiting: int
    posts_failed: int
    at: datetime
    # Approved replies the platform never confirmed: staff must look and say (triage confirm).
    sends_unknown: int = 0

    @property
    def emergencies_open(self) -> int:
        return self.pending.get(Label.EMERGENCY, 0)

    @property
    def total(self) -> int:
        return sum(self.pending.values())
