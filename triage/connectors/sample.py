"""Replays a JSONL inbox and records what would be sent: the demo and the tests' platform."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from triage.domain.errors import ConnectorError
from triage.domain.model import Batch, Message, MessageKind, Platform

PAGE_SIZE = 25
SAMPLE_INTERVAL = timedelta(seconds=2)  # a local file: no platform budget to respect


class SampleConnector:
    """A stream is the set of inbox lines with that "stream"; the cursor is the last line taken."""

    def __init__(self, account_id: str, inbox: Path, outbox: Path, page_size: int = PAGE_SIZE):
        self._account_id = account_id
        self._inbox = inbox
        self._outbox = outbox
        self._page_size = page_size
        self._records: list[dict[str, Any]] | None = None

    @property
    def streams(self) -> tuple[str, ...]:
        return tuple(sorted({record["stream"] for record in self._load()}))

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        start = int(cursor) if cursor else 0
        page: list[Message] = []
        consumed = start
        for record in self._load()[start:]:
            consumed += 1
            if record["stream"] == stream:
                page.append(parse_record(self._account_id, record))
            if len(page) == self._page_size:
                break
        return Batch(page, str(consumed) if page else cursor)

    def reply(self, message: Message, text: str) -> str:
        sent_id = f"sample-{message.external_id}"
        self._record(
            {
                "action": "reply",
                "in_reply_to": message.external_id,
                "id": sent_id,
                "private": message.kind.is_private,
                "text": text,
            }
        )
        return sent_id

    def hide(self, message: Message) -> None:
        self._record({"action": "hide", "id": message.external_id})

    def unhide(self, message: Message) -> None:
        self._record({"action": "unhide", "id": message.external_id})

    def min_poll_interval(self, stream: str) -> timedelta:
        return SAMPLE_INTERVAL

    def identity_check(self) -> dict[str, Any]:
        ok = self._inbox.is_file()
        return {
            "ok": ok,
            "who": f"sample inbox {self._inbox}",
            "missing_scopes": [],
            "notes": [f"replays a file; replies are recorded in {self._outbox}, never sent"]
            if ok
            else [f"{self._inbox} does not exist"],
        }

    def _record(self, entry: dict[str, Any]) -> None:
        self._outbox.parent.mkdir(parents=True, exist_ok=True)
        with self._outbox.open("a", encoding="utf-8") as outbox:
            outbox.write(json.dumps({"account": self._account_id, **entry}) + "\n")

    def _load(self) -> list[dict[str, Any]]:
        if self._records is None:
            self._records = read_inbox(self._inbox)
        return self._records


def read_inbox(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ConnectorError(f"sample inbox {path}: {error.strerror}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            raise ConnectorError(f"sample inbox {path}: line {number}: not JSON") from None
    return records


def parse_record(account_id: str, record: dict[str, Any]) -> Message:
    return Message(
        account_id=account_id,
        platform=Platform(record["platform"]),
        external_id=str(record["external_id"]),
        kind=MessageKind(record["kind"]),
        thread_id=str(record["thread_id"]),
        author_id=str(record["author_id"]),
        author_handle=record["author_handle"],
        text=record["text"],
        lang=record.get("lang", ""),
        created_at=datetime.fromisoformat(record["created_at"]),
        permalink=record.get("permalink", ""),
        raw=record,
    )
