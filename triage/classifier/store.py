"""Versioned model files that load without executing code (numpy arrays, no pickle)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from triage.classifier.embedding import StaticEmbedding, digest, load_shipped
from triage.classifier.evaluate import Evaluation
from triage.classifier.pipeline import (
    LinearModel,
    TextFeatures,
    features_fingerprint,
    read_examples,
    train,
)
from triage.domain.model import Label, TrainingReport

ARRAYS = "arrays.npz"
MANIFEST = "manifest.json"
CURRENT = "CURRENT"
PREVIOUS = "PREVIOUS"


class ModelStoreError(Exception):
    """The model folder is missing, incomplete or has been altered."""


def save(model: LinearModel, folder: Path, metadata: dict[str, object] | None = None) -> Path:
    """Write the model as a new version and make it current; the old current becomes previous."""
    arrays = {"coef": model.coef, "intercept": model.intercept, "idf": model.features.idf}
    described = {"temperature": model.temperature, **(metadata or {})}
    return save_arrays(folder, model.version, arrays, model.features.fingerprint, described)


def load(folder: Path, version: str | None = None) -> LinearModel:
    data, manifest, embedding = load_arrays(folder, version)
    features = TextFeatures(embedding, idf=data["idf"])
    temperature = float(str(manifest["temperature"]))
    return LinearModel(features, data["coef"], data["intercept"], manifest["version"], temperature)


def save_arrays(
    folder: Path,
    version: str,
    arrays: dict[str, np.ndarray],
    features: str,
    metadata: Mapping[str, object],
) -> Path:
    """A new version folder (arrays, and a manifest with their sha256), made current."""
    target = folder / version
    target.mkdir(parents=True, exist_ok=True)
    path = target / ARRAYS
    named: dict[str, Any] = arrays  # numpy's stub types **kwds as its allow_pickle flag
    with _atomic(path) as partial, partial.open("wb") as out:
        np.savez_compressed(out, **named)
    manifest = {
        "version": version,
        "sha256": digest(path),
        "features": features,
        **metadata,
    }
    _write(target / MANIFEST, json.dumps(manifest, indent=2))
    _point(folder, version)
    return target


def load_arrays(
    folder: Path, version: str | None = None
) -> tuple[dict[str, np.ndarray], dict[str, Any], StaticEmbedding]:
    """A version's arrays and manifest, refused if altered or made for other features."""
    chosen = version or current_version(folder)
    if chosen is None:
        raise ModelStoreError(f"{folder}: no trained model (run `triage train`)")
    target = folder / chosen
    manifest = _manifest(target)
    path = target / ARRAYS
    if not path.is_file() or digest(path) != manifest.get("sha256"):
        raise ModelStoreError(f"{path}: checksum does not match {MANIFEST}; refusing to load")
    embedding = load_shipped()
    if manifest.get("features") != features_fingerprint(embedding):
        raise ModelStoreError(
            f"{target}: trained with other features (n-grams or sentence embeddings) than this "
            "version of triage computes; run `triage train` to train a model for this version"
        )
    with np.load(path, allow_pickle=False) as data:
        return {name: data[name] for name in data.files}, {**manifest, "version": chosen}, embedding


def current_version(folder: Path) -> str | None:
    pointer = folder / CURRENT
    return pointer.read_text(encoding="utf-8").strip() if pointer.is_file() else None


def previous_version(folder: Path) -> str | None:
    pointer = folder / PREVIOUS
    return pointer.read_text(encoding="utf-8").strip() if pointer.is_file() else None


def metadata(folder: Path, version: str) -> dict[str, object]:
    return _manifest(folder / version)


def _manifest(target: Path) -> dict[str, Any]:
    try:
        return dict(json.loads((target / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise ModelStoreError(f"{target / MANIFEST}: unreadable ({error})") from None


def _point(folder: Path, version: str) -> None:
    old = current_version(folder)
    if old and old != version:
        _write(folder / PREVIOUS, old + "\n")
    _write(folder / CURRENT, version + "\n")


def _write(path: Path, text: str) -> None:
    with _atomic(path) as partial:
        partial.write_text(text, encoding="utf-8")


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """Write beside the file, then rename: another process never reads half a model."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:6]}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def load_or_train(folder: Path, corpus: Sequence[Path]) -> LinearModel:
    """The current model; on first use, train one from the seed corpus and keep it."""
    if current_version(folder) is None:
        ModelTrainer(folder, corpus).train([])
    return load(folder)


def rollback(folder: Path) -> str:
    """Swap the current and previous versions; the version now current."""
    previous = previous_version(folder)
    if previous is None or not (folder / previous).is_dir():
        raise ModelStoreError(f"{folder}: no previous model to roll back to")
    _point(folder, previous)
    return previous


class ModelTrainer:
    """The Trainer port: seed corpus + corrections -> a new current version, previous kept."""

    def __init__(self, folder: Path, corpus: Sequence[Path]) -> None:
        self._folder = folder
        self._corpus = corpus

    def train(self, corrections: Sequence[tuple[str, Label]]) -> TrainingReport:
        texts, labels = read_examples(self._corpus)
        texts += [text for text, _ in corrections]
        labels += [label for _, label in corrections]
        model, evaluation = train(texts, labels)
        metrics = held_out_metrics(evaluation)
        previous = current_version(self._folder)
        save(
            model,
            self._folder,
            {
                "examples": len(texts),
                "corrections": len(corrections),
                "corpus": [p.name for p in self._corpus],
                "held_out": metrics,
            },
        )
        return TrainingReport(model.version, len(texts), len(corrections), metrics, previous)

    def rollback(self) -> str:
        return rollback(self._folder)


def held_out_metrics(evaluation: Evaluation | None) -> dict[str, float]:
    if evaluation is None:
        return {}
    emergency = evaluation.per_label[Label.EMERGENCY]
    return {
        "macro_f1": round(evaluation.macro_f1, 4),
        "emergency_recall": round(emergency.recall, 4),
        "emergency_precision": round(emergency.precision, 4),
    }
