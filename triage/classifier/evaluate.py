"""Per-label precision, recall and F1, macro-F1, the confusion matrix and missed emergencies."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from triage.domain.model import Label


@dataclass(frozen=True)
class LabelScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Evaluation:
    per_label: dict[Label, LabelScores]
    macro_f1: float
    accuracy: float
    confusion: dict[Label, dict[Label, int]]
    missed_emergencies: list[Hashable] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "labels": {
                label.value: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for label, s in self.per_label.items()
            },
            "confusion": {
                truth.value: {guess.value: n for guess, n in row.items()}
                for truth, row in self.confusion.items()
            },
            "missed_emergencies": list(self.missed_emergencies),
        }


def evaluate(
    expected: Sequence[Label], predicted: Sequence[Label], ids: Sequence[Hashable] = ()
) -> Evaluation:
    """Compare labels; ids (optional, same order) name the emergencies that were missed."""
    confusion = {truth: dict.fromkeys(Label, 0) for truth in Label}
    for truth, guess in zip(expected, predicted, strict=True):
        confusion[truth][guess] += 1
    per_label = {label: _scores(label, confusion) for label in Label}
    present = [s.f1 for s in per_label.values() if s.support]
    correct = sum(confusion[label][label] for label in Label)
    missed = [
        ident
        for ident, truth, guess in zip(ids, expected, predicted, strict=False)
        if truth is Label.EMERGENCY and guess is not Label.EMERGENCY
    ]
    return Evaluation(
        per_label,
        macro_f1=sum(present) / len(present) if present else 0.0,
        accuracy=correct / len(expected) if expected else 0.0,
        confusion=confusion,
        missed_emergencies=missed,
    )


def _scores(label: Label, confusion: dict[Label, dict[Label, int]]) -> LabelScores:
    true_positive = confusion[label][label]
    support = sum(confusion[label].values())
    predicted = sum(row[label] for row in confusion.values())
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScores(precision, recall, f1, support)
