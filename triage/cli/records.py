"""The audit log and retention on the command line: audit, audit export, purge."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from triage import config
from triage.cli.app import OneLineErrors, app, deps, out, write_json_line
from triage.domain.model import AuditEntry, parse_duration
from triage.services import records

audit_app = typer.Typer(
    cls=OneLineErrors,
    help="Show the audit log (who did what, when); see also: export.",
    invoke_without_command=True,
)
app.add_typer(audit_app, name="audit")
RunByOption = Annotated[
    str | None,
    typer.Option("--as", help="Who runs this, for the audit (default: your login, as os:NAME)."),
]
SinceOption = Annotated[
    datetime | None,
    typer.Option(help="Only entries at or after this time (UTC unless it names a zone)."),
]
EXPORT_COLUMNS = ("id", "at", "actor", "action", "subject", "before", "after")


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


@audit_app.callback()
def audit(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    since: SinceOption = None,
) -> None:
    """Show the audit log: who did what, when, before and after."""
    if ctx.invoked_subcommand is not None:
        return
    for entry in records.audit_log(deps(), as_utc(since)):
        if as_json:
            write_json_line(audit_record(entry))
        else:
            out.print(
                f"{entry.at:%Y-%m-%d %H:%M:%S} {entry.actor:<12} {entry.action:<12} "
                f"{entry.subject:<22} {entry.before or ''} -> {entry.after or ''}",
                markup=False,
            )


@audit_app.command("export")
def export(
    since: SinceOption = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv or jsonl.")] = ExportFormat.CSV,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    actor: RunByOption = None,
) -> None:
    """Export the audit log for a compliance review (ids, times, actors; no message text)."""
    entries = records.export_audit(deps(), as_utc(since), actor or config.shell_user())
    if output is None:
        write_export(entries, fmt, sys.stdout)
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        count = write_export(entries, fmt, stream)
    out.print(f"{count} audit entries written to {output}")


def write_export(entries: Iterable[AuditEntry], fmt: ExportFormat, stream: TextIO) -> int:
    """Write the entries as CSV (a header, then one row each) or JSON lines; how many."""
    writer = csv.writer(stream)
    if fmt is ExportFormat.CSV:
        writer.writerow(EXPORT_COLUMNS)
    count = 0
    for entry in entries:
        row = audit_record(entry)
        if fmt is ExportFormat.CSV:
            writer.writerow([flat(row[column]) for column in EXPORT_COLUMNS])
        else:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def flat(value: Any) -> str:
    """A CSV cell: before/after as compact JSON, everything else as text."""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else str(value)


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


def as_utc(moment: datetime | None) -> datetime | None:
    """A time typed without a zone means UTC, as every time triage shows."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@app.command()
def purge(
    older_than: Annotated[
        str | None,
        typer.Option("--older-than", help="Like 90d or 36h; default: [retention] days."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would go; remove nothing.")
    ] = False,
    actor: RunByOption = None,
) -> None:
    """Remove message texts, raw payloads, reply texts and quarantined items past retention."""
    age = parse_duration(older_than) if older_than else None
    purged = records.purge(deps(), age, dry_run, actor or config.shell_user())
    verb = "would remove" if dry_run else "removed"
    out.print(
        f"{verb}, from before {purged.cutoff:%Y-%m-%d %H:%M} UTC: "
        f"{purged.messages} message text(s) and payload(s), {purged.replies} reply text(s), "
        f"{purged.quarantined} quarantined item(s); ids, labels and the audit log are kept"
    )
