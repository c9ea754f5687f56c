"""Sending a reply exactly once, and recovering the sends a crash left half done.

The intent is committed before the platform is called (state sending, with the time) and the
platform's id after. A send that may have reached the platform (a timeout, a 5xx, a crash) is
never repeated by itself: it becomes unknown, and a person looks on the platform and says.
Only a send the platform refused to take yet (rate limited) is retried, with backoff.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from triage.domain.errors import (
    AuthExpired,
    ConnectorError,
    IllegalTransition,
    NotFound,
    RateLimited,
    SendRejected,
    TriageError,
)
from triage.domain.model import Message, Proposal, ProposalState, QueueItem, queue_order
from triage.domain.ports import Connector
from triage.domain.roles import Permission
from triage.services import SYSTEM, Deps, connector_for, record, snapshot, subject

log = logging.getLogger(__name__)
# A send rate limited this many times is given up, with the platform's reason.
MAX_ATTEMPTS = 5
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(minutes=30)
LONGEST_EXTERNAL_ID = 128
Outcome = Callable[[Proposal], None]
UNSETTLED = (ProposalState.UNKNOWN, ProposalState.SENDING, ProposalState.APPROVED)


@dataclass(frozen=True)
class Recovery:
    """What a recovery pass did: sends marked unknown, and sends made (retries, unclaimed)."""

    unknown: list[Proposal]
    sent: list[Proposal]


def send(deps: Deps, proposal_id: int) -> Proposal:
    """Send an approved reply once: claim it first, so a second caller finds it taken."""
    claimed = _claim(deps, proposal_id)
    if claimed is None:
        return current(deps, proposal_id)
    proposal, message, connector = claimed
    try:
        external_id = connector.reply(message, proposal.reply_text)
    except RateLimited as error:
        return _settle(deps, proposal_id, "retry-later", _after_rate_limit(deps, error))
    except (SendRejected, AuthExpired) as error:
        log.warning("proposal %s: the platform refused the reply: %s", proposal_id, error)
        refusal = str(error)
        return _settle(deps, proposal_id, "failed", lambda p: p.mark_failed(refusal))
    except ConnectorError as error:
        log.warning("proposal %s: the reply may have been posted: %s", proposal_id, error)
        reason = f"the platform did not confirm the reply ({error}); check before resending"
        return _settle(deps, proposal_id, "unknown", lambda p: p.mark_unknown(reason))
    return _settle(deps, proposal_id, "sent", lambda p: p.mark_sent(external_id))


def _claim(deps: Deps, proposal_id: int) -> tuple[Proposal, Message, Connector] | None:
    """Take the send (committed, with its time) before any platform call; None if not ours."""
    now = deps.clock.now()
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        if proposal.state is not ProposalState.APPROVED:
            return None
        message = uow.messages.get(proposal.message_id)
        connector = connector_for(deps, message.account_id)  # an unknown account stays approved
        before = snapshot(proposal)
        proposal.start_sending(now)
        if not uow.proposals.claim(proposal_id, ProposalState.APPROVED, ProposalState.SENDING):
            return None
        uow.proposals.save(proposal)
        record(uow, now, SYSTEM, "send-start", subject(proposal), before, send_snapshot(proposal))
        uow.commit()
    return proposal, message, connector


def current(deps: Deps, proposal_id: int) -> Proposal:
    with deps.new_uow() as uow:
        return uow.proposals.get(proposal_id)


def _after_rate_limit(deps: Deps, error: RateLimited) -> Outcome:
    """Nothing was posted: approved again after a backoff, or failed once attempts run out."""
    now = deps.clock.now()

    def outcome(proposal: Proposal) -> None:
        attempts = proposal.send_attempts
        if attempts >= MAX_ATTEMPTS:
            proposal.mark_failed(f"gave up after {attempts} attempts: {error}")
            return
        proposal.retry_later(str(error), max(error.resumes_at, now + backoff(attempts)))

    return outcome


def backoff(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def _settle(deps: Deps, proposal_id: int, action: str, outcome: Outcome) -> Proposal:
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = snapshot(proposal)
        outcome(proposal)
        uow.proposals.save(proposal)
        after = send_snapshot(proposal)
        record(uow, deps.clock.now(), SYSTEM, action, subject(proposal), before, after)
        uow.commit()
    log.info("proposal %s: %s (attempt %s)", proposal_id, proposal.state, proposal.send_attempts)
    return proposal


def send_snapshot(proposal: Proposal) -> dict[str, object]:
    """The audit's view of a send: ids, times and reasons, never the reply's text."""
    details = {
        "attempt": proposal.send_attempts,
        "external_id": proposal.sent_external_id,
        "reason": proposal.failure_reason,
        "retry_at": proposal.retry_at.isoformat() if proposal.retry_at else None,
    }
    return {**snapshot(proposal), **{k: v for k, v in details.items() if v is not None}}


# --- recovery ----------------------------------------------------------------------------------


def recover(deps: Deps) -> Recovery:
    """Sends left in sending too long become unknown; due retries and unclaimed sends go out."""
    now = deps.clock.now()
    cutoff = now - deps.stuck_send_after
    with deps.new_uow() as uow:
        stuck = uow.proposals.stuck_sends(cutoff)
        due = uow.proposals.due_sends(now, cutoff)
    unknown = [p for p in (_mark_stuck(deps, pid) for pid in stuck) if p is not None]
    sent = [p for p in (_send_due(deps, pid) for pid in due) if p is not None]
    return Recovery(unknown, sent)


def _mark_stuck(deps: Deps, proposal_id: int) -> Proposal | None:
    now = deps.clock.now()
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = snapshot(proposal)
        started = proposal.send_started_at
        since = f"since {started:%Y-%m-%d %H:%M} UTC" if started else "from before an upgrade"
        proposal.mark_unknown(f"the send was interrupted ({since}); check the platform")
        if not uow.proposals.claim(proposal_id, ProposalState.SENDING, ProposalState.UNKNOWN):
            return None  # it settled meanwhile
        uow.proposals.save(proposal)
        record(uow, now, SYSTEM, "unknown", subject(proposal), before, send_snapshot(proposal))
        uow.commit()
    log.warning("proposal %s: send interrupted; marked unknown for staff to check", proposal_id)
    return proposal


def _send_due(deps: Deps, proposal_id: int) -> Proposal | None:
    try:
        proposal = send(deps, proposal_id)
    except NotFound as error:
        # A disabled account: the proposal waits, approved, until it is connected again.
        log.warning("proposal %s: not sent: %s", proposal_id, error)
        return None
    return proposal if proposal.state is not ProposalState.APPROVED else None


def unsettled(deps: Deps) -> list[QueueItem]:
    """Approved replies not yet known to be out: unknown first (staff must look), then waiting."""
    with deps.new_uow() as uow:
        items = uow.proposals.queue(UNSETTLED)
    return sorted(items, key=lambda i: (UNSETTLED.index(i.proposal.state), queue_order(i)))


# --- staff confirm what the platform shows -------------------------------------------------------


def confirm_sent(
    deps: Deps, proposal_id: int, actor: str, external_id: str | None = None
) -> Proposal:
    """Staff found the reply on the platform: it is sent (with its id or link, when known)."""
    deps.roles.require(actor, Permission.APPROVE)
    if external_id is not None and len(external_id) > LONGEST_EXTERNAL_ID:
        raise TriageError(f"the platform id is longer than {LONGEST_EXTERNAL_ID} characters")
    return _confirm(deps, proposal_id, actor, "confirm-sent", lambda p: p.confirm_sent(external_id))


def confirm_not_sent(deps: Deps, proposal_id: int, actor: str) -> Proposal:
    """Staff found nothing on the platform: approved again, and sent through the same claim."""
    deps.roles.require(actor, Permission.APPROVE)
    _confirm(deps, proposal_id, actor, "confirm-not-sent", lambda p: p.confirm_not_sent())
    return send(deps, proposal_id)


def _confirm(deps: Deps, proposal_id: int, actor: str, action: str, answer: Outcome) -> Proposal:
    now = deps.clock.now()
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = snapshot(proposal)
        answer(proposal)
        # Two people answering at once: the first answer stands, the second learns it.
        if not uow.proposals.claim(proposal_id, ProposalState.UNKNOWN, proposal.state):
            late = uow.proposals.get(proposal_id)
            raise IllegalTransition(proposal_id, late.state, action, late.decided_by or "")
        uow.proposals.save(proposal)
        record(uow, now, actor, action, subject(proposal), before, send_snapshot(proposal))
        uow.commit()
    return proposal
