"""Versions of the reply templates' wording, as staff changed or rolled them back."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from triage.db.models import TemplateVersionRow
from triage.domain.errors import TriageError
from triage.domain.model import TemplateVersion


class SqlTemplateVersions:
    """Rows are only added: a change or a rollback is a new version."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, version: TemplateVersion) -> None:
        try:
            with self._session.begin_nested():
                self._session.add(template_version_row(version))
        except IntegrityError:  # (name, version) is unique: another admin saved first
            raise TriageError(
                f"{version.name} was changed by someone else meanwhile; look again and retry"
            ) from None

    def history(self, name: str) -> list[TemplateVersion]:
        query = (
            select(TemplateVersionRow)
            .where(TemplateVersionRow.name == name)
            .order_by(TemplateVersionRow.version)
        )
        return [to_template_version(row) for row in self._session.scalars(query)]

    def current(self) -> list[TemplateVersion]:
        newer = aliased(TemplateVersionRow)
        is_newest = ~exists().where(
            newer.name == TemplateVersionRow.name, newer.version > TemplateVersionRow.version
        )
        query = select(TemplateVersionRow).where(is_newest).order_by(TemplateVersionRow.name)
        return [to_template_version(row) for row in self._session.scalars(query)]


def template_version_row(version: TemplateVersion) -> TemplateVersionRow:
    # The row's columns are the dataclass's fields, one for one.
    values = asdict(version)
    del values["id"]
    return TemplateVersionRow(**values)


def to_template_version(row: TemplateVersionRow) -> TemplateVersion:
    return TemplateVersion(**{f.name: getattr(row, f.name) for f in fields(TemplateVersion)})
