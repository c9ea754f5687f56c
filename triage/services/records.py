"""The audit trail, for compliance reviews."""

from __future__ import annotations

from datetime import datetime

from triage.domain.model import AuditEntry
from triage.services import Deps


def audit_log(deps: Deps, since: datetime | None = None) -> list[AuditEntry]:
    with deps.new_uow() as uow:
        return uow.audit.entries(since)
