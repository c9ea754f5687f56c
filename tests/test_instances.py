"""Several triage run processes on one database; the lease holder is killed mid-work."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.instances import run_scenario


def test_killing_an_instance_loses_doubles_and_sticks_nothing(
    tmp_path: Path, database_url: str
) -> None:
    outcome = run_scenario(tmp_path, database_url, instances=3, copies=60, lease_seconds=4)
    logs = "\n".join(outcome.logs)
    assert outcome.killed_pid is not None, logs
    assert outcome.lease_moved_after is not None, "the dead instance's lease never moved"
    assert outcome.messages == outcome.distinct_messages == outcome.expected, logs
    assert outcome.classifications == outcome.expected
    assert outcome.proposals == outcome.expected and outcome.doubled_proposals == 0
    assert outcome.survivors_stopped_cleanly, logs
