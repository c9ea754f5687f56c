"""The real Bolt app in HTTP mode, on loopback, with signed requests built from the fixtures.

Listeners run on the request's thread (InlineExecutor), so the HTTP answer comes back after
the work is done and tests never wait or sleep; one test uses a real thread pool to show that
the ack does not wait for the send.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.fakes.ports import FakeConnector, FixedClock, make_message
from tests.fakes.server import FIXTURES, fixture
from tests.fakes.slack_api import FakeSlackApi, review_deps, web_client
from triage.services import Deps, inbox, notify
from triage.slack import blocks
from triage.slack.listeners.serving import EVENTS_PATH, build_app, http_server

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


class InlineExecutor(Executor):
    """Runs Bolt's listeners on the calling thread."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:
            future.set_exception(error)
        return future


def sign(body: str, timestamp: int, secret: str = SECRET) -> dict[str, str]:
    """Slack's v0 signature: HMAC-SHA256 of v0:{timestamp}:{raw body}."""
    base = f"v0:{timestamp}:{body}".encode()
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}"}


@dataclass
class Card:
    channel: str
    ts: str
    proposal_id: int


@dataclass
class Slack:
    """Sends what Slack would send to /slack/events, signed, and reads the fake Web API."""

    url: str
    api: FakeSlackApi

    def send(
        self,
        body: str,
        content_type: str = "application/x-www-form-urlencoded",
        *,
        timestamp: int | None = None,
        secret: str = SECRET,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        signed = sign(body, int(time.time()) if timestamp is None else timestamp, secret)
        sent = {"Content-Type": content_type, **signed, **(headers or {})}
        return httpx.post(self.url, content=body.encode(), headers=sent, timeout=10)

    def click(
        self, user: str, action_id: str, value: str, card: Card, **extra: Any
    ) -> httpx.Response:
        action = {
            "action_id": action_id,
            "block_id": f"proposal:{card.proposal_id}",
            "text": {"type": "plain_text", "text": "Button"},
            "value": value,
            "type": "button",
            "action_ts": "1678252216.469172",
        }
        return self.send(interactive(self.block_actions(user, card, action)), **extra)

    def choose_label(self, user: str, card: Card, label: str) -> httpx.Response:
        return self.select(user, card, blocks.RELABEL, f"{card.proposal_id}:{label}")

    def choose_mute(
        self, user: str, card: Card, scope: str, hours: int | None, hide: bool = False
    ) -> httpx.Response:
        value = blocks.mute_value(card.proposal_id, scope, hours, hide)
        return self.select(user, card, blocks.MUTE, value)

    def select(self, user: str, card: Card, action_id: str, value: str) -> httpx.Response:
        # The documented static_select shape: the chosen option under selected_option.
        action = {
            "type": "static_select",
            "action_id": action_id,
            "block_id": f"proposal:{card.proposal_id}",
            "selected_option": {"text": {"type": "plain_text", "text": value}, "value": value},
            "placeholder": {"type": "plain_text", "text": "Choose"},
            "action_ts": "1678252216.469172",
        }
        return self.send(interactive(self.block_actions(user, card, action)))

    def block_actions(self, user: str, card: Card, action: dict[str, Any]) -> dict[str, Any]:
        body = fixture("slack/interactivity/block_actions_button_in_message_socket_mode.json")
        body["user"] = {"id": user, "username": user.lower(), "name": user.lower()}
        body["channel"] = {"id": card.channel}
        body["container"].update(channel_id=card.channel, message_ts=card.ts)
        body["message"]["ts"] = card.ts
        body["response_url"] = self.api.response_url(user)
        body["actions"] = [action]
        return body

    def submit_edit(
        self, user: str, card: Card, text: str, override: str | None = None
    ) -> httpx.Response:
        body = fixture("slack/interactivity/view_submission.json")
        body["user"] = {"id": user, "username": user.lower(), "name": user.lower()}
        view = body["view"]
        view["callback_id"] = blocks.EDIT_VIEW
        view["private_metadata"] = json.dumps(
            {"proposal": card.proposal_id, "channel": card.channel}
        )
        view["state"]["values"] = {
            blocks.EDIT_BLOCK: {blocks.EDIT_INPUT: {"type": "plain_text_input", "value": text}}
        }
        if override is not None:
            reason = {"type": "plain_text_input", "value": override}
            view["state"]["values"][blocks.OVERRIDE_BLOCK] = {blocks.OVERRIDE_INPUT: reason}
        return self.send(interactive(body))

    def in_view(
        self,
        user: str,
        view: dict[str, Any],
        action: dict[str, Any],
        values: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """block_actions from a modal or App Home: the view (its id, hash, blocks and state)
        where a message would be, and no channel or response_url, as Slack sends them."""
        body = fixture("slack/interactivity/block_actions_button_in_message_socket_mode.json")
        for key in ("channel", "message", "response_url", "state"):
            del body[key]
        body["user"] = {"id": user, "username": user.lower(), "name": user.lower()}
        body["container"] = {"type": "view", "view_id": view["id"]}
        body["view"] = {**view, "state": {"values": values or {}}}
        body["actions"] = [{**action, "action_ts": "1678252216.469172"}]
        return self.send(interactive(body))

    def submit_view(
        self, user: str, view: dict[str, Any], values: dict[str, Any]
    ) -> httpx.Response:
        body = fixture("slack/interactivity/view_submission.json")
        body["user"] = {"id": user, "username": user.lower(), "name": user.lower()}
        body["view"] = {**body["view"], **view, "state": {"values": values}}
        return self.send(interactive(body))

    def command(self, user: str, text: str) -> httpx.Response:
        raw = (FIXTURES / "slack" / "commands" / "slash_command_body.txt").read_text().strip()
        form = dict(parse_qsl(raw))
        form.update(
            command="/triage", text=text, user_id=user, response_url=self.api.response_url(user)
        )
        return self.send(urlencode(form))

    def open_home(self, user: str) -> httpx.Response:
        body = fixture("slack/events/app_mention_event_callback.json")
        # The documented app_home_opened event, in the fixture's event_callback envelope.
        body["event"] = {
            "type": "app_home_opened",
            "user": user,
            "channel": "D111",
            "tab": "home",
            "event_ts": "1595926230.009600",
        }
        return self.send(json.dumps(body), "application/json")


def interactive(body: dict[str, Any]) -> str:
    """The wire format of interactive requests: payload=<url-encoded JSON>."""
    return f"payload={quote(json.dumps(body))}"


@pytest.fixture
def api(clock: FixedClock) -> Iterator[FakeSlackApi]:
    with FakeSlackApi(lambda: clock.now().timestamp()) as fake:
        yield fake


@pytest.fixture
def review(
    deps: Deps, api: FakeSlackApi, factory: sessionmaker[Session], clock: FixedClock
) -> Deps:
    return review_deps(deps, api, factory, clock)


@contextmanager
def serving(review: Deps, api: FakeSlackApi, executor: Executor) -> Iterator[Slack]:
    app = build_app(review, web_client(api), SECRET, masked=False, executor=executor)
    server = http_server(app, 0, "127.0.0.1")
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    try:
        yield Slack(f"http://127.0.0.1:{server.server_port}{EVENTS_PATH}", api)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def slack(review: Deps, api: FakeSlackApi) -> Iterator[Slack]:
    with serving(review, api, InlineExecutor()) as running:
        yield running


class Inbox:
    """Messages arrive through the real poll, and their cards through the real outbox."""

    def __init__(self, review: Deps, connector: FakeConnector, api: FakeSlackApi) -> None:
        self._review, self._connector, self._api = review, connector, api
        self._count = 0

    def arrive(self, text: str, *, thread: str | None = None) -> None:
        self._count += 1
        thread_id = thread or f"thread-{self._count}"
        message = replace(
            make_message(f"m{self._count}", text, thread_id=thread_id),
            permalink=f"https://fb.test/p/{self._count}",
        )
        self._connector.pages.setdefault("comments", []).append([message])
        inbox.poll(self._review, "acct")

    def card(self, text: str, *, thread: str | None = None) -> Card:
        """A new message, posted as a card; the card."""
        self.arrive(text, thread=thread)
        notify.tend(self._review)
        post = self._api.posts()[-1]
        proposal_id = int(post.params["text"].split("proposal #")[1].split(" ")[0])
        return Card(post.params["channel"], post.response["ts"], proposal_id)


@pytest.fixture
def messages(review: Deps, connector: FakeConnector, api: FakeSlackApi) -> Inbox:
    return Inbox(review, connector, api)
