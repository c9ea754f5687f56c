from __future__ import annotations

import os
import signal
import threading
from datetime import timedelta

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED

from tests.fakes.ports import FakeConnector, FixedClock, make_message
from triage.domain.errors import AuthExpired, RateLimited
from triage.domain.model import Batch
from triage.scheduler import (
    Instance,
    PollScheduler,
    job_id,
    polling_interval,
    run_until_signalled,
)
from triage.services import Deps, inbox, leases, mutes, records


class Scripted(FakeConnector):
    """Raises the next scripted error on fetch, then behaves."""

    errors: list[Exception]

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        if self.errors:
            raise self.errors.pop(0)
        return super().fetch(stream, cursor)


@pytest.fixture
def problems() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def scheduler(deps: Deps, problems: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    connector = Scripted(pages={"comments": [[make_message("m1")]], "dms": [[]]})
    connector.errors = []
    deps.connectors = {"acct": connector}
    background = BackgroundScheduler(timezone="UTC")
    here = Instance("here", timedelta(seconds=120))
    poller = PollScheduler(
        deps, {"acct": 120}, lambda a, p: problems.append((a, p)), here, background
    )
    background.start(paused=True)  # jobs run only when a test calls poll()
    poller.schedule()
    yield poller, background, connector
    background.shutdown(wait=False)


def test_there_is_one_job_per_account_and_stream(scheduler) -> None:  # type: ignore[no-untyped-def]
    poller, background, _ = scheduler
    assert poller.job_ids() == ["acct:comments", "acct:dms", "end-mutes", "recover-sends"]
    job = background.get_job("acct:comments")
    assert job.max_instances == 1 and job.coalesce


def test_a_poll_stores_new_messages(scheduler, deps: Deps) -> None:  # type: ignore[no-untyped-def]
    poller, _, _ = scheduler
    poller.poll("acct", "comments")
    assert len(inbox.pending(deps)) == 1


def test_a_rate_limit_delays_the_stream_until_it_resumes(  # type: ignore[no-untyped-def]
    scheduler, clock: FixedClock
) -> None:
    poller, background, connector = scheduler
    resumes = clock.now() + timedelta(minutes=15)
    connector.errors = [RateLimited("acct", "GET /comments", resumes)]
    poller.poll("acct", "comments")
    assert background.get_job(job_id("acct", "comments")).next_run_time == resumes


def test_an_expired_token_pauses_the_account_and_reports_once(  # type: ignore[no-untyped-def]
    scheduler, problems: list[tuple[str, str]], deps: Deps
) -> None:
    poller, background, connector = scheduler
    connector.errors = [AuthExpired("acct", "code 190")]
    poller.poll("acct", "comments")
    account_jobs = [job for job in background.get_jobs() if job.id.startswith("acct:")]
    assert account_jobs and all(job.next_run_time is None for job in account_jobs)
    assert problems == [("acct", "account acct: token expired or revoked (code 190)")]


def test_any_other_failure_is_logged_and_the_job_carries_on(  # type: ignore[no-untyped-def]
    scheduler, caplog: pytest.LogCaptureFixture
) -> None:
    poller, background, connector = scheduler
    connector.errors = [RuntimeError("boom")]
    poller.poll("acct", "comments")
    assert "poll failed: boom" in caplog.text
    assert background.get_job("acct:comments").next_run_time is not None


def test_the_interval_follows_the_budget(scheduler) -> None:  # type: ignore[no-untyped-def]
    poller, background, connector = scheduler
    connector.interval = timedelta(minutes=10)
    poller.poll("acct", "comments")
    assert background.get_job("acct:comments").trigger.interval == timedelta(minutes=10)


@pytest.mark.parametrize(
    ("configured", "budget", "expected"),
    [
        ("auto", timedelta(seconds=90), timedelta(seconds=90)),
        (30, timedelta(seconds=90), timedelta(seconds=90)),
        (600, timedelta(seconds=90), timedelta(seconds=600)),
    ],
)
def test_polling_is_never_faster_than_the_budget(
    configured: int | str, budget: timedelta, expected: timedelta
) -> None:
    assert polling_interval(configured, budget) == expected  # type: ignore[arg-type]


def test_a_signal_stops_the_run_cleanly() -> None:
    calls: list[str] = []

    def start() -> None:
        calls.append("start")
        os.kill(os.getpid(), signal.SIGTERM)

    run_until_signalled(start, lambda: calls.append("stop"))
    assert calls == ["start", "stop"]


def test_a_stream_leased_by_another_live_instance_is_not_polled(  # type: ignore[no-untyped-def]
    scheduler, deps: Deps, clock: FixedClock
) -> None:
    poller, _, _ = scheduler
    assert leases.hold(deps, "poll:acct:comments", "elsewhere", timedelta(seconds=120))
    poller.poll("acct", "comments")
    assert inbox.pending(deps) == []
    clock.advance(seconds=121)  # the other instance died and stopped renewing
    poller.poll("acct", "comments")
    assert len(inbox.pending(deps)) == 1


def test_send_recovery_runs_on_a_schedule_under_a_lease(  # type: ignore[no-untyped-def]
    scheduler, deps: Deps, caplog: pytest.LogCaptureFixture
) -> None:
    poller, background, _ = scheduler
    assert background.get_job("recover-sends").trigger.interval == timedelta(seconds=60)
    assert leases.hold(deps, "send-recovery", "elsewhere", timedelta(seconds=120))
    poller.recover_sends()  # another instance holds the lease: nothing to do here
    assert "send recovery failed" not in caplog.text


def test_mutes_whose_time_is_up_end_on_a_schedule_under_a_lease(  # type: ignore[no-untyped-def]
    scheduler, deps: Deps, clock: FixedClock
) -> None:
    poller, background, _ = scheduler
    assert background.get_job("end-mutes").trigger.interval == timedelta(seconds=60)
    poller.poll("acct", "comments")
    mutes.mute_thread(deps, make_message("m1").thread_id, "dr.lee", timedelta(hours=1))
    clock.advance(hours=2)
    assert leases.hold(deps, "mute-expiry", "elsewhere", timedelta(seconds=120))
    poller.end_mutes()  # another instance holds the lease: it ends them
    assert "mute-ended" not in [e.action for e in records.audit_log(deps)]
    clock.advance(seconds=121)
    poller.end_mutes()
    assert [e.action for e in records.audit_log(deps)][-1] == "mute-ended"


class Held(FakeConnector):
    """A fetch that waits until the test lets it go, to stop the scheduler mid-poll."""

    def __init__(self) -> None:
        super().__init__(pages={"comments": [[make_message("m1")]], "dms": [[]]})
        self.fetching = threading.Event()
        self.release = threading.Event()

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        if stream == "comments" and cursor is None:
            self.fetching.set()
            self.release.wait()
        return super().fetch(stream, cursor)


def test_stopping_while_a_poll_is_in_flight_finishes_the_poll_and_returns(deps: Deps) -> None:
    # A poll that ends after shutdown began used to reschedule its job and wait for the lock
    # the shutdown held while it waited for that poll: the process never stopped.
    held = Held()
    deps.connectors = {"acct": held}
    background = BackgroundScheduler(timezone="UTC")
    poller = PollScheduler(
        deps, {"acct": 120}, lambda a, p: None, Instance("here", timedelta(seconds=120)), background
    )
    poller.start()
    assert held.fetching.wait(timeout=10)
    stopping = threading.Thread(target=poller.stop, daemon=True)
    stopping.start()
    while background.state != STATE_STOPPED:
        stopping.join(timeout=0.01)
    held.release.set()
    stopping.join(timeout=10)
    assert not stopping.is_alive(), "stop() never returned"
    assert len(inbox.pending(deps)) == 1  # the poll in flight was finished, not dropped
