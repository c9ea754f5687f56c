"""What comes in: accounts, their messages and links, stream cursors, quarantined items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import ColumnElement, delete, exists, func, null, or_, select, update
from sqlalchemy.orm import Session

from triage.db.models import AccountRow, CursorRow, MessageRow, ProposalRow, QuarantinedItemRow
from triage.db.repositories.batching import _chunks, _insert_returning_ids
from triage.db.repositories.conversion import message_values, to_message
from triage.db.repositories.proposals import OPEN_STATES
from triage.domain.errors import NotFound
from triage.domain.model import Message, Mute, Rejected
from triage.domain.ports import Clock


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


class SqlLinks:
    def __init__(self, session: Session) -> None:
        self._session = session

    def thread_of(self, link: str) -> str | None:
        query = select(MessageRow.thread_id).where(MessageRow.permalink == link)
        return self._session.scalars(query).first()
