"""X API v2 payloads to Messages: mentions and received DM events, parsed without I/O."""

from __future__ import annotations

from typing import Any

from triage.connectors.graph import (
    Parsed,
    as_object,
    items,
    optional_text,
    parse_each,
    parse_time,
    required_text,
)
from triage.domain.model import Message, MessageKind, Platform


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
        text=_unescaped(optional_text(item, "text")),
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


def _unescaped(text: str) -> str:
    # X escapes these three in a tweet's text ("salt &amp; pepper"); staff and the classifier
    # should read what was typed. "&amp;" goes last: "&amp;lt;" is someone who typed "&lt;".
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


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
