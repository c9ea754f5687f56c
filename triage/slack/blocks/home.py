"""The queue's status, the slash command's help, and App Home."""

from __future__ import annotations

from triage.domain.model import AuditEntry, Label, QueueStatus
from triage.slack.blocks.action_ids import TEMPLATES_OPEN
from triage.slack.blocks.cards import EMOJI
from triage.slack.blocks.elements import Block, _button, _plain, _section
from triage.slack.blocks.text import duration, escape, when


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
