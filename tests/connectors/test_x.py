from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.fakes.ports import FixedClock
from tests.fakes.server import FakeServer, Reply, add_x_cassette, fixture
from triage.config import AccountSettings
from triage.connectors.x import (
    XConnector,
    build_x_connector,
    endpoint_of,
    parse_dm_events,
    parse_mentions,
)
from triage.domain.errors import (
    AuthExpired,
    ConfigError,
    ConnectorError,
    RateLimited,
    SendRejected,
)
from triage.domain.model import Message, MessageKind

# The recorded accounts: @Twitter (whose mentions were recorded), @TweepyDev and the user it
# sent DMs to.
TWITTER = "783214"
TWEEPY_DEV = "1072250532645998596"
DM_PEER = "750362064426721281"
DM_THREAD = f"{DM_PEER}-{TWEEPY_DEV}"
MENTIONS = f"/2/users/{TWITTER}/mentions"
SECRETS = {
    "consumer_key": "ck",
    "consumer_secret": "cs",
    "access_token": "at",
    "access_token_secret": "ats",
}
MENTIONS_AT = datetime(2022, 10, 7, 22, 45, tzinfo=UTC)
DMS_AT = datetime(2022, 10, 28, 3, 0, tzinfo=UTC)
TWITTER_EPOCH_MS = 1288834974657


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


@pytest.fixture
def sleeps() -> list[float]:
    return []


def connect(
    server: FakeServer,
    clock: FixedClock,
    user_id: str = TWITTER,
    sleeps: list[float] | None = None,
    timeout: float = 2.0,
) -> XConnector:
    account = AccountSettings(
        id="x-main",
        platform="x",
        base_url=server.base_url,
        user_id=user_id,
        secrets={k: "TRIAGE_X_" + k.upper() for k in SECRETS},
    )
    return build_x_connector(
        account,
        SECRETS.__getitem__,
        clock,
        sleep=(sleeps if sleeps is not None else []).append,
        timeout=timeout,
    )


def snowflake_time(tweet_id: str) -> str:
    """The creation time an X id encodes; the recordings left created_at out."""
    moment = datetime.fromtimestamp(((int(tweet_id) >> 22) + TWITTER_EPOCH_MS) / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def recorded_body(cassette: str, index: int = 0) -> dict[str, Any]:
    body: dict[str, Any] = fixture(f"x/decoded/{cassette}.json")[index]["response"]["body"]
    return body


def with_fields(body: dict[str, Any], authors: dict[str, str] | None = None) -> dict[str, Any]:
    """Recorded tweets plus the fields we request (tweet_fields, expansions=author_id), in the
    documented shape; author i of the page is user 10i unless authors says otherwise."""
    tweets, users = [], {}
    for i, tweet in enumerate(body.get("data", [])):
        author = (authors or {}).get(tweet["id"], f"10{i}")
        tweets.append(
            {
                **tweet,
                "author_id": author,
                "created_at": snowflake_time(tweet["id"]),
                "conversation_id": tweet["id"],
            }
        )
        users[author] = {"id": author, "name": f"User {author}", "username": f"user{author}"}
    return {**body, "data": tweets, "includes": {"users": list(users.values())}}


def with_dm_fields(body: dict[str, Any], sender: str) -> dict[str, Any]:
    events = [
        {
            **event,
            "sender_id": sender,
            "dm_conversation_id": DM_THREAD,
            "created_at": snowflake_time(event["id"]),
        }
        for event in body.get("data", [])
    ]
    me = recorded_body("test_client_get_me")["data"]
    return {**body, "data": events, "includes": {"users": [me]}}


def serve_mention_pages(server: FakeServer) -> None:
    page_one = recorded_body("test_client_get_users_mentions")
    page_two = recorded_body("test_client_search_recent_tweets")  # older ids: the next page
    del page_two["meta"]["next_token"]
    page_two["data"].insert(0, page_one["data"][-1])  # delivered again at the page boundary
    server.route(
        "GET", MENTIONS, Reply(200, with_fields(page_one, {page_one["data"][3]["id"]: TWITTER}))
    )
    server.route(
        "GET",
        MENTIONS,
        Reply(200, with_fields(page_two)),
        when={"pagination_token": page_one["meta"]["next_token"]},
    )


def test_recorded_mentions_lack_the_fields_we_need_and_are_quarantined() -> None:
    payload = recorded_body("test_client_get_users_mentions")
    messages, rejected = parse_mentions(payload, "x-main", TWITTER)
    assert messages == [] and {r.error for r in rejected} == {"missing author_id"}
    assert rejected[0].external_id == "1578516295611748353"


def test_mentions_parse_to_messages_with_thread_author_and_link() -> None:
    body = recorded_body("test_client_get_users_mentions")
    payload = with_fields(body)
    payload["data"][1]["in_reply_to_user_id"] = TWITTER
    messages, [] = parse_mentions(payload, "x-main", TWITTER)
    first = messages[0]
    assert first.external_id == "1578516295611748353" == first.thread_id
    assert (first.author_id, first.author_handle) == ("100", "@user100")
    assert first.created_at == datetime(2022, 10, 7, 22, 43, 6, tzinfo=UTC)
    assert first.permalink == "https://x.com/user100/status/1578516295611748353"
    assert [m.kind for m in messages[:2]] == [MessageKind.MENTION, MessageKind.REPLY]


def test_tweet_text_comes_back_as_typed() -> None:
    payload = with_fields(recorded_body("test_client_get_users_mentions"))
    payload["data"][0]["text"] = "salt &amp; pepper &lt;3 &gt;:( and &amp;lt; typed"
    messages, [] = parse_mentions(payload, "x-main", TWITTER)
    assert messages[0].text == "salt & pepper <3 >:( and &lt; typed"


def test_dm_events_from_the_account_itself_are_dropped() -> None:
    body = recorded_body("test_manage_and_lookup_direct_messages", 4)
    messages, rejected = parse_dm_events(with_dm_fields(body, TWEEPY_DEV), "x-main", TWEEPY_DEV)
    assert messages == [] and rejected == []


def test_dm_events_to_the_account_become_dms_on_their_conversation() -> None:
    body = recorded_body("test_manage_and_lookup_direct_messages", 4)
    messages, [] = parse_dm_events(with_dm_fields(body, TWEEPY_DEV), "x-main", DM_PEER)
    assert [m.text for m in messages] == ["Testing 2", "Testing 1"]
    assert {(m.kind, m.thread_id, m.author_handle) for m in messages} == {
        (MessageKind.DM, DM_THREAD, "@TweepyDev")
    }
    assert messages[0].permalink == f"https://x.com/messages/{DM_THREAD}"


def test_endpoints_are_named_without_their_ids() -> None:
    assert endpoint_of("get", "/2/users/783214/mentions") == "GET /2/users/:id/mentions"
    assert endpoint_of("POST", f"/2/dm_conversations/{DM_THREAD}/messages") == (
        "POST /2/dm_conversations/:id/messages"
    )


def test_mentions_are_paged_resumed_and_never_doubled(server: FakeServer) -> None:
    serve_mention_pages(server)
    x = connect(server, FixedClock(MENTIONS_AT))
    first = x.fetch("mentions", None)
    second = x.fetch("mentions", first.next_cursor)
    newer = recorded_body("test_asyncclient_get_users_mentions")
    server.route(
        "GET", MENTIONS, Reply(200, with_fields(newer)), when={"since_id": "1578516295611748353"}
    )
    third = x.fetch("mentions", second.next_cursor)
    ids = [m.external_id for b in (first, second, third) for m in b.messages]
    assert len(ids) == len(set(ids)) == 9 + 10 + 2  # one of page one was our own tweet
    assert third.messages[0].external_id == "1578522401263919106"
    calls = server.requests_to("GET", MENTIONS)
    assert "start_time" in calls[0].query and "since_id" not in calls[0].query
    assert calls[0].query["tweet.fields"].startswith("author_id,created_at,conversation_id")
    assert calls[1].query["pagination_token"] == "7140dibdnow9c7btw423i3sy3u5zupmkcpofxcsmxj48j"
    assert calls[2].query["since_id"] == "1578516295611748353"
    assert calls[0].headers["authorization"].startswith("OAuth ")


def test_a_page_of_recorded_mentions_is_quarantined_and_the_walk_goes_on(
    server: FakeServer,
) -> None:
    add_x_cassette(server, "test_client_get_users_mentions")
    batch = connect(server, FixedClock(MENTIONS_AT)).fetch("mentions", None)
    assert batch.messages == [] and len(batch.rejected) == 10
    assert "7140dibdnow9c7btw423i3sy3u5zupmkcpofxcsmxj48j" in (batch.next_cursor or "")


def test_a_429_says_when_the_limit_resets_and_stops_calling(server: FakeServer) -> None:
    reset = int((MENTIONS_AT + timedelta(minutes=9)).timestamp())
    server.route(
        "GET",
        MENTIONS,
        Reply(
            429,
            {"errors": [{"code": 88, "message": "Rate limit exceeded"}]},
            {
                "x-rate-limit-limit": "10",
                "x-rate-limit-remaining": "0",
                "x-rate-limit-reset": str(reset),
            },
        ),
    )
    x = connect(server, FixedClock(MENTIONS_AT))
    for _ in range(2):
        with pytest.raises(RateLimited, match="x-main") as raised:
            x.fetch("mentions", None)
    assert raised.value.resumes_at == datetime.fromtimestamp(reset, UTC)
    assert len(server.requests_to("GET", MENTIONS)) == 1


def test_a_server_error_is_retried_then_succeeds(server: FakeServer, sleeps: list[float]) -> None:
    body = with_fields(recorded_body("test_client_get_users_mentions"))
    server.route("GET", MENTIONS, Reply(503, {"title": "Service Unavailable"}), Reply(200, body))
    batch = connect(server, FixedClock(MENTIONS_AT), sleeps=sleeps).fetch("mentions", None)
    assert len(batch.messages) == 10 and len(sleeps) == 1


def test_a_timeout_becomes_a_connector_error(server: FakeServer, sleeps: list[float]) -> None:
    server.route("GET", MENTIONS, Reply(200, {}, hold=5))
    x = connect(server, FixedClock(MENTIONS_AT), sleeps=sleeps, timeout=0.05)
    with pytest.raises(ConnectorError, match=r"x-main.*timed out"):
        x.fetch("mentions", None)
    assert len(sleeps) == 2


def test_malformed_json_becomes_a_connector_error(server: FakeServer) -> None:
    server.route("GET", MENTIONS, Reply(200, '{"data": [{"id": "1"'))
    with pytest.raises(ConnectorError, match="not JSON"):
        connect(server, FixedClock(MENTIONS_AT)).fetch("mentions", None)


def test_revoked_tokens_name_the_account(server: FakeServer) -> None:
    server.route(
        "GET",
        MENTIONS,
        Reply(401, {"title": "Unauthorized", "status": 401, "detail": "Unauthorized"}),
    )
    with pytest.raises(AuthExpired, match="account x-main"):
        connect(server, FixedClock(MENTIONS_AT)).fetch("mentions", None)


def serve_dm_pages(server: FakeServer, user_sender: str) -> dict[str, Any]:
    newer = recorded_body("test_asyncclient_manage_and_lookup_direct_messages", 4)
    older = recorded_body("test_manage_and_lookup_direct_messages", 4)
    del older["meta"]["next_token"]
    page_one = with_dm_fields(newer, user_sender)
    server.route("GET", "/2/dm_events", Reply(200, page_one))
    server.route(
        "GET",
        "/2/dm_events",
        Reply(200, with_dm_fields(older, user_sender)),
        when={"pagination_token": newer["meta"]["next_token"]},
    )
    return page_one


def test_dms_walk_back_to_what_was_seen_and_stop_there(server: FakeServer) -> None:
    page_one = serve_dm_pages(server, TWEEPY_DEV)
    x = connect(server, FixedClock(DMS_AT), user_id=DM_PEER)
    first = x.fetch("dms", None)
    second = x.fetch("dms", first.next_cursor)
    assert [m.text for b in (first, second) for m in b.messages] == [
        "Testing 2",
        "Testing 1",
        "Testing 2",
        "Testing 1",
    ]
    newest = {
        **page_one["data"][0],
        "id": "1585900000000000000",
        "text": "are you open?",
        "created_at": snowflake_time("1585900000000000000"),
    }
    server.route(
        "GET", "/2/dm_events", Reply(200, {**page_one, "data": [newest, *page_one["data"]]})
    )
    third = x.fetch("dms", second.next_cursor)
    assert [m.text for m in third.messages] == ["are you open?"]
    assert len([r for r in server.requests if "pagination_token" in r.query]) == 1
    assert server.requests[0].query["event_types"] == "MessageCreate"


def test_dms_older_than_the_backfill_are_left_alone(server: FakeServer) -> None:
    serve_dm_pages(server, TWEEPY_DEV)
    x = connect(server, FixedClock(datetime(2022, 10, 29, 2, 0, tzinfo=UTC)), user_id=DM_PEER)
    first = x.fetch("dms", None)
    second = x.fetch("dms", first.next_cursor)
    assert len(first.messages) == 2 and second.messages == []


def mention(tweet_id: str, kind: MessageKind = MessageKind.MENTION, author: str = "100") -> Message:
    payload = with_fields(
        {"data": [{"id": tweet_id, "text": "@Twitter hours?"}]}, {tweet_id: author}
    )
    if kind is MessageKind.REPLY:
        payload["data"][0]["in_reply_to_user_id"] = TWITTER
    [message], [] = parse_mentions(payload, "x-main", TWITTER)
    return message


def test_a_mention_gets_a_public_reply(server: FakeServer) -> None:
    add_x_cassette(server, "test_client_create_and_delete_tweet")
    x = connect(server, FixedClock(MENTIONS_AT))
    assert x.reply(mention("1578516295611748353"), "Please call us.") == "1456012973835788293"
    [request] = server.requests_to("POST", "/2/tweets")
    assert request.json() == {
        "text": "Please call us.",
        "reply": {"in_reply_to_tweet_id": "1578516295611748353"},
    }


def test_a_reply_is_never_retried(server: FakeServer) -> None:
    server.route("POST", "/2/tweets", Reply(503, {}), Reply(201, {"data": {"id": "1"}}))
    with pytest.raises(ConnectorError, match="x-main"):
        connect(server, FixedClock(MENTIONS_AT)).reply(mention("1"), "Please call us.")
    assert len(server.requests_to("POST", "/2/tweets")) == 1


def test_a_refused_reply_is_a_rejection_and_a_server_error_is_not(server: FakeServer) -> None:
    # X's problem shape for a 403 (https://api.x.com/2/problems/...): title, detail, status.
    refusal = {
        "title": "Forbidden",
        "status": 403,
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
    }
    server.route("POST", "/2/tweets", Reply(403, refusal), Reply(503, {}))
    x = connect(server, FixedClock(MENTIONS_AT))
    with pytest.raises(SendRejected, match="HTTP 403"):
        x.reply(mention("1"), "Please call us.")
    with pytest.raises(ConnectorError) as raised:
        x.reply(mention("1"), "Please call us.")
    assert not isinstance(raised.value, SendRejected)


def test_a_dm_gets_a_dm_back(server: FakeServer) -> None:
    add_x_cassette(server, "test_manage_and_lookup_direct_messages")
    body = recorded_body("test_manage_and_lookup_direct_messages", 4)
    [message, _], [] = parse_dm_events(with_dm_fields(body, DM_PEER), "x-main", TWEEPY_DEV)
    x = connect(server, FixedClock(DMS_AT), user_id=TWEEPY_DEV)
    assert x.reply(message, "Testing 1") == "1585800613253812228"
    path = f"/2/dm_conversations/with/{DM_PEER}/messages"
    assert server.requests_to("POST", path)[0].json() == {"text": "Testing 1"}


def test_hiding_and_unhiding_a_reply(server: FakeServer) -> None:
    add_x_cassette(server, "test_client_hide_and_unhide_reply")
    x = connect(server, FixedClock(MENTIONS_AT))
    x.hide(mention("1344794616005066752", MessageKind.REPLY))
    x.unhide(mention("1344794616005066752", MessageKind.REPLY))
    hiding, showing = server.requests_to("PUT", "/2/tweets/1344794616005066752/hidden")
    assert (hiding.json(), showing.json()) == ({"hidden": True}, {"hidden": False})


def test_a_dm_cannot_be_hidden(server: FakeServer) -> None:
    body = recorded_body("test_manage_and_lookup_direct_messages", 4)
    [message, _], [] = parse_dm_events(with_dm_fields(body, DM_PEER), "x-main", TWEEPY_DEV)
    with pytest.raises(ConnectorError, match="cannot hide direct messages"):
        connect(server, FixedClock(DMS_AT)).hide(message)


def test_identity_check_uses_the_recorded_get_me(server: FakeServer) -> None:
    add_x_cassette(server, "test_client_get_me")
    report = connect(server, FixedClock(DMS_AT), user_id=TWEEPY_DEV).identity_check()
    assert report["ok"] and report["who"] == f"@TweepyDev ({TWEEPY_DEV})"
    assert report["missing_scopes"] == []
    assert any("24 h" in note for note in report["notes"])


def test_identity_check_reports_a_read_only_app(server: FakeServer) -> None:
    me = recorded_body("test_client_get_me")
    server.route("GET", "/2/users/me", Reply(200, me, {"x-access-level": "read"}))
    report = connect(server, FixedClock(DMS_AT), user_id=TWEEPY_DEV).identity_check()
    assert not report["ok"] and len(report["missing_scopes"]) == 2


def test_the_polling_interval_follows_the_budget(server: FakeServer) -> None:
    body = with_fields(recorded_body("test_client_get_users_mentions"))
    reset = str(int((MENTIONS_AT + timedelta(minutes=15)).timestamp()))
    server.route(
        "GET",
        MENTIONS,
        Reply(
            200,
            body,
            {
                "x-rate-limit-limit": "10",
                "x-rate-limit-remaining": "9",
                "x-rate-limit-reset": reset,
            },
        ),
    )
    x = connect(server, FixedClock(MENTIONS_AT))
    x.fetch("mentions", None)
    assert x.min_poll_interval("mentions") == timedelta(seconds=90)


def test_the_builder_needs_the_user_id() -> None:
    account = AccountSettings(id="x-main", platform="x")
    with pytest.raises(ConfigError, match="user_id"):
        build_x_connector(account, SECRETS.__getitem__, FixedClock(DMS_AT))
