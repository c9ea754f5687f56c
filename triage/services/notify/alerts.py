"""Admin alerts: a problem reported once while it lasts, and resolved when it is gone."""

from __future__ import annotations

import logging
from datetime import datetime

from triage.domain.model import URGENT, Post, PostKind, ReviewRouting
from triage.domain.ports import ReviewUnitOfWork
from triage.services import Deps
from triage.services.notify.board import board

log = logging.getLogger(__name__)


def report_problem(deps: Deps, key: str, text: str) -> bool:
    """Tell the admins about a problem once while it lasts, however often it recurs."""
    b = board(deps)
    with b.new_uow() as uow:
        raised = _raise_alert(uow, b.routing, key, text, deps.clock.now())
        uow.commit()
    return raised


def resolve_problem(deps: Deps, key: str) -> bool:
    """The problem is gone: the next occurrence will be reported again."""
    b = board(deps)
    with b.new_uow() as uow:
        alert = uow.outbox.open_alert(key)
        if alert is None:
            return False
        alert.closed_at = deps.clock.now()
        uow.outbox.save(alert)
        uow.commit()
    return True


def _raise_alert(
    uow: ReviewUnitOfWork, routing: ReviewRouting, key: str, text: str, now: datetime
) -> bool:
    if not routing.admin_channel or uow.outbox.open_alert(key) is not None:
        return False
    alert = Post(PostKind.ALERT, key, routing.admin_channel, URGENT + 1, now, body={"text": text})
    uow.outbox.add(alert)
    log.warning("alert %s raised", key)
    return True
