"""The command line: parse, bootstrap, call one service, print."""

from __future__ import annotations

import json
import logging
import shutil
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from triage import bootstrap, config
from triage.domain.errors import TriageError
from triage.domain.model import AuditEntry, DecisionSource, Label, Proposal, QueueItem
from triage.services import Deps, inbox, records, review


class OneLineErrors(TyperGroup):
    """Every failure reaches the user as one line and exit status 1, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except TriageError as error:
            fail(str(error))
        except Exception as error:
            if is_click_control_flow(error):
                raise
            # The one place a surprise becomes a line; --verbose logging keeps the traceback.
            logging.getLogger(__name__).debug("unexpected error", exc_info=True)
            fail(f"{type(error).__name__}: {error}")


def is_click_control_flow(error: Exception) -> bool:
    return isinstance(error, typer.Exit | typer.Abort) or hasattr(error, "exit_code")


def fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(1)


app = typer.Typer(
    cls=OneLineErrors,
    help="Triage a medical practice's social-media inbox.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
CLASSIFY_CHUNK = 2000
REQUEST_SHAPE = '{"id": ..., "text": ...}'
LABEL_STYLE = {
    Label.EMERGENCY: "bold white on red",
    Label.MEDICAL_QUESTION: "bold yellow",
    Label.TROLL: "bold magenta",
    Label.GENERAL: "bold cyan",
}
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help=f"Config file (or set {config.CONFIG_ENV})."),
]
UserOption = Annotated[str, typer.Option("--as", help="Your user id, as listed under [roles].")]


class State:
    config_file: Path | None = None


@app.callback()
def main_options(config_file: ConfigOption = None) -> None:
    State.config_file = config_file


def settings() -> config.Settings:
    return config.load(config.config_path(str(State.config_file) if State.config_file else None))


def deps() -> Deps:
    return bootstrap.build(settings())


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database to the latest schema."""
    chosen = settings()
    bootstrap.upgrade_database(chosen)
    out.print(f"database is up to date: {chosen.database_url}")


@app.command()
def demo(
    folder: Annotated[Path | None, typer.Option("--dir", help="Folder to create.")] = None,
) -> None:
    """Run the whole pipeline on the bundled sample inbox in a fresh folder; no credentials."""
    target = fresh_folder(folder)
    config_file = target / "config.toml"
    shutil.copyfile(config.PACKAGE_DIR / "data" / "demo.toml", config_file)
    State.config_file = config_file
    chosen = settings()
    bootstrap.upgrade_database(chosen)
    built = bootstrap.build(chosen)
    for account_id in built.connectors:
        poll_account(built, account_id)
    print_queue(inbox.pending(built))
    print_next_steps(target, config_file)


def fresh_folder(folder: Path | None) -> Path:
    base = folder or Path("triage-demo")
    candidate, n = base, 1
    while candidate.exists() and any(candidate.iterdir()):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    candidate.mkdir(parents=True, exist_ok=True)
    return candidate.resolve()


def print_next_steps(target: Path, config_file: Path) -> None:
    exe = Path(sys.argv[0]).resolve() if Path(sys.argv[0]).exists() else Path("triage")
    base = f"{exe} --config {config_file}"
    out.print(f"\n[bold]Demo folder:[/] {target}")
    out.print("Next, work the queue from the terminal (roles in config.toml: alex is front desk,")
    out.print("dr.rivera a physician, sam an admin):")
    for line in (
        "queue",
        "approve ID --as alex",
        'approve ID --text "..." --as alex',
        "relabel ID general --as alex",
        "ignore ID --as alex",
        "mute THREAD --as dr.rivera",
        "audit",
    ):
        out.print(f"  {base} {line}")
    out.print(f"Replies the demo 'sends' are written to {target / 'sent.jsonl'}.")


@app.command()
def poll(
    once: Annotated[bool, typer.Option("--once", help="Run one pass over the accounts.")] = False,
    account: Annotated[str | None, typer.Option(help="Only this account id.")] = None,
) -> None:
    """Fetch new messages, classify them and draft proposals."""
    if not once:
        raise TriageError("continuous polling is `triage run`; use `triage poll --once` here")
    built = deps()
    for account_id in [account] if account else list(built.connectors):
        poll_account(built, account_id)


def poll_account(built: Deps, account_id: str) -> None:
    with err.status(f"polling {account_id} (the first run trains the classifier)..."):
        report = inbox.poll(built, account_id)
    labels = ", ".join(f"{n} {label}" for label, n in sorted(report.by_label.items())) or "none"
    out.print(f"{account_id}: fetched {report.fetched}, stored {report.stored} new ({labels})")


@app.command()
def queue(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List pending proposals, emergencies first."""
    items = inbox.pending(deps())
    if as_json:
        for item in items:
            write_json_line(queue_record(item))
        return
    print_queue(items)


def queue_record(item: QueueItem) -> dict[str, Any]:
    p, m, c = item.proposal, item.message, item.classification
    return {
        "id": p.id,
        "label": p.label.value,
        "confidence": round(c.confidence, 3),
        "source": c.source.value,
        "uncertain": p.uncertain,
        "platform": m.platform.value,
        "kind": m.kind.value,
        "author": m.author_handle,
        "thread": m.thread_id,
        "created_at": m.created_at.isoformat(),
        "permalink": m.permalink,
        "text": m.text,
        "action": p.action.value,
        "reply": p.reply_text,
    }


def print_queue(items: list[QueueItem]) -> None:
    out.print(f"\n[bold]Review queue: {len(items)} pending[/]\n")
    for item in items:
        print_item(item)


def print_item(item: QueueItem) -> None:
    p, m, c = item.proposal, item.message, item.classification
    decided = f"rule: {c.reason}" if c.source is DecisionSource.RULE else c.source.value
    doubt = " [reverse] uncertain [/]" if p.uncertain else ""
    out.print(
        f"[bold]#{p.id}[/] [{LABEL_STYLE[p.label]}] {p.label.value.upper()} [/] "
        f"{c.confidence:.2f} ({decided}){doubt}  "
        f"{m.platform.value} {m.kind.value} · {escape(m.author_handle)} · "
        f"{m.created_at:%Y-%m-%d %H:%M} · thread {m.thread_id}"
    )
    out.print(f"   message: {escape(one_line(m.text))}")
    if p.action.value == "reply":
        out.print(f"   reply:   {escape(p.reply_text)}\n")
    else:
        out.print(f"   action:  {p.action.value} (no reply is proposed)\n")


def one_line(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


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


@app.command()
def classify() -> None:
    """Read {"id","text"} JSON lines on stdin; write {"id","label","confidence","scores"} lines."""
    built = deps()
    for chunk in chunks(read_requests(sys.stdin), CLASSIFY_CHUNK):
        results = inbox.classify_texts(built, [text for _, text in chunk])
        lines = [
            json.dumps(
                {
                    "id": request_id,
                    "label": c.label.value,
                    "confidence": round(c.confidence, 4),
                    "scores": {label.value: score for label, score in c.scores.items()},
                }
            )
            for (request_id, _), c in zip(chunk, results, strict=True)
        ]
        sys.stdout.write("\n".join(lines) + "\n")


def read_requests(lines: Any) -> Iterator[tuple[Any, str]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield record["id"], str(record["text"])
        except (ValueError, KeyError, TypeError):
            raise TriageError(f"stdin line {number}: expected {REQUEST_SHAPE}") from None


def chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@app.command()
def audit(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    since: Annotated[
        datetime | None, typer.Option(help="Only entries at or after this time.")
    ] = None,
) -> None:
    """Show the audit log: who did what, when, before and after."""
    for entry in records.audit_log(deps(), since):
        if as_json:
            write_json_line(audit_record(entry))
        else:
            out.print(
                f"{entry.at:%Y-%m-%d %H:%M:%S} {entry.actor:<12} {entry.action:<12} "
                f"{entry.subject:<22} {entry.before or ''} -> {entry.after or ''}"
            )


def audit_record(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "subject": entry.subject,
        "before": entry.before,
        "after": entry.after,
    }


def write_json_line(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()
