"""The Slack review queue on the command line: run the app, print its manifest."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Annotated

import typer

from triage import bootstrap
from triage.cli.app import OneLineErrors, app, fail, out, settings
from triage.cli.review import recover_sends
from triage.scheduler import Instance, run_until_signalled
from triage.services import Deps, leases, notify, replies, sending
from triage.slack.listeners import serving

log = logging.getLogger(__name__)
# How often the outbox is looked at: well inside the 2 s an emergency card may take.
TICK_SECONDS = 0.25

slack_app = typer.Typer(
    cls=OneLineErrors,
    help="Run the Slack review queue (socket or http mode, per [slack]); see also: manifest.",
    invoke_without_command=True,
)
app.add_typer(slack_app, name="slack")


@slack_app.callback()
def slack(ctx: typer.Context) -> None:
    """Run the Slack app (socket or http mode, per [slack]) and post the queue to it."""
    if ctx.invoked_subcommand is not None:
        return
    logging.getLogger().setLevel(logging.INFO)
    chosen = settings()
    instance = Instance.here(timedelta(seconds=chosen.database.lease_seconds))
    built = bootstrap.build(chosen)
    recover_sends(built)
    replies.warm_up(built)
    runner = SlackRunner(bootstrap.build_slack(chosen, built), instance)
    out.print(f"Slack review queue in {chosen.slack.mode} mode; Ctrl-C or SIGTERM stops it")
    run_until_signalled(runner.start, runner.stop)
    out.print("stopped")


class SlackRunner:
    """The Bolt app and the outbox loop beside it (`triage run` can start one too)."""

    def __init__(self, built: bootstrap.SlackApp, instance: Instance) -> None:
        self._built = built
        self._stopping = threading.Event()
        self._keeper = threading.Thread(
            target=keep_queue,
            args=(built.deps, instance, self._stopping),
            name="review-queue",
            daemon=True,
        )
        self._stop_app: Callable[[], None] = lambda: None

    @property
    def deps(self) -> Deps:
        return self._built.deps

    def start(self) -> None:
        self._stop_app = start_app(self._built)
        self._keeper.start()

    def stop(self) -> None:
        """Stop listening, let the outbox finish its pass, then return."""
        self._stopping.set()
        self._stop_app()
        self._keeper.join(timeout=10)


def start_app(built: bootstrap.SlackApp) -> Callable[[], None]:
    """Start listening to Slack in the background; the function that stops it."""
    if built.mode == "http":
        server = serving.http_server(built.app, built.port)
        threading.Thread(target=server.serve_forever, name="slack-http", daemon=True).start()
        out.print(f"listening on port {built.port}, path {serving.EVENTS_PATH}")
        return server.shutdown
    handler = serving.socket_mode(built.app, built.app_token)
    handler.connect()
    return handler.close


def keep_queue(deps: Deps, instance: Instance, stopping: threading.Event) -> None:
    """Settle interrupted and due sends, notice new proposals, escalate, post, redraw; again.

    With several instances, one of them (the lease holder) works the queue, so each card is
    posted and each escalation fired once; the others stand by to take over.
    """
    while not stopping.is_set():
        try:
            if leases.hold(deps, leases.REVIEW_QUEUE_LEASE, instance.id, instance.lease_for):
                sending.recover(deps)
                notify.tend(deps)
        except Exception as error:
            # One bad pass must not stop the queue; the type only, never payloads.
            log.error("review queue pass failed: %s", type(error).__name__)
        stopping.wait(TICK_SECONDS)


@slack_app.command()
def manifest(
    url: Annotated[
        str | None,
        typer.Option(
            help="Public base URL of this server (http mode), e.g. https://triage.example"
        ),
    ] = None,
    name: Annotated[str, typer.Option(help="The app's name in Slack.")] = "triage",
) -> None:
    """Print the Slack app manifest (JSON) to paste at api.slack.com/apps."""
    chosen = settings()
    request_url = None
    if chosen.slack.mode == "http":
        if not url:
            fail(f"{chosen.source}: slack.mode is http: give --url, the server's public base URL")
        request_url = url.rstrip("/") + serving.EVENTS_PATH
    roles = chosen.roles
    user_groups = any(
        entry.startswith("S") for entry in [*roles.front_desk, *roles.physician, *roles.admin]
    )
    typer.echo(json.dumps(serving.manifest(name, request_url, user_groups), indent=2))
