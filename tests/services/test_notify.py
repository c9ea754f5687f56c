from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.fakes.ports import FakeConnector, FixedClock, make_message
from tests.fakes.slack_api import (
    ADMIN,
    EMERGENCY,
    FRONT_DESK,
    ONCALL,
    QUEUE,
    Call,
    FakeSlackApi,
    review_deps,
)
from triage.domain.model import PostKind, PostState
from triage.services import Deps, inbox, notify, review, sending
from triage.slack import blocks

HELP = "please help me now"
HOURS = "what are your hours"


@pytest.fixture
def api(clock: FixedClock) -> Iterator[FakeSlackApi]:
    with FakeSlackApi(lambda: clock.now().timestamp()) as fake:
        yield fake


@pytest.fixture
def queue(deps: Deps, api: FakeSlackApi, factory: sessionmaker[Session], clock: FixedClock) -> Deps:
    return review_deps(deps, api, factory, clock)


class Arrivals:
    def __init__(self, deps: Deps, connector: FakeConnector) -> None:
        self._deps, self._connector, self._count = deps, connector, 0

    def __call__(self, *texts: str) -> None:
        page = []
        for text in texts:
            self._count += 1
            page.append(make_message(f"m{self._count}", text, thread_id=f"t{self._count}"))
        self._connector.pages.setdefault("comments", []).append(page)
        inbox.poll(self._deps, "acct")


@pytest.fixture
def arrive(queue: Deps, connector: FakeConnector) -> Arrivals:
    return Arrivals(queue, connector)


def texts(posts: list[Call]) -> list[str]:
    return [str(p.params["text"]) for p in posts]


def only_pending(deps: Deps) -> int:
    [item] = inbox.pending(deps)
    return item.proposal.id or 0


# --- cards and priority -------------------------------------------------------------------------


def test_an_emergency_card_goes_to_the_emergency_channel_with_the_mention(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi
) -> None:
    arrive(HELP)
    assert notify.tend(queue).posted == 1
    [card] = api.posts(EMERGENCY)
    assert card.params["text"].startswith("<!here> :rotating_light: emergency")
    assert HELP not in card.params["text"]  # notifications carry no patient text


def test_an_emergency_goes_ahead_of_a_burst_in_the_same_channel(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    shared = replace(queue, routing=replace(queue.routing, emergency_channel="", card_limit=1000))
    arrive(*[f"{HOURS} {n}" for n in range(30)])
    notify.publish(shared)
    assert notify.deliver(shared).posted == 1
    arrive(HELP)
    notify.publish(shared)
    clock.advance(seconds=1)
    notify.deliver(shared)
    assert "emergency" in texts(api.posts(QUEUE))[-1]


def test_the_outbox_posts_once_a_second_per_channel_and_never_hits_the_limit(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive("my dose question 1", "my dose question 2", "my dose question 3", HELP)
    notify.publish(queue)
    assert notify.deliver(queue).posted == 2  # one per channel: queue and emergency
    assert notify.deliver(queue).posted == 0
    clock.advance(seconds=1)
    assert notify.deliver(queue).posted == 1
    assert all(call.status == 200 for call in api.calls)


def test_retry_after_holds_the_channel_and_the_post_keeps_its_place(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive(HOURS)
    notify.publish(queue)
    api.fail_next("chat.postMessage", "ratelimited", status=429, retry_after=30)
    assert notify.deliver(queue).deferred == 1
    clock.advance(seconds=29)
    assert notify.deliver(queue).posted == 0
    clock.advance(seconds=1)
    assert notify.deliver(queue).posted == 1
    assert len(api.posts(QUEUE)) == 1


# --- no flood -------------------------------------------------------------------------------------


def test_trolls_and_a_flood_of_routine_messages_go_into_one_digest(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    flood = replace(queue, routing=replace(queue.routing, card_limit=5))
    arrive(*[f"{HOURS} {n}" for n in range(50)], *[f"idiot {n}" for n in range(10)])
    notify.publish(flood)
    for _ in range(10):
        notify.deliver(flood)
        clock.advance(seconds=1)
    posted = texts(api.posts(QUEUE))
    assert len(posted) == 6
    assert posted[-1].startswith(":package: 55 message(s)")


def test_digests_come_at_most_once_per_period(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive("idiot one")
    notify.tend(queue)
    arrive("idiot two")
    clock.advance(minutes=14)
    notify.tend(queue)
    assert len(api.posts(QUEUE)) == 1
    clock.advance(minutes=1)
    notify.tend(queue)
    assert texts(api.posts(QUEUE))[-1].startswith(":package: 1 message(s)")


# --- escalation -----------------------------------------------------------------------------------


def test_an_emergency_nobody_acts_on_is_escalated_and_the_oncall_paged(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive(HELP)
    notify.tend(queue)
    [card] = api.posts(EMERGENCY)
    clock.advance(minutes=4, seconds=59)
    notify.tend(queue)
    assert len(api.posts()) == 1
    clock.advance(seconds=1)
    notify.tend(queue)
    [_, ping] = api.posts(EMERGENCY)
    assert ping.params["thread_ts"] == card.response["ts"] and ping.params["reply_broadcast"]
    assert ping.params["text"].startswith("<!here>") and "waited 5 min" in ping.params["text"]
    [page] = api.posts(ONCALL)
    assert f"<#{EMERGENCY}>" in page.params["text"]
    clock.advance(minutes=5)
    notify.tend(queue)
    assert len(api.posts(EMERGENCY)) == 3  # again, while nobody acts


def test_no_escalation_once_someone_has_acted(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive(HELP)
    notify.tend(queue)
    review.approve(queue, only_pending(queue), FRONT_DESK)
    clock.advance(minutes=30)
    notify.tend(queue)
    assert len(api.posts()) == 1
    assert api.posts(ONCALL) == []


# --- failures and admin alerts --------------------------------------------------------------------


def test_a_refusing_emergency_channel_sends_the_card_to_the_queue(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive(HELP)
    notify.publish(queue)
    api.fail_next("chat.postMessage", "not_in_channel")
    notify.deliver(queue)
    clock.advance(seconds=2)
    notify.deliver(queue)
    [card] = api.posts(QUEUE)
    assert "emergency" in card.params["text"]


def test_a_post_that_keeps_failing_is_given_up_and_the_admins_told_once(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive("my dose question")
    notify.publish(queue)
    for _ in range(notify.MAX_ATTEMPTS):
        api.fail_next("chat.postMessage", "channel_not_found")
    for _ in range(notify.MAX_ATTEMPTS):
        notify.deliver(queue)
        clock.advance(minutes=5)
    assert notify.queue_status(queue).posts_failed == 1
    notify.deliver(queue)
    [alert] = api.posts(ADMIN)
    assert "channel_not_found" in alert.params["text"]


def test_a_platform_problem_is_posted_once_until_it_is_resolved(
    queue: Deps, api: FakeSlackApi, clock: FixedClock
) -> None:
    key, problem = "account:x-main", "account x-main: token expired or revoked"
    assert notify.report_problem(queue, key, problem)
    assert not notify.report_problem(queue, key, problem)  # the next poll hits it again
    notify.deliver(queue)
    assert len(api.posts(ADMIN)) == 1
    assert notify.resolve_problem(queue, key)
    assert notify.report_problem(queue, key, problem)


# --- keeping cards true ---------------------------------------------------------------------------


def test_a_card_decided_elsewhere_is_redrawn_without_buttons_once(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi
) -> None:
    arrive(HOURS)
    notify.tend(queue)
    review.ignore(queue, only_pending(queue), FRONT_DESK)
    notify.tend(queue)
    notify.tend(queue)
    [update] = api.calls_to("chat.update")
    assert not any(block["type"] == "actions" for block in update.params["blocks"])


class Killed(BaseException):
    """The process dying in the middle of a send."""


def action_ids(update: Call) -> list[str]:
    return [
        element["action_id"]
        for block in update.params["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    ]


def test_a_card_follows_an_interrupted_send_to_unknown_and_to_its_end(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, connector: FakeConnector, clock: FixedClock
) -> None:
    arrive(HOURS)
    notify.tend(queue)
    connector.send_failures = [Killed()]
    with pytest.raises(Killed):
        review.approve(queue, only_pending(queue), FRONT_DESK)
    notify.tend(queue)
    notify.tend(queue)  # still sending: drawn once
    clock.advance(minutes=6)
    sending.recover(queue)
    notify.tend(queue)
    notify.tend(queue)
    sending_card, unknown_card = api.calls_to("chat.update")
    assert "Approved, sending" in str(sending_card.params["blocks"])
    assert action_ids(unknown_card) == [blocks.CONFIRM_SENT, blocks.CONFIRM_NOT_SENT]
    [item] = sending.unsettled(queue)
    assert notify.queue_status(queue).sends_unknown == 1
    sending.confirm_sent(queue, item.proposal.id or 0, FRONT_DESK)
    notify.tend(queue)
    notify.tend(queue)
    *_, final = api.calls_to("chat.update")
    assert action_ids(final) == [] and "Reply sent" in str(final.params["blocks"])
    assert len(api.calls_to("chat.update")) == 3


def test_a_card_for_a_proposal_decided_before_posting_is_skipped(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi
) -> None:
    arrive(HOURS)
    notify.publish(queue)
    review.ignore(queue, only_pending(queue), FRONT_DESK)
    assert notify.deliver(queue).skipped == 1
    assert api.posts() == []


def test_a_post_abandoned_by_a_dead_worker_is_taken_again(
    queue: Deps, arrive: Arrivals, api: FakeSlackApi, clock: FixedClock
) -> None:
    arrive(HOURS)
    notify.publish(queue)
    assert queue.new_review_uow is not None
    with queue.new_review_uow() as uow:
        crashed = uow.outbox.claim_next(clock.now(), clock.now())
        uow.commit()
    assert crashed is not None and crashed.state is PostState.SENDING
    assert notify.deliver(queue).posted == 0
    clock.advance(minutes=5, seconds=1)
    assert notify.deliver(queue).posted == 1


def test_the_status_counts_what_waits(queue: Deps, arrive: Arrivals, clock: FixedClock) -> None:
    arrive(HELP, HOURS, HOURS, "idiot")
    notify.publish(queue)
    clock.advance(minutes=7)
    status = notify.queue_status(queue)
    assert (status.total, status.emergencies_open) == (4, 1)
    assert status.at - (status.oldest_waiting_since or status.at) == timedelta(minutes=7)
    assert status.posts_waiting == 4  # three cards and a digest


def test_every_proposal_is_noticed_once(queue: Deps, arrive: Arrivals) -> None:
    arrive(HELP, HOURS, "idiot")
    assert notify.publish(queue) == 3
    assert notify.publish(queue) == 0
    assert queue.new_review_uow is not None
    with queue.new_review_uow() as uow:
        kinds = [p.kind for p in (uow.outbox.latest(k) for k in PostKind) if p]
    assert sorted(kinds) == [PostKind.CARD, PostKind.DIGEST]
