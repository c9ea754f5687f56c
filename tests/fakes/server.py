"""A single-threaded HTTP server on 127.0.0.1 that serves recorded responses and records requests.

Each route serves its scripted replies in order and repeats the last, so "429, then 200" or
"500, then 200" is one line in a test. Routes come from ../shared/fixtures (never copied here):
X cassettes (decoded) and Graph payloads.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"
_ACCESS_LEVEL = re.compile(r"x-access-level:\s*\n\s*-\s*(\S+)")
_VERSION = re.compile(r"^/v\d+\.\d+")


def fixture(relative: str) -> Any:
    """A recorded payload, parsed."""
    return json.loads((FIXTURES / relative).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: object = None  # dict or list: sent as JSON; str: sent as is (malformed JSON)
    headers: Mapping[str, str] = field(default_factory=dict)
    hold: float = 0.0  # seconds to stall before answering, so a client times out


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class _Route:
    method: str
    path: str
    when: dict[str, str]
    replies: list[Reply]

    def matches(self, method: str, path: str, query: Mapping[str, str]) -> bool:
        return (method, path) == (self.method, self.path) and all(
            query.get(k) == v for k, v in self.when.items()
        )

    def next_reply(self) -> Reply:
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


class FakeServer:
    """Start with `with FakeServer() as server:`; point clients at server.base_url."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._routes: list[_Route] = []
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._http = HTTPServer(("127.0.0.1", 0), _handler(self))
        # A short poll interval: shutdown() waits for it, once per test.
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._release.set()
        self._http.shutdown()
        self._http.server_close()

    def route(
        self, method: str, path: str, *replies: Reply, when: Mapping[str, str] | None = None
    ) -> None:
        """Serve replies in order (the last repeats); the newest, most specific route wins."""
        with self._lock:
            self._routes.insert(0, _Route(method, path, dict(when or {}), list(replies)))

    def requests_to(self, method: str, path: str) -> list[Request]:
        return [r for r in self.requests if (r.method, r.path) == (method, path)]

    def answer(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            candidates = [
                r for r in self._routes if r.matches(request.method, request.path, request.query)
            ]
            if not candidates:
                return Reply(404, {"error": {"message": f"no route for {request.path}"}})
            best = max(candidates, key=lambda r: len(r.when))
            return best.next_reply()

    def hold(self, seconds: float) -> None:
        self._release.wait(seconds)


def _handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._serve()

        do_POST = do_PUT = do_DELETE = do_GET

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            parts = urlsplit(self.path)
            request = Request(
                self.command,
                parts.path,
                dict(parse_qsl(parts.query, keep_blank_values=True)),
                {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length),
            )
            reply = server.answer(request)
            if reply.hold:
                server.hold(reply.hold)
            # A client that gave up waiting has closed the socket: that was the point.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._send(reply)

        def _send(self, reply: Reply) -> None:
            body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
            data = body.encode("utf-8") if reply.body is not None else b""
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet

    return Handler


def add_x_cassette(server: FakeServer, name: str) -> None:
    """Every interaction of an X cassette (x/decoded/<name>.json) as a route, headers included."""
    interactions = fixture(f"x/decoded/{name}.json")
    cassette = (FIXTURES / "x" / "cassettes" / f"{name}.yaml").read_text(encoding="utf-8")
    levels = _ACCESS_LEVEL.findall(cassette)
    for index, interaction in enumerate(interactions):
        request, response = interaction["request"], interaction["response"]
        headers = dict(response["headers"])
        if len(levels) == len(interactions):
            headers["x-access-level"] = levels[index]  # dropped by the decoder, kept in YAML
        uri = urlsplit(request["uri"])
        server.route(
            request["method"],
            uri.path,
            Reply(response["status"], response["body"], headers),
            when=dict(parse_qsl(uri.query)),
        )


def add_graph_pages(
    server: FakeServer, version: str, first: str, second: str, at: str | None = None
) -> str:
    """Two recorded pages of one edge, at the path their own paging.next names (or at);
    returns the path.

    The second page is served when the request carries the cursor (after, or until for
    time-based paging) from the first page's paging.next.
    """
    page_one = fixture(first)
    following = urlsplit(page_one["paging"]["next"])
    path = at or f"/{version}" + _VERSION.sub("", following.path)
    query = dict(parse_qsl(following.query))
    cursor = {k: query[k] for k in ("after", "until") if k in query}
    server.route("GET", path, Reply(200, page_one))
    server.route("GET", path, Reply(200, fixture(second)), when=cursor)
    return path
