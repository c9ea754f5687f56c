"""Muting a thread or an author for a chosen time, and hiding a troll's comments meanwhile.

A muted message is still stored, classified and audited; it is never queued. How long a mute
lasts is always chosen (a duration, or "until unmuted" on purpose): open-ended mutes nobody
meant were a common complaint about other tools. A mute made with "hide" also hides the troll
comments that arrive while it lasts. Unmuting, or the end of a timed mute (checked every
minute by `triage run`), shows hidden comments again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from triage.domain.errors import ConnectorError, NotFound
from triage.domain.model import Classification, Label, Message, Mute, Proposal, ProposalState
from triage.domain.ports import UnitOfWork
from triage.domain.roles import Permission
from triage.services import SYSTEM, Deps, record, snapshot, stored_id, subject

log = logging.getLogger(__name__)
# Comments hidden, or shown again, per mute: a troll's recent ones, not years of them.
HIDE_LIMIT = 50


@dataclass(frozen=True)
class Target:
    """A thread, or an author: what a mute covers on each account it appears in."""

    thread_id: str | None = None
    author_id: str | None = None

    def __str__(self) -> str:
        return f"author {self.author_id}" if self.author_id else f"thread {self.thread_id}"


@dataclass(frozen=True)
class Visibility:
    """What a hide (or unhide) pass did on the platforms."""

    changed: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Muted:
    mutes: list[Mute]
    ignored: list[Proposal]
    hidden: Visibility = Visibility()

    @property
    def ends(self) -> str:
        return self.mutes[0].ends


@dataclass(frozen=True)
class Unmuted:
    lifted: list[Mute]
    shown: Visibility = Visibility()


def mute_thread(
    deps: Deps, thread_id: str, actor: str, duration: timedelta | None, hide: bool = False
) -> Muted:
    """Mute a thread for duration (None: until unmuted, on purpose) on every account it is on."""
    return mute(deps, Target(thread_id=thread_id), actor, duration, hide)


def mute_author(
    deps: Deps, author_id: str, actor: str, duration: timedelta | None, hide: bool = False
) -> Muted:
    """Mute everything an author writes to the accounts they have written to."""
    return mute(deps, Target(author_id=author_id), actor, duration, hide)


def mute(
    deps: Deps, target: Target, actor: str, duration: timedelta | None, hide: bool = False
) -> Muted:
    """Mute target; pending proposals it covers are ignored; hide: its troll comments too."""
    deps.roles.require(actor, Permission.MUTE)
    if hide:
        deps.roles.require(actor, Permission.HIDE)
    now = deps.clock.now()
    until = now + duration if duration is not None else None
    with deps.new_uow() as uow:
        accounts = _accounts(uow, target)
        if not accounts:
            raise NotFound(f"no stored message belongs to {target}")
        mutes = [
            Mute(a, target.thread_id, target.author_id, actor, now, until, hides=hide)
            for a in accounts
        ]
        for one in mutes:
            uow.mutes.add(one)
            after = {"until": until.isoformat() if until else "unmuted", "hide": hide}
            record(uow, now, actor, "mute", one.target, {}, after)
        ignored = _ignore_pending(uow, target, actor, now)
        uow.commit()
    hidden = _hide(deps, mutes, actor) if hide else Visibility()
    return Muted(mutes, ignored, hidden)


def unmute_thread(deps: Deps, thread_id: str, actor: str) -> Unmuted:
    return unmute(deps, Target(thread_id=thread_id), actor)


def unmute_author(deps: Deps, author_id: str, actor: str) -> Unmuted:
    return unmute(deps, Target(author_id=author_id), actor)


def unmute(deps: Deps, target: Target, actor: str) -> Unmuted:
    """Lift the mutes on target; what they hid on the platforms is shown again."""
    deps.roles.require(actor, Permission.MUTE)
    now = deps.clock.now()
    lifted: list[Mute] = []
    with deps.new_uow() as uow:
        for account_id in _accounts(uow, target):
            for one in uow.mutes.remove(account_id, target.thread_id, target.author_id):
                record(uow, now, actor, "unmute", one.target, {"until": one.ends}, {})
                lifted.append(one)
        uow.commit()
    return Unmuted(lifted, _show_again(deps, lifted, actor))


def end_expired(deps: Deps) -> Unmuted:
    """Mutes whose time is up end as an unmute would: what they hid is shown again."""
    now = deps.clock.now()
    with deps.new_uow() as uow:
        ended = uow.mutes.end_expired(now)
        for one in ended:
            record(uow, now, SYSTEM, "mute-ended", one.target, {"until": one.ends}, {})
        uow.commit()
    if not ended:
        return Unmuted([])
    return Unmuted(ended, _show_again(deps, [m for m in ended if m.hides], SYSTEM))


def current_mutes(deps: Deps) -> list[Mute]:
    """Every mute in force, newest first, with when it ends."""
    with deps.new_uow() as uow:
        return uow.mutes.current(deps.clock.now())


def _accounts(uow: UnitOfWork, target: Target) -> list[str]:
    if target.author_id is not None:
        return uow.messages.accounts_with_author(target.author_id)
    return uow.messages.accounts_with_thread(target.thread_id or "")


def _ignore_pending(uow: UnitOfWork, target: Target, actor: str, now: datetime) -> list[Proposal]:
    ignored = []
    pending = uow.proposals.queue(
        [ProposalState.PROPOSED], thread_id=target.thread_id, author_id=target.author_id
    )
    for item in pending:
        proposal = item.proposal
        # Someone may be approving this one right now: only an undecided proposal is ignored.
        if not uow.proposals.claim(
            stored_id(proposal), ProposalState.PROPOSED, ProposalState.IGNORED
        ):
            continue
        before = snapshot(proposal)
        proposal.ignore(actor, now)
        uow.proposals.save(proposal)
        record(uow, now, actor, "ignore", subject(proposal), before, snapshot(proposal))
        ignored.append(proposal)
    return ignored


# --- hiding on the platform ------------------------------------------------------------------


def _hide(deps: Deps, mutes: list[Mute], actor: str) -> Visibility:
    """Hide the troll comments the mutes cover (public ones: DMs cannot be hidden)."""
    with deps.new_uow() as uow:
        covered = _covered(uow, mutes)
        targets = [message for message in covered if _is_hideable(uow, message)]
    return _set_visibility(deps, targets, actor, hide=True)


def hide_arrivals(deps: Deps, classifications: Sequence[Classification]) -> Visibility:
    """Hide new troll comments from a thread or author muted with "hide" (the mute goes on)."""
    trolls = [c.message_id for c in classifications if c.label is Label.TROLL and c.message_id]
    if not trolls:
        return Visibility()
    now = deps.clock.now()
    with deps.new_uow() as uow:
        arrivals = [uow.messages.get(message_id) for message_id in trolls]
        hiding = {
            account_id: [m for m in uow.mutes.active(account_id, now) if m.hides]
            for account_id in {message.account_id for message in arrivals}
        }
        targets = [
            message
            for message in arrivals
            if any(mute.covers(message, now) for mute in hiding[message.account_id])
            and _is_hideable(uow, message)
        ]
    return _set_visibility(deps, targets, SYSTEM, hide=True)


def _covered(uow: UnitOfWork, mutes: list[Mute]) -> list[Message]:
    """Each stored message the mutes cover, once (two mutes may cover the same one)."""
    found = {m.id: m for one in mutes for m in uow.messages.covered_by(one, HIDE_LIMIT)}
    return list(found.values())


def _is_hideable(uow: UnitOfWork, message: Message) -> bool:
    """A public comment labelled troll and not hidden yet; others in the thread stay visible."""
    if message.kind.is_private or message.hidden_at is not None:
        return False
    return uow.classifications.latest(stored_id(message)).label is Label.TROLL


def _show_again(deps: Deps, lifted: list[Mute], actor: str) -> Visibility:
    """Unhide what the lifted mutes hid, unless another mute still in force covers it."""
    now = deps.clock.now()
    with deps.new_uow() as uow:
        hidden = [m for m in _covered(uow, lifted) if m.hidden_at is not None]
        remaining = {a: uow.mutes.active(a, now) for a in {m.account_id for m in hidden}}
    targets = [m for m in hidden if not any(r.covers(m, now) for r in remaining[m.account_id])]
    return _set_visibility(deps, targets, actor, hide=False)


def _set_visibility(deps: Deps, messages: list[Message], actor: str, hide: bool) -> Visibility:
    """One platform call per message, each recorded once it succeeded; failures are listed."""
    changed, problems = 0, []
    for message in messages:
        try:
            _call_platform(deps, message, hide)
        except (ConnectorError, NotFound) as error:
            log.warning("message %s: %s failed: %s", message.id, _verb(hide), error)
            problems.append(str(error))
            continue
        _record_visibility(deps, message, actor, hide)
        changed += 1
    return Visibility(changed, problems)


def _call_platform(deps: Deps, message: Message, hide: bool) -> None:
    connector = deps.connectors.get(message.account_id)
    if connector is None:
        raise NotFound(f"account {message.account_id} is not connected")
    if hide:
        connector.hide(message)
    else:
        connector.unhide(message)


def _record_visibility(deps: Deps, message: Message, actor: str, hide: bool) -> None:
    now = deps.clock.now()
    with deps.new_uow() as uow:
        uow.messages.set_hidden(stored_id(message), now if hide else None)
        record(uow, now, actor, _verb(hide), f"message:{message.id}", {}, {})
        uow.commit()


def _verb(hide: bool) -> str:
    return "hide" if hide else "unhide"
