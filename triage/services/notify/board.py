"""The ports the review queue needs, and what it shows: items, digests and status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from triage.domain.errors import TriageError
from triage.domain.model import Digest, QueueItem, QueueStatus, ReviewRouting
from triage.domain.ports import Alerts, ReviewQueue, ReviewUnitOfWork, UnitOfWork
from triage.services import Deps

DIGEST_SAMPLE = 5


@dataclass(frozen=True)
class Board:
    """The ports the review queue needs; Deps leaves them unset when Slack is not configured."""

    new_uow: Callable[[], ReviewUnitOfWork]
    queue: ReviewQueue
    alerts: Alerts
    routing: ReviewRouting


def board(deps: Deps) -> Board:
    if deps.new_review_uow is None or deps.review_queue is None or deps.alerts is None:
        raise TriageError("the review queue is not set up: configure [slack] and its tokens")
    return Board(deps.new_review_uow, deps.review_queue, deps.alerts, deps.routing)


def digest_of(
    uow: ReviewUnitOfWork,
    post_id: int,
    now: datetime,
    outcome: str = "",
    actor: str | None = None,
) -> Digest:
    counts = uow.outbox.member_counts(post_id)
    top = uow.outbox.members(post_id, DIGEST_SAMPLE)
    return Digest(post_id, counts, top, now, outcome, actor, now)


def load_item(uow: UnitOfWork, proposal_id: int) -> QueueItem:
    proposal = uow.proposals.get(proposal_id)
    message = uow.messages.get(proposal.message_id)
    return QueueItem(proposal, message, uow.classifications.latest(proposal.message_id))


def queue_status(deps: Deps) -> QueueStatus:
    with board(deps).new_uow() as uow:
        return uow.outbox.status(deps.clock.now())
