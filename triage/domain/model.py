"""Messages, classifications, proposals and the proposal state machine."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from triage.domain.errors import IllegalTransition, TriageError


class Platform(StrEnum):
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"

    def reply_limit(self, kind: MessageKind) -> int:
        """The longest reply the platform accepts in that place."""
        return REPLY_LIMITS[(self, kind.is_private)]


class MessageKind(StrEnum):
    DM = "dm"
    COMMENT = "comment"
    MENTION = "mention"
    REPLY = "reply"

    @property
    def is_private(self) -> bool:
        return self is MessageKind.DM


# (platform, is a DM) -> characters. X counts the leading @mention in its 280.
REPLY_LIMITS: dict[tuple[Platform, bool], int] = {
    (Platform.X, False): 280,
    (Platform.X, True): 10_000,
    (Platform.FACEBOOK, False): 8_000,
    (Platform.FACEBOOK, True): 2_000,
    (Platform.INSTAGRAM, False): 2_200,
    (Platform.INSTAGRAM, True): 1_000,
}


class Label(StrEnum):
    EMERGENCY = "emergency"
    MEDICAL_QUESTION = "medical-question"
    TROLL = "troll"
    GENERAL = "general"

    @property
    def priority(self) -> int:
        """Lower comes first in the queue: emergencies before everything."""
        return list(Label).index(self)


class DecisionSource(StrEnum):
    MODEL = "model"
    RULE = "rule"
    STAFF = "staff"


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
class Message:
    account_id: str
    platform: Platform
    external_id: str
    kind: MessageKind
    thread_id: str
    author_id: str
    author_handle: str
    text: str
    created_at: datetime
    permalink: str = ""
    lang: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    # When we hid it on the platform (a troll mute), so that unmuting can show it again.
    hidden_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Prediction:
    """What a model says about one text."""

    label: Label
    confidence: float
    scores: dict[Label, float]
    model_version: str


@dataclass(frozen=True)
class Classification:
    label: Label
    confidence: float
    scores: dict[Label, float]
    model_version: str
    source: DecisionSource
    crisis: bool = False
    uncertain: bool = False
    reason: str = ""
    created_at: datetime | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class TrainingReport:
    """What a retraining produced; the metrics are measured on held-out folds."""

    version: str
    examples: int
    corrections: int
    metrics: dict[str, float]
    previous_version: str | None = None


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


@dataclass(frozen=True)
class Mute:
    account_id: str
    thread_id: str | None
    author_id: str | None
    muted_by: str
    muted_at: datetime
    until: datetime | None = None
    hides: bool = False  # troll comments it covers are hidden on the platform, later ones too

    def covers(self, message: Message, now: datetime) -> bool:
        if self.until is not None and now >= self.until:
            return False
        if message.account_id != self.account_id:
            return False
        return message.thread_id == self.thread_id or message.author_id == self.author_id

    @property
    def target(self) -> str:
        """What is muted, as the audit and the command line name it."""
        if self.author_id is not None:
            return f"author:{self.account_id}:{self.author_id}"
        return f"thread:{self.account_id}:{self.thread_id}"

    @property
    def ends(self) -> str:
        return until_text(self.until)


def until_text(until: datetime | None) -> str:
    """How long a mute lasts, said the same way everywhere it is shown."""
    return f"until {until:%Y-%m-%d %H:%M} UTC" if until else "until unmuted"


_DURATION = re.compile(r"^(\d+)\s*([hd])$")


def parse_duration(text: str) -> timedelta:
    """'24h', '7d' or '90d', as people type them (mute lengths, retention)."""
    match = _DURATION.match(text.strip().lower())
    if match is None or int(match[1]) == 0:
        raise TriageError(f"{text!r} is not a duration: use hours or days, like 24h or 90d")
    count = int(match[1])
    return timedelta(hours=count) if match[2] == "h" else timedelta(days=count)


@dataclass(frozen=True)
class TemplateVersion:
    """One saved wording of a template. The newest version of a name is the one in use, so
    which one is active is never in doubt; rows are only ever added (a rollback adds one)."""

    name: str
    version: int
    source: str | None  # None: the bundled file in templates/ is used again
    previous: int  # the version in use before this one; 0 is the bundled file
    created_by: str
    created_at: datetime
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Rendering:
    """One way a template renders, and the sample cases (first one first) that render it so."""

    text: str
    cases: tuple[str, ...]


@dataclass(frozen=True)
class TemplatePreview:
    """How a wording renders for the sample messages the checks use, and what they find."""

    renderings: tuple[Rendering, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class AuditEntry:
    actor: str
    action: str
    subject: str
    at: datetime
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class Rejected:
    """An inbound item that could not be parsed: kept raw for a person, never dropped silently."""

    account_id: str
    stream: str
    error: str
    raw: dict[str, Any] | str
    external_id: str | None = None


@dataclass(frozen=True)
class Batch:
    """One page of a stream: the messages, the items quarantined, and the cursor covering both."""

    messages: list[Message]
    next_cursor: str | None
    rejected: list[Rejected] = field(default_factory=list)


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
