"""Mutes of a thread or an author, and durations as people type them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.domain.errors import TriageError
from triage.domain.model.message import Message


@dataclass(frozen=True)
class Mute:
    account_id: str
    thread_id: str | None
    author_id: str | None
    muted_by: str
    muted_at: datetime
    until: datetime | None = None
    hides: bool = False  # troll comments it covers are hidden on the platform, later ones too

    def covers(self, message: Message, now: datetime) -> bool:
        if self.until is not None and now >= self.until:
            return False
        if message.account_id != self.account_id:
            return False
        return message.thread_id == self.thread_id or message.author_id == self.author_id

    @property
    def target(self) -> str:
        """What is muted, as the audit and the command line name it."""
        if self.author_id is not None:
            return f"author:{self.account_id}:{self.author_id}"
        return f"thread:{self.account_id}:{self.thread_id}"

    @property
    def ends(self) -> str:
        return until_text(self.until)


def until_text(until: datetime | None) -> str:
    """How long a mute lasts, said the same way everywhere it is shown."""
    return f"until {until:%Y-%m-%d %H:%M} UTC" if until else "until unmuted"


_DURATION = re.compile(r"^(\d+)\s*([hd])$")


def parse_duration(text: str) -> timedelta:
    """'24h', '7d' or '90d', as people type them (mute lengths, retention)."""
    match = _DURATION.match(text.strip().lower())
    if match is None or int(match[1]) == 0:
        raise TriageError(f"{text!r} is not a duration: use hours or days, like 24h or 90d")
    count = int(match[1])
    return timedelta(hours=count) if match[2] == "h" else timedelta(days=count)
