"""The review queue: cards for pending proposals (emergencies first), digests, escalation, alerts.

Every post goes through an outbox in the database: a priority queue paced per channel, so a
burst of routine messages never delays an emergency card, and nothing is lost on a restart.

Layout: `board` (the ports, and what the queue shows), `notice` (new proposals), `delivery`
(posting the outbox), `escalation`, `cards` (redrawing), `alerts` (admin alerts), and here
one pass over all of them.
"""

from __future__ import annotations

from triage.services import Deps
from triage.services.notify.alerts import report_problem, resolve_problem
from triage.services.notify.board import (
    DIGEST_SAMPLE,
    Board,
    board,
    digest_of,
    load_item,
    queue_status,
)
from triage.services.notify.cards import REDRAW_BATCH, refresh_cards, sync_cards
from triage.services.notify.delivery import ABANDONED_AFTER, MAX_ATTEMPTS, Delivery, deliver
from triage.services.notify.escalation import escalate
from triage.services.notify.notice import NOTICE_BATCH, publish

__all__ = [
    "ABANDONED_AFTER",
    "DIGEST_SAMPLE",
    "MAX_ATTEMPTS",
    "NOTICE_BATCH",
    "REDRAW_BATCH",
    "Board",
    "Delivery",
    "board",
    "deliver",
    "digest_of",
    "escalate",
    "load_item",
    "publish",
    "queue_status",
    "refresh_cards",
    "report_problem",
    "resolve_problem",
    "sync_cards",
    "tend",
]


def tend(deps: Deps) -> Delivery:
    """One pass of the review queue: notice, escalate, post what is due, then redraw."""
    publish(deps)
    escalate(deps)
    delivery = deliver(deps)
    sync_cards(deps)
    return delivery
