"""scikit-learn features and a linear model: fit on labelled texts, predict the Classifier port."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize_scalar
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import StratifiedKFold

from triage.domain.model import Label, Prediction

WORD_FEATURES = 2**18
CHAR_FEATURES = 2**19
LABELS = tuple(Label)


def _word_hasher() -> HashingVectorizer:
    return HashingVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        n_features=WORD_FEATURES,
        alternate_sign=False,
        norm=None,
        strip_accents="unicode",
        token_pattern=r"(?u)\b\w+\b|[^\w\s]",
    )


def _char_hasher() -> HashingVectorizer:
    # Character n-grams inside word boundaries survive the typos and slang of real inboxes.
    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        n_features=CHAR_FEATURES,
        alternate_sign=False,
        norm=None,
        strip_accents="unicode",
    )


@dataclass
class TextFeatures:
    """Hashed word and character n-grams with sublinear TF-IDF; stateless but for the idf."""

    idf: np.ndarray = field(default_factory=lambda: np.ones(0))
    _word: HashingVectorizer = field(default_factory=_word_hasher, repr=False)
    _char: HashingVectorizer = field(default_factory=_char_hasher, repr=False)

    def counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        lowered = [text.lower() for text in texts]
        return sparse.hstack([self._word.transform(lowered), self._char.transform(lowered)]).tocsr()

    def fit(self, texts: Sequence[str]) -> sparse.csr_matrix:
        counts = self.counts(texts)
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        self.idf = np.log((1 + counts.shape[0]) / (1 + document_frequency)) + 1.0
        return self._weigh(counts)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return self._weigh(self.counts(texts))

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        weighted = counts.astype(np.float64)
        weighted.data = np.log1p(weighted.data)
        weighted = weighted.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.diags(1.0 / norms) @ weighted


@dataclass
class LinearModel:
    """The Classifier port: softmax over a linear model's scores, in Label order."""

    features: TextFeatures
    coef: np.ndarray
    intercept: np.ndarray
    version: str
    temperature: float = 1.0

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        probabilities = self.probabilities(texts)
        return [self._prediction(row) for row in probabilities]

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        scores = self.features.transform(texts) @ self.coef.T + self.intercept
        return softmax(np.asarray(scores) / self.temperature)

    def _prediction(self, row: np.ndarray) -> Prediction:
        best = int(row.argmax())
        scores = {label: round(float(p), 4) for label, p in zip(LABELS, row, strict=True)}
        return Prediction(LABELS[best], scores[LABELS[best]], scores, self.version)


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def fit(texts: Sequence[str], labels: Sequence[Label], folds: int = 5) -> LinearModel:
    """Train on every example; the temperature comes from out-of-fold scores, so it is honest."""
    missing = set(LABELS) - set(labels)
    if missing:
        raise ValueError(f"training data has no example of {sorted(missing)}")
    features = TextFeatures()
    matrix = features.fit(texts)
    targets = np.array([LABELS.index(label) for label in labels])
    usable_folds = min(folds, int(np.bincount(targets).min()))
    temperature = 1.0
    if usable_folds >= 2:  # too few examples of a label to hold any out: leave uncalibrated
        temperature = calibrate(out_of_fold_scores(matrix, targets, usable_folds), targets)
    model = _linear().fit(matrix, targets)
    coef = model.coef_.astype(np.float32)
    version = training_version(texts, labels)
    return LinearModel(features, coef, model.intercept_, version, temperature)


def _linear() -> SGDClassifier:
    # Logistic loss gives scores that calibrate well; SGD trains in under a second where
    # a full solver takes tens, and first-use training is part of the demo.
    return SGDClassifier(
        loss="log_loss",
        alpha=1e-5,
        class_weight="balanced",
        max_iter=50,
        tol=1e-4,
        random_state=0,
    )


def out_of_fold_scores(matrix: sparse.csr_matrix, targets: np.ndarray, folds: int) -> np.ndarray:
    scores = np.zeros((matrix.shape[0], len(LABELS)))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for train, held_out in splitter.split(matrix, targets):
        scores[held_out] = (
            _linear().fit(matrix[train], targets[train]).decision_function(matrix[held_out])
        )
    return scores


def calibrate(scores: np.ndarray, targets: np.ndarray) -> float:
    """The softmax temperature that minimises log loss on held-out scores."""

    def log_loss(temperature: float) -> float:
        probabilities = softmax(scores / temperature)
        return float(-np.log(probabilities[np.arange(len(targets)), targets] + 1e-12).mean())

    return float(minimize_scalar(log_loss, bounds=(0.05, 20.0), method="bounded").x)


def training_version(texts: Sequence[str], labels: Sequence[Label]) -> str:
    digest = hashlib.sha256()
    for text, label in zip(texts, labels, strict=True):
        digest.update(f"{label.value}\t{text}\n".encode())
    return f"tfidf-lr-{digest.hexdigest()[:10]}"


def read_examples(paths: Sequence[Path]) -> tuple[list[str], list[Label]]:
    """Texts and labels from JSONL files of {"text", "label"} objects."""
    texts: list[str] = []
    labels: list[Label] = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    text, label = _example(json.loads(line), path, number)
                    texts.append(text)
                    labels.append(label)
    return texts, labels


def _example(record: dict[str, str], path: Path, number: int) -> tuple[str, Label]:
    try:
        return record["text"], Label(record["label"])
    except (KeyError, ValueError) as error:
        raise ValueError(f"{path}:{number}: not a labelled example ({error})") from None
