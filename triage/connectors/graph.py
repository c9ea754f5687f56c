"""A small httpx client for the Graph API: version, paging, usage headers, error mapping."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

import httpx

from triage.connectors.ratelimit import (
    GRAPH_DEFAULT_BLOCK,
    GRAPH_WINDOW,
    Backoff,
    RateLimits,
    graph_budget,
    min_poll_interval,
    wait_after_429,
    with_retries,
)
from triage.domain.errors import AuthExpired, ConnectorError, RateLimited
from triage.domain.model import Batch, Message, Rejected
from triage.domain.ports import Clock

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://graph.facebook.com"
ENDPOINT = "Graph API"
MAX_PAGES = 50
# 190: the access token expired or was revoked (subcodes 458-467 say why); 102: the session did.
AUTH_CODES = frozenset({102, 190})
# 4 app, 17 user, 32 page, 613 custom limits; 8000x are the business use case limits
# (codes from secondary sources: treating them as throttling errs on the side of calling less).
THROTTLE_CODES = frozenset({4, 17, 32, 613, 80001, 80002, 80006})
# 1 "unknown" and 2 "service" errors are the ones Meta calls temporary.
TRANSIENT_CODES = frozenset({1, 2})
# Re-read this far back: a comment written while we read another post may carry an earlier
# time than the newest one we already stored.
OVERLAP = timedelta(minutes=2)
# Messages per batch: each batch is one commit, so a burst neither waits for its last page
# nor holds thousands of rows in one transaction.
BATCH_LIMIT = 500


class Parsed(NamedTuple):
    """What payloads held: the messages, and the items quarantined."""

    messages: list[Message]
    rejected: list[Rejected]

    def add(self, other: Parsed) -> None:
        self.messages.extend(other.messages)
        self.rejected.extend(other.rejected)


class GraphRefused(ConnectorError):
    """Graph answered with an error that waiting will not fix (permissions, bad ids, policy)."""

    def __init__(self, account_id: str, call: str, code: int | None, detail: str) -> None:
        super().__init__(f"account {account_id}: Graph refused {call}: {detail}")
        self.code = code


class _ServerTrouble(Exception):
    """A 5xx or a Graph error flagged temporary: worth a retry."""


class GraphClient:
    """One account's Graph API calls; every failure becomes a domain error naming the account."""

    def __init__(
        self,
        account_id: str,
        http: httpx.Client,
        version: str,
        clock: Clock,
        sleep: Callable[[float], None],
        backoff: Backoff | None = None,
    ) -> None:
        self.account_id = account_id
        self.limits = RateLimits(account_id)
        self.calls = 0
        self._http = http
        self._version = version.strip("/")
        self._clock = clock
        self._sleep = sleep
        self._backoff = backoff or Backoff()

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return self._call("GET", path, params=params, retry=True)

    def post(self, path: str, body: Mapping[str, Any], *, retry: bool = False) -> dict[str, Any]:
        """Retry only idempotent posts (hiding): a reply retried after a timeout may go twice."""
        return self._call("POST", path, body=body, retry=retry)

    def pages(self, path: str, params: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        """Each page of an edge, following paging.next; Meta's cursors are never stored."""
        query = dict(params)
        for _ in range(MAX_PAGES):
            payload = self.get(path, query)
            yield payload
            following = next_query(payload)
            if following is None or {**query, **following} == query:
                return
            query = {**query, **following}

    def min_poll_interval(self, calls_per_poll: int) -> timedelta:
        return min_poll_interval(self.limits.budgets(ENDPOINT), self._clock.now(), calls_per_poll)

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        retry: bool,
    ) -> dict[str, Any]:
        self.limits.require(ENDPOINT, self._clock.now())
        call = f"{method} {path}"

        def send() -> dict[str, Any]:
            return self._send(method, path, params, body)

        try:
            if retry:
                return with_retries(
                    send, (httpx.TransportError, _ServerTrouble), self._backoff, self._sleep
                )
            return send()
        except httpx.TimeoutException:
            raise ConnectorError(f"account {self.account_id}: Graph {call} timed out") from None
        except httpx.TransportError as error:
            raise ConnectorError(
                f"account {self.account_id}: Graph {call} failed: {type(error).__name__}"
            ) from None
        except _ServerTrouble as trouble:
            raise ConnectorError(
                f"account {self.account_id}: Graph {call} failed: {trouble}"
            ) from None

    def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
    ) -> dict[str, Any]:
        url = f"/{self._version}/{path.lstrip('/')}"
        self.calls += 1
        response = self._http.request(method, url, params=params, json=body)
        self._observe(response)
        if response.status_code >= 500:
            log.info(
                "account %s: Graph %s %s answered %s",
                self.account_id,
                method,
                path,
                response.status_code,
            )
            raise _ServerTrouble(f"HTTP {response.status_code}")
        payload = self._decode(response, f"{method} {path}")
        self._raise_for_error(response, payload, f"{method} {path}")
        return payload

    def _observe(self, response: httpx.Response) -> None:
        budget = graph_budget(ENDPOINT, response.headers, self._clock.now())
        if budget is not None:
            self.limits.observe([budget])

    def _decode(self, response: httpx.Response, call: str) -> dict[str, Any]:
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            raise ConnectorError(
                f"account {self.account_id}: Graph {call} answered HTTP {response.status_code} "
                "with a body that is not a JSON object"
            )
        return payload

    def _raise_for_error(
        self, response: httpx.Response, payload: dict[str, Any], call: str
    ) -> None:
        error = payload.get("error")
        if response.status_code < 400 and not isinstance(error, dict):
            return
        error = error if isinstance(error, dict) else {}
        code = error.get("code") if isinstance(error.get("code"), int) else None
        detail = describe_error(error, response.status_code)
        if code in AUTH_CODES or response.status_code == 401:
            raise AuthExpired(self.account_id, detail)
        if code in THROTTLE_CODES or response.status_code == 429:
            until = wait_after_429(response.headers, self._clock.now(), GRAPH_DEFAULT_BLOCK)
            self.limits.block(ENDPOINT, until, GRAPH_WINDOW)
            raise RateLimited(self.account_id, ENDPOINT, until)
        if code in TRANSIENT_CODES or error.get("is_transient") is True:
            raise _ServerTrouble(detail)
        raise GraphRefused(self.account_id, call, code, detail)


def describe_error(error: Mapping[str, Any], status: int) -> str:
    """'Graph error 190/463: <message> (trace <fbtrace_id>)': what support and Meta ask for."""
    code, subcode = error.get("code"), error.get("error_subcode")
    numbers = f"{code}/{subcode}" if subcode else f"{code}"
    text = error.get("message") or f"HTTP {status}"
    trace = f" (trace {error['fbtrace_id']})" if error.get("fbtrace_id") else ""
    return f"Graph error {numbers}: {text}{trace}" if code is not None else f"{text}{trace}"


def next_query(payload: Mapping[str, Any]) -> dict[str, str] | None:
    """The query of paging.next without its host or token, so a base-URL override holds."""
    paging = payload.get("paging")
    following = paging.get("next") if isinstance(paging, dict) else None
    if not isinstance(following, str) or not following:
        return None
    query = parse_qsl(urlsplit(following).query, keep_blank_values=False)
    return {key: value for key, value in query if key != "access_token"}


def parse_time(value: object) -> datetime:
    """ISO 8601 with a zone (Graph: 2021-07-21T21:05:14+0000, X: ...18.000Z), made UTC."""
    if not isinstance(value, str):
        raise ValueError("missing time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"time without a zone: {value!r}")
    return parsed.astimezone(UTC)


def items(payload: Mapping[str, Any]) -> list[Any]:
    data = payload.get("data")
    return data if isinstance(data, list) else []


@dataclass(frozen=True)
class Watermark:
    """Our own resume point: the newest time stored, and the ids stored within OVERLAP of it.

    Meta says not to store its paging cursors (they break when items are deleted), so a stream
    is re-read from OVERLAP before the newest time, skipping the ids already stored.
    """

    at: datetime
    seen: Mapping[str, datetime]

    @classmethod
    def load(cls, cursor: str | None, start: datetime) -> Watermark:
        if not cursor:
            return cls(start, {})
        try:
            data = json.loads(cursor)
            seen = {str(k): datetime.fromtimestamp(v, UTC) for k, v in data["seen"].items()}
            return cls(datetime.fromisoformat(data["at"]), seen)
        except (ValueError, TypeError, KeyError, AttributeError):
            # A cursor we did not write: backfill again; storage keeps messages unique.
            log.warning("unreadable Graph cursor; backfilling from %s", start.isoformat())
            return cls(start, {})

    @property
    def since(self) -> datetime:
        return self.at - OVERLAP

    def is_new(self, message: Message) -> bool:
        return message.created_at >= self.since and message.external_id not in self.seen

    def advance(self, messages: Iterable[Message]) -> Watermark:
        times = {**self.seen, **{m.external_id: m.created_at for m in messages}}
        at = max([self.at, *times.values()])
        return Watermark(at, {i: t for i, t in times.items() if t >= at - OVERLAP})

    def dump(self) -> str:
        seen = {i: int(t.timestamp()) for i, t in sorted(self.seen.items())}
        return json.dumps({"at": self.at.isoformat(), "seen": seen}, separators=(",", ":"))


def unix(moment: datetime) -> int:
    return int(moment.timestamp())


class Backlog:
    """New messages fetched but not yet handed out, so a burst is stored in bounded commits.

    Only memory: after a restart the cursor of the last batch handed out re-reads the rest.
    """

    def __init__(self, limit: int = BATCH_LIMIT) -> None:
        self._limit = limit
        self._held: dict[str, tuple[str, Watermark, list[Message]]] = {}
        self._lock = threading.Lock()

    def take(self, stream: str, cursor: str | None) -> Batch | None:
        """The next held batch, if the caller resumes from the cursor handed out last."""
        with self._lock:
            held = self._held.pop(stream, None)
        if held is None or held[0] != cursor:
            return None
        return self._hand_out(stream, held[1], held[2], [])

    def hand_out(self, stream: str, mark: Watermark, found: Parsed) -> Batch:
        """The oldest new messages (up to the limit) and the mark that covers them."""
        fresh = first_of_each(found.messages, mark.is_new)
        fresh.sort(key=lambda m: (m.created_at, m.external_id))
        return self._hand_out(stream, mark, fresh, found.rejected)

    def _hand_out(
        self, stream: str, mark: Watermark, messages: list[Message], rejected: list[Rejected]
    ) -> Batch:
        now, later = messages[: self._limit], messages[self._limit :]
        advanced = mark.advance(now)
        cursor = advanced.dump()
        if later:
            with self._lock:
                self._held[stream] = (cursor, advanced, later)
        return Batch(now, cursor, rejected)


def first_of_each(messages: Iterable[Message], wanted: Callable[[Message], bool]) -> list[Message]:
    """The wanted messages, each id once (a page may deliver one twice)."""
    fresh: dict[str, Message] = {}
    for message in messages:
        if wanted(message):
            fresh.setdefault(message.external_id, message)
    return list(fresh.values())


def parse_each(
    items: Iterable[Any],
    account_id: str,
    stream: str,
    build: Callable[[Any], Message],
    own: Collection[str],
) -> Parsed:
    """A message from each item; a malformed one is quarantined, and ours (own id or handle)
    dropped, so one bad item never stops a poll."""
    parsed = Parsed([], [])
    for item in items:
        try:
            message = build(item)
        except (ValueError, TypeError, AttributeError) as error:
            parsed.rejected.append(reject(account_id, stream, item, error))
            continue
        if message.author_id not in own and message.author_handle not in own:
            parsed.messages.append(message)
    return parsed


def reject(account_id: str, stream: str, item: object, error: Exception) -> Rejected:
    raw: dict[str, Any] | str = item if isinstance(item, dict) else repr(item)
    external_id = item.get("id") if isinstance(item, dict) else None
    return Rejected(
        account_id, stream, str(error), raw, external_id if isinstance(external_id, str) else None
    )


def required_text(item: object, key: str, label: str = "") -> str:
    value = item.get(key) if isinstance(item, dict) else None
    if not isinstance(value, str) or not value:
        raise ValueError(f"missing {label or key}")
    return value


def optional_text(item: dict[str, Any], key: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} is not text")
    return value


def as_object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def graph_http(base_url: str | None, token: str, timeout: float) -> httpx.Client:
    # The token goes in a header, never the URL, so request logs cannot leak it.
    return httpx.Client(
        base_url=base_url or DEFAULT_BASE_URL,
        timeout=timeout,
        headers={"Authorization": f"Bearer {token}"},
    )
