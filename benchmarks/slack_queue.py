"""An emergency arriving behind 5,000 queued comments: how long until its card is in Slack?

Slack is the loopback fake (tests/fakes/slack_api.py), limited like the real one to about one
message per second per channel (429 + Retry-After beyond). The app is wired by
bootstrap.build_slack against a migrated SQLite database; the real outbox loop of
`triage slack` (cli.slack.keep_queue) posts. Messages are labelled by keyword (the classifier
is not what is measured here) and drafted with the real templates. Run from the repo root:

    .venv/bin/python benchmarks/slack_queue.py [--comments 5000]

It runs twice: with an emergency channel of its own, and with one channel for everything.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.fakes, which is not installed

from tests.fakes.ports import FakeClassifier, FakeConnector, make_message  # noqa: E402
from tests.fakes.slack_api import Call, FakeSlackApi  # noqa: E402
from triage import bootstrap  # noqa: E402
from triage.cli.slack import keep_queue  # noqa: E402
from triage.config import from_dict  # noqa: E402
from triage.domain.model import Message  # noqa: E402
from triage.scheduler import Instance  # noqa: E402
from triage.services import Deps, inbox, notify  # noqa: E402

ACCOUNT = "acct"
QUEUE, EMERGENCY = "CQUEUE0001", "CEMERG0001"
EMERGENCY_TEXT = "please help, my husband has crushing chest pain and can't breathe"
PAGE = 500
TARGET_SECONDS = 2.0


class UtcClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Result:
    latency: float
    burst_calls: int
    burst_posts: int
    digests: int
    rate_limited: int
    drain_seconds: float
    ingest_seconds: float


def burst(comments: int) -> list[list[Message]]:
    """General questions and troll comments, in pages as a poller would store them."""
    messages = [
        make_message(
            f"c{n}",
            f"you idiot #{n}" if n % 4 == 0 else f"what are your hours on day {n}?",
            account_id=ACCOUNT,
            thread_id=f"t{n}",
            author_id=f"a{n}",
        )
        for n in range(comments)
    ]
    return [messages[i : i + PAGE] for i in range(0, len(messages), PAGE)]


def build(api: FakeSlackApi, workdir: Path, shared_channel: bool) -> Deps:
    slack = {"mode": "http", "api_base_url": api.base_url, "queue_channel": QUEUE}
    if not shared_channel:
        slack["emergency_channel"] = EMERGENCY
    settings = from_dict(
        {
            "practice": {"name": "Maple Street Family Medicine", "phone": "555-0100"},
            "database": {"url": f"sqlite:///{workdir / 'bench.db'}"},
            "slack": slack,
        },
        source="benchmarks/slack_queue.py",
        base_dir=str(workdir),
    )
    os.environ.setdefault("TRIAGE_SLACK_BOT_TOKEN", "xoxb-bench")
    os.environ.setdefault("TRIAGE_SLACK_SIGNING_SECRET", "bench-secret")
    bootstrap.upgrade_database(settings)
    deps = replace(
        bootstrap.build(settings),
        connectors={ACCOUNT: FakeConnector()},
        classifier=FakeClassifier(),
        clock=UtcClock(),
    )
    return bootstrap.build_slack(settings, deps).deps


def run(comments: int, shared_channel: bool) -> Result:
    with tempfile.TemporaryDirectory() as folder, FakeSlackApi(time.monotonic) as api:
        deps = build(api, Path(folder), shared_channel)
        connector = deps.connectors[ACCOUNT]
        assert isinstance(connector, FakeConnector)
        connector.pages["comments"] = burst(comments)
        started = time.monotonic()
        inbox.poll(deps, ACCOUNT)
        ingest_seconds = time.monotonic() - started

        stopping = threading.Event()
        here = Instance("bench", timedelta(seconds=60))
        keeper = threading.Thread(target=keep_queue, args=(deps, here, stopping), daemon=True)
        keeper.start()
        wait_for(lambda: len(api.posts()) >= 3)  # the burst is being posted

        connector.pages["comments"].append([make_message("e1", EMERGENCY_TEXT, thread_id="e")])
        ingested = time.monotonic()
        inbox.poll(deps, ACCOUNT)
        posted = wait_for(lambda: emergency_post_at(api))
        latency = posted - ingested

        drained = wait_for(
            lambda: notify.queue_status(deps).posts_waiting == 0, timeout=600, every=0.5
        )
        stopping.set()
        keeper.join()
        burst_calls = [c for c in api.calls_to("chat.postMessage", ok=False) if not is_emergency(c)]
        return Result(
            latency,
            len(burst_calls),
            sum(c.ok for c in burst_calls),
            sum(c.ok and c.params["text"].startswith(":package:") for c in burst_calls),
            sum(c.status == 429 for c in burst_calls),
            drained - started,
            ingest_seconds,
        )


def is_emergency(call: Call) -> bool:
    return "emergency" in str(call.params.get("text", ""))


def emergency_post_at(api: FakeSlackApi) -> float | None:
    return next((c.at for c in api.posts() if is_emergency(c)), None)


def wait_for(
    condition: Callable[[], float | bool | None], timeout: float = 60.0, every: float = 0.005
) -> float:
    """Poll until condition() is truthy; the float it returned, or the time it became true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value if isinstance(value, float) else time.monotonic()
        time.sleep(every)
    raise TimeoutError("the benchmark's condition never came true")


def report(title: str, result: Result, comments: int) -> None:
    verdict = "ok" if result.latency < TARGET_SECONDS else "OVER TARGET"
    print(f"\n{title}")
    print(f"  ingest of {comments} comments:               {result.ingest_seconds:6.2f} s")
    print(
        f"  emergency ingestion -> card in Slack:     {result.latency:6.3f} s "
        f"(target < {TARGET_SECONDS:.0f} s: {verdict})"
    )
    print(
        f"  Slack calls the burst took:               {result.burst_calls:6d} "
        f"({result.burst_posts - result.digests} cards, {result.digests} digest(s), "
        f"{result.rate_limited} answered 429)"
    )
    print(f"  burst fully posted after:                 {result.drain_seconds:6.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=5_000)
    args = parser.parse_args()
    print(f"{args.comments} general/troll comments queued; fake Slack at 1 message/s/channel")
    report("Emergency channel of its own:", run(args.comments, False), args.comments)
    report("One channel for everything:", run(args.comments, True), args.comments)


if __name__ == "__main__":
    main()
