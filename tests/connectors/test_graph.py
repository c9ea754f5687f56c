from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.fakes.ports import FixedClock
from tests.fakes.server import FakeServer, Reply, add_graph_pages, fixture
from triage.connectors.graph import GraphClient, GraphRefused, Watermark, graph_http
from triage.connectors.ratelimit import Backoff
from triage.domain.errors import AuthExpired, ConnectorError, RateLimited

VERSION = "v21.0"
NOW = datetime(2021, 8, 14, 12, 0, tzinfo=UTC)
ME = f"/{VERSION}/me"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def graph(server: FakeServer, sleeps: list[float]) -> GraphClient:
    return make_graph(server, sleeps)


def make_graph(server: FakeServer, sleeps: list[float], timeout: float = 2.0) -> GraphClient:
    http = graph_http(server.base_url, "page-token", timeout)
    backoff = Backoff(attempts=3, random=lambda: 0.5)
    return GraphClient("fb-page", http, VERSION, FixedClock(NOW), sleeps.append, backoff)


def graph_error(code: int, subcode: int | None = None) -> dict[str, object]:
    """The recorded error envelope with another code, as Meta documents them."""
    envelope = fixture("graph/errors/error_data.json")
    error = {**envelope["error"], "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


def test_paging_follows_next_across_recorded_pages(graph: GraphClient, server: FakeServer) -> None:
    path = add_graph_pages(
        server,
        VERSION,
        "graph/instagram/media/user_medias_p1.json",
        "graph/instagram/media/user_medias_p2.json",
    )
    pages = list(graph.pages(path.removeprefix(f"/{VERSION}/"), {"fields": "id,timestamp"}))
    ids = [item["id"] for page in pages for item in page["data"]]
    assert ids == [
        "17895731045244887",
        "17896622936197745",
        "17896129349106152",
        "17893085207160254",
    ]
    _, second = server.requests_to("GET", path)
    assert second.query["after"] == "after" and "access_token" not in second.query


def test_time_based_paging_keeps_our_since(graph: GraphClient, server: FakeServer) -> None:
    path = add_graph_pages(
        server,
        VERSION,
        "graph/facebook/posts/feed_fields_p1.json",
        "graph/facebook/posts/feed_fields_p2.json",
    )
    pages = list(graph.pages(path.removeprefix(f"/{VERSION}/"), {"since": "1620000000"}))
    assert len(pages) == 2
    second = server.requests_to("GET", path)[1]
    assert (second.query["until"], second.query["since"]) == ("1624385168", "1620000000")


def test_the_token_travels_in_a_header_never_in_the_url(
    graph: GraphClient, server: FakeServer
) -> None:
    path = add_graph_pages(
        server,
        VERSION,
        "graph/facebook/comments/comments_p1.json",
        "graph/facebook/comments/comments_p2.json",
    )
    list(graph.pages(path.removeprefix(f"/{VERSION}/"), {}))
    for request in server.requests_to("GET", path):
        assert "access_token" not in request.query
        assert request.headers["authorization"] == "Bearer page-token"


def test_an_expired_token_names_the_account(graph: GraphClient, server: FakeServer) -> None:
    server.route("GET", ME, Reply(400, graph_error(190, 463)))
    with pytest.raises(AuthExpired, match=r"account fb-page.*190/463"):
        graph.get("me")


def test_throttling_codes_say_when_calls_resume(graph: GraphClient, server: FakeServer) -> None:
    usage = (
        '{"1":[{"type":"pages","call_count":100,"total_cputime":1,"total_time":1,'
        '"estimated_time_to_regain_access":12}]}'
    )
    server.route("GET", ME, Reply(400, graph_error(32), {"x-business-use-case-usage": usage}))
    with pytest.raises(RateLimited) as raised:
        graph.get("me")
    assert raised.value.resumes_at == NOW + timedelta(minutes=12)


def test_a_throttled_client_stops_calling(graph: GraphClient, server: FakeServer) -> None:
    server.route("GET", ME, Reply(429, graph_error(4), {"retry-after": "60"}))
    for _ in range(2):
        with pytest.raises(RateLimited, match="fb-page") as raised:
            graph.get("me")
    assert raised.value.resumes_at == NOW + timedelta(seconds=60)
    assert len(server.requests_to("GET", ME)) == 1


def test_a_server_error_is_retried_then_succeeds(
    graph: GraphClient, server: FakeServer, sleeps: list[float]
) -> None:
    server.route("GET", ME, Reply(500, {}), Reply(200, {"id": "1", "name": "Clinic"}))
    assert graph.get("me")["name"] == "Clinic"
    assert sleeps == [0.5]


def test_server_errors_become_a_connector_error_after_the_retries(
    graph: GraphClient, server: FakeServer, sleeps: list[float]
) -> None:
    server.route("GET", ME, Reply(503, "<html>down</html>"))
    with pytest.raises(ConnectorError, match=r"fb-page.*HTTP 503"):
        graph.get("me")
    assert len(server.requests_to("GET", ME)) == 3 and len(sleeps) == 2


def test_a_reply_is_not_retried_after_a_server_error(
    graph: GraphClient, server: FakeServer
) -> None:
    path = f"/{VERSION}/1_2/comments"
    server.route("POST", path, Reply(500, {}), Reply(200, {"id": "1_3"}))
    with pytest.raises(ConnectorError):
        graph.post("1_2/comments", {"message": "Please call us."})
    assert len(server.requests_to("POST", path)) == 1


def test_a_timeout_becomes_a_connector_error(server: FakeServer, sleeps: list[float]) -> None:
    graph = make_graph(server, sleeps, timeout=0.05)
    server.route("GET", ME, Reply(200, {"id": "1"}, hold=5))
    with pytest.raises(ConnectorError, match="timed out"):
        graph.get("me")
    assert len(sleeps) == 2


def test_malformed_json_becomes_a_connector_error(graph: GraphClient, server: FakeServer) -> None:
    server.route("GET", ME, Reply(200, '{"data": [{"id": '))
    with pytest.raises(ConnectorError, match="not a JSON object"):
        graph.get("me")


def test_a_permission_error_is_refused_with_metas_words(
    graph: GraphClient, server: FakeServer
) -> None:
    server.route("GET", ME, Reply(400, fixture("graph/errors/error_data.json")))
    with pytest.raises(GraphRefused, match=r"\(#100\) Object does not exist") as raised:
        graph.get("me")
    assert raised.value.code == 100
    assert "AQt_hJ68vFybS4TnupatNtX" in str(raised.value)  # fbtrace_id, for Meta support


def test_usage_headers_slow_the_polling_down(graph: GraphClient, server: FakeServer) -> None:
    headers = next(
        h["headers"] for h in fixture("graph/headers/rate_limit_headers.json") if h["lineno"] == 13
    )
    server.route("GET", ME, Reply(200, {"id": "1"}, headers))
    graph.get("me")
    assert graph.min_poll_interval(1) > timedelta(seconds=100)


def test_a_watermark_round_trips_and_skips_what_it_saw() -> None:
    start = NOW - timedelta(hours=24)
    mark = Watermark.load(None, start)
    assert mark.at == start and not mark.seen
    assert Watermark.load(mark.dump(), start) == mark
    assert Watermark.load("not ours", start) == mark


def test_the_token_never_reaches_the_logs(
    graph: GraphClient, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    server.route("GET", ME, Reply(500, {}), Reply(400, fixture("graph/errors/error_data.json")))
    server.route("POST", f"/{VERSION}/c1/comments", Reply(401, graph_error(190, 460)))
    with pytest.raises(GraphRefused):
        graph.get("me")
    with pytest.raises(AuthExpired):
        graph.post("c1/comments", {"message": "Please call us."})
    assert caplog.records and "page-token" not in caplog.text
    assert server.requests_to("GET", ME)[0].headers["authorization"] == "Bearer page-token"
