from __future__ import annotations

import pytest

from tests.fakes.ports import START
from triage.domain.errors import IllegalTransition
from triage.domain.model import Action, Draft, Label, Proposal, ProposalState


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
