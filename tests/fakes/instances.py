"""Several `triage run` processes on one database: the scenario the multi-instance test and
benchmarks/instances.py share. Start them, kill the one holding the work, watch it move."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine

from triage.config import BUNDLED_SAMPLE_INBOX
from triage.db.models import ClassificationRow, LeaseRow, MessageRow, ProposalRow

TRIAGE = str(Path(sys.executable).parent / "triage")


@dataclass
class Outcome:
    expected: int
    messages: int = 0
    distinct_messages: int = 0
    proposals: int = 0
    doubled_proposals: int = 0
    classifications: int = 0
    lease_moved_after: float | None = None
    killed_pid: int | None = None
    survivors_stopped_cleanly: bool = False
    logs: list[str] = field(default_factory=list)


def write_inbox(path: Path, copies: int) -> int:
    """The bundled sample inbox repeated with fresh ids: copies x 67 messages."""
    records = [json.loads(line) for line in BUNDLED_SAMPLE_INBOX.read_text().splitlines() if line]
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for record in records:
                out.write(json.dumps({**record, "external_id": f"{record['external_id']}-{copy}"}))
                out.write("\n")
    return copies * len(records)


def write_config(folder: Path, database_url: str, inbox: Path, lease_seconds: int) -> Path:
    config = folder / "config.toml"
    config.write_text(
        f"""
[practice]
name = "Test Clinic"
phone = "555-0100"

[database]
url = "{database_url}"
lease_seconds = {lease_seconds}

[classifier]
model_dir = "{folder / "models"}"

[roles]
front_desk = ["alex"]

[[accounts]]
id = "sample"
platform = "sample"
inbox = "{inbox}"
outbox = "{folder / "sent.jsonl"}"
""",
        encoding="utf-8",
    )
    return config


def run_scenario(
    folder: Path,
    database_url: str,
    instances: int = 3,
    copies: int = 60,
    lease_seconds: int = 4,
    limit: float = 150.0,
) -> Outcome:
    inbox = folder / "inbox.jsonl"
    outcome = Outcome(expected=write_inbox(inbox, copies))
    config = write_config(folder, database_url, inbox, lease_seconds)
    triage = [TRIAGE, "--config", str(config)]
    subprocess.run([*triage, "db", "upgrade"], check=True, capture_output=True)
    # Train the model once up front, as an installation would, so instances start ready.
    subprocess.run(
        [*triage, "classify"], input=b'{"id": 1, "text": "hi"}\n', check=True, capture_output=True
    )
    engine = create_engine(database_url)
    processes = [_start(triage, folder, n) for n in range(instances)]
    try:
        _kill_holder_mid_work(engine, processes, outcome, limit)
        _wait(lambda: _stored(engine) >= outcome.expected, limit)
        _stop(processes, outcome)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
        _count(engine, outcome)
        engine.dispose()
        outcome.logs = [(folder / f"instance-{n}.log").read_text() for n in range(instances)]
    return outcome


def _start(triage: list[str], folder: Path, number: int) -> subprocess.Popen[bytes]:
    log = (folder / f"instance-{number}.log").open("wb")
    return subprocess.Popen([*triage, "run"], stdout=log, stderr=subprocess.STDOUT)


def _kill_holder_mid_work(
    engine: Engine, processes: list[subprocess.Popen[bytes]], outcome: Outcome, limit: float
) -> None:
    """Kill the instance holding stream leases once work has begun; time until they move."""
    _wait(lambda: _stored(engine) > 0 and bool(_stream_holders(engine)), limit)
    holders = _stream_holders(engine)
    if not holders:
        return
    victim = max(set(holders), key=holders.count)
    outcome.killed_pid = victim
    os.kill(victim, signal.SIGKILL)
    killed_at = time.monotonic()
    if _wait(lambda: victim not in _stream_holders(engine), limit):
        outcome.lease_moved_after = time.monotonic() - killed_at


def _stop(processes: list[subprocess.Popen[bytes]], outcome: Outcome) -> None:
    survivors = [p for p in processes if p.pid != outcome.killed_pid]
    for process in survivors:
        process.send_signal(signal.SIGTERM)
    codes = [process.wait(timeout=60) for process in survivors]
    outcome.survivors_stopped_cleanly = all(code == 0 for code in codes)


def _stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(MessageRow)) or 0)


def _stream_holders(engine: Engine) -> list[int]:
    """The pids holding the streams' leases (instance ids are host:pid:random)."""
    with engine.connect() as connection:
        holders = connection.scalars(select(LeaseRow.holder).where(LeaseRow.name.like("poll:%")))
        return [int(holder.split(":")[1]) for holder in holders]


def _count(engine: Engine, outcome: Outcome) -> None:
    with engine.connect() as connection:
        outcome.messages = _stored(engine)
        outcome.distinct_messages = int(
            connection.scalar(select(func.count(func.distinct(MessageRow.external_id)))) or 0
        )
        outcome.proposals = int(
            connection.scalar(select(func.count()).select_from(ProposalRow)) or 0
        )
        per_message = (
            select(ProposalRow.message_id).group_by(ProposalRow.message_id).having(func.count() > 1)
        )
        outcome.doubled_proposals = len(connection.execute(per_message).all())
        outcome.classifications = int(
            connection.scalar(select(func.count()).select_from(ClassificationRow)) or 0
        )


def _wait(condition: Callable[[], bool], limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
