"""Modals: the edit form with its policy findings, and a message's full text."""

from __future__ import annotations

import json
from collections.abc import Iterable

from triage.domain.model import QueueItem
from triage.slack.blocks.action_ids import (
    EDIT_BLOCK,
    EDIT_INPUT,
    EDIT_VIEW,
    OVERRIDE_BLOCK,
    OVERRIDE_INPUT,
)
from triage.slack.blocks.cards import _message, _origin
from triage.slack.blocks.elements import Block, _context, _plain
from triage.slack.blocks.limits import (
    ERROR_TEXT,
    INPUT_LIMIT,
    MESSAGE_PREVIEW,
    MODAL_SECTIONS,
    SECTION_TEXT,
)
from triage.slack.blocks.text import _shown, clip


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
