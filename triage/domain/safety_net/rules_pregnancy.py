"""Birth happening outside a hospital (a cord that comes first, a baby already coming out) and
the pregnancy dangers that cannot wait for the next visit: waters broken early, a baby that has
stopped moving, a blood pressure in the severe range (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule

_IN_LABOUR = compile(
    r"\b(?:water broke|waters broke|water just broke|labou?r|contractions?|pregnant|weeks|"
    r"delivering|pushing|rompio la fuente|rompio la bolsa|parto|contracciones|embarazada|"
    r"semanas|pujando|baby|babys)\b"
)

# 160/110 and over in pregnancy or the weeks after birth is the severe range.
_PREGNANT_OR_POSTPARTUM = compile(
    r"\b(?:pregnant|weeks|wks|postpartum|post partum|had (?:my|the) baby|gave birth|delivered|"
    r"embarazada|semanas|di a luz|tuve (?:a mi|al) bebe|dieta|cuarentena)\b"
)

LABOUR_RULES = (
    make_rule(
        "birth_emergency",
        "cord",
        r"(?:feel|see|can feel|can see|felt|saw|theres|there is|something like|looks like) "
        r"(?:the |a )?(?:umbilical )?cord\b(?! (?:blood|clamp|care|stump|banking|bank)\b)",
        needs=_IN_LABOUR,
    ),
    make_rule(
        "birth_emergency",
        "cordon",
        r"(?:siento|veo|se ve|se siente|se asoma|sale|salio|se salio|esta saliendo) el cordon\b",
        needs=_IN_LABOUR,
    ),
    make_rule(
        "birth_emergency",
        "crowning coming head first",
        r"(?:baby|babys|head) (?:is |s |are )?(?:already )?(?:crowning|coming out)\b|(?:baby|"
        r"babys head|head) (?:is |s )?(?:coming|here) (?:now|right now|and (?:we|im|were)|in the "
        r"car|at home)\b|(?:coming out|delivering|born) (?:feet|butt|bottom|legs) first\b",
        needs=_IN_LABOUR,
    ),
    make_rule(
        "birth_emergency",
        "water waters broke fuente bolsa",
        r"(?:water|waters) (?:just )?broke (?:at|and (?:im|i am)) (?:2\d|3[0-6]) (?:weeks|wks)\b|"
        r"(?:se me )?rompio la (?:fuente|bolsa)(?: \w+){0,3}? (?:2\d|3[0-6]) semanas\b",
        negatable=False,
    ),
    make_rule(
        "birth_emergency",
        "moved moving kicked kicking movido mueve pateado patea",
        r"(?:baby|babe|bebe) (?:hasnt|has not|havent|stopped|isnt|is not|not) (?:moved|moving|"
        r"kicked|kicking)(?: \w+){0,2}? (?:all day|today|since|in (?:\d+|hours|a day)|for hours|"
        r"at all)\b|el bebe (?:casi )?no (?:se ha movido|se mueve|ha pateado|patea)\b",
        negatable=False,
        needs=_PREGNANT_OR_POSTPARTUM,
    ),
    make_rule(
        "birth_emergency",
        "bp blood pressure cuff presion",
        r"(?:bp|blood pressure|pressure|cuff|presion)(?: \w+){0,4}? (?:1[6-9]\d|2[0-4]\d) (?:over "
        r")?"
        r"(?:\d{2,3})\b|(?:bp|blood pressure|pressure|cuff|presion)(?: \w+){0,4}? 1[3-5]\d "
        r"(?:over )?"
        r"(?:1[1-4]\d)\b",
        needs=_PREGNANT_OR_POSTPARTUM,
    ),
    make_rule(
        "birth_emergency",
        "cabeza viene saliendo naciendo nacer pies nalgas pompis",
        r"ya (?:se le |le )?(?:ve|veo|sale|salio|se asoma) la cabeza\b|el bebe (?:ya )?(?:esta "
        r"saliendo|viene saliendo|viene de (?:pies|nalgas|pompis)|esta naciendo)\b|(?:ya )?"
        r"(?:viene|va a nacer) el bebe y (?:estamos|seguimos|estoy|no)\b",
    ),
)
