"""Noticing new proposals: a card each, or a place in the next digest when routine."""

from __future__ import annotations

import logging
from datetime import datetime

from triage.domain.model import (
    ROUTINE,
    Action,
    Label,
    Post,
    PostKind,
    Proposal,
    QueueItem,
    ReviewRouting,
    queue_order,
)
from triage.domain.ports import ReviewUnitOfWork
from triage.services import Deps, stored_id
from triage.services.notify.board import board

log = logging.getLogger(__name__)

NOTICE_BATCH = 1000


def publish(deps: Deps) -> int:
    """Give each new proposal a card, or a place in the next digest; the number noticed."""
    b = board(deps)
    now = deps.clock.now()
    with b.new_uow() as uow:
        items = uow.outbox.unnoticed(NOTICE_BATCH)
        _notice(uow, b.routing, items, now)
        _digest_if_due(uow, b.routing, now)
        uow.commit()
    return len(items)


def _notice(
    uow: ReviewUnitOfWork, routing: ReviewRouting, items: list[QueueItem], now: datetime
) -> None:
    room = routing.card_limit - uow.outbox.waiting(PostKind.CARD, routing.queue_channel)
    for item in sorted(items, key=queue_order):
        proposal = item.proposal
        if _always_carded(proposal):
            _add_card(uow, routing, item, now)
        elif proposal.action is Action.REPLY and room > 0:
            # A flood of routine messages must not become a flood of cards.
            _add_card(uow, routing, item, now)
            room -= 1
        else:
            uow.outbox.notice(stored_id(proposal), None, now)  # held for the next digest


def _always_carded(proposal: Proposal) -> bool:
    """Emergencies, medical questions and doubtful labels always get a card of their own."""
    urgent = proposal.label in (Label.EMERGENCY, Label.MEDICAL_QUESTION)
    return urgent or proposal.uncertain


def _add_card(
    uow: ReviewUnitOfWork, routing: ReviewRouting, item: QueueItem, now: datetime
) -> None:
    proposal_id = stored_id(item.proposal)
    urgent = item.proposal.label is Label.EMERGENCY
    channel = routing.urgent_channel if urgent else routing.queue_channel
    card = Post(
        PostKind.CARD,
        f"card:{proposal_id}",
        channel,
        item.proposal.label.priority,
        now,
        proposal_id=proposal_id,
    )
    uow.outbox.notice(proposal_id, stored_id(uow.outbox.add(card)), now)


def _digest_if_due(uow: ReviewUnitOfWork, routing: ReviewRouting, now: datetime) -> None:
    if not uow.outbox.held():
        return
    last = uow.outbox.latest(PostKind.DIGEST)
    if last is not None and now < last.created_at + routing.digest_every:
        return
    digest = uow.outbox.add(
        Post(PostKind.DIGEST, f"digest:{now.isoformat()}", routing.queue_channel, ROUTINE, now)
    )
    counts = uow.outbox.gather(stored_id(digest))
    log.info("digest %s: gathered %s", digest.id, {k.value: n for k, n in counts.items()})
