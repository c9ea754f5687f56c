"""Reply figures: the Slack editor's live preview per keystroke, the safety check's speed (also
on replies built to make patterns backtrack), and, given a table of replies marked safe or
unsafe, how many of each it blocks.

    .venv/bin/python benchmarks/replies.py [--rounds 30] [--table replies.jsonl]

A table has one {"text", "unsafe": true|false, "lang"} object per line; measure only on replies
nobody tuned the check or trained its model on, or the figure says nothing of new replies.

The preview renders a wording for every sample case `templates check` uses and runs the
policy on each rendering; it runs on every keystroke an admin types in the Slack editor, so
its latency is what the admin feels. The safety check runs on every draft and staff edit.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.domain, which is not installed

from tests.domain.hostile import HOSTILE_REPLIES  # noqa: E402
from triage.bootstrap import office_hours, practice_facts  # noqa: E402
from triage.classifier import reply_screen  # noqa: E402
from triage.config import PACKAGE_DIR  # noqa: E402
from triage.config import load as load_settings  # noqa: E402
from triage.domain.policy import ReplyContext, check_reply, is_blocked  # noqa: E402
from triage.templates import JinjaTemplates  # noqa: E402

DEMO_CONFIG = PACKAGE_DIR / "data" / "demo.toml"


def main() -> None:
    args = parse_args()
    settings = load_settings(DEMO_CONFIG)
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as folder:
        started = time.perf_counter()
        model = reply_screen.load_or_train(Path(folder) / "reply-screen")
        print(
            f"learned screen: trained on the shipped replies in "
            f"{time.perf_counter() - started:.1f} s"
        )
    # As the app wires it: verdicts remembered per text, forgotten before each preview.
    screen = reply_screen.LazyReplyScreen(lambda: model)
    templates = JinjaTemplates(
        settings.path(settings.templates_dir),
        practice_facts(settings),
        office_hours(settings),
        settings.practice.default_language,
        screen=screen,
    )
    now = datetime.now(UTC)
    context = ReplyContext(facts=practice_facts(settings), screen=model)  # nothing remembered
    check_reply("Thanks for writing!", context)  # as `triage run` warms up: rules compiled
    renderings = report_preview(templates, screen, now, args.rounds)
    report_check(renderings, context, args.rounds)
    report_hostile(context)
    if args.table:
        report_table(args.table, context)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--table", type=Path, help="replies marked safe or unsafe (JSONL)")
    return parser.parse_args()


def report_preview(
    templates: JinjaTemplates, screen: reply_screen.LazyReplyScreen, now: datetime, rounds: int
) -> list[str]:
    timings, texts = [], []
    for name in templates.names():
        source = templates.file_source(name) or ""
        for _ in range(rounds):
            screen.flags.cache_clear()  # a new keystroke: new renderings
            started = time.perf_counter()
            preview = templates.preview(name, source, now)
            timings.append(1000 * (time.perf_counter() - started))
        texts.extend(rendering.text for rendering in preview.renderings)
    p50, p95, p99 = np.percentile(timings, [50, 95, 99])
    print(
        f"template preview (one keystroke, every sample case rendered and checked): "
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms over {len(timings)} previews"
    )
    return texts


def report_check(texts: list[str], context: ReplyContext, rounds: int) -> None:
    check_reply(texts[0], context)  # patterns compile on first use: not part of the figure
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            check_reply(text, context)
    elapsed = time.perf_counter() - started
    count = rounds * len(texts)
    print(
        f"safety check: {count / elapsed:,.0f} replies/s, "
        f"{1000 * elapsed / count:.2f} ms per reply over {count} rendered replies"
    )


def report_hostile(context: ReplyContext) -> None:
    timings = []
    for text in HOSTILE_REPLIES:
        started = time.perf_counter()
        check_reply(text, replace(context, inbound_text=text, requires_disclaimer=True))
        timings.append((time.perf_counter() - started, text))
    worst, text = max(timings)
    print(
        f"safety check on {len(HOSTILE_REPLIES)} hostile replies of about 10,000 characters "
        f"(the reply also as the inbound message): worst {1000 * worst:.0f} ms ({text[:12]!r}...), "
        f"median {1000 * float(np.median([seconds for seconds, _ in timings])):.0f} ms"
    )


def report_table(path: Path, context: ReplyContext) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    blocked = [is_blocked(check_reply(row["text"], context)) for row in rows]
    by_rules = [is_blocked(check_reply(row["text"], replace(context, screen=None))) for row in rows]
    for name, verdicts in (("rules and learned screen", blocked), ("rules alone", by_rules)):
        print(f"{path.name}, {name}:")
        for lang in ("all", "en", "es"):
            mine = [
                (r, v)
                for r, v in zip(rows, verdicts, strict=True)
                if lang in ("all", r.get("lang", "en"))
            ]
            unsafe = [v for r, v in mine if r["unsafe"]]
            safe = [v for r, v in mine if not r["unsafe"]]
            if unsafe and safe:
                print(
                    f"  {lang}: unsafe blocked {sum(unsafe)}/{len(unsafe)} = "
                    f"{sum(unsafe) / len(unsafe):.1%}, safe blocked {sum(safe)}/{len(safe)} = "
                    f"{sum(safe) / len(safe):.1%}"
                )


if __name__ == "__main__":
    main()
