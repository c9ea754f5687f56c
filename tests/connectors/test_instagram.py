from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.fakes.ports import FixedClock
from tests.fakes.server import FakeServer, Reply, add_graph_pages, fixture
from triage.config import AccountSettings
from triage.connectors.graph import GraphClient, graph_http
from triage.connectors.instagram import (
    InstagramConnector,
    build_instagram_connector,
    parse_media_comments,
)
from triage.domain.errors import ConfigError, ConnectorError, SendRejected
from triage.domain.model import Message, MessageKind

VERSION = "v21.0"
# The recorded account (@ikroskun) and its media; the comment pages are served for the one
# media item the recording says has comments.
IG_USER = "17841406338772941"
HANDLE = "ikroskun"
MEDIA = "17896622936197745"
PAGE = "2121008874780932"
OWN_COMMENT = "17892250648466172"
NOW = datetime(2021, 8, 14, 12, 0, tzinfo=UTC)
CONVERSATIONS = f"/{VERSION}/{PAGE}/conversations"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


def connect(server: FakeServer, clock: FixedClock, backfill: timedelta) -> InstagramConnector:
    graph = GraphClient(
        "ig-main", graph_http(server.base_url, "ig-token", 2.0), VERSION, clock, lambda _: None
    )
    return InstagramConnector(
        "ig-main", IG_USER, "@" + HANDLE, graph, clock, page_id=PAGE, backfill=backfill
    )


def serve_media(server: FakeServer) -> str:
    add_graph_pages(
        server,
        VERSION,
        "graph/instagram/media/user_medias_p1.json",
        "graph/instagram/media/user_medias_p2.json",
    )
    return add_graph_pages(
        server,
        VERSION,
        "graph/instagram/media/media_comments_p1.json",
        "graph/instagram/media/media_comments_p2.json",
        at=f"/{VERSION}/{MEDIA}/comments",
    )


def ig_message(message_id: str, sender: str, username: str, at: datetime) -> dict[str, Any]:
    """An Instagram DM in the Messenger shape Meta documents for both platforms."""
    return {
        "id": message_id,
        "created_time": at.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "from": {"username": username, "id": sender},
        "to": {"data": [{"username": HANDLE, "id": IG_USER}]},
        "message": f"hello {message_id}",
    }


def serve_inbox(server: FakeServer, messages: list[dict[str, Any]]) -> None:
    conversation = {"id": "ig_t_1", "updated_time": NOW.strftime("%Y-%m-%dT%H:%M:%S+0000")}
    server.route("GET", CONVERSATIONS, Reply(200, {"data": [conversation]}))
    server.route("GET", f"/{VERSION}/ig_t_1/messages", Reply(200, {"data": messages}))


def test_recorded_media_comments_become_messages_on_the_media_thread() -> None:
    payload = fixture("graph/instagram/media/media_comments_p1.json")
    messages, rejected = parse_media_comments(
        payload, "ig-main", MEDIA, "https://www.instagram.com/p/CSgdWACBeKr/", {HANDLE}
    )
    assert rejected == []
    assert [m.external_id for m in messages] == ["17858154961981086", "17874875428706419"]
    assert {m.thread_id for m in messages} == {MEDIA}
    assert messages[0].created_at == datetime(2020, 6, 1, 10, 56, 52, tzinfo=UTC)
    assert messages[0].permalink == "https://www.instagram.com/p/CSgdWACBeKr/"


def test_own_comments_are_dropped_and_replies_flattened() -> None:
    comment = fixture("graph/instagram/comments/ig_comment_model.json")
    [reply], [] = parse_media_comments({"data": [comment]}, "ig-main", MEDIA, "", {IG_USER, HANDLE})
    assert reply.external_id == "17845747489952795" and reply.text == "@ikroskun Nice"


def test_a_malformed_comment_is_quarantined() -> None:
    payload = {"data": [{"id": "1", "text": "no time"}, "not an object"]}
    messages, rejected = parse_media_comments(payload, "ig-main", MEDIA, "", {HANDLE})
    assert messages == [] and [r.error for r in rejected] == ["missing time", "missing id"]


def test_comments_of_media_with_comments_are_read_across_pages(server: FakeServer) -> None:
    comments = serve_media(server)
    instagram = connect(server, FixedClock(NOW), backfill=timedelta(days=600))
    batch = instagram.fetch("comments", None)
    assert [m.external_id for m in batch.messages] == [  # oldest first
        "17914413430382429",
        "17892250648466172",
        "17874875428706419",
        "17858154961981086",
    ]
    assert len(server.requests_to("GET", comments)) == 2
    assert instagram.fetch("comments", batch.next_cursor).messages == []


def test_the_first_poll_only_backfills_the_configured_hours(server: FakeServer) -> None:
    serve_media(server)
    instagram = connect(server, FixedClock(datetime(2020, 6, 2, tzinfo=UTC)), timedelta(hours=24))
    batch = instagram.fetch("comments", None)
    assert [m.external_id for m in batch.messages] == ["17874875428706419", "17858154961981086"]


def test_replies_past_the_first_nested_page_are_fetched(server: FakeServer) -> None:
    comment = fixture("graph/instagram/comments/ig_comment_model.json")
    replies = {
        **comment["replies"],
        "paging": {
            "cursors": {"after": "r1"},
            "next": f"https://graph.facebook.com/v11.0/{OWN_COMMENT}/replies?limit=1&after=r1",
        },
    }
    media = {"data": [{"id": MEDIA, "timestamp": "2021-08-13T08:02:40+0000", "comments_count": 3}]}
    server.route("GET", f"/{VERSION}/{IG_USER}/media", Reply(200, media))
    server.route(
        "GET",
        f"/{VERSION}/{MEDIA}/comments",
        Reply(200, {"data": [{**comment, "replies": replies}]}),
    )
    server.route(
        "GET",
        f"/{VERSION}/{OWN_COMMENT}/replies",
        Reply(200, fixture("graph/instagram/comments/replies.json")),
        when={"after": "r1"},
    )
    batch = connect(server, FixedClock(NOW), timedelta(days=600)).fetch("comments", None)
    assert [m.external_id for m in batch.messages] == ["17845747489952795", "17847314687296283"]


def fetched_comment(server: FakeServer) -> tuple[InstagramConnector, Message]:
    serve_media(server)
    instagram = connect(server, FixedClock(NOW), backfill=timedelta(days=600))
    return instagram, instagram.fetch("comments", None).messages[0]


def test_a_comment_reply_checks_it_is_visible_then_replies(server: FakeServer) -> None:
    instagram, comment = fetched_comment(server)
    server.route(
        "GET",
        f"/{VERSION}/{comment.external_id}",
        Reply(200, {"hidden": False, "id": comment.external_id}),
    )
    path = f"/{VERSION}/{comment.external_id}/replies"
    server.route("POST", path, Reply(200, {"id": "17847314687296283"}))
    assert instagram.reply(comment, "Please call us.") == "17847314687296283"
    assert server.requests_to("POST", path)[0].json() == {"message": "Please call us."}


def test_a_hidden_comment_is_not_replied_to(server: FakeServer) -> None:
    instagram, comment = fetched_comment(server)
    hidden = {**fixture("graph/instagram/comments/ig_comment_model.json"), "hidden": True}
    server.route("GET", f"/{VERSION}/{comment.external_id}", Reply(200, hidden))
    with pytest.raises(SendRejected, match=r"hidden.*does not accept replies"):
        instagram.reply(comment, "Please call us.")
    assert server.requests_to("POST", f"/{VERSION}/{comment.external_id}/replies") == []


def test_a_reply_to_a_reply_goes_to_its_top_level_comment(server: FakeServer) -> None:
    instagram, _ = fetched_comment(server)
    nested = {
        **fixture("graph/instagram/comments/replies.json")["data"][0],
        "parent_id": OWN_COMMENT,
    }
    [reply], [] = parse_media_comments({"data": [nested]}, "ig-main", MEDIA, "", {HANDLE})
    server.route("GET", f"/{VERSION}/{reply.external_id}", Reply(200, {"hidden": False}))
    server.route("POST", f"/{VERSION}/{OWN_COMMENT}/replies", Reply(200, {"id": "1"}))
    instagram.reply(reply, "Please call us.")
    assert len(server.requests_to("POST", f"/{VERSION}/{OWN_COMMENT}/replies")) == 1


def test_hiding_a_comment(server: FakeServer) -> None:
    instagram, comment = fetched_comment(server)
    server.route("POST", f"/{VERSION}/{comment.external_id}", Reply(200, {"success": True}))
    instagram.hide(comment)
    instagram.unhide(comment)
    hiding, showing = server.requests_to("POST", f"/{VERSION}/{comment.external_id}")
    assert (hiding.json(), showing.json()) == ({"hide": True}, {"hide": False})


def test_dms_drop_the_accounts_own_messages(server: FakeServer) -> None:
    inbound = ig_message("ig_m1", "6100001", "patient", NOW - timedelta(minutes=5))
    echo = ig_message("ig_m2", IG_USER, HANDLE, NOW - timedelta(minutes=4))
    serve_inbox(server, [echo, inbound])
    instagram = connect(server, FixedClock(NOW), timedelta(hours=24))
    batch = instagram.fetch("dms", None)
    assert [(m.external_id, m.kind, m.thread_id) for m in batch.messages] == [
        ("ig_m1", MessageKind.DM, "ig_t_1")
    ]
    assert server.requests_to("GET", CONVERSATIONS)[0].query["platform"] == "instagram"
    assert instagram.fetch("dms", batch.next_cursor).messages == []


def test_twenty_new_messages_in_one_conversation_warn_of_a_gap(
    server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    serve_inbox(
        server,
        [
            ig_message(f"ig_m{i}", "6100001", "patient", NOW - timedelta(minutes=i))
            for i in range(20)
        ],
    )
    with caplog.at_level(logging.WARNING):
        connect(server, FixedClock(NOW), timedelta(hours=24)).fetch("dms", None)
    assert "shows only the last 20" in caplog.text and "hello" not in caplog.text


def test_a_dm_reply_goes_through_the_pages_send_api_within_24_hours(server: FakeServer) -> None:
    serve_inbox(server, [ig_message("ig_m1", "6100001", "patient", NOW - timedelta(hours=1))])
    clock = FixedClock(NOW)
    instagram = connect(server, clock, timedelta(hours=24))
    [message] = instagram.fetch("dms", None).messages
    send = f"/{VERSION}/{PAGE}/messages"
    server.route("POST", send, Reply(200, {"recipient_id": "6100001", "message_id": "ig_sent"}))
    assert instagram.reply(message, "Please call the office.") == "ig_sent"
    assert server.requests_to("POST", send)[0].json()["recipient"] == {"id": "6100001"}
    clock.advance(hours=24)
    with pytest.raises(ConnectorError, match="24-hour"):
        instagram.reply(message, "Please call the office.")


def test_identity_check_reads_the_account(server: FakeServer) -> None:
    server.route("GET", f"/{VERSION}/{IG_USER}", Reply(200, {"id": IG_USER, "username": HANDLE}))
    report = connect(server, FixedClock(NOW), timedelta(hours=24)).identity_check()
    assert report["ok"] and report["who"] == f"@{HANDLE} ({IG_USER})"
    assert any("20 most recent" in note for note in report["notes"])


def test_the_builder_needs_the_instagram_account_id() -> None:
    account = AccountSettings(id="ig-main", platform="instagram")
    with pytest.raises(ConfigError, match="ig_user_id"):
        build_instagram_connector(account, lambda _: "t", FixedClock(NOW))
