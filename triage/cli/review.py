"""Commands staff use to decide: approve, confirm, ignore, relabel, mute, unmute, mutes."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.markup import escape

from triage.cli.app import UserOption, app, deps, fail, out
from triage.domain.model import Label, Proposal
from triage.services import Deps, mutes, review, sending


@app.command()
def approve(
    proposal_id: Annotated[int, typer.Argument(help="Proposal id from `triage queue`.")],
    user: UserOption,
    text: Annotated[str | None, typer.Option(help="Send this instead of the draft.")] = None,
    override: Annotated[
        str | None,
        typer.Option(help="Physicians: why a reply the policy blocks is safe to send (audited)."),
    ] = None,
) -> None:
    """Approve a proposal (optionally with edited text); it is checked, then sent once."""
    report_outcome(review.approve(deps(), proposal_id, user, text, override))


def report_outcome(proposal: Proposal) -> None:
    detail = proposal.sent_external_id or proposal.failure_reason or ""
    if proposal.retry_at:
        detail += f" (next try {proposal.retry_at:%Y-%m-%d %H:%M} UTC)"
    out.print(f"proposal {proposal.id}: {proposal.state.value} {escape(detail)}".rstrip())


@app.command()
def confirm(
    proposal_id: Annotated[int, typer.Argument(help="An unknown proposal from `triage queue`.")],
    user: UserOption,
    sent: Annotated[
        bool | None,
        typer.Option(
            "--sent/--not-sent",
            help="What the platform shows: the reply is there, or it is not (it is sent now).",
        ),
    ] = None,
    external_id: Annotated[
        str | None, typer.Option(help="With --sent: the reply's id or link on the platform.")
    ] = None,
) -> None:
    """Settle a send nobody knows the end of, after looking on the platform."""
    if sent is None:
        fail("say what the platform shows: --sent or --not-sent")
    if external_id is not None and not sent:
        fail("--external-id goes with --sent")
    built = deps()
    if sent:
        report_outcome(sending.confirm_sent(built, proposal_id, user, external_id))
    else:
        report_outcome(sending.confirm_not_sent(built, proposal_id, user))


def recover_sends(built: Deps) -> None:
    """At start: interrupted sends become unknown for staff; due retries go out."""
    recovery = sending.recover(built)
    if recovery.unknown:
        ids = ", ".join(str(p.id) for p in recovery.unknown)
        out.print(
            f"[bold yellow]{len(recovery.unknown)} interrupted send(s) marked unknown[/] "
            f"(proposal {ids}): look on the platform, then `triage confirm ID --sent|--not-sent`"
        )
    for proposal in recovery.sent:
        report_outcome(proposal)


@app.command()
def ignore(proposal_id: int, user: UserOption) -> None:
    """Close a proposal without replying."""
    report_outcome(review.ignore(deps(), proposal_id, user))


@app.command()
def relabel(
    proposal_id: int,
    label: Annotated[Label, typer.Argument(help="The right label.")],
    user: UserOption,
) -> None:
    """Correct the label: the reply is re-drafted and the correction kept for training."""
    proposal = review.relabel(deps(), proposal_id, label, user)
    out.print(f"proposal {proposal.id}: now {proposal.label.value}, {proposal.action.value}")
    if proposal.reply_text:
        out.print(f"   reply: {escape(proposal.reply_text)}")


ThreadArgument = Annotated[
    str | None, typer.Argument(help="Thread id, as shown in the queue (or give --author).")
]
AuthorOption = Annotated[
    str | None,
    typer.Option("--author", help="An author id instead (author_id in `triage queue --json`)."),
]


@app.command()
def mute(
    user: UserOption,
    thread: ThreadArgument = None,
    author: AuthorOption = None,
    hours: Annotated[float | None, typer.Option(help="Mute for this many hours.")] = None,
    until_unmuted: Annotated[
        bool, typer.Option("--until-unmuted", help="No end: only `triage unmute` lifts it.")
    ] = False,
    hide: Annotated[
        bool, typer.Option("--hide", help="Also hide their troll comments on the platform.")
    ] = False,
) -> None:
    """Mute a thread or an author for a chosen time: still stored and classified, never queued."""
    target = mute_target(thread, author)
    if (hours is not None) == until_unmuted:
        fail("say how long: --hours N, or --until-unmuted")
    if hours is not None and hours <= 0:
        fail("--hours must be more than 0")
    duration = timedelta(hours=hours) if hours is not None else None
    muted = mutes.mute(deps(), target, user, duration, hide)
    accounts = ", ".join(m.account_id for m in muted.mutes)
    out.print(
        f"{target} muted {muted.ends} on {accounts}; "
        f"{len(muted.ignored)} pending proposal(s) ignored"
    )
    if hide:
        report_visibility("hidden", muted.hidden)


@app.command()
def unmute(user: UserOption, thread: ThreadArgument = None, author: AuthorOption = None) -> None:
    """Lift the mutes on a thread or an author; comments their mute hid are shown again."""
    target = mute_target(thread, author)
    unmuted = mutes.unmute(deps(), target, user)
    out.print(f"{target}: {len(unmuted.lifted)} mute(s) lifted")
    report_visibility("shown again", unmuted.shown)


@app.command("mutes")
def list_mutes() -> None:
    """The mutes in force: what, on which account, until when, and who muted it."""
    current = mutes.current_mutes(deps())
    for one in current:
        out.print(f"{one.target}  {one.ends}  by {one.muted_by} at {one.muted_at:%Y-%m-%d %H:%M}")
    if not current:
        out.print("no mutes in force")


def mute_target(thread: str | None, author: str | None) -> mutes.Target:
    if (thread is None) == (author is None):
        fail("give a THREAD id or --author AUTHOR_ID (one of them)")
    return mutes.Target(thread_id=thread, author_id=author)


def report_visibility(done: str, visibility: mutes.Visibility) -> None:
    if visibility.changed or visibility.problems:
        out.print(f"{visibility.changed} comment(s) {done}")
    for problem in visibility.problems:
        out.print(f"  [yellow]not {done}:[/] {escape(problem)}")
