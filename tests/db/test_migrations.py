from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from triage.config import MIGRATIONS
from triage.db.models import Base
from triage.db.unit_of_work import upgrade


def test_upgrading_an_empty_database_creates_every_table(empty_database_url: str) -> None:
    upgrade(empty_database_url, MIGRATIONS)
    engine = create_engine(empty_database_url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_the_models_match_the_migrations(empty_database_url: str) -> None:
    upgrade(empty_database_url, MIGRATIONS)
    engine = create_engine(empty_database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrading_twice_is_harmless(empty_database_url: str) -> None:
    upgrade(empty_database_url, MIGRATIONS)
    upgrade(empty_database_url, MIGRATIONS)
