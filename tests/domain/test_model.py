from __future__ import annotations

from datetime import timedelta

import pytest

from tests.fakes.ports import START, make_message
from triage.domain.errors import IllegalTransition, TriageError
from triage.domain.model import (
    Action,
    Draft,
    Label,
    Mute,
    Proposal,
    ProposalState,
    parse_duration,
)


def proposal(state: ProposalState = ProposalState.PROPOSED) -> Proposal:
    return Proposal(
        message_id=1,
        label=Label.GENERAL,
        action=Action.REPLY,
        template_text="Thanks!",
        template_name="general.en.j2",
        created_at=START,
        state=state,
        id=7,
    )


def test_approving_keeps_the_template_text_beside_the_edit() -> None:
    p = proposal()
    p.approve("alex", START, edited_text="Thanks, call us.")
    assert p.state is ProposalState.APPROVED
    assert (p.template_text, p.reply_text) == ("Thanks!", "Thanks, call us.")


def test_an_edit_identical_to_the_draft_is_not_recorded_as_an_edit() -> None:
    p = proposal()
    p.approve("alex", START, edited_text="Thanks!")
    assert p.edited_text is None


@pytest.mark.parametrize(
    "state", [ProposalState.APPROVED, ProposalState.SENT, ProposalState.IGNORED]
)
def test_a_decided_proposal_cannot_be_approved_again(state: ProposalState) -> None:
    p = proposal(state)
    with pytest.raises(IllegalTransition, match=f"already {state.value}"):
        p.approve("alex", START)


def test_the_refusal_names_who_decided_first() -> None:
    p = proposal()
    p.ignore("alex", START)
    with pytest.raises(IllegalTransition, match="by alex"):
        p.approve("sam", START)


def test_sent_and_failed_are_final() -> None:
    for final in (ProposalState.SENT, ProposalState.FAILED):
        p = proposal(final)
        with pytest.raises(IllegalTransition):
            p.mark_sent("x")
        with pytest.raises(IllegalTransition):
            p.mark_failed("x")


def test_only_a_sending_proposal_can_be_marked_sent() -> None:
    with pytest.raises(IllegalTransition):
        proposal(ProposalState.APPROVED).mark_sent("123")
    p = proposal(ProposalState.SENDING)
    p.mark_sent("123")
    assert (p.state, p.sent_external_id) == (ProposalState.SENT, "123")


def test_redraft_replaces_the_draft_and_drops_an_edit() -> None:
    p = proposal()
    p.edited_text = "old edit"
    p.redraft(Label.TROLL, Draft(Action.MUTE, "", "troll.en.j2"))
    assert (p.label, p.action, p.reply_text) == (Label.TROLL, Action.MUTE, "")


def test_a_decided_proposal_cannot_be_relabelled() -> None:
    with pytest.raises(IllegalTransition):
        proposal(ProposalState.SENT).redraft(Label.TROLL, Draft(Action.MUTE, "", "t"))


def test_emergencies_sort_first() -> None:
    assert sorted(Label, key=lambda label: label.priority)[0] is Label.EMERGENCY


def test_a_send_records_when_it_began_and_counts_attempts() -> None:
    p = proposal(ProposalState.APPROVED)
    p.start_sending(START)
    assert (p.state, p.send_started_at, p.send_attempts) == (ProposalState.SENDING, START, 1)


@pytest.mark.parametrize(
    "state", [ProposalState.SENDING, ProposalState.UNKNOWN, ProposalState.APPROVED]
)
def test_only_a_proposed_reply_can_be_approved(state: ProposalState) -> None:
    with pytest.raises(IllegalTransition, match=f"already {state.value}"):
        proposal(state).approve("alex", START)


def test_a_rate_limited_send_is_approved_again_with_a_time() -> None:
    p = proposal(ProposalState.SENDING)
    p.retry_later("rate limited", START)
    assert (p.state, p.retry_at, p.failure_reason) == (
        ProposalState.APPROVED,
        START,
        "rate limited",
    )
    with pytest.raises(IllegalTransition):
        proposal(ProposalState.UNKNOWN).retry_later("rate limited", START)


def test_an_unknown_send_is_settled_only_by_confirming() -> None:
    sent = proposal(ProposalState.UNKNOWN)
    sent.confirm_sent("https://x.com/clinic/status/1")
    assert (sent.state, sent.sent_external_id) == (
        ProposalState.SENT,
        "https://x.com/clinic/status/1",
    )
    again = proposal(ProposalState.UNKNOWN)
    again.failure_reason = "timed out"
    again.confirm_not_sent()
    assert (again.state, again.failure_reason) == (ProposalState.APPROVED, None)
    with pytest.raises(IllegalTransition):
        proposal(ProposalState.UNKNOWN).mark_failed("x")
    with pytest.raises(IllegalTransition):
        proposal(ProposalState.SENDING).confirm_not_sent()


def test_final_states_are_sent_failed_and_ignored() -> None:
    final = {s for s in ProposalState if s.is_final}
    assert final == {ProposalState.SENT, ProposalState.FAILED, ProposalState.IGNORED}


@pytest.mark.parametrize(
    ("typed", "span"),
    [("24h", timedelta(hours=24)), ("7d", timedelta(days=7)), (" 90D ", timedelta(days=90))],
)
def test_durations_are_read_as_people_type_them(typed: str, span: timedelta) -> None:
    assert parse_duration(typed) == span


@pytest.mark.parametrize("typed", ["", "0d", "forever", "7 weeks", "-1h"])
def test_a_duration_that_is_not_one_is_refused(typed: str) -> None:
    with pytest.raises(TriageError, match="not a duration"):
        parse_duration(typed)


def test_an_author_mute_covers_their_messages_on_that_account_only() -> None:
    muted = Mute("acct", None, "troll", "dr.lee", START, START + timedelta(days=1))
    assert muted.covers(make_message("m1", author_id="troll", thread_id="any"), START)
    assert not muted.covers(make_message("m2", author_id="kind"), START)
    assert not muted.covers(make_message("m3", author_id="troll", account_id="other"), START)
    assert not muted.covers(make_message("m4", author_id="troll"), START + timedelta(days=1))
    assert (muted.target, muted.ends) == ("author:acct:troll", "until 2026-11-21 09:00 UTC")
