"""Proposal cards: buttons while a proposal is pending, its outcome once decided."""

from __future__ import annotations

from triage.domain.language import unread_reason
from triage.domain.model import (
    Action,
    DecisionSource,
    Label,
    Message,
    ProposalState,
    QueueItem,
)
from triage.slack.blocks.action_ids import (
    APPROVE,
    CONFIRM_NOT_SENT,
    CONFIRM_SENT,
    EDIT,
    FULL_TEXT,
    IGNORE,
    MUTE,
    RELABEL,
)
from triage.slack.blocks.elements import Block, _button, _context, _plain, _section
from triage.slack.blocks.limits import MESSAGE_PREVIEW, OUTCOME_PREVIEW, REPLY_PREVIEW, SNIPPET
from triage.slack.blocks.text import _shown, clip, escape, mention_users, when, who

UNTIL_UNMUTED = "unmuted"
# (what the option says, thread or author, hours or None for until unmuted, hide comments)
MUTE_CHOICES: tuple[tuple[str, str, int | None, bool], ...] = (
    ("Mute thread for 24 hours", "thread", 24, False),
    ("Mute thread for 7 days", "thread", 7 * 24, False),
    ("Mute thread until unmuted", "thread", None, False),
    ("Mute author for 7 days", "author", 7 * 24, False),
    ("Mute author until unmuted", "author", None, False),
)
HIDE_CHOICES: tuple[tuple[str, str, int | None, bool], ...] = (
    ("Mute author for 7 days, hide troll comments", "author", 7 * 24, True),
    ("Mute author until unmuted, hide troll comments", "author", None, True),
)

EMOJI = {
    Label.EMERGENCY: ":rotating_light:",
    Label.MEDICAL_QUESTION: ":stethoscope:",
    Label.TROLL: ":no_entry_sign:",
    Label.GENERAL: ":speech_balloon:",
}
OUTCOMES = {
    ProposalState.APPROVED: ":hourglass_flowing_sand: Approved, sending",
    ProposalState.SENDING: ":hourglass_flowing_sand: Approved, sending",
    ProposalState.SENT: ":white_check_mark: Reply sent",
    ProposalState.FAILED: ":x: Sending failed",
    ProposalState.IGNORED: ":no_bell: Ignored",
    ProposalState.UNKNOWN: ":grey_question: Approved, but did it go out? Nobody knows yet",
}
CHECK_PLATFORM = (
    "The platform never confirmed this reply. Look for it under the original, then say what "
    "you found: *It was not sent* sends it now."
)


def card_text(item: QueueItem, mention: str = "") -> str:
    """The notification line: ids and labels only, since phones show it on the lock screen."""
    p, m = item.proposal, item.message
    status = "waiting for review" if p.is_pending else p.state.value
    line = f"{EMOJI[p.label]} {p.label.value} {status}: proposal #{p.id} ({m.platform})"
    return f"{mention} {line}".strip()


def card(item: QueueItem, *, masked: bool, mention: str = "", note: str = "") -> list[Block]:
    """The card as the proposal is now: with buttons while pending, an outcome once decided."""
    if item.proposal.is_pending:
        return proposal_card(item, masked=masked, mention=mention, note=note)
    return outcome_card(item, masked=masked, note=note)


def proposal_card(
    item: QueueItem, *, masked: bool, mention: str = "", note: str = ""
) -> list[Block]:
    blocks = [
        _headline(item, mention),
        _origin(item),
        _message(item, masked, MESSAGE_PREVIEW),
        _draft(item),
    ]
    if note:
        blocks.append(_context(escape(note)))
    blocks.append(_actions(item, truncated=len(item.message.text) > MESSAGE_PREVIEW))
    return blocks


def outcome_card(item: QueueItem, *, masked: bool, note: str = "") -> list[Block]:
    p = item.proposal
    outcome = (
        f"*{OUTCOMES.get(p.state, p.state.value)}* · by {who(p.decided_by)} · {when(p.decided_at)}"
    )
    if note:
        outcome += f" ({escape(note)})"
    if p.failure_reason:
        outcome += f"\n{escape(clip(p.failure_reason, SNIPPET))}"
    if p.state is ProposalState.APPROVED and p.retry_at:
        outcome += f"\nNext try {when(p.retry_at)}"
    blocks = [
        _headline(item),
        _origin(item),
        _message(item, masked, OUTCOME_PREVIEW),
        _section(outcome),
    ]
    if p.state is not ProposalState.IGNORED and p.reply_text:
        blocks.append(_context(f"Reply: {escape(clip(p.reply_text, REPLY_PREVIEW))}"))
    if p.state is ProposalState.UNKNOWN:
        blocks += [_section(CHECK_PLATFORM), _confirm_actions(item)]
    return blocks


def _confirm_actions(item: QueueItem) -> Block:
    value = str(item.proposal.id)
    return {
        "type": "actions",
        "block_id": f"confirm:{item.proposal.id}",
        "elements": [
            _button("It was sent", CONFIRM_SENT, value, "primary"),
            _button("It was not sent", CONFIRM_NOT_SENT, value),
        ],
    }


def _headline(item: QueueItem, mention: str = "") -> Block:
    p, c = item.proposal, item.classification
    parts = [
        f"{EMOJI[p.label]} *{p.label.value.upper()}*",
        f"{c.confidence:.2f}",
        _decided_by(item),
    ]
    if p.uncertain or c.uncertain:
        parts.append(_doubt(item.message))
    prefix = f"{mention} " if mention else ""
    return _section(prefix + " · ".join(parts) + f" · proposal #{p.id}")


def _doubt(message: Message) -> str:
    reason = unread_reason(message.lang)
    return f":warning: *uncertain*: {reason}" if reason else ":warning: *uncertain*"


def _decided_by(item: QueueItem) -> str:
    c = item.classification
    if c.source is DecisionSource.RULE:
        return f"rule: {escape(c.reason)}"
    if c.source is DecisionSource.STAFF:
        return f"staff: {mention_users(c.reason)}"
    return f"model {escape(c.model_version)}"


def _origin(item: QueueItem) -> Block:
    m = item.message
    parts = [
        f"*{m.platform.value}* {escape(m.account_id)}",
        m.kind.value,
        escape(m.author_handle),
        when(m.created_at),
    ]
    if m.permalink:
        parts.append(f"<{escape(m.permalink)}|original>")
    return _context(" · ".join(parts))


def _message(item: QueueItem, masked: bool, limit: int) -> Block:
    return {"type": "section", "text": _plain(clip(_shown(item.message.text, masked), limit))}


def _draft(item: QueueItem) -> Block:
    p = item.proposal
    if p.action is Action.REPLY:
        lines = clip(p.reply_text, REPLY_PREVIEW).splitlines()
        return _section("*Drafted reply*\n" + "\n".join(f">{escape(line)}" for line in lines))
    if p.action is Action.MUTE:
        return _section("*No reply.* Mute the thread: arguing with trolls feeds them.")
    return _section("*No reply proposed.* Ignore it, or write one with Edit.")


def _actions(item: QueueItem, truncated: bool) -> Block:
    p = item.proposal
    value = str(p.id)
    elements: list[Block] = []
    if p.action is Action.REPLY:
        elements.append(_button("Approve", APPROVE, value, "primary"))
    elements += [
        _button("Edit" if p.action is Action.REPLY else "Write a reply", EDIT, value),
        _relabel_menu(item),
        _button("Ignore", IGNORE, value),
        _mute_menu(item),
    ]
    if truncated:
        elements.append(_button("Full message", FULL_TEXT, value))
    return {"type": "actions", "block_id": f"proposal:{p.id}", "elements": elements}


def _relabel_menu(item: QueueItem) -> Block:
    p = item.proposal
    options = [
        {"text": _plain(f"{label.value}"), "value": f"{p.id}:{label.value}"}
        for label in Label
        if label is not p.label
    ]
    return {
        "type": "static_select",
        "action_id": RELABEL,
        "placeholder": _plain("Change label"),
        "options": options,
    }


def _mute_menu(item: QueueItem) -> Block:
    """Every mute says how long it lasts; hiding is offered for a troll's public comment."""
    p, m = item.proposal, item.message
    choices = list(MUTE_CHOICES)
    if p.label is Label.TROLL and not m.kind.is_private:
        choices += HIDE_CHOICES
    options = [
        {"text": _plain(text), "value": mute_value(p.id or 0, scope, hours, hide)}
        for text, scope, hours, hide in choices
    ]
    return {
        "type": "static_select",
        "action_id": MUTE,
        "placeholder": _plain("Mute…"),
        "options": options,
    }


def mute_value(proposal_id: int, scope: str, hours: int | None, hide: bool) -> str:
    """proposal:thread|author:hours|unmuted:hide|keep, read back by the listener."""
    return f"{proposal_id}:{scope}:{hours or UNTIL_UNMUTED}:{'hide' if hide else 'keep'}"
