"""The reply policy on the command line: lint a text; check, list, set, roll back templates."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from triage.cli.app import UserOption, app, deps, deps_or_example, fail, out, write_json_line
from triage.domain.model import Label, Platform, TemplateVersion
from triage.domain.policy import Finding, is_blocked
from triage.services import Deps, replies

templates_app = typer.Typer(help="Reply templates.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")
LabelOption = Annotated[
    Label | None, typer.Option(help="The label it answers: medical-question needs the disclaimer.")
]
PlatformOption = Annotated[
    Platform | None, typer.Option(help="Check the length against this platform's limit.")
]


@app.command()
def lint(
    text: Annotated[str | None, typer.Argument(help="The reply; - reads it from stdin.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help='Many texts: {"id","text"} lines on stdin.')
    ] = False,
    label: LabelOption = None,
    platform: PlatformOption = None,
) -> None:
    """Check a reply against the policy; exit 1 when a finding blocks sending."""
    built = deps_or_example()
    if jsonl:
        lint_lines(built, label, platform)
        return
    if text is None:
        fail("give the reply as an argument, - for stdin, or use --jsonl")
    body = sys.stdin.read() if text == "-" else text
    findings = replies.lint(built, body, label, platform)
    if as_json:
        write_json_line({"blocked": is_blocked(findings), "findings": finding_dicts(findings)})
    else:
        print_findings(findings)
    if is_blocked(findings):
        raise typer.Exit(1)


def lint_lines(built: Deps, label: Label | None, platform: Platform | None) -> None:
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            ident, body = record["id"], str(record["text"])
        except (ValueError, KeyError, TypeError):
            fail(f'stdin line {number}: expected {{"id": ..., "text": ...}}')
        findings = replies.lint(built, body, label, platform)
        write_json_line(
            {"id": ident, "blocked": is_blocked(findings), "findings": finding_dicts(findings)}
        )


def finding_dicts(findings: list[Finding]) -> list[dict[str, str]]:
    return [{"code": f.code, "severity": f.severity.value, "message": f.message} for f in findings]


def print_findings(findings: list[Finding]) -> None:
    if not findings:
        out.print("ok: nothing blocks this reply")
    for finding in findings:
        style = "bold red" if finding.severity == "block" else "yellow"
        out.print(f"[{style}]{finding.severity.value.upper()}[/] {finding.code}: {finding.message}")


@templates_app.command("check")
def check_templates() -> None:
    """Render every template every way it can render; fail on any policy problem."""
    problems = replies.check_templates(deps())
    for problem in problems:
        out.print(problem)
    if problems:
        fail(f"{len(problems)} template problem(s)")
    out.print("all templates render and pass the reply policy")


@templates_app.command("list")
def list_templates() -> None:
    """Every template, and whether its bundled file or a saved version is in use."""
    for state in replies.list_templates(deps()):
        out.print(f"{state.name:<36} {in_use(state.current)}", markup=False)


def in_use(version: TemplateVersion | None) -> str:
    if version is None:
        return "file"
    where = "file" if version.source is None else f"version {version.version}"
    when = f"{version.created_at:%Y-%m-%d %H:%M} UTC"
    return f"{where} (by {version.created_by} at {when}: {version.note})"


@templates_app.command("show")
def show_template(name: Annotated[str, typer.Argument(help="e.g. medical-question.en.j2")]) -> None:
    """The wording in use, then every saved version: who saved it, when, and why."""
    source, history = replies.show_template(deps(), name)
    out.print(source.rstrip(), markup=False, highlight=False)
    for version in history:
        out.print(f"# {in_use(version)}", markup=False)


@templates_app.command("set")
def set_template(
    name: Annotated[str, typer.Argument(help="e.g. medical-question.en.j2 or troll.es.x.j2")],
    file: Annotated[Path, typer.Argument(help="The new wording (Jinja2), UTF-8.", exists=True)],
    user: UserOption,
    note: Annotated[str, typer.Option(help="Why it changed, for the history.")] = "",
) -> None:
    """Admins: save a new version of a template, checked like `templates check`, in use at once."""
    source = file.read_text(encoding="utf-8")
    version = replies.set_template(deps(), name, source, user, note)
    out.print(f"{name}: version {version.version} saved and in use")


@templates_app.command("rollback")
def rollback_template(name: str, user: UserOption) -> None:
    """Admins: put back the wording in use before the current one (in the end, the file)."""
    version = replies.rollback_template(deps(), name, user)
    out.print(f"{name}: version {version.version} saved ({version.note}) and in use")
