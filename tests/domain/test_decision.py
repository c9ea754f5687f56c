from __future__ import annotations

import pytest

from tests.fakes.ports import START
from triage.domain.decision import decide
from triage.domain.model import DecisionSource, Label, Prediction
from triage.domain.safety_net import SafetyNetHit

DOUBT_BELOW = 0.6


def prediction(**scores: float) -> Prediction:
    ranked = {Label(name.replace("_", "-")): score for name, score in scores.items()}
    best = max(ranked, key=lambda label: ranked[label])
    return Prediction(best, ranked[best], ranked, "m-1")


SURE_GENERAL = prediction(general=0.9, emergency=0.05, medical_question=0.03, troll=0.02)
DOUBTFUL_GENERAL = prediction(general=0.45, emergency=0.35, medical_question=0.15, troll=0.05)
DOUBTFUL_TROLL = prediction(troll=0.5, general=0.3, emergency=0.15, medical_question=0.05)
# Emergency second, but no likelier than a guess among four labels.
FAINT_EMERGENCY = prediction(general=0.55, emergency=0.24, medical_question=0.2, troll=0.01)


def test_a_rule_raises_the_label_and_says_why() -> None:
    hit = SafetyNetHit("suicidal_intent", crisis=True)
    decided = decide(SURE_GENERAL, hit, DOUBT_BELOW, START)
    assert decided.label is Label.EMERGENCY and decided.source is DecisionSource.RULE
    assert decided.crisis and decided.reason == "suicidal_intent"


def test_a_confident_model_decides_alone() -> None:
    decided = decide(SURE_GENERAL, None, DOUBT_BELOW, START)
    assert decided.label is Label.GENERAL and not decided.uncertain


def test_doubt_with_emergency_second_resolves_toward_emergency() -> None:
    decided = decide(DOUBTFUL_GENERAL, None, DOUBT_BELOW, START)
    assert decided.label is Label.EMERGENCY and decided.uncertain


def test_doubt_between_other_labels_keeps_the_models_label() -> None:
    decided = decide(DOUBTFUL_TROLL, None, DOUBT_BELOW, START)
    assert decided.label is Label.TROLL and decided.uncertain


def test_a_runner_up_emergency_no_likelier_than_chance_leaves_the_label() -> None:
    decided = decide(FAINT_EMERGENCY, None, DOUBT_BELOW, START)
    assert decided.label is Label.GENERAL and decided.uncertain


@pytest.mark.parametrize(
    ("model", "expected"), [(SURE_GENERAL, Label.GENERAL), (DOUBTFUL_GENERAL, Label.EMERGENCY)]
)
def test_a_text_the_model_cannot_read_is_always_in_doubt(
    model: Prediction, expected: Label
) -> None:
    decided = decide(model, None, DOUBT_BELOW, START, readable=False)
    assert decided.uncertain and decided.label is expected
