"""Render the reply templates with Jinja2's sandbox and strict undefined.

The files in templates/ are the defaults; a version an admin saved in the database wins over
the file of the same name. Saved versions are read again every SAVED_REFRESH, so a change made
from the command line reaches a running `triage run` within that time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import product
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    DictLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    meta,
    nodes,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

from triage.domain.hours import OfficeHours
from triage.domain.model import (
    Action,
    Draft,
    Label,
    Message,
    MessageKind,
    Platform,
    Rendering,
    TemplatePreview,
)
from triage.domain.policy import (
    PracticeFacts,
    ReplyContext,
    ReplyScreen,
    Severity,
    check_reply,
)

# Trolls never get an answer: the template renders nothing and the proposal is a mute.
ACTION_WITHOUT_TEXT = {Label.TROLL: Action.MUTE}
ALLOWED_VARIABLES = frozenset(
    {"practice", "platform", "is_dm", "author_handle", "crisis", "office_open", "reopens"}
)
SAMPLE_HANDLE = "@sample_handle_15"  # X handles are at most 15 characters
SAVED_REFRESH = timedelta(seconds=30)
CRISIS_WORDS = {True: "yes", False: "no", None: "unknown"}
# A template is code an admin typed: besides Jinja's own errors, rendering it can raise what
# Python's operators raise ({{ 1 / 0 }}, {{ 'a' + 1 }}). Each is a problem to show, not a crash.
RENDER_ERRORS = (TemplateError, ArithmeticError, LookupError, TypeError, ValueError)
# Template name -> saved source in use (None: back to the file).
SavedSources = Callable[[], Mapping[str, str | None]]


@dataclass(frozen=True)
class TemplateFile:
    name: str
    label: Label
    lang: str
    platform: Platform | None


@dataclass(frozen=True)
class Sample:
    """One sample message and moment a template is rendered for, to check or preview it."""

    where: str
    crisis: str
    message: Message
    variables: dict[str, Any]


class JinjaTemplates:
    """The Templates port over <label>.<lang>.j2 files; <label>.<lang>.<platform>.j2 wins."""

    def __init__(
        self,
        folder: Path,
        facts: PracticeFacts,
        hours: OfficeHours,
        default_language: str,
        saved: SavedSources | None = None,
        screen: ReplyScreen | None = None,
    ) -> None:
        self._screen = screen
        self._folder = folder
        self._files = FileSystemLoader(str(folder))
        self._saved_loader = DictLoader({})
        self._env = ImmutableSandboxedEnvironment(
            loader=ChoiceLoader([self._saved_loader, self._files]),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._facts = facts
        self._hours = hours
        self._default_language = default_language
        self._saved = saved
        self._read_at: datetime | None = None

    def draft(
        self, label: Label, lang: str, message: Message, crisis: bool | None, at: datetime
    ) -> Draft:
        self._refresh(at)
        # The reply's words (a weekday) follow the template found, not the message's language.
        name, written_in = self._template_for(label, lang, message.platform)
        text = self._render(name, self.variables(message, crisis, at, written_in)).strip()
        if not text:
            return Draft(ACTION_WITHOUT_TEXT.get(label, Action.NO_REPLY), "", name)
        return Draft(Action.REPLY, text, name)

    def variables(
        self, message: Message, crisis: bool | None, at: datetime, lang: str
    ) -> dict[str, Any]:
        """The allow-list: practice facts, platform, the author's handle and the office's state."""
        return {
            "practice": {
                "name": self._facts.name,
                "phone": self._facts.phone,
                "portal_url": self._facts.portal_url,
                "email": self._facts.email,
                "website": self._facts.website,
                "emergency_number": self._facts.emergency_number,
                "crisis_line": self._facts.crisis_line,
            },
            "platform": message.platform.value,
            "is_dm": message.kind.is_private,
            "author_handle": message.author_handle,
            "crisis": crisis,
            "office_open": self._hours.is_open(at),
            "reopens": self._hours.describe_reopening(at, lang),
        }

    def files(self) -> list[TemplateFile]:
        return [f for f in map(parse_name, self._env.list_templates(extensions=["j2"])) if f]

    def check(self, now: datetime) -> list[str]:
        """Every way each template can render, checked by the reply policy; problems found."""
        self._refresh(now)
        return [problem for template in self.files() for problem in self._problems(template, now)]

    def check_source(self, name: str, source: str, now: datetime) -> list[str]:
        """The problems check() would find if the template name had this source."""
        template = parse_name(name)
        if template is None:
            return [_not_a_name(name)]
        return self._trial(name, source, now)._problems(template, now)

    def preview(self, name: str, source: str, now: datetime) -> TemplatePreview:
        """How source renders for the samples check_source uses, and the problems it finds."""
        template = parse_name(name)
        if template is None:
            return TemplatePreview((), (_not_a_name(name),))
        trial = self._trial(name, source, now)
        return TemplatePreview(
            tuple(trial._renderings(template, now)), tuple(trial._problems(template, now))
        )

    def names(self) -> list[str]:
        return [template.name for template in self.files()]

    def file_source(self, name: str) -> str | None:
        try:
            return self._files.get_source(self._env, name)[0]
        except TemplateNotFound:
            return None

    def reload(self) -> None:
        if self._saved is None:
            return
        sources = {name: source for name, source in self._saved().items() if source is not None}
        if sources != self._saved_loader.mapping:
            # Swapped whole, so a draft in another thread sees the old set or the new one.
            self._saved_loader.mapping = sources
            if self._env.cache is not None:  # one cached from its file would hide a saved one
                self._env.cache.clear()

    def _refresh(self, at: datetime) -> None:
        read_at = self._read_at
        if read_at is not None and read_at <= at < read_at + SAVED_REFRESH:
            return
        self.reload()
        self._read_at = at

    def _trial(self, name: str, source: str, now: datetime) -> JinjaTemplates:
        """A copy in which name has this source and every other template is as in use."""
        self._refresh(now)
        trial = JinjaTemplates(
            self._folder, self._facts, self._hours, self._default_language, screen=self._screen
        )
        trial._saved_loader.mapping = {**self._saved_loader.mapping, name: source}
        return trial

    def _problems(self, template: TemplateFile, now: datetime) -> list[str]:
        try:
            refused = self._refused_constructs(template) or self._undeclared(template)
        except TemplateSyntaxError as error:
            return [f"{template.name}: line {error.lineno}: {error.message}"]
        return refused or list(self._rendering_problems(template, self._times(now)))

    def _refused_constructs(self, template: TemplateFile) -> list[str]:
        """Replies need variables, conditions and a few filters; loops, calls and arithmetic
        that multiplies could make one rendering take minutes or gigabytes, so they are refused
        before anything is rendered (the live preview renders on every keystroke)."""
        found = {
            _construct_name(node)
            for node in self._env.parse(self._source(template)).find_all(nodes.Node)
            if _is_refused(node)
        }
        return [
            f"{template.name}: {what} is not allowed in a reply template" for what in sorted(found)
        ]

    def _undeclared(self, template: TemplateFile) -> list[str]:
        unknown = self._variables(template) - ALLOWED_VARIABLES
        return [f"{template.name}: unknown variable {name!r}" for name in sorted(unknown)]

    def _variables(self, template: TemplateFile) -> set[str]:
        return meta.find_undeclared_variables(self._env.parse(self._source(template)))

    def _source(self, template: TemplateFile) -> str:
        return self._env.loader.get_source(self._env, template.name)[0]  # type: ignore[union-attr]

    def _rendering_problems(self, template: TemplateFile, times: list[datetime]) -> Iterator[str]:
        for sample in self._samples(template, times):
            where = f"{template.name} [{sample.where}]"
            try:
                text = self._render(template.name, sample.variables)
            except RENDER_ERRORS as error:
                yield f"{where}: {error}"
                continue
            yield from self._policy_problems(where, template.label, sample.message, text.strip())

    def _renderings(self, template: TemplateFile, now: datetime) -> list[Rendering]:
        """Each different text the samples render, with the cases that render it (the X
        comment first); a sample that fails to render is left to _problems to report."""
        try:
            if self._refused_constructs(template):
                return []
            with_crisis = "crisis" in self._variables(template)
        except TemplateSyntaxError:
            return []
        cases: dict[str, dict[str, None]] = {}  # text -> its cases, once each, in order
        for sample in self._samples(template, self._times(now)):
            try:
                text = self._render(template.name, sample.variables).strip()
            except RENDER_ERRORS:
                continue
            case = f"{sample.where}, crisis {sample.crisis}" if with_crisis else sample.where
            cases.setdefault(text, {})[case] = None
        return [Rendering(text, tuple(where)) for text, where in cases.items()]

    def _samples(self, template: TemplateFile, times: list[datetime]) -> Iterator[Sample]:
        """Every way a template is rendered to check it: platform, place, crisis and time."""
        platforms = [template.platform] if template.platform else list(Platform)
        kinds = (MessageKind.COMMENT, MessageKind.DM)
        for platform, kind, crisis, at in product(platforms, kinds, (True, False, None), times):
            message = _sample_message(platform, kind)
            yield Sample(
                where=f"{platform.value} {kind.value}, {self._office_state(at)}",
                crisis=CRISIS_WORDS[crisis],
                message=message,
                variables=self.variables(message, crisis, at, template.lang),
            )

    def _policy_problems(
        self, where: str, label: Label, message: Message, text: str
    ) -> Iterator[str]:
        if not text:
            return
        limit = message.platform.reply_limit(message.kind)
        if message.platform is Platform.X and not message.kind.is_private:
            limit -= len(SAMPLE_HANDLE) + 1  # X counts the leading @mention of a reply
        context = ReplyContext(
            facts=self._facts,
            author_handle=SAMPLE_HANDLE,
            max_length=limit,
            requires_disclaimer=label is Label.MEDICAL_QUESTION,
            screen=self._screen,
        )
        for finding in check_reply(text, context):
            if finding.severity is Severity.BLOCK:
                yield f"{where}: {finding.message}"

    def _times(self, now: datetime) -> list[datetime]:
        """One moment when the office is open and one when it is closed, if it ever opens."""
        opening = self._hours.next_opening(now)
        if opening is None:
            return [now]
        return [opening + timedelta(minutes=1), opening - timedelta(minutes=1)]

    def _office_state(self, at: datetime) -> str:
        return "open" if self._hours.is_open(at) else "closed"

    def _render(self, name: str, variables: Mapping[str, Any]) -> str:
        return self._env.get_template(name).render(**variables)

    def _template_for(self, label: Label, lang: str, platform: Platform) -> tuple[str, str]:
        """The template's name and language: the message's own if there is one, else the default."""
        for candidate in (lang, self._default_language):
            for name in (
                f"{label.value}.{candidate}.{platform.value}.j2",
                f"{label.value}.{candidate}.j2",
            ):
                if self._exists(name):
                    return name, candidate
        raise TemplateNotFound(f"{label.value}.{self._default_language}.j2")

    def _exists(self, name: str) -> bool:
        try:
            self._env.get_template(name)
        except TemplateNotFound:
            return False
        return True


# Filters that cannot grow a text by more than a little; everything else (replace, center,
# format, indent, wordwrap, join...) can be made to build huge strings from a short template.
ALLOWED_FILTERS = frozenset({"capitalize", "default", "d", "lower", "title", "trim", "upper"})
REFUSED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.For,
    nodes.Macro,
    nodes.CallBlock,
    nodes.Call,
    nodes.FilterBlock,
    nodes.Mul,
    nodes.Pow,
    nodes.Mod,
    nodes.FloorDiv,
    nodes.Import,
    nodes.FromImport,
    nodes.Include,
    nodes.Extends,
    nodes.Assign,
    nodes.AssignBlock,
)


def _is_refused(node: nodes.Node) -> bool:
    if isinstance(node, nodes.Filter):
        return node.name not in ALLOWED_FILTERS
    return isinstance(node, REFUSED_NODES)


def _construct_name(node: nodes.Node) -> str:
    if isinstance(node, nodes.Filter):
        return f"the filter {node.name!r}"
    return f"{type(node).__name__.lower()} ({{% for %}}, calls, *, **, %, // and the like)"


def parse_name(name: str) -> TemplateFile | None:
    """'medical-question.es.x.j2' -> its label, language and platform; None if not ours."""
    if not name.endswith(".j2"):
        return None
    parts = name.removesuffix(".j2").split(".")
    if len(parts) not in (2, 3) or parts[0] not in {label.value for label in Label}:
        return None
    platform = Platform(parts[2]) if len(parts) == 3 and parts[2] in set(Platform) else None
    if len(parts) == 3 and platform is None:
        return None
    return TemplateFile(name, Label(parts[0]), parts[1], platform)


def _not_a_name(name: str) -> str:
    return f"{name}: not a template name (<label>.<lang>.j2 or <label>.<lang>.<platform>.j2)"


def _sample_message(platform: Platform, kind: MessageKind) -> Message:
    return Message(
        account_id="check",
        platform=platform,
        external_id="0",
        kind=kind,
        thread_id="0",
        author_id="0",
        author_handle=SAMPLE_HANDLE,
        text="",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
