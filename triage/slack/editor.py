"""The template editor in Slack: ack, call one service, redraw the modal.

`/triage templates` or App Home's button opens the list; picking a template opens the editor,
whose preview follows every keystroke; Roll back and Save version add versions through the
same services as `triage templates` (same checks, same audit). Listeners.register lends this
module its guard (a surprise is one log line) and its attempt (refusals answered and audited),
so errors still become answers in one place. Inside a modal, what stopped an action is pushed
as a notice on top of it, so what the admin typed is still there underneath.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from triage.domain.model import TemplateVersion
from triage.services import Deps, replies
from triage.slack import blocks, editor_blocks

log = logging.getLogger(__name__)
Tell = Callable[[str], None]
# Listeners._attempt: (actor, action, target, tell, work) -> whether the work went through.
Attempt = Callable[[str, str, str, Tell, Callable[[], object]], bool]
Listener = Callable[..., None]
Guard = Callable[[Listener], Listener]


@dataclass(frozen=True)
class Typed:
    """The wording input as the admin left it: its block_id, the value it opened with, the text."""

    block_id: str
    shown: str
    text: str


class TemplateEditor:
    def __init__(self, deps: Deps, attempt: Attempt) -> None:
        self._deps = deps
        self._attempt = attempt

    def register(self, app: App, guard: Guard) -> None:
        app.action(blocks.TEMPLATES_OPEN)(guard(self.open_from_home))
        app.action(blocks.TEMPLATE_PICK)(guard(self.pick))
        app.action(blocks.TEMPLATE_SOURCE)(guard(self.preview))
        app.action(blocks.TEMPLATE_ROLLBACK)(guard(self.roll_back))
        app.view(blocks.TEMPLATE_EDIT_VIEW)(guard(self.save))

    def open_list(self, actor: str, trigger_id: str, client: WebClient, tell: Tell) -> None:
        """The templates in a new modal: from /triage templates and from App Home."""

        def open_modal() -> None:
            listed = [(t.name, t.current) for t in replies.browse_templates(self._deps, actor)]
            client.views_open(trigger_id=trigger_id, view=editor_blocks.templates_modal(listed))

        self._attempt(actor, "templates", "templates", tell, open_modal)

    def open_from_home(self, ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        trigger_id = str(body["trigger_id"])
        # App Home has no response_url: a refusal gets a modal of its own.
        self.open_list(actor_of(body), trigger_id, client, in_modal(client.views_open, trigger_id))

    def pick(self, ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """A template picked in the list: the list becomes its editor."""
        ack()
        actor, name = actor_of(body), str(body["actions"][0]["selected_option"]["value"])

        def show() -> None:
            editing = replies.edit_template(self._deps, name, actor)
            update(client, body["view"], editor_view(editing))

        tell = in_modal(client.views_push, str(body["trigger_id"]))
        self._attempt(actor, "templates", f"template:{name}", tell, show)

    def preview(self, ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """A keystroke: the preview redrawn for the text typed; the input is left as it is."""
        ack()
        actor, view = actor_of(body), body["view"]
        name = template_of(view)
        typed = replace(typed_of(view), text=str(body["actions"][0].get("value") or ""))

        def redraw() -> None:
            editing = replies.edit_template(self._deps, name, actor, typed.text)
            update(client, view, editor_view(editing, typed))

        tell = in_modal(client.views_push, str(body["trigger_id"]))
        self._attempt(actor, "preview", f"template:{name}", tell, redraw)

    def roll_back(self, ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """Roll back, then the editor redrawn with the wording in use now."""
        ack()
        actor, view = actor_of(body), body["view"]
        name = template_of(view)

        def work() -> None:
            version = replies.rollback_template(self._deps, name, actor)
            editing = replies.edit_template(self._deps, name, actor)
            done = editor_blocks.rolled_back_text(version)
            # No hash: the rollback is done, and the editor must show it whatever was typed.
            update(client, view, editor_view(editing, notice=done), check_hash=False)

        tell = in_modal(client.views_push, str(body["trigger_id"]))
        self._attempt(actor, "rollback", f"template:{name}", tell, work)

    def save(self, ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        """Save version: a new version in use at once, or the modal stays open saying why not."""
        actor, name, typed = actor_of(body), template_of(view), typed_of(view)
        saved: list[TemplateVersion] = []
        problems: list[str] = []

        def work() -> None:
            note = note_of(view)
            saved.append(replies.set_template(self._deps, name, typed.text, actor, note))

        if self._attempt(actor, "template", f"template:{name}", problems.append, work):
            ack(response_action="update", view=editor_blocks.saved_modal(saved[0]))
            return
        # A refusal or the checks' findings, under the wording, so the admin can fix it.
        ack(response_action="errors", errors={typed.block_id: blocks.findings_text(problems)})


def editor_view(
    editing: replies.TemplateEditing, typed: Typed | None = None, notice: str = ""
) -> blocks.Block:
    """A fresh editor shows the wording in use; a redrawn one keeps its input exactly as it was
    (same block_id, same initial value), which is what makes Slack keep the typed text."""
    if typed is None:
        block_id, shown = editor_blocks.source_block_id(editing.history), editing.source
    else:
        block_id, shown = typed.block_id, typed.shown
    history, preview = editing.history, editing.preview
    return editor_blocks.template_editor(
        editing.name, history, preview, shown=shown, block_id=block_id, notice=notice
    )


def update(
    client: WebClient, view: dict[str, Any], new: blocks.Block, *, check_hash: bool = True
) -> None:
    """Redraw the modal an action came from. With its hash, a redraw based on a view that has
    changed since (a later keystroke's preview got there first) is dropped, not forced over it."""
    try:
        client.views_update(view_id=view["id"], hash=view["hash"] if check_hash else None, view=new)
    except SlackApiError as error:
        if error.response.get("error") != "hash_conflict":
            raise
        log.info("view %s: a newer redraw is already shown", view["id"])


def in_modal(show: Callable[..., object], trigger_id: str) -> Tell:
    """Tell in a modal of its own: opened (from App Home) or pushed over the editor."""

    def tell(text: str) -> None:
        show(trigger_id=trigger_id, view=editor_blocks.notice_modal(text))

    return tell


# --- payloads (block_actions and view_submission from a modal: the view, its state) ----------


def actor_of(body: dict[str, Any]) -> str:
    return str(body["user"]["id"])


def template_of(view: dict[str, Any]) -> str:
    return str(json.loads(view["private_metadata"])["template"])


def typed_of(view: dict[str, Any]) -> Typed:
    """The wording input, found by its block_id (which names the version it started from)."""
    block = next(b for b in view["blocks"] if editor_blocks.is_source_block(b.get("block_id", "")))
    field = view["state"]["values"].get(block["block_id"], {}).get(blocks.TEMPLATE_SOURCE, {})
    shown = str(block["element"].get("initial_value") or "")
    return Typed(block["block_id"], shown, str(field.get("value") or ""))


def note_of(view: dict[str, Any]) -> str:
    values = view["state"]["values"]
    field = values.get(blocks.TEMPLATE_NOTE_BLOCK, {}).get(blocks.TEMPLATE_NOTE, {})
    return str(field.get("value") or "").strip()
