"""What the review queue's buttons and commands ask for, beyond review's decisions.

Reading a message, checking an edit before it is approved, muting by permalink, the bulk
actions of a digest, and the record of refusals. Every role is checked here, on the server.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from triage.domain.errors import ConnectorError, IllegalTransition, NotAllowed
from triage.domain.model import AuditEntry, Label, QueueItem
from triage.domain.policy import Finding, check_reply, stopping
from triage.domain.roles import Permission
from triage.services import Deps, record, stored_id, subject
from triage.services.mutes import Muted, Target, Unmuted, mute, mute_thread, unmute_thread
from triage.services.notify import board, digest_of, load_item
from triage.services.review import ignore, reply_context

log = logging.getLogger(__name__)
RECENT = timedelta(days=7)
DIGEST_MUTE = timedelta(days=7)


def ignore_digest(deps: Deps, post_id: int, actor: str) -> int:
    """Ignore every proposal of a digest still pending; the number ignored."""
    deps.roles.require(actor, Permission.IGNORE)
    ignored = 0
    for item in _members(deps, post_id):
        try:
            ignore(deps, stored_id(item.proposal), actor)
        except IllegalTransition:
            continue  # someone decided it meanwhile
        ignored += 1
    _show_digest(deps, post_id, f"{ignored} ignored", actor)
    return ignored


def mute_digest_trolls(deps: Deps, post_id: int, actor: str) -> int:
    """Mute the thread of every troll message in a digest for a week; the threads muted."""
    deps.roles.require(actor, Permission.MUTE)
    items = _members(deps, post_id)
    threads = sorted({i.message.thread_id for i in items if i.proposal.label is Label.TROLL})
    for thread in threads:
        mute_thread(deps, thread, actor, DIGEST_MUTE)
    _show_digest(deps, post_id, f"{len(threads)} troll thread(s) muted for 7 days", actor)
    return len(threads)


def _members(deps: Deps, post_id: int) -> list[QueueItem]:
    with board(deps).new_uow() as uow:
        return uow.outbox.members(post_id)


def _show_digest(deps: Deps, post_id: int, outcome: str, actor: str) -> None:
    b = board(deps)
    with b.new_uow() as uow:
        post = uow.outbox.get(post_id)
        digest = digest_of(uow, post_id, deps.clock.now(), outcome, actor)
    if post.ts is None:
        return
    try:
        b.queue.show_digest(post.channel, post.ts, digest)
    except ConnectorError as error:
        log.warning("digest %s: redraw failed: %s", post_id, error)


def read_item(deps: Deps, proposal_id: int, actor: str) -> QueueItem:
    """A proposal and its whole message, for someone with a role; the reading is audited."""
    if not deps.roles.roles_of(actor):
        raise NotAllowed(f"{actor} (no role) may not read messages")
    with deps.new_uow() as uow:
        item = load_item(uow, proposal_id)
        record(uow, deps.clock.now(), actor, "read", subject(item.proposal), {}, {})
        uow.commit()
    return item


def open_edit(deps: Deps, proposal_id: int, actor: str) -> QueueItem:
    """The proposal an editor is about to rewrite; refused once it has been decided."""
    deps.roles.require(actor, Permission.EDIT)
    item = read_item(deps, proposal_id, actor)
    proposal = item.proposal
    if not proposal.is_pending:
        raise IllegalTransition(proposal.id, proposal.state, "edit", proposal.decided_by or "")
    return item


def check_edit(
    deps: Deps, proposal_id: int, actor: str, text: str, override: str | None = None
) -> list[Finding]:
    """What in an edited reply would stop its approval (under an override, if one is given)."""
    deps.roles.require(actor, Permission.EDIT)
    if override is not None:
        deps.roles.require(actor, Permission.OVERRIDE)
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(proposal_id)
        message = uow.messages.get(proposal.message_id)
    findings = check_reply(text, reply_context(deps, proposal.label, message))
    return stopping(findings, override is not None)


def may_override(deps: Deps, actor: str) -> bool:
    """Whether the edit form offers this person an override reason."""
    return deps.roles.may(actor, Permission.OVERRIDE)


def mute_proposal(
    deps: Deps,
    proposal_id: int,
    actor: str,
    by_author: bool,
    duration: timedelta | None,
    hide: bool = False,
) -> Muted:
    """Mute the thread (or the author) of a proposal's message, for the time chosen."""
    deps.roles.require(actor, Permission.MUTE)
    with deps.new_uow() as uow:
        message = load_item(uow, proposal_id).message
    if by_author:
        return mute(deps, Target(author_id=message.author_id), actor, duration, hide)
    return mute(deps, Target(thread_id=message.thread_id), actor, duration, hide)


def mute_link(deps: Deps, link: str, actor: str, duration: timedelta | None) -> Muted:
    """Mute the thread of a message given by its permalink (or by its thread id)."""
    deps.roles.require(actor, Permission.MUTE)
    return mute_thread(deps, _thread_of(deps, link), actor, duration)


def unmute_link(deps: Deps, link: str, actor: str) -> Unmuted:
    deps.roles.require(actor, Permission.MUTE)
    return unmute_thread(deps, _thread_of(deps, link), actor)


def _thread_of(deps: Deps, link: str) -> str:
    with board(deps).new_uow() as uow:
        return uow.links.thread_of(link) or link


def refuse(deps: Deps, actor: str, action: str, target: str, reason: str) -> None:
    """Record an action someone's role does not allow; the refusal itself is evidence."""
    with deps.new_uow() as uow:
        after = {"action": action, "reason": reason}
        record(uow, deps.clock.now(), actor, "refused", target, {}, after)
        uow.commit()
    # The target stays in the audit only: it can be a permalink to someone's post.
    log.warning("%s refused for %s", action, actor)


def recent_actions(deps: Deps, actor: str, limit: int = 10) -> list[AuditEntry]:
    """What one person did lately, newest first (for their App Home)."""
    with deps.new_uow() as uow:
        entries = uow.audit.entries(deps.clock.now() - RECENT)
    return [entry for entry in reversed(entries) if entry.actor == actor][:limit]
