"""Reply rules: no medical advice, no patient-identifying details, disclaimer, length."""

import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from triage.domain.policy import (
    dates,
    diagnosis,
    directives,
    dose,
    effects,
    identity,
    outlook,
    prognosis,
    relayed,
    results,
    self_care,
    suggestions,
    treatment,
)
from triage.domain.policy.contacts import check_contacts
from triage.domain.policy.context import PracticeFacts, ReplyContext, ReplyScreen, ScreenVerdict
from triage.domain.policy.dates import check_dates
from triage.domain.policy.disclaimer import check_disclaimer
from triage.domain.policy.echo import check_echo
from triage.domain.policy.findings import (
    NOT_OVERRIDABLE,
    Finding,
    Severity,
    finding,
    is_blocked,
    merge,
    stopping,
)
from triage.domain.policy.form import check_length, check_tone
from triage.domain.policy.matching import Folded, Rule, fold, rx
from triage.domain.policy.names import NAMED_IN_LOWER_CASE, check_names, check_relatives
from triage.domain.policy.vocabulary import ABOUT_THE_OFFICE, TEACHES_EVERYONE

__all__ = [
    "NOT_OVERRIDABLE",
    "Finding",
    "PracticeFacts",
    "ReplyContext",
    "ReplyScreen",
    "ScreenVerdict",
    "Severity",
    "check_reply",
    "is_blocked",
    "stopping",
]


def check_reply(text: str, context: ReplyContext) -> list[Finding]:
    """Every problem found in an outgoing reply, BLOCK findings first."""
    reply = fold(unicodedata.normalize("NFC", text))
    if not reply.text.strip():
        return [finding("text.empty", Severity.BLOCK)]
    findings = [
        *check_length(reply.source, context.max_length),
        *check_disclaimer(reply, context),
        *_check_rules(reply),
        *check_contacts(reply, context.facts),
        *check_dates(reply),
        *check_names(reply.source, context),
        *check_relatives(reply, context),
        *check_echo(reply, context.inbound_text),
        *check_tone(reply.source),
        *_check_screen(reply.source, context),
    ]
    return merge(findings)


_PASSAGE_LIMIT = 44


def _check_screen(text: str, context: ReplyContext) -> Iterator[Finding]:
    verdict = context.screen.flags(text) if context.screen else None
    if verdict is not None:
        passage = " ".join(verdict.passage.split())
        if len(passage) > _PASSAGE_LIMIT:  # cut here, so that the quote and certainty survive
            passage = passage[: _PASSAGE_LIMIT - 1].rstrip() + "…"
        detail = f'"{passage}", {verdict.certainty:.0%} sure'
        yield finding("screen.unsafe", Severity.BLOCK, detail)


# Advice found in a sentence that teaches everyone ("colds are caused by viruses") is
# health education, and an outlook for the office's phones is not a prognosis; doses and
# results are never excused this way.
_SENTENCE_EXCUSES = {
    "medical_advice.diagnosis": TEACHES_EVERYONE,
    "medical_advice.directive": TEACHES_EVERYONE,
    "medical_advice.medicine": TEACHES_EVERYONE,
    "medical_advice.prognosis": rx(TEACHES_EVERYONE.pattern, ABOUT_THE_OFFICE.pattern),
}


def _with_sentence_excuse(rule: Rule) -> Rule:
    excuse = _SENTENCE_EXCUSES.get(rule.code)
    if excuse is None:
        return rule
    own = rule.unless_in_sentence
    return replace(rule, unless_in_sentence=rx(own.pattern, excuse.pattern) if own else excuse)


_RULES: tuple[Rule, ...] = tuple(
    _with_sentence_excuse(rule)
    for rule in (
        *dose.RULES,
        *directives.RULES,
        *self_care.RULES,
        *treatment.RULES,
        *suggestions.RULES,
        *effects.RULES,
        *diagnosis.RULES,
        *prognosis.RULES,
        *outlook.RULES,
        *results.RULES,
        *identity.RULES,
        *dates.RULES,
        *relayed.RULES,
        NAMED_IN_LOWER_CASE,
    )
)


def _check_rules(reply: Folded) -> Iterator[Finding]:
    for rule in _RULES:
        match = rule.first_match(reply.text)
        if match:
            yield finding(rule.code, rule.severity, reply.quote(*match.span()))
