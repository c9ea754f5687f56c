"""Staff decisions: approve and send exactly once, ignore, relabel, mute and unmute."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from triage.domain.errors import ConnectorError, IllegalTransition, NotFound, UnsafeReply
from triage.domain.model import (
    Action,
    Classification,
    DecisionSource,
    Label,
    Message,
    Mute,
    Proposal,
    ProposalState,
)
from triage.domain.policy import ReplyContext, Severity, check_reply, is_blocked
from triage.domain.ports import UnitOfWork
from triage.domain.roles import Permission
from triage.services import (
    SYSTEM,
    Deps,
    connector_for,
    crisis_in,
    crisis_of,
    record,
    snapshot,
    stored_id,
    subject,
)

log = logging.getLogger(__name__)


def approve(deps: Deps, proposal_id: int, actor: str, text: str | None = None) -> Proposal:
    """Approve the draft (or staff's edit of it) after the policy check, then send it."""
    deps.roles.require(actor, Permission.EDIT if text is not None else Permission.APPROVE)
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
        final = text if text is not None else proposal.reply_text
        _require_reply(proposal, final)
        _require_safe(deps, proposal, message, final)
        before = snapshot(proposal)
        proposal.approve(actor, deps.clock.now(), edited_text=text)
        _claim_decision(uow, proposal_id, proposal.state, "approve")
        uow.proposals.save(proposal)
        record(
            uow, deps.clock.now(), actor, "approve", subject(proposal), before, snapshot(proposal)
        )
        uow.commit()
    return send(deps, proposal_id)


def _claim_decision(uow: UnitOfWork, proposal_id: int, target: ProposalState, action: str) -> None:
    """Two people deciding at once: only one conditional update wins; the other learns who won."""
    if not uow.proposals.claim(proposal_id, ProposalState.PROPOSED, target):
        current = uow.proposals.get(proposal_id)
        raise IllegalTransition(proposal_id, current.state, action, current.decided_by or "")


def _require_reply(proposal: Proposal, final: str) -> None:
    if proposal.action is not Action.REPLY and not final.strip():
        advice = "mute the thread" if proposal.action is Action.MUTE else "ignore it"
        raise IllegalTransition(proposal.id, f"a {proposal.action} proposal", f"send; {advice}")


def _require_safe(deps: Deps, proposal: Proposal, message: Message, text: str) -> None:
    findings = check_reply(text, reply_context(deps, proposal.label, message))
    if is_blocked(findings):
        raise UnsafeReply(
            proposal.id, [f.message for f in findings if f.severity is Severity.BLOCK]
        )


def reply_context(deps: Deps, label: Label, message: Message) -> ReplyContext:
    return ReplyContext(
        facts=deps.facts,
        inbound_text=message.text,
        author_handle=message.author_handle,
        max_length=message.platform.reply_limit(message.kind),
        requires_disclaimer=label is Label.MEDICAL_QUESTION,
    )


def send(deps: Deps, proposal_id: int) -> Proposal:
    """Send an approved reply once: claim it first, so a second caller finds it taken."""
    with deps.new_uow() as uow:
        if not uow.proposals.claim(proposal_id, ProposalState.APPROVED, ProposalState.SENDING):
            return uow.proposals.get(proposal_id)
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
        record(uow, deps.clock.now(), SYSTEM, "send-start", subject(proposal), {}, {})
        uow.commit()
    try:
        external_id = connector_for(deps, message.account_id).reply(message, proposal.reply_text)
    except ConnectorError as error:
        log.warning("proposal %s: send failed: %s", proposal_id, error)
        reason = str(error)
        return _finish_send(deps, proposal_id, lambda p: p.mark_failed(reason))
    return _finish_send(deps, proposal_id, lambda p: p.mark_sent(external_id))


def _finish_send(deps: Deps, proposal_id: int, outcome: Callable[[Proposal], None]) -> Proposal:
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = snapshot(proposal)
        outcome(proposal)
        uow.proposals.save(proposal)
        record(
            uow,
            deps.clock.now(),
            SYSTEM,
            proposal.state,
            subject(proposal),
            before,
            snapshot(proposal),
        )
        uow.commit()
    return proposal


def ignore(deps: Deps, proposal_id: int, actor: str) -> Proposal:
    deps.roles.require(actor, Permission.IGNORE)
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = snapshot(proposal)
        proposal.ignore(actor, deps.clock.now())
        _claim_decision(uow, proposal_id, proposal.state, "ignore")
        uow.proposals.save(proposal)
        record(
            uow, deps.clock.now(), actor, "ignore", subject(proposal), before, snapshot(proposal)
        )
        uow.commit()
    return proposal


def relabel(deps: Deps, proposal_id: int, label: Label, actor: str) -> Proposal:
    """Staff correct the label: the reply is re-drafted and the correction kept for training."""
    deps.roles.require(actor, Permission.RELABEL)
    now = deps.clock.now()
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
        before = snapshot(proposal)
        correction = Classification(
            label,
            1.0,
            {label: 1.0},
            "staff",
            DecisionSource.STAFF,
            crisis=crisis_in(message),
            reason=f"relabelled by {actor}",
            created_at=now,
            message_id=stored_id(message),
        )
        proposal.redraft(
            label, deps.templates.draft(label, message.lang, message, crisis_of(correction), now)
        )
        # Still undecided? The no-op claim also holds the row, so an approval cannot interleave.
        _claim_decision(uow, proposal_id, ProposalState.PROPOSED, "relabel")
        uow.classifications.add(correction)
        uow.proposals.save(proposal)
        record(uow, now, actor, "relabel", subject(proposal), before, snapshot(proposal))
        uow.commit()
    return proposal


def mute_thread(
    deps: Deps, thread_id: str, actor: str, until: datetime | None = None
) -> list[Proposal]:
    """Mute a thread on every account it appears in; its pending proposals are ignored."""
    deps.roles.require(actor, Permission.MUTE)
    now = deps.clock.now()
    with deps.new_uow() as uow:
        accounts = uow.messages.accounts_with_thread(thread_id)
        if not accounts:
            raise NotFound(f"no stored message belongs to thread {thread_id}")
        for account_id in accounts:
            uow.mutes.add(Mute(account_id, thread_id, None, actor, now, until))
            after = {"until": until.isoformat() if until else "unmuted"}
            record(uow, now, actor, "mute", f"thread:{account_id}:{thread_id}", {}, after)
        ignored = _ignore_thread(uow, thread_id, actor, now)
        uow.commit()
    return ignored


def _ignore_thread(uow: UnitOfWork, thread_id: str, actor: str, now: datetime) -> list[Proposal]:
    ignored = []
    for item in uow.proposals.queue([ProposalState.PROPOSED], thread_id=thread_id):
        proposal = item.proposal
        # Someone may be approving this one right now: only an undecided proposal is ignored.
        claimed = uow.proposals.claim(
            item_id(proposal), ProposalState.PROPOSED, ProposalState.IGNORED
        )
        if not claimed:
            continue
        before = snapshot(proposal)
        proposal.ignore(actor, now)
        uow.proposals.save(proposal)
        record(uow, now, actor, "ignore", subject(proposal), before, snapshot(proposal))
        ignored.append(proposal)
    return ignored


def unmute_thread(deps: Deps, thread_id: str, actor: str) -> int:
    deps.roles.require(actor, Permission.MUTE)
    now = deps.clock.now()
    with deps.new_uow() as uow:
        removed = 0
        for account_id in uow.messages.accounts_with_thread(thread_id):
            count = uow.mutes.remove_thread(account_id, thread_id)
            if count:
                record(uow, now, actor, "unmute", f"thread:{account_id}:{thread_id}", {}, {})
            removed += count
        uow.commit()
    return removed


def item_id(proposal: Proposal) -> int:
    if proposal.id is None:
        raise NotFound("proposal has not been stored")
    return proposal.id
