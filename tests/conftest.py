from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.fakes.databases import fresh_database
from tests.fakes.ports import FakeClassifier, FakeConnector, FakeTrainer, FixedClock
from triage.config import BUNDLED_TEMPLATES, MIGRATIONS
from triage.db.unit_of_work import SqlAlchemyUnitOfWork, make_engine, session_factory, upgrade
from triage.domain.hours import OfficeHours
from triage.domain.policy import PracticeFacts
from triage.domain.roles import Role, RoleBook
from triage.services import Deps
from triage.services.replies import saved_sources
from triage.templates import JinjaTemplates

SERVER_URL = os.environ.get("TRIAGE_TEST_DATABASE_URL")  # set by .ci/with-postgres


@pytest.fixture
def empty_database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: SQLite in tmp_path, or a new database on the test server."""
    with fresh_database(SERVER_URL, tmp_path) as url:
        yield url


@pytest.fixture
def database_url(empty_database_url: str) -> str:
    upgrade(empty_database_url, MIGRATIONS)
    return empty_database_url


@pytest.fixture
def factory(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield session_factory(engine)
    engine.dispose()  # a server database cannot be dropped while connections are open


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def connector() -> FakeConnector:
    return FakeConnector()


FACTS = PracticeFacts(
    name="Test Clinic", phone="555-0100", portal_url="https://portal.test.example"
)
WEEKDAYS_8_TO_5 = {day: (time(8), time(17)) for day in ("mon", "tue", "wed", "thu", "fri")}
HOURS = OfficeHours("America/Chicago", WEEKDAYS_8_TO_5)


@pytest.fixture
def templates() -> JinjaTemplates:
    return JinjaTemplates(BUNDLED_TEMPLATES, FACTS, HOURS, "en")


@pytest.fixture
def deps(factory: sessionmaker[Session], clock: FixedClock, connector: FakeConnector) -> Deps:
    def new_uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(factory, clock)

    return Deps(
        new_uow=new_uow,
        connectors={"acct": connector},
        classifier=FakeClassifier(),
        # As bootstrap wires it: versions saved in the database win over the bundled files.
        templates=JinjaTemplates(BUNDLED_TEMPLATES, FACTS, HOURS, "en", saved_sources(new_uow)),
        clock=clock,
        roles=RoleBook(
            {Role.FRONT_DESK: ["alex"], Role.PHYSICIAN: ["dr.lee"], Role.ADMIN: ["sam"]}
        ),
        facts=FACTS,
        trainer=FakeTrainer(),
    )
