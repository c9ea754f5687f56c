from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.fakes.server import fixture
from triage.connectors.ratelimit import (
    GRAPH_DEFAULT_BLOCK,
    Backoff,
    Budget,
    RateLimits,
    graph_budget,
    min_poll_interval,
    wait_after_429,
    with_retries,
    x_budgets,
)
from triage.domain.errors import RateLimited

NOW = datetime(2022, 10, 7, 22, 43, 18, tzinfo=UTC)
MENTIONS = "GET /2/users/:id/mentions"


def recorded_x_headers() -> dict[str, str]:
    [interaction] = fixture("x/decoded/test_client_get_users_mentions.json")
    return dict(interaction["response"]["headers"])


def recorded_graph_headers(line: int) -> dict[str, str]:
    return next(
        h["headers"]
        for h in fixture("graph/headers/rate_limit_headers.json")
        if h["lineno"] == line
    )


def test_x_budget_is_read_from_the_recorded_headers() -> None:
    [budget] = x_budgets(MENTIONS, recorded_x_headers())
    assert (budget.limit, budget.remaining) == (450, 448)
    assert budget.resets_at == datetime.fromtimestamp(1665183228, UTC)
    assert budget.resumes_at(NOW) is None


def test_x_24_hour_headers_make_a_second_budget() -> None:
    headers = {
        "x-user-limit-24hour-limit": "1",
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": str(int((NOW + timedelta(hours=20)).timestamp())),
    }
    [daily] = x_budgets("GET /2/dm_events", headers)
    assert daily.window == timedelta(hours=24)
    assert daily.resumes_at(NOW) == NOW + timedelta(hours=20)


def test_graph_app_usage_below_100_does_not_block() -> None:
    budget = graph_budget("graph", recorded_graph_headers(13), NOW)
    assert budget is not None
    assert budget.usage == 91
    assert budget.resumes_at(NOW) is None


def test_graph_business_use_case_usage_is_read_per_object() -> None:
    budget = graph_budget("graph", recorded_graph_headers(35), NOW)
    assert budget is not None and budget.usage == 1


def test_graph_estimated_time_to_regain_access_blocks_for_that_many_minutes() -> None:
    header = (
        '{"112130216863063":[{"type":"pages","call_count":100,"total_cputime":4,'
        '"total_time":5,"estimated_time_to_regain_access":7}]}'
    )
    budget = graph_budget("graph", {"x-business-use-case-usage": header}, NOW)
    assert budget is not None
    assert budget.resumes_at(NOW) == NOW + timedelta(minutes=7)


def test_graph_usage_at_100_without_an_estimate_blocks_for_the_default() -> None:
    header = '{"call_count":100,"total_cputime":15,"total_time":12}'
    budget = graph_budget("graph", {"x-app-usage": header}, NOW)
    assert budget is not None
    assert budget.resumes_at(NOW) == NOW + GRAPH_DEFAULT_BLOCK


def test_unreadable_usage_headers_are_ignored() -> None:
    assert graph_budget("graph", {"x-app-usage": "{not json"}, NOW) is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "30"}, NOW + timedelta(seconds=30)),
        (
            {"retry-after": "Fri, 07 Oct 2022 22:45:00 GMT"},
            datetime(2022, 10, 7, 22, 45, tzinfo=UTC),
        ),
        ({"x-rate-limit-reset": "1665183228"}, datetime.fromtimestamp(1665183228, UTC)),
        ({}, NOW + timedelta(minutes=15)),
    ],
)
def test_a_429_waits_for_what_the_platform_says(
    headers: dict[str, str], expected: datetime
) -> None:
    assert wait_after_429(headers, NOW, timedelta(minutes=15)) == expected


def test_a_spent_budget_refuses_calls_until_it_resets() -> None:
    limits = RateLimits("x-main")
    reset = NOW + timedelta(minutes=4)
    limits.observe([Budget(MENTIONS, timedelta(minutes=15), 10, 0, reset)])
    with pytest.raises(RateLimited, match="x-main") as raised:
        limits.require(MENTIONS, NOW)
    assert raised.value.resumes_at == reset
    limits.require(MENTIONS, reset + timedelta(seconds=1))


def test_a_blocked_endpoint_stays_blocked_until_the_given_time() -> None:
    limits = RateLimits("fb-page")
    limits.block("graph", NOW + timedelta(minutes=5), timedelta(hours=1))
    with pytest.raises(RateLimited):
        limits.require("graph", NOW)
    limits.require("graph", NOW + timedelta(minutes=5))


def test_basic_tier_mentions_allow_one_poll_every_90_seconds() -> None:
    budget = Budget(MENTIONS, timedelta(minutes=15), limit=10, remaining=9)
    assert min_poll_interval([budget], NOW) == timedelta(seconds=90)


def test_a_daily_budget_of_one_means_one_poll_a_day() -> None:
    hourly = Budget("dm", timedelta(minutes=15), limit=300, remaining=299)
    daily = Budget("dm (24h)", timedelta(hours=24), limit=1, remaining=1)
    assert min_poll_interval([hourly, daily], NOW) == timedelta(hours=24)


def test_graph_polling_slows_as_usage_climbs() -> None:
    calm = Budget("graph", timedelta(hours=1), usage=0)
    busy = Budget("graph", timedelta(hours=1), usage=90)
    floor = timedelta(seconds=10)
    assert min_poll_interval([calm], NOW, floor=floor) == floor
    assert min_poll_interval([busy], NOW, floor=floor).total_seconds() == pytest.approx(100)


def test_a_blocked_budget_waits_until_it_resumes() -> None:
    blocked = Budget("graph", timedelta(hours=1), usage=100, blocked_until=NOW + timedelta(hours=2))
    assert min_poll_interval([blocked], NOW) == timedelta(hours=2)


def test_backoff_doubles_and_is_capped_with_injected_jitter() -> None:
    backoff = Backoff(timedelta(seconds=1), timedelta(seconds=5), 4, random=lambda: 0.5)
    delays = [backoff.delay(attempt).total_seconds() for attempt in range(4)]
    assert delays == [0.5, 1.0, 2.0, 2.5]


def test_transient_failures_are_retried_then_succeed() -> None:
    outcomes: list[Exception | str] = [TimeoutError(), TimeoutError(), "ok"]
    sleeps: list[float] = []

    def call() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    backoff = Backoff(attempts=3, random=lambda: 1.0)
    assert with_retries(call, (TimeoutError,), backoff, sleeps.append) == "ok"
    assert sleeps == [1.0, 2.0]


def test_the_last_transient_failure_propagates() -> None:
    sleeps: list[float] = []

    def call() -> str:
        raise TimeoutError

    with pytest.raises(TimeoutError):
        with_retries(call, (TimeoutError,), Backoff(attempts=3), sleeps.append)
    assert len(sleeps) == 2


def test_other_failures_are_not_retried() -> None:
    sleeps: list[float] = []

    def call() -> str:
        raise KeyError("bad")

    with pytest.raises(KeyError):
        with_retries(call, (TimeoutError,), Backoff(), sleeps.append)
    assert sleeps == []
