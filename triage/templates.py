"""Render the reply templates in templates/ with Jinja2's sandbox and strict undefined."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import ImmutableSandboxedEnvironment

from triage.domain.model import Action, Draft, Label, Message

# Trolls never get an answer: the template renders nothing and the proposal is a mute.
ACTION_WITHOUT_TEXT = {Label.TROLL: Action.MUTE}


class JinjaTemplates:
    """The Templates port over a folder of <label>.<lang>.j2 files."""

    def __init__(self, folder: Path, practice: Mapping[str, Any], default_language: str) -> None:
        self._env = ImmutableSandboxedEnvironment(
            loader=FileSystemLoader(str(folder)),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._practice = dict(practice)
        self._default_language = default_language

    def draft(self, label: Label, lang: str, message: Message, crisis: bool | None) -> Draft:
        name = self._template_name(label, lang)
        text = self.render(name, self.variables(message, crisis)).strip()
        if not text:
            return Draft(ACTION_WITHOUT_TEXT.get(label, Action.NO_REPLY), "", name)
        return Draft(Action.REPLY, text, name)

    def render(self, name: str, variables: Mapping[str, Any]) -> str:
        return self._env.get_template(name).render(**variables)

    def variables(self, message: Message, crisis: bool | None) -> dict[str, Any]:
        return {
            "practice": self._practice,
            "platform": message.platform.value,
            "is_dm": message.kind.is_private,
            "author_handle": message.author_handle,
            "crisis": crisis,
        }

    def names(self) -> list[str]:
        return sorted(self._env.list_templates(extensions=["j2"]))

    def _template_name(self, label: Label, lang: str) -> str:
        for candidate in (lang, self._default_language):
            name = f"{label.value}.{candidate}.j2"
            try:
                self._env.get_template(name)
            except TemplateNotFound:
                continue
            return name
        raise TemplateNotFound(f"{label.value}.{self._default_language}.j2")
