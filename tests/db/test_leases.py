from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from tests.fakes.ports import START, FixedClock
from triage.db.unit_of_work import SqlAlchemyUnitOfWork

LATER = START + timedelta(seconds=60)


def acquire(factory: sessionmaker[Session], holder: str, now=START, until=LATER) -> bool:  # type: ignore[no-untyped-def]
    with SqlAlchemyUnitOfWork(factory, FixedClock()) as uow:
        taken = uow.leases.acquire("poll:acct:comments", holder, until, now)
        uow.commit()
        return taken


def test_a_lease_is_held_by_one_instance_until_it_expires(factory: sessionmaker[Session]) -> None:
    assert acquire(factory, "a")
    assert not acquire(factory, "b")
    assert acquire(factory, "a", until=LATER + timedelta(seconds=60))  # the holder renews
    assert not acquire(factory, "b", now=LATER)
    assert acquire(factory, "b", now=LATER + timedelta(seconds=61))  # a died: b takes over


def test_a_released_lease_is_free(factory: sessionmaker[Session]) -> None:
    assert acquire(factory, "a")
    with SqlAlchemyUnitOfWork(factory, FixedClock()) as uow:
        uow.leases.release("poll:acct:comments", "a")
        uow.commit()
    assert acquire(factory, "b")
