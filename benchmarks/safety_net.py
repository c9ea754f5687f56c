"""Safety-net figures: physical emergencies found and look-alikes raised, by rules and overall.

    .venv/bin/python benchmarks/safety_net.py [--misses]

Reads `benchmarks/data/physical_emergencies.jsonl` (see `benchmarks/data/README.md`): invented
physical emergencies told by bystanders, parents and the injured, beside look-alikes (the same
topics past, minor, asked about in general, joked about, or about pets and objects). For each
set and language it prints how many emergencies the rules alone raise and how many look-alikes
they wrongly raise, then the same for the whole classifier (the model trained on the seed
corpus, then the rules), and the rules' cost per message. `--misses` lists what went wrong.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from whole_classifier import final_labels, seed_model

from triage.bootstrap import corpus_files
from triage.classifier.pipeline import read_examples
from triage.domain.model import Label
from triage.domain.safety_net import scan

DATA = Path(__file__).parent / "data" / "physical_emergencies.jsonl"


@dataclass(frozen=True)
class Case:
    set: str
    text: str
    emergency: bool
    lang: str
    kind: str
    by_rules: bool
    overall: bool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list misses and false raises")
    args = parser.parse_args()
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    cases = classify(records)
    for name in sorted({case.set for case in cases}):
        for lang in ("en", "es", None):
            report([c for c in cases if c.set == name and lang in (None, c.lang)], name, lang)
    report_cost()
    if args.misses:
        list_misses(cases)


def classify(records: Sequence[dict[str, str]]) -> list[Case]:
    labelled = final_labels(seed_model(), [record["text"] for record in records])
    return [
        Case(
            record["set"],
            record["text"],
            record["label"] == "emergency",
            record["lang"],
            record["kind"],
            by_rules,
            label is Label.EMERGENCY,
        )
        for record, (label, by_rules) in zip(records, labelled, strict=True)
    ]


def report(cases: Sequence[Case], name: str, lang: str | None) -> None:
    emergencies = [c for c in cases if c.emergency]
    others = [c for c in cases if not c.emergency]
    print(
        f"set {name} {lang or 'all':3s}: rules raise {sum(c.by_rules for c in emergencies)}/"
        f"{len(emergencies)} emergencies and {sum(c.by_rules for c in others)}/{len(others)} "
        f"look-alikes; overall {sum(c.overall for c in emergencies)}/{len(emergencies)} "
        f"emergencies, {sum(c.overall for c in others)}/{len(others)} look-alikes called emergency"
    )


def report_cost() -> None:
    texts, _ = read_examples(corpus_files())
    passes = []
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            scan(text)
        passes.append(time.perf_counter() - started)
    micros = 1e6 * min(passes) / len(texts)
    print(
        f"rules: {micros:.0f} µs a message over the {len(texts):,} seed-corpus messages (best of 3)"
    )


def list_misses(cases: Sequence[Case]) -> None:
    for case in cases:
        if case.emergency and not case.overall:
            print(f"missed ({case.set}, {case.kind}): {case.text}")
        elif not case.emergency and case.overall:
            source = "rules" if case.by_rules else "model"
            print(f"false emergency by the {source} ({case.set}, {case.kind}): {case.text}")


if __name__ == "__main__":
    main()
