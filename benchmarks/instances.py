"""Several `triage run` instances on one database: kill the one doing the work, time the takeover.

    .venv/bin/python benchmarks/instances.py                      # SQLite file
    .ci/with-postgres .venv/bin/python benchmarks/instances.py    # and PostgreSQL

Prints how long the dead instance's lease took to pass to a survivor, and whether every
message was stored, classified and proposed exactly once.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes.databases import fresh_database
from tests.fakes.instances import run_scenario


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=3)
    parser.add_argument("--copies", type=int, default=60, help="copies of the 66-message inbox")
    parser.add_argument("--lease-seconds", type=int, default=4)
    args = parser.parse_args()
    server_url = os.environ.get("TRIAGE_TEST_DATABASE_URL")
    targets = [("SQLite", None)] + ([("PostgreSQL", server_url)] if server_url else [])
    for name, url in targets:
        with (
            tempfile.TemporaryDirectory() as folder,
            fresh_database(url, Path(folder), prefix="bench") as database,
        ):
            started = time.perf_counter()
            outcome = run_scenario(
                Path(folder), database, args.instances, args.copies, args.lease_seconds
            )
            elapsed = time.perf_counter() - started
        moved = (
            f"{outcome.lease_moved_after:.1f} s"
            if outcome.lease_moved_after is not None
            else "did not move"
        )
        print(
            f"[{name}] {args.instances} instances, lease {args.lease_seconds} s, "
            f"{outcome.expected} messages, whole run {elapsed:.1f} s"
        )
        print(f"  lease moved after the holder was killed: {moved}")
        print(
            f"  stored {outcome.messages} (distinct {outcome.distinct_messages}), "
            f"classified {outcome.classifications}, proposals {outcome.proposals}, "
            f"doubled {outcome.doubled_proposals}; survivors stopped cleanly: "
            f"{outcome.survivors_stopped_cleanly}"
        )


if __name__ == "__main__":
    main()
