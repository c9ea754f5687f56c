"""Keyword safety net: clear emergency language is never missed, whatever the model says.

It can only raise a label to emergency. Because it overrides the model it must not cry wolf:
each candidate phrase is checked against negation, past or hypothetical framing, general
questions, awareness posts and joking hyperbole before it counts.

Matching runs on a normalised text: lower case, no accents, no apostrophes, every run of a
repeated letter squeezed to one ("killl myselfff" -> "kil myself"), punctuation reduced to
"." "?" ",". Rule patterns are written in plain spelling and squeezed the same way when compiled.

Speed: each rule names trigger words it cannot match without. A message only runs the rules
whose triggers it contains, so most messages cost a normalisation and a few set lookups.

Layout: `normalise` (the normal form of texts and patterns), `rule` (a rule and a hit),
`vocabulary` (word lists, vetoes and cues shared by rules), the rules by emergency
(`rules_suicide`, `rules_disclosure_en`, `rules_disclosure_es`, `rules_self_harm`, `rules_airway`,
`rules_poisoning`, `rules_circulation`, `rules_neuro`, `rules_infants`, `rules_pregnancy`,
`rules_injury`, `rules_metabolic`),
`framing` (the objections that keep a
matched phrase from counting), and here the rule order and the scan itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.domain.safety_net.framing import MAX_CANDIDATES_PER_RULE, OBJECTIONS, context
from triage.domain.safety_net.normalise import WORDS_ONLY, normalise_text
from triage.domain.safety_net.rule import TRIGGER_LENGTH, Rule, SafetyNetHit
from triage.domain.safety_net.rules_airway import (
    ANAPHYLAXIS_RULES,
    BREATHING_RULES,
    UNRESPONSIVE_RULES,
)
from triage.domain.safety_net.rules_circulation import BLEEDING_RULES, CHEST_RULES, DEVICE_RULES
from triage.domain.safety_net.rules_disclosure_en import DISCLOSURE_RULES
from triage.domain.safety_net.rules_disclosure_es import DISCLOSURE_RULES_ES
from triage.domain.safety_net.rules_infants import CHILD_RULES, INFANT_RULES
from triage.domain.safety_net.rules_injury import (
    BURN_RULES,
    ELECTRIC_RULES,
    EYE_AND_BITE_RULES,
    HELP_RULES,
    INJURY_RULES,
)
from triage.domain.safety_net.rules_metabolic import SUGAR_RULES
from triage.domain.safety_net.rules_neuro import SEIZURE_RULES, STROKE_RULES
from triage.domain.safety_net.rules_poisoning import (
    CARBON_MONOXIDE_RULES,
    CHILD_INGESTION_RULES,
    OVERDOSE_RULES,
)
from triage.domain.safety_net.rules_pregnancy import LABOUR_RULES
from triage.domain.safety_net.rules_self_harm import SELF_HARM_RULES
from triage.domain.safety_net.rules_suicide import SUICIDE_RULES

__all__ = ["SafetyNetHit", "scan"]

# Strongest first: when a message holds several signals the reply addresses the worst, and
# self-harm always wins because its reply must carry the crisis line.
_RULES: tuple[Rule, ...] = (
    *SUICIDE_RULES,
    *DISCLOSURE_RULES,
    *DISCLOSURE_RULES_ES,
    *SELF_HARM_RULES,
    *UNRESPONSIVE_RULES,
    *BREATHING_RULES,
    *ANAPHYLAXIS_RULES,
    *OVERDOSE_RULES,
    *CHILD_INGESTION_RULES,
    *BLEEDING_RULES,
    *SEIZURE_RULES,
    *STROKE_RULES,
    *CHEST_RULES,
    *DEVICE_RULES,
    *INFANT_RULES,
    *CHILD_RULES,
    *LABOUR_RULES,
    *INJURY_RULES,
    *EYE_AND_BITE_RULES,
    *ELECTRIC_RULES,
    *BURN_RULES,
    *CARBON_MONOXIDE_RULES,
    *SUGAR_RULES,
    *HELP_RULES,
)


def _trigger_index(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, tuple[int, ...]] = {}
    for position, rule in enumerate(rules):
        for key in rule.triggers:
            index[key] = (*index.get(key, ()), position)
    return index


_TRIGGERS = _trigger_index(_RULES)
_TRIGGER_KEYS = frozenset(_TRIGGERS)


def _matches(rule: Rule, text: str) -> Iterator[re.Match[str]]:
    # Patterns carry no leading \b so that re can use its literal-prefix search; the word
    # boundary is checked here instead.
    position, seen = 0, 0
    while seen < MAX_CANDIDATES_PER_RULE and (match := rule.regex.search(text, position)):
        start = match.start()
        if start == 0 or not text[start - 1].isalnum():
            seen += 1
            yield match
        position = start + 1


def _fires(rule: Rule, text: str) -> bool:
    for match in _matches(rule, text):
        ctx = context(text, match)
        if not any(objection(rule, ctx) for objection in OBJECTIONS):
            return True
    return False


def _woken(text: str) -> list[int]:
    prefixes = {word[:TRIGGER_LENGTH] for word in text.translate(WORDS_ONLY).split()}
    woken: set[int] = set()
    for key in prefixes & _TRIGGER_KEYS:
        woken.update(_TRIGGERS[key])
    return sorted(woken)


def scan(text: str) -> SafetyNetHit | None:
    """Return the strongest unambiguous emergency signal in text, or None."""
    normalised = normalise_text(text)
    for position in _woken(normalised):
        rule = _RULES[position]
        if _fires(rule, normalised):
            return SafetyNetHit(rule.reason, rule.crisis)
    return None
