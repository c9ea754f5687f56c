"""The ReviewQueue and Alerts ports over slack_sdk's WebClient; Slack errors become ours here.

No retries here: a 429 becomes RateLimited with Slack's Retry-After, and the outbox (services)
decides what waits. Sleeping in here would hold an emergency card behind a routine one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web import SlackResponse

from triage.domain.errors import AuthExpired, ConnectorError, RateLimited
from triage.domain.model import Digest, QueueItem
from triage.domain.ports import Clock
from triage.slack import blocks

log = logging.getLogger(__name__)

ACCOUNT = "slack"
DEFAULT_RETRY_AFTER = 30
AUTH_ERRORS = frozenset({"invalid_auth", "not_authed", "token_revoked", "token_expired"})


class SlackCalls:
    """Calls the Web API and translates its failures; shared by the queue and the alerts."""

    def __init__(self, client: WebClient, clock: Clock) -> None:
        self.client = client
        self._clock = clock

    def post(self, channel: str, text: str, **extra: Any) -> str:
        response = self.call(
            "chat.postMessage",
            channel,
            lambda: self.client.chat_postMessage(channel=channel, text=text, **extra),
        )
        return str(response["ts"])

    def update(self, channel: str, ts: str, text: str, body: list[blocks.Block]) -> None:
        self.call(
            "chat.update",
            channel,
            lambda: self.client.chat_update(channel=channel, ts=ts, text=text, blocks=body),
        )

    def call(
        self, method: str, channel: str, request: Callable[[], SlackResponse]
    ) -> SlackResponse:
        try:
            return request()
        except SlackApiError as error:
            raise self._translate(method, channel, error) from None
        except (SlackClientError, OSError) as error:
            raise ConnectorError(f"slack {method} to {channel}: {type(error).__name__}") from None

    def _translate(self, method: str, channel: str, error: SlackApiError) -> ConnectorError:
        response = error.response
        code = str(response.get("error", "unknown_error"))
        if response.status_code == 429 or code == "ratelimited":
            wait = timedelta(seconds=retry_after(response.headers))
            return RateLimited(ACCOUNT, f"{method} {channel}", self._clock.now() + wait)
        if code in AUTH_ERRORS:
            return AuthExpired(ACCOUNT, f"{method}: {code}")
        return ConnectorError(f"slack {method} to {channel}: {code}")


def retry_after(headers: dict[str, Any]) -> int:
    """Slack's Retry-After in seconds (any header case); a cautious default if it is missing."""
    for name, value in headers.items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(1, int(raw))
            except (TypeError, ValueError):
                break
    return DEFAULT_RETRY_AFTER


class SlackReviewQueue:
    """Proposal cards, digests and escalations in Slack channels."""

    def __init__(self, calls: SlackCalls, masked: bool) -> None:
        self._calls = calls
        self._masked = masked

    def post_card(self, channel: str, item: QueueItem, mention: str) -> str:
        body = blocks.proposal_card(item, masked=self._masked, mention=mention)
        return self._calls.post(channel, blocks.card_text(item, mention), blocks=body)

    def show_card(self, channel: str, ts: str, item: QueueItem, note: str = "") -> None:
        body = blocks.card(item, masked=self._masked, note=note)
        self._calls.update(channel, ts, blocks.card_text(item), body)

    def post_digest(self, channel: str, digest: Digest) -> str:
        body = blocks.digest_card(digest, masked=self._masked)
        return self._calls.post(channel, blocks.digest_text(digest), blocks=body)

    def show_digest(self, channel: str, ts: str, digest: Digest) -> None:
        body = blocks.digest_card(digest, masked=self._masked)
        self._calls.update(channel, ts, blocks.digest_text(digest), body)

    def post_escalation(
        self, channel: str, card_ts: str, item: QueueItem, mention: str, waited: timedelta
    ) -> str:
        # In the card's thread and broadcast to the channel: a new ping that points at the card.
        text = blocks.escalation_text(item, mention, waited)
        return self._calls.post(channel, text, thread_ts=card_ts, reply_broadcast=True)


class SlackAlerts:
    """Admin alerts in a channel, and the on-call page as a direct message from the app."""

    def __init__(self, calls: SlackCalls) -> None:
        self._calls = calls

    def post_alert(self, channel: str, text: str) -> str:
        return self._calls.post(channel, blocks.alert_text(text))

    def page(self, user: str, item: QueueItem, card_channel: str, waited: timedelta) -> str:
        # Posting to a user id lands in the app's Messages tab: a DM without conversations.open.
        return self._calls.post(user, blocks.page_text(item, card_channel, waited))


def user_group_members(calls: SlackCalls, ids: Iterable[str]) -> list[str]:
    """Role lists may name user groups (S...): expand them to their members, keep the rest."""
    members: list[str] = []
    for entry in ids:
        members.extend(_group_members(calls, entry) if entry.startswith("S") else [entry])
    return members


def _group_members(calls: SlackCalls, group: str) -> list[str]:
    response = calls.call(
        "usergroups.users.list", group, lambda: calls.client.usergroups_users_list(usergroup=group)
    )
    users: list[Any] = response.get("users", [])
    return [str(user) for user in users]
