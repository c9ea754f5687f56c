"""Treatment calls: saying it is not urgent, naming a medicine, or what treatment is needed."""

from triage.domain.policy.directives import GENERAL
from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import CONDITIONAL, DRUG, DRUG_KIND, MEDICINE_WORD, NOT_META

# Telling someone it is not urgent is triage advice: "it's not an emergency".
_TRIAGE_RULES = (
    Rule(
        "medical_advice.directive",
        lazy(
            r"\b(?:not|doesn't|does not|don't|do not|didn't) (?:appear|seem|look|sound)"
            r" (?:to be |like )?(?:anything |an? )?(?:urgent|serious|concerning|emergency"
            r"|worrisome|dangerous)\b|\bno (?:parece|se ve) (?:nada )?(?:urgente|grave|serio"
            r"|preocupante)\b|"
            r"\b(?:it's|that's|this is|it is|that is|this isn't|it isn't)(?: \w+)? not (?:an?"
            r" )?(?:emergency|urgent|an emergency|anything urgent)\b(?! (?:line|number|room"
            r"|department|services?|care|contact))|\bno es (?:una )?(?:emergencia|urgente|nada"
            r" urgente)\b(?! (?:linea|numero))"
        ),
        unless_before=CONDITIONAL,
    ),
)

# A named medicine in a reply is treatment talk unless the sentence is plainly about
# questions, refills, coverage or availability.
_MEDICINE_RULES = (
    Rule(
        "medical_advice.medicine",
        lazy(
            # "Naloxone (Narcan) is sold over the counter" is availability, "free naloxone
            # kits" a program, and "children's Motrin dosing goes by weight" a reason to call.
            rf"\b{DRUG}\b{NOT_META}(?!(?: \([^)]{{0,30}}\)|\))? (?:(?:is|are) (?:(?:now )?"
            r"(?:available|covered|in stock|sold)|(?:such )?an? (?:hot|popular|common|big"
            r"|frequent) (?:topic|question|subject)\b)|se vende|kits?\b|trainings?\b"
            r"|(?:dosing|doses?) (?:depends on|goes by|is based on|is weight-based)|depende del"
            r" peso))"
        ),
        unless_before=lazy(
            rf"(?:{GENERAL.pattern})|\b(?:questions?|ask(?:ing)?|call(?:ing)?|talk(?:ing)?"
            r"|speak(?:ing)?|about|regarding|prescribe|prescribing|refills?|prescriptions? for"
            r"|shortage|recall|coverage|covers?|covered|costs?|price|prices|offers?|offering"
            r"|carr(?:y|ies|ying)|sells?|selling|stocks?|available|information|info|learn|read"
            r"|sobre|preguntas?|dudas?|recetamos|tenemos|vendemos"
            r"|acerca de|llame)\b[^.!?]{0,40}$"
        ),
    ),
)

_NEED_RULES = (
    Rule(
        "medical_advice.directive",
        rx(
            r"\byou(?:'ll| will)? (?:definitely |probably |likely |may |might |just |really )?"
            r"(?:need|needs) (?:stitches|antibiotics|surgery|an? x-?ray|a cast|a brace|a splint"
            r"|steroids|an inhaler|physical therapy|a tetanus shot|an antiviral|a stronger \w+"
            r"|an? (?:higher|lower) dose|to (?:stop(?! by| in)|increase|decrease|rest|ice"
            r"|elevate))\b|\b(?:necesitas|necesita) (?:puntos|antibioticos?|cirugia|una"
            r" radiografia|un yeso|una ferula|reposo)\b",
            r"\b(?:(?:you|he|she|they)(?:'ll| will)?(?: \w+)? (?:need|needs) (?:(?:a|an|some|to"
            r" (?:start|take|be on|go on)) )?|(?:necesita|necesitas|necesite|necesites"
            r"|necesitara|necesitaras|va a necesitar|vas a necesitar|requiere|requerira)"
            r" (?:un |una |unos |unas |tomar |empezar )?)(?:[\w-]+ )?(?:tratamiento\b|"
            rf"{DRUG}|{DRUG_KIND}|{MEDICINE_WORD})\b",
        ),
        unless_before=CONDITIONAL,
    ),
)

RULES: tuple[Rule, ...] = (*_TRIAGE_RULES, *_MEDICINE_RULES, *_NEED_RULES)
