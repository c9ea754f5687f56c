"""The template editor through the real Bolt app and the loopback Slack Web API."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from tests.fakes.slack_api import FRONT_DESK, PRACTICE_ADMIN, FakeSlackApi
from tests.slack.conftest import Inbox, Slack
from triage.services import Deps, records, replies
from triage.slack import blocks

GENERAL = "general.en.j2"
MEDICAL = "medical-question.en.j2"
WORDING = "Thank you for writing to {{ practice.name }}! Please call us at {{ practice.phone }}."
HOURS = "what are your hours on saturday"


# --- driving the modals as Slack would ------------------------------------------------------------


def opened_list(slack: Slack, user: str = PRACTICE_ADMIN) -> dict[str, Any]:
    assert slack.command(user, "templates").status_code == 200
    return dict(slack.api.calls_to("views.open")[-1].response["view"])


def shown(api: FakeSlackApi) -> dict[str, Any]:
    """The modal as Slack shows it now: the answer to the last views.update that went through."""
    return dict(api.calls_to("views.update")[-1].response["view"])


def pick(slack: Slack, view: dict[str, Any], name: str, user: str = PRACTICE_ADMIN) -> None:
    # The documented static_select shape: the chosen option under selected_option.
    action = {
        "type": "static_select",
        "action_id": blocks.TEMPLATE_PICK,
        "block_id": "templates",
        "selected_option": {"text": {"type": "plain_text", "text": name}, "value": name},
    }
    assert slack.in_view(user, view, action).status_code == 200


def opened_editor(slack: Slack, name: str) -> dict[str, Any]:
    pick(slack, opened_list(slack), name)
    return shown(slack.api)


def source_input(view: dict[str, Any]) -> dict[str, Any]:
    [block] = [
        b for b in view["blocks"] if b.get("element", {}).get("action_id") == blocks.TEMPLATE_SOURCE
    ]
    return dict(block)


def typed_values(view: dict[str, Any], text: str, note: str = "") -> dict[str, Any]:
    values = {
        source_input(view)["block_id"]: {
            blocks.TEMPLATE_SOURCE: {"type": "plain_text_input", "value": text}
        },
        blocks.TEMPLATE_NOTE_BLOCK: {
            blocks.TEMPLATE_NOTE: {"type": "plain_text_input", "value": note or None}
        },
    }
    return values


def type_text(slack: Slack, view: dict[str, Any], text: str) -> httpx.Response:
    """One keystroke: the plain_text_input action (dispatch_action) with the whole text."""
    action = {
        "type": "plain_text_input",
        "block_id": source_input(view)["block_id"],
        "action_id": blocks.TEMPLATE_SOURCE,
        "value": text,
    }
    return slack.in_view(PRACTICE_ADMIN, view, action, typed_values(view, text))


def save(
    slack: Slack, view: dict[str, Any], text: str, note: str = "", user: str = PRACTICE_ADMIN
) -> dict[str, Any]:
    response = slack.submit_view(user, view, typed_values(view, text, note))
    assert response.status_code == 200
    return dict(response.json())


def roll_back(slack: Slack, view: dict[str, Any]) -> None:
    [button] = [
        e
        for b in view["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == blocks.TEMPLATE_ROLLBACK
    ]
    assert slack.in_view(PRACTICE_ADMIN, view, button).status_code == 200


def text_of(view: dict[str, Any]) -> str:
    return json.dumps(view["blocks"], ensure_ascii=False)


def refusals(review: Deps) -> list[str]:
    return [
        f"{e.actor} {e.after['action']}" for e in records.audit_log(review) if e.action == "refused"
    ]


# --- opening -------------------------------------------------------------------------------------


def test_an_admin_opens_every_template_from_the_command(slack: Slack, review: Deps) -> None:
    replies.set_template(review, GENERAL, WORDING, PRACTICE_ADMIN)
    view = opened_list(slack)
    names = [state.name for state in replies.list_templates(review)]
    [select] = [e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert select["action_id"] == blocks.TEMPLATE_PICK
    assert [option["value"] for option in select["options"]] == names
    listed = text_of(view)
    assert all(f"`{name}`" in listed for name in names)
    assert f"`{GENERAL}` · *saved version 1 by <@{PRACTICE_ADMIN}>" in listed
    assert f"`{MEDICAL}` · bundled file" in listed


def test_app_home_offers_the_templates_to_admins_only(slack: Slack) -> None:
    slack.open_home(FRONT_DESK)
    slack.open_home(PRACTICE_ADMIN)
    desk_home, admin_home = (c.response["view"] for c in slack.api.calls_to("views.publish"))
    assert blocks.TEMPLATES_OPEN not in text_of(desk_home)
    [button] = [e for b in admin_home["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert button["action_id"] == blocks.TEMPLATES_OPEN
    assert slack.in_view(PRACTICE_ADMIN, admin_home, button).status_code == 200
    [opened] = slack.api.calls_to("views.open")
    assert blocks.TEMPLATE_PICK in text_of(opened.params["view"])


def test_a_forged_app_home_click_is_refused_in_a_modal_and_audited(
    slack: Slack, review: Deps
) -> None:
    slack.open_home(PRACTICE_ADMIN)
    admin_home = slack.api.calls_to("views.publish")[-1].response["view"]
    [button] = [e for b in admin_home["blocks"] if b["type"] == "actions" for e in b["elements"]]
    slack.in_view(FRONT_DESK, admin_home, button)
    [opened] = slack.api.calls_to("views.open")
    told = text_of(opened.params["view"])
    assert "may not manage-templates" in told and blocks.TEMPLATE_PICK not in told
    assert refusals(review) == [f"{FRONT_DESK} templates"]


def test_someone_else_is_refused_the_templates_and_told_which_role(
    slack: Slack, review: Deps
) -> None:
    assert slack.command(FRONT_DESK, "templates").status_code == 200
    [told] = slack.api.answers()
    assert told["response_type"] == "ephemeral"
    assert "may not manage-templates" in told["text"] and "admin role" in told["text"]
    assert slack.api.calls_to("views.open") == []
    assert refusals(review) == [f"{FRONT_DESK} templates"]


# --- the editor and its live preview --------------------------------------------------------------


def test_picking_a_template_turns_the_list_into_its_editor(slack: Slack, review: Deps) -> None:
    listing = opened_list(slack)
    pick(slack, listing, GENERAL)
    [update] = slack.api.calls_to("views.update")
    assert (update.params["view_id"], update.params["hash"]) == (listing["id"], listing["hash"])
    editor = shown(slack.api)
    field = source_input(editor)
    assert field["dispatch_action"] is True
    element = field["element"]
    assert element["dispatch_action_config"] == {"trigger_actions_on": ["on_character_entered"]}
    assert element["multiline"] is True
    assert element["initial_value"] == review.templates.file_source(GENERAL)
    preview = text_of(editor)
    assert "please call Test Clinic at 555-0100" in preview and "The checks pass" in preview


def test_typing_redraws_the_preview_and_keeps_the_input_as_typed(
    slack: Slack, review: Deps
) -> None:
    editor = opened_editor(slack, GENERAL)
    replies.set_template(review, GENERAL, WORDING, PRACTICE_ADMIN)  # elsewhere, meanwhile
    assert type_text(slack, editor, "Hi, call {{ practice.phone }} or fax {{ fax }}").is_success
    update = slack.api.calls_to("views.update")[-1]
    assert (update.params["view_id"], update.params["hash"]) == (editor["id"], editor["hash"])
    redrawn = shown(slack.api)
    # Same block_id, action_id and initial value, even after a save elsewhere: Slack keeps
    # what the admin typed.
    assert source_input(redrawn) == source_input(editor)
    assert "unknown variable 'fax'" in text_of(redrawn)
    assert "Saving is blocked" in text_of(redrawn)


def test_a_medical_reply_without_the_disclaimer_shows_its_rendering_and_the_problem(
    slack: Slack,
) -> None:
    editor = opened_editor(slack, MEDICAL)
    type_text(slack, editor, "Please call {{ practice.phone }} about that.")
    preview = text_of(shown(slack.api))
    assert ">Please call 555-0100 about that." in preview
    assert "x comment, open" in preview
    assert "disclaimer" in preview.lower() and "Saving is blocked" in preview


def test_a_sandbox_escape_in_the_preview_is_a_problem_not_a_crash(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    editor = opened_editor(slack, GENERAL)
    with caplog.at_level(logging.ERROR):
        assert type_text(slack, editor, "{{ ''.__class__.__mro__ }}").is_success
    preview = text_of(shown(slack.api))
    assert "unsafe" in preview and "Saving is blocked" in preview
    assert not [r for r in caplog.records if "failed" in r.getMessage()]


def test_a_preview_based_on_a_view_changed_since_is_dropped(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    editor = opened_editor(slack, GENERAL)
    type_text(slack, editor, "Call {{ practice.phone }}.")
    with caplog.at_level(logging.ERROR):
        type_text(slack, editor, "Call {{ practice.phone }}")  # sent before the first redraw
    [conflict] = [c for c in slack.api.calls_to("views.update", ok=False) if not c.ok]
    assert conflict.error == "hash_conflict"
    assert ">Call 555-0100." in text_of(shown(slack.api))
    assert not [r for r in caplog.records if "failed" in r.getMessage()]


# --- saving and rolling back ------------------------------------------------------------------


def test_saving_adds_a_version_by_the_admin_that_the_next_draft_uses(
    slack: Slack, review: Deps, messages: Inbox
) -> None:
    answer = save(slack, opened_editor(slack, GENERAL), WORDING, note="friendlier")
    assert answer["response_action"] == "update"
    assert "version 1 of general.en.j2 is in use" in text_of(answer["view"])
    source, history = replies.show_template(review, GENERAL)
    assert source == WORDING
    assert [(v.version, v.created_by, v.note) for v in history] == [
        (1, PRACTICE_ADMIN, "friendlier")
    ]
    messages.card(HOURS)
    card = json.dumps(slack.api.posts()[-1].params["blocks"])
    assert "Thank you for writing to Test Clinic! Please call us at 555-0100." in card
    change = next(e for e in records.audit_log(review) if e.subject == f"template:{GENERAL}")
    assert (change.actor, change.after["version"]) == (PRACTICE_ADMIN, 1)


def test_a_save_the_checks_block_keeps_the_modal_open_and_saves_nothing(
    slack: Slack, review: Deps
) -> None:
    editor = opened_editor(slack, GENERAL)
    answer = save(slack, editor, "Take 400 mg of ibuprofen and call {{ practice.phone }}.")
    assert answer["response_action"] == "errors"
    [(block_id, error)] = answer["errors"].items()
    assert block_id == source_input(editor)["block_id"]
    assert "not saved" in error and "dose" in error
    assert replies.show_template(review, GENERAL)[1] == []


def test_someone_else_saving_is_refused_in_the_modal(slack: Slack, review: Deps) -> None:
    answer = save(slack, opened_editor(slack, GENERAL), WORDING, user=FRONT_DESK)
    assert answer["response_action"] == "errors"
    assert "may not manage-templates" in next(iter(answer["errors"].values()))
    assert replies.show_template(review, GENERAL)[1] == []
    assert refusals(review) == [f"{FRONT_DESK} template"]


def test_roll_back_puts_the_previous_wording_in_the_editor_and_in_use(
    slack: Slack, review: Deps
) -> None:
    replies.set_template(review, GENERAL, WORDING, PRACTICE_ADMIN)
    newer = WORDING.replace("Thank you", "Thanks")
    replies.set_template(review, GENERAL, newer, PRACTICE_ADMIN)
    editor = opened_editor(slack, GENERAL)
    assert source_input(editor)["element"]["initial_value"] == newer
    roll_back(slack, editor)
    redrawn = shown(slack.api)
    # A new block_id, so Slack shows the restored wording instead of what was in the field.
    field = source_input(redrawn)
    assert field["block_id"] != source_input(editor)["block_id"]
    assert field["element"]["initial_value"] == WORDING
    assert "Rolled back (rollback to version 1): version 3 is in use" in text_of(redrawn)
    source, history = replies.show_template(review, GENERAL)
    assert source == WORDING and history[-1].created_by == PRACTICE_ADMIN


def test_the_bundled_file_offers_no_roll_back(slack: Slack) -> None:
    editor = opened_editor(slack, GENERAL)
    assert blocks.TEMPLATE_ROLLBACK not in text_of(editor)
    assert "Never changed: the bundled file." in text_of(editor)
