"""Labels, and what a model, a rule or a person decided about a message; retraining reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Label(StrEnum):
    EMERGENCY = "emergency"
    MEDICAL_QUESTION = "medical-question"
    TROLL = "troll"
    GENERAL = "general"

    @property
    def priority(self) -> int:
        """Lower comes first in the queue: emergencies before everything."""
        return list(Label).index(self)


class DecisionSource(StrEnum):
    MODEL = "model"
    RULE = "rule"
    STAFF = "staff"


@dataclass(frozen=True)
class Prediction:
    """What a model says about one text."""

    label: Label
    confidence: float
    scores: dict[Label, float]
    model_version: str


@dataclass(frozen=True)
class Classification:
    label: Label
    confidence: float
    scores: dict[Label, float]
    model_version: str
    source: DecisionSource
    crisis: bool = False
    uncertain: bool = False
    reason: str = ""
    created_at: datetime | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class TrainingReport:
    """What a retraining produced; the metrics are measured on held-out folds."""

    version: str
    examples: int
    corrections: int
    metrics: dict[str, float]
    previous_version: str | None = None
