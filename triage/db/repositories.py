"""Queries, and the conversion between rows and domain objects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from triage.db.models import (
    AccountRow,
    AuditRow,
    ClassificationRow,
    CursorRow,
    LeaseRow,
    MessageRow,
    MuteRow,
    ProposalRow,
    QuarantinedItemRow,
    ReviewChannelRow,
    ReviewNoticeRow,
    ReviewPostRow,
    TemplateVersionRow,
)
from triage.domain.errors import NotFound, TriageError
from triage.domain.model import (
    Action,
    AuditEntry,
    Classification,
    DecisionSource,
    Label,
    Message,
    MessageKind,
    Mute,
    Platform,
    Post,
    PostKind,
    PostState,
    Proposal,
    ProposalState,
    QueueItem,
    QueueStatus,
    Rejected,
    TemplateVersion,
)
from triage.domain.ports import Clock

# A proposal not final yet may still be read, sent or confirmed: its texts are kept.
OPEN_STATES = [state.value for state in ProposalState if not state.is_final]


class SqlAccountRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def ensure(self, account_id: str, platform: str, at: datetime) -> None:
        if self._session.get(AccountRow, account_id) is None:
            self._session.add(AccountRow(id=account_id, platform=platform, created_at=at))
            self._session.flush()


class SqlMessageRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add_new(self, messages: Sequence[Message], received_at: datetime) -> list[Message]:
        """Store the messages not stored before (one query per account), with their ids."""
        unseen = self._unseen(messages)
        values = [message_values(message, received_at) for message in unseen]
        ids = _insert_returning_ids(self._session, MessageRow, values)
        return [replace(message, id=i) for message, i in zip(unseen, ids, strict=True)]

    def _unseen(self, messages: Sequence[Message]) -> list[Message]:
        known: set[tuple[str, str]] = set()
        for account_id in {m.account_id for m in messages}:
            ids = [m.external_id for m in messages if m.account_id == account_id]
            for chunk in _chunks(ids):
                query = select(MessageRow.external_id).where(
                    MessageRow.account_id == account_id, MessageRow.external_id.in_(chunk)
                )
                known |= {(account_id, i) for i in self._session.scalars(query)}
        unseen = []
        for message in messages:
            key = (message.account_id, message.external_id)
            if key not in known:  # also drops a second copy within the same batch
                known.add(key)
                unseen.append(message)
        return unseen

    def get(self, message_id: int) -> Message:
        row = self._session.get(MessageRow, message_id)
        if row is None:
            raise NotFound(f"no message {message_id}")
        return to_message(row)

    def accounts_with_thread(self, thread_id: str) -> list[str]:
        query = select(MessageRow.account_id).where(MessageRow.thread_id == thread_id).distinct()
        return list(self._session.scalars(query))

    def accounts_with_author(self, author_id: str) -> list[str]:
        query = select(MessageRow.account_id).where(MessageRow.author_id == author_id).distinct()
        return list(self._session.scalars(query))

    def covered_by(self, mute: Mute, limit: int) -> list[Message]:
        """Stored messages of the mute's account and thread (or author), newest first."""
        query = (
            select(MessageRow)
            .where(MessageRow.account_id == mute.account_id, _mute_target(mute))
            .order_by(MessageRow.id.desc())
            .limit(limit)
        )
        return [to_message(row) for row in self._session.scalars(query)]

    def purge(self, received_before: datetime) -> int:
        """Drop the text and raw payload of messages received before then; ids and labels stay.

        A message whose proposal is still open keeps its text: staff may yet need to read it.
        """
        still_open = exists().where(
            ProposalRow.message_id == MessageRow.id, ProposalRow.state.in_(OPEN_STATES)
        )
        statement = (
            update(MessageRow)
            .where(
                MessageRow.received_at < received_before,
                or_(MessageRow.text.is_not(None), MessageRow.raw.is_not(None)),
                ~still_open,
            )
            # null(): the JSON column would otherwise store the JSON value null, not SQL NULL.
            .values(text=None, raw=null())
            .execution_options(synchronize_session=False)
        )
        return int(self._session.execute(statement).rowcount)  # type: ignore[attr-defined]

    def set_hidden(self, message_id: int, at: datetime | None) -> None:
        self._session.execute(
            update(MessageRow).where(MessageRow.id == message_id).values(hidden_at=at)
        )


def _mute_target(mute: Mute) -> ColumnElement[bool]:
    if mute.author_id is not None:
        return MessageRow.author_id == mute.author_id
    return MessageRow.thread_id == (mute.thread_id or "")


class SqlClassificationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, classification: Classification) -> None:
        self.add_all([classification])

    def add_all(self, classifications: Sequence[Classification]) -> None:
        if classifications:
            values = [classification_values(c) for c in classifications]
            self._session.execute(insert(ClassificationRow), values)

    def latest(self, message_id: int) -> Classification:
        query = (
            select(ClassificationRow)
            .where(ClassificationRow.message_id == message_id)
            .order_by(ClassificationRow.id.desc())
        )
        row = self._session.scalars(query).first()
        if row is None:
            raise NotFound(f"message {message_id} has no classification")
        return to_classification(row)

    def corrections(self) -> list[tuple[str, Label]]:
        """Texts staff re-labelled, with the label they chose: training data."""
        query = (
            select(MessageRow.text, ClassificationRow.label)
            .join(MessageRow, MessageRow.id == ClassificationRow.message_id)
            .where(ClassificationRow.source == DecisionSource.STAFF, MessageRow.text.is_not(None))
            .order_by(ClassificationRow.id)
        )
        return [(text or "", Label(label)) for text, label in self._session.execute(query)]


class SqlProposalRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add_all(self, proposals: Sequence[Proposal]) -> None:
        """Store new proposals in one statement; each gets its id."""
        values = [proposal_values(proposal) for proposal in proposals]
        ids = _insert_returning_ids(self._session, ProposalRow, values)
        for proposal, proposal_id in zip(proposals, ids, strict=True):
            proposal.id = proposal_id

    def get(self, proposal_id: int) -> Proposal:
        return to_proposal(self._row(proposal_id))

    def save(self, proposal: Proposal) -> None:
        if proposal.id is None:
            raise NotFound("proposal has no id: add it first")
        _copy_proposal(proposal, self._row(proposal.id))
        self._session.flush()

    def claim(self, proposal_id: int, expected: ProposalState, target: ProposalState) -> bool:
        statement = (
            update(ProposalRow)
            .where(ProposalRow.id == proposal_id, ProposalRow.state == expected.value)
            .values(state=target.value)
            .execution_options(synchronize_session=False)
        )
        claimed = self._session.execute(statement).rowcount == 1  # type: ignore[attr-defined]
        self._session.expire_all()
        return claimed

    def queue(
        self,
        states: Sequence[ProposalState],
        thread_id: str | None = None,
        author_id: str | None = None,
    ) -> list[QueueItem]:
        query = _queue_items(states)
        if thread_id is not None:
            query = query.where(MessageRow.thread_id == thread_id)
        if author_id is not None:
            query = query.where(MessageRow.author_id == author_id)
        return [
            QueueItem(to_proposal(p), to_message(m), to_classification(c))
            for p, m, c in self._session.execute(query)
        ]

    def purge_texts(self, created_before: datetime) -> int:
        """Blank the reply texts of settled proposals made before then (they can name people)."""
        statement = (
            update(ProposalRow)
            .where(
                ProposalRow.created_at < created_before,
                ProposalRow.state.not_in(OPEN_STATES),
                or_(ProposalRow.template_text != "", ProposalRow.edited_text.is_not(None)),
            )
            .values(template_text="", edited_text=None)
            .execution_options(synchronize_session=False)
        )
        return int(self._session.execute(statement).rowcount)  # type: ignore[attr-defined]

    def stuck_sends(self, started_before: datetime) -> list[int]:
        """Proposals claimed for sending before that time and never settled."""
        query = (
            select(ProposalRow.id)
            .where(
                ProposalRow.state == ProposalState.SENDING.value,
                # A claim from before send times were kept counts as stuck too.
                or_(
                    ProposalRow.send_started_at.is_(None),
                    ProposalRow.send_started_at < started_before,
                ),
            )
            .order_by(ProposalRow.id)
        )
        return list(self._session.scalars(query))

    def due_sends(self, now: datetime, approved_before: datetime) -> list[int]:
        """Approved proposals to send now: a retry that is due, or one whose send never began."""
        due_retry = and_(ProposalRow.retry_at.is_not(None), ProposalRow.retry_at <= now)
        never_claimed = and_(
            ProposalRow.retry_at.is_(None), ProposalRow.decided_at < approved_before
        )
        query = (
            select(ProposalRow.id)
            .where(ProposalRow.state == ProposalState.APPROVED.value, or_(due_retry, never_claimed))
            .order_by(ProposalRow.id)
        )
        return list(self._session.scalars(query))

    def our_replies(self, external_ids: Sequence[str]) -> set[str]:
        """Which of these platform ids are replies we sent (echoes, not inbound)."""
        found: set[str] = set()
        for chunk in _chunks(list(external_ids)):
            query = select(ProposalRow.sent_external_id).where(
                ProposalRow.sent_external_id.in_(chunk)
            )
            found |= {i for i in self._session.scalars(query) if i}
        return found

    def _row(self, proposal_id: int) -> ProposalRow:
        row = self._session.get(ProposalRow, proposal_id)
        if row is None:
            raise NotFound(f"no proposal {proposal_id}")
        return row


class SqlMuteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, mute: Mute) -> None:
        self._session.add(
            MuteRow(
                account_id=mute.account_id,
                thread_id=mute.thread_id,
                author_id=mute.author_id,
                muted_by=mute.muted_by,
                muted_at=mute.muted_at,
                until=mute.until,
                hides=mute.hides,
            )
        )
        self._session.flush()

    def remove(self, account_id: str, thread_id: str | None, author_id: str | None) -> list[Mute]:
        """Lift the mutes of a thread (or of an author) on one account; the mutes lifted."""
        target = (
            MuteRow.author_id == author_id
            if author_id is not None
            else and_(MuteRow.thread_id == thread_id, MuteRow.author_id.is_(None))
        )
        rows = self._session.scalars(
            select(MuteRow).where(MuteRow.account_id == account_id, target)
        ).all()
        for row in rows:
            self._session.delete(row)
        self._session.flush()
        return [to_mute(row) for row in rows]

    def active(self, account_id: str, now: datetime) -> list[Mute]:
        query = select(MuteRow).where(MuteRow.account_id == account_id, _unexpired(now))
        return [to_mute(row) for row in self._session.scalars(query)]

    def end_expired(self, now: datetime) -> list[Mute]:
        """Remove the mutes whose time is up; the mutes removed."""
        expired = MuteRow.until.is_not(None) & (MuteRow.until <= now)
        rows = self._session.scalars(select(MuteRow).where(expired).order_by(MuteRow.id)).all()
        for row in rows:
            self._session.delete(row)
        self._session.flush()
        return [to_mute(row) for row in rows]

    def current(self, now: datetime) -> list[Mute]:
        """Every mute in force, on every account, newest first."""
        query = select(MuteRow).where(_unexpired(now)).order_by(MuteRow.id.desc())
        return [to_mute(row) for row in self._session.scalars(query)]


def _unexpired(now: datetime) -> ColumnElement[bool]:
    return or_(MuteRow.until.is_(None), MuteRow.until > now)


class SqlCursorRepository:
    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    def get(self, account_id: str, stream: str) -> str | None:
        row = self._session.get(CursorRow, (account_id, stream))
        return row.value if row else None

    def set(self, account_id: str, stream: str, value: str | None) -> None:
        row = self._session.get(CursorRow, (account_id, stream))
        if row is None:
            row = CursorRow(account_id=account_id, stream=stream)
            self._session.add(row)
        row.value, row.updated_at = value, self._clock.now()


class SqlQuarantine:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, item: Rejected, at: datetime) -> None:
        raw = item.raw if isinstance(item.raw, dict) else {"text": item.raw}
        self._session.add(
            QuarantinedItemRow(
                account_id=item.account_id,
                stream=item.stream,
                external_id=item.external_id,
                error=item.error,
                raw=raw,
                received_at=at,
            )
        )

    def count(self, account_id: str) -> int:
        query = select(func.count()).where(QuarantinedItemRow.account_id == account_id)
        return int(self._session.scalar(query) or 0)

    def purge(self, received_before: datetime) -> int:
        """Delete the raw items quarantined before then; the audit keeps that they came."""
        statement = delete(QuarantinedItemRow).where(
            QuarantinedItemRow.received_at < received_before
        )
        return int(self._session.execute(statement).rowcount)  # type: ignore[attr-defined]


class SqlLeases:
    """Leases by conditional update: atomic on SQLite and PostgreSQL alike."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def acquire(self, name: str, holder: str, until: datetime, now: datetime) -> bool:
        taken = self._session.execute(
            update(LeaseRow)
            .where(
                LeaseRow.name == name,
                or_(LeaseRow.holder == holder, LeaseRow.expires_at <= now),
            )
            .values(holder=holder, expires_at=until)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return True
        return self._create(name, holder, until)

    def _create(self, name: str, holder: str, until: datetime) -> bool:
        try:
            with self._session.begin_nested():
                self._session.add(LeaseRow(name=name, holder=holder, expires_at=until))
        except IntegrityError:  # someone else holds it, and it has not expired
            return False
        return True

    def release(self, name: str, holder: str) -> None:
        self._session.execute(
            delete(LeaseRow).where(LeaseRow.name == name, LeaseRow.holder == holder)
        )

    def holder(self, name: str) -> tuple[str, datetime] | None:
        row = self._session.get(LeaseRow, name)
        return (row.holder, row.expires_at) if row else None


class SqlTemplateVersions:
    """Rows are only added: a change or a rollback is a new version."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, version: TemplateVersion) -> None:
        try:
            with self._session.begin_nested():
                self._session.add(template_version_row(version))
        except IntegrityError:  # (name, version) is unique: another admin saved first
            raise TriageError(
                f"{version.name} was changed by someone else meanwhile; look again and retry"
            ) from None

    def history(self, name: str) -> list[TemplateVersion]:
        query = (
            select(TemplateVersionRow)
            .where(TemplateVersionRow.name == name)
            .order_by(TemplateVersionRow.version)
        )
        return [to_template_version(row) for row in self._session.scalars(query)]

    def current(self) -> list[TemplateVersion]:
        newer = aliased(TemplateVersionRow)
        is_newest = ~exists().where(
            newer.name == TemplateVersionRow.name, newer.version > TemplateVersionRow.version
        )
        query = select(TemplateVersionRow).where(is_newest).order_by(TemplateVersionRow.name)
        return [to_template_version(row) for row in self._session.scalars(query)]


def template_version_row(version: TemplateVersion) -> TemplateVersionRow:
    # The row's columns are the dataclass's fields, one for one.
    values = asdict(version)
    del values["id"]
    return TemplateVersionRow(**values)


def to_template_version(row: TemplateVersionRow) -> TemplateVersion:
    return TemplateVersion(**{f.name: getattr(row, f.name) for f in fields(TemplateVersion)})


class SqlAuditLog:
    """Append-only: there is deliberately no update or delete here."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, entry: AuditEntry) -> None:
        self.append_all([entry])

    def append_all(self, entries: Sequence[AuditEntry]) -> None:
        if entries:
            self._session.execute(insert(AuditRow), [audit_values(e) for e in entries])

    def entries(
        self, since: datetime | None = None, after_id: int = 0, limit: int | None = None
    ) -> list[AuditEntry]:
        query = select(AuditRow).where(AuditRow.id > after_id).order_by(AuditRow.id).limit(limit)
        if since is not None:
            query = query.where(AuditRow.at >= since)
        return [to_audit_entry(row) for row in self._session.scalars(query)]


def message_values(message: Message, received_at: datetime) -> dict[str, Any]:
    return dict(
        account_id=message.account_id,
        platform=message.platform.value,
        external_id=message.external_id,
        kind=message.kind.value,
        thread_id=message.thread_id,
        author_id=message.author_id,
        author_handle=message.author_handle,
        text=message.text,
        lang=message.lang,
        created_at=message.created_at,
        received_at=received_at,
        permalink=message.permalink,
        raw=message.raw,
        hidden_at=message.hidden_at,
    )


def to_message(row: MessageRow) -> Message:
    return Message(
        id=row.id,
        account_id=row.account_id,
        platform=Platform(row.platform),
        external_id=row.external_id,
        kind=MessageKind(row.kind),
        thread_id=row.thread_id,
        author_id=row.author_id,
        author_handle=row.author_handle,
        text=row.text or "",
        lang=row.lang,
        created_at=row.created_at,
        permalink=row.permalink,
        raw=row.raw or {},
        hidden_at=row.hidden_at,
    )


def classification_values(c: Classification) -> dict[str, Any]:
    if c.message_id is None:
        raise NotFound("classification is not tied to a stored message")
    return dict(
        message_id=c.message_id,
        label=c.label.value,
        confidence=c.confidence,
        scores={label.value: score for label, score in c.scores.items()},
        model_version=c.model_version,
        source=c.source.value,
        crisis=c.crisis,
        uncertain=c.uncertain,
        reason=c.reason,
        created_at=c.created_at,
    )


def to_classification(row: ClassificationRow) -> Classification:
    return Classification(
        message_id=row.message_id,
        label=Label(row.label),
        confidence=row.confidence,
        scores={Label(k): float(v) for k, v in row.scores.items()},
        model_version=row.model_version,
        source=DecisionSource(row.source),
        crisis=row.crisis,
        uncertain=row.uncertain,
        reason=row.reason,
        created_at=row.created_at,
    )


def proposal_values(proposal: Proposal) -> dict[str, Any]:
    return dict(
        message_id=proposal.message_id,
        label=proposal.label.value,
        action=proposal.action.value,
        state=proposal.state.value,
        uncertain=proposal.uncertain,
        template_name=proposal.template_name,
        template_text=proposal.template_text,
        edited_text=proposal.edited_text,
        decided_by=proposal.decided_by,
        decided_at=proposal.decided_at,
        sent_external_id=proposal.sent_external_id,
        failure_reason=proposal.failure_reason,
        created_at=proposal.created_at,
        send_started_at=proposal.send_started_at,
        send_attempts=proposal.send_attempts,
        retry_at=proposal.retry_at,
    )


def _copy_proposal(proposal: Proposal, row: ProposalRow) -> None:
    for name, value in proposal_values(proposal).items():
        setattr(row, name, value)


def to_proposal(row: ProposalRow) -> Proposal:
    return Proposal(
        id=row.id,
        message_id=row.message_id,
        label=Label(row.label),
        action=Action(row.action),
        state=ProposalState(row.state),
        uncertain=row.uncertain,
        template_name=row.template_name,
        template_text=row.template_text,
        edited_text=row.edited_text,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        sent_external_id=row.sent_external_id,
        failure_reason=row.failure_reason,
        created_at=row.created_at,
        send_started_at=row.send_started_at,
        send_attempts=row.send_attempts,
        retry_at=row.retry_at,
    )


def to_mute(row: MuteRow) -> Mute:
    return Mute(
        account_id=row.account_id,
        thread_id=row.thread_id,
        author_id=row.author_id,
        muted_by=row.muted_by,
        muted_at=row.muted_at,
        until=row.until,
        hides=row.hides,
    )


def to_audit_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        actor=row.actor,
        action=row.action,
        subject=row.subject,
        at=row.at,
        before=row.before,
        after=row.after,
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


def _queue_items(
    states: Sequence[ProposalState],
) -> Select[ProposalRow, MessageRow, ClassificationRow]:
    """Proposals in these states with their message and latest classification, oldest first."""
    # "No newer classification" probes the message_id index per row; SQLite re-ran an
    # IN (SELECT max(id) ... GROUP BY) subquery per row: 3 s for 5,000 pending proposals.
    newer = aliased(ClassificationRow)
    is_latest = ~exists().where(
        newer.message_id == ClassificationRow.message_id, newer.id > ClassificationRow.id
    )
    return (
        select(ProposalRow, MessageRow, ClassificationRow)
        .join(MessageRow, MessageRow.id == ProposalRow.message_id)
        .join(ClassificationRow, ClassificationRow.message_id == MessageRow.id)
        .where(ProposalRow.state.in_([state.value for state in states]), is_latest)
        .order_by(ProposalRow.id)
    )


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


class SqlLinks:
    def __init__(self, session: Session) -> None:
        self._session = session

    def thread_of(self, link: str) -> str | None:
        query = select(MessageRow.thread_id).where(MessageRow.permalink == link)
        return self._session.scalars(query).first()


def audit_values(entry: AuditEntry) -> dict[str, Any]:
    return dict(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        subject=entry.subject,
        before=entry.before,
        after=entry.after,
    )


def _insert_returning_ids(
    session: Session, table: type[MessageRow] | type[ProposalRow], values: list[dict[str, Any]]
) -> list[int]:
    """One INSERT for many rows (SQLAlchemy's insertmanyvalues), ids in the order given."""
    if not values:
        return []
    statement = insert(table).returning(table.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, values))


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    """Keep IN lists well under SQLite's limit on bound parameters."""
    return [values[i : i + size] for i in range(0, len(values), size)]
