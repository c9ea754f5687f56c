"""XConnector: one account's tweepy calls, rate budgets and error translation."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
import tweepy

from triage.connectors.graph import as_object, first_of_each, items
from triage.connectors.ratelimit import (
    X_WINDOW,
    Backoff,
    RateLimits,
    min_poll_interval,
    wait_after_429,
    with_retries,
    x_budgets,
)
from triage.connectors.x.payloads import parse_dm_events, parse_mentions
from triage.connectors.x.sweep import Sweep
from triage.domain.errors import (
    AuthExpired,
    ConfigError,
    ConnectorError,
    RateLimited,
    SendRejected,
)
from triage.domain.model import Batch, Message, MessageKind
from triage.domain.ports import Clock

if TYPE_CHECKING:
    from triage.config import AccountSettings

TWEEPY_HOST = "https://api.twitter.com"
STREAMS = ("mentions", "dms")
PAGE_SIZE = 100
TWEET_FIELDS = "author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets"
USER_FIELDS = "username,name"
DM_EVENT_FIELDS = (
    "id,text,event_type,created_at,sender_id,dm_conversation_id,attachments,referenced_tweets"
)
MENTIONS = "GET /2/users/:id/mentions"
DM_EVENTS = "GET /2/dm_events"
SEND_TWEET = "POST /2/tweets"
SEND_DM = "POST /2/dm_conversations/with/:id/messages"
HIDE_REPLY = "PUT /2/tweets/:id/hidden"
ME = "GET /2/users/me"
STREAM_ENDPOINTS = {"mentions": MENTIONS, "dms": DM_EVENTS}
# X sends no Retry-After; a 429 without x-rate-limit-reset waits one window.
DEFAULT_BLOCK = X_WINDOW
TRANSIENT = (tweepy.TwitterServerError, requests.Timeout, requests.ConnectionError)
# User, tweet and DM conversation ids ("123-456"); not the API version segment "2".
_ID_SEGMENT = re.compile(r"^\d[\d-]{3,}$")
TIER_NOTES = [
    "mentions: Basic allows 10 calls per 15 min per user (one poll every 90 s)",
    "DMs: GET /2/dm_events is about 1 request per 24 h on Basic, 15 per 15 min on Pro and "
    "pay-per-use; polling DMs on Basic is unusable",
    "self-serve replies are accepted only when the author mentioned or quoted the account",
]


class RebasedSession(requests.Session):
    """tweepy hard-codes https://api.twitter.com: send its calls to base_url, with a timeout."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def request(
        self, method: str, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        url = url.decode() if isinstance(url, bytes) else url
        if url.startswith(TWEEPY_HOST):
            url = self.base_url + url.removeprefix(TWEEPY_HOST)
        # tweepy passes no timeout, and a stalled socket would hang the poller for good.
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


class XConnector:
    """One X account: mentions and DMs in, public replies and DMs out, replies hidden."""

    def __init__(
        self,
        account_id: str,
        user_id: str,
        client: tweepy.Client,
        clock: Clock,
        sleep: Callable[[float], None],
        backfill: timedelta = timedelta(hours=24),
        backoff: Backoff | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._account_id = account_id
        self._user_id = user_id
        self._client = client
        self._clock = clock
        self._sleep = sleep
        self._backfill = backfill
        self._backoff = backoff or Backoff()
        self._page_size = page_size
        self.limits = RateLimits(account_id)
        self._access_level: str | None = None
        # Budgets come from every response's headers, which return_type=dict drops.
        client.session.hooks["response"].append(self._observe)

    @property
    def streams(self) -> tuple[str, ...]:
        return STREAMS

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        sweep = Sweep.load(cursor, self._clock.now() - self._backfill)
        if stream == "mentions":
            read = partial(
                self._client.get_users_mentions, self._user_id, **self._mention_params(sweep)
            )
            payload = self._call(MENTIONS, read, retry=True)
            found = parse_mentions(payload, self._account_id, self._user_id)
        elif stream == "dms":
            read = partial(self._client.get_direct_message_events, **self._dm_params(sweep))
            payload = self._call(DM_EVENTS, read, retry=True)
            found = parse_dm_events(payload, self._account_id, self._user_id)
        else:
            raise ConnectorError(f"account {self._account_id}: no stream {stream!r} on X")
        following = sweep.after(items(payload), found.messages, _next_token(payload))
        return Batch(first_of_each(found.messages, sweep.wants), following.dump(), found.rejected)

    def reply(self, message: Message, text: str) -> str:
        # Never retried: a post that timed out may have gone out, and a reply must not double.
        if message.kind is MessageKind.DM:
            send = partial(
                self._client.create_direct_message, participant_id=message.author_id, text=text
            )
            sent = self._call(SEND_DM, send, retry=False, refused=SendRejected)
            return self._data_field(sent, "dm_event_id")
        send = partial(
            self._client.create_tweet, text=text, in_reply_to_tweet_id=message.external_id
        )
        sent = self._call(SEND_TWEET, send, retry=False, refused=SendRejected)
        return self._data_field(sent, "id")

    def hide(self, message: Message) -> None:
        self._set_hidden(message, self._client.hide_reply)

    def unhide(self, message: Message) -> None:
        self._set_hidden(message, self._client.unhide_reply)

    def _set_hidden(self, message: Message, call: Callable[[str], Any]) -> None:
        if message.kind is MessageKind.DM:
            raise ConnectorError(f"account {self._account_id}: X cannot hide direct messages")
        self._call(HIDE_REPLY, partial(call, message.external_id), retry=True)

    def identity_check(self) -> dict[str, Any]:
        """Who the tokens act as, and what the app's access level leaves out."""
        try:
            payload = self._call(
                ME, partial(self._client.get_me, user_fields="username"), retry=True
            )
        except ConnectorError as error:
            return {
                "ok": False,
                "who": "",
                "missing_scopes": [],
                "notes": [str(error), *TIER_NOTES],
            }
        me = as_object(payload.get("data"))
        notes = list(TIER_NOTES)
        if str(me.get("id")) != self._user_id:
            notes.insert(0, f"the tokens act as user {me.get('id')}, not {self._user_id}")
        missing = self._missing_access()
        return {
            "ok": str(me.get("id")) == self._user_id and not missing,
            "who": f"@{me.get('username', '?')} ({me.get('id', '?')})",
            "missing_scopes": missing,
            "notes": notes,
        }

    def min_poll_interval(self, stream: str) -> timedelta:
        endpoint = STREAM_ENDPOINTS[stream]
        return min_poll_interval(self.limits.budgets(endpoint), self._clock.now())

    def _mention_params(self, sweep: Sweep) -> dict[str, Any]:
        params: dict[str, Any] = {
            "max_results": self._page_size,
            "tweet_fields": TWEET_FIELDS,
            "expansions": ["author_id"],
            "user_fields": USER_FIELDS,
            "user_auth": True,
        }
        if sweep.since_id is not None:
            params["since_id"] = str(sweep.since_id)
        elif sweep.start is not None:
            params["start_time"] = sweep.start
        if sweep.next_token:
            params["pagination_token"] = sweep.next_token
        return params

    def _dm_params(self, sweep: Sweep) -> dict[str, Any]:
        params: dict[str, Any] = {
            "event_types": "MessageCreate",
            "expansions": ["sender_id"],
            "dm_event_fields": DM_EVENT_FIELDS,
            "user_fields": USER_FIELDS,
            "max_results": self._page_size,
        }
        if sweep.next_token:
            params["pagination_token"] = sweep.next_token
        return params

    def _call(
        self,
        endpoint: str,
        call: Callable[[], Any],
        *,
        retry: bool,
        refused: type[ConnectorError] = ConnectorError,
    ) -> dict[str, Any]:
        """refused: what a 4xx becomes (for a reply: SendRejected, since nothing was posted)."""
        self.limits.require(endpoint, self._clock.now())
        try:
            payload = with_retries(call, TRANSIENT, self._backoff, self._sleep) if retry else call()
        except tweepy.Unauthorized:
            raise AuthExpired(self._account_id, f"X answered 401 on {endpoint}") from None
        except tweepy.TooManyRequests as error:
            raise self._rate_limited(endpoint, error) from None
        except TRANSIENT as error:
            raise ConnectorError(
                f"account {self._account_id}: X {endpoint} failed: {_describe(error)}"
            ) from None
        except tweepy.HTTPException as error:
            raise refused(
                f"account {self._account_id}: X refused {endpoint}: {_describe(error)}"
            ) from None
        except requests.JSONDecodeError:
            raise ConnectorError(
                f"account {self._account_id}: X {endpoint} answered with a body that is not JSON"
            ) from None
        if not isinstance(payload, dict):
            raise ConnectorError(f"account {self._account_id}: X {endpoint} answered no object")
        return payload

    def _rate_limited(self, endpoint: str, error: tweepy.TooManyRequests) -> RateLimited:
        until = wait_after_429(error.response.headers, self._clock.now(), DEFAULT_BLOCK)
        self.limits.block(endpoint, until, X_WINDOW)
        return RateLimited(self._account_id, endpoint, until)

    def _observe(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        endpoint = endpoint_of(response.request.method or "", urlsplit(response.url).path)
        self.limits.observe(x_budgets(endpoint, response.headers))
        level = response.headers.get("x-access-level")
        if level:
            self._access_level = level

    def _missing_access(self) -> list[str]:
        # OAuth 1.0a responses say the app's permission level; replies need write, DMs more.
        level = self._access_level or ""
        missing = []
        if "write" not in level:
            missing.append("write (Read and Write app permission)")
        if "directmessages" not in level:
            missing.append("direct messages (Read, Write and Direct Messages app permission)")
        return missing

    def _data_field(self, payload: dict[str, Any], key: str) -> str:
        data = payload.get("data")
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, str) or not value:
            raise ConnectorError(f"account {self._account_id}: X accepted the reply without {key}")
        return value


def endpoint_of(method: str, path: str) -> str:
    """GET /2/users/783214/mentions -> GET /2/users/:id/mentions: one budget per endpoint."""
    segments = [":id" if _ID_SEGMENT.match(part) else part for part in path.split("/")]
    return f"{method.upper()} {'/'.join(segments)}"


def _next_token(payload: dict[str, Any]) -> str | None:
    token = as_object(payload.get("meta")).get("next_token")
    return token if isinstance(token, str) and token else None


def _describe(error: Exception) -> str:
    if isinstance(error, tweepy.HTTPException):
        codes = ", ".join(map(str, error.api_codes))
        messages = "; ".join(map(str, error.api_messages))
        status = error.response.status_code
        return (
            f"HTTP {status}"
            + (f" (codes {codes})" if codes else "")
            + (f": {messages}" if messages else "")
        )
    return "timed out" if isinstance(error, requests.Timeout) else type(error).__name__


def build_x_connector(
    account: AccountSettings,
    secret: Callable[[str], str],
    clock: Clock,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float = 10.0,
    source: str = "<config>",
) -> XConnector:
    """secrets: consumer_key, consumer_secret, access_token, access_token_secret (OAuth 1.0a)."""
    if not account.user_id:
        raise ConfigError(source, f"accounts[{account.id}].user_id", "required for x")
    client = tweepy.Client(
        consumer_key=secret("consumer_key"),
        consumer_secret=secret("consumer_secret"),
        access_token=secret("access_token"),
        access_token_secret=secret("access_token_secret"),
        return_type=dict,
        wait_on_rate_limit=False,  # tweepy would sleep inside the poller; we raise RateLimited
    )
    client.session = RebasedSession(account.base_url or TWEEPY_HOST, timeout)
    return XConnector(
        account.id,
        account.user_id,
        client,
        clock,
        sleep,
        backfill=timedelta(hours=account.backfill_hours),
    )
