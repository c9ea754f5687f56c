"""Saved wordings of reply templates, and how a wording renders for the sample cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class TemplateVersion:
    """One saved wording of a template. The newest version of a name is the one in use, so
    which one is active is never in doubt; rows are only ever added (a rollback adds one)."""

    name: str
    version: int
    source: str | None  # None: the bundled file in templates/ is used again
    previous: int  # the version in use before this one; 0 is the bundled file
    created_by: str
    created_at: datetime
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Rendering:
    """One way a template renders, and the sample cases (first one first) that render it so."""

    text: str
    cases: tuple[str, ...]


@dataclass(frozen=True)
class TemplatePreview:
    """How a wording renders for the sample messages the checks use, and what they find."""

    renderings: tuple[Rendering, ...]
    problems: tuple[str, ...]
