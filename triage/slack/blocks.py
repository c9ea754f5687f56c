"""Pure Block Kit builders for the review queue; the action_ids live here and only here.

Cards stay short: Slack has rejected messages with about 13k characters of blocks, far below
its documented limits, so long text is clipped here and shown whole in a modal. Button values
carry ids only; patient text never goes in a value, private_metadata or notification text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from triage.domain.model import (
    Action,
    AuditEntry,
    DecisionSource,
    Digest,
    Label,
    ProposalState,
    QueueItem,
    QueueStatus,
)

Block = dict[str, Any]

APPROVE = "proposal.approve"
EDIT = "proposal.edit"
RELABEL = "proposal.relabel"
IGNORE = "proposal.ignore"
MUTE = "proposal.mute"
FULL_TEXT = "proposal.full_text"
EDIT_VIEW = "proposal.edit_submit"
EDIT_BLOCK = "reply"
EDIT_INPUT = "text"
OVERRIDE_BLOCK = "override"
OVERRIDE_INPUT = "reason"
CONFIRM_SENT = "proposal.confirm_sent"
CONFIRM_NOT_SENT = "proposal.confirm_not_sent"
DIGEST_IGNORE = "digest.ignore_all"
DIGEST_MUTE = "digest.mute_trolls"
# The template editor (editor_blocks.py): list, pick, type (live preview), roll back, save.
TEMPLATES_OPEN = "templates.open"
TEMPLATE_PICK = "templates.pick"
TEMPLATE_SOURCE = "templates.source"
TEMPLATE_SOURCE_BLOCK = "template"  # + ":<version>", so a rollback replaces what was typed
TEMPLATE_NOTE_BLOCK = "template_note"
TEMPLATE_NOTE = "templates.note"
TEMPLATE_ROLLBACK = "templates.rollback"
TEMPLATE_EDIT_VIEW = "templates.edit_submit"

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

MESSAGE_PREVIEW = 500
OUTCOME_PREVIEW = 200
REPLY_PREVIEW = 1_000
SNIPPET = 120
SECTION_TEXT = 2_900  # Slack's limit is 3,000 per section text
MODAL_SECTIONS = 90  # of the 100 blocks a modal may hold
INPUT_LIMIT = 3_000  # plain_text_input max_length
ERROR_TEXT = 1_000

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
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_DIGIT = re.compile(r"\d")
_SLACK_USER = re.compile(r"\b([UW][A-Z0-9]{6,})\b")


# --- text helpers ---------------------------------------------------------------------------


def escape(text: str) -> str:
    """Slack's mrkdwn escaping: a patient's '<!channel>' must never ping anyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mask(text: str) -> str:
    """Emails, phone numbers, then every other digit: for practices wanting less PHI in Slack."""
    return _DIGIT.sub("#", _PHONE.sub("[phone]", _EMAIL.sub("[email]", text)))


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def mention_users(text: str) -> str:
    """Escaped text in which Slack user ids become mentions (who approved, who muted)."""
    return _SLACK_USER.sub(r"<@\1>", escape(text))


def who(user: str | None) -> str:
    return mention_users(user or "someone")


def when(at: datetime | None) -> str:
    """A time every reader sees in their own time zone."""
    if at is None:
        return "an unknown time"
    fallback = at.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(at.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


def duration(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def _shown(text: str, masked: bool) -> str:
    return mask(text) if masked else text


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text or " ", "emoji": False}


def _md(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def _section(text: str) -> Block:
    return {"type": "section", "text": _md(clip(text, SECTION_TEXT))}


def _context(*texts: str) -> Block:
    return {"type": "context", "elements": [_md(clip(t, SECTION_TEXT)) for t in texts[:10]]}


def _button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": _plain(text),
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


# --- proposal cards -------------------------------------------------------------------------


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
        parts.append(":warning: *uncertain*")
    prefix = f"{mention} " if mention else ""
    return _section(prefix + " · ".join(parts) + f" · proposal #{p.id}")


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


# --- digests, escalations, alerts -----------------------------------------------------------


def digest_text(digest: Digest) -> str:
    return f":package: {digest.total} message(s) that need no card of their own"


def digest_card(digest: Digest, *, masked: bool) -> list[Block]:
    counts = " · ".join(f"{n} {label.value}" for label, n in sorted(digest.counts.items()))
    blocks = [_section(f"*{digest_text(digest)}*\n{counts or 'nothing left'}")]
    if digest.top:
        lines = [_digest_line(item, masked) for item in digest.top]
        blocks.append(_section("\n".join(lines)))
    if digest.outcome:
        done = f"{escape(digest.outcome)} by {who(digest.decided_by)} · {when(digest.decided_at)}"
        blocks.append(_context(done))
    if digest.top:
        blocks.append(_digest_actions(digest))
    return blocks


def _digest_line(item: QueueItem, masked: bool) -> str:
    p, m = item.proposal, item.message
    snippet = escape(clip(" ".join(_shown(m.text, masked).split()), SNIPPET))
    link = f" <{escape(m.permalink)}|original>" if m.permalink else ""
    author = escape(m.author_handle)
    return f"• #{p.id} *{p.label.value}* · {m.platform.value} {author}: {snippet}{link}"


def _digest_actions(digest: Digest) -> Block:
    value = str(digest.post_id)
    elements = [_button(f"Ignore all {digest.total}", DIGEST_IGNORE, value)]
    if digest.counts.get(Label.TROLL):
        elements.append(_button("Mute troll threads for 7 days", DIGEST_MUTE, value, "danger"))
    return {"type": "actions", "block_id": f"digest:{digest.post_id}", "elements": elements}


def escalation_text(item: QueueItem, mention: str, waited: timedelta) -> str:
    p = item.proposal
    line = (
        f"{EMOJI[p.label]} *Still waiting:* proposal #{p.id} has waited {duration(waited)} "
        "and nobody has acted on it. Please open the card above."
    )
    return f"{mention} {line}".strip()


def page_text(item: QueueItem, card_channel: str, waited: timedelta) -> str:
    p = item.proposal
    return (
        f"{EMOJI[p.label]} You are on call: emergency proposal #{p.id} has waited "
        f"{duration(waited)} in <#{card_channel}> with nobody acting on it."
    )


def alert_text(text: str) -> str:
    return f":warning: *triage needs an admin:* {escape(clip(text, SECTION_TEXT))}"


# --- modals -----------------------------------------------------------------------------------


def edit_modal(item: QueueItem, *, masked: bool, channel: str, may_override: bool = False) -> Block:
    """The edit form; physicians also get an optional reason to override a policy block."""
    p, m = item.proposal, item.message
    limit = min(m.platform.reply_limit(m.kind), INPUT_LIMIT)
    body = [
        _context(f"Proposal #{p.id} · {p.label.value} · {m.platform.value} {m.kind.value}"),
        _message(item, masked, MESSAGE_PREVIEW),
        _edit_input(p.reply_text, limit),
        _context(
            "Checked before sending: no medical advice, nothing that identifies anyone, "
            "the disclaimer on medical questions, and the platform's length limit."
        ),
    ]
    if may_override:
        body.append(_override_input())
    return {
        "type": "modal",
        "callback_id": EDIT_VIEW,
        "private_metadata": json.dumps({"proposal": p.id, "channel": channel}),
        "title": _plain("Edit reply"),
        "submit": _plain("Check and send"),
        "close": _plain("Cancel"),
        "blocks": body,
    }


def _override_input() -> Block:
    element = {"type": "plain_text_input", "action_id": OVERRIDE_INPUT, "max_length": 500}
    return {
        "type": "input",
        "block_id": OVERRIDE_BLOCK,
        "optional": True,
        "label": _plain("Override reason (physicians only)"),
        "hint": _plain(
            "Leave empty unless you take responsibility for sending it despite the checks; "
            "the reason and the findings are audited."
        ),
        "element": element,
    }


def _edit_input(draft: str, limit: int) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": EDIT_INPUT,
        "multiline": True,
        "max_length": limit,
    }
    if draft:
        element["initial_value"] = clip(draft, limit)
    return {"type": "input", "block_id": EDIT_BLOCK, "label": _plain("Reply"), "element": element}


def findings_text(problems: Iterable[str]) -> str:
    """Policy findings for the edit modal's error line."""
    return clip("\n".join(f"• {problem}" for problem in problems), ERROR_TEXT)


def full_text_modal(item: QueueItem, *, masked: bool) -> Block:
    text = _shown(item.message.text, masked)
    chunks = [text[i : i + SECTION_TEXT] for i in range(0, len(text), SECTION_TEXT)]
    blocks: list[Block] = [_origin(item)]
    blocks += [{"type": "section", "text": _plain(c)} for c in chunks[:MODAL_SECTIONS]]
    if len(chunks) > MODAL_SECTIONS:
        blocks.append(_context(f"Clipped: the message has {len(text)} characters."))
    return {
        "type": "modal",
        "title": _plain(f"Message #{item.proposal.id}"[:24]),
        "close": _plain("Close"),
        "blocks": blocks,
    }


# --- status, help and App Home ------------------------------------------------------------------


def status_text(status: QueueStatus) -> str:
    counts = " · ".join(f"{n} {label.value}" for label, n in sorted(status.pending.items()))
    lines = [
        f"*Review queue:* {status.total} waiting ({counts or 'none'})",
        f"{EMOJI[Label.EMERGENCY]} Emergencies open: {status.emergencies_open}",
    ]
    since = status.oldest_waiting_since
    if since is not None:
        lines.append(f"Oldest waiting since {when(since)} ({duration(status.at - since)})")
    if status.sends_unknown:
        lines.append(
            f":grey_question: Replies nobody knows went out: {status.sends_unknown} "
            "(their cards ask: it was sent, or it was not)"
        )
    lines.append(f"Slack posts waiting: {status.posts_waiting} · failed: {status.posts_failed}")
    return "\n".join(lines)


HELP = (
    "*/triage status*: what waits in the queue, the oldest, emergencies open\n"
    "*/triage mute <link> <24h|7d|until-unmuted>*: mute the thread of a message "
    "for that long (physicians)\n"
    "*/triage unmute <link>*: lift that mute\n"
    "*/triage templates*: change the wording of the reply templates (admins)\n"
    "*/triage help*: this list"
)


def home_view(status: QueueStatus, recent: list[AuditEntry], *, templates: bool = False) -> Block:
    """The figures and my recent actions; admins (templates) also get the template editor."""
    lines = [f"• {escape(e.action)} {escape(e.subject)} · {when(e.at)}" for e in recent]
    blocks = [
        {"type": "header", "text": _plain("Review queue")},
        _section(status_text(status)),
        {"type": "divider"},
        {"type": "header", "text": _plain("Your recent actions")},
        _section("\n".join(lines) or "Nothing in the last 7 days."),
    ]
    if templates:
        button = _button("Reply templates", TEMPLATES_OPEN, "templates")
        blocks += [{"type": "divider"}, {"type": "actions", "elements": [button]}]
    return {"type": "home", "blocks": blocks}
