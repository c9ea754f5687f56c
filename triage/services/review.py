"""Staff decisions: approve (then send), ignore, relabel."""

from __future__ import annotations

from triage.domain.errors import IllegalTransition, TriageError, UnsafeReply
from triage.domain.model import (
    Action,
    Classification,
    DecisionSource,
    Label,
    Message,
    Proposal,
    ProposalState,
)
from triage.domain.policy import Finding, ReplyContext, Severity, check_reply, stopping
from triage.domain.ports import UnitOfWork
from triage.domain.roles import Permission
from triage.services import (
    Deps,
    crisis_in,
    crisis_of,
    record,
    snapshot,
    stored_id,
    subject,
)
from triage.services.sending import send


def approve(
    deps: Deps,
    proposal_id: int,
    actor: str,
    text: str | None = None,
    override: str | None = None,
) -> Proposal:
    """Approve the draft (or an edit) after the policy check, or a physician's override of it."""
    _require_roles(deps, actor, text, override)
    now = deps.clock.now()
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
        final = text if text is not None else proposal.reply_text
        _require_reply(proposal, final)
        overridden = _require_safe(deps, proposal, message, final, override)
        before = snapshot(proposal)
        proposal.approve(actor, now, edited_text=text)
        _claim_decision(uow, proposal_id, proposal.state, "approve")
        uow.proposals.save(proposal)
        record(uow, now, actor, "approve", subject(proposal), before, snapshot(proposal))
        if overridden:
            codes = [f.code for f in overridden]  # codes only: messages quote the reply
            after = {"reason": override, "findings": codes}
            record(uow, now, actor, "override", subject(proposal), {}, after)
        uow.commit()
    return send(deps, proposal_id)


def _require_roles(deps: Deps, actor: str, text: str | None, override: str | None) -> None:
    deps.roles.require(actor, Permission.EDIT if text is not None else Permission.APPROVE)
    if override is not None:
        deps.roles.require(actor, Permission.OVERRIDE)
        if not override.strip():
            raise TriageError("an override needs a reason: say why this reply is safe to send")


def _claim_decision(uow: UnitOfWork, proposal_id: int, target: ProposalState, action: str) -> None:
    """Two people deciding at once: only one conditional update wins; the other learns who won."""
    if not uow.proposals.claim(proposal_id, ProposalState.PROPOSED, target):
        current = uow.proposals.get(proposal_id)
        raise IllegalTransition(proposal_id, current.state, action, current.decided_by or "")


def _require_reply(proposal: Proposal, final: str) -> None:
    if proposal.action is not Action.REPLY and not final.strip():
        advice = "mute the thread" if proposal.action is Action.MUTE else "ignore it"
        raise IllegalTransition(proposal.id, f"a {proposal.action} proposal", f"send; {advice}")


def _require_safe(
    deps: Deps, proposal: Proposal, message: Message, text: str, override: str | None
) -> list[Finding]:
    """The blocks an override lets through (none without one); anything else stops the reply."""
    findings = check_reply(text, reply_context(deps, proposal.label, message))
    stopped = stopping(findings, override is not None)
    if stopped:
        raise UnsafeReply(proposal.id, [f.message for f in stopped])
    return [f for f in findings if f.severity is Severity.BLOCK]


def reply_context(deps: Deps, label: Label, message: Message) -> ReplyContext:
    return ReplyContext(
        facts=deps.facts,
        inbound_text=message.text,
        author_handle=message.author_handle,
        max_length=message.platform.reply_limit(message.kind),
        requires_disclaimer=label is Label.MEDICAL_QUESTION,
        screen=deps.reply_screen,
    )


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
