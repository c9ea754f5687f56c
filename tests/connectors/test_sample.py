from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fakes.ports import make_message
from triage.config import BUNDLED_SAMPLE_INBOX
from triage.connectors.sample import SampleConnector, read_inbox
from triage.domain.errors import ConnectorError
from triage.domain.model import MessageKind, Platform


def connector(tmp_path: Path, page_size: int = 25) -> SampleConnector:
    return SampleConnector("demo", BUNDLED_SAMPLE_INBOX, tmp_path / "sent.jsonl", page_size)


def drain(sample: SampleConnector, stream: str) -> list[str]:
    seen, cursor = [], None
    while True:
        batch = sample.fetch(stream, cursor)
        if not batch.messages:
            return seen
        seen += [m.external_id for m in batch.messages]
        cursor = batch.next_cursor


def test_the_bundled_inbox_covers_every_platform_and_kind() -> None:
    records = read_inbox(BUNDLED_SAMPLE_INBOX)
    assert 50 <= len(records) <= 80
    assert {r["platform"] for r in records} == {p.value for p in Platform}
    assert {r["kind"] for r in records} == {k.value for k in MessageKind}
    # English, Spanish, and one language the model cannot read, which the queue marks uncertain
    assert {r["lang"] for r in records} == {"en", "es", "pt"}


def test_paging_through_every_stream_yields_each_message_once(tmp_path: Path) -> None:
    sample = connector(tmp_path, page_size=7)
    seen = [i for stream in sample.streams for i in drain(sample, stream)]
    assert len(seen) == len(set(seen)) == len(read_inbox(BUNDLED_SAMPLE_INBOX))


def test_an_exhausted_stream_keeps_its_cursor(tmp_path: Path) -> None:
    sample = connector(tmp_path)
    first = sample.fetch("dms", None)
    after = sample.fetch("dms", first.next_cursor)
    while after.messages:
        after = sample.fetch("dms", after.next_cursor)
    assert after.next_cursor is not None


def test_sends_are_recorded_not_delivered(tmp_path: Path) -> None:
    sample = connector(tmp_path)
    sent_id = sample.reply(make_message("c1"), "Please call us.")
    sample.hide(make_message("c2"))
    sample.unhide(make_message("c2"))
    lines = [json.loads(x) for x in (tmp_path / "sent.jsonl").read_text().splitlines()]
    assert lines[0]["id"] == sent_id and lines[0]["text"] == "Please call us."
    assert lines[1] == {"account": "demo", "action": "hide", "id": "c2"}
    assert lines[2] == {"account": "demo", "action": "unhide", "id": "c2"}


def test_a_broken_inbox_names_the_line(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox.jsonl"
    inbox.write_text('{"stream": "dms"}\nnot json\n')
    with pytest.raises(ConnectorError, match="line 2"):
        read_inbox(inbox)
