"""A 10,000-comment burst on a Facebook Page, polled end to end; prints msg/s and peak memory.

The Page is the loopback fake (tests/fakes/server.py) serving Graph-shaped pages of comments;
the real FacebookConnector (httpx), services.inbox.poll, the migrated SQLite SqlAlchemyUnitOfWork,
the real classifier and the real templates do the rest. Run from the repo root:

    .venv/bin/python benchmarks/ingest.py [--comments 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.fakes.server, which is not installed


from tests.fakes.databases import fresh_database  # noqa: E402
from tests.fakes.server import FakeServer, Reply  # noqa: E402
from triage.bootstrap import build, corpus_files, upgrade_database  # noqa: E402
from triage.config import BUNDLED_SAMPLE_INBOX, AccountSettings, from_dict  # noqa: E402
from triage.connectors.facebook import FacebookConnector, build_facebook_connector  # noqa: E402
from triage.domain.ports import Clock  # noqa: E402
from triage.services import Deps  # noqa: E402
from triage.services.inbox import poll  # noqa: E402

ACCOUNT = "fb-bench"
PAGE_ID = "1000000000001"
POSTS = 20
PAGE_SIZE = 100
VERSION = "v21.0"
# The burst is the last hour before now: the connector backfills 24 h from the system clock.
NOW = datetime.now(UTC).replace(microsecond=0)


def sample_texts() -> list[str]:
    """Real-looking inbound texts: the bundled sample inbox."""
    lines = BUNDLED_SAMPLE_INBOX.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def comment(post: str, number: int, total: int, text: str) -> dict[str, object]:
    """One comment in the Graph shape of fixtures/graph/facebook/comments/comment_model.json;
    the burst spreads over the last hour."""
    created = NOW - timedelta(hours=1) * (1 - number / total)
    return {
        "id": f"{post.split('_')[1]}_{number}",
        "message": f"{text} #{number}",
        "created_time": created.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "from": {"id": f"9{number:08d}", "name": f"Person {number}"},
        "permalink_url": f"https://www.facebook.com/{post}?comment_id={number}",
    }


def serve_burst(server: FakeServer, total: int) -> None:
    texts = sample_texts()
    posts = [f"{PAGE_ID}_{2000 + p}" for p in range(POSTS)]
    updated = NOW.strftime("%Y-%m-%dT%H:%M:%S+0000")
    listing = [{"id": post, "created_time": updated, "updated_time": updated} for post in posts]
    server.route("GET", f"/{VERSION}/{PAGE_ID}/posts", Reply(200, {"data": listing}))
    server.route("GET", f"/{VERSION}/{PAGE_ID}/conversations", Reply(200, {"data": []}))
    for index, post in enumerate(posts):
        numbers = range(index, total, POSTS)
        pages = [numbers[i : i + PAGE_SIZE] for i in range(0, len(numbers), PAGE_SIZE)]
        for page_number, page in enumerate(pages):
            serve_page(
                server,
                post,
                page_number,
                len(pages),
                [comment(post, n, total, texts[n % len(texts)]) for n in page],
            )


def serve_page(
    server: FakeServer, post: str, number: int, count: int, data: list[dict[str, object]]
) -> None:
    path = f"/{VERSION}/{post}/comments"
    body: dict[str, object] = {"data": data}
    if number + 1 < count:
        after = f"c{number + 1}"
        body["paging"] = {
            "cursors": {"after": after},
            "next": f"https://graph.facebook.com{path}?limit={PAGE_SIZE}&after={after}",
        }
    server.route("GET", path, Reply(200, body), when={"after": f"c{number}"} if number else None)


def build_deps(server: FakeServer, workdir: Path, database_url: str) -> Deps:
    """Deps as bootstrap builds them (migrated database, real classifier and templates), with
    the Facebook connector pointed at the fake Page."""
    settings = from_dict(
        {
            "practice": {"name": "Maple Street Family Medicine", "phone": "555-0100"},
            "database": {"url": database_url},
            "classifier": {"model_dir": str(workdir / "model")},
        },
        source="benchmarks/ingest.py",
        base_dir=str(workdir),
    )
    upgrade_database(settings)
    train_elsewhere(settings.path(settings.classifier.model_dir))
    deps = build(settings)
    deps.classifier.predict(["warm up"])  # load the model before the clock starts
    return replace(deps, connectors={ACCOUNT: page_connector(server, deps.clock)})


def page_connector(server: FakeServer, clock: Clock) -> FacebookConnector:
    account = AccountSettings(
        id=ACCOUNT, platform="facebook", base_url=server.base_url, page_id=PAGE_ID
    )
    return build_facebook_connector(account, lambda _: "bench-token", clock)


def drain(connector: FacebookConnector) -> int:
    """Every batch of the burst, as the poller would take them, without storing anything."""
    count, cursor = 0, None
    while True:
        batch = connector.fetch("comments", cursor)
        if not batch.messages:
            return count
        count, cursor = count + len(batch.messages), batch.next_cursor


def train_elsewhere(folder: Path) -> None:
    """Train in a child process, so the training's memory does not count as the burst's."""
    code = (
        "import sys; from pathlib import Path; from triage.classifier.store import "
        "load_or_train; load_or_train(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])"
    )
    paths = [str(p) for p in corpus_files()]
    subprocess.run([sys.executable, "-c", code, str(folder), *paths], check=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=10_000)
    total = parser.parse_args(argv).comments
    server_url = os.environ.get("TRIAGE_TEST_DATABASE_URL")  # set by .ci/with-postgres
    databases = [("SQLite", None)] + ([("PostgreSQL", server_url)] if server_url else [])
    rows = [(name, measure(total, url)) for name, url in databases]
    for name, figures in rows:
        print(f"[{name}]")
        for line in figures:
            print(f"  {line}")
    if not server_url:
        print("(PostgreSQL: run under .ci/with-postgres to print its figures beside these)")


def measure(total: int, server_url: str | None) -> list[str]:
    with (
        FakeServer() as server,
        tempfile.TemporaryDirectory() as folder,
        fresh_database(server_url, Path(folder)) as database_url,
    ):
        serve_burst(server, total)
        deps = build_deps(server, Path(folder), database_url)
        before = peak_mb()
        started = time.perf_counter()
        fetched = drain(page_connector(server, deps.clock))
        fetch_seconds = time.perf_counter() - started
        started = time.perf_counter()
        report = poll(deps, ACCOUNT)
        poll_seconds = time.perf_counter() - started
        requests = len(server.requests)
    labels = ", ".join(f"{label} {count}" for label, count in sorted(report.by_label.items()))
    return [
        f"comments served:         {total} on {POSTS} posts, {requests} HTTP requests in all",
        f"fetch only (HTTP+parse): {fetched / fetch_seconds:,.0f} msg/s ({fetch_seconds:.2f} s)",
        f"poll end to end:         {report.stored / poll_seconds:,.0f} msg/s stored and classified"
        f" ({report.stored} in {poll_seconds:.2f} s; labels {labels})",
        f"peak memory (RSS):       {peak_mb():.0f} MB (before the burst {before:.0f} MB)",
    ]


if __name__ == "__main__":
    main()
