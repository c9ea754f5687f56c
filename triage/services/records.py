"""The audit trail for compliance reviews, and retention: old texts and payloads removed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.domain.model import AuditEntry
from triage.services import SYSTEM, Deps, record

EXPORT_PAGE = 1000


@dataclass(frozen=True)
class Purged:
    """What a purge removed (or would remove, on a dry run), and from before when."""

    cutoff: datetime
    messages: int
    replies: int
    quarantined: int


def audit_log(deps: Deps, since: datetime | None = None) -> list[AuditEntry]:
    with deps.new_uow() as uow:
        return uow.audit.entries(since)


def export_audit(
    deps: Deps, since: datetime | None = None, actor: str = SYSTEM
) -> Iterator[AuditEntry]:
    """The audit log from since on, oldest first, read a page at a time (it grows for years).

    The export is itself recorded first, with who asked for it: a compliance review reads who
    took copies of the log as well.
    """
    with deps.new_uow() as uow:
        after = {"since": since.isoformat() if since else "the beginning"}
        record(uow, deps.clock.now(), actor, "audit-export", "audit", {}, after)
        uow.commit()
    after_id = 0
    while True:
        with deps.new_uow() as uow:
            page = uow.audit.entries(since, after_id=after_id, limit=EXPORT_PAGE)
        yield from page
        if len(page) < EXPORT_PAGE or page[-1].id is None:
            return
        after_id = page[-1].id


def purge(
    deps: Deps, older_than: timedelta | None = None, dry_run: bool = False, actor: str = SYSTEM
) -> Purged:
    """Remove old message texts, payloads, reply texts and quarantined items; keep the rest."""
    # Ids, labels, states, who decided what and the audit stay; so does anything still open.
    now = deps.clock.now()
    cutoff = now - (older_than or deps.retention)
    with deps.new_uow() as uow:
        purged = Purged(
            cutoff,
            messages=uow.messages.purge(cutoff),
            replies=uow.proposals.purge_texts(cutoff),
            quarantined=uow.quarantine.purge(cutoff),
        )
        if dry_run:
            return purged  # leaving the unit of work unsaved rolls all of it back
        after = {
            "before": cutoff.isoformat(),
            "messages": purged.messages,
            "replies": purged.replies,
            "quarantined": purged.quarantined,
        }
        record(uow, now, actor, "purge", "retention", {}, after)
        uow.commit()
    return purged
