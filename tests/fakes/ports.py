"""In-memory doubles for the ports; they keep state and record calls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from triage.domain.errors import ConnectorError
from triage.domain.model import (
    Batch,
    Label,
    Message,
    MessageKind,
    Platform,
    Prediction,
    TrainingReport,
)
from triage.domain.policy import ScreenVerdict

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@dataclass
class FixedClock:
    at: datetime = START

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@dataclass
class FakeConnector:
    """Pages of messages per stream; the cursor is the index of the next page."""

    pages: dict[str, list[list[Message]]] = field(default_factory=dict)
    sent: list[tuple[str, str]] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    # Raised by the next replies, one each, in order (nothing is posted when one is raised).
    send_failures: list[BaseException] = field(default_factory=list)
    interval: timedelta = timedelta(seconds=60)

    @property
    def streams(self) -> tuple[str, ...]:
        return tuple(self.pages)

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        index = int(cursor or 0)
        pages = self.pages[stream]
        if index >= len(pages):
            return Batch([], cursor)
        return Batch(pages[index], str(index + 1))

    def reply(self, message: Message, text: str) -> str:
        if self.send_failures:
            raise self.send_failures.pop(0)
        self.sent.append((message.external_id, text))
        return f"reply-{len(self.sent)}"

    def hide(self, message: Message) -> None:
        if message.kind is MessageKind.DM:
            raise ConnectorError("direct messages cannot be hidden")
        self.hidden.append(message.external_id)

    def unhide(self, message: Message) -> None:
        self.hidden.remove(message.external_id)

    def min_poll_interval(self, stream: str) -> timedelta:
        return self.interval

    def identity_check(self) -> dict[str, Any]:
        return {"ok": True, "who": "fake", "missing_scopes": [], "notes": []}


KEYWORDS = {
    "help": Label.EMERGENCY,
    "dose": Label.MEDICAL_QUESTION,
    "idiot": Label.TROLL,
}


@dataclass
class FakeClassifier:
    """Labels by keyword so tests can say what they expect; records every batch it saw."""

    confidence: float = 0.9
    calls: list[list[str]] = field(default_factory=list)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        self.calls.append(list(texts))
        return [self._predict(text) for text in texts]

    def _predict(self, text: str) -> Prediction:
        label = next((lab for word, lab in KEYWORDS.items() if word in text), Label.GENERAL)
        rest = (1 - self.confidence) / 3
        scores = {lab: (self.confidence if lab is label else rest) for lab in Label}
        return Prediction(label, self.confidence, scores, "fake-1")


def make_message(
    external_id: str,
    text: str = "what are your hours?",
    *,
    account_id: str = "acct",
    thread_id: str = "thread-1",
    author_id: str = "author-1",
    kind: MessageKind = MessageKind.COMMENT,
    platform: Platform = Platform.FACEBOOK,
) -> Message:
    return Message(
        account_id=account_id,
        platform=platform,
        external_id=external_id,
        kind=kind,
        thread_id=thread_id,
        author_id=author_id,
        author_handle=f"@{author_id}",
        text=text,
        created_at=START,
        lang="en",
    )


@dataclass
class FakeTrainer:
    """Records the corrections it was given; versions count up."""

    trained_on: list[list[tuple[str, Label]]] = field(default_factory=list)

    def train(self, corrections: Sequence[tuple[str, Label]]) -> TrainingReport:
        self.trained_on.append(list(corrections))
        previous = f"v{len(self.trained_on) - 1}" if len(self.trained_on) > 1 else None
        return TrainingReport(f"v{len(self.trained_on)}", 100, len(corrections), {}, previous)

    def rollback(self) -> str:
        return f"v{len(self.trained_on) - 1}"


class FakeReplyScreen:
    """A learned screen that is sure of every reply containing a word, silent otherwise."""

    def __init__(self, word: str) -> None:
        self.word = word

    def flags(self, text: str) -> ScreenVerdict | None:
        return ScreenVerdict(0.93, self.word) if self.word in text else None
