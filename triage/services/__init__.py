"""The use cases, independent of any UI; each reaches the world only through ports in Deps."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from triage.domain.errors import NotFound
from triage.domain.model import (
    AuditEntry,
    Classification,
    DecisionSource,
    Label,
    Message,
    Post,
    Proposal,
    ReviewRouting,
)
from triage.domain.policy import PracticeFacts, ReplyScreen
from triage.domain.ports import (
    Alerts,
    Classifier,
    Clock,
    Connector,
    ReviewQueue,
    ReviewUnitOfWork,
    Templates,
    Trainer,
    UnitOfWork,
)
from triage.domain.roles import RoleBook
from triage.domain.safety_net import scan

SYSTEM = "triage"


@dataclass
class Deps:
    """Everything a use case may touch, built once at the entry point."""

    new_uow: Callable[[], UnitOfWork]
    connectors: Mapping[str, Connector]
    classifier: Classifier
    templates: Templates
    clock: Clock
    roles: RoleBook
    facts: PracticeFacts
    trainer: Trainer
    # A learned second opinion on every outgoing reply, beside the policy's rules.
    reply_screen: ReplyScreen | None = None
    uncertain_below: float = 0.6
    default_language: str = "en"
    review_queue: ReviewQueue | None = None
    alerts: Alerts | None = None
    routing: ReviewRouting = field(default_factory=ReviewRouting)
    new_review_uow: Callable[[], ReviewUnitOfWork] | None = None
    # A send claimed this long ago and never settled was cut short (sends time out in seconds).
    stuck_send_after: timedelta = timedelta(minutes=5)
    # Message texts and raw payloads older than this are removed by `triage purge`.
    retention: timedelta = timedelta(days=90)
    # The platform of each configured account: its row must exist before its first cursor.
    account_platforms: Mapping[str, str] = field(default_factory=dict)


def connector_for(deps: Deps, account_id: str) -> Connector:
    try:
        return deps.connectors[account_id]
    except KeyError:
        raise NotFound(f"no connected account {account_id!r}") from None


def stored_id(thing: Message | Proposal | Post) -> int:
    """The database id of something the use case stored or loaded; never None past that point."""
    if thing.id is None:
        raise NotFound(f"{type(thing).__name__.lower()} has not been stored")
    return thing.id


def subject(proposal: Proposal) -> str:
    return f"proposal:{proposal.id}"


def snapshot(proposal: Proposal) -> dict[str, object]:
    return {
        "state": proposal.state.value,
        "label": proposal.label.value,
        "action": proposal.action.value,
        "edited": proposal.edited_text is not None,
    }


def record(
    uow: UnitOfWork,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    before: Mapping[str, object],
    after: Mapping[str, object],
) -> None:
    uow.audit.append(AuditEntry(actor, action, subject, at, dict(before), dict(after)))


def crisis_of(c: Classification) -> bool | None:
    """Known when the safety net decided; unknown (None) when only a model or a person did."""
    if c.label is not Label.EMERGENCY:
        return False
    if c.crisis:
        return True
    return False if c.source is DecisionSource.RULE else None


def crisis_in(message: Message) -> bool:
    hit = scan(message.text)
    return hit is not None and hit.crisis
