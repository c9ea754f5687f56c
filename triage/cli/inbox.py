"""Commands that bring messages in and show the queue: demo, db upgrade, poll, queue, classify."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from triage import bootstrap, config
from triage.cli.app import State, app, db_app, deps, err, out, settings, write_json_line
from triage.domain.errors import TriageError
from triage.domain.language import unread_reason
from triage.domain.model import DecisionSource, Label, ProposalState, QueueItem
from triage.services import Deps, inbox, sending

CLASSIFY_CHUNK = 1000
REQUEST_SHAPE = '{"id": ..., "text": ...}'
LABEL_STYLE = {
    Label.EMERGENCY: "bold white on red",
    Label.MEDICAL_QUESTION: "bold yellow",
    Label.TROLL: "bold magenta",
    Label.GENERAL: "bold cyan",
}


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
        "mute THREAD --hours 24 --as dr.rivera",
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
    """List pending proposals, emergencies first, then approved replies not known to be out."""
    built = deps()
    items, unsettled = inbox.pending(built), sending.unsettled(built)
    if as_json:
        for item in [*items, *unsettled]:
            write_json_line(queue_record(item))
        return
    print_queue(items)
    print_unsettled(unsettled)


def queue_record(item: QueueItem) -> dict[str, Any]:
    p, m, c = item.proposal, item.message, item.classification
    return {
        "id": p.id,
        "label": p.label.value,
        "confidence": round(c.confidence, 3),
        "source": c.source.value,
        "uncertain": p.uncertain,
        "uncertain_because": unread_reason(m.lang) if p.uncertain else "",
        "platform": m.platform.value,
        "kind": m.kind.value,
        "author": m.author_handle,
        "author_id": m.author_id,
        "thread": m.thread_id,
        "created_at": m.created_at.isoformat(),
        "permalink": m.permalink,
        "text": m.text,
        "action": p.action.value,
        "reply": p.reply_text,
        "state": p.state.value,
        "reason": p.failure_reason,
    }


def print_queue(items: list[QueueItem]) -> None:
    out.print(f"\n[bold]Review queue: {len(items)} pending[/]\n")
    for item in items:
        print_item(item)


def print_unsettled(items: list[QueueItem]) -> None:
    if not items:
        return
    out.print(f"[bold]Approved, not known to be sent: {len(items)}[/]\n")
    for item in items:
        p = item.proposal
        state = "[bold yellow]UNKNOWN[/]" if p.state is ProposalState.UNKNOWN else p.state.value
        out.print(f"[bold]#{p.id}[/] {state} {item.message.platform.value} · by {p.decided_by}")
        if p.failure_reason:
            out.print(f"   why:      {escape(p.failure_reason)}")
        if p.retry_at:
            out.print(f"   next try: {p.retry_at:%Y-%m-%d %H:%M} UTC")
        if p.state is ProposalState.UNKNOWN:
            out.print(f"   look at:  {escape(item.message.permalink or item.message.thread_id)}")
            out.print(f"   then:     triage confirm {p.id} --sent|--not-sent --as USER")
        out.print()


def print_item(item: QueueItem) -> None:
    p, m, c = item.proposal, item.message, item.classification
    decided = f"rule: {c.reason}" if c.source is DecisionSource.RULE else c.source.value
    doubt = f" [reverse] uncertain [/]{_because(unread_reason(m.lang))}" if p.uncertain else ""
    out.print(
        f"[bold]#{p.id}[/] [{LABEL_STYLE[p.label]}] {p.label.value.upper()} [/] "
        f"{c.confidence:.2f} ({decided}){doubt}  "
        f"{m.platform.value} {m.kind.value} · {escape(m.author_handle)} ({m.author_id}) · "
        f"{m.created_at:%Y-%m-%d %H:%M} · thread {m.thread_id}"
    )
    out.print(f"   message: {escape(one_line(m.text))}")
    if p.action.value == "reply":
        out.print(f"   reply:   {escape(p.reply_text)}\n")
    else:
        out.print(f"   action:  {p.action.value} (no reply is proposed)\n")


def _because(reason: str) -> str:
    return f" ({reason})" if reason else ""


def one_line(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@app.command()
def classify(
    workers: Annotated[
        int, typer.Option(help="Processes to classify with; 0 means one per CPU, at most 4.")
    ] = 0,
) -> None:
    """Read {"id","text"} JSON lines on stdin; write {"id","label","confidence","scores"} lines."""
    built = deps()
    inbox.classify_texts(built, ["load the model before forking, so workers share it"])
    requests = chunks(read_requests(sys.stdin), CLASSIFY_CHUNK)
    count = workers or min(os.cpu_count() or 1, 4)
    if count == 1:
        for chunk in requests:
            sys.stdout.write(classified_lines(built, chunk))
        return
    with multiprocessing.get_context("fork").Pool(count, _adopt, (built,)) as pool:
        for lines in pool.imap(_classify_in_worker, requests):
            sys.stdout.write(lines)


_worker_deps: list[Deps] = []


def _adopt(built: Deps) -> None:
    _worker_deps.append(built)


def _classify_in_worker(chunk: list[tuple[Any, str]]) -> str:
    return classified_lines(_worker_deps[0], chunk)


def classified_lines(built: Deps, chunk: list[tuple[Any, str]]) -> str:
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
    return "\n".join(lines) + "\n"


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
