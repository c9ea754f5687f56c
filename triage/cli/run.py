"""Long-running commands and account checks: triage run, triage accounts check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import typer

from triage import bootstrap
from triage.cli.app import app, deps, fail, out, settings
from triage.cli.review import recover_sends
from triage.cli.slack import SlackRunner
from triage.scheduler import Instance, PollScheduler, run_until_signalled
from triage.services import Deps, inbox, notify, replies

accounts_app = typer.Typer(help="Connected accounts.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")


@app.command()
def run() -> None:
    """Poll every enabled account on its schedule, and run the Slack queue when [slack] is set."""
    logging.getLogger().setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per job run is noise
    chosen = settings()
    built = deps()
    intervals = {a.id: a.poll_interval for a in chosen.accounts if a.enabled}
    if not intervals:
        fail(f"{chosen.source}: accounts: no enabled account to poll")
    recover_sends(built)
    replies.warm_up(built)
    instance = Instance.here(timedelta(seconds=chosen.database.lease_seconds))
    slack = None
    if chosen.slack.queue_channel:
        slack = SlackRunner(bootstrap.build_slack(chosen, built), instance)
    queue_deps = slack.deps if slack else None
    scheduler = PollScheduler(built, intervals, problem_reporter(built, queue_deps), instance)
    out.print(
        f"polling {len(intervals)} account(s)"
        + (
            "; Slack review queue on"
            if slack
            else "; no \\[slack] queue_channel, so no Slack queue"
        )
        + "; Ctrl-C or SIGTERM stops cleanly"
    )

    def start() -> None:
        scheduler.start()
        if slack:
            slack.start()

    def stop() -> None:
        if slack:
            slack.stop()
        scheduler.stop()

    run_until_signalled(start, stop)
    out.print("stopped")


def problem_reporter(built: Deps, queue_deps: Deps | None) -> Callable[[str, str], None]:
    """An account problem is recorded, and posted to the admins once when Slack runs."""

    def report(account_id: str, problem: str) -> None:
        inbox.report_account_problem(built, account_id, problem)
        if queue_deps is not None:
            notify.report_problem(queue_deps, f"account:{account_id}", problem)

    return report


@accounts_app.command("check")
def check_accounts() -> None:
    """Ask each platform whether the credentials work, what is missing, what the tier allows."""
    results = inbox.check_accounts(deps())
    for account_id, result in results.items():
        print_check(account_id, result)
    if not all(result.get("ok") for result in results.values()):
        raise typer.Exit(1)


def print_check(account_id: str, result: dict[str, Any]) -> None:
    state = "[green]ok[/]" if result.get("ok") else "[bold red]problem[/]"
    out.print(f"{account_id}: {state} {result.get('who', '')}")
    missing = result.get("missing_scopes") or []
    if missing:
        out.print(f"  missing permissions: {', '.join(missing)}")
    for note in result.get("notes", []):
        out.print(f"  - {note}")
