"""Facebook Page: comments on the Page's recent posts and Messenger conversations; Send API."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

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
    optional_text,
    parse_each,
    parse_time,
    required_text,
    unix,
)
from triage.domain.errors import ConfigError, ConnectorError, SendRejected
from triage.domain.model import Batch, Message, MessageKind, Platform
from triage.domain.ports import Clock

if TYPE_CHECKING:
    from triage.config import AccountSettings

log = logging.getLogger(__name__)

STREAMS = ("comments", "dms")
PAGE_SIZE = 100
POST_FIELDS = "id,created_time,updated_time,permalink_url"
COMMENT_FIELDS = "id,message,created_time,from,parent{id},permalink_url,is_hidden"
CONVERSATION_FIELDS = "id,updated_time,link"
MESSAGE_FIELDS = "id,created_time,from,to,message"
# Meta's Send API accepts a RESPONSE only within 24 h of the person's message; after that a
# practice must not use tags to reach a patient, so staff call instead.
MESSAGING_WINDOW = timedelta(hours=24)
DEFAULT_LOOKBACK = timedelta(days=14)
REQUIRED_PERMISSIONS = (
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
    "pages_manage_metadata",
    "pages_messaging",
)


class FacebookConnector:
    """A Page's post comments (public) and Messenger conversations (private)."""

    def __init__(
        self,
        account_id: str,
        page_id: str,
        graph: GraphClient,
        clock: Clock,
        backfill: timedelta = timedelta(hours=24),
        lookback: timedelta = DEFAULT_LOOKBACK,
        batch_limit: int = BATCH_LIMIT,
    ) -> None:
        self._account_id = account_id
        self._page_id = page_id
        self._graph = graph
        self._clock = clock
        self._backfill = backfill
        # Comments are looked for on posts created within lookback; never less than backfill.
        self._lookback = max(lookback, backfill)
        self._inbox = Inbox(
            account_id,
            Platform.FACEBOOK,
            page_id,
            "messenger",
            CONVERSATION_FIELDS,
            frozenset({page_id}),
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
            found = self._comments(mark)
        elif stream == "dms":
            found = collect_dms(self._graph, self._inbox, mark)
        else:
            raise ConnectorError(f"account {self._account_id}: no stream {stream!r} on Facebook")
        self._calls[stream] = self._graph.calls - before
        return self._backlog.hand_out(stream, mark, found)

    def reply(self, message: Message, text: str) -> str:
        if message.kind is MessageKind.DM:
            return send_message(self._graph, self._page_id, message, text, self._clock.now())
        return post_reply(self._graph, f"{message.external_id}/comments", {"message": text}, "id")

    def hide(self, message: Message) -> None:
        self._set_hidden(message, True)

    def unhide(self, message: Message) -> None:
        self._set_hidden(message, False)

    def _set_hidden(self, message: Message, hidden: bool) -> None:
        if message.kind is MessageKind.DM:
            raise ConnectorError(f"account {self._account_id}: Messenger messages cannot be hidden")
        # Hiding twice is harmless, so a timeout may be retried.
        self._graph.post(message.external_id, {"is_hidden": hidden}, retry=True)

    def identity_check(self) -> dict[str, Any]:
        """Who the token speaks for; a Page token cannot list its own permissions."""
        notes = [
            "needs " + ", ".join(REQUIRED_PERMISSIONS) + " (not checked: Meta lists a Page "
            "token's permissions only to the app)",
            "DM replies only within 24 h of the person's last message; after that, call",
            f"comments are read on posts from the last {self._lookback.days} days",
        ]
        try:
            me = self._graph.get("me", {"fields": "id,name"})
        except ConnectorError as error:
            return {"ok": False, "who": "", "missing_scopes": [], "notes": [str(error), *notes]}
        ok = str(me.get("id", "")) == self._page_id
        if not ok:
            notes.insert(
                0,
                f"the token speaks for {me.get('id')}, not Page {self._page_id}: "
                "use that Page's access token",
            )
        return {
            "ok": ok,
            "who": f"{me.get('name', '?')} ({me.get('id', '?')})",
            "missing_scopes": [],
            "notes": notes,
        }

    def min_poll_interval(self, stream: str) -> timedelta:
        return self._graph.min_poll_interval(self._calls.get(stream, 1))

    def _comments(self, mark: Watermark) -> Parsed:
        found = Parsed([], [])
        for post in self._posts_touched_since(mark.since):
            params = {
                "fields": COMMENT_FIELDS,
                "filter": "stream",
                "since": unix(mark.since),
                "order": "reverse_chronological",
                "limit": PAGE_SIZE,
            }
            for page in self._graph.pages(f"{post['id']}/comments", params):
                found.add(parse_comments(page, self._account_id, self._page_id, post["id"]))
        return found

    def _posts_touched_since(self, since: datetime) -> Iterator[dict[str, Any]]:
        """Posts from the lookback window whose updated_time (bumped by comments) is recent."""
        start = self._clock.now() - self._lookback
        params = {"fields": POST_FIELDS, "since": unix(start), "limit": PAGE_SIZE}
        for page in self._graph.pages(f"{self._page_id}/posts", params):
            for post in items(page):
                if _has_id(post) and _touched_since(post, since):
                    yield post


def _has_id(item: object) -> bool:
    return isinstance(item, dict) and isinstance(item.get("id"), str)


def _touched_since(post: dict[str, Any], since: datetime) -> bool:
    try:
        return parse_time(post.get("updated_time")) >= since
    except ValueError:
        return True  # no usable time: read its comments rather than risk missing one


def parse_comments(payload: dict[str, Any], account_id: str, page_id: str, post_id: str) -> Parsed:
    """Comments of one post (filter=stream flattens replies); the Page's own are dropped."""
    return parse_each(
        items(payload),
        account_id,
        "comments",
        lambda item: _comment(item, account_id, post_id),
        {page_id},
    )


def _comment(item: dict[str, Any], account_id: str, post_id: str) -> Message:
    external_id = required_text(item, "id")
    author = as_object(item.get("from"))
    return Message(
        account_id=account_id,
        platform=Platform.FACEBOOK,
        external_id=external_id,
        kind=MessageKind.COMMENT,
        thread_id=post_id,
        author_id=str(author.get("id", "")),
        author_handle=str(author.get("name", "")),
        text=optional_text(item, "message"),
        created_at=parse_time(item.get("created_time")),
        permalink=str(item.get("permalink_url") or f"https://www.facebook.com/{external_id}"),
        raw=item,
    )


@dataclass(frozen=True)
class Inbox:
    """Whose conversations to read (a Page's Messenger or Instagram inbox) and who is us."""

    account_id: str
    platform: Platform
    owner_id: str
    platform_param: str
    conversation_fields: str
    own: frozenset[str]
    inbox_url: str = "https://business.facebook.com/latest/inbox"


def collect_dms(graph: GraphClient, inbox: Inbox, mark: Watermark) -> Parsed:
    """Messages of the conversations updated since the mark; there is no time-based paging."""
    found = Parsed([], [])
    for conversation in _conversations_updated_since(graph, inbox, mark.since):
        conversation_id = conversation["id"]
        permalink = _conversation_link(conversation, inbox)
        for page in graph.pages(
            f"{conversation_id}/messages", {"fields": MESSAGE_FIELDS, "limit": PAGE_SIZE}
        ):
            found.add(
                parse_messages(
                    page, inbox.account_id, inbox.platform, conversation_id, inbox.own, permalink
                )
            )
            if _all_older(page, mark.since):
                break
    return found


def _conversations_updated_since(
    graph: GraphClient, inbox: Inbox, since: datetime
) -> Iterator[dict[str, Any]]:
    # Assumed newest first (Meta does not promise it): stop at a page that is all older.
    params = {
        "platform": inbox.platform_param,
        "fields": inbox.conversation_fields,
        "limit": PAGE_SIZE,
    }
    for page in graph.pages(f"{inbox.owner_id}/conversations", params):
        for conversation in items(page):
            if _has_id(conversation) and _touched_since(conversation, since):
                yield conversation
        if _all_older(page, since, key="updated_time"):
            return


def _all_older(page: dict[str, Any], since: datetime, key: str = "created_time") -> bool:
    times = []
    for item in items(page):
        try:
            times.append(parse_time(item.get(key)))
        except (ValueError, AttributeError):
            return False
    return bool(times) and max(times) < since


def _conversation_link(conversation: dict[str, Any], inbox: Inbox) -> str:
    link = conversation.get("link")
    return f"https://www.facebook.com{link}" if isinstance(link, str) and link else inbox.inbox_url


def parse_messages(
    payload: dict[str, Any],
    account_id: str,
    platform: Platform,
    conversation_id: str,
    own: Collection[str],
    permalink: str,
) -> Parsed:
    """Messages of one conversation; ours (sender id or username in own) are echoes, dropped."""
    return parse_each(
        items(payload),
        account_id,
        "dms",
        lambda item: _direct_message(item, account_id, platform, conversation_id, permalink),
        own,
    )


def _direct_message(
    item: dict[str, Any],
    account_id: str,
    platform: Platform,
    conversation_id: str,
    permalink: str,
) -> Message:
    external_id = required_text(item, "id")
    sender = as_object(item.get("from"))
    sender_id = required_text(sender, "id", "from.id")
    return Message(
        account_id=account_id,
        platform=platform,
        external_id=external_id,
        kind=MessageKind.DM,
        thread_id=conversation_id,
        author_id=sender_id,
        author_handle=str(sender.get("username") or sender.get("name") or ""),
        # An attachment-only message has no text; staff still need to see it.
        text=optional_text(item, "message"),
        created_at=parse_time(item.get("created_time")),
        permalink=permalink,
        raw=item,
    )


def send_message(
    graph: GraphClient, sender_id: str, message: Message, text: str, now: datetime
) -> str:
    """A Send API RESPONSE to the person who wrote message, only inside the 24-hour window."""
    closed_at = message.created_at + MESSAGING_WINDOW
    if now >= closed_at:
        raise SendRejected(
            f"account {graph.account_id}: the 24-hour messaging window for message "
            f"{message.external_id} closed at {closed_at:%Y-%m-%d %H:%M} UTC; "
            "the platform will not deliver a reply now, so staff should call the patient"
        )
    body = {
        "recipient": {"id": message.author_id},
        "messaging_type": "RESPONSE",
        "message": {"text": text},
    }
    return post_reply(graph, f"{sender_id}/messages", body, "message_id")


def post_reply(graph: GraphClient, path: str, body: Mapping[str, Any], key: str) -> str:
    """Post a reply once (a retried timeout could post it twice); a refusal is final."""
    try:
        payload = graph.post(path, body)
    except GraphRefused as error:
        raise SendRejected(str(error)) from None
    return sent_id(payload, key, graph.account_id)


def sent_id(payload: dict[str, Any], key: str, account_id: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise ConnectorError(f"account {account_id}: Graph accepted the reply without an {key}")
    return value


def build_facebook_connector(
    account: AccountSettings,
    secret: Callable[[str], str],
    clock: Clock,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float = 10.0,
    source: str = "<config>",
) -> FacebookConnector:
    """secrets: page_access_token, from someone with the MODERATE and MESSAGING tasks."""
    if not account.page_id:
        raise ConfigError(source, f"accounts[{account.id}].page_id", "required for facebook")
    graph = GraphClient(
        account.id,
        graph_http(account.base_url, secret("page_access_token"), timeout),
        account.graph_api_version,
        clock,
        sleep,
    )
    return FacebookConnector(
        account.id, account.page_id, graph, clock, backfill=timedelta(hours=account.backfill_hours)
    )
