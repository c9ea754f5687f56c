"""Instagram professional account: comments on recent media and Instagram messaging."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from triage.connectors.facebook import Inbox, collect_dms, post_reply, send_message
from triage.connectors.graph import (
    BATCH_LIMIT,
    Backlog,
    GraphClient,
    GraphRefused,
    Parsed,
    Watermark,
    as_object,
    graph_http,
    items,
    next_query,
    optional_text,
    parse_each,
    parse_time,
    required_text,
)
from triage.domain.errors import ConfigError, ConnectorError, SendRejected
from triage.domain.model import Batch, Message, MessageKind, Platform
from triage.domain.ports import Clock

if TYPE_CHECKING:
    from triage.config import AccountSettings

log = logging.getLogger(__name__)

STREAMS = ("comments", "dms")
PAGE_SIZE = 50
MEDIA_FIELDS = "id,timestamp,permalink,comments_count"
REPLY_FIELDS = "id,text,timestamp,username,from,hidden,parent_id"
COMMENT_FIELDS = f"id,text,timestamp,username,from,hidden,replies{{{REPLY_FIELDS}}}"
# Instagram exposes only the 20 most recent messages of a conversation; older ids are gone.
VISIBLE_MESSAGES = 20
DEFAULT_LOOKBACK = timedelta(days=14)
INBOX_URL = "https://www.instagram.com/direct/inbox/"


class InstagramConnector:
    """Comments on the account's recent media (public) and its Instagram DMs (private)."""

    def __init__(
        self,
        account_id: str,
        ig_user_id: str,
        handle: str,
        graph: GraphClient,
        clock: Clock,
        page_id: str = "",
        backfill: timedelta = timedelta(hours=24),
        lookback: timedelta = DEFAULT_LOOKBACK,
        batch_limit: int = BATCH_LIMIT,
    ) -> None:
        self._account_id = account_id
        self._ig_user_id = ig_user_id
        self._handle = handle.lstrip("@")
        self._graph = graph
        self._clock = clock
        self._backfill = backfill
        self._lookback = max(lookback, backfill)
        # With Facebook Login the inbox and Send API hang off the Page; with Instagram Login
        # off the Instagram account itself.
        self._messaging_id = page_id or ig_user_id
        self._own = frozenset(x for x in (ig_user_id, self._handle) if x)
        self._inbox = Inbox(
            account_id,
            Platform.INSTAGRAM,
            self._messaging_id,
            "instagram",
            "id,updated_time",
            self._own,
            INBOX_URL,
        )
        self._calls: dict[str, int] = {}
        self._backlog = Backlog(batch_limit)

    @property
    def streams(self) -> tuple[str, ...]:
        return STREAMS

    def fetch(self, stream: str, cursor: str | None) -> Batch:
        held = self._backlog.take(stream, cursor)
        if held is not None:
            return held
        mark = Watermark.load(cursor, self._clock.now() - self._backfill)
        before = self._graph.calls
        if stream == "comments":
            found = self._comments()
        elif stream == "dms":
            found = collect_dms(self._graph, self._inbox, mark)
            self._warn_if_truncated(mark, found.messages)
        else:
            raise ConnectorError(f"account {self._account_id}: no stream {stream!r} on Instagram")
        self._calls[stream] = self._graph.calls - before
        return self._backlog.hand_out(stream, mark, found)

    def reply(self, message: Message, text: str) -> str:
        if message.kind is MessageKind.DM:
            return send_message(self._graph, self._messaging_id, message, text, self._clock.now())
        self._refuse_if_hidden(message)
        # Only top-level comments take replies; a reply to a reply goes to its parent.
        target = message.raw.get("parent_id") or message.external_id
        return post_reply(self._graph, f"{target}/replies", {"message": text}, "id")

    def hide(self, message: Message) -> None:
        self._set_hidden(message, True)

    def unhide(self, message: Message) -> None:
        self._set_hidden(message, False)

    def _set_hidden(self, message: Message, hidden: bool) -> None:
        if message.kind is MessageKind.DM:
            raise ConnectorError(f"account {self._account_id}: Instagram DMs cannot be hidden")
        self._graph.post(message.external_id, {"hide": hidden}, retry=True)

    def identity_check(self) -> dict[str, Any]:
        """Who the token reads as, and what Instagram allows this account."""
        notes = [
            "needs instagram_basic, instagram_manage_comments, instagram_manage_messages "
            "and pages_manage_metadata (not checked)",
            f"only the {VISIBLE_MESSAGES} most recent messages of a conversation are readable",
            "hidden comments cannot be replied to; DM replies only within 24 h",
        ]
        try:
            me = self._graph.get(self._ig_user_id, {"fields": "id,username"})
        except ConnectorError as error:
            return {"ok": False, "who": "", "missing_scopes": [], "notes": [str(error), *notes]}
        username = str(me.get("username", ""))
        ok = str(me.get("id", "")) == self._ig_user_id and username in ("", self._handle)
        if not ok:
            notes.insert(
                0,
                f"the account reads as @{username} ({me.get('id')}), not the "
                f"configured @{self._handle} ({self._ig_user_id})",
            )
        return {
            "ok": ok,
            "who": f"@{username} ({me.get('id', '?')})",
            "missing_scopes": [],
            "notes": notes,
        }

    def min_poll_interval(self, stream: str) -> timedelta:
        return self._graph.min_poll_interval(self._calls.get(stream, 1))

    def _comments(self) -> Parsed:
        # The comments edge takes no since: every comment of recent media is read and the
        # watermark picks the new ones (a new reply can sit under an old comment).
        found = Parsed([], [])
        for media in self._recent_media():
            found.add(self._media_comments(media))
        return found

    def _recent_media(self) -> Iterator[dict[str, Any]]:
        start = self._clock.now() - self._lookback
        params = {"fields": MEDIA_FIELDS, "limit": PAGE_SIZE}
        for page in self._graph.pages(f"{self._ig_user_id}/media", params):
            for media in items(page):
                if not isinstance(media, dict) or not isinstance(media.get("id"), str):
                    continue
                if _is_older(media, start):
                    return  # media come newest first
                if media.get("comments_count") != 0:
                    yield media

    def _media_comments(self, media: dict[str, Any]) -> Parsed:
        found = Parsed([], [])
        permalink = str(media.get("permalink", ""))
        params = {"fields": COMMENT_FIELDS, "limit": PAGE_SIZE}
        for page in self._graph.pages(f"{media['id']}/comments", params):
            found.add(
                parse_media_comments(page, self._account_id, media["id"], permalink, self._own)
            )
            for comment_id, query in _more_replies(page):
                replies = {"fields": REPLY_FIELDS, "limit": PAGE_SIZE, **query}
                for more in self._graph.pages(f"{comment_id}/replies", replies):
                    found.add(
                        parse_media_comments(
                            more, self._account_id, media["id"], permalink, self._own
                        )
                    )
        return found

    def _refuse_if_hidden(self, message: Message) -> None:
        # Read it fresh: staff may have hidden (or its author deleted) it since it was fetched.
        try:
            current = self._graph.get(message.external_id, {"fields": "hidden"})
        except GraphRefused as error:
            raise SendRejected(str(error)) from None
        if current.get("hidden") is True:
            raise SendRejected(
                f"account {self._account_id}: Instagram comment {message.external_id} is "
                "hidden, and Instagram does not accept replies to hidden comments; "
                "unhide it in the app first or leave it unanswered"
            )

    def _warn_if_truncated(self, mark: Watermark, messages: list[Message]) -> None:
        fresh = Counter(m.thread_id for m in messages if mark.is_new(m))
        for thread_id, count in fresh.items():
            if count >= VISIBLE_MESSAGES:
                log.warning(
                    "account %s: conversation %s has %d new messages; Instagram shows only "
                    "the last %d, so older ones may be missing",
                    self._account_id,
                    thread_id,
                    count,
                    VISIBLE_MESSAGES,
                )


def _is_older(media: dict[str, Any], start: datetime) -> bool:
    try:
        return parse_time(media.get("timestamp")) < start
    except ValueError:
        return False


def _more_replies(page: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """Comments whose nested replies continue past the first page: (comment id, next query)."""
    for item in items(page):
        replies = as_object(item.get("replies")) if isinstance(item, dict) else {}
        query = next_query(replies)
        if query is not None and isinstance(item.get("id"), str):
            yield item["id"], query


def parse_media_comments(
    payload: dict[str, Any],
    account_id: str,
    media_id: str,
    permalink: str,
    own: Collection[str],
) -> Parsed:
    """Comments of one media and their nested replies, flattened; ours (id or username) dropped."""
    return parse_each(
        _with_replies(items(payload)),
        account_id,
        "comments",
        lambda item: _comment(item, account_id, media_id, permalink),
        own,
    )


def _with_replies(comments: list[Any]) -> Iterator[Any]:
    for comment in comments:
        yield comment
        if isinstance(comment, dict):
            yield from items(as_object(comment.get("replies")))


def _comment(item: dict[str, Any], account_id: str, media_id: str, permalink: str) -> Message:
    external_id = required_text(item, "id")
    author = as_object(item.get("from"))
    user = as_object(item.get("user"))
    return Message(
        account_id=account_id,
        platform=Platform.INSTAGRAM,
        external_id=external_id,
        kind=MessageKind.COMMENT,
        thread_id=media_id,
        author_id=str(author.get("id") or user.get("id") or ""),
        author_handle=str(item.get("username") or author.get("username") or ""),
        text=optional_text(item, "text"),
        created_at=parse_time(item.get("timestamp")),
        permalink=permalink,
        raw=item,
    )


def build_instagram_connector(
    account: AccountSettings,
    secret: Callable[[str], str],
    clock: Clock,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float = 10.0,
    source: str = "<config>",
) -> InstagramConnector:
    """secrets: access_token (a Page token with Facebook Login, or an Instagram user token)."""
    if not account.ig_user_id:
        raise ConfigError(source, f"accounts[{account.id}].ig_user_id", "required for instagram")
    http = graph_http(account.base_url, secret("access_token"), timeout)
    graph = GraphClient(account.id, http, account.graph_api_version, clock, sleep)
    return InstagramConnector(
        account.id,
        account.ig_user_id,
        account.handle,
        graph,
        clock,
        page_id=account.page_id,
        backfill=timedelta(hours=account.backfill_hours),
    )
