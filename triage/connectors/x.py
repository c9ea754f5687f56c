"""X (Twitter) API v2 through tweepy's Client: mentions, DMs, public replies, hide."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
import tweepy

from triage.connectors.graph import (
    Parsed,
    as_object,
    first_of_each,
    items,
    optional_text,
    parse_each,
    parse_time,
    required_text,
)
from triage.connectors.ratelimit import (
    X_WINDOW,
    Backoff,
    RateLimits,
    min_poll_interval,
    wait_after_429,
    with_retries,
    x_budgets,
)
from triage.domain.errors import (
    AuthExpired,
    ConfigError,
    ConnectorError,
    RateLimited,
    SendRejected,
)
from triage.domain.model import Batch, Message, MessageKind, Platform
from triage.domain.ports import Clock

if TYPE_CHECKING:
    from triage.config import AccountSettings

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class Sweep:
    """Where a newest-first walk through a timeline stands; serialised as the stream's cursor.

    since_id: ids at or below it were stored by an earlier walk. start: the first walk's
    backfill limit. next_token: the page to read next. newest/oldest: ids seen in this walk
    (a later page repeating an id at or above oldest is a duplicate delivery).
    """

    since_id: int | None = None
    start: datetime | None = None
    next_token: str | None = None
    newest: int | None = None
    oldest: int | None = None

    @classmethod
    def load(cls, cursor: str | None, start: datetime) -> Sweep:
        if not cursor:
            return cls(start=start)
        try:
            data = json.loads(cursor)
            return cls(
                since_id=_opt_int(data.get("since_id")),
                start=datetime.fromisoformat(data["start"]) if data.get("start") else None,
                next_token=data.get("next_token"),
                newest=_opt_int(data.get("newest")),
                oldest=_opt_int(data.get("oldest")),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            # A cursor we did not write: backfill again; storage keeps messages unique.
            log.warning("unreadable X cursor; backfilling from %s", start.isoformat())
            return cls(start=start)

    def dump(self) -> str:
        data = {
            "since_id": _opt_str(self.since_id),
            "start": self.start.isoformat() if self.start else None,
            "next_token": self.next_token,
            "newest": _opt_str(self.newest),
            "oldest": _opt_str(self.oldest),
        }
        return json.dumps({k: v for k, v in data.items() if v is not None}, separators=(",", ":"))

    def wants(self, message: Message) -> bool:
        number = int(message.external_id)
        if self.since_id is not None and number <= self.since_id:
            return False
        if self.oldest is not None and number >= self.oldest:
            return False
        return self.start is None or message.created_at >= self.start

    def after(self, page: list[Any], messages: list[Message], next_token: str | None) -> Sweep:
        """The cursor after a page: the same walk's next page, or the next walk's since_id."""
        ids = [int(item["id"]) for item in page if str(as_object(item).get("id", "")).isdigit()]
        newest = max([*ids, *_present(self.newest)], default=None)
        oldest = min([*ids, *_present(self.oldest)], default=None)
        if next_token and not self._reached_end(ids, messages):
            return replace(self, next_token=next_token, newest=newest, oldest=oldest)
        if newest is None:
            return Sweep(since_id=self.since_id, start=self.start)  # nothing yet: same bounds
        return Sweep(since_id=newest)

    def _reached_end(self, ids: list[int], messages: list[Message]) -> bool:
        # DM events take no since_id: the walk ends where it meets what we already have.
        if self.since_id is not None and any(i <= self.since_id for i in ids):
            return True
        return self.start is not None and any(m.created_at < self.start for m in messages)


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


def parse_mentions(payload: dict[str, Any], account_id: str, user_id: str) -> Parsed:
    """Tweets that mention the account; its own tweets are dropped."""
    users = _users(payload)
    return parse_each(
        items(payload),
        account_id,
        "mentions",
        lambda item: _tweet(item, account_id, user_id, users),
        {user_id},
    )


def _tweet(
    item: dict[str, Any], account_id: str, user_id: str, users: dict[str, dict[str, Any]]
) -> Message:
    tweet_id = _numeric_id(item)
    author_id = required_text(item, "author_id")
    username = str(users.get(author_id, {}).get("username", ""))
    is_reply = item.get("in_reply_to_user_id") == user_id
    return Message(
        account_id=account_id,
        platform=Platform.X,
        external_id=tweet_id,
        kind=MessageKind.REPLY if is_reply else MessageKind.MENTION,
        thread_id=required_text(item, "conversation_id"),
        author_id=author_id,
        author_handle=f"@{username}" if username else "",
        text=optional_text(item, "text"),
        created_at=parse_time(item.get("created_at")),
        permalink=f"https://x.com/{username or 'i/web'}/status/{tweet_id}",
        raw=item,
    )


def parse_dm_events(payload: dict[str, Any], account_id: str, user_id: str) -> Parsed:
    """Received direct messages; the account's own (sent) events are dropped."""
    users = _users(payload)
    # Joins and leaves carry no message.
    events = [
        item
        for item in items(payload)
        if as_object(item).get("event_type", "MessageCreate") == "MessageCreate"
    ]
    return parse_each(
        events, account_id, "dms", lambda item: _dm_event(item, account_id, users), {user_id}
    )


def _dm_event(item: dict[str, Any], account_id: str, users: dict[str, dict[str, Any]]) -> Message:
    sender_id = required_text(item, "sender_id")
    conversation_id = required_text(item, "dm_conversation_id")
    username = str(users.get(sender_id, {}).get("username", ""))
    return Message(
        account_id=account_id,
        platform=Platform.X,
        external_id=_numeric_id(item),
        kind=MessageKind.DM,
        thread_id=conversation_id,
        author_id=sender_id,
        author_handle=f"@{username}" if username else "",
        text=optional_text(item, "text"),
        created_at=parse_time(item.get("created_at")),
        permalink=f"https://x.com/messages/{conversation_id}",
        raw=item,
    )


def _numeric_id(item: object) -> str:
    # Ids are snowflakes: resuming compares them as numbers.
    value = required_text(item, "id")
    if not value.isdigit():
        raise ValueError(f"id {value!r} is not numeric")
    return value


def _users(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    includes = payload.get("includes")
    users = includes.get("users") if isinstance(includes, dict) else None
    if not isinstance(users, list):
        return {}
    return {str(u["id"]): u for u in users if isinstance(u, dict) and "id" in u}


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


def _present(value: int | None) -> list[int]:
    return [] if value is None else [value]


def _opt_int(value: object) -> int | None:
    return int(str(value)) if value is not None else None


def _opt_str(value: int | None) -> str | None:
    return str(value) if value is not None else None


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
