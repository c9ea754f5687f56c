"""How the classifier labels real platform traffic: the texts of our recorded X and Graph payloads.

    .venv/bin/python benchmarks/platform_texts.py [--fixtures ../shared/fixtures]

The recorded payloads (`../shared/fixtures`, see its README) hold real mentions, comments,
posts and DMs that have nothing to do with a medical practice: greetings to another account,
pleas to an app's support, link shares, platform complaints, a few anti-vaccine replies. A
practice's mentions collect the same traffic. We labelled each distinct text by the corpus's
labelling guide (42 general, 2 troll: two anti-vaccine conspiracy replies) and keep only the
labels here, keyed by the SHA-256 of the text with its spaces squeezed, so no real text or
handle is copied into the project. Test strings ("Testing 1", timestamps) are not labelled and
are left out. It prints, for each true label, what the whole classifier (the model trained on
the seed corpus, then the safety net and the demo's doubt threshold) called those texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from whole_classifier import final_labels, seed_model

from triage.config import PACKAGE_DIR
from triage.domain.model import Label

DEFAULT_FIXTURES = PACKAGE_DIR.parent.parent / "shared" / "fixtures"
# Where the inbound texts are: X's decoded responses and the Graph API's Facebook and
# Instagram payloads (the Slack payloads are our own app's messages).
SOURCES = ("x/decoded", "graph/facebook", "graph/instagram")
GENERAL = (
    "1392c3c5716f1971",
    "159bdf85282cc9af",
    "69f4b8f937a79733",
    "915c504c73a5d4da",
    "83d706cd8da8eb0e",
    "d717652bda0b3199",
    "dabac5f3c31aacda",
    "86ec965bdf4b97ff",
    "96cad6ffc55c34fa",
    "4725f53d87562e92",
    "765bed1e93d83aa4",
    "20e7bb4975f5059c",
    "b1c6293813965dee",
    "d75602432ac55095",
    "ab6f74f9e5702e39",
    "a56c0be127cc7d6e",
    "cb5166d7c496c110",
    "5e83a9ce4bb349ce",
    "0f3ab2daa729d6ec",
    "8c3e42e6f5b7549a",
    "2f68ab61c34e62f6",
    "42e45cb8e78c51a7",
    "7fca198cc9f25158",
    "f29cd92b381829b6",
    "8f45f33f15dbfc2b",
    "7775512e2aa9e3d8",
    "1b64c8f7d274098e",
    "9fe58837672f6bdc",
    "bbcdb76b87c93b61",
    "667f75c557cf654f",
    "a10e1ee5de851049",
    "34afc765b1cc13cd",
    "d50180c634ec5d77",
    "b2e89dd54f96080b",
    "3e8aa68d79d00006",
    "348fbbf92b9507ea",
    "7def9109d2e6b529",
    "2817c395c2b32dd3",
    "37afb66980ed246b",
    "a8612123064afb9b",
    "6ba17c56971e7d03",
    "8392b8e2ebb85967",
)
TROLL = (
    "6399f30c02d3a96e",
    "85159f7a53327e22",
)
TRUTH = {**dict.fromkeys(GENERAL, Label.GENERAL), **dict.fromkeys(TROLL, Label.TROLL)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    args = parser.parse_args()
    texts = {key(text): text for text in recorded_texts(args.fixtures) if key(text) in TRUTH}
    if len(texts) < len(TRUTH):
        print(f"{len(TRUTH) - len(texts)} labelled texts not found under {args.fixtures}")
    called = [label for label, _ in final_labels(seed_model(), list(texts.values()))]
    for truth in (Label.GENERAL, Label.TROLL):
        tally = Counter(label for k, label in zip(texts, called, strict=True) if TRUTH[k] is truth)
        spread = ", ".join(f"{label.value} {tally[label]}" for label in Label if tally[label])
        print(f"{truth.value} ({sum(tally.values())} texts): called {spread}")


def recorded_texts(fixtures: Path) -> Iterator[str]:
    for source in SOURCES:
        for path in sorted((fixtures / source).rglob("*.json")):
            yield from _texts(json.loads(path.read_text(encoding="utf-8")))


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for name, inner in value.items():
            if name in ("text", "message") and isinstance(inner, str):
                yield " ".join(inner.split())
            else:
                yield from _texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner)


def key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    main()
