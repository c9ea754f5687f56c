"""Escalation: ping again about emergencies nobody acted on, and page the on-call physician."""

from __future__ import annotations

from datetime import datetime

from triage.domain.model import URGENT, Post, PostKind, PostState, ReviewRouting
from triage.domain.ports import ReviewUnitOfWork
from triage.services import SYSTEM, Deps, record
from triage.services.notify.board import board


def escalate(deps: Deps) -> int:
    """Ping again about emergencies nobody acted on in time, and page the on-call physician."""
    b = board(deps)
    now = deps.clock.now()
    with b.new_uow() as uow:
        escalated = [
            card
            for card in uow.outbox.awaiting_escalation()
            if _escalate(uow, b.routing, card, now)
        ]
        uow.commit()
    return len(escalated)


def _escalate(uow: ReviewUnitOfWork, routing: ReviewRouting, card: Post, now: datetime) -> bool:
    proposal_id = card.proposal_id or 0
    pings = [p for p in uow.outbox.posts_for(proposal_id) if p.kind is not PostKind.PAGE]
    if any(p.state in (PostState.PENDING, PostState.SENDING) for p in pings):
        return False
    last = max(p.posted_at or p.created_at for p in pings)
    if now < last + routing.escalate_after:
        return False
    round_ = sum(p.kind is PostKind.ESCALATION for p in pings) + 1
    body = {"card_ts": card.ts, "card_channel": card.channel, "round": round_}
    targets = {PostKind.ESCALATION: card.channel, PostKind.PAGE: routing.oncall_user}
    for kind, channel in targets.items():
        if channel:
            key = f"{kind}:{proposal_id}:{round_}"
            post = Post(kind, key, channel, URGENT, now, proposal_id=proposal_id, body=body)
            uow.outbox.add(post)
    record(uow, now, SYSTEM, "escalate", f"proposal:{proposal_id}", {}, {"round": round_})
    return True
