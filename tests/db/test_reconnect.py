"""A database restart mid-poll: the page rolls back, the pool reconnects, one retry stores it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import create_engine, text

from tests.conftest import SERVER_URL
from tests.fakes.ports import FakeClassifier, FakeConnector, make_message
from triage.domain.model import Prediction
from triage.scheduler import Instance, PollScheduler
from triage.services import Deps, inbox

pytestmark = pytest.mark.skipif(not SERVER_URL, reason="needs the PostgreSQL pass")


class DropsConnectionsOnce(FakeClassifier):
    """Classifies while every other connection to the database is killed, the first time."""

    def __init__(self, database_url: str) -> None:
        super().__init__()
        self._database_url = database_url
        self.dropped = False

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not self.dropped:
            self.dropped = True
            admin = create_engine(self._database_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            admin.dispose()
        return super().predict(texts)


def test_a_dropped_connection_mid_poll_is_retried_once(
    deps: Deps, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    deps.connectors = {"acct": FakeConnector(pages={"comments": [[make_message("m1")]]})}
    deps.classifier = DropsConnectionsOnce(database_url)
    background = BackgroundScheduler(timezone="UTC")
    here = Instance("here", timedelta(seconds=60))
    poller = PollScheduler(deps, {"acct": 60}, lambda a, p: None, here, background)
    poller.poll("acct", "comments")
    assert "database connection lost" in caplog.text and "retrying once" in caplog.text
    assert [item.message.external_id for item in inbox.pending(deps)] == ["m1"]
