"""What the policy finds in a reply: codes, severities, and the sentence staff read."""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str


def is_blocked(findings: Iterable[Finding]) -> bool:
    """True when any finding must stop the reply from being sent."""
    return any(finding.severity == Severity.BLOCK for finding in findings)


# A physician may take responsibility for a blocked reply, but not for an empty one or one
# the platform would refuse anyway.
NOT_OVERRIDABLE = frozenset({"text.empty", "length.too_long"})


def stopping(findings: Iterable[Finding], overridden: bool) -> list[Finding]:
    """What stops a reply: every block, or under a physician's override the ones it cannot lift."""
    blocks = [f for f in findings if f.severity == Severity.BLOCK]
    return [f for f in blocks if not overridden or f.code in NOT_OVERRIDABLE]


_MESSAGES: dict[tuple[str, Severity], str] = {
    ("medical_advice.dose", Severity.BLOCK): (
        'Mentions a dose ("{}"): replies must not give dosing advice.'
    ),
    ("medical_advice.directive", Severity.BLOCK): (
        'Tells the person what to do about treatment ("{}"): replies must not give medical advice.'
    ),
    ("medical_advice.medicine", Severity.BLOCK): (
        'Names a medicine ("{}"): replies must not suggest or compare treatments.'
    ),
    ("medical_advice.diagnosis", Severity.BLOCK): (
        'Suggests what the person has ("{}"): replies must not diagnose anyone.'
    ),
    ("medical_advice.prognosis", Severity.BLOCK): (
        'Predicts or reassures about a condition ("{}"): replies must not say how it will go.'
    ),
    ("medical_advice.results", Severity.BLOCK): (
        'Interprets test results ("{}"): results are only discussed by phone or in the portal.'
    ),
    ("phi.name", Severity.BLOCK): (
        'Names a person ("{}"): replies may only name our doctors, like "Dr. Lee".'
    ),
    ("phi.name", Severity.WARN): (
        'Might be a person\'s name ("{}"): check it is not a patient or a relative.'
    ),
    ("phi.date_of_birth", Severity.BLOCK): (
        'Contains a birth date or a date tied to a person ("{}"): remove it.'
    ),
    ("phi.date_of_birth", Severity.WARN): (
        'Contains a full date ("{}"): check it is not about a patient.'
    ),
    ("phi.age", Severity.BLOCK): (
        'Says how old someone is ("{}"): an age tied to a person helps identify them; remove it.'
    ),
    ("phi.record_number", Severity.BLOCK): (
        'Contains a record or account number ("{}"): never post these online.'
    ),
    ("phi.address", Severity.BLOCK): (
        'Contains a street address that is not ours ("{}"): remove it.'
    ),
    ("phi.phone", Severity.BLOCK): (
        'Contains a phone number that is not ours ("{}"): share only the office number, 911 or 988.'
    ),
    ("phi.email", Severity.BLOCK): (
        'Contains an email address that is not ours ("{}"): share only the office email.'
    ),
    ("phi.echo", Severity.BLOCK): (
        'Repeats what the person wrote ("{}"): replies must never echo their message.'
    ),
    ("phi.health_detail", Severity.BLOCK): (
        'Repeats someone\'s health ("{}"): never say back what a person or a relative is '
        "going through."
    ),
    ("phi.confirms_patient", Severity.BLOCK): (
        'Suggests the person is our patient ("{}"): never confirm who is a patient.'
    ),
    ("phi.confirms_patient", Severity.WARN): (
        'May imply the person has an appointment with us ("{}"): prefer general wording.'
    ),
    ("screen.unsafe", Severity.BLOCK): (
        "The learned check reads this as advice about one person's health or care, or details "
        "that identify them ({}): say it in general terms or send them to the office."
    ),
    ("disclaimer.missing", Severity.BLOCK): (
        'Missing the "not medical advice" disclaimer that medical-question replies must carry.'
    ),
    ("length.too_long", Severity.BLOCK): (
        "Too long for this platform ({} characters): shorten it to fit the limit."
    ),
    ("text.empty", Severity.BLOCK): "The reply is empty: write something before sending.",
    ("text.tone", Severity.WARN): ('Reads as over-excited ("{}"): keep a calm, professional tone.'),
}

_SNIPPET_LIMIT = 60


def finding(code: str, severity: Severity, detail: str = "") -> Finding:
    if len(detail) > _SNIPPET_LIMIT:
        detail = detail[: _SNIPPET_LIMIT - 1].rstrip() + "…"
    message = _MESSAGES[(code, severity)].format(" ".join(detail.split()))
    return Finding(code, severity, message)


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per code: the first BLOCK, else the first WARN."""
    kept: dict[str, Finding] = {}
    for finding in findings:
        current = kept.get(finding.code)
        if current is None or (
            current.severity is Severity.WARN and finding.severity is Severity.BLOCK
        ):
            kept[finding.code] = finding
    return sorted(kept.values(), key=lambda f: f.severity is not Severity.BLOCK)
