"""The whole classifier as staff meet it, shared by the benchmarks: the model's prediction, then
the safety net, then the demo configuration's doubt threshold."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from triage.bootstrap import corpus_files
from triage.classifier import store
from triage.config import PACKAGE_DIR
from triage.config import load as load_settings
from triage.domain.decision import decide
from triage.domain.model import Label
from triage.domain.ports import Classifier
from triage.domain.safety_net import scan

DEMO_CONFIG = PACKAGE_DIR / "data" / "demo.toml"


def seed_model() -> Classifier:
    """A model trained on the seed corpus, as on first use."""
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as folder:
        return store.load_or_train(Path(folder), corpus_files())


def final_labels(model: Classifier, texts: Sequence[str]) -> list[tuple[Label, bool]]:
    """Each text's label, and whether the safety net's rules alone raise it to emergency."""
    at = datetime.now(UTC)
    threshold = load_settings(DEMO_CONFIG).classifier.uncertain_below
    labelled = []
    for prediction, text in zip(model.predict(texts), texts, strict=True):
        hit = scan(text)
        labelled.append((decide(prediction, hit, threshold, at).label, hit is not None))
    return labelled
