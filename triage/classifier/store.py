"""Versioned model files that load without executing code (numpy arrays, no pickle)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from triage.classifier.pipeline import LinearModel, TextFeatures, fit, read_examples

ARRAYS = "arrays.npz"
MANIFEST = "manifest.json"
CURRENT = "CURRENT"
PREVIOUS = "PREVIOUS"


class ModelStoreError(Exception):
    """The model folder is missing, incomplete or has been altered."""


def save(model: LinearModel, folder: Path, metadata: dict[str, object] | None = None) -> Path:
    """Write the model as a new version and make it current; the old current becomes previous."""
    target = folder / model.version
    target.mkdir(parents=True, exist_ok=True)
    arrays = target / ARRAYS
    np.savez_compressed(arrays, coef=model.coef, intercept=model.intercept, idf=model.features.idf)
    manifest = {
        "version": model.version,
        "temperature": model.temperature,
        "sha256": _digest(arrays),
        **(metadata or {}),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    _point(folder, model.version)
    return target


def load(folder: Path, version: str | None = None) -> LinearModel:
    chosen = version or current_version(folder)
    if chosen is None:
        raise ModelStoreError(f"{folder}: no trained model (run `triage train`)")
    target = folder / chosen
    manifest = _manifest(target)
    arrays = target / ARRAYS
    if not arrays.is_file() or _digest(arrays) != manifest.get("sha256"):
        raise ModelStoreError(f"{arrays}: checksum does not match {MANIFEST}; refusing to load")
    with np.load(arrays, allow_pickle=False) as data:
        features = TextFeatures(idf=data["idf"])
        return LinearModel(
            features, data["coef"], data["intercept"], chosen, float(str(manifest["temperature"]))
        )


def current_version(folder: Path) -> str | None:
    pointer = folder / CURRENT
    return pointer.read_text(encoding="utf-8").strip() if pointer.is_file() else None


def previous_version(folder: Path) -> str | None:
    pointer = folder / PREVIOUS
    return pointer.read_text(encoding="utf-8").strip() if pointer.is_file() else None


def metadata(folder: Path, version: str) -> dict[str, object]:
    return _manifest(folder / version)


def _manifest(target: Path) -> dict[str, object]:
    try:
        return dict(json.loads((target / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise ModelStoreError(f"{target / MANIFEST}: unreadable ({error})") from None


def _point(folder: Path, version: str) -> None:
    old = current_version(folder)
    if old and old != version:
        (folder / PREVIOUS).write_text(old + "\n", encoding="utf-8")
    (folder / CURRENT).write_text(version + "\n", encoding="utf-8")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_or_train(folder: Path, corpus: Sequence[Path]) -> LinearModel:
    """The current model; on first use, train one from the seed corpus and keep it."""
    if current_version(folder) is not None:
        return load(folder)
    texts, labels = read_examples(corpus)
    model = fit(texts, labels)
    save(model, folder, {"trained_on": len(texts), "corpus": [p.name for p in corpus]})
    return model
