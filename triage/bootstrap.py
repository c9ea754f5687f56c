"""build(settings) -> Deps: the only module that names concrete classes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from slack_bolt import App
from slack_sdk import WebClient

from triage.classifier import reply_screen
from triage.classifier.pipeline import LinearModel
from triage.classifier.reply_screen import LazyReplyScreen
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
from triage.domain.errors import ConfigError
from triage.domain.hours import OfficeHours
from triage.domain.model import Prediction, ReviewRouting
from triage.domain.policy import PracticeFacts, ReplyScreen
from triage.domain.ports import Clock, Connector, UnitOfWork
from triage.domain.roles import Role, RoleBook
from triage.services import Deps
from triage.services.replies import saved_sources
from triage.slack.listeners.serving import build_app
from triage.slack.queue import SlackAlerts, SlackCalls, SlackReviewQueue, user_group_members
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
    screen = build_reply_screen(settings)
    return Deps(
        new_uow=lambda: SqlAlchemyUnitOfWork(factory, clock),
        connectors={
            a.id: build_connector(settings, a, clock) for a in settings.accounts if a.enabled
        },
        classifier=build_classifier(settings),
        templates=build_templates(settings, lambda: SqlAlchemyUnitOfWork(factory, clock), screen),
        clock=clock,
        roles=build_roles(settings),
        facts=practice_facts(settings),
        trainer=ModelTrainer(settings.path(settings.classifier.model_dir), corpus_files()),
        reply_screen=screen,
        uncertain_below=settings.classifier.uncertain_below,
        default_language=settings.practice.default_language,
        stuck_send_after=timedelta(minutes=settings.sending.stuck_after_minutes),
        retention=timedelta(days=settings.retention.days),
        account_platforms={a.id: a.platform for a in settings.accounts},
    )


def build_classifier(settings: Settings) -> LazyClassifier:
    model_dir = settings.path(settings.classifier.model_dir)
    return LazyClassifier(lambda: load_or_train(model_dir, corpus_files()))


def corpus_files() -> list[Path]:
    return sorted(BUNDLED_CORPUS.glob("*.jsonl"))


def build_reply_screen(settings: Settings) -> LazyReplyScreen:
    folder = settings.path(settings.classifier.model_dir) / "reply-screen"
    return LazyReplyScreen(lambda: reply_screen.load_or_train(folder))


def build_templates(
    settings: Settings,
    new_uow: Callable[[], UnitOfWork],
    screen: ReplyScreen | None = None,
) -> JinjaTemplates:
    """The files in templates_dir, with the versions admins saved in the database over them."""
    return JinjaTemplates(
        settings.path(settings.templates_dir),
        practice_facts(settings),
        office_hours(settings),
        settings.practice.default_language,
        saved=saved_sources(new_uow),
        screen=screen,
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


@dataclass(frozen=True)
class SlackApp:
    """The Bolt app, the Deps it serves, and how it reaches Slack."""

    deps: Deps
    app: App
    mode: str
    port: int
    app_token: str = field(default="", repr=False)


def build_slack(settings: Settings, deps: Deps) -> SlackApp:
    """The Slack review queue over deps: its ports, its unit of work and the Bolt app."""
    slack = settings.slack
    if not slack.queue_channel:
        problem = "name the channel id where proposal cards go"
        raise ConfigError(settings.source, "slack.queue_channel", problem)
    calls = SlackCalls(slack_client(settings), deps.clock)
    factory = session_factory(make_engine(settings.database_url))

    def new_uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(factory, deps.clock)

    served = replace(
        deps,
        new_uow=new_uow,
        new_review_uow=new_uow,
        roles=slack_roles(settings, calls),
        review_queue=SlackReviewQueue(calls, slack.mask_identifiers),
        alerts=SlackAlerts(calls),
        routing=review_routing(settings),
    )
    http = slack.mode == "http"
    secret = settings.slack_secret("signing_secret") if http else ""
    app = build_app(served, calls.client, secret, masked=slack.mask_identifiers)
    token = "" if http else settings.slack_secret("app_token")
    return SlackApp(served, app, slack.mode, slack.http_port, token)


def slack_client(settings: Settings) -> WebClient:
    base_url = settings.slack.api_base_url or WebClient.BASE_URL
    # slack_sdk logs request bodies at DEBUG, and cards carry patient text.
    logger = logging.getLogger("triage.slack.sdk")
    logger.setLevel(logging.INFO)
    return WebClient(
        token=settings.slack_secret("bot_token"),
        base_url=base_url.rstrip("/") + "/",
        logger=logger,
        timeout=10,
    )


def slack_roles(settings: Settings, calls: SlackCalls) -> RoleBook:
    """Roles by Slack user id; user groups (S...) are expanded once, at start."""
    roles = settings.roles
    return RoleBook(
        {
            Role.FRONT_DESK: user_group_members(calls, roles.front_desk),
            Role.PHYSICIAN: user_group_members(calls, roles.physician),
            Role.ADMIN: user_group_members(calls, roles.admin),
        }
    )


def review_routing(settings: Settings) -> ReviewRouting:
    slack = settings.slack
    return ReviewRouting(
        queue_channel=slack.queue_channel,
        emergency_channel=slack.emergency_channel,
        admin_channel=slack.admin_channel,
        emergency_mention=slack.emergency_mention,
        oncall_user=slack.oncall_user,
        escalate_after=timedelta(minutes=slack.escalate_after_minutes),
        digest_every=timedelta(minutes=slack.digest_minutes),
        card_limit=slack.digest_after,
    )
