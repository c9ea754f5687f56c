"""Fresh databases for tests and benchmarks: a SQLite file, or a new database on a server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, make_url, text


@contextmanager
def fresh_database(server_url: str | None, folder: Path, prefix: str = "t") -> Iterator[str]:
    """A new, empty database: SQLite in folder, or one made on the server and dropped after."""
    if not server_url:
        yield f"sqlite:///{folder / 'triage.db'}"
        return
    name = f"{prefix}_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
