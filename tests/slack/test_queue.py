from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from slack_sdk import WebClient

from tests.fakes.ports import FixedClock
from tests.fakes.slack_api import FakeSlackApi, web_client
from triage.domain.errors import AuthExpired, ConnectorError, RateLimited
from triage.slack.queue import SlackAlerts, SlackCalls, retry_after, user_group_members


def test_a_429_becomes_rate_limited_until_retry_after(api: FakeSlackApi, clock: FixedClock) -> None:
    calls = SlackCalls(web_client(api), clock)
    api.fail_next("chat.postMessage", "ratelimited", status=429, retry_after=17)
    with pytest.raises(RateLimited) as raised:
        SlackAlerts(calls).post_alert("C1", "token expired")
    assert raised.value.resumes_at == clock.now() + timedelta(seconds=17)


def test_the_fake_answers_a_second_post_in_the_same_second_with_429(
    api: FakeSlackApi, clock: FixedClock
) -> None:
    alerts = SlackAlerts(SlackCalls(web_client(api), clock))
    alerts.post_alert("C1", "one")
    with pytest.raises(RateLimited):
        alerts.post_alert("C1", "two")
    alerts.post_alert("C2", "another channel is fine")


def test_a_revoked_token_names_slack(api: FakeSlackApi, clock: FixedClock) -> None:
    api.fail_next("chat.postMessage", "token_revoked")
    with pytest.raises(AuthExpired, match="account slack"):
        SlackAlerts(SlackCalls(web_client(api), clock)).post_alert("C1", "x")


def test_other_slack_errors_name_the_method_channel_and_code(
    api: FakeSlackApi, clock: FixedClock
) -> None:
    api.fail_next("chat.postMessage", "not_in_channel")
    with pytest.raises(ConnectorError, match=r"chat\.postMessage to C1: not_in_channel"):
        SlackAlerts(SlackCalls(web_client(api), clock)).post_alert("C1", "x")


def test_slack_being_unreachable_is_a_connector_error(clock: FixedClock) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = WebClient(token="xoxb-t", base_url=f"http://127.0.0.1:{port}/api/", timeout=2)
    with pytest.raises(ConnectorError, match=r"slack chat\.postMessage to C1"):
        SlackAlerts(SlackCalls(client, clock)).post_alert("C1", "x")


def test_retry_after_reads_any_header_case_and_has_a_default() -> None:
    assert retry_after({"retry-after": "3"}) == 3
    assert retry_after({"Retry-After": ["9"]}) == 9
    assert retry_after({}) == 30


def test_user_groups_in_role_lists_are_expanded(api: FakeSlackApi, clock: FixedClock) -> None:
    api.user_groups["S0DOCTORS"] = ["U0DOC1", "U0DOC2"]
    calls = SlackCalls(web_client(api), clock)
    assert user_group_members(calls, ["U0ADMIN", "S0DOCTORS"]) == ["U0ADMIN", "U0DOC1", "U0DOC2"]
