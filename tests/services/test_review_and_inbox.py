from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fakes.ports import FakeClassifier, FakeConnector, FakeReplyScreen, make_message
from triage.domain.errors import (
    IllegalTransition,
    NotAllowed,
    SendRejected,
    TriageError,
    UnsafeReply,
)
from triage.domain.language import OTHER
from triage.domain.model import (
    Action,
    Batch,
    DecisionSource,
    Label,
    MessageKind,
    Platform,
    ProposalState,
    Rejected,
)
from triage.services import Deps, inbox, records, review, sending


def load(connector: FakeConnector, *texts: str, stream: str = "comments") -> None:
    messages = [make_message(f"m{i}", text, thread_id=f"t{i}") for i, text in enumerate(texts)]
    connector.pages[stream] = [messages]


def only_pending(deps: Deps) -> int:
    [item] = inbox.pending(deps)
    assert item.proposal.id is not None
    return item.proposal.id


def test_replaying_the_same_inbox_stores_every_message_once(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "hours?", "parking?")
    first = inbox.poll(deps, "acct")
    connector.pages["comments"].append(connector.pages["comments"][0])  # redelivered page
    second = inbox.poll(deps, "acct")
    assert (first.stored, second.fetched, second.stored) == (2, 2, 0)
    assert len(inbox.pending(deps)) == 2


def test_an_empty_first_page_still_keeps_its_cursor(deps: Deps, connector: FakeConnector) -> None:
    # Bug: the cursor row refers to the account's row, which only the first stored message
    # made; a quiet account's first poll failed writing the cursor the platform gave it.
    deps.account_platforms = {"acct": "facebook"}
    connector.pages["comments"] = [[], [make_message("m1", "hours?")]]
    assert inbox.poll(deps, "acct").stored == 0
    assert inbox.poll(deps, "acct").stored == 1


def test_a_restart_resumes_from_the_stored_cursor(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "hours?")
    inbox.poll(deps, "acct")
    classifier = deps.classifier
    assert isinstance(classifier, FakeClassifier)
    inbox.poll(deps, "acct")
    assert len(classifier.calls) == 1  # the second pass saw nothing new


def test_the_cursor_is_not_advanced_when_storing_fails(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "hours?")

    class Broken(FakeClassifier):
        def predict(self, texts):  # type: ignore[no-untyped-def]
            raise RuntimeError("model crashed")

    deps.classifier = Broken()
    with pytest.raises(RuntimeError):
        inbox.poll(deps, "acct")
    deps.classifier = FakeClassifier()
    assert inbox.poll(deps, "acct").stored == 1


def test_emergencies_come_first_in_the_queue(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "what are your hours", "my dose question", "please help me now")
    inbox.poll(deps, "acct")
    labels = [item.proposal.label for item in inbox.pending(deps)]
    assert labels == [Label.EMERGENCY, Label.MEDICAL_QUESTION, Label.GENERAL]


def test_the_safety_net_raises_a_calm_prediction_to_emergency(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "my husband has crushing chest pain right now")
    inbox.poll(deps, "acct")
    [item] = inbox.pending(deps)
    assert item.classification.label is Label.EMERGENCY
    assert item.classification.source is DecisionSource.RULE
    assert "911" in item.proposal.reply_text


def test_self_harm_gets_the_crisis_line(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "i am going to kill myself tonight")
    inbox.poll(deps, "acct")
    [item] = inbox.pending(deps)
    assert item.classification.crisis
    assert "988" in item.proposal.reply_text


def test_low_confidence_is_marked_uncertain(deps: Deps, connector: FakeConnector) -> None:
    deps.classifier = FakeClassifier(confidence=0.4)
    load(connector, "hmm")
    inbox.poll(deps, "acct")
    [item] = inbox.pending(deps)
    assert item.proposal.uncertain


@pytest.mark.parametrize(
    ("text", "lang"),
    [("我胸口很痛 请问今天可以看医生吗", ""), ("vocês abrem no sábado?", "pt")],
)
def test_a_message_the_model_cannot_read_is_marked_uncertain(
    deps: Deps, connector: FakeConnector, text: str, lang: str
) -> None:
    connector.pages["comments"] = [[replace(make_message("m1", text), lang=lang)]]
    inbox.poll(deps, "acct")
    [item] = inbox.pending(deps)
    assert item.message.lang == (lang or OTHER)
    assert item.proposal.uncertain and item.classification.uncertain
    assert item.classification.confidence == 0.9  # the model was sure; the language is the doubt


def test_a_message_in_english_or_spanish_is_not(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "what are your hours", "¿a qué hora abren el sábado?")
    inbox.poll(deps, "acct")
    assert not any(item.proposal.uncertain for item in inbox.pending(deps))


def test_approving_sends_the_draft_once(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    sent = review.approve(deps, proposal_id, "alex")
    assert sent.state is ProposalState.SENT
    with pytest.raises(IllegalTransition, match="already sent by alex"):
        review.approve(deps, proposal_id, "sam")
    assert len(connector.sent) == 1


def test_sending_an_already_claimed_proposal_does_nothing(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    review.approve(deps, proposal_id, "alex")
    again = sending.send(deps, proposal_id)
    assert again.state is ProposalState.SENT
    assert len(connector.sent) == 1


def test_an_ignored_proposal_cannot_be_approved(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    review.ignore(deps, proposal_id, "alex")
    with pytest.raises(IllegalTransition, match="already ignored"):
        review.approve(deps, proposal_id, "alex")
    assert connector.sent == []


def test_an_edited_reply_is_sent_and_the_template_kept(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    text = "Thanks for asking! Please call Test Clinic at 555-0100 for our hours."
    proposal = review.approve(deps, proposal_id, "alex", text=text)
    assert proposal.edited_text == text and proposal.template_text != text
    assert connector.sent == [("m0", text)]


def test_an_unsafe_edit_is_refused_and_nothing_is_sent(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "my dose question")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    with pytest.raises(UnsafeReply):
        review.approve(deps, proposal_id, "alex", text="You should take 800 mg of ibuprofen.")
    assert connector.sent == []
    assert inbox.pending(deps)[0].proposal.state is ProposalState.PROPOSED


def test_a_platform_failure_ends_in_failed_with_the_reason(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    connector.send_failures = [SendRejected("comment was deleted")]
    proposal = review.approve(deps, only_pending(deps), "alex")
    assert proposal.state is ProposalState.FAILED
    assert proposal.failure_reason == "comment was deleted"


def test_a_troll_proposal_is_a_mute_and_cannot_be_sent(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "you idiot")
    inbox.poll(deps, "acct")
    [item] = inbox.pending(deps)
    assert item.proposal.action is Action.MUTE and item.proposal.reply_text == ""
    with pytest.raises(IllegalTransition, match="mute the thread"):
        review.approve(deps, item.proposal.id or 0, "alex")


def test_relabelling_redrafts_and_keeps_the_correction(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "you idiot")
    inbox.poll(deps, "acct")
    proposal = review.relabel(deps, only_pending(deps), Label.GENERAL, "alex")
    assert proposal.action is Action.REPLY and "555-0100" in proposal.reply_text
    with deps.new_uow() as uow:
        assert uow.classifications.corrections() == [("you idiot", Label.GENERAL)]


def test_every_state_change_is_audited(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    review.approve(deps, only_pending(deps), "alex")
    actions = [(e.actor, e.action) for e in records.audit_log(deps)]
    assert actions == [
        ("triage", "propose"),
        ("alex", "approve"),
        ("triage", "send-start"),
        ("triage", "sent"),
    ]


def test_a_dm_is_answered_privately(deps: Deps, connector: FakeConnector) -> None:
    connector.pages["dms"] = [[make_message("d1", "hours?", kind=MessageKind.DM)]]
    inbox.poll(deps, "acct")
    review.approve(deps, only_pending(deps), "alex")
    assert connector.sent[0][0] == "d1"


def test_an_unparseable_item_is_quarantined_and_the_poll_goes_on(
    deps: Deps, connector: FakeConnector
) -> None:
    bad = Rejected("acct", "comments", "missing 'from'", {"id": "c9"}, external_id="c9")

    class WithRejects(FakeConnector):
        def fetch(self, stream: str, cursor: str | None) -> Batch:
            batch = super().fetch(stream, cursor)
            return Batch(batch.messages, batch.next_cursor, [bad] if batch.messages else [])

    odd = WithRejects(pages={"comments": [[make_message("m1", "hours?")]]})
    deps.connectors = {"acct": odd}
    assert inbox.poll(deps, "acct").stored == 1
    with deps.new_uow() as uow:
        assert uow.quarantine.count("acct") == 1


def test_our_own_reply_echoed_back_is_not_queued(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    review.approve(deps, only_pending(deps), "alex")
    echo = make_message("reply-1", "Thank you for your message!", thread_id="t0")
    connector.pages["comments"].append([echo])
    assert inbox.poll(deps, "acct").stored == 0
    assert inbox.pending(deps) == []


def test_the_same_message_twice_in_one_page_is_stored_once(
    deps: Deps, connector: FakeConnector
) -> None:
    twice = make_message("m1", "hours?")
    connector.pages["comments"] = [[twice, twice]]
    assert inbox.poll(deps, "acct").stored == 1


UNSAFE = "Thanks for asking. It is safe to take 400 mg of ibuprofen with it. Not medical advice."


def test_a_physician_overrides_a_blocked_reply_and_the_override_is_audited(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "my dose question")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    reason = "Our pharmacist confirmed this is the label dose; patient asked publicly."
    sent = review.approve(deps, proposal_id, "dr.lee", text=UNSAFE, override=reason)
    assert sent.state is ProposalState.SENT and connector.sent == [("m0", UNSAFE)]
    override = next(e for e in records.audit_log(deps) if e.action == "override")
    assert (override.actor, override.subject) == ("dr.lee", f"proposal:{proposal_id}")
    assert override.after["reason"] == reason
    assert "medical_advice.dose" in override.after["findings"]


def test_an_edit_the_learned_screen_flags_is_refused_unless_overridden(
    deps: Deps, connector: FakeConnector
) -> None:
    deps.reply_screen = FakeReplyScreen("Hang in there")
    load(connector, "my knee hurts")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    soft = "So sorry to hear that. Hang in there and call 555-0100 on Monday."
    with pytest.raises(UnsafeReply, match="learned check"):
        review.approve(deps, proposal_id, "alex", text=soft)
    assert connector.sent == []
    review.approve(deps, proposal_id, "dr.lee", text=soft, override="General comfort advice.")
    assert connector.sent == [("m0", soft)]


def test_front_desk_cannot_override_and_nothing_is_sent(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "my dose question")
    inbox.poll(deps, "acct")
    proposal_id = only_pending(deps)
    with pytest.raises(NotAllowed, match="may not override"):
        review.approve(deps, proposal_id, "alex", text=UNSAFE, override="I am sure")
    assert connector.sent == [] and inbox.pending(deps)[0].proposal.is_pending


def test_an_override_needs_a_reason(deps: Deps, connector: FakeConnector) -> None:
    load(connector, "my dose question")
    inbox.poll(deps, "acct")
    with pytest.raises(TriageError, match="needs a reason"):
        review.approve(deps, only_pending(deps), "dr.lee", text=UNSAFE, override="  ")


def test_nothing_overrides_a_reply_too_long_for_the_platform(
    deps: Deps, connector: FakeConnector
) -> None:
    connector.pages["comments"] = [
        [make_message("x1", "hours?", thread_id="t", platform=Platform.X)]
    ]
    inbox.poll(deps, "acct")
    too_long = "Please call Test Clinic at 555-0100. " * 10
    with pytest.raises(UnsafeReply, match="Too long"):
        review.approve(deps, only_pending(deps), "dr.lee", text=too_long, override="urgent")
    assert connector.sent == []


def test_an_override_of_a_safe_reply_overrides_nothing(
    deps: Deps, connector: FakeConnector
) -> None:
    load(connector, "what are your hours")
    inbox.poll(deps, "acct")
    review.approve(deps, only_pending(deps), "dr.lee", override="just in case")
    assert "override" not in [e.action for e in records.audit_log(deps)]
