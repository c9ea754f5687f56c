"""Budgets per endpoint from response headers, waits after a 429, backoff with jitter.

Nothing here sleeps or reads the wall clock: callers pass `now` (from their injected Clock)
and, for retries, a sleep function and a random source.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TypeVar

from triage.domain.errors import RateLimited

T = TypeVar("T")

# X states its limits per 15-minute window; the 24-hour headers are only seen in the wild.
X_WINDOW = timedelta(minutes=15)
X_DAY = timedelta(hours=24)
# Meta reports usage as percentages of a rolling hour (app) or day (business use case),
# never a count or a reset time; throttling starts at 100 and calling on extends the block.
GRAPH_WINDOW = timedelta(hours=1)
GRAPH_THROTTLED_AT = 100.0
GRAPH_DEFAULT_BLOCK = timedelta(minutes=15)
GRAPH_USAGE_HEADERS = ("x-app-usage", "x-page-usage", "x-business-use-case-usage")
USAGE_KEYS = ("call_count", "total_cputime", "total_time")
DEFAULT_FLOOR = timedelta(seconds=10)
DAY_SUFFIX = " (24h)"


@dataclass(frozen=True)
class Budget:
    """What one endpoint may still be called, as the platform last reported it."""

    endpoint: str
    window: timedelta
    limit: int | None = None
    remaining: int | None = None
    resets_at: datetime | None = None
    usage: float | None = None
    blocked_until: datetime | None = None

    def resumes_at(self, now: datetime) -> datetime | None:
        """When calls may start again, or None if they may go ahead now."""
        if self.blocked_until is not None and self.blocked_until > now:
            return self.blocked_until
        if self.remaining == 0 and self.resets_at is not None and self.resets_at > now:
            return self.resets_at
        return None


def x_budgets(endpoint: str, headers: Mapping[str, str]) -> list[Budget]:
    """The 15-minute budget from x-rate-limit-*, plus the 24-hour one when X sends it."""
    budgets = []
    for prefix, window, suffix in (
        ("x-rate-limit", X_WINDOW, ""),
        ("x-user-limit-24hour", X_DAY, DAY_SUFFIX),
    ):
        budget = _counted_budget(endpoint + suffix, window, headers, prefix)
        if budget is not None:
            budgets.append(budget)
    return budgets


def _counted_budget(
    endpoint: str, window: timedelta, headers: Mapping[str, str], prefix: str
) -> Budget | None:
    limit = _int(headers.get(f"{prefix}-limit"))
    remaining = _int(headers.get(f"{prefix}-remaining"))
    reset = _int(headers.get(f"{prefix}-reset"))
    if limit is None and remaining is None:
        return None
    resets_at = datetime.fromtimestamp(reset, UTC) if reset is not None else None
    return Budget(endpoint, window, limit, remaining, resets_at)


def graph_budget(endpoint: str, headers: Mapping[str, str], now: datetime) -> Budget | None:
    """The highest usage percentage in Meta's usage headers, and the wait Meta estimates."""
    reports = [_json(headers.get(name)) for name in GRAPH_USAGE_HEADERS]
    entries = [entry for report in reports for entry in _usage_entries(report)]
    if not entries:
        return None
    usage = max(_number(entry.get(key)) for entry in entries for key in USAGE_KEYS)
    minutes = max(_number(entry.get("estimated_time_to_regain_access")) for entry in entries)
    blocked_until = None
    if minutes > 0:
        blocked_until = now + timedelta(minutes=minutes)
    elif usage >= GRAPH_THROTTLED_AT:
        blocked_until = now + GRAPH_DEFAULT_BLOCK
    return Budget(endpoint, GRAPH_WINDOW, usage=usage, blocked_until=blocked_until)


def _usage_entries(report: object) -> list[dict[str, object]]:
    """X-App-Usage is one object; X-Business-Use-Case-Usage maps object ids to lists of them."""
    if not isinstance(report, dict):
        return []
    if any(key in report for key in USAGE_KEYS):
        return [report]
    nested = [item for value in report.values() if isinstance(value, list) for item in value]
    return [item for item in nested if isinstance(item, dict)]


def wait_after_429(headers: Mapping[str, str], now: datetime, default: timedelta) -> datetime:
    """When a throttled endpoint may be called again: the platform's word, else the default."""
    retry_after = headers.get("retry-after")
    if retry_after:
        parsed = _retry_after(retry_after, now)
        if parsed is not None:
            return parsed
    reset = _int(headers.get("x-rate-limit-reset"))
    if reset is not None:
        return datetime.fromtimestamp(reset, UTC)
    budget = graph_budget("", headers, now)
    if budget is not None and budget.blocked_until is not None:
        return budget.blocked_until
    return now + default


def _retry_after(value: str, now: datetime) -> datetime | None:
    if value.strip().isdigit():
        return now + timedelta(seconds=int(value))
    try:
        return parsedate_to_datetime(value).astimezone(UTC)
    except (TypeError, ValueError):
        return None


class RateLimits:
    """The budgets of one account's endpoints; shared by the scheduler's threads."""

    def __init__(self, account_id: str) -> None:
        self._account_id = account_id
        self._budgets: dict[str, Budget] = {}
        self._lock = threading.Lock()

    def observe(self, budgets: Iterable[Budget]) -> None:
        with self._lock:
            for budget in budgets:
                self._budgets[budget.endpoint] = budget

    def block(self, endpoint: str, until: datetime, window: timedelta) -> None:
        with self._lock:
            current = self._budgets.get(endpoint, Budget(endpoint, window))
            self._budgets[endpoint] = replace(current, blocked_until=until)

    def budgets(self, endpoint: str) -> list[Budget]:
        """The endpoint's budgets, its 24-hour one included."""
        with self._lock:
            names = (endpoint, endpoint + DAY_SUFFIX)
            return [self._budgets[name] for name in names if name in self._budgets]

    def require(self, endpoint: str, now: datetime) -> None:
        """Raise RateLimited instead of calling an endpoint that is known to be spent."""
        waits = [w for b in self.budgets(endpoint) if (w := b.resumes_at(now)) is not None]
        if waits:
            raise RateLimited(self._account_id, endpoint, max(waits))


def min_poll_interval(
    budgets: Iterable[Budget],
    now: datetime,
    calls_per_poll: int = 1,
    floor: timedelta = DEFAULT_FLOOR,
) -> timedelta:
    """The shortest polling interval a stream's budgets allow, never below floor."""
    intervals = [floor] + [_interval(b, now, max(calls_per_poll, 1), floor) for b in budgets]
    return max(intervals)


def _interval(budget: Budget, now: datetime, calls: int, floor: timedelta) -> timedelta:
    resumes_at = budget.resumes_at(now)
    if resumes_at is not None:
        return resumes_at - now
    if budget.limit:
        return budget.window * calls / budget.limit
    if budget.usage is not None:
        # Only a percentage is known: slow down as it climbs, ten times slower at 90 %.
        headroom = max(1.0 - budget.usage / GRAPH_THROTTLED_AT, 0.01)
        return floor * calls / headroom
    return floor


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: a random wait up to base * 2**attempt, capped."""

    base: timedelta = timedelta(seconds=1)
    cap: timedelta = timedelta(seconds=30)
    attempts: int = 3
    random: Callable[[], float] = field(default=random.random)

    def delay(self, attempt: int) -> timedelta:
        return min(self.cap, self.base * 2**attempt) * self.random()


def with_retries(
    call: Callable[[], T],
    transient: tuple[type[Exception], ...],
    backoff: Backoff,
    sleep: Callable[[float], None],
) -> T:
    """Run call, retrying transient failures with backoff; the last failure propagates."""
    for attempt in range(backoff.attempts - 1):
        try:
            return call()
        except transient:
            sleep(backoff.delay(attempt).total_seconds())
    return call()


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _json(value: str | None) -> object:
    if not value:
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return None
