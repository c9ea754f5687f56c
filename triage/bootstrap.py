"""build(settings) -> Deps: the only module that names concrete classes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from triage.classifier.pipeline import LinearModel
from triage.classifier.store import ModelTrainer, load_or_train
from triage.config import (
    BUNDLED_CORPUS,
    BUNDLED_SAMPLE_INBOX,
    MIGRATIONS,
    AccountSettings,
    Settings,
    parse_span,
)
from triage.connectors.facebook import build_facebook_connector
from triage.connectors.instagram import build_instagram_connector
from triage.connectors.sample import SampleConnector
from triage.connectors.x import build_x_connector
from triage.db.unit_of_work import (
    SqlAlchemyUnitOfWork,
    make_engine,
    session_factory,
    upgrade,
)
from triage.domain.hours import OfficeHours
from triage.domain.model import Prediction
from triage.domain.policy import PracticeFacts
from triage.domain.ports import Clock, Connector
from triage.domain.roles import Role, RoleBook
from triage.services import Deps
from triage.templates import JinjaTemplates


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class LazyClassifier:
    """Loads (or first trains) the model only when a command needs a prediction."""

    def __init__(self, loader: Callable[[], LinearModel]) -> None:
        self._loader = loader
        self._model: LinearModel | None = None

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return self.model.predict(texts)

    @property
    def model(self) -> LinearModel:
        if self._model is None:
            self._model = self._loader()
        return self._model


def build(settings: Settings) -> Deps:
    engine = make_engine(settings.database_url)
    clock = SystemClock()
    factory = session_factory(engine)
    return Deps(
        new_uow=lambda: SqlAlchemyUnitOfWork(factory, clock),
        connectors={
            a.id: build_connector(settings, a, clock) for a in settings.accounts if a.enabled
        },
        classifier=build_classifier(settings),
        templates=build_templates(settings),
        clock=clock,
        roles=build_roles(settings),
        facts=practice_facts(settings),
        trainer=ModelTrainer(settings.path(settings.classifier.model_dir), corpus_files()),
        uncertain_below=settings.classifier.uncertain_below,
        default_language=settings.practice.default_language,
    )


def build_classifier(settings: Settings) -> LazyClassifier:
    model_dir = settings.path(settings.classifier.model_dir)
    return LazyClassifier(lambda: load_or_train(model_dir, corpus_files()))


def corpus_files() -> list[Path]:
    return sorted(BUNDLED_CORPUS.glob("*.jsonl"))


def build_templates(settings: Settings) -> JinjaTemplates:
    return JinjaTemplates(
        settings.path(settings.templates_dir),
        practice_facts(settings),
        office_hours(settings),
        settings.practice.default_language,
    )


def office_hours(settings: Settings) -> OfficeHours:
    practice = settings.practice
    spans = {day: span for day, text in practice.hours.items() if (span := parse_span(text))}
    return OfficeHours(practice.timezone, spans)


def build_roles(settings: Settings) -> RoleBook:
    roles = settings.roles
    return RoleBook(
        {
            Role.FRONT_DESK: roles.front_desk,
            Role.PHYSICIAN: roles.physician,
            Role.ADMIN: roles.admin,
        }
    )


def practice_facts(settings: Settings) -> PracticeFacts:
    p = settings.practice
    return PracticeFacts(
        name=p.name,
        phone=p.phone,
        portal_url=p.portal_url,
        emergency_number=p.emergency_number,
        crisis_line=p.crisis_line,
        email=p.email,
        website=p.website,
        address=p.address,
    )


def build_connector(settings: Settings, account: AccountSettings, clock: Clock) -> Connector:
    if account.platform == "sample":
        inbox = settings.path(account.inbox) if account.inbox else BUNDLED_SAMPLE_INBOX
        outbox = settings.path(account.outbox or f"{account.id}-sent.jsonl")
        return SampleConnector(account.id, inbox, outbox)
    builder = PLATFORM_BUILDERS[account.platform]
    return builder(
        account, lambda name: settings.secret(account, name), clock, source=settings.source
    )


PLATFORM_BUILDERS: dict[str, Callable[..., Connector]] = {
    "x": build_x_connector,
    "facebook": build_facebook_connector,
    "instagram": build_instagram_connector,
}


def upgrade_database(settings: Settings) -> None:
    upgrade(settings.database_url, MIGRATIONS)
