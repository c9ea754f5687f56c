"""Classifier figures: `triage classify` throughput, latency, load time, memory and quality.

    .venv/bin/python benchmarks/classifier.py [--eval ../shared/eval/real.jsonl] [--messages 50000]

Batch throughput runs the real command in a fresh process (start-up and model load included)
on N messages built by repeating the seed corpus. Quality is measured on the labelled file
given with --eval (default: the shared evaluation set, if it is beside the repo).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from whole_classifier import DEMO_CONFIG, final_labels

from triage.bootstrap import corpus_files
from triage.classifier import store
from triage.classifier.embedding import load_shipped
from triage.classifier.evaluate import evaluate
from triage.classifier.pipeline import read_examples
from triage.config import PACKAGE_DIR
from triage.domain.model import Label
from triage.domain.safety_net import scan

REPO = PACKAGE_DIR.parent
DEFAULT_EVAL = REPO.parent / "shared" / "eval" / "real.jsonl"
# A process forked from this one counts this one's memory in its peak, and this one holds a
# freshly trained model (it made `triage classify` look 200-350 MB bigger than it is). A small
# launcher starts the command instead and reports the largest of it and its workers.
PEAK_MEMORY_LAUNCHER = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"
)


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as folder:
        workdir = Path(folder)
        config = workdir / "config.toml"
        config.write_text(DEMO_CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
        model_dir = workdir / "models"
        started = time.perf_counter()
        store.load_or_train(model_dir, corpus_files())
        print(f"training (seed corpus, first use): {time.perf_counter() - started:.1f} s")
        report_load(model_dir)
        report_latency(model_dir)
        report_batch(config, workdir, args.messages)
        if args.eval.is_file():
            report_quality(model_dir, args.eval)
        else:
            print(f"quality: skipped ({args.eval} not found)")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--messages", type=int, default=50_000)
    return parser.parse_args()


def report_load(model_dir: Path) -> None:
    timings = []
    for _ in range(5):
        load_shipped.cache_clear()  # the embedding is read once per process: count it each time
        started = time.perf_counter()
        store.load(model_dir)
        timings.append(time.perf_counter() - started)
    print(f"model load: median {1000 * float(np.median(timings)):.0f} ms over 5 loads")


def report_latency(model_dir: Path) -> None:
    model = store.load(model_dir)
    texts, _ = read_examples(corpus_files())
    samples = []
    for text in texts[:2000]:
        started = time.perf_counter()
        scan(text)
        model.predict([text])
        samples.append(1000 * (time.perf_counter() - started))
    p50, p95, p99 = np.percentile(samples, [50, 95, 99])
    print(
        f"single message (model + safety net): p50 {p50:.2f} ms, p95 {p95:.2f} ms, "
        f"p99 {p99:.2f} ms over {len(samples)} messages"
    )


def report_batch(config: Path, workdir: Path, count: int) -> None:
    texts, _ = read_examples(corpus_files())
    requests = workdir / "requests.jsonl"
    with requests.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")
    command = [str(Path(sys.executable).parent / "triage"), "--config", str(config), "classify"]
    started = time.perf_counter()
    with requests.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-c", PEAK_MEMORY_LAUNCHER, *command],
            stdin=stdin,
            capture_output=True,
            check=True,
        )
    elapsed = time.perf_counter() - started
    lines = result.stdout.count(b"\n")
    peak = int(result.stderr.split()[-1]) / 1024
    print(
        f"batch `triage classify`: {lines} messages in {elapsed:.2f} s = "
        f"{lines / elapsed:,.0f} msg/s (process start and model load included), "
        f"peak memory {peak:.0f} MB"
    )


def report_quality(model_dir: Path, path: Path) -> None:
    model = store.load(model_dir)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    decided = [label for label, _ in final_labels(model, [r["text"] for r in records])]
    result = evaluate([Label(r["label"]) for r in records], decided, [r["id"] for r in records])
    emergency = result.per_label[Label.EMERGENCY]
    print(
        f"quality on {path.name} ({len(records)} messages): macro-F1 {result.macro_f1:.3f}, "
        f"emergency recall {emergency.recall:.3f}, precision {emergency.precision:.3f}"
    )
    for label, scores in result.per_label.items():
        print(
            f"  {label.value:17s} P {scores.precision:.3f} R {scores.recall:.3f} "
            f"F1 {scores.f1:.3f} n={scores.support}"
        )


if __name__ == "__main__":
    main()
