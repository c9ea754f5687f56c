"""Commands staff use to decide: approve, ignore, relabel, mute, unmute."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.markup import escape

from triage.cli.app import UserOption, app, deps, out
from triage.domain.model import Label, Proposal
from triage.services import review


@app.command()
def approve(
    proposal_id: Annotated[int, typer.Argument(help="Proposal id from `triage queue`.")],
    user: UserOption,
    text: Annotated[str | None, typer.Option(help="Send this instead of the draft.")] = None,
) -> None:
    """Approve a proposal (optionally with edited text); it is checked, then sent once."""
    report_outcome(review.approve(deps(), proposal_id, user, text))


def report_outcome(proposal: Proposal) -> None:
    detail = proposal.sent_external_id or proposal.failure_reason or ""
    out.print(f"proposal {proposal.id}: {proposal.state.value} {detail}".rstrip())


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


@app.command()
def mute(
    thread: Annotated[str, typer.Argument(help="Thread id, as shown in the queue.")],
    user: UserOption,
    hours: Annotated[
        float | None, typer.Option(help="Mute for this long; default: until unmuted.")
    ] = None,
) -> None:
    """Mute a thread: its messages are still stored and classified but never queued."""
    built = deps()
    until = built.clock.now() + timedelta(hours=hours) if hours else None
    ignored = review.mute_thread(built, thread, user, until)
    ending = f"until {until:%Y-%m-%d %H:%M} UTC" if until else "until unmuted"
    out.print(f"thread {thread} muted {ending}; {len(ignored)} pending proposal(s) ignored")


@app.command()
def unmute(thread: str, user: UserOption) -> None:
    """Lift the mutes on a thread."""
    removed = review.unmute_thread(deps(), thread, user)
    out.print(f"thread {thread}: {removed} mute(s) removed")
