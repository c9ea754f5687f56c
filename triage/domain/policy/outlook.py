"""Outlook told to the person: calming a symptom, remission, recovery and bare timelines."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import BODY, CANNOT, COND, HOW_MANY, SYMPTOM, TIME_UNIT

_CALM_EN = r"(?:don't|do not|no need to|nothing to) (?:panic|worry|stress|freak out|be scared)"
_CALM_ES = (
    r"(?:no (?:se|te) (?:preocupe|preocupes|asuste|asustes|alarme|alarmes|espante|espantes)"
    r"|tranquil[oa]s?|nada de que preocupar(?:se|te)?)"
)
_EXPECTED_EN = (
    r"(?:is|are|'s|'re) (?:\w+ )?(?:expected|to be expected|normal|common|typical|nothing new)"
)
_EXPECTED_ES = (
    r"(?:es|son) (?:\w+ )?(?:normal(?:es)?|esperable|de esperar(?:se)?|comun(?:es)?|tipic[oa]s?)"
)
_RECOVER_ES = (
    r"(?:regresa|regresara|vuelve|volvera|va a (?:volver|regresar)|se quita|se le quita|se te"
    r" quita|se cura|sana|sanas|mejora|mejoras|se recupera|te recuperas|desaparece|se va)"
)
# Our own plans ("we'll be back to regular hours in 2 weeks") are not an outlook.
_OURS = lazy(
    r"(?:\b(?:we|we'll|we're|we are|we will|office|clinic|practice|lab|portal|phones?|lines?"
    r"|estaremos|volvemos|regresamos|la clinica|el consultorio)\b[^.!?]{0,30}$)"
    rf"|(?:{CANNOT.pattern})"
)

# Not CANNOT: "don't worry, it won't come back" is the reassurance itself.
_UNABLE = lazy(r"\b(?:can't|cannot|can not|unable to|no podemos|no puedo)\b[^.!?]{0,30}$")

_OUTLOOK_RULES = (
    Rule(
        "medical_advice.prognosis",
        rx(
            # A symptom called expected, then calmed: "bleeding after banding is expected,
            # don't panic"; "es normal, no se preocupe".
            rf"\b{_EXPECTED_EN}\b[^.!?]{{0,50}}[,.!;-] ?(?:so |just )?{_CALM_EN}\b",
            rf"\b{_CALM_EN}[,.!;-]? (?:it's|that's|this is|it is|that is|those are|they're)"
            rf" (?:\w+ )?(?:expected|normal|common|typical)\b",
            rf"\b{_EXPECTED_ES}\b[^.!?]{{0,50}}[,.!;-] ?{_CALM_ES}\b",
            rf"\b{_CALM_ES}[,.!;-]? (?:es|son|eso es) (?:\w+ )?(?:normal(?:es)?|esperable|de"
            r" esperar(?:se)?|comun(?:es)?)\b",
            # Remission and recurrence: "most folks go into full remission".
            r"\b(?:you'll|you will|you're going to|he'll|she'll|most|many|lots of|the majority"
            r" of)(?: [\w-]+){0,8}? (?:go into|get into|reach|achieve|end up in|are in|be in"
            r"|stay in) (?:full |complete |total |long-term )?remission\b",
            r"\b(?:la mayoria|casi todos|muchos|muchas|vas a|va a)(?: [\w-]+){0,6}? (?:entra"
            r"|entran|entrar|logra|logran|lograr|queda|quedan|quedar|estar) en remision\b",
            r"\b(?:the|your|his|her|that|it|el|la|su|tu|ese|esa) ?(?:cancer|tumou?r|cyst|lump"
            r"|infection|disease|melanoma|lymphoma|leukemia|quiste|bulto|infeccion|enfermedad"
            r"|leucemia|linfoma)? ?(?:won't |will not |isn't going to |is not going to |no (?:va a"
            r" )?)(?:come back|return|spread|grow back|regresa|regresara|vuelve|volvera|volver"
            r"|regresar)\b",
            rf"\bya (?:vera|veras|veran|vas a ver|va a ver) (?:que|como) [^.!?]{{0,40}}\b"
            rf"{_RECOVER_ES}\b",
            # Good as new: "that ACL is gonna be stronger than ever".
            rf"\b(?:(?:your|his|her|the|that|this) (?:[\w-]+ )?{BODY}|you|he|she)(?:'ll| will"
            r"| is| are|'s|'re)? ?(?:going to |definitely |totally )?"
            r"be (?:stronger|better|good|fine|healthier|as good) (?:than ever|as new|than"
            r" before|than new|in no time)\b",
            r"\b(?:good|fine|right) as new\b|\bcomo nuev[oa]s?\b",
            r"\bmas fuerte que (?:nunca|antes)\b",
        ),
        unless_before=_UNABLE,
    ),
    Rule(
        "medical_advice.prognosis",
        rx(
            # A bare timeline: "back to running in 6 weeks!", "corriendo en 6 semanas".
            rf"\b(?:back|de vuelta|de regreso) (?:to|on|a|en) (?:[\w'-]+ ){{0,3}}?(?:in|within"
            rf"|en|dentro de) {HOW_MANY} (?:more )?{TIME_UNIT}\b",
            rf"\b(?:you'll|you will|you'll be|he'll|she'll|estaras|estara|volveras a|volvera a"
            rf"|vas a estar|va a estar|podras|podra) (?:be )?[a-z]+(?:ing|ando|iendo|ar|er|ir)"
            rf"(?: [\w'-]+){{0,3}}? (?:in|within|en|dentro de) {HOW_MANY} (?:more )?{TIME_UNIT}\b",
            rf"\b(?:healed|recovered|sanad[oa]|recuperad[oa]|curad[oa]) (?:up )?(?:in|within|en"
            rf"|dentro de) {HOW_MANY} {TIME_UNIT}\b",
        ),
        unless_before=_OURS,
        unless_after=lazy(r"[^.!?]{0,20}\b(?:hours|schedule|horario|service|servicio)\b"),
    ),
    Rule(
        "medical_advice.diagnosis",
        rx(
            # Naming what the person feels: "the twinge you're feeling is round ligament pain".
            r"\b(?:the|that|this|what|those|these|el|la|los|las|ese|esa|eso|lo) (?:[\w-]+ ){0,2}?"
            r"(?:you're|you are|you've been|you|he's|she's|que) (?:feeling|having|experiencing"
            r"|getting|describing|noticing|feel|describe|sientes|siente|tienes|tiene|describes"
            r"|describe|notas|nota)(?: [\w'-]+){0,3}? (?:is|are|'s|sounds like|es|son|suena a"
            r"|parece) (?:probably |likely |just |most likely |definitely |almost certainly"
            r"|classic |typical |called |seguramente |probablemente |solo |nomas )?"
            rf"(?:[\w'-]+ ){{0,3}}(?:{SYMPTOM}|{COND})\b",
        ),
        unless_before=CANNOT,
    ),
)


RULES: tuple[Rule, ...] = _OUTLOOK_RULES
