"""Queries, and the conversion between rows and domain objects: one module per repository."""

from triage.db.repositories.audit import SqlAuditLog
from triage.db.repositories.classifications import SqlClassificationRepository
from triage.db.repositories.inbox import (
    SqlAccountRepository,
    SqlCursorRepository,
    SqlLinks,
    SqlMessageRepository,
    SqlQuarantine,
)
from triage.db.repositories.leases import SqlLeases
from triage.db.repositories.mutes import SqlMuteRepository
from triage.db.repositories.outbox import SqlOutbox
from triage.db.repositories.proposals import SqlProposalRepository
from triage.db.repositories.template_versions import SqlTemplateVersions

__all__ = [
    "SqlAccountRepository",
    "SqlAuditLog",
    "SqlClassificationRepository",
    "SqlCursorRepository",
    "SqlLeases",
    "SqlLinks",
    "SqlMessageRepository",
    "SqlMuteRepository",
    "SqlOutbox",
    "SqlProposalRepository",
    "SqlQuarantine",
    "SqlTemplateVersions",
]
