"""The review queue: cards for pending proposals (emergencies first), digests, escalation, alerts.

Every post goes through an outbox in the database: a priority queue paced per channel, so a
burst of routine messages never delays an emergency card, and nothing is lost on a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.domain.errors import ConnectorError, RateLimited, TriageError
from triage.domain.model import (
    ROUTINE,
    URGENT,
    Action,
    Digest,
    Label,
    Post,
    PostKind,
    PostState,
    Proposal,
    QueueItem,
    QueueStatus,
    ReviewRouting,
    queue_order,
)
from triage.domain.ports import Alerts, ReviewQueue, ReviewUnitOfWork, UnitOfWork
from triage.services import SYSTEM, Deps, record, stored_id

log = logging.getLogger(__name__)

NOTICE_BATCH = 1000
REDRAW_BATCH = 20
DIGEST_SAMPLE = 5
MAX_ATTEMPTS = 6
# A post left in "sending" this long belongs to a worker that died; it is taken again.
ABANDONED_AFTER = timedelta(minutes=5)


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


# --- noticing new proposals ------------------------------------------------------------


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


# --- delivering the outbox ---------------------------------------------------------------


@dataclass
class Delivery:
    posted: int = 0
    skipped: int = 0
    deferred: int = 0
    failed: int = 0


@dataclass(frozen=True)
class _Claimed:
    post: Post
    item: QueueItem | None = None
    digest: Digest | None = None


def deliver(deps: Deps, limit: int = 100) -> Delivery:
    """Post what is due, most urgent first, no faster than each channel allows."""
    b = board(deps)
    report = Delivery()
    for _ in range(limit):
        claimed = _claim(deps, b)
        if claimed is None:
            break
        _deliver(deps, b, claimed, report)
    return report


def _claim(deps: Deps, b: Board) -> _Claimed | None:
    now = deps.clock.now()
    with b.new_uow() as uow:
        post = uow.outbox.claim_next(now, now - ABANDONED_AFTER)
        if post is None:
            return None
        # Hold the channel at once, so a second worker does not post beside this one.
        uow.outbox.hold_channel(post.channel, now + b.routing.post_interval)
        claimed = _contents(uow, post, now)
        uow.commit()
    return claimed


def _contents(uow: ReviewUnitOfWork, post: Post, now: datetime) -> _Claimed:
    if post.kind is PostKind.DIGEST:
        return _Claimed(post, digest=digest_of(uow, stored_id(post), now))
    if post.proposal_id is None:
        return _Claimed(post)
    return _Claimed(post, item=load_item(uow, post.proposal_id))


def _deliver(deps: Deps, b: Board, claimed: _Claimed, report: Delivery) -> None:
    post = claimed.post
    if _is_moot(claimed):
        # Nothing was posted: the channel is free again at once.
        _settle(deps, b, post, PostState.SKIPPED, deps.clock.now())
        report.skipped += 1
        return
    try:
        ts = _send(deps, b, claimed)
    except RateLimited as error:
        _defer(deps, b, post, error)
        report.deferred += 1
        return
    except ConnectorError as error:
        if _retry_later(deps, b, post, error):
            report.failed += 1
        else:
            report.deferred += 1
        return
    now = deps.clock.now()
    _settle(deps, b, post, PostState.POSTED, now + b.routing.post_interval, ts)
    log.info("post %s (%s, proposal %s): posted", post.id, post.kind, post.proposal_id)
    report.posted += 1


def _is_moot(claimed: _Claimed) -> bool:
    """A card or ping about a proposal someone already decided would only be noise."""
    if claimed.digest is not None:
        return not claimed.digest.top
    return claimed.item is not None and not claimed.item.proposal.is_pending


def _send(deps: Deps, b: Board, claimed: _Claimed) -> str:
    post, item, routing = claimed.post, claimed.item, b.routing
    if post.kind is PostKind.DIGEST and claimed.digest is not None:
        return b.queue.post_digest(post.channel, claimed.digest)
    if post.kind is PostKind.ALERT:
        return b.alerts.post_alert(post.channel, str(post.body.get("text", "")))
    if item is None:
        raise TriageError(f"post {post.id}: {post.kind} has no proposal")
    waited = deps.clock.now() - item.proposal.created_at
    if post.kind is PostKind.ESCALATION:
        card_ts = str(post.body["card_ts"])
        return b.queue.post_escalation(
            post.channel, card_ts, item, routing.emergency_mention, waited
        )
    if post.kind is PostKind.PAGE:
        return b.alerts.page(post.channel, item, str(post.body["card_channel"]), waited)
    mention = routing.emergency_mention if item.proposal.label is Label.EMERGENCY else ""
    return b.queue.post_card(post.channel, item, mention)


def _settle(
    deps: Deps, b: Board, post: Post, state: PostState, resume_at: datetime, ts: str | None = None
) -> None:
    with b.new_uow() as uow:
        current = uow.outbox.get(stored_id(post))
        current.state, current.ts, current.error = state, ts, None
        current.posted_at = deps.clock.now() if ts else None
        uow.outbox.save(current)
        uow.outbox.hold_channel(current.channel, resume_at)
        uow.commit()


def _defer(deps: Deps, b: Board, post: Post, error: RateLimited) -> None:
    """Slack said when to come back (Retry-After): the channel waits; the post keeps its place."""
    log.warning(
        "post %s: channel %s rate limited until %s", post.id, post.channel, error.resumes_at
    )
    with b.new_uow() as uow:
        current = uow.outbox.get(stored_id(post))
        current.state, current.claimed_at = PostState.PENDING, None
        uow.outbox.save(current)
        uow.outbox.hold_channel(current.channel, error.resumes_at)
        uow.commit()


def _retry_later(deps: Deps, b: Board, post: Post, error: ConnectorError) -> bool:
    """Back off and retry; give up after MAX_ATTEMPTS and tell the admins. True if given up."""
    now = deps.clock.now()
    with b.new_uow() as uow:
        current = uow.outbox.get(stored_id(post))
        current.attempts += 1
        current.error = str(error)[:255]
        current.state, current.claimed_at = PostState.PENDING, None
        current.not_before = now + timedelta(seconds=min(2**current.attempts, 300))
        _reroute_emergency(current, b.routing)
        if current.attempts >= MAX_ATTEMPTS:
            current.state = PostState.FAILED
            _raise_alert(uow, b.routing, f"post-failed:{current.channel}", current.error, now)
        uow.outbox.save(current)
        uow.commit()
    log.warning("post %s: attempt %s failed: %s", post.id, current.attempts, current.error)
    return current.state is PostState.FAILED


def _reroute_emergency(post: Post, routing: ReviewRouting) -> None:
    """An emergency the emergency channel refuses (bot not invited...) goes to the queue instead."""
    if post.priority == URGENT and post.channel == routing.emergency_channel:
        post.channel = routing.queue_channel or post.channel
        post.not_before = None


# --- escalation ----------------------------------------------------------------------------


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


# --- keeping cards true ----------------------------------------------------------------------


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


def tend(deps: Deps) -> Delivery:
    """One pass of the review queue: notice, escalate, post what is due, then redraw."""
    publish(deps)
    escalate(deps)
    delivery = deliver(deps)
    sync_cards(deps)
    return delivery


# --- what the queue shows ----------------------------------------------------------------


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


# --- admin alerts --------------------------------------------------------------------------


def report_problem(deps: Deps, key: str, text: str) -> bool:
    """Tell the admins about a problem once while it lasts, however often it recurs."""
    b = board(deps)
    with b.new_uow() as uow:
        raised = _raise_alert(uow, b.routing, key, text, deps.clock.now())
        uow.commit()
    return raised


def resolve_problem(deps: Deps, key: str) -> bool:
    """The problem is gone: the next occurrence will be reported again."""
    b = board(deps)
    with b.new_uow() as uow:
        alert = uow.outbox.open_alert(key)
        if alert is None:
            return False
        alert.closed_at = deps.clock.now()
        uow.outbox.save(alert)
        uow.commit()
    return True


def _raise_alert(
    uow: ReviewUnitOfWork, routing: ReviewRouting, key: str, text: str, now: datetime
) -> bool:
    if not routing.admin_channel or uow.outbox.open_alert(key) is not None:
        return False
    alert = Post(PostKind.ALERT, key, routing.admin_channel, URGENT + 1, now, body={"text": text})
    uow.outbox.add(alert)
    log.warning("alert %s raised", key)
    return True
