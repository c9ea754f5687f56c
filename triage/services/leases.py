"""Work only one running instance does at a time: it takes or renews a lease first."""

from __future__ import annotations

import logging
from datetime import timedelta

from triage.services import Deps

log = logging.getLogger(__name__)


def hold(deps: Deps, name: str, holder: str, lease_for: timedelta) -> bool:
    """Take or renew the named lease; False while another live instance holds it."""
    now = deps.clock.now()
    with deps.new_uow() as uow:
        held = uow.leases.acquire(name, holder, now + lease_for, now)
        uow.commit()
    return held


def stream_lease(account_id: str, stream: str) -> str:
    return f"poll:{account_id}:{stream}"


REVIEW_QUEUE_LEASE = "review-queue"
