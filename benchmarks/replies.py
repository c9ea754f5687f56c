"""Reply figures: the Slack editor's live preview per keystroke, and the safety check's speed.

    .venv/bin/python benchmarks/replies.py [--rounds 30]

The preview renders a wording for every sample case `templates check` uses and runs the
policy on each rendering; it runs on every keystroke an admin types in the Slack editor, so
its latency is what the admin feels. The safety check runs on every draft and staff edit.
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime

import numpy as np

from triage.bootstrap import office_hours, practice_facts
from triage.config import PACKAGE_DIR
from triage.config import load as load_settings
from triage.domain.policy import ReplyContext, check_reply
from triage.templates import JinjaTemplates

DEMO_CONFIG = PACKAGE_DIR / "data" / "demo.toml"


def main() -> None:
    rounds = parse_args().rounds
    settings = load_settings(DEMO_CONFIG)
    templates = JinjaTemplates(
        settings.path(settings.templates_dir),
        practice_facts(settings),
        office_hours(settings),
        settings.practice.default_language,
    )
    now = datetime.now(UTC)
    renderings = report_preview(templates, now, rounds)
    report_check(renderings, ReplyContext(facts=practice_facts(settings)), rounds)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    return parser.parse_args()


def report_preview(templates: JinjaTemplates, now: datetime, rounds: int) -> list[str]:
    timings, texts = [], []
    for name in templates.names():
        source = templates.file_source(name) or ""
        for _ in range(rounds):
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


if __name__ == "__main__":
    main()
