"""Messages as fetched: platforms, kinds, reply limits, and a page of a stream with its rejects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Platform(StrEnum):
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"

    def reply_limit(self, kind: MessageKind) -> int:
        """The longest reply the platform accepts in that place."""
        return REPLY_LIMITS[(self, kind.is_private)]


class MessageKind(StrEnum):
    DM = "dm"
    COMMENT = "comment"
    MENTION = "mention"
    REPLY = "reply"

    @property
    def is_private(self) -> bool:
        return self is MessageKind.DM


# (platform, is a DM) -> characters. X counts the leading @mention in its 280.
REPLY_LIMITS: dict[tuple[Platform, bool], int] = {
    (Platform.X, False): 280,
    (Platform.X, True): 10_000,
    (Platform.FACEBOOK, False): 8_000,
    (Platform.FACEBOOK, True): 2_000,
    (Platform.INSTAGRAM, False): 2_200,
    (Platform.INSTAGRAM, True): 1_000,
}


@dataclass(frozen=True)
class Message:
    account_id: str
    platform: Platform
    external_id: str
    kind: MessageKind
    thread_id: str
    author_id: str
    author_handle: str
    text: str
    created_at: datetime
    permalink: str = ""
    lang: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    # When we hid it on the platform (a troll mute), so that unmuting can show it again.
    hidden_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Rejected:
    """An inbound item that could not be parsed: kept raw for a person, never dropped silently."""

    account_id: str
    stream: str
    error: str
    raw: dict[str, Any] | str
    external_id: str | None = None


@dataclass(frozen=True)
class Batch:
    """One page of a stream: the messages, the items quarantined, and the cursor covering both."""

    messages: list[Message]
    next_cursor: str | None
    rejected: list[Rejected] = field(default_factory=list)
