"""Digests, escalations and admin alerts: the posts that are not a proposal's own card."""

from __future__ import annotations

from datetime import timedelta

from triage.domain.model import Digest, Label, QueueItem
from triage.slack.blocks.action_ids import DIGEST_IGNORE, DIGEST_MUTE
from triage.slack.blocks.cards import EMOJI
from triage.slack.blocks.elements import Block, _button, _context, _section
from triage.slack.blocks.limits import SECTION_TEXT, SNIPPET
from triage.slack.blocks.text import _shown, clip, duration, escape, when, who


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
