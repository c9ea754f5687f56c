"""Learning from staff corrections, end to end through the store, on a small corpus."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.classifier.test_pipeline import TINY
from triage.bootstrap import corpus_files
from triage.classifier import store
from triage.classifier.pipeline import (
    TextFeatures,
    out_of_fold_scores,
    read_examples,
    softmax,
    train,
)
from triage.classifier.store import ModelTrainer
from triage.domain.model import Label

PROBE = "new videos on my channel every friday"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "seed.jsonl"
    lines = [json.dumps({"text": text, "label": label.value}) for text, label in TINY * 2]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_corrections_change_a_prediction_they_should(tmp_path: Path, corpus: Path) -> None:
    trainer = ModelTrainer(tmp_path / "models", [corpus])
    trainer.train([])
    before = store.load(tmp_path / "models").predict([PROBE])[0]
    assert before.label is not Label.TROLL
    corrections = [(PROBE, Label.TROLL), ("sub4sub follow back my channel", Label.TROLL)] * 3
    report = trainer.train(corrections)
    after = store.load(tmp_path / "models").predict([PROBE])[0]
    assert after.label is Label.TROLL
    assert after.scores[Label.TROLL] > before.scores[Label.TROLL]
    assert report.corrections == 6 and report.previous_version == before.model_version


def test_rollback_restores_the_previous_model(tmp_path: Path, corpus: Path) -> None:
    trainer = ModelTrainer(tmp_path / "models", [corpus])
    first = trainer.train([]).version
    trainer.train([(PROBE, Label.TROLL)] * 3)
    assert trainer.rollback() == first
    assert store.load(tmp_path / "models").version == first


def test_the_manifest_records_held_out_metrics(tmp_path: Path, corpus: Path) -> None:
    report = ModelTrainer(tmp_path / "models", [corpus]).train([])
    manifest = store.metadata(tmp_path / "models", report.version)
    assert set(manifest["held_out"]) == {"macro_f1", "emergency_recall", "emergency_precision"}


def test_calibrated_confidence_tracks_accuracy_on_the_seed_corpus() -> None:
    """Calibration sanity: held-out confidence is neither wildly over- nor under-confident."""
    texts, labels = read_examples(corpus_files())
    model, _ = train(texts, labels)
    features = TextFeatures()
    matrix = features.fit(texts)
    targets = np.array([list(Label).index(label) for label in labels])
    held_out = softmax(out_of_fold_scores(matrix, targets, 5) / model.temperature)
    confidence = held_out.max(axis=1)
    accuracy = (held_out.argmax(axis=1) == targets).astype(float)
    assert abs(confidence.mean() - accuracy.mean()) < 0.05
