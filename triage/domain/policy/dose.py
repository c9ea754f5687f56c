"""Doses: an amount, a count or a schedule of a medicine, with or without a unit."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import DOSE_NUMBER, DOSE_UNIT, DRUG, DRUG_KIND, MED

# After a drug name these numbers are not an amount: "Claritin 24-hour", "covid 19".
_NOT_AMOUNT = (
    r"(?! ?(?:%|percent|years?|yrs?|days?|weeks?|months?|hours?|hrs?|h\b|am\b|pm\b|a\.m|p\.m"
    r"|:|años|anos|dias|semanas|meses|horas|de (?:la|el) ))"
)

_PER_DAY = (
    r"[^.!?]{0,20}\b(?:(?:a|per|in a|each|every|al|por|cada|en un) (?:day|night|dia|noche)"
    r"|daily|diarias|in 24|en 24)\b"
)
_AT_MOST = r"\b(?:over|more than|max|maximum|maximo|no mas de|hasta|up to)"

_DOSE_RULES = (
    Rule(
        "medical_advice.dose",
        rx(
            rf"(?<![\w.])(?:{DOSE_NUMBER} ?(?:-|to|a|o|or) ?)?{DOSE_NUMBER} ?{DOSE_UNIT}\b"
            r"(?<!doses)(?<!dosis)(?! ?/ ?d?l\b)",
            # A vaccine's series is general ("Shingrix is 2 doses", "serie de 2 o 3 dosis");
            # one dose, or a count per day, is this person's medicine.
            rf"(?<![\w.])(?:(?:una|un|1|media|medio) dosis"
            rf"|(?:{DOSE_NUMBER} ?(?:-|to|o|or) ?)?{DOSE_NUMBER} ?(?:doses|dosis)"
            rf"(?={_PER_DAY})|{_AT_MOST} {DOSE_NUMBER} ?(?:doses|dosis))\b",
            # A count or a course of a named medicine: "2 advil", "dos ibuprofenos", "a round
            # of antibiotics"; or a strength or a length after it: "amoxicillin 500",
            # "amoxicilina por 10 dias".
            rf"(?:(?<![\w.,/-])(?:{DOSE_NUMBER}|\d+) (?:[\w'-]+ )?(?:of )?|\b(?:course|round|burst"
            rf"|taper|ciclo|tanda) (?:of |de )(?:[\w-]+ )?)(?:{DRUG}|{DRUG_KIND})\b",
            rf"\b(?:{DRUG}|{DRUG_KIND})(?: \d+(?:[.,]\d+)?\b{_NOT_AMOUNT}| (?:for|por|durante)"
            r" (?:\d+|one|two|three|five|seven|ten|a|una|un|dos|tres|cinco|siete|diez) (?:more )?"
            r"(?:days?|weeks?|dias|semanas)\b)",
            r"\b(?:once|twice|thrice|(?:\d+(?: ?(?:-|to|or) ?\d+)?|one|two|three|four|a few"
            r"|a couple|a couple of|several|few|multiple) times?) (?:a|per|each|every)"
            r" (?:day|night|week)\b|\b(?:per|each|every|por|cada) (?:feeding|toma|dose)\b",
            r"\b(?:once|twice|thrice|(?:\d+|one|two|three|four) times?) (?:daily|nightly)\b",
            r"(?<![\w.])\d+ ?x ?(?:(?:a|per|each|/) ?)?(?:day|daily|night|nightly|week|al dia"
            r"|por dia|diarias?)\b|\bx ?\d+ (?:days|dias)\b",
            r"\b(?:bid|tid|qid|qhs|q\d+h|prn)\b",
            rf"\b(?:a|one|1|two|2|una|un|dos) (?:[\w-]+ )?{MED} (?:a|per|each|every|al|por|cada)"
            r" (?:day|night|morning|dia|noche|manana)\b",
            r"\b(?:\d+|una|dos|tres|cuatro) veces (?:al|por|cada) dia\b",
            # A course: "a 5-day course", "a round of antibiotics", "por 10 dias".
            r"\b(?:a |an )?(?:\d+|one|two|three|five|seven|ten)[- ]days? (?:course|supply|pack"
            r"|taper|burst|round|regimen)\b",
        ),
    ),
    Rule(
        "medical_advice.dose",
        rx(
            r"\bevery \d+(?: ?(?:-|to) ?\d+)? ?(?:hours|hrs|h)\b",
            r"\bcada \d+(?: ?(?:-|a) ?\d+)? ?(?:horas|hrs|h)\b",
        ),
        # Sunscreen is reapplied every two hours by everyone: a seasonal notice, not a dose.
        unless_before=lazy(
            r"\b(?:reapply|re-apply|reapplying|reaplica|reaplique|reaplicar)(?: (?:sunscreen"
            r"|sunblock|spf \d+\+?|bloqueador|protector solar|el bloqueador|el protector solar))?"
            r"\W*$"
        ),
    ),
)


RULES: tuple[Rule, ...] = _DOSE_RULES
