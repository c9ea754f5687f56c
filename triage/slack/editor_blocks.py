"""Pure Block Kit builders for the template editor; its action_ids live in blocks.py.

The wording's input keeps its block_id and action_id from one preview to the next, so Slack
keeps what the admin typed when the view is redrawn. The block_id carries the version the
wording came from: after a rollback the new id makes Slack show the restored wording instead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from triage.domain.model import TemplatePreview, TemplateVersion
from triage.slack.blocks import (
    INPUT_LIMIT,
    SNIPPET,
    TEMPLATE_EDIT_VIEW,
    TEMPLATE_NOTE,
    TEMPLATE_NOTE_BLOCK,
    TEMPLATE_PICK,
    TEMPLATE_ROLLBACK,
    TEMPLATE_SOURCE,
    TEMPLATE_SOURCE_BLOCK,
    Block,
    _button,
    _context,
    _plain,
    _section,
    clip,
    escape,
    mention_users,
    when,
    who,
)

TITLE = "Reply templates"
SELECT_OPTIONS = 100  # a static_select holds at most 100 options
OPTION_TEXT = 75
LINES_PER_SECTION = 20  # about 150 characters a line, well under a section's 3,000
SHOWN_RENDERINGS = 6
SHOWN_PROBLEMS = 8
SHOWN_VERSIONS = 5
RENDERING_TEXT = 1_500
NOTE_LIMIT = 200


# --- the list -----------------------------------------------------------------------------------


def templates_modal(templates: Sequence[tuple[str, TemplateVersion | None]]) -> Block:
    """Every template, what is in use (its file or a saved version, by whom, when), a picker."""
    lines = [template_line(name, current) for name, current in templates]
    body = [_section("Pick a template to change its wording; every change is a new version.")]
    for start in range(0, len(lines), LINES_PER_SECTION):
        body.append(_section("\n".join(lines[start : start + LINES_PER_SECTION])))
    if templates:
        body.append(_picker([name for name, _ in templates]))
    return {"type": "modal", "title": _plain(TITLE), "close": _plain("Close"), "blocks": body}


def template_line(name: str, current: TemplateVersion | None) -> str:
    if current is None:
        return f"• `{escape(name)}` · bundled file"
    by = f"version {current.version} by {who(current.created_by)} · {when(current.created_at)}"
    if current.source is None:
        return f"• `{escape(name)}` · bundled file again ({by})"
    return f"• `{escape(name)}` · *saved {by}*"


def _picker(names: list[str]) -> Block:
    options = [
        {"text": _plain(clip(name, OPTION_TEXT)), "value": name} for name in names[:SELECT_OPTIONS]
    ]
    select = {
        "type": "static_select",
        "action_id": TEMPLATE_PICK,
        "placeholder": _plain("Template to edit"),
        "options": options,
    }
    return {"type": "actions", "block_id": "templates", "elements": [select]}


# --- the editor ---------------------------------------------------------------------------------


def source_block_id(history: Sequence[TemplateVersion]) -> str:
    """The wording input's block_id for a fresh editor: it names the version in use."""
    return f"{TEMPLATE_SOURCE_BLOCK}:{history[-1].version if history else 0}"


def is_source_block(block_id: str) -> bool:
    return block_id.startswith(f"{TEMPLATE_SOURCE_BLOCK}:")


def template_editor(
    name: str,
    history: Sequence[TemplateVersion],
    preview: TemplatePreview,
    *,
    shown: str,
    block_id: str,
    notice: str = "",
) -> Block:
    """The wording (shown: the input's initial value), a note, the live preview, the history."""
    body = [_section(f"*{escape(name)}* · in use: {in_use(history)}")]
    if notice:
        body.append(_context(mention_users(notice)))
    editable = len(shown) <= INPUT_LIMIT
    if editable:
        body += [_source_input(shown, block_id), _note_input()]
    else:
        body.append(_section(f"{len(shown)} characters: too long for Slack; use the command line."))
    body += [{"type": "header", "text": _plain("Preview")}, *preview_blocks(preview)]
    body += [{"type": "divider"}, *history_blocks(name, history)]
    view: Block = {
        "type": "modal",
        "callback_id": TEMPLATE_EDIT_VIEW,
        "private_metadata": json.dumps({"template": name}),
        "title": _plain("Edit template"),
        "close": _plain("Cancel"),
        "blocks": body,
    }
    if editable:  # a modal without input blocks may not have a submit button
        view["submit"] = _plain("Save version")
    return view


def in_use(history: Sequence[TemplateVersion]) -> str:
    current = history[-1] if history else None
    if current is None or current.source is None:
        return "the bundled file"
    return f"version {current.version}, saved by {who(current.created_by)}"


def _source_input(shown: str, block_id: str) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": TEMPLATE_SOURCE,
        "multiline": True,
        "max_length": INPUT_LIMIT,
        # Every keystroke sends a block_actions payload: the preview follows the typing.
        "dispatch_action_config": {"trigger_actions_on": ["on_character_entered"]},
    }
    if shown:
        element["initial_value"] = shown
    return {
        "type": "input",
        "block_id": block_id,
        "dispatch_action": True,
        "label": _plain("Wording (Jinja2)"),
        "hint": _plain("The preview below follows what you type, with the same checks as saving."),
        "element": element,
    }


def _note_input() -> Block:
    element = {"type": "plain_text_input", "action_id": TEMPLATE_NOTE, "max_length": NOTE_LIMIT}
    return {
        "type": "input",
        "block_id": TEMPLATE_NOTE_BLOCK,
        "optional": True,
        "label": _plain("Note: why this change"),
        "element": element,
    }


def preview_blocks(preview: TemplatePreview) -> list[Block]:
    """Each different rendering (where it comes from, then the text), then the problems."""
    body: list[Block] = []
    for rendering in preview.renderings[:SHOWN_RENDERINGS]:
        first, *others = rendering.cases
        like_it = f" (and {len(others)} more like it)" if others else ""
        body.append(_context(f"{escape(first)}{like_it}"))
        body.append(_section(quoted(rendering.text) or "_Renders nothing: no reply proposed._"))
    hidden = len(preview.renderings) - SHOWN_RENDERINGS
    if hidden > 0:
        body.append(_context(f"and {hidden} more different rendering(s)"))
    body.append(_section(problems_text(preview.problems)))
    return body


def quoted(text: str) -> str:
    return "\n".join(f">{escape(line)}" for line in clip(text, RENDERING_TEXT).splitlines())


def problems_text(problems: Sequence[str]) -> str:
    if not problems:
        return ":white_check_mark: The checks pass: it can be saved."
    lines = [f"• {escape(clip(problem, 2 * SNIPPET))}" for problem in problems[:SHOWN_PROBLEMS]]
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(f"…and {more} more")
    return ":no_entry: *Saving is blocked:*\n" + "\n".join(lines)


def history_blocks(name: str, history: Sequence[TemplateVersion]) -> list[Block]:
    """The last versions, newest first, and Roll back while a saved wording is in use."""
    lines = [_version_line(version) for version in reversed(history[-SHOWN_VERSIONS:])]
    body = [_section("*History*\n" + ("\n".join(lines) or "Never changed: the bundled file."))]
    if history and history[-1].source is not None:
        button = _button("Roll back", TEMPLATE_ROLLBACK, name, "danger")
        button["confirm"] = {
            "title": _plain("Roll back?"),
            "text": _plain("The wording in use before this one is used again, as a new version."),
            "confirm": _plain("Roll back"),
            "deny": _plain("Cancel"),
        }
        body.append({"type": "actions", "block_id": "template_history", "elements": [button]})
    return body


def _version_line(version: TemplateVersion) -> str:
    what = " · the bundled file" if version.source is None else ""
    note = f" · {escape(clip(version.note, SNIPPET))}" if version.note else ""
    by = f"{who(version.created_by)} · {when(version.created_at)}"
    return f"• v{version.version} · {by}{what}{note}"


# --- answers ------------------------------------------------------------------------------------


def notice_modal(text: str) -> Block:
    """A small modal of its own: a refusal or a failure, over the modal it came from."""
    return {
        "type": "modal",
        "title": _plain(TITLE),
        "close": _plain("Close"),
        "blocks": [_section(mention_users(text))],
    }


def saved_modal(version: TemplateVersion) -> Block:
    return notice_modal(f"Saved: version {version.version} of {version.name} is in use now.")


def rolled_back_text(version: TemplateVersion) -> str:
    return f"Rolled back ({version.note}): version {version.version} is in use now."
