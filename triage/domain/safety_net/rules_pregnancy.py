"""Birth happening outside a hospital: a cord that comes first, a baby already coming out
(English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule

_IN_LABOUR = compile(
    r"\b(?:water broke|waters broke|water just broke|labou?r|contractions?|pregnant|weeks|"
    r"delivering|pushing|rompio la fuente|rompio la bolsa|parto|contracciones|embarazada|"
    r"semanas|pujando|baby|babys)\b"
)

LABOUR_RULES = (
    make_rule(
        "birth_emergency",
        "cord",
        r"(?:feel|see|can feel|can see|felt|saw|theres|there is|something like|looks like) "
        r"(?:the |a )?(?:umbilical )?cord\b(?! (?:blood|clamp|care|stump|banking|bank)\b)",
        negatable=False,
        needs=_IN_LABOUR,
    ),
    make_rule(
        "birth_emergency",
        "cordon",
        r"(?:siento|veo|se ve|se siente|se asoma|sale|salio|se salio|esta saliendo) el cordon\b",
        negatable=False,
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
        "cabeza viene saliendo naciendo nacer pies nalgas pompis",
        r"ya (?:se le |le )?(?:ve|veo|sale|salio|se asoma) la cabeza\b|el bebe (?:ya )?(?:esta "
        r"saliendo|viene saliendo|viene de (?:pies|nalgas|pompis)|esta naciendo)\b|(?:ya )?"
        r"(?:viene|va a nacer) el bebe y (?:estamos|seguimos|estoy|no)\b",
    ),
)
