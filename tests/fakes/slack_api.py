"""A loopback fake of the Slack Web API: records calls, enforces Slack's limits, answers 429.

Limits are those of ../shared/platform-apis.md (section 6.4), with the undocumented one that
matters most: Slack rejected messages at about 13k characters of blocks (msg_blocks_too_long);
this fake rejects above 12,000. chat.postMessage is limited per channel (about one message a
second) on the clock the test gives, answering 429 with Retry-After like Slack does. Answers
follow the shapes of fixtures/slack/web_api/*.json. Response URLs are served here too.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl

from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from triage.db.unit_of_work import SqlAlchemyUnitOfWork
from triage.domain.model import ReviewRouting
from triage.domain.ports import Clock
from triage.domain.roles import Role, RoleBook
from triage.services import Deps
from triage.slack.queue import SlackAlerts, SlackCalls, SlackReviewQueue

BLOCKS_PER_MESSAGE = 50
BLOCKS_PER_VIEW = 100
BLOCK_CHARACTERS = 12_000
MESSAGE_TEXT = 40_000
SECTION_TEXT = 3_000
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2_000
ID_LENGTH = 255
CONTEXT_ELEMENTS = 10
ACTION_ELEMENTS = 25
OPTION_TEXT = 75
OPTION_VALUE = 150
VIEW_TITLE = 24
PRIVATE_METADATA = 3_000
INPUT_VALUE = 3_000  # plain_text_input max_length, and its default
BOT_USER = "UBOTUSER01"


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None


@dataclass
class FakeSlackApi:
    """Start with `with FakeSlackApi(clock) as api:`; point WebClient at api.base_url."""

    clock: Callable[[], float] = time.monotonic
    post_interval: float = 1.0
    user_groups: dict[str, list[str]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    responses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._last_post: dict[str, float] = {}
        self._scripted: dict[str, list[tuple[int, str, int]]] = {}
        self._hashes: dict[str, str] = {}  # view id -> hash of its current version
        self._ts = 0
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._http.daemon_threads = True
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._http.shutdown()
        self._http.server_close()

    @property
    def root(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.root}/response/{name}"

    # --- scripting and reading -------------------------------------------------------------

    def fail_next(self, method: str, error: str, status: int = 200, retry_after: int = 0) -> None:
        """The next call to method fails with this error (429 answers carry Retry-After)."""
        with self._lock:
            self._scripted.setdefault(method, []).append((status, error, retry_after))

    def calls_to(self, method: str, ok: bool = True) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and (c.ok or not ok)]

    def posts(self, channel: str | None = None) -> list[Call]:
        return [
            c for c in self.calls_to("chat.postMessage") if channel in (None, c.params["channel"])
        ]

    def answers(self, name: str | None = None) -> list[dict[str, Any]]:
        """What was sent to response URLs (answers to the person who clicked), by URL name."""
        with self._lock:
            return [b for path, b in self.responses if name in (None, path.rsplit("/", 1)[-1])]

    # --- serving -----------------------------------------------------------------------------

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        with self._lock:
            status, body, retry_after = self._answer(method, params)
            error = None if body.get("ok") else str(body.get("error"))
            self.calls.append(Call(method, params, status, body, self.clock(), error))
            return status, body, retry_after

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        scripted = self._scripted.get(method)
        if scripted:
            status, error, retry_after = scripted.pop(0)
            return status, {"ok": False, "error": error}, retry_after
        handler = _METHODS.get(method)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method"}, 0
        return handler(self, params)

    def _post_message(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        error = message_error(params)
        if error:
            return 200, {"ok": False, "error": error}, 0
        channel = str(params.get("channel", ""))
        now = self.clock()
        last = self._last_post.get(channel)
        if last is not None and now - last < self.post_interval:
            wait = max(1, math.ceil(self.post_interval - (now - last)))
            return 429, {"ok": False, "error": "ratelimited"}, wait
        self._last_post[channel] = now
        ts = self._next_ts()
        message = {"type": "message", "text": params.get("text", ""), "ts": ts, "bot_id": "B111"}
        return 200, {"ok": True, "channel": channel, "ts": ts, "message": message}, 0

    def _update(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        error = message_error(params)
        if error:
            return 200, {"ok": False, "error": error}, 0
        body = {"ok": True, "channel": params["channel"], "ts": params["ts"], "text": ""}
        return 200, body, 0

    def _ephemeral(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        return 200, {"ok": True, "message_ts": self._next_ts()}, 0

    def _view(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        """views.open, views.push and views.publish: a new view, with its id and hash."""
        return self._show(f"V{self._next_ts()}", params)

    def _update_view(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        """views.update: like Slack, refused for a hash that is not the view's current one."""
        view_id = str(params.get("view_id", ""))
        if view_id not in self._hashes:
            return 200, {"ok": False, "error": "not_found"}, 0
        if params.get("hash") not in (None, self._hashes[view_id]):
            return 200, {"ok": False, "error": "hash_conflict"}, 0
        return self._show(view_id, params)

    def _show(self, view_id: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        view = params.get("view")
        view = dict(json.loads(view) if isinstance(view, str) else view or {})
        error = view_error(view)
        if error:
            return 200, {"ok": False, "error": error}, 0
        # Slack's hash: the time of this version and a random part (e.g. 1596530361.3wRYuk3R).
        self._hashes[view_id] = f"{int(self.clock())}.h{self._next_ts().split('.')[1]}"
        shown = {"id": view_id, "hash": self._hashes[view_id], "state": {"values": {}}, **view}
        return 200, {"ok": True, "view": shown}, 0

    def _auth_test(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        body = {
            "ok": True,
            "url": "https://test.slack.com/",
            "team": "Test",
            "user": "triage",
            "team_id": "T111",
            "user_id": BOT_USER,
            "bot_id": "B111",
        }
        return 200, body, 0

    def _group(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], int]:
        group = str(params.get("usergroup", ""))
        if group not in self.user_groups:
            return 200, {"ok": False, "error": "no_such_subteam"}, 0
        return 200, {"ok": True, "users": self.user_groups[group]}, 0

    def _next_ts(self) -> str:
        self._ts += 1
        return f"{1_700_000_000 + self._ts}.{self._ts:06d}"


_METHODS: dict[str, Callable[[FakeSlackApi, dict[str, Any]], tuple[int, dict[str, Any], int]]] = {
    "auth.test": FakeSlackApi._auth_test,
    "chat.postMessage": FakeSlackApi._post_message,
    "chat.update": FakeSlackApi._update,
    "chat.postEphemeral": FakeSlackApi._ephemeral,
    "views.open": FakeSlackApi._view,
    "views.update": FakeSlackApi._update_view,
    "views.push": FakeSlackApi._view,
    "views.publish": FakeSlackApi._view,
    "usergroups.users.list": FakeSlackApi._group,
}


# --- Slack's limits ------------------------------------------------------------------------------


def message_error(params: dict[str, Any]) -> str | None:
    """The error Slack would give a message with these text and blocks, or None."""
    if len(str(params.get("text", ""))) > MESSAGE_TEXT:
        return "msg_too_long"
    blocks = _decoded(params.get("blocks"))
    if len(blocks) > BLOCKS_PER_MESSAGE or any(block_error(b) for b in blocks):
        return "invalid_blocks"
    if sum(len(t) for t in _texts(blocks)) > BLOCK_CHARACTERS:
        return "msg_blocks_too_long"
    return None


def view_error(view: dict[str, Any]) -> str | None:
    blocks = view.get("blocks", [])
    titles = [view.get(k, {}).get("text", "") for k in ("title", "submit", "close")]
    if len(blocks) > BLOCKS_PER_VIEW or any(len(t) > VIEW_TITLE for t in titles):
        return "invalid_arguments"
    if len(view.get("private_metadata", "")) > PRIVATE_METADATA:
        return "invalid_arguments"
    # A modal with an input block needs a submit button (Slack's view object reference).
    inputs = any(block.get("type") == "input" for block in blocks)
    if view.get("type") == "modal" and inputs and "submit" not in view:
        return "invalid_arguments"
    return "invalid_arguments" if any(block_error(b) for b in blocks) else None


def block_error(block: dict[str, Any]) -> str | None:
    kind = block.get("type")
    if len(str(block.get("block_id", ""))) > ID_LENGTH:
        return "block_id too long"
    if kind == "section" and len(block.get("text", {}).get("text", "")) > SECTION_TEXT:
        return "section text too long"
    if kind == "header" and len(block["text"]["text"]) > HEADER_TEXT:
        return "header too long"
    if kind == "context" and len(block["elements"]) > CONTEXT_ELEMENTS:
        return "too many context elements"
    if kind == "actions":
        if len(block["elements"]) > ACTION_ELEMENTS:
            return "too many actions"
        return next(filter(None, map(element_error, block["elements"])), None)
    if kind == "input":
        return element_error(block["element"])
    return None


def element_error(element: dict[str, Any]) -> str | None:
    if len(str(element.get("action_id", ""))) > ID_LENGTH:
        return "action_id too long"
    if len(str(element.get("initial_value", ""))) > element.get("max_length", INPUT_VALUE):
        return "initial_value too long"
    if element.get("type") == "button":
        if len(element["text"]["text"]) > BUTTON_TEXT:
            return "button text too long"
        if len(str(element.get("value", ""))) > BUTTON_VALUE:
            return "button value too long"
    for option in element.get("options", []):
        if len(option["text"]["text"]) > OPTION_TEXT or len(option["value"]) > OPTION_VALUE:
            return "option too long"
    return None


def _decoded(blocks: Any) -> list[dict[str, Any]]:
    if isinstance(blocks, str):
        return list(json.loads(blocks))
    return list(blocks or [])


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


# --- HTTP ---------------------------------------------------------------------------------------


def _handler(api: FakeSlackApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            params = _params(self.headers.get("Content-Type", ""), self.rfile.read(length))
            if self.path.startswith("/response/"):
                with api._lock:
                    api.responses.append((self.path, params))
                self._send(200, "ok", 0)
                return
            status, body, retry_after = api.answer(self.path.removeprefix("/api/"), params)
            self._send(status, json.dumps(body), retry_after)

        def _send(self, status: int, body: str, retry_after: int) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            if retry_after:
                self.send_header("Retry-After", str(retry_after))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet

    return Handler


def _params(content_type: str, raw: bytes) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return dict(json.loads(raw))
    return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))


# --- plugging triage into it ------------------------------------------------------------------

QUEUE = "CQUEUE0001"
EMERGENCY = "CEMERG0001"
ADMIN = "CADMIN0001"
ONCALL = "UONCALL001"
FRONT_DESK = "UFRONTDESK1"
PHYSICIAN = "UDOCTOR001"
PRACTICE_ADMIN = "UADMIN0001"
NOBODY = "UNOBODY001"
ROUTING = ReviewRouting(
    queue_channel=QUEUE,
    emergency_channel=EMERGENCY,
    admin_channel=ADMIN,
    emergency_mention="<!here>",
    oncall_user=ONCALL,
)


def web_client(api: FakeSlackApi) -> WebClient:
    return WebClient(token="xoxb-test-token", base_url=api.base_url, timeout=5)


def review_deps(
    deps: Deps,
    api: FakeSlackApi,
    factory: sessionmaker[Session],
    clock: Clock,
    masked: bool = False,
) -> Deps:
    """The conftest's deps with the Slack review queue wired to the fake, as build_slack does."""
    calls = SlackCalls(web_client(api), clock)
    return replace(
        deps,
        new_review_uow=lambda: SqlAlchemyUnitOfWork(factory, clock),
        review_queue=SlackReviewQueue(calls, masked),
        alerts=SlackAlerts(calls),
        routing=ROUTING,
        roles=RoleBook(
            {
                Role.FRONT_DESK: [FRONT_DESK],
                Role.PHYSICIAN: [PHYSICIAN],
                Role.ADMIN: [PRACTICE_ADMIN],
            }
        ),
    )
