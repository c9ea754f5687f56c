"""What a rule is, what a hit is, and how rules are declared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.domain.safety_net.normalise import compile, squeeze


@dataclass(frozen=True)
class SafetyNetHit:
    """Why a message must be treated as an emergency."""

    reason: str  # short machine-readable reason, e.g. "chest_pain", "suicidal_intent"
    crisis: bool  # True for suicide / self-harm: the reply must name the crisis line (988)


_CRISIS_REASONS = ("suicidal_intent", "self_harm")
TRIGGER_LENGTH = 5  # triggers compare word prefixes: "breathe", "breathing" -> "breat"


@dataclass(frozen=True)
class Rule:
    reason: str
    triggers: tuple[str, ...]  # squeezed word prefixes; without one of them the rule is skipped
    regex: re.Pattern[str]
    hyperbole: bool  # a laughter marker nearby cancels it
    negatable: bool  # False when the negation is part of the phrase ("can't breathe")
    bare: bool  # a bare symptom noun: a question about it is not an emergency
    veto: re.Pattern[str] | None  # same sentence: an innocent explanation
    needs: re.Pattern[str] | None  # nearby: a cue without which the phrase is ambiguous

    @property
    def crisis(self) -> bool:
        return self.reason in _CRISIS_REASONS


def make_rule(
    reason: str,
    triggers: str,
    pattern: str,
    *,
    hyperbole: bool = False,
    negatable: bool = True,
    bare: bool = False,
    veto: re.Pattern[str] | None = None,
    needs: re.Pattern[str] | None = None,
) -> Rule:
    keys = tuple(squeeze(word)[:TRIGGER_LENGTH] for word in triggers.split())
    return Rule(reason, keys, compile(pattern), hyperbole, negatable, bare, veto, needs)
