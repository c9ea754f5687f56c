"""Keeping cards true: redraw a card when its proposal moves on, and close it once final."""

from __future__ import annotations

import logging

from triage.domain.errors import ConnectorError, RateLimited
from triage.domain.model import Post, PostKind, PostState, Proposal
from triage.services import Deps, stored_id
from triage.services.notify.board import Board, board, load_item

log = logging.getLogger(__name__)

REDRAW_BATCH = 20


def sync_cards(deps: Deps, limit: int = REDRAW_BATCH) -> int:
    """Redraw cards whose proposal moved on elsewhere (command line, a mute, a send's end)."""
    b = board(deps)
    with b.new_uow() as uow:
        cards = uow.outbox.stale_cards(limit)
    redrawn = 0
    for card in cards:
        if not _redraw(deps, b, card):
            break
        redrawn += 1
    return redrawn


def refresh_cards(deps: Deps, proposal_id: int, note: str = "") -> None:
    """Redraw a proposal's cards as it is now, right after someone acted on it."""
    b = board(deps)
    with b.new_uow() as uow:
        cards = [
            p
            for p in uow.outbox.posts_for(proposal_id)
            if p.kind is PostKind.CARD and p.state is PostState.POSTED
        ]
    for card in cards:
        _redraw(deps, b, card, note)


def _redraw(deps: Deps, b: Board, card: Post, note: str = "") -> bool:
    """False when Slack asks us to slow down: the rest waits for the next pass."""
    with b.new_uow() as uow:
        item = load_item(uow, card.proposal_id or 0)
    try:
        b.queue.show_card(card.channel, card.ts or "", item, note)
    except RateLimited as error:
        log.warning("card %s: redraw rate limited until %s", card.id, error.resumes_at)
        return False
    except ConnectorError as error:
        # A card deleted in Slack cannot be redrawn; retrying would never end.
        log.warning("card %s: redraw failed: %s", card.id, error)
    _shown(deps, b, card, item.proposal)
    return True


def _shown(deps: Deps, b: Board, post: Post, proposal: Proposal) -> None:
    """Remember what the card shows; once the proposal is final, the card is closed for good."""
    with b.new_uow() as uow:
        current = uow.outbox.get(stored_id(post))
        current.shown_state = proposal.state
        if proposal.state.is_final:
            current.closed_at = deps.clock.now()
        uow.outbox.save(current)
        uow.commit()
