"""SQLAlchemy 2 rows; used only inside db/ and migrations/."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back aware datetimes (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime, dict[str, Any]: JSON}


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class MessageRow(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    thread_id: Mapped[str] = mapped_column(String(128), index=True)
    author_id: Mapped[str] = mapped_column(String(128), index=True)
    author_handle: Mapped[str] = mapped_column(String(255))
    text: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    permalink: Mapped[str] = mapped_column(String(1024))
    raw: Mapped[dict[str, Any] | None]
    hidden_at: Mapped[datetime | None]


class ClassificationRow(Base):
    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float)
    scores: Mapped[dict[str, Any]]
    model_version: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))
    crisis: Mapped[bool]
    uncertain: Mapped[bool]
    reason: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime]


class ProposalRow(Base):
    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    label: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), index=True)
    uncertain: Mapped[bool]
    template_name: Mapped[str] = mapped_column(String(128))
    template_text: Mapped[str] = mapped_column(Text)
    edited_text: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(128))
    decided_at: Mapped[datetime | None]
    sent_external_id: Mapped[str | None] = mapped_column(String(128))
    failure_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    send_started_at: Mapped[datetime | None]
    send_attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    retry_at: Mapped[datetime | None]


class MuteRow(Base):
    __tablename__ = "mutes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    thread_id: Mapped[str | None] = mapped_column(String(128))
    author_id: Mapped[str | None] = mapped_column(String(128))
    muted_by: Mapped[str] = mapped_column(String(128))
    muted_at: Mapped[datetime]
    until: Mapped[datetime | None]
    hides: Mapped[bool] = mapped_column(default=False, server_default=false())


class CursorRow(Base):
    __tablename__ = "cursors"

    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    stream: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]


class AuditRow(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(128))
    before: Mapped[dict[str, Any]]
    after: Mapped[dict[str, Any]]


class QuarantinedItemRow(Base):
    """An inbound item that could not be parsed, kept raw with the reason."""

    __tablename__ = "quarantined_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    stream: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str] = mapped_column(Text)
    raw: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]


class ReviewPostRow(Base):
    """The review queue's outbox: one row per message to post, and what became of it."""

    __tablename__ = "review_posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(128), index=True)
    channel: Mapped[str] = mapped_column(String(64))
    priority: Mapped[int] = mapped_column(Integer)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id"), index=True)
    body: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer)
    not_before: Mapped[datetime | None]
    claimed_at: Mapped[datetime | None]
    posted_at: Mapped[datetime | None]
    ts: Mapped[str | None] = mapped_column(String(32))
    closed_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime]
    shown_state: Mapped[str | None] = mapped_column(String(16))


class ReviewNoticeRow(Base):
    """That the review queue was told about a proposal: on its own post, or held for a digest."""

    __tablename__ = "review_notices"

    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id"), primary_key=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("review_posts.id"), index=True)
    noticed_at: Mapped[datetime]


class ReviewChannelRow(Base):
    """When a channel may next be posted to (pacing and Retry-After)."""

    __tablename__ = "review_channels"

    channel: Mapped[str] = mapped_column(String(64), primary_key=True)
    resumes_at: Mapped[datetime]


class LeaseRow(Base):
    """Which running instance holds a piece of work (a stream's polling), and until when."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255))
    expires_at: Mapped[datetime]


class TemplateVersionRow(Base):
    """A saved wording of a reply template; the highest version of a name is in use."""

    __tablename__ = "template_versions"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # (name, version) is unique, and that index serves lookups by name too.
    name: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    previous: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(String(255))
