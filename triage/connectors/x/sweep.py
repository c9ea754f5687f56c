"""Sweep: where a newest-first walk through an X timeline stands, kept as the cursor."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from triage.connectors.graph import as_object
from triage.domain.model import Message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sweep:
    """Where a newest-first walk through a timeline stands; serialised as the stream's cursor.

    since_id: ids at or below it were stored by an earlier walk. start: the first walk's
    backfill limit. next_token: the page to read next. newest/oldest: ids seen in this walk
    (a later page repeating an id at or above oldest is a duplicate delivery).
    """

    since_id: int | None = None
    start: datetime | None = None
    next_token: str | None = None
    newest: int | None = None
    oldest: int | None = None

    @classmethod
    def load(cls, cursor: str | None, start: datetime) -> Sweep:
        if not cursor:
            return cls(start=start)
        try:
            data = json.loads(cursor)
            return cls(
                since_id=_opt_int(data.get("since_id")),
                start=datetime.fromisoformat(data["start"]) if data.get("start") else None,
                next_token=data.get("next_token"),
                newest=_opt_int(data.get("newest")),
                oldest=_opt_int(data.get("oldest")),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            # A cursor we did not write: backfill again; storage keeps messages unique.
            log.warning("unreadable X cursor; backfilling from %s", start.isoformat())
            return cls(start=start)

    def dump(self) -> str:
        data = {
            "since_id": _opt_str(self.since_id),
            "start": self.start.isoformat() if self.start else None,
            "next_token": self.next_token,
            "newest": _opt_str(self.newest),
            "oldest": _opt_str(self.oldest),
        }
        return json.dumps({k: v for k, v in data.items() if v is not None}, separators=(",", ":"))

    def wants(self, message: Message) -> bool:
        number = int(message.external_id)
        if self.since_id is not None and number <= self.since_id:
            return False
        if self.oldest is not None and number >= self.oldest:
            return False
        return self.start is None or message.created_at >= self.start

    def after(self, page: list[Any], messages: list[Message], next_token: str | None) -> Sweep:
        """The cursor after a page: the same walk's next page, or the next walk's since_id."""
        ids = [int(item["id"]) for item in page if str(as_object(item).get("id", "")).isdigit()]
        newest = max([*ids, *_present(self.newest)], default=None)
        oldest = min([*ids, *_present(self.oldest)], default=None)
        if next_token and not self._reached_end(ids, messages):
            return replace(self, next_token=next_token, newest=newest, oldest=oldest)
        if newest is None:
            return Sweep(since_id=self.since_id, start=self.start)  # nothing yet: same bounds
        return Sweep(since_id=newest)

    def _reached_end(self, ids: list[int], messages: list[Message]) -> bool:
        # DM events take no since_id: the walk ends where it meets what we already have.
        if self.since_id is not None and any(i <= self.since_id for i in ids):
            return True
        return self.start is not None and any(m.created_at < self.start for m in messages)


def _present(value: int | None) -> list[int]:
    return [] if value is None else [value]


def _opt_int(value: object) -> int | None:
    return int(str(value)) if value is not None else None


def _opt_str(value: int | None) -> str | None:
    return str(value) if value is not None else None
