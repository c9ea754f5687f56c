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
    Draft,
    Label,
    Message,
    Mute,
    Prediction,
    Proposal,
    ProposalState,
    QueueItem,
    Rejected,
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


class AccountRepository(Protocol):
    def ensure(self, account_id: str, platform: str, at: datetime) -> None:
        """Record a connected account the first time it is seen."""
        ...


class MessageRepository(Protocol):
    def add(self, message: Message, received_at: datetime) -> Message | None:
        """Store a new message and return it with its id; None if it was stored before."""
        ...

    def get(self, message_id: int) -> Message: ...

    def accounts_with_thread(self, thread_id: str) -> list[str]: ...


class ClassificationRepository(Protocol):
    def add(self, classification: Classification) -> None: ...

    def latest(self, message_id: int) -> Classification: ...

    def corrections(self) -> list[tuple[str, Label]]:
        """Texts staff re-labelled, with the label they chose."""
        ...


class ProposalRepository(Protocol):
    def add(self, proposal: Proposal) -> Proposal: ...

    def get(self, proposal_id: int) -> Proposal: ...

    def save(self, proposal: Proposal) -> None: ...

    def claim(self, proposal_id: int, expected: ProposalState, target: ProposalState) -> bool:
        """Move a proposal between states only if it is still in expected (a conditional update)."""
        ...

    def queue(self, states: Sequence[ProposalState]) -> list[QueueItem]: ...

    def is_our_reply(self, external_id: str) -> bool:
        """Whether a platform id is one of the replies we sent (an echo, not an inbound)."""
        ...


class MuteRepository(Protocol):
    def add(self, mute: Mute) -> None: ...

    def remove_thread(self, account_id: str, thread_id: str) -> int: ...

    def active(self, account_id: str, now: datetime) -> list[Mute]: ...


class CursorRepository(Protocol):
    def get(self, account_id: str, stream: str) -> str | None: ...

    def set(self, account_id: str, stream: str, value: str | None) -> None: ...


class Quarantine(Protocol):
    def add(self, item: Rejected, at: datetime) -> None: ...

    def count(self, account_id: str) -> int: ...


class AuditLog(Protocol):
    def append(self, entry: AuditEntry) -> None: ...

    def entries(self, since: datetime | None = None) -> list[AuditEntry]: ...


class UnitOfWork(Protocol):
    accounts: AccountRepository
    messages: MessageRepository
    classifications: ClassificationRepository
    proposals: ProposalRepository
    mutes: MuteRepository
    cursors: CursorRepository
    audit: AuditLog
    quarantine: Quarantine

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
