"""The review queue's outbox: Slack posts, held channels and notices of proposals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from triage.db.models import (
    ClassificationRow,
    MessageRow,
    ProposalRow,
    ReviewChannelRow,
    ReviewNoticeRow,
    ReviewPostRow,
)
from triage.db.repositories.conversion import to_classification, to_message, to_proposal
from triage.db.repositories.proposals import _queue_items
from triage.domain.errors import NotFound
from triage.domain.model import (
    Label,
    Post,
    PostKind,
    PostState,
    ProposalState,
    QueueItem,
    QueueStatus,
)


class SqlOutbox:
    """The review queue's outbox. Claims are conditional updates: no two workers share a post."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, post: Post) -> Post:
        row = ReviewPostRow()
        _copy_post(post, row)
        self._session.add(row)
        self._session.flush()
        post.id = row.id
        return post

    def get(self, post_id: int) -> Post:
        return to_post(self._row(post_id))

    def save(self, post: Post) -> None:
        if post.id is None:
            raise NotFound("post has no id: add it first")
        _copy_post(post, self._row(post.id))
        self._session.flush()

    def claim_next(self, now: datetime, stale_before: datetime) -> Post | None:
        row = self._session.scalars(_due_posts(now, stale_before).limit(1)).first()
        if row is None:
            return None
        claim = (
            update(ReviewPostRow)
            .where(ReviewPostRow.id == row.id, ReviewPostRow.state == row.state)
            .values(state=PostState.SENDING.value, claimed_at=now)
            .execution_options(synchronize_session=False)
        )
        claimed = self._session.execute(claim).rowcount == 1  # type: ignore[attr-defined]
        self._session.expire_all()
        return self.get(row.id) if claimed else None

    def hold_channel(self, channel: str, until: datetime) -> None:
        row = self._session.get(ReviewChannelRow, channel)
        if row is None:
            row = ReviewChannelRow(channel=channel)
            self._session.add(row)
        row.resumes_at = until
        self._session.flush()

    def waiting(self, kind: PostKind, channel: str) -> int:
        query = select(func.count()).where(
            ReviewPostRow.kind == kind.value,
            ReviewPostRow.channel == channel,
            ReviewPostRow.state.in_([PostState.PENDING.value, PostState.SENDING.value]),
        )
        return int(self._session.scalar(query) or 0)

    def posts_for(self, proposal_id: int) -> list[Post]:
        query = (
            select(ReviewPostRow)
            .where(ReviewPostRow.proposal_id == proposal_id)
            .order_by(ReviewPostRow.id)
        )
        return [to_post(row) for row in self._session.scalars(query)]

    def latest(self, kind: PostKind) -> Post | None:
        query = (
            select(ReviewPostRow)
            .where(ReviewPostRow.kind == kind.value)
            .order_by(ReviewPostRow.id.desc())
        )
        row = self._session.scalars(query).first()
        return to_post(row) if row else None

    def open_alert(self, key: str) -> Post | None:
        query = select(ReviewPostRow).where(
            ReviewPostRow.kind == PostKind.ALERT.value,
            ReviewPostRow.key == key,
            ReviewPostRow.closed_at.is_(None),
        )
        row = self._session.scalars(query).first()
        return to_post(row) if row else None

    def awaiting_escalation(self) -> list[Post]:
        return self._open_cards(
            ProposalRow.state == ProposalState.PROPOSED.value,
            ProposalRow.label == Label.EMERGENCY.value,
        )

    def stale_cards(self, limit: int) -> list[Post]:
        shows_another_state = or_(
            ReviewPostRow.shown_state.is_(None), ReviewPostRow.shown_state != ProposalRow.state
        )
        return self._open_cards(
            ProposalRow.state != ProposalState.PROPOSED.value, shows_another_state, limit=limit
        )

    def unnoticed(self, limit: int) -> list[QueueItem]:
        # Emergencies first: behind a burst bigger than limit, they must not wait their turn.
        urgency = case({label.value: label.priority for label in Label}, value=ProposalRow.label)
        query = (
            _pending_items()
            .outerjoin(ReviewNoticeRow, ReviewNoticeRow.proposal_id == ProposalRow.id)
            .where(ReviewNoticeRow.proposal_id.is_(None))
            .order_by(None)
            .order_by(urgency, ProposalRow.id)
        )
        return self._items(query.limit(limit))

    def notice(self, proposal_id: int, post_id: int | None, at: datetime) -> None:
        self._session.add(ReviewNoticeRow(proposal_id=proposal_id, post_id=post_id, noticed_at=at))

    def gather(self, post_id: int) -> dict[Label, int]:
        self._session.execute(
            update(ReviewNoticeRow)
            .where(ReviewNoticeRow.post_id.is_(None))
            .values(post_id=post_id)
            .execution_options(synchronize_session=False)
        )
        return self.member_counts(post_id)

    def held(self) -> int:
        query = (
            select(func.count())
            .select_from(ReviewNoticeRow)
            .join(ProposalRow, ProposalRow.id == ReviewNoticeRow.proposal_id)
            .where(
                ReviewNoticeRow.post_id.is_(None),
                ProposalRow.state == ProposalState.PROPOSED.value,
            )
        )
        return int(self._session.scalar(query) or 0)

    def members(self, post_id: int, limit: int | None = None) -> list[QueueItem]:
        query = _pending_items().join(
            ReviewNoticeRow, ReviewNoticeRow.proposal_id == ProposalRow.id
        )
        return self._items(query.where(ReviewNoticeRow.post_id == post_id).limit(limit))

    def member_counts(self, post_id: int) -> dict[Label, int]:
        query = (
            select(ProposalRow.label, func.count())
            .join(ReviewNoticeRow, ReviewNoticeRow.proposal_id == ProposalRow.id)
            .where(
                ReviewNoticeRow.post_id == post_id,
                ProposalRow.state == ProposalState.PROPOSED.value,
            )
            .group_by(ProposalRow.label)
        )
        return {Label(label): int(n) for label, n in self._session.execute(query)}

    def status(self, now: datetime) -> QueueStatus:
        pending = ProposalRow.state == ProposalState.PROPOSED.value
        counts = self._session.execute(
            select(ProposalRow.label, func.count()).where(pending).group_by(ProposalRow.label)
        )
        oldest = self._session.scalar(select(func.min(ProposalRow.created_at)).where(pending))
        unknown = select(func.count()).where(ProposalRow.state == ProposalState.UNKNOWN.value)
        return QueueStatus(
            pending={Label(label): int(n) for label, n in counts},
            oldest_waiting_since=oldest,
            posts_waiting=self._count_posts(PostState.PENDING, PostState.SENDING),
            posts_failed=self._count_posts(PostState.FAILED),
            at=now,
            sends_unknown=int(self._session.scalar(unknown) or 0),
        )

    def _count_posts(self, *states: PostState) -> int:
        query = select(func.count()).where(ReviewPostRow.state.in_([s.value for s in states]))
        return int(self._session.scalar(query) or 0)

    def _open_cards(self, *conditions: ColumnElement[bool], limit: int | None = None) -> list[Post]:
        query = (
            select(ReviewPostRow)
            .join(ProposalRow, ProposalRow.id == ReviewPostRow.proposal_id)
            .where(
                ReviewPostRow.kind == PostKind.CARD.value,
                ReviewPostRow.state == PostState.POSTED.value,
                ReviewPostRow.closed_at.is_(None),
                *conditions,
            )
            .order_by(ReviewPostRow.id)
            .limit(limit)
        )
        return [to_post(row) for row in self._session.scalars(query)]

    def _items(self, query: Select[ProposalRow, MessageRow, ClassificationRow]) -> list[QueueItem]:
        return [
            QueueItem(to_proposal(p), to_message(m), to_classification(c))
            for p, m, c in self._session.execute(query)
        ]

    def _row(self, post_id: int) -> ReviewPostRow:
        row = self._session.get(ReviewPostRow, post_id)
        if row is None:
            raise NotFound(f"no review post {post_id}")
        return row


def _pending_items() -> Select[ProposalRow, MessageRow, ClassificationRow]:
    """Pending proposals with their message and latest classification, oldest first."""
    return _queue_items((ProposalState.PROPOSED,))


def _due_posts(now: datetime, stale_before: datetime) -> Select[ReviewPostRow]:
    """Waiting posts on channels that may be posted to now, most urgent first.

    A post left in sending by a worker that died is taken again: a doubled card is
    better than a lost emergency.
    """
    held = select(ReviewChannelRow.channel).where(ReviewChannelRow.resumes_at > now)
    waiting = and_(
        ReviewPostRow.state == PostState.PENDING.value,
        or_(ReviewPostRow.not_before.is_(None), ReviewPostRow.not_before <= now),
    )
    abandoned = and_(
        ReviewPostRow.state == PostState.SENDING.value, ReviewPostRow.claimed_at < stale_before
    )
    return (
        select(ReviewPostRow)
        .where(or_(waiting, abandoned), ReviewPostRow.channel.not_in(held))
        .order_by(ReviewPostRow.priority, ReviewPostRow.id)
    )


def _copy_post(post: Post, row: ReviewPostRow) -> None:
    row.kind = post.kind.value
    row.key = post.key
    row.channel = post.channel
    row.priority = post.priority
    row.proposal_id = post.proposal_id
    row.body = post.body
    row.state = post.state.value
    row.attempts = post.attempts
    row.not_before = post.not_before
    row.claimed_at = post.claimed_at
    row.posted_at = post.posted_at
    row.ts = post.ts
    row.closed_at = post.closed_at
    row.error = post.error
    row.created_at = post.created_at
    row.shown_state = post.shown_state.value if post.shown_state else None


def to_post(row: ReviewPostRow) -> Post:
    return Post(
        id=row.id,
        kind=PostKind(row.kind),
        key=row.key,
        channel=row.channel,
        priority=row.priority,
        proposal_id=row.proposal_id,
        body=dict(row.body),
        state=PostState(row.state),
        attempts=row.attempts,
        not_before=row.not_before,
        claimed_at=row.claimed_at,
        posted_at=row.posted_at,
        ts=row.ts,
        closed_at=row.closed_at,
        error=row.error,
        created_at=row.created_at,
        shown_state=ProposalState(row.shown_state) if row.shown_state else None,
    )
