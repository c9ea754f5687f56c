from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.fakes.ports import START, make_message
from tests.fakes.slack_api import message_error, view_error
from triage.domain.model import (
    Action,
    Classification,
    DecisionSource,
    Digest,
    Label,
    MessageKind,
    Platform,
    Proposal,
    ProposalState,
    QueueItem,
    QueueStatus,
)
from triage.slack import blocks

HUGE = "Call me at 555-867-5309 or jane.doe@example.com about my MRN 12345678. " * 400


def item(
    text: str = "what are your hours?",
    label: Label = Label.GENERAL,
    action: Action = Action.REPLY,
    reply: str = "Please call Test Clinic at 555-0100.",
) -> QueueItem:
    message = replace(
        make_message("m1", text, platform=Platform.X, kind=MessageKind.MENTION),
        id=7,
        permalink="https://x.com/someone/status/1",
    )
    proposal = Proposal(7, label, action, reply, f"{label}.en.j2", START, id=3)
    scores = {lab: 0.25 for lab in Label}
    decided = Classification(label, 0.55, scores, "m-1", DecisionSource.MODEL, uncertain=True)
    return QueueItem(proposal, message, decided)


def flat(body: list[dict[str, object]] | dict[str, object]) -> str:
    return json.dumps(body)


def test_a_card_for_a_huge_message_stays_within_slacks_limits() -> None:
    huge = item(HUGE, reply="x" * 9_000)
    card = blocks.proposal_card(huge, masked=False)
    assert message_error({"text": blocks.card_text(huge), "blocks": card}) is None
    assert len(flat(card)) < 6_000
    assert any(b.get("action_id") == blocks.FULL_TEXT for b in card[-1]["elements"])  # type: ignore[union-attr]


def test_the_full_text_modal_and_the_edit_modal_stay_within_limits() -> None:
    huge = item(HUGE)
    assert view_error(blocks.full_text_modal(huge, masked=False)) is None
    assert view_error(blocks.edit_modal(huge, masked=False, channel="C1")) is None
    assert (
        view_error(blocks.edit_modal(huge, masked=False, channel="C1", may_override=True)) is None
    )


def test_masking_hides_emails_phone_numbers_and_digits() -> None:
    card = flat(blocks.proposal_card(item(HUGE[:200] + " born 1984"), masked=True))
    for shown in ("555-867-5309", "jane.doe@example.com", "12345678", "1984"):
        assert shown not in card
    assert "[phone]" in card and "[email]" in card and "born ####" in card


def test_patient_text_cannot_ping_the_channel() -> None:
    pinging = item("<!channel> hello <@U123ABCDEF>")
    pinging = replace(pinging, message=replace(pinging.message, author_handle="<!here>"))
    card = blocks.proposal_card(pinging, masked=False)
    mrkdwn = [t for t in _text_objects(card) if t["type"] == "mrkdwn"]
    for pinged in ("<!here>", "<!channel>", "<@U123ABCDEF>"):
        assert not any(pinged in t["text"] for t in mrkdwn)
    # The message itself is plain_text, which Slack never parses for mentions.
    body = {"type": "plain_text", "text": pinging.message.text, "emoji": False}
    assert body in _text_objects(card)


def _text_objects(node: object) -> list[dict[str, str]]:
    if isinstance(node, dict):
        found = [node] if node.get("type") in ("mrkdwn", "plain_text") else []
        return found + [t for value in node.values() for t in _text_objects(value)]
    if isinstance(node, list):
        return [t for value in node for t in _text_objects(value)]
    return []


def test_the_notification_line_carries_no_patient_text() -> None:
    text = blocks.card_text(item("my husband has crushing chest pain"), "<!here>")
    assert text == "<!here> :speech_balloon: general waiting for review: proposal #3 (x)"


def test_the_card_shows_label_confidence_who_decided_and_doubt() -> None:
    headline = flat(blocks.proposal_card(item(), masked=False)[0])
    assert "GENERAL" in headline and "0.55" in headline
    assert "model m-1" in headline and "uncertain" in headline


def test_doubt_from_an_unread_language_says_so() -> None:
    unread = item("vocês abrem no sábado?")
    unread = replace(unread, message=replace(unread.message, lang="pt"))
    assert "not English or Spanish" in flat(blocks.proposal_card(unread, masked=False)[0])
    assert "not English or Spanish" not in flat(blocks.proposal_card(item(), masked=False)[0])


def test_a_card_offers_every_action_and_no_approve_without_a_reply() -> None:
    ids = [e["action_id"] for e in blocks.proposal_card(item(), masked=False)[-1]["elements"]]  # type: ignore[index]
    assert ids == [blocks.APPROVE, blocks.EDIT, blocks.RELABEL, blocks.IGNORE, blocks.MUTE]
    troll = item("you idiot", Label.TROLL, Action.MUTE, reply="")
    ids = [e["action_id"] for e in blocks.proposal_card(troll, masked=False)[-1]["elements"]]  # type: ignore[index]
    assert blocks.APPROVE not in ids


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        (ProposalState.SENT, "Reply sent"),
        (ProposalState.IGNORED, "Ignored"),
        (ProposalState.FAILED, "Sending failed"),
    ],
)
def test_an_outcome_card_says_who_did_what_and_has_no_buttons(
    state: ProposalState, shown: str
) -> None:
    decided = item()
    decided.proposal.state = state
    decided.proposal.decided_by = "UFRONTDESK1"
    decided.proposal.decided_at = START + timedelta(minutes=3)
    card = blocks.card(decided, masked=False)
    assert not any(block["type"] == "actions" for block in card)
    assert shown in flat(card) and "<@UFRONTDESK1>" in flat(card)
    assert f"<!date^{int(decided.proposal.decided_at.timestamp())}^" in flat(card)


def test_a_digest_of_thousands_is_one_short_message() -> None:
    digest = Digest(9, {Label.TROLL: 20, Label.GENERAL: 4_980}, [item(HUGE)] * 5, START)
    card = blocks.digest_card(digest, masked=True)
    assert message_error({"text": blocks.digest_text(digest), "blocks": card}) is None
    assert "5000 message(s)" in blocks.digest_text(digest)
    assert [e["action_id"] for e in card[-1]["elements"]] == [  # type: ignore[index]
        blocks.DIGEST_IGNORE,
        blocks.DIGEST_MUTE,
    ]


def test_the_status_text_has_the_figures() -> None:
    status = QueueStatus(
        {Label.EMERGENCY: 1, Label.GENERAL: 3}, START, 2, 0, START + timedelta(minutes=75)
    )
    text = blocks.status_text(status)
    assert "4 waiting" in text and "Emergencies open: 1" in text and "1 h 15 min" in text
    assert "nobody knows" not in text
    assert "went out: 2" in blocks.status_text(replace(status, sends_unknown=2))


def test_an_unknown_send_asks_staff_what_the_platform_shows() -> None:
    unsure = item()
    unsure.proposal.state = ProposalState.UNKNOWN
    unsure.proposal.failure_reason = "the platform did not confirm the reply (timed out)"
    card = blocks.card(unsure, masked=False)
    assert message_error({"text": blocks.card_text(unsure), "blocks": card}) is None
    assert [e["action_id"] for e in card[-1]["elements"]] == [  # type: ignore[index]
        blocks.CONFIRM_SENT,
        blocks.CONFIRM_NOT_SENT,
    ]
    assert "timed out" in flat(card) and "did it go out" in flat(card)


def test_a_rate_limited_send_shows_when_it_is_tried_again() -> None:
    waiting = item()
    waiting.proposal.state = ProposalState.APPROVED
    waiting.proposal.retry_at = START + timedelta(minutes=15)
    card = blocks.card(waiting, masked=False)
    assert "Next try" in flat(card) and not any(b["type"] == "actions" for b in card)


def test_every_mute_option_says_how_long_and_hiding_is_only_for_troll_comments() -> None:
    def mute_options(queued: QueueItem) -> list[dict[str, object]]:
        actions = blocks.proposal_card(queued, masked=False)[-1]["elements"]  # type: ignore[index]
        [menu] = [e for e in actions if e["action_id"] == blocks.MUTE]
        return list(menu["options"])

    texts = [str(o["text"]["text"]) for o in mute_options(item())]  # type: ignore[index]
    assert texts and all(("hours" in t or "days" in t or "until unmuted" in t) for t in texts)
    troll = item("you idiot", Label.TROLL, Action.MUTE, reply="")
    assert any(str(o["value"]).endswith(":hide") for o in mute_options(troll))
    dm = replace(troll, message=replace(troll.message, kind=MessageKind.DM))
    assert not any(str(o["value"]).endswith(":hide") for o in mute_options(dm))
