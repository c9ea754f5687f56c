"""Delivering the outbox: most urgent first, paced per channel, retried, then given up on."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.domain.errors import ConnectorError, RateLimited, TriageError
from triage.domain.model import (
    URGENT,
    Digest,
    Label,
    Post,
    PostKind,
    PostState,
    QueueItem,
    ReviewRouting,
)
from triage.domain.ports import ReviewUnitOfWork
from triage.services import Deps, stored_id
from triage.services.notify.alerts import _raise_alert
from triage.services.notify.board import Board, board, digest_of, load_item

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# A post left in "sending" this long belongs to a worker that died; it is taken again.
ABANDONED_AFTER = timedelta(minutes=5)


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
