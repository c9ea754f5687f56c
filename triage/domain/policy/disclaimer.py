"""The disclaimer a medical-question reply must carry, in the many ways staff word it."""

from collections.abc import Iterator

from triage.domain.policy.context import ReplyContext
from triage.domain.policy.findings import Finding, Severity, finding
from triage.domain.policy.matching import Folded, fold_plain, lazy

_REFUSAL = (
    r"\b(?:we|i|our|this)\b[^.!?]{0,25}?\b(?:can't|cannot|can not|unable to|not able to"
    r"|aren't able to|isn't able to|don't|do not|won't|will not|never|not allowed to"
    r"|not permitted to|may not)(?: \w+){0,2}? "
)
# Any wording that says the practice does not give medical advice here, EN and ES.
_DISCLAIMER = lazy(
    "|".join(
        (
            r"\b(?:not|isn't|aren't|never|no|nor|doesn't constitute|does not constitute"
            r"|don't constitute|do not constitute|no substitute for)(?: (?:a|an|intended as"
            r"|meant as|to be taken as|a substitute for|substitute for|professional|personal"
            r"|individual|formal|specific))* (?:medical|health|clinical) advice\b",
            r"\bnothing (?:[\w']+ ){0,6}?(?:is|constitutes|should be taken as) (?:medical"
            r"|health) advice\b",
            r"\b(?:can't|cannot|isn't|is not|aren't|are not|not) (?:be )?(?:used|meant|intended"
            r"|a place|the place|the right place|a substitute) (?:for|to (?:get|give|ask for"
            r"|seek)) (?:\w+ )?(?:medical|health) (?:advice|questions|care)\b",
            r"\bfor (?:general )?(?:educational|informational|education|information)"
            r" (?:purposes )?only\b|\beducational only\b",
            _REFUSAL + r"(?:give|offer|provide|dispense|answer|discuss|address|respond to"
            r"|comment on|review|talk about|weigh in on|advise on|evaluate|assess|go over"
            r"|get into|help with|recommend|suggest)\b[^.!?]{0,50}?\b(?:medical|health"
            r"|clinical|symptoms?|medications?|medicines?|treatments?|remedies|diagnos\w*"
            r"|results|personal health|your health)",
            _REFUSAL + r"(?:\w+ ){0,2}?(?:diagnose|advise|treat|prescribe|interpret)\b",
            r"\bno (?:es|son|constituye|constituyen|sustituye|sustituyen|reemplaza|reemplazan"
            r"|pretende ser)(?: (?:un|una|a|la|el|su))? (?:consejos?|asesoria|asesoramiento"
            r"|recomendacion|orientacion|opinion|diagnostico|consulta|indicacion)(?: \w+)?"
            r" medic[oa]s?\b|\bno (?:sustituye|sustituyen|reemplaza) (?:a )?(?:una|la|su)"
            r" consulta\b",
            r"\bno (?:podemos|puedo|damos|doy|ofrecemos|brindamos|proporcionamos|respondemos"
            r"|contestamos|hablamos|discutimos|diagnosticamos|interpretamos|comentamos"
            r"|resolvemos|atendemos|tratamos|es posible|nos es posible|estamos autorizados)\b"
            r"[^.!?]{0,60}?\b(?:consejos? medicos?|asesoria medica|recomendaciones medicas"
            r"|preguntas (?:medicas|de salud|sobre (?:su |tu )?salud)|consultas medicas"
            r"|temas (?:de salud|medicos)|informacion (?:de salud|medica|personal de salud)"
            r"|asuntos (?:de salud|medicos)|diagnostic\w*|resultados|sintomas|medicamentos"
            r"|su salud|tu salud)",
            r"\bcon fines (?:educativos|informativos)\b|\b(?:disclaimer|descargo de"
            r" responsabilidad|aviso legal)\b",
        )
    )
)


def check_disclaimer(reply: Folded, context: ReplyContext) -> Iterator[Finding]:
    if context.requires_disclaimer and not _has_disclaimer(reply.text, context):
        yield finding("disclaimer.missing", Severity.BLOCK)


def _has_disclaimer(text: str, context: ReplyContext) -> bool:
    if context.disclaimer_markers is None:
        return bool(_DISCLAIMER.search(text))
    markers = (fold_plain(marker).strip() for marker in context.disclaimer_markers)
    return any(marker and marker in text for marker in markers)
