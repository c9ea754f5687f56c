"""The use cases: ingest, classify, propose, approve, ignore, relabel, (un)mute, send."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from triage.domain.decision import decide
from triage.domain.errors import ConnectorError, IllegalTransition, NotFound, UnsafeReply
from triage.domain.language import detect_language
from triage.domain.model import (
    Action,
    AuditEntry,
    Classification,
    DecisionSource,
    Label,
    Message,
    Mute,
    Proposal,
    ProposalState,
    QueueItem,
    queue_order,
)
from triage.domain.policy import PracticeFacts, ReplyContext, check_reply, is_blocked
from triage.domain.ports import Classifier, Clock, Connector, Templates, UnitOfWork
from triage.domain.roles import Permission, RoleBook
from triage.domain.safety_net import scan

log = logging.getLogger(__name__)
MAX_PAGES_PER_POLL = 50
SYSTEM = "triage"


@dataclass
class Deps:
    """Everything a use case may touch, built once at the entry point."""

    new_uow: Callable[[], UnitOfWork]
    connectors: Mapping[str, Connector]
    classifier: Classifier
    templates: Templates
    clock: Clock
    roles: RoleBook
    facts: PracticeFacts
    uncertain_below: float = 0.6
    default_language: str = "en"


@dataclass
class PollReport:
    account_id: str
    fetched: int = 0
    stored: int = 0
    by_label: dict[str, int] = field(default_factory=dict)


def poll(deps: Deps, account_id: str) -> PollReport:
    """Fetch every stream of one account; each page is stored with its cursor in one commit."""
    connector = _connector(deps, account_id)
    report = PollReport(account_id)
    for stream in connector.streams:
        for _ in range(MAX_PAGES_PER_POLL):
            if not _poll_page(deps, account_id, connector, stream, report):
                break
    return report


def _poll_page(
    deps: Deps, account_id: str, connector: Connector, stream: str, report: PollReport
) -> bool:
    with deps.new_uow() as uow:
        cursor = uow.cursors.get(account_id, stream)
    batch = connector.fetch(stream, cursor)
    with deps.new_uow() as uow:
        stored = ingest(deps, uow, batch.messages)
        uow.cursors.set(account_id, stream, batch.next_cursor)
        uow.commit()
    report.fetched += len(batch.messages)
    report.stored += len(stored)
    for classification in stored:
        report.by_label[classification.label] = report.by_label.get(classification.label, 0) + 1
    return bool(batch.messages) and batch.next_cursor != cursor


def ingest(deps: Deps, uow: UnitOfWork, messages: Sequence[Message]) -> list[Classification]:
    """Store new messages once, classify them and draft proposals; duplicates are skipped."""
    now = deps.clock.now()
    fresh: list[Message] = []
    for message in messages:
        uow.accounts.ensure(message.account_id, message.platform.value, now)
        stored = uow.messages.add(_with_language(deps, message), now)
        if stored is not None:
            fresh.append(stored)
    if not fresh:
        return []
    classifications = classify(deps, fresh)
    for message, classification in zip(fresh, classifications, strict=True):
        uow.classifications.add(classification)
        _propose(deps, uow, message, classification)
    return classifications


def classify(deps: Deps, messages: Sequence[Message]) -> list[Classification]:
    decisions = classify_texts(deps, [m.text for m in messages])
    return [replace(c, message_id=_id(m)) for m, c in zip(messages, decisions, strict=True)]


def classify_texts(deps: Deps, texts: Sequence[str]) -> list[Classification]:
    """The label the pipeline would give each text: model, then safety net, then doubt."""
    predictions = deps.classifier.predict(texts)
    now = deps.clock.now()
    return [
        decide(prediction, scan(text), deps.uncertain_below, now)
        for text, prediction in zip(texts, predictions, strict=True)
    ]


def _propose(deps: Deps, uow: UnitOfWork, message: Message, c: Classification) -> None:
    now = deps.clock.now()
    if any(mute.covers(message, now) for mute in uow.mutes.active(message.account_id, now)):
        _audit(uow, now, SYSTEM, "skip-muted", f"message:{message.id}", {}, {"label": c.label})
        return
    draft = deps.templates.draft(c.label, message.lang, message, _crisis(c))
    proposal = Proposal(
        message_id=_id(message),
        label=c.label,
        action=draft.action,
        template_text=draft.text,
        template_name=draft.template,
        created_at=now,
        uncertain=c.uncertain,
    )
    uow.proposals.add(proposal)
    _audit(uow, now, SYSTEM, "propose", _subject(proposal), {}, _state(proposal))


def pending(deps: Deps) -> list[QueueItem]:
    """The review queue: emergencies first, then oldest first."""
    with deps.new_uow() as uow:
        items = uow.proposals.queue([ProposalState.PROPOSED])
    return sorted(items, key=queue_order)


def approve(deps: Deps, proposal_id: int, actor: str, text: str | None = None) -> Proposal:
    """Approve the draft (or staff's edit of it) after the policy check, then send it."""
    deps.roles.require(actor, Permission.EDIT if text is not None else Permission.APPROVE)
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
        final = text if text is not None else proposal.reply_text
        _require_reply(proposal, final)
        _require_safe(deps, proposal, message, final)
        before = _state(proposal)
        proposal.approve(actor, deps.clock.now(), edited_text=text)
        uow.proposals.save(proposal)
        _audit(
            uow, deps.clock.now(), actor, "approve", _subject(proposal), before, _state(proposal)
        )
        uow.commit()
    return send(deps, proposal_id)


def _require_reply(proposal: Proposal, final: str) -> None:
    if proposal.action is not Action.REPLY and not final.strip():
        advice = "mute the thread" if proposal.action is Action.MUTE else "ignore it"
        raise IllegalTransition(proposal.id, f"a {proposal.action} proposal", f"send; {advice}")


def _require_safe(deps: Deps, proposal: Proposal, message: Message, text: str) -> None:
    findings = check_reply(text, reply_context(deps, proposal.label, message))
    if is_blocked(findings):
        raise UnsafeReply(proposal.id, [f.message for f in findings if f.severity == "block"])


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
        _audit(uow, deps.clock.now(), SYSTEM, "send-start", _subject(proposal), {}, {})
        uow.commit()
    try:
        external_id = _connector(deps, message.account_id).reply(message, proposal.reply_text)
    except ConnectorError as error:
        log.warning("proposal %s: send failed: %s", proposal_id, error)
        reason = str(error)
        return _finish_send(deps, proposal_id, lambda p: p.mark_failed(reason))
    return _finish_send(deps, proposal_id, lambda p: p.mark_sent(external_id))


def _finish_send(deps: Deps, proposal_id: int, outcome: Callable[[Proposal], None]) -> Proposal:
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = _state(proposal)
        outcome(proposal)
        uow.proposals.save(proposal)
        _audit(
            uow,
            deps.clock.now(),
            SYSTEM,
            proposal.state,
            _subject(proposal),
            before,
            _state(proposal),
        )
        uow.commit()
    return proposal


def ignore(deps: Deps, proposal_id: int, actor: str) -> Proposal:
    deps.roles.require(actor, Permission.IGNORE)
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        before = _state(proposal)
        proposal.ignore(actor, deps.clock.now())
        uow.proposals.save(proposal)
        _audit(uow, deps.clock.now(), actor, "ignore", _subject(proposal), before, _state(proposal))
        uow.commit()
    return proposal


def relabel(deps: Deps, proposal_id: int, label: Label, actor: str) -> Proposal:
    """Staff correct the label: the reply is re-drafted and the correction kept for training."""
    deps.roles.require(actor, Permission.RELABEL)
    now = deps.clock.now()
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
        before = _state(proposal)
        correction = Classification(
            label,
            1.0,
            {label: 1.0},
            "staff",
            DecisionSource.STAFF,
            crisis=_crisis_in(message),
            reason=f"relabelled by {actor}",
            created_at=now,
            message_id=_id(message),
        )
        proposal.redraft(
            label, deps.templates.draft(label, message.lang, message, _crisis(correction))
        )
        uow.classifications.add(correction)
        uow.proposals.save(proposal)
        _audit(uow, now, actor, "relabel", _subject(proposal), before, _state(proposal))
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
            _audit(uow, now, actor, "mute", f"thread:{account_id}:{thread_id}", {}, after)
        ignored = _ignore_thread(uow, thread_id, actor, now)
        uow.commit()
    return ignored


def _ignore_thread(uow: UnitOfWork, thread_id: str, actor: str, now: datetime) -> list[Proposal]:
    ignored = []
    for item in uow.proposals.queue([ProposalState.PROPOSED]):
        if item.message.thread_id == thread_id:
            before = _state(item.proposal)
            item.proposal.ignore(actor, now)
            uow.proposals.save(item.proposal)
            _audit(
                uow, now, actor, "ignore", _subject(item.proposal), before, _state(item.proposal)
            )
            ignored.append(item.proposal)
    return ignored


def unmute_thread(deps: Deps, thread_id: str, actor: str) -> int:
    deps.roles.require(actor, Permission.MUTE)
    now = deps.clock.now()
    with deps.new_uow() as uow:
        removed = 0
        for account_id in uow.messages.accounts_with_thread(thread_id):
            count = uow.mutes.remove_thread(account_id, thread_id)
            if count:
                _audit(uow, now, actor, "unmute", f"thread:{account_id}:{thread_id}", {}, {})
            removed += count
        uow.commit()
    return removed


def audit_log(deps: Deps, since: datetime | None = None) -> list[AuditEntry]:
    with deps.new_uow() as uow:
        return uow.audit.entries(since)


def _with_language(deps: Deps, message: Message) -> Message:
    if message.lang:
        return message
    return replace(message, lang=detect_language(message.text, deps.default_language))


def _crisis(c: Classification) -> bool | None:
    """Known when the safety net decided; unknown (None) when only a model or a person did."""
    if c.label is not Label.EMERGENCY:
        return False
    if c.crisis:
        return True
    return False if c.source is DecisionSource.RULE else None


def _crisis_in(message: Message) -> bool:
    hit = scan(message.text)
    return hit is not None and hit.crisis


def _connector(deps: Deps, account_id: str) -> Connector:
    try:
        return deps.connectors[account_id]
    except KeyError:
        raise NotFound(f"no connected account {account_id!r}") from None


def _id(message: Message) -> int:
    if message.id is None:
        raise NotFound("message has not been stored")
    return message.id


def _subject(proposal: Proposal) -> str:
    return f"proposal:{proposal.id}"


def _state(proposal: Proposal) -> dict[str, object]:
    return {
        "state": proposal.state.value,
        "label": proposal.label.value,
        "action": proposal.action.value,
        "edited": proposal.edited_text is not None,
    }


def _audit(
    uow: UnitOfWork,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    before: Mapping[str, object],
    after: Mapping[str, object],
) -> None:
    uow.audit.append(AuditEntry(actor, action, subject, at, dict(before), dict(after)))
