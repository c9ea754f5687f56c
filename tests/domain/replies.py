"""Check a reply the way `triage lint` does: the demo practice, no inbound message."""

from triage.domain.policy import PracticeFacts, ReplyContext, Severity, check_reply

PRACTICE = PracticeFacts(
    name="Maple Street Family Medicine",
    phone="555-0100",
    portal_url="https://portal.maplestreet.example",
    website="https://maplestreet.example",
)


def blocking(text: str, *, medical_question: bool = False, handle: str = "") -> set[str]:
    """The codes of the findings that stop this reply from being sent."""
    context = ReplyContext(
        facts=PRACTICE, author_handle=handle, requires_disclaimer=medical_question
    )
    return {f.code for f in check_reply(text, context) if f.severity is Severity.BLOCK}
