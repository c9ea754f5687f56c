"""The ports: what the services need from the world, as Protocols."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, Protocol, Self

from triage.domain.model import (
    AuditEntry,
    Batch,
    Classification,
    Digest,
    Draft,
    Label,
    Message,
    Mute,
    Post,
    PostKind,
    Prediction,
    Proposal,
    ProposalState,
    QueueItem,
    QueueStatus,
    Rejected,
    TemplatePreview,
    TemplateVersion,
    TrainingReport,
)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, UTC-aware."""
        ...


class Connector(Protocol):
    """One connected account on one platform."""

    @property
    def streams(self) -> tuple[str, ...]:
        """The inbound streams this account is polled on (e.g. mentions, dms, comments)."""
        ...

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        """Messages of a stream that come after cursor, and the cursor that covers them."""
        ...

    def reply(self, message: Message, text: str) -> str:
        """Answer where the message came from (comment -> public reply, DM -> DM); the sent id."""
        ...

    def hide(self, message: Message) -> None:
        """Hide a public comment or reply on the platform."""
        ...

    def unhide(self, message: Message) -> None:
        """Show a comment hidden by hide() again."""
        ...

    def min_poll_interval(self, stream: str) -> timedelta:
        """The shortest interval between polls of a stream that its rate-limit budget allows."""
        ...

    def identity_check(self) -> dict[str, Any]:
        """Whether the credentials work: {ok, who, missing_scopes, notes}; never raises."""
        ...


class Classifier(Protocol):
    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """One prediction per text, in order."""
        ...


class Trainer(Protocol):
    def train(self, corrections: Sequence[tuple[str, Label]]) -> TrainingReport:
        """Train on the seed corpus plus staff corrections; the result becomes current."""
        ...

    def rollback(self) -> str:
        """Make the previous model current again; its version."""
        ...


class Templates(Protocol):
    def draft(
        self, label: Label, lang: str, message: Message, crisis: bool | None, at: datetime
    ) -> Draft:
        """The safe reply for this label, language, platform and time; crisis None: unknown."""
        ...

    def check(self, now: datetime) -> list[str]:
        """Problems in any way any template can render (unknown variables, policy, length)."""
        ...

    def check_source(self, name: str, source: str, now: datetime) -> list[str]:
        """The problems check() would find if the template name had this source."""
        ...

    def preview(self, name: str, source: str, now: datetime) -> TemplatePreview:
        """How source renders for the samples check_source uses, and the problems it finds."""
        ...

    def names(self) -> list[str]:
        """Every template name: the bundled files and the saved versions in use."""
        ...

    def file_source(self, name: str) -> str | None:
        """The bundled file's source, or None if there is no such file."""
        ...

    def reload(self) -> None:
        """Read the saved versions in use again (this process just changed one)."""
        ...


class AccountRepository(Protocol):
    def ensure(self, account_id: str, platform: str, at: datetime) -> None:
        """Record a connected account the first time it is seen."""
        ...


class MessageRepository(Protocol):
    def add_new(self, messages: Sequence[Message], received_at: datetime) -> list[Message]:
        """Store the messages not stored before, once each, and return them with their ids."""
        ...

    def get(self, message_id: int) -> Message: ...

    def accounts_with_thread(self, thread_id: str) -> list[str]: ...

    def accounts_with_author(self, author_id: str) -> list[str]: ...

    def covered_by(self, mute: Mute, limit: int) -> list[Message]:
        """Stored messages of the mute's account and thread (or author), newest first."""
        ...

    def set_hidden(self, message_id: int, at: datetime | None) -> None:
        """Record that we hid a message on the platform (at), or showed it again (None)."""
        ...

    def purge(self, received_before: datetime) -> int:
        """Drop texts and raw payloads received before then (not of open proposals); how many."""
        ...


class ClassificationRepository(Protocol):
    def add(self, classification: Classification) -> None: ...

    def add_all(self, classifications: Sequence[Classification]) -> None: ...

    def latest(self, message_id: int) -> Classification: ...

    def corrections(self) -> list[tuple[str, Label]]:
        """Texts staff re-labelled, with the label they chose."""
        ...


class ProposalRepository(Protocol):
    def add_all(self, proposals: Sequence[Proposal]) -> None:
        """Store new proposals; each gets its id."""
        ...

    def get(self, proposal_id: int) -> Proposal: ...

    def save(self, proposal: Proposal) -> None: ...

    def claim(self, proposal_id: int, expected: ProposalState, target: ProposalState) -> bool:
        """Move a proposal between states only if it is still in expected (a conditional update)."""
        ...

    def queue(
        self,
        states: Sequence[ProposalState],
        thread_id: str | None = None,
        author_id: str | None = None,
    ) -> list[QueueItem]: ...

    def our_replies(self, external_ids: Sequence[str]) -> set[str]:
        """Which of these platform ids are replies we sent (echoes, not inbound)."""
        ...

    def purge_texts(self, created_before: datetime) -> int:
        """Blank the reply texts of settled proposals made before then; how many."""
        ...

    def stuck_sends(self, started_before: datetime) -> list[int]:
        """Proposals claimed for sending before that time and never settled."""
        ...

    def due_sends(self, now: datetime, approved_before: datetime) -> list[int]:
        """Approved proposals to send now: a retry that is due, or one whose send never began."""
        ...


class MuteRepository(Protocol):
    def add(self, mute: Mute) -> None: ...

    def remove(self, account_id: str, thread_id: str | None, author_id: str | None) -> list[Mute]:
        """Lift the mutes of a thread (or of an author) on one account; the mutes lifted."""
        ...

    def active(self, account_id: str, now: datetime) -> list[Mute]: ...

    def end_expired(self, now: datetime) -> list[Mute]:
        """Remove the mutes whose time is up; the mutes removed."""
        ...

    def current(self, now: datetime) -> list[Mute]:
        """Every mute in force, on every account, newest first."""
        ...


class CursorRepository(Protocol):
    def get(self, account_id: str, stream: str) -> str | None: ...

    def set(self, account_id: str, stream: str, value: str | None) -> None: ...


class Quarantine(Protocol):
    def add(self, item: Rejected, at: datetime) -> None: ...

    def count(self, account_id: str) -> int: ...

    def purge(self, received_before: datetime) -> int:
        """Delete the raw items quarantined before then; how many."""
        ...


class Leases(Protocol):
    """Work only one running instance may do at a time; a lease lapses when its holder dies."""

    def acquire(self, name: str, holder: str, until: datetime, now: datetime) -> bool:
        """Take or renew the lease until the given time; False if another live holder has it."""
        ...

    def release(self, name: str, holder: str) -> None: ...

    def holder(self, name: str) -> tuple[str, datetime] | None: ...


class TemplateVersionRepository(Protocol):
    def add(self, version: TemplateVersion) -> None:
        """Store a new version; someone else saving the same number first is an error."""
        ...

    def history(self, name: str) -> list[TemplateVersion]:
        """Every version of a template, oldest first."""
        ...

    def current(self) -> list[TemplateVersion]:
        """The version in use of each template that has any."""
        ...


class AuditLog(Protocol):
    def append(self, entry: AuditEntry) -> None: ...

    def append_all(self, entries: Sequence[AuditEntry]) -> None: ...

    def entries(
        self, since: datetime | None = None, after_id: int = 0, limit: int | None = None
    ) -> list[AuditEntry]:
        """Entries at or after since, oldest first; after_id and limit read it page by page."""
        ...


class UnitOfWork(Protocol):
    accounts: AccountRepository
    messages: MessageRepository
    classifications: ClassificationRepository
    proposals: ProposalRepository
    mutes: MuteRepository
    cursors: CursorRepository
    audit: AuditLog
    quarantine: Quarantine
    leases: Leases
    template_versions: TemplateVersionRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class Outbox(Protocol):
    """The review queue's posting outbox: a priority queue kept in the database."""

    def add(self, post: Post) -> Post: ...

    def get(self, post_id: int) -> Post: ...

    def save(self, post: Post) -> None: ...

    def claim_next(self, now: datetime, stale_before: datetime) -> Post | None:
        """The most urgent due post on a channel not held, moved to sending; None if none."""
        ...

    def hold_channel(self, channel: str, until: datetime) -> None:
        """Post nothing more to channel before until (pacing, or the platform's Retry-After)."""
        ...

    def waiting(self, kind: PostKind, channel: str) -> int: ...

    def posts_for(self, proposal_id: int) -> list[Post]: ...

    def latest(self, kind: PostKind) -> Post | None: ...

    def open_alert(self, key: str) -> Post | None:
        """The alert about this problem that has not been resolved yet."""
        ...

    def awaiting_escalation(self) -> list[Post]:
        """Posted emergency cards whose proposal nobody has decided yet."""
        ...

    def stale_cards(self, limit: int) -> list[Post]:
        """Posted cards still showing buttons for a proposal that has been decided."""
        ...

    def unnoticed(self, limit: int) -> list[QueueItem]:
        """Pending proposals the review queue has not been told about yet, oldest first."""
        ...

    def notice(self, proposal_id: int, post_id: int | None, at: datetime) -> None:
        """Mark a proposal as told: on its own post, or held (None) for the next digest."""
        ...

    def gather(self, post_id: int) -> dict[Label, int]:
        """Move every held proposal into the digest post_id; their counts by label."""
        ...

    def held(self) -> int: ...

    def members(self, post_id: int, limit: int | None = None) -> list[QueueItem]:
        """The proposals of a digest that are still pending, oldest first."""
        ...

    def member_counts(self, post_id: int) -> dict[Label, int]:
        """How many proposals of a digest are still pending, by label."""
        ...

    def status(self, now: datetime) -> QueueStatus: ...


class Links(Protocol):
    def thread_of(self, link: str) -> str | None:
        """The thread of the stored message at this permalink; None if none is stored."""
        ...


class ReviewUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that also holds the review queue's outbox and permalink lookups."""

    outbox: Outbox
    links: Links


class ReviewQueue(Protocol):
    """Where staff review proposals: cards, digests and escalations (a Slack channel)."""

    def post_card(self, channel: str, item: QueueItem, mention: str) -> str:
        """Post a proposal card; the posted message's id."""
        ...

    def show_card(self, channel: str, ts: str, item: QueueItem, note: str = "") -> None:
        """Redraw a card in place as the proposal is now: an outcome, no buttons, once decided."""
        ...

    def post_digest(self, channel: str, digest: Digest) -> str: ...

    def show_digest(self, channel: str, ts: str, digest: Digest) -> None: ...

    def post_escalation(
        self, channel: str, card_ts: str, item: QueueItem, mention: str, waited: timedelta
    ) -> str:
        """Ping again, beside the card, about an emergency nobody has acted on."""
        ...


class Alerts(Protocol):
    """Messages to people rather than to the queue: admin alerts and the on-call page."""

    def post_alert(self, channel: str, text: str) -> str: ...

    def page(self, user: str, item: QueueItem, card_channel: str, waited: timedelta) -> str:
        """A direct message to the on-call physician about a waiting emergency."""
        ...
