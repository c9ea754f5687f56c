"""Sending exactly once: a crash at each step, retries, refusals, and staff confirming."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.fakes.ports import FakeConnector, FixedClock, make_message
from triage.domain.errors import (
    AuthExpired,
    ConnectorError,
    IllegalTransition,
    NotAllowed,
    RateLimited,
    SendRejected,
)
from triage.domain.model import ProposalState
from triage.domain.ports import UnitOfWork
from triage.services import Deps, inbox, records, review, sending

STUCK = timedelta(minutes=5, seconds=1)


class ProcessDied(BaseException):
    """Stands for the process being killed: nothing in triage catches it."""


def dies_at(deps: Deps, unit: int) -> Deps:
    """deps whose unit-th unit of work never starts: the process died just before it."""
    started = 0

    def new_uow() -> UnitOfWork:
        nonlocal started
        started += 1
        if started == unit:
            raise ProcessDied
        return deps.new_uow()

    return replace(deps, new_uow=new_uow)


@pytest.fixture
def proposal_id(deps: Deps, connector: FakeConnector) -> int:
    connector.pages["comments"] = [[make_message("m1", "what are your hours", thread_id="t1")]]
    inbox.poll(deps, "acct")
    [item] = inbox.pending(deps)
    return item.proposal.id or 0


def state(deps: Deps, proposal_id: int) -> ProposalState:
    return sending.current(deps, proposal_id).state


def actions(deps: Deps) -> list[str]:
    return [entry.action for entry in records.audit_log(deps)]


# --- a crash at each step ----------------------------------------------------------------------


def test_a_crash_before_the_claim_is_sent_once_by_recovery_and_not_before_the_wait(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    with pytest.raises(ProcessDied):
        review.approve(dies_at(deps, 2), proposal_id, "alex")  # 1: approve, 2: claim
    assert state(deps, proposal_id) is ProposalState.APPROVED
    assert sending.recover(deps) == sending.Recovery([], [])  # an approval may be mid-send
    clock.advance(minutes=6)
    [sent] = sending.recover(deps).sent
    assert sent.state is ProposalState.SENT
    sending.recover(deps)
    assert len(connector.sent) == 1


def test_a_crash_after_the_claim_before_the_platform_call_is_never_sent_blindly(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    connector.send_failures = [ProcessDied()]
    with pytest.raises(ProcessDied):
        review.approve(deps, proposal_id, "alex")
    assert state(deps, proposal_id) is ProposalState.SENDING
    assert sending.recover(deps).unknown == []  # too soon to tell it from a send in flight
    clock.advance(minutes=5, seconds=1)
    [unknown] = sending.recover(deps).unknown
    assert unknown.state is ProposalState.UNKNOWN and "interrupted" in (
        unknown.failure_reason or ""
    )
    clock.advance(hours=1)
    assert sending.recover(deps) == sending.Recovery([], [])
    assert connector.sent == []
    assert sending.confirm_not_sent(deps, proposal_id, "alex").state is ProposalState.SENT
    assert len(connector.sent) == 1


def test_a_crash_after_the_platform_posted_is_never_sent_again(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    with pytest.raises(ProcessDied):
        review.approve(dies_at(deps, 3), proposal_id, "alex")  # 3: recording the id
    assert len(connector.sent) == 1
    clock.advance(minutes=5, seconds=1)
    sending.recover(deps)
    assert state(deps, proposal_id) is ProposalState.UNKNOWN
    with pytest.raises(IllegalTransition, match="already unknown"):
        review.approve(deps, proposal_id, "sam")
    confirmed = sending.confirm_sent(deps, proposal_id, "alex", external_id="reply-1")
    assert (confirmed.state, confirmed.sent_external_id) == (ProposalState.SENT, "reply-1")
    assert len(connector.sent) == 1


def test_a_confirmed_reply_echoed_back_is_not_queued(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    connector.send_failures = [ConnectorError("Graph POST timed out")]
    review.approve(deps, proposal_id, "alex")
    sending.confirm_sent(deps, proposal_id, "alex", external_id="c-77")
    connector.pages["comments"].append([make_message("c-77", "Thanks!", thread_id="t1")])
    assert inbox.poll(deps, "acct").stored == 0


# --- what the platform says -----------------------------------------------------------------------


def test_a_timeout_becomes_unknown_and_is_never_resent_by_itself(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    connector.send_failures = [ConnectorError("account acct: Graph POST timed out")]
    proposal = review.approve(deps, proposal_id, "alex")
    assert proposal.state is ProposalState.UNKNOWN
    assert "timed out" in (proposal.failure_reason or "")
    clock.advance(days=1)
    sending.recover(deps)
    assert connector.sent == [] and state(deps, proposal_id) is ProposalState.UNKNOWN


def test_a_rate_limited_send_waits_for_the_backoff_then_goes_once(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    connector.send_failures = [RateLimited("acct", "POST", clock.now() + timedelta(seconds=10))]
    proposal = review.approve(deps, proposal_id, "alex")
    assert proposal.state is ProposalState.APPROVED
    assert proposal.retry_at == clock.now() + sending.FIRST_RETRY  # later than the platform's
    clock.advance(seconds=20)
    assert sending.recover(deps).sent == []
    clock.advance(seconds=11)
    [sent] = sending.recover(deps).sent
    assert (sent.state, sent.send_attempts, sent.failure_reason) == (ProposalState.SENT, 2, None)
    assert len(connector.sent) == 1
    assert actions(deps)[-4:] == ["send-start", "retry-later", "send-start", "sent"]


def test_the_platforms_resume_time_wins_over_a_shorter_backoff(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    resumes = clock.now() + timedelta(minutes=15)
    connector.send_failures = [RateLimited("acct", "POST", resumes)]
    assert review.approve(deps, proposal_id, "alex").retry_at == resumes


def test_a_send_rate_limited_every_time_fails_with_the_reason(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int
) -> None:
    limited = RateLimited("acct", "POST /2/tweets", clock.now())
    connector.send_failures = [limited] * sending.MAX_ATTEMPTS
    review.approve(deps, proposal_id, "alex")
    for _ in range(sending.MAX_ATTEMPTS):
        clock.advance(hours=1)
        sending.recover(deps)
    final = sending.current(deps, proposal_id)
    assert final.state is ProposalState.FAILED
    assert f"gave up after {sending.MAX_ATTEMPTS} attempts" in (final.failure_reason or "")
    assert "rate limited on POST /2/tweets" in (final.failure_reason or "")
    assert connector.sent == []


@pytest.mark.parametrize(
    "refusal",
    [
        SendRejected("the 24-hour messaging window closed at 2026-11-19 09:00 UTC"),
        SendRejected("Graph refused POST c1/comments: (#100) Object does not exist"),
        AuthExpired("acct", "Graph error 190/460: the session has been invalidated"),
    ],
)
def test_a_refused_send_fails_at_once_with_the_reason(
    deps: Deps, connector: FakeConnector, clock: FixedClock, proposal_id: int, refusal: Exception
) -> None:
    connector.send_failures = [refusal]
    proposal = review.approve(deps, proposal_id, "alex")
    assert (proposal.state, proposal.failure_reason) == (ProposalState.FAILED, str(refusal))
    clock.advance(days=1)
    sending.recover(deps)
    assert connector.sent == []


def test_an_account_no_longer_connected_leaves_the_send_approved(
    deps: Deps, clock: FixedClock, proposal_id: int
) -> None:
    with pytest.raises(ProcessDied):
        review.approve(dies_at(deps, 2), proposal_id, "alex")
    deps.connectors = {}
    clock.advance(minutes=6)
    assert sending.recover(deps).sent == []
    assert state(deps, proposal_id) is ProposalState.APPROVED


# --- staff confirm --------------------------------------------------------------------------------


@pytest.fixture
def unknown(deps: Deps, connector: FakeConnector, proposal_id: int) -> int:
    connector.send_failures = [ConnectorError("X POST /2/tweets failed: HTTP 503")]
    assert review.approve(deps, proposal_id, "alex").state is ProposalState.UNKNOWN
    return proposal_id


def test_the_second_answer_learns_the_first(deps: Deps, unknown: int) -> None:
    sending.confirm_sent(deps, unknown, "alex")
    with pytest.raises(IllegalTransition, match="already sent by alex"):
        sending.confirm_not_sent(deps, unknown, "dr.lee")


def test_only_an_unknown_send_can_be_confirmed(deps: Deps, proposal_id: int) -> None:
    with pytest.raises(IllegalTransition, match="already proposed"):
        sending.confirm_sent(deps, proposal_id, "alex")


def test_someone_with_no_role_cannot_confirm(deps: Deps, unknown: int) -> None:
    with pytest.raises(NotAllowed):
        sending.confirm_not_sent(deps, unknown, "stranger")


def test_confirmations_are_audited_with_who_and_what(deps: Deps, unknown: int) -> None:
    sending.confirm_sent(deps, unknown, "dr.lee", external_id="1790000000000000000")
    last = records.audit_log(deps)[-1]
    assert (last.actor, last.action) == ("dr.lee", "confirm-sent")
    assert last.before["state"] == "unknown"
    assert last.after["external_id"] == "1790000000000000000"


def test_unknown_sends_are_listed_first_among_the_unsettled(
    deps: Deps, connector: FakeConnector, clock: FixedClock, unknown: int
) -> None:
    connector.pages["comments"].append([make_message("m2", "parking?", thread_id="t2")])
    inbox.poll(deps, "acct")
    [waiting] = inbox.pending(deps)
    connector.send_failures = [RateLimited("acct", "POST", clock.now())]
    review.approve(deps, waiting.proposal.id or 0, "alex")
    states = [item.proposal.state for item in sending.unsettled(deps)]
    assert states == [ProposalState.UNKNOWN, ProposalState.APPROVED]
