"""Building the Bolt app, serving it (HTTP or Socket Mode), and its Slack app manifest."""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

from triage.services import Deps
from triage.slack.listeners.handlers import COMMAND, HOME_OPENED, MUTE_USAGE, Listeners

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
# chat:write covers posting, updating, ephemeral answers and the app's DMs (to a user id);
# modals and App Home need no scope of their own.
BOT_SCOPES = ("chat:write", "commands")


def build_app(
    deps: Deps,
    client: WebClient,
    signing_secret: str,
    *,
    masked: bool,
    executor: Executor | None = None,
) -> App:
    """Request verification stays on: Bolt checks every HTTP request's signature and age."""
    app = App(
        client=client,
        signing_secret=signing_secret,
        logger=_bolt_logger(),
        listener_executor=executor,
        name="triage",
    )
    Listeners(deps, masked).register(app)
    return app


def _bolt_logger() -> logging.Logger:
    # Bolt logs request bodies (cards carry patient text) at INFO and DEBUG: warnings only.
    logger = logging.getLogger("triage.slack.bolt")
    logger.setLevel(logging.WARNING)
    return logger


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http: " + format, *args)


def http_server(app: App, port: int, host: str = "0.0.0.0") -> WSGIServer:
    """Slack's Request URL is http(s)://<host>:<port>/slack/events; one thread per request."""
    handler = SlackRequestHandler(app, path=EVENTS_PATH)
    return make_server(
        host, port, handler, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


def socket_mode(app: App, app_token: str) -> SocketModeHandler:
    """A WebSocket from this machine to Slack: no public URL, and no request signatures."""
    return SocketModeHandler(app, app_token)


def manifest(name: str, request_url: str | None, user_groups: bool) -> dict[str, Any]:
    """The Slack app manifest: Socket Mode without a request_url, HTTP mode with one."""
    scopes = [*BOT_SCOPES, "usergroups:read"] if user_groups else list(BOT_SCOPES)
    endpoint = {"request_url": request_url} if request_url else {}
    command: dict[str, Any] = {
        "command": COMMAND,
        "description": "Review queue status; mute or unmute a thread; reply templates",
        "usage_hint": f"status | mute {MUTE_USAGE} | unmute <link> | templates | help",
        "should_escape": False,
    }
    if request_url:
        command["url"] = request_url
    return {
        "display_information": {
            "name": name,
            "description": "Triage of the practice's social-media inbox: approve safe replies.",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": True,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": True,
            },
            "bot_user": {"display_name": name, "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": {"bot": scopes}},
        "settings": {
            "event_subscriptions": {"bot_events": [HOME_OPENED], **endpoint},
            "interactivity": {"is_enabled": True, **endpoint},
            "org_deploy_enabled": False,
            "socket_mode_enabled": request_url is None,
            "token_rotation_enabled": False,
        },
    }
