"""A learned second opinion on outgoing replies, beside the reply policy's rules.

The rules name what they find and rarely block a safe reply, but new writers keep finding
wordings they miss ("a lot of folks find a warm compress helps"). This model scores the whole
reply, with the classifier's n-gram and embedding features, trained on invented safe and
unsafe replies (`data/replies/`). Its threshold is set on held-out safe replies so that it
blocks few of them; the rules decide the rest.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from triage.classifier import store
from triage.classifier.embedding import load_shipped
from triage.classifier.pipeline import TextFeatures, content_version, features_fingerprint
from triage.config import PACKAGE_DIR
from triage.domain.addresses import HANDLE, LINK, SOMEONE
from triage.domain.policy import ScreenVerdict

if TYPE_CHECKING:
    from sklearn.linear_model import SGDClassifier

REPLY_CORPUS = PACKAGE_DIR / "data" / "replies"
# Share of held-out safe replies the model alone may block. The product allows at most 5% of
# safe replies blocked and wants at least 95% of unsafe ones. Chosen by holding out each review
# table in turn (tables 9-16, rules included): 1% blocked 95.4% of unsafe and 1.5% of safe
# replies, 2% 96.2% and 1.9%, 3% 97.4% and 2.4% (no table above 4.6%). Blind tables fell
# short of those unsafe figures by a few points, so the margin goes to the unsafe side.
# Checked again on tables 13, 15 and 17-24 with the announcement and health-talk replies:
# 2% blocked 96.5% and 1.2%, 3% 97.8% and 1.6%; on tables 24-29 with the topic replies, 3%
# blocked 97.3% and 2.6%; on tables 30-39 with the register pairs, 3% blocked 98.2% and 2.5%.
# Blind tables 40-46, written after all of it: 98.1% and 3.0%.
SAFE_BLOCKED = 0.03
FOLDS = 5

# Whose handle, link, number or email it is decides whether it is safe, and only the rules
# know the practice's own: masked, the model learns the words around them instead of the
# made-up numbers of its training replies.
_MASKS = (
    (LINK, "link"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "email"),
    (HANDLE, SOMEONE),
    (
        re.compile(r"(?<!\w)(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})?[ .-]?\d{3}[ .-]\d{4}(?!\w)"),
        "number",
    ),
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def masked(text: str) -> str:
    for pattern, stand_in in _MASKS:
        text = pattern.sub(stand_in, text)
    return text


@dataclass
class ReplyScreenModel:
    """The ReplyScreen port: a verdict when the probability that a reply is unsafe reaches
    the threshold, quoting the sentence that alone reads most unsafe."""

    features: TextFeatures
    coef: np.ndarray
    intercept: float
    threshold: float
    version: str

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        matrix = self.features.transform([masked(text) for text in texts])
        scores = np.asarray(matrix @ self.coef).ravel() + self.intercept
        return 1.0 / (1.0 + np.exp(-scores))

    def flags(self, text: str) -> ScreenVerdict | None:
        [probability] = self.probabilities([text])
        if probability < self.threshold:
            return None
        return ScreenVerdict(float(probability), self._worst_sentence(text))

    def _worst_sentence(self, text: str) -> str:
        """The sentence that alone reads most unsafe: what staff should look at first."""
        sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
        if len(sentences) < 2:
            return text.strip()
        return sentences[int(self.probabilities(sentences).argmax())]


def train(texts: Sequence[str], unsafe: Sequence[bool]) -> ReplyScreenModel:
    features = TextFeatures()
    shared = shared_safe_sentences(texts, unsafe)
    matrix = features.fit([masked(text) for text in [*texts, *shared]])
    targets = np.asarray([*unsafe, *[False] * len(shared)], dtype=bool)
    held_out = _out_of_fold_probabilities(matrix, targets)[: len(texts)]
    replies_safe = ~targets[: len(texts)]
    threshold = float(np.quantile(held_out[replies_safe], 1.0 - SAFE_BLOCKED))
    model = _linear().fit(matrix, targets)
    version = _version(texts, unsafe, features.fingerprint)
    coef = model.coef_.ravel().astype(np.float64)
    return ReplyScreenModel(features, coef, float(model.intercept_[0]), threshold, version)


def shared_safe_sentences(texts: Sequence[str], unsafe: Sequence[bool]) -> list[str]:
    """Sentences of safe replies that other replies repeat, as safe examples on their own.

    Unsafe replies open and close like safe ones ("Thanks for reaching out!"); without this,
    a greeting used more often before advice than before a phone number reads as unsafe.
    """
    seen: Counter[str] = Counter()
    in_safe: set[str] = set()
    for text, flag in zip(texts, unsafe, strict=True):
        sentences = {s.strip() for s in _SENTENCE_END.split(masked(text)) if len(s.strip()) > 3}
        seen.update(sentences)
        if not flag:
            in_safe |= sentences
    return sorted(sentence for sentence in in_safe if seen[sentence] > 1)


def _linear() -> SGDClassifier:
    from sklearn.linear_model import SGDClassifier  # training only: keeps it out of start-up

    return SGDClassifier(loss="log_loss", alpha=1e-5, max_iter=50, tol=1e-4, random_state=0)


def _out_of_fold_probabilities(matrix: object, targets: np.ndarray) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold  # training only

    probabilities = np.zeros(len(targets))
    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    for kept, held_out in splitter.split(np.zeros(len(targets)), targets):
        fitted = _linear().fit(matrix[kept], targets[kept])  # type: ignore[index]
        probabilities[held_out] = fitted.predict_proba(matrix[held_out])[:, 1]  # type: ignore[index]
    return probabilities


def _version(texts: Sequence[str], unsafe: Sequence[bool], embedding: str) -> str:
    examples = (f"{int(flag)}\t{text}" for text, flag in zip(texts, unsafe, strict=True))
    return content_version("reply-screen", embedding, examples)


def read_replies(folder: Path = REPLY_CORPUS) -> tuple[list[str], list[bool]]:
    texts: list[str] = []
    unsafe: list[bool] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                record = json.loads(line)
                if not isinstance(record.get("unsafe"), bool) or not record.get("text"):
                    raise ValueError(f"{path}:{number}: needs a text and unsafe: true or false")
                texts.append(record["text"])
                unsafe.append(record["unsafe"])
    return texts, unsafe


def save(model: ReplyScreenModel, folder: Path) -> Path:
    arrays = {"coef": model.coef, "idf": model.features.idf}
    metadata = {"intercept": model.intercept, "threshold": model.threshold}
    return store.save_arrays(folder, model.version, arrays, model.features.fingerprint, metadata)


def load(folder: Path) -> ReplyScreenModel:
    data, manifest, embedding = store.load_arrays(folder)
    return ReplyScreenModel(
        TextFeatures(embedding, idf=data["idf"]),
        data["coef"],
        float(manifest["intercept"]),
        float(manifest["threshold"]),
        manifest["version"],
    )


def load_or_train(folder: Path, corpus: Path = REPLY_CORPUS) -> ReplyScreenModel:
    """The saved screen for this corpus; trained (a few seconds) when there is none yet."""
    texts, unsafe = read_replies(corpus)
    version = _version(texts, unsafe, features_fingerprint(load_shipped()))
    if store.current_version(folder) != version:
        save(train(texts, unsafe), folder)
    return load(folder)


class LazyReplyScreen:
    """Loads (or first trains) the screen only when a reply is first checked.

    A template preview checks the same few renderings on every keystroke, so verdicts are
    remembered per text.
    """

    def __init__(self, loader: Callable[[], ReplyScreenModel]) -> None:
        self._loader = loader
        self._model: ReplyScreenModel | None = None
        self.flags = lru_cache(maxsize=4096)(self._flags)

    def _flags(self, text: str) -> ScreenVerdict | None:
        if self._model is None:
            self._model = self._loader()
        return self._model.flags(text)
