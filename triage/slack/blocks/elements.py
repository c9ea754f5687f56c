"""The Block Kit pieces every builder uses: text objects, sections, context, buttons."""

from __future__ import annotations

from typing import Any

from triage.slack.blocks.limits import SECTION_TEXT
from triage.slack.blocks.text import clip

Block = dict[str, Any]


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
