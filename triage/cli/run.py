"""Long-running commands and account checks: triage run, triage accounts check."""

from __future__ import annotations

import logging
from typing import Any

import typer

from triage.cli.app import app, deps, fail, out, settings
from triage.scheduler import PollScheduler, run_until_signalled
from triage.services import inbox

accounts_app = typer.Typer(help="Connected accounts.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")


@app.command()
def run() -> None:
    """Poll every enabled account on its schedule until SIGTERM or Ctrl-C."""
    logging.getLogger().setLevel(logging.INFO)
    chosen = settings()
    built = deps()
    intervals = {a.id: a.poll_interval for a in chosen.accounts if a.enabled}
    if not intervals:
        fail(f"{chosen.source}: accounts: no enabled account to poll")
    scheduler = PollScheduler(
        built,
        intervals,
        lambda account_id, problem: inbox.report_account_problem(built, account_id, problem),
    )
    out.print(f"polling {len(intervals)} account(s); Ctrl-C or SIGTERM stops cleanly")
    run_until_signalled(scheduler.start, scheduler.stop)
    out.print("stopped")


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
