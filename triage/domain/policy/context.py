"""What a reply is checked against: the practice's own facts and the message it answers."""

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class PracticeFacts:
    name: str
    phone: str
    portal_url: str
    emergency_number: str = "911"
    crisis_line: str = "988"
    email: str = ""
    website: str = ""
    address: str = ""


@dataclass(frozen=True)
class ScreenVerdict:
    """How sure a learned screen is that a reply is unsafe, and the passage it most objects to."""

    certainty: float
    passage: str


class ReplyScreen(Protocol):
    """A learned second opinion on a whole reply, beside the rules."""

    def flags(self, text: str) -> ScreenVerdict | None:
        """Its verdict when sure enough that the reply is unsafe to block it; else None."""
        ...


@dataclass(frozen=True)
class ReplyContext:
    facts: PracticeFacts
    inbound_text: str = ""
    author_handle: str = ""
    max_length: int | None = None
    requires_disclaimer: bool = False
    # None: any usual EN/ES wording ("not medical advice", "we can't give medical advice
    # online", "no damos consejos médicos"); a practice may insist on its own phrases.
    disclaimer_markers: tuple[str, ...] | None = None
    screen: ReplyScreen | None = None
