"""The reply policy as a tool (lint any text, check every template) and template versions.

Admins change a template's wording by saving a new version; the newest version is the one in
use, a rollback saves the one before again, and every version says who saved it and when.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from triage.domain.errors import NotAllowed, NotFound, TriageError
from triage.domain.model import Label, MessageKind, Platform, TemplatePreview, TemplateVersion
from triage.domain.policy import Finding, ReplyContext, check_reply
from triage.domain.ports import UnitOfWork
from triage.domain.roles import Permission, roles_granting
from triage.services import Deps, record

SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class TemplateState:
    """A template and the saved version in use (None: its bundled file, never changed)."""

    name: str
    current: TemplateVersion | None

    @property
    def uses_file(self) -> bool:
        return self.current is None or self.current.source is None


def lint(
    deps: Deps, text: str, label: Label | None = None, platform: Platform | None = None
) -> list[Finding]:
    """What the policy says of a reply: a medical-question reply needs the disclaimer."""
    context = ReplyContext(
        facts=deps.facts,
        max_length=platform.reply_limit(MessageKind.COMMENT) if platform else None,
        requires_disclaimer=label is Label.MEDICAL_QUESTION,
        screen=deps.reply_screen,
    )
    return check_reply(text, context)


def warm_up(deps: Deps) -> None:
    """Compile the rules and load the learned screen before staff need them.

    Both happen on first use, which took a second or more (longer when the screen's data
    changed and it trains again), and that fell on the first preview in the Slack editor.
    """
    lint(deps, f"Thanks for writing! Please call us at {deps.facts.phone}.")


def check_templates(deps: Deps) -> list[str]:
    return deps.templates.check(deps.clock.now())


def saved_sources(new_uow: Callable[[], UnitOfWork]) -> Callable[[], dict[str, str | None]]:
    """What the Templates adapter reads to let saved versions win over the files."""

    def read() -> dict[str, str | None]:
        with new_uow() as uow:
            return {version.name: version.source for version in uow.template_versions.current()}

    return read


@dataclass(frozen=True)
class TemplateEditing:
    """What an admin editing a template sees: the wording in use, its versions (oldest
    first), and how the wording being typed renders and what the checks find in it."""

    name: str
    source: str
    history: list[TemplateVersion]
    preview: TemplatePreview


def may_manage_templates(deps: Deps, actor: str) -> bool:
    return deps.roles.may(actor, Permission.MANAGE_TEMPLATES)


def browse_templates(deps: Deps, actor: str) -> list[TemplateState]:
    """Every template and the version in use, for an admin about to change one."""
    _require_manager(deps, actor)
    return list_templates(deps)


def edit_template(deps: Deps, name: str, actor: str, typed: str | None = None) -> TemplateEditing:
    """The wording in use and its history, with the preview of typed (default: that wording)."""
    _require_manager(deps, actor)  # before anything is read
    source, history = show_template(deps, name)
    preview = preview_template(deps, name, source if typed is None else typed, actor)
    return TemplateEditing(name, source, history, preview)


def preview_template(deps: Deps, name: str, source: str, actor: str) -> TemplatePreview:
    """How a wording would render for sample messages, and what would stop it being saved."""
    _require_manager(deps, actor)
    return deps.templates.preview(name, source, deps.clock.now())


def list_templates(deps: Deps) -> list[TemplateState]:
    with deps.new_uow() as uow:
        current = {version.name: version for version in uow.template_versions.current()}
    names = sorted(set(deps.templates.names()) | set(current))
    return [TemplateState(name, current.get(name)) for name in names]


def show_template(deps: Deps, name: str) -> tuple[str, list[TemplateVersion]]:
    """The wording in use, and every saved version (oldest first)."""
    with deps.new_uow() as uow:
        history = uow.template_versions.history(name)
    current = history[-1].source if history else None
    source = current if current is not None else deps.templates.file_source(name)
    if source is None:
        raise NotFound(f"no template {name!r} (see `triage templates list`)")
    return source, history


def set_template(deps: Deps, name: str, source: str, actor: str, note: str = "") -> TemplateVersion:
    """Save a new wording, in use at once, after the same checks `templates check` makes."""
    _require_manager(deps, actor)
    _require_sound(deps, name, source)
    with deps.new_uow() as uow:
        history = uow.template_versions.history(name)
        last = history[-1].version if history else 0
        version = TemplateVersion(
            name, last + 1, source, last, actor, deps.clock.now(), note or "set"
        )
        return _save(deps, uow, version)


def rollback_template(deps: Deps, name: str, actor: str) -> TemplateVersion:
    """Put back the wording in use before the current one (the bundled file, in the end)."""
    _require_manager(deps, actor)
    with deps.new_uow() as uow:
        history = {version.version: version for version in uow.template_versions.history(name)}
        current = history[max(history)] if history else None
        if current is None or (current.source is None and current.previous == 0):
            raise NotFound(f"{name} uses its bundled file: there is nothing to roll back")
        restored = history.get(current.previous)
        source = restored.source if restored else None
        if source is not None:
            _require_sound(deps, name, source)  # the practice's facts may have changed since
        note = f"rollback to version {current.previous}" if source else "rollback to the file"
        previous = restored.previous if restored else 0
        version = TemplateVersion(
            name, current.version + 1, source, previous, actor, deps.clock.now(), note
        )
        return _save(deps, uow, version)


def _require_manager(deps: Deps, actor: str) -> None:
    try:
        deps.roles.require(actor, Permission.MANAGE_TEMPLATES)
    except NotAllowed as error:
        # Say whom to ask: the refusal alone names the permission, not the role that has it.
        needed = " or ".join(roles_granting(Permission.MANAGE_TEMPLATES))
        raise NotAllowed(f"{error}: reply templates need the {needed} role") from None


def _require_sound(deps: Deps, name: str, source: str) -> None:
    problems = deps.templates.check_source(name, source, deps.clock.now())
    if problems:
        more = len(problems) - SHOWN_PROBLEMS
        shown = "; ".join(problems[:SHOWN_PROBLEMS]) + (f"; and {more} more" if more > 0 else "")
        raise TriageError(f"{name} not saved: {shown}")


def _save(deps: Deps, uow: UnitOfWork, version: TemplateVersion) -> TemplateVersion:
    uow.template_versions.add(version)
    after = {"version": version.version, "note": version.note, "file": version.source is None}
    before = {"version": version.version - 1}
    subject = f"template:{version.name}"
    record(uow, version.created_at, version.created_by, "template", subject, before, after)
    uow.commit()
    deps.templates.reload()  # in use in this process at once; elsewhere within a refresh
    return version
