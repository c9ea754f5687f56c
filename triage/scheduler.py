"""APScheduler 3: one polling job per account and stream, paced by the platform's budget."""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import FrameType
from typing import Literal, TypeVar

from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from triage.domain.errors import AuthExpired, DatabaseUnavailable, RateLimited
from triage.services import Deps, inbox, leases, mutes, sending

log = logging.getLogger(__name__)
# Retries that came due, sends interrupted by a crash and mutes whose time is up are looked
# at this often.
RECOVERY_SECONDS = 60
RECOVERY_LEASE = "send-recovery"
MUTE_EXPIRY_LEASE = "mute-expiry"
Interval = Literal["auto"] | int
T = TypeVar("T")


class PollScheduler:
    """Jobs never overlap for a stream (max_instances=1) and missed runs are coalesced."""

    def __init__(
        self,
        deps: Deps,
        intervals: Mapping[str, Interval],
        on_problem: Callable[[str, str], None],
        instance: Instance,
        scheduler: BackgroundScheduler | None = None,
    ) -> None:
        self._deps = deps
        self._intervals = intervals
        self._on_problem = on_problem
        self._instance = instance
        self._scheduler = scheduler or BackgroundScheduler(timezone="UTC")
        # APScheduler's shutdown holds the job store lock while it waits for running jobs, so a
        # job that reschedules itself after shutdown began would wait for it forever. Jobs
        # change the schedule under this lock, and only while the scheduler is not stopping.
        self._schedule_lock = threading.Lock()
        self._stopping = False

    def start(self) -> None:
        self.schedule()
        self._scheduler.start()

    def schedule(self) -> None:
        """Add the jobs; they run once the underlying scheduler runs."""
        for account_id in self._intervals:
            for stream in self._deps.connectors[account_id].streams:
                self._add_job(account_id, stream)
        for job, job_id in ((self.recover_sends, "recover-sends"), (self.end_mutes, "end-mutes")):
            self._scheduler.add_job(
                job,
                IntervalTrigger(seconds=RECOVERY_SECONDS),
                id=job_id,
                max_instances=1,
                coalesce=True,
            )

    def recover_sends(self) -> None:
        """Due retries go out and stuck sends are shown to staff, by one instance at a time."""
        recovery = self._under_lease(RECOVERY_LEASE, "send recovery", sending.recover)
        if recovery is not None and recovery.unknown:
            log.warning("%d interrupted send(s) marked unknown for staff", len(recovery.unknown))

    def end_mutes(self) -> None:
        """Mutes whose time is up end, and what they hid is shown again."""
        ended = self._under_lease(MUTE_EXPIRY_LEASE, "ending mutes", mutes.end_expired)
        if ended is not None and ended.shown.problems:
            log.warning("%d hidden comment(s) could not be shown again", len(ended.shown.problems))

    def _under_lease(self, lease: str, what: str, work: Callable[[Deps], T]) -> T | None:
        """Run work on one instance at a time; a failure is logged and the next pass retries."""
        instance = self._instance
        if not leases.hold(self._deps, lease, instance.id, instance.lease_for):
            return None
        try:
            return work(self._deps)
        except Exception as error:  # logged; the next pass tries again
            log.error("%s failed: %s", what, type(error).__name__)
            return None

    def stop(self) -> None:
        """Finish the polls in flight, then stop."""
        with self._schedule_lock:
            self._stopping = True
        self._scheduler.shutdown(wait=True)

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self._scheduler.get_jobs())

    def _add_job(self, account_id: str, stream: str) -> None:
        self._scheduler.add_job(
            self.poll,
            IntervalTrigger(seconds=self._seconds(account_id, stream)),
            args=(account_id, stream),
            id=job_id(account_id, stream),
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            next_run_time=self._deps.clock.now(),
        )

    def poll(self, account_id: str, stream: str) -> None:
        """Poll the stream if this instance holds its lease; another instance may hold it."""
        lease = leases.stream_lease(account_id, stream)
        if not leases.hold(self._deps, lease, self._instance.id, self._instance.lease_for):
            return
        try:
            report = self._poll_once_more_if_the_database_dropped(account_id, stream)
        except RateLimited as error:
            log.warning("%s", error)
            self._delay(account_id, stream, error.resumes_at)
            return
        except AuthExpired as error:
            log.error("%s: polling paused until the token is renewed", error)
            self._pause(account_id)
            self._on_problem(account_id, str(error))
            return
        except Exception as error:  # a poll that fails is logged and retried on its interval
            log.error("account %s stream %s: poll failed: %s", account_id, stream, error)
            return
        log.info("account %s stream %s: %s new", account_id, stream, report.stored)
        self._repace(account_id, stream)

    def _poll_once_more_if_the_database_dropped(
        self, account_id: str, stream: str
    ) -> inbox.PollReport:
        try:
            return inbox.poll_stream(self._deps, account_id, stream)
        except DatabaseUnavailable as error:
            # The page was rolled back; the pool reconnects (pre-ping), so one retry is safe.
            log.warning("account %s stream %s: %s; retrying once", account_id, stream, error)
            return inbox.poll_stream(self._deps, account_id, stream)

    def _seconds(self, account_id: str, stream: str) -> float:
        budget = self._deps.connectors[account_id].min_poll_interval(stream)
        return polling_interval(self._intervals[account_id], budget).total_seconds()

    def _repace(self, account_id: str, stream: str) -> None:
        self._changing_schedule(lambda: self._set_interval(account_id, stream))

    def _set_interval(self, account_id: str, stream: str) -> None:
        job = self._job(account_id, stream)
        seconds = self._seconds(account_id, stream)
        trigger = job.trigger if job else None
        if job and isinstance(trigger, IntervalTrigger) and trigger.interval_length != seconds:
            job.reschedule(IntervalTrigger(seconds=seconds))

    def _delay(self, account_id: str, stream: str, until: datetime) -> None:
        def delay() -> None:
            job = self._job(account_id, stream)
            if job is not None:
                job.modify(next_run_time=until)

        self._changing_schedule(delay)

    def _pause(self, account_id: str) -> None:
        def pause() -> None:
            for job in self._scheduler.get_jobs():
                if job.id.startswith(f"{account_id}:"):
                    job.pause()

        self._changing_schedule(pause)

    def _job(self, account_id: str, stream: str) -> Job | None:
        return self._scheduler.get_job(job_id(account_id, stream))

    def _changing_schedule(self, change: Callable[[], None]) -> None:
        """Apply a change to the jobs unless the scheduler is stopping (see __init__)."""
        with self._schedule_lock:
            if not self._stopping:
                change()


@dataclass(frozen=True)
class Instance:
    """This running process, among the others working on the same database."""

    id: str
    lease_for: timedelta

    @classmethod
    def here(cls, lease_for: timedelta) -> Instance:
        return cls(f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}", lease_for)


def job_id(account_id: str, stream: str) -> str:
    return f"{account_id}:{stream}"


def polling_interval(configured: Interval, budget_minimum: timedelta) -> timedelta:
    """Never faster than the budget allows; 'auto' polls exactly as fast as it allows."""
    if configured == "auto":
        return budget_minimum
    return max(timedelta(seconds=configured), budget_minimum)


def run_until_signalled(start: Callable[[], None], stop: Callable[[], None]) -> None:
    """Run until SIGTERM or SIGINT, then stop cleanly."""
    stopping = threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: finishing in-flight work", signum)
        stopping.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        start()
        stopping.wait()
    finally:
        stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
