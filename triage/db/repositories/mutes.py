"""Mutes of a thread or an author on one account, until a time or until lifted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from triage.db.models import MuteRow
from triage.domain.model import Mute


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
