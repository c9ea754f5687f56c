"""Inbound: poll the platforms, store each message once, classify it and draft a proposal."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from triage.domain.decision import decide
from triage.domain.language import detect_language, is_read
from triage.domain.model import (
    AuditEntry,
    Batch,
    Classification,
    Message,
    Proposal,
    ProposalState,
    QueueItem,
    queue_order,
)
from triage.domain.ports import Connector, UnitOfWork
from triage.domain.safety_net import scan
from triage.services import (
    SYSTEM,
    Deps,
    connector_for,
    crisis_of,
    mutes,
    record,
    snapshot,
    stored_id,
    subject,
)

log = logging.getLogger(__name__)
MAX_PAGES_PER_POLL = 50


@dataclass
class PollReport:
    account_id: str
    fetched: int = 0
    stored: int = 0
    by_label: dict[str, int] = field(default_factory=dict)


def poll(deps: Deps, account_id: str) -> PollReport:
    """Fetch every stream of one account; each page is stored with its cursor in one commit."""
    report = PollReport(account_id)
    for stream in connector_for(deps, account_id).streams:
        poll_stream(deps, account_id, stream, report)
    return report


def poll_stream(
    deps: Deps, account_id: str, stream: str, report: PollReport | None = None
) -> PollReport:
    """Fetch one stream until it has nothing new (or a bounded number of pages)."""
    connector = connector_for(deps, account_id)
    report = report or PollReport(account_id)
    for _ in range(MAX_PAGES_PER_POLL):
        if not _poll_page(deps, account_id, connector, stream, report):
            break
    return report


def report_account_problem(deps: Deps, account_id: str, problem: str) -> None:
    """An account stopped working (expired token, revoked access): leave a trace for admins."""
    with deps.new_uow() as uow:
        record(
            uow,
            deps.clock.now(),
            SYSTEM,
            "account-paused",
            f"account:{account_id}",
            {},
            {"problem": problem},
        )
        uow.commit()


def check_accounts(deps: Deps) -> dict[str, dict[str, Any]]:
    """Each connected account's own word on its credentials, scopes and tier."""
    return {account_id: c.identity_check() for account_id, c in deps.connectors.items()}


def _poll_page(
    deps: Deps, account_id: str, connector: Connector, stream: str, report: PollReport
) -> bool:
    with deps.new_uow() as uow:
        cursor = uow.cursors.get(account_id, stream)
    batch = connector.fetch(stream, cursor)
    with deps.new_uow() as uow:
        stored = ingest(deps, uow, batch.messages)
        _quarantine(deps, uow, batch)
        if account_id in deps.account_platforms:
            uow.accounts.ensure(account_id, deps.account_platforms[account_id], deps.clock.now())
        uow.cursors.set(account_id, stream, batch.next_cursor)
        uow.commit()
    mutes.hide_arrivals(deps, stored)
    report.fetched += len(batch.messages)
    report.stored += len(stored)
    for classification in stored:
        report.by_label[classification.label] = report.by_label.get(classification.label, 0) + 1
    return bool(batch.messages or batch.rejected) and batch.next_cursor != cursor


def _quarantine(deps: Deps, uow: UnitOfWork, batch: Batch) -> None:
    for item in batch.rejected:
        log.warning("account %s: quarantined %s: %s", item.account_id, item.external_id, item.error)
        uow.quarantine.add(item, deps.clock.now())


def ingest(deps: Deps, uow: UnitOfWork, messages: Sequence[Message]) -> list[Classification]:
    """Store new messages once, classify them and draft proposals; duplicates are skipped."""
    now = deps.clock.now()
    # Platforms echo our own replies back; they are never inbound work.
    echoes = uow.proposals.our_replies([m.external_id for m in messages])
    inbound = [_with_language(deps, m) for m in messages if m.external_id not in echoes]
    for account_id, platform in {(m.account_id, m.platform.value) for m in inbound}:
        uow.accounts.ensure(account_id, platform, now)
    fresh = uow.messages.add_new(inbound, now)
    if not fresh:
        return []
    classifications = classify(deps, fresh)
    uow.classifications.add_all(classifications)
    _propose(deps, uow, fresh, classifications)
    return classifications


def classify(deps: Deps, messages: Sequence[Message]) -> list[Classification]:
    decisions = classify_texts(deps, [m.text for m in messages], [m.lang for m in messages])
    return [replace(c, message_id=stored_id(m)) for m, c in zip(messages, decisions, strict=True)]


def classify_texts(
    deps: Deps, texts: Sequence[str], languages: Sequence[str] | None = None
) -> list[Classification]:
    """The label the pipeline would give each text: model, then safety net, then doubt.

    Given the texts' `languages`, one the model cannot read is also marked uncertain. The batch
    commands pass none: they print labels, which that never changes, and detecting costs time.
    """
    predictions = deps.classifier.predict(texts)
    now = deps.clock.now()
    readable = [True] * len(texts) if languages is None else [is_read(lang) for lang in languages]
    return [
        decide(prediction, scan(text), deps.uncertain_below, now, can_read)
        for text, prediction, can_read in zip(texts, predictions, readable, strict=True)
    ]


def _propose(
    deps: Deps, uow: UnitOfWork, messages: list[Message], classifications: list[Classification]
) -> None:
    """A draft for each message, except where a mute covers it (stored and audited only)."""
    now = deps.clock.now()
    mutes = {a: uow.mutes.active(a, now) for a in {m.account_id for m in messages}}
    proposals = []
    for message, c in zip(messages, classifications, strict=True):
        if any(mute.covers(message, now) for mute in mutes[message.account_id]):
            record(uow, now, SYSTEM, "skip-muted", f"message:{message.id}", {}, {"label": c.label})
            continue
        draft = deps.templates.draft(c.label, message.lang, message, crisis_of(c), now)
        proposals.append(
            Proposal(
                message_id=stored_id(message),
                label=c.label,
                action=draft.action,
                template_text=draft.text,
                template_name=draft.template,
                created_at=now,
                uncertain=c.uncertain,
            )
        )
    uow.proposals.add_all(proposals)
    uow.audit.append_all(
        [AuditEntry(SYSTEM, "propose", subject(p), now, {}, snapshot(p)) for p in proposals]
    )


def pending(deps: Deps) -> list[QueueItem]:
    """The review queue: emergencies first, then oldest first."""
    with deps.new_uow() as uow:
        items = uow.proposals.queue([ProposalState.PROPOSED])
    return sorted(items, key=queue_order)


def _with_language(deps: Deps, message: Message) -> Message:
    if message.lang:
        return message
    return replace(message, lang=detect_language(message.text, deps.default_language))
