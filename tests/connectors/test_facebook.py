from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.fakes.ports import FixedClock
from tests.fakes.server import FakeServer, Reply, fixture
from triage.config import AccountSettings
from triage.connectors.facebook import (
    FacebookConnector,
    build_facebook_connector,
    parse_comments,
    parse_messages,
)
from triage.connectors.graph import GraphClient, graph_http
from triage.domain.errors import (
    AuthExpired,
    ConfigError,
    ConnectorError,
    RateLimited,
    SendRejected,
)
from triage.domain.model import Message, MessageKind, Platform

VERSION = "v21.0"
# Comments: the Facebook for Developers Page and one of its posts, as the recording names them.
PAGE = "19292868552"
POST = "19292868552_10158407654328553"
COMMENTS = f"/{VERSION}/{POST}/comments"
POSTS = f"/{VERSION}/{PAGE}/posts"
# Messenger: the "MyLife" Page of the recorded conversations and messages.
INBOX_PAGE = "2121008874780932"
CONVERSATIONS = f"/{VERSION}/{INBOX_PAGE}/conversations"
COMMENTS_AT = datetime(2021, 8, 14, 12, 0, tzinfo=UTC)
MESSAGES_AT = datetime(2021, 7, 23, 12, 0, tzinfo=UTC)
_COMMENT_ID = re.compile(r"comment_id=(\d+)(?:&reply_comment_id=(\d+))?")


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


def connect(
    server: FakeServer, clock: FixedClock, page_id: str = PAGE, backfill_hours: int = 24 * 7
) -> FacebookConnector:
    account = AccountSettings(
        id="fb-page",
        platform="facebook",
        base_url=server.base_url,
        page_id=page_id,
        backfill_hours=backfill_hours,
        secrets={"page_access_token": "TRIAGE_FB_TOKEN"},
    )
    return build_facebook_connector(
        account,
        {"page_access_token": "page-token"}.__getitem__,
        clock,
        sleep=lambda _: None,
        timeout=2.0,
    )


def with_ids(page: dict[str, Any]) -> dict[str, Any]:
    """The recorded comments, with the ids a MODERATE token gets (taken from their permalinks)
    and the Page as author of its own "Hi, ..." answers."""
    enriched = []
    for comment in page["data"]:
        top, reply = _COMMENT_ID.search(comment["permalink_url"]).groups()  # type: ignore[union-attr]
        item = {**comment, "id": f"10158407654328553_{reply or top}"}
        if comment["message"].startswith("Hi,"):
            item["from"] = {"name": "Facebook for Developers", "id": PAGE}
        enriched.append(item)
    return {**page, "data": enriched}


def serve_post(server: FakeServer, second_page: dict[str, Any] | None = None) -> None:
    post = {
        "id": POST,
        "created_time": "2021-08-10T16:00:00+0000",
        "updated_time": "2021-08-14T07:24:42+0000",
    }
    server.route("GET", POSTS, Reply(200, {"data": [post]}))
    server.route(
        "GET", COMMENTS, Reply(200, with_ids(fixture("graph/facebook/comments/comments_p1.json")))
    )
    page_two = second_page or with_ids(fixture("graph/facebook/comments/comments_p2.json"))
    server.route("GET", COMMENTS, Reply(200, page_two), when={"after": "after"})


def serve_inbox(server: FakeServer) -> None:
    conversations = fixture("graph/facebook/conversations/cvses_info.json")
    server.route("GET", CONVERSATIONS, Reply(200, {"data": list(conversations.values())}))
    messages = fixture("graph/facebook/messages/messages_info.json")
    server.route(
        "GET",
        f"/{VERSION}/t_587956915396498/messages",
        Reply(200, {"data": list(messages.values())}),
    )
    server.route(
        "GET",
        f"/{VERSION}/t_233782918546745/messages",
        Reply(200, {"data": [echo_of(fixture("graph/facebook/messages/message_model.json"))]}),
    )


def echo_of(message: dict[str, Any]) -> dict[str, Any]:
    """The Page's side of the recorded exchange: the same message sent the other way."""
    sender = message["from"]
    [page] = message["to"]["data"]
    return {**message, "id": message["id"] + "-echo", "from": page, "to": {"data": [sender]}}


def test_recorded_comments_without_ids_are_quarantined_not_raised() -> None:
    payload = fixture("graph/facebook/comments/comments_p1.json")
    messages, rejected = parse_comments(payload, "fb-page", PAGE, POST)
    assert messages == []
    assert len(rejected) == 10 and {r.error for r in rejected} == {"missing id"}


def test_a_recorded_comment_becomes_a_message() -> None:
    comment = fixture("graph/facebook/comments/comment_model.json")
    [message], [] = parse_comments(
        {"data": [comment]}, "fb-page", "2121008874780932", "2121008874780932_2954961744718970"
    )
    assert message.external_id == "2954961744718970_2966313500250461"
    assert message.thread_id == "2121008874780932_2954961744718970"
    assert (message.author_id, message.author_handle) == ("2711636948859886", "Kun Liu")
    assert message.created_at == datetime(2021, 7, 23, 8, 35, 18, tzinfo=UTC)
    assert message.permalink == comment["permalink_url"]
    assert message.kind is MessageKind.COMMENT and message.raw == comment


def test_a_recorded_message_becomes_a_dm_and_its_echo_is_dropped() -> None:
    recorded = fixture("graph/facebook/messages/message_model.json")
    payload = {"data": [recorded, echo_of(recorded)]}
    [message], [] = parse_messages(
        payload,
        "fb-page",
        Platform.FACEBOOK,
        "t_587956915396498",
        {INBOX_PAGE},
        "https://www.facebook.com/inbox",
    )
    assert (message.text, message.author_id) == ("Love is peace!😏", "2711636948859886")
    assert message.thread_id == "t_587956915396498" and message.kind is MessageKind.DM


def test_an_attachment_only_message_is_kept_with_empty_text() -> None:
    recorded = fixture("graph/facebook/messages/message_info.json")
    [message], [] = parse_messages(
        {"data": [recorded]}, "fb-page", Platform.FACEBOOK, "t_1", {INBOX_PAGE}, ""
    )
    assert message.text == "" and message.raw["attachments"]


def test_comments_are_read_across_pages_without_the_pages_own(server: FakeServer) -> None:
    serve_post(server)
    batch = connect(server, FixedClock(COMMENTS_AT)).fetch("comments", None)
    texts = [m.text for m in batch.messages]
    assert len(texts) == 11 and not any(t.startswith("Hi,") for t in texts)
    assert {m.thread_id for m in batch.messages} == {POST}
    first = server.requests_to("GET", COMMENTS)[0]
    assert (first.query["filter"], first.query["since"]) == (
        "stream",
        str(int((COMMENTS_AT - timedelta(days=7, minutes=2)).timestamp())),
    )


def test_a_resumed_poll_returns_only_new_comments(server: FakeServer) -> None:
    serve_post(server)
    clock = FixedClock(COMMENTS_AT)
    facebook = connect(server, clock)
    first = facebook.fetch("comments", None)
    again = facebook.fetch("comments", first.next_cursor)
    assert again.messages == []
    page_two = with_ids(fixture("graph/facebook/comments/comments_p2.json"))
    newest = {
        **page_two["data"][0],
        "id": "10158407654328553_1",
        "created_time": "2021-08-14T11:00:00+0000",
        "message": "is the clinic open today?",
    }
    late = {
        **page_two["data"][0],
        "id": "10158407654328553_2",
        "created_time": "2021-08-14T07:23:42+0000",
        "message": "written while we were reading",
    }
    serve_post(server, {**page_two, "data": [*page_two["data"], newest, late]})
    later = facebook.fetch("comments", again.next_cursor)
    assert [m.external_id for m in later.messages] == ["10158407654328553_2", "10158407654328553_1"]


def in_batches_of_four(server: FakeServer, clock: FixedClock) -> FacebookConnector:
    graph = GraphClient(
        "fb-page", graph_http(server.base_url, "t", 2.0), VERSION, clock, lambda _: None
    )
    return FacebookConnector(
        "fb-page", PAGE, graph, clock, backfill=timedelta(days=7), batch_limit=4
    )


def test_a_burst_is_handed_out_in_bounded_batches_oldest_first(server: FakeServer) -> None:
    serve_post(server)
    facebook = in_batches_of_four(server, FixedClock(COMMENTS_AT))
    batches, cursor = [], None
    for _ in range(4):
        batch = facebook.fetch("comments", cursor)
        batches.append(batch.messages)
        cursor = batch.next_cursor
    assert [len(b) for b in batches] == [4, 4, 3, 0]
    times = [m.created_at for b in batches for m in b]
    assert times == sorted(times)
    assert len(server.requests_to("GET", POSTS)) == 2  # the held batches cost no calls


def test_a_restart_between_batches_loses_and_doubles_nothing(server: FakeServer) -> None:
    serve_post(server)
    clock = FixedClock(COMMENTS_AT)
    first = in_batches_of_four(server, clock).fetch("comments", None)
    seen = [m.external_id for m in first.messages]
    cursor = first.next_cursor
    for _ in range(3):  # a new process each time: nothing held in memory
        batch = in_batches_of_four(server, clock).fetch("comments", cursor)
        seen += [m.external_id for m in batch.messages]
        cursor = batch.next_cursor
    assert len(seen) == len(set(seen)) == 11


def test_a_comment_delivered_twice_is_returned_once(server: FakeServer) -> None:
    page_two = with_ids(fixture("graph/facebook/comments/comments_p2.json"))
    page_one = with_ids(fixture("graph/facebook/comments/comments_p1.json"))
    serve_post(server, {**page_two, "data": [page_one["data"][0], *page_two["data"]]})
    batch = connect(server, FixedClock(COMMENTS_AT)).fetch("comments", None)
    ids = [m.external_id for m in batch.messages]
    assert len(ids) == len(set(ids)) == 11


def test_an_expired_token_names_the_account(server: FakeServer) -> None:
    error = {
        "error": {
            "message": "Error validating access token: Session has expired",
            "type": "OAuthException",
            "code": 190,
            "error_subcode": 463,
            "fbtrace_id": "A1",
        }
    }
    server.route("GET", POSTS, Reply(400, error))
    with pytest.raises(AuthExpired, match="account fb-page"):
        connect(server, FixedClock(COMMENTS_AT)).fetch("comments", None)


def test_a_page_limit_says_when_polling_may_resume(server: FakeServer) -> None:
    usage = (
        f'{{"{PAGE}":[{{"type":"pages","call_count":100,"total_cputime":3,'
        '"total_time":3,"estimated_time_to_regain_access":5}]}'
    )
    error = {
        "error": {
            "message": "(#32) Page request limit reached",
            "type": "OAuthException",
            "code": 32,
            "fbtrace_id": "A2",
        }
    }
    server.route("GET", POSTS, Reply(400, error, {"x-business-use-case-usage": usage}))
    with pytest.raises(RateLimited) as raised:
        connect(server, FixedClock(COMMENTS_AT)).fetch("comments", None)
    assert raised.value.resumes_at == COMMENTS_AT + timedelta(minutes=5)


def test_a_server_error_on_the_post_list_is_retried(server: FakeServer) -> None:
    serve_post(server)
    server.route("GET", POSTS, Reply(500, {}), Reply(200, {"data": [{"id": POST}]}))
    batch = connect(server, FixedClock(COMMENTS_AT)).fetch("comments", None)
    assert len(batch.messages) == 11 and len(server.requests_to("GET", POSTS)) == 2


def test_dms_are_read_per_conversation_and_echoes_dropped(server: FakeServer) -> None:
    serve_inbox(server)
    facebook = connect(server, FixedClock(MESSAGES_AT), INBOX_PAGE, backfill_hours=24)
    batch = facebook.fetch("dms", None)
    assert {m.author_id for m in batch.messages} == {"2711636948859886"}
    assert len(batch.messages) == 2
    assert {m.thread_id for m in batch.messages} == {"t_587956915396498"}
    assert batch.messages[0].permalink == (
        "https://www.facebook.com/2121008874780932/inbox/2582605345287947/"
    )
    assert facebook.fetch("dms", batch.next_cursor).messages == []
    assert server.requests_to("GET", CONVERSATIONS)[0].query["platform"] == "messenger"


def first_dm(server: FakeServer, clock: FixedClock) -> tuple[FacebookConnector, Message]:
    serve_inbox(server)
    facebook = connect(server, clock, INBOX_PAGE, backfill_hours=24)
    return facebook, facebook.fetch("dms", None).messages[-1]


def test_a_dm_reply_uses_the_send_api_inside_the_window(server: FakeServer) -> None:
    facebook, message = first_dm(server, FixedClock(MESSAGES_AT))
    send = f"/{VERSION}/{INBOX_PAGE}/messages"
    server.route(
        "POST", send, Reply(200, {"recipient_id": "2711636948859886", "message_id": "m_sent"})
    )
    assert facebook.reply(message, "Please call the office.") == "m_sent"
    [request] = server.requests_to("POST", send)
    assert request.json() == {
        "recipient": {"id": "2711636948859886"},
        "messaging_type": "RESPONSE",
        "message": {"text": "Please call the office."},
    }


def test_a_dm_reply_after_24_hours_is_refused_and_says_to_call(server: FakeServer) -> None:
    clock = FixedClock(MESSAGES_AT)
    facebook, message = first_dm(server, clock)
    clock.advance(hours=23)
    with pytest.raises(SendRejected, match=r"24-hour messaging window .* closed.*call"):
        facebook.reply(message, "Please call the office.")
    assert server.requests_to("POST", f"/{VERSION}/{INBOX_PAGE}/messages") == []


def first_comment(server: FakeServer) -> tuple[FacebookConnector, Message, str]:
    """A fetched comment, and the path its public replies are posted to."""
    serve_post(server)
    facebook = connect(server, FixedClock(COMMENTS_AT))
    comment = facebook.fetch("comments", None).messages[0]
    return facebook, comment, f"/{VERSION}/{comment.external_id}/comments"


def test_a_comment_reply_is_a_public_reply(server: FakeServer) -> None:
    facebook, comment, path = first_comment(server)
    server.route("POST", path, Reply(200, fixture("graph/facebook/comments/create_resp.json")))
    assert facebook.reply(comment, "Please call us.") == "245778718206154_229887283291835"
    assert server.requests_to("POST", path)[0].json() == {"message": "Please call us."}


def test_a_reply_to_a_deleted_comment_is_a_rejection(server: FakeServer) -> None:
    facebook, comment, path = first_comment(server)
    server.route("POST", path, Reply(400, fixture("graph/errors/error_data.json")))
    with pytest.raises(SendRejected, match=r"\(#100\) Object does not exist"):
        facebook.reply(comment, "Please call us.")


def test_a_server_error_on_a_reply_is_not_a_rejection(server: FakeServer) -> None:
    facebook, comment, path = first_comment(server)
    server.route("POST", path, Reply(500, {}))
    with pytest.raises(ConnectorError) as raised:
        facebook.reply(comment, "Please call us.")
    assert not isinstance(raised.value, SendRejected)  # it may have been posted
    assert len(server.requests_to("POST", path)) == 1


def test_hiding_a_comment_sets_is_hidden(server: FakeServer) -> None:
    serve_post(server)
    facebook = connect(server, FixedClock(COMMENTS_AT))
    comment = facebook.fetch("comments", None).messages[0]
    path = f"/{VERSION}/{comment.external_id}"
    server.route("POST", path, Reply(200, {"success": True}))
    facebook.hide(comment)
    facebook.unhide(comment)
    hiding, showing = server.requests_to("POST", path)
    assert (hiding.json(), showing.json()) == ({"is_hidden": True}, {"is_hidden": False})


def test_a_dm_cannot_be_hidden(server: FakeServer) -> None:
    facebook, message = first_dm(server, FixedClock(MESSAGES_AT))
    with pytest.raises(ConnectorError, match="cannot be hidden"):
        facebook.hide(message)


def test_identity_check_names_the_page(server: FakeServer) -> None:
    server.route("GET", f"/{VERSION}/me", Reply(200, {"id": INBOX_PAGE, "name": "MyLife"}))
    report = connect(server, FixedClock(MESSAGES_AT), INBOX_PAGE).identity_check()
    assert report["ok"] and report["who"] == f"MyLife ({INBOX_PAGE})"
    assert any("24 h" in note for note in report["notes"])


def test_identity_check_flags_a_token_for_another_page(server: FakeServer) -> None:
    server.route("GET", f"/{VERSION}/me", Reply(200, {"id": "999", "name": "Other"}))
    report = connect(server, FixedClock(MESSAGES_AT), INBOX_PAGE).identity_check()
    assert not report["ok"] and "not Page" in report["notes"][0]


def test_a_missing_page_id_is_a_config_error() -> None:
    account = AccountSettings(id="fb-page", platform="facebook")
    with pytest.raises(ConfigError, match=r"accounts\[fb-page\]\.page_id"):
        build_facebook_connector(account, lambda _: "t", FixedClock(MESSAGES_AT))
