from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from tests.fakes.ports import FakeConnector, FixedClock
from tests.fakes.server import fixture
from tests.fakes.slack_api import (
    EMERGENCY,
    FRONT_DESK,
    NOBODY,
    PHYSICIAN,
    QUEUE,
    FakeSlackApi,
    web_client,
)
from tests.slack.conftest import Card, Inbox, InlineExecutor, Slack, interactive, serving, sign
from triage.domain.errors import ConnectorError
from triage.domain.model import Label, Message, ProposalState
from triage.services import Deps, inbox, notify, records
from triage.slack import blocks
from triage.slack.listeners.payloads import link_target
from triage.slack.listeners.serving import build_app, manifest, socket_mode

HOURS = "what are your hours on saturday"


def updates(api: FakeSlackApi, card: Card) -> list[dict[str, Any]]:
    return [
        c.params
        for c in api.calls_to("chat.update")
        if (c.params["channel"], c.params["ts"]) == (card.channel, card.ts)
    ]


def last_blocks(api: FakeSlackApi, card: Card) -> list[dict[str, Any]]:
    return list(updates(api, card)[-1]["blocks"])


def has_buttons(body: list[dict[str, Any]]) -> bool:
    return any(block["type"] == "actions" for block in body)


def text_of(body: list[dict[str, Any]]) -> str:
    return json.dumps(body)


def state_of(review: Deps, proposal_id: int) -> ProposalState:
    with review.new_uow() as uow:
        return uow.proposals.get(proposal_id).state


def refusals(review: Deps) -> list[str]:
    return [
        f"{e.actor} {e.after['action']}" for e in records.audit_log(review) if e.action == "refused"
    ]


# --- request verification --------------------------------------------------------------------


def test_our_signing_matches_slacks_documented_example() -> None:
    example = fixture("slack/signature/slash_command_signed_request.json")
    headers = sign(
        example["body"], int(example["x_slack_request_timestamp"]), example["signing_secret"]
    )
    assert headers["X-Slack-Signature"] == example["x_slack_signature"]


def test_a_signed_slash_command_is_answered(slack: Slack) -> None:
    response = slack.command(FRONT_DESK, "help")
    assert response.status_code == 200
    assert "/triage status" in response.text  # ack(text=...): only the user sees it


def test_a_bad_signature_is_refused(slack: Slack) -> None:
    body = interactive({"type": "block_actions"})
    assert slack.send(body, secret="not-the-secret").status_code == 401


def test_a_stale_timestamp_is_refused(slack: Slack) -> None:
    body = interactive({"type": "block_actions"})
    ten_minutes_ago = int(time.time()) - 600
    assert slack.send(body, timestamp=ten_minutes_ago).status_code == 401


def test_socket_mode_envelopes_reach_the_listeners_without_signatures(
    review: Deps, api: FakeSlackApi
) -> None:
    app = build_app(review, web_client(api), "", masked=False, executor=InlineExecutor())
    handler = socket_mode(app, "xapp-test")
    envelope = fixture("slack/socket_mode/envelope_slash_commands.json")
    envelope["payload"].update(command="/triage", text="help")
    answered = SocketAnswers()
    try:
        handler.handle(answered, SocketModeRequest.from_dict(envelope))  # type: ignore[arg-type]
    finally:
        handler.close()
    [response] = answered.sent
    assert response.envelope_id == envelope["envelope_id"]
    assert "/triage status" in response.payload["text"]


class SocketAnswers:
    """The part of slack_sdk's SocketModeClient that the handler answers through."""

    logger = logging.getLogger("tests.socket_mode")

    def __init__(self) -> None:
        self.sent: list[SocketModeResponse] = []

    def send_socket_mode_response(self, response: SocketModeResponse) -> None:
        self.sent.append(response)


# --- the card's buttons -------------------------------------------------------------------------


def test_approve_sends_once_and_the_card_shows_who_sent_it(
    slack: Slack, messages: Inbox, connector: FakeConnector, review: Deps
) -> None:
    card = messages.card(HOURS)
    response = slack.click(FRONT_DESK, blocks.APPROVE, str(card.proposal_id), card)
    assert response.status_code == 200
    assert len(connector.sent) == 1
    final = last_blocks(slack.api, card)
    assert not has_buttons(final)
    assert f"<@{FRONT_DESK}>" in text_of(final) and "Reply sent" in text_of(final)
    assert state_of(review, card.proposal_id) is ProposalState.SENT


def test_a_retried_delivery_sends_once_and_says_who_acted(
    slack: Slack, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    slack.click(FRONT_DESK, blocks.APPROVE, str(card.proposal_id), card)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    again = slack.click(FRONT_DESK, blocks.APPROVE, str(card.proposal_id), card, headers=retry)
    assert again.status_code == 200
    assert len(connector.sent) == 1
    assert f"already sent by <@{FRONT_DESK}>" in slack.api.answers()[-1]["text"]


def test_two_people_approving_at_once_send_one_reply_and_the_second_learns_who(
    slack: Slack, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    start = threading.Barrier(2)
    results: dict[str, int] = {}

    def approve(user: str) -> None:
        start.wait()
        results[user] = slack.click(user, blocks.APPROVE, str(card.proposal_id), card).status_code

    threads = [threading.Thread(target=approve, args=(u,)) for u in (FRONT_DESK, PHYSICIAN)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {FRONT_DESK: 200, PHYSICIAN: 200}
    assert len(connector.sent) == 1
    [loser] = [user for user in (FRONT_DESK, PHYSICIAN) if slack.api.answers(user)]
    winner = PHYSICIAN if loser == FRONT_DESK else FRONT_DESK
    [told] = slack.api.answers(loser)
    assert told["response_type"] == "ephemeral"
    assert "already" in told["text"] and f"by <@{winner}>" in told["text"]


def test_the_ack_does_not_wait_for_the_reply_to_be_sent(
    review: Deps, api: FakeSlackApi, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    release = threading.Event()
    blocked = BlockingConnector(connector, release)
    review.connectors = {"acct": blocked}
    executor = ThreadPoolExecutor(max_workers=2)
    with serving(review, api, executor) as slack:
        response = slack.click(FRONT_DESK, blocks.APPROVE, str(card.proposal_id), card)
        assert response.status_code == 200
        assert connector.sent == []  # acked while the platform call is still waiting
        release.set()
        executor.shutdown(wait=True)
    assert len(connector.sent) == 1


class BlockingConnector:
    """A platform that answers only when the test says so."""

    def __init__(self, inner: FakeConnector, release: threading.Event) -> None:
        self._inner, self._release = inner, release
        self.streams = inner.streams

    def reply(self, message: Message, text: str) -> str:
        assert self._release.wait(10), "the test never released the send"
        return self._inner.reply(message, text)


def test_a_send_the_platform_never_confirmed_asks_staff_and_is_sent_once(
    slack: Slack, messages: Inbox, connector: FakeConnector, review: Deps
) -> None:
    card = messages.card(HOURS)
    connector.send_failures = [ConnectorError("account acct: Graph POST timed out")]
    slack.click(FRONT_DESK, blocks.APPROVE, str(card.proposal_id), card)
    asking = text_of(last_blocks(slack.api, card))
    assert state_of(review, card.proposal_id) is ProposalState.UNKNOWN
    assert blocks.CONFIRM_SENT in asking and blocks.CONFIRM_NOT_SENT in asking
    assert "timed out" in asking and connector.sent == []
    slack.click(NOBODY, blocks.CONFIRM_NOT_SENT, str(card.proposal_id), card)
    assert connector.sent == [] and refusals(review) == [f"{NOBODY} confirm"]
    slack.click(PHYSICIAN, blocks.CONFIRM_NOT_SENT, str(card.proposal_id), card)
    slack.click(FRONT_DESK, blocks.CONFIRM_SENT, str(card.proposal_id), card)
    assert len(connector.sent) == 1
    assert "already sent" in slack.api.answers(FRONT_DESK)[-1]["text"]
    final = last_blocks(slack.api, card)
    assert not has_buttons(final) and "Reply sent" in text_of(final)


def test_ignore_closes_the_card(slack: Slack, messages: Inbox, review: Deps) -> None:
    card = messages.card(HOURS)
    slack.click(FRONT_DESK, blocks.IGNORE, str(card.proposal_id), card)
    final = last_blocks(slack.api, card)
    assert not has_buttons(final) and "Ignored" in text_of(final)
    assert state_of(review, card.proposal_id) is ProposalState.IGNORED


def test_change_label_redrafts_in_place_and_keeps_the_correction(
    slack: Slack, messages: Inbox, review: Deps
) -> None:
    card = messages.card("a question about my dose of something")
    slack.choose_label(FRONT_DESK, card, Label.GENERAL.value)
    redrawn = text_of(last_blocks(slack.api, card))
    assert "GENERAL" in redrawn and f"<@{FRONT_DESK}>" in redrawn
    assert has_buttons(last_blocks(slack.api, card))  # still pending: approve the new draft
    with review.new_uow() as uow:
        assert uow.classifications.corrections()[-1][1] is Label.GENERAL


def test_front_desk_may_not_mute_the_refusal_is_ephemeral_and_audited(
    slack: Slack, messages: Inbox, review: Deps
) -> None:
    card = messages.card(HOURS)
    slack.choose_mute(FRONT_DESK, card, "thread", 24)
    [told] = slack.api.answers()
    assert told["response_type"] == "ephemeral" and "may not mute" in told["text"]
    assert refusals(review) == [f"{FRONT_DESK} mute"]
    assert state_of(review, card.proposal_id) is ProposalState.PROPOSED


def test_someone_with_no_role_cannot_approve(
    slack: Slack, messages: Inbox, review: Deps, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    slack.click(NOBODY, blocks.APPROVE, str(card.proposal_id), card)
    assert connector.sent == []
    assert refusals(review) == [f"{NOBODY} approve"]
    assert "no role" in slack.api.answers()[-1]["text"]


def test_a_physician_mutes_the_thread_and_the_card_says_so(
    slack: Slack, messages: Inbox, review: Deps
) -> None:
    card = messages.card(HOURS, thread="one-thread")
    other = messages.card("are you open on sunday", thread="one-thread")
    slack.choose_mute(PHYSICIAN, card, "thread", 7 * 24)
    for each in (card, other):
        assert state_of(review, each.proposal_id) is ProposalState.IGNORED
    assert "thread muted until 2026-11-27 09:00 UTC" in text_of(last_blocks(slack.api, card))


def test_a_physician_mutes_a_troll_author_and_hides_the_comment(
    slack: Slack, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card("a question from a rude person")
    slack.choose_label(FRONT_DESK, card, Label.TROLL.value)  # trolls only get cards when unsure
    [menu] = [
        b for b in last_blocks(slack.api, card)[-1]["elements"] if b["action_id"] == blocks.MUTE
    ]
    assert any(option["value"].endswith(":hide") for option in menu["options"])
    slack.choose_mute(PHYSICIAN, card, "author", None, hide=True)
    assert connector.hidden == ["m1"]
    note = text_of(last_blocks(slack.api, card))
    assert "author muted until unmuted, 1 comment(s) hidden" in note


def test_edit_opens_a_modal_prefilled_with_the_draft(slack: Slack, messages: Inbox) -> None:
    card = messages.card(HOURS)
    slack.click(FRONT_DESK, blocks.EDIT, str(card.proposal_id), card)
    [opened] = slack.api.calls_to("views.open")
    view = opened.params["view"]
    [field] = [b for b in view["blocks"] if b["type"] == "input"]
    assert "555-0100" in field["element"]["initial_value"]
    meta = json.loads(view["private_metadata"])
    assert meta == {"proposal": card.proposal_id, "channel": card.channel}


def test_a_blocked_edit_shows_the_policy_findings_in_the_modal(
    slack: Slack, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    unsafe = "Take 800mg of ibuprofen and call Jane Smith at 555-0199."
    response = slack.submit_edit(FRONT_DESK, card, unsafe)
    answer = response.json()
    assert answer["response_action"] == "errors"
    assert "dose" in answer["errors"][blocks.EDIT_BLOCK]
    assert connector.sent == []


DOSE = "Thanks for asking. It is safe to take 400 mg of ibuprofen with it."


def test_the_edit_modal_offers_an_override_to_physicians_only(
    slack: Slack, messages: Inbox
) -> None:
    card = messages.card(HOURS)
    slack.click(FRONT_DESK, blocks.EDIT, str(card.proposal_id), card)
    slack.click(PHYSICIAN, blocks.EDIT, str(card.proposal_id), card)
    desk_view, doctor_view = (c.params["view"] for c in slack.api.calls_to("views.open"))
    assert blocks.OVERRIDE_BLOCK not in text_of(desk_view["blocks"])
    assert blocks.OVERRIDE_BLOCK in text_of(doctor_view["blocks"])


def test_a_physician_overrides_a_blocked_edit_with_a_reason(
    slack: Slack, messages: Inbox, connector: FakeConnector, review: Deps
) -> None:
    card = messages.card(HOURS)
    response = slack.submit_edit(PHYSICIAN, card, DOSE, override="Label dose, asked publicly")
    assert response.status_code == 200 and response.text == ""
    assert connector.sent == [("m1", DOSE)]
    override = next(e for e in records.audit_log(review) if e.action == "override")
    assert override.actor == PHYSICIAN and override.after["reason"] == "Label dose, asked publicly"


def test_front_desk_cannot_override_even_by_crafting_the_form(
    slack: Slack, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    answer = slack.submit_edit(FRONT_DESK, card, DOSE, override="trust me").json()
    assert answer["response_action"] == "errors"
    assert "may not override" in answer["errors"][blocks.EDIT_BLOCK]
    assert connector.sent == []


def test_an_accepted_edit_is_sent_as_written(
    slack: Slack, messages: Inbox, connector: FakeConnector
) -> None:
    card = messages.card(HOURS)
    edited = "Thank you! Please call Test Clinic at 555-0100 and we will help."
    assert slack.submit_edit(FRONT_DESK, card, edited).status_code == 200
    assert connector.sent == [("m1", edited)]
    assert not has_buttons(last_blocks(slack.api, card))


def test_a_long_message_is_clipped_on_the_card_and_whole_in_a_modal(
    slack: Slack, messages: Inbox
) -> None:
    long_text = "what are your hours " + "and more words " * 400
    card = messages.card(long_text)
    posted = slack.api.posts()[-1].params["blocks"]
    assert long_text not in text_of(posted)
    slack.click(FRONT_DESK, blocks.FULL_TEXT, str(card.proposal_id), card)
    [opened] = slack.api.calls_to("views.open")
    shown = "".join(b["text"]["text"] for b in opened.params["view"]["blocks"][1:])
    assert shown == long_text


# --- digests, /triage and App Home --------------------------------------------------------------


def digest_card(api: FakeSlackApi) -> Card:
    post = next(p for p in api.posts(QUEUE) if p.params["text"].startswith(":package:"))
    actions = next(b for b in post.params["blocks"] if b["type"] == "actions")
    post_id = int(actions["block_id"].split(":")[1])
    return Card(QUEUE, post.response["ts"], post_id)


def test_a_digest_ignores_all_at_once(
    slack: Slack, messages: Inbox, review: Deps, clock: FixedClock
) -> None:
    for text in ("you idiot", "idiot again", "idiots all"):
        messages.arrive(text)
    notify.tend(review)
    digest = digest_card(slack.api)
    slack.click(FRONT_DESK, blocks.DIGEST_IGNORE, str(digest.proposal_id), digest)
    assert inbox.pending(review) == []
    final = last_blocks(slack.api, digest)
    assert "3 ignored" in text_of(final) and not has_buttons(final)


def test_a_digest_mutes_troll_threads_for_physicians_only(
    slack: Slack, messages: Inbox, review: Deps
) -> None:
    messages.arrive("you idiot", thread="t-a")
    messages.arrive("idiot again", thread="t-b")
    notify.tend(review)
    digest = digest_card(slack.api)
    slack.click(FRONT_DESK, blocks.DIGEST_MUTE, str(digest.proposal_id), digest)
    assert len(inbox.pending(review)) == 2
    slack.click(PHYSICIAN, blocks.DIGEST_MUTE, str(digest.proposal_id), digest)
    assert inbox.pending(review) == []
    assert "2 troll thread(s) muted" in text_of(last_blocks(slack.api, digest))


def test_slash_status_counts_the_queue(slack: Slack, messages: Inbox) -> None:
    messages.card("please help me now")
    messages.card(HOURS)
    assert slack.command(FRONT_DESK, "status").status_code == 200
    status = slack.api.answers()[-1]["text"]
    assert "2 waiting" in status and "Emergencies open: 1" in status


def test_slash_mute_and_unmute_take_a_pasted_link(
    slack: Slack, messages: Inbox, review: Deps
) -> None:
    messages.arrive("you idiot", thread="thread-x")
    [troll] = inbox.pending(review)
    slack.command(PHYSICIAN, "mute <https://fb.test/p/1>")
    assert "for how long?" in slack.api.answers()[-1]["text"]
    slack.command(PHYSICIAN, "mute <https://fb.test/p/1> 7d")
    told = slack.api.answers()[-1]["text"]
    assert "Thread muted until 2026-11-27 09:00 UTC; 1 pending" in told
    assert state_of(review, troll.proposal.id or 0) is ProposalState.IGNORED
    slack.command(PHYSICIAN, "unmute https://fb.test/p/1")
    assert "1 mute(s) lifted" in slack.api.answers()[-1]["text"]
    slack.command(PHYSICIAN, "mute https://fb.test/p/1 soon")
    assert "is not a duration" in slack.api.answers()[-1]["text"]


def test_slash_mute_is_refused_to_front_desk(slack: Slack, messages: Inbox, review: Deps) -> None:
    messages.arrive("you idiot")
    slack.command(FRONT_DESK, "mute https://fb.test/p/1 until-unmuted")
    assert "may not mute" in slack.api.answers()[-1]["text"]
    assert refusals(review) == [f"{FRONT_DESK} mute"]


def test_app_home_shows_the_figures_and_my_recent_actions(slack: Slack, messages: Inbox) -> None:
    card = messages.card(HOURS)
    slack.click(FRONT_DESK, blocks.IGNORE, str(card.proposal_id), card)
    assert slack.open_home(FRONT_DESK).status_code == 200
    [published] = slack.api.calls_to("views.publish")
    assert published.params["user_id"] == FRONT_DESK
    home = text_of(published.params["view"]["blocks"])
    assert "0 waiting" in home and f"ignore proposal:{card.proposal_id}" in home


# --- pure helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "link"),
    [
        ("<https://x.com/a/status/1>", "https://x.com/a/status/1"),
        ("<https://x.com/a/status/1|x.com/a>", "https://x.com/a/status/1"),
        ("  https://fb.test/p/2 ", "https://fb.test/p/2"),
    ],
)
def test_a_pasted_link_is_unwrapped(typed: str, link: str) -> None:
    assert link_target(typed) == link


def test_the_manifest_asks_for_exactly_what_the_app_uses() -> None:
    socket = manifest("triage", None, user_groups=False)
    assert socket["oauth_config"]["scopes"]["bot"] == ["chat:write", "commands"]
    assert socket["settings"]["socket_mode_enabled"] is True
    assert socket["settings"]["event_subscriptions"] == {"bot_events": ["app_home_opened"]}
    assert [c["command"] for c in socket["features"]["slash_commands"]] == ["/triage"]
    http = manifest("triage", "https://triage.example/slack/events", user_groups=True)
    assert http["settings"]["socket_mode_enabled"] is False
    assert http["settings"]["interactivity"]["request_url"].endswith("/slack/events")
    assert "usergroups:read" in http["oauth_config"]["scopes"]["bot"]


def test_emergency_cards_go_to_the_emergency_channel(slack: Slack, messages: Inbox) -> None:
    card = messages.card("please help me now")
    assert card.channel == EMERGENCY
