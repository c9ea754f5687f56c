"""The audit log on the command line."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from triage.cli.app import app, deps, out, write_json_line
from triage.domain.model import AuditEntry
from triage.services import records


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
