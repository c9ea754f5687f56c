"""Engine and session factory; a unit of work per use case with explicit commit."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from triage.db.repositories import (
    SqlAccountRepository,
    SqlAuditLog,
    SqlClassificationRepository,
    SqlCursorRepository,
    SqlLeases,
    SqlLinks,
    SqlMessageRepository,
    SqlMuteRepository,
    SqlOutbox,
    SqlProposalRepository,
    SqlQuarantine,
    SqlTemplateVersions,
)
from triage.domain.errors import DatabaseUnavailable
from triage.domain.ports import (
    AccountRepository,
    AuditLog,
    ClassificationRepository,
    Clock,
    CursorRepository,
    Leases,
    Links,
    MessageRepository,
    MuteRepository,
    Outbox,
    ProposalRepository,
    Quarantine,
    TemplateVersionRepository,
)

if TYPE_CHECKING:
    from alembic.config import Config


def make_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    return engine


def _tune_sqlite(connection: Any, _record: Any) -> None:
    # WAL lets the scheduler and Slack threads read while one of them writes;
    # the busy timeout turns brief write contention into a wait instead of an error.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class SqlAlchemyUnitOfWork:
    """Nothing is kept unless commit() is called; leaving the block rolls back the rest."""

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def __enter__(self) -> Self:
        self.session = self._session_factory()
        self.accounts: AccountRepository = SqlAccountRepository(self.session)
        self.messages: MessageRepository = SqlMessageRepository(self.session)
        self.classifications: ClassificationRepository = SqlClassificationRepository(self.session)
        self.proposals: ProposalRepository = SqlProposalRepository(self.session)
        self.mutes: MuteRepository = SqlMuteRepository(self.session)
        self.cursors: CursorRepository = SqlCursorRepository(self.session, self._clock)
        self.audit: AuditLog = SqlAuditLog(self.session)
        self.quarantine: Quarantine = SqlQuarantine(self.session)
        self.leases: Leases = SqlLeases(self.session)
        self.template_versions: TemplateVersionRepository = SqlTemplateVersions(self.session)
        self.outbox: Outbox = SqlOutbox(self.session)
        self.links: Links = SqlLinks(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.rollback()
        except DBAPIError:
            pass  # the connection is already gone; there is nothing left to roll back
        finally:
            self.session.close()
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            raise DatabaseUnavailable(f"database connection lost: {exc.orig}") from exc

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def upgrade(url: str, migrations: Path, revision: str = "head") -> None:
    """Apply the Alembic migrations in migrations/ to the database at url."""
    from alembic import command  # only here: commands that never migrate start faster

    command.upgrade(alembic_config(url, migrations), revision)


def alembic_config(url: str, migrations: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config
