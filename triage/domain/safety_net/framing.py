"""Objections: the framings that keep a matched phrase from counting.

Negation, someone else, hypotheticals, general questions, the past, habitual triggers and symptoms
that come and go, jokes, awareness posts, quotations, and innocent explanations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import Rule
from triage.domain.safety_net.vocabulary import PERSON

_SENTENCE_SPAN = 120
_NEARBY_SPAN = 60
_WIDE_SPAN = 300
_NEGATION_WINDOW = 4
# Beyond this many rejected matches of one rule the text is repetitive or hostile.
MAX_CANDIDATES_PER_RULE = 16

_HARD_STOP = re.compile(r"[.?]")
_TERMINATOR = compile(
    r"\b(?:but|pero|however|though|although|aunque|sino|and|y|so|because|cause|cuz|bc|porque|"
    r"pq)\b"
)
_NEGATION = compile(
    r"\b(?:no|not|never|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|wont|"
    r"wouldnt|shouldnt|aint|without|nor|neither|none|denies|deny|denied|negative|dnt|nunca|sin|"
    r"ni|tampoco|jamas|nada)\b"
)
# Phrases that look negative but do not negate what follows (NegEx "pseudo-negations").
_PSEUDO_NEGATION = compile(
    r"\b(?:no doubt|not only|no joke|not joking|not kidding|no kidding|no lie|not gonna lie|"
    r"no cap|not sure|no idea|dont know|idk|no se|no es broma|not even joking|no matter|"
    r"not just|no wonder|dont care|dont tell|no one|nobody|no hope|no point|not ok|not okay|"
    r"not fine|not good|not well|not doing (?:well|good|ok|okay|great)|no estoy bien|"
    r"not feeling (?:well|good|great|ok|okay)|dont feel (?:well|good|ok|okay|right)|"
    r"no aguanto|no puedo mas|not anymore|no lo se)\b|\b(?:no|nope|nah) ?,"
)
_LIST_END = re.compile(r"\b(?:or|nor|o|ni)\s*$")
_NEGATED_AFTER = compile(
    r"[\s.?,]{0,4}(?:no|none|nope|nah|not at all|not really|negative|ninguno|ninguna|nada)"
    r"\s*(?:[.?,]|$)"
)
_FIRST_PERSON_START = compile(r"(?:i|im|ive|id|ill|my|me|mi|yo)\b")
_SECOND_PERSON_END = compile(r"\b(?:you|u|yall|ur|youre|tu|usted|ustedes)\s*$")
_ANY_OTHER_END = compile(
    r"\b(?:you|u|yall|ur|youre|tu|usted|ustedes|who|quien|people|someone|somebody|anyone|"
    r"anybody|everyone|everybody)\s*$"
)
_HYPOTHETICAL = compile(
    r"\b(?:if|what if|in case|suppose|supposing|imagine|whenever|every time|everytime|"
    r"cada vez que|siempre que|si|en caso de|por si)\b"
)
_HYPOTHETICAL_OTHER = compile(
    r"\b(?:if|when|whenever|si|cuando) (?:you|u|your|youre|ur|someone|somebody|anyone|anybody|"
    r"a (?:friend|loved one|person|family member|child|teen)|people|they|tu|alguien|usted|"
    r"una persona|un amigo|una amiga)\b"
)
# Questions about a condition in general: "what are the signs of", "how do I know if".
_GENERAL_QUESTION = (
    r"signs? (?:of|and symptoms|that)|symptoms? (?:of|that)|warning signs|red flags|"
    r"how (?:do|can|would|will|could|should) (?:i|you|we|one|someone|people) (?:know|tell|"
    r"recognize|spot|identify)|how to (?:tell|know|recognize|spot|identify|prevent|treat)|"
    r"what (?:are|is) (?:the )?(?:signs|symptoms|difference|causes|risk)|"
    r"whats (?:the )?(?:signs|symptoms|difference)|what does (?:\w+ ){0,4}(?:feel|look|sound) like|"
    r"(?:can|does|do|could|would|will) (?:\w+ ){1,4}cause|causes? of|risk (?:of|factors?)|"
    r"tips (?:for|on)|learn (?:about|the)|know the signs|(?:sintomas|senales|signos) (?:de|del|"
    r"que)|"
    r"(?:que|cuales son los|cuales son las) (?:sintomas|senales|signos)|"
    r"como (?:saber|se si|reconocer|identificar|prevenir)|(?:puede|pueden) causar"
)
# Questions that frame one's own situation: "is it normal that I...", "what do I do when I...".
_PERSONAL_QUESTION = (
    r"how long (?:can|does|do|is|should)|what (?:to|do you|should (?:i|you|we|one)) do (?:if|"
    r"when|in case|for)|what happens (?:if|when)|is (?:it|that|this) normal|"
    r"que hacer (?:si|cuando|en caso)|que (?:hago|debo hacer) (?:si|cuando)|que pasa si|es normal"
)
_INFORMATIONAL = compile(rf"\b(?:{_GENERAL_QUESTION}|{_PERSONAL_QUESTION})\b")
_GENERAL_INFORMATIONAL = compile(rf"\b(?:{_GENERAL_QUESTION})\b")
# Who a crisis phrase is about when it is not the writer.
_OTHERS = compile(
    rf"\b(?:he|she|they|hes|shes|theyre|him|his|her|their|them|himself|herself|themselves|"
    rf"themself|se|el|ella|ellos|ellas|su|sus|alguien|{PERSON[3:-1]}|people|teens|teenagers|"
    r"kids|children|students|adults|men|women|veterans|patients|anyone|everyone|adolescentes|"
    r"ninos|jovenes|la gente)\b"
)
_RECENT = compile(
    r"\b(?:now|right now|rn|currently|at the moment|atm|again|still|today|tonight|ahora|ahorita|"
    r"ahora mismo|todavia|otra vez|de nuevo|sigo|sigue|hoy|esta noche)\b"
)
_CRISIS_RECENT = compile(
    r"\b(?:last night|yesterday|this morning|this afternoon|this evening|earlier today|"
    r"(?:an|a few|few|couple of|\d+|two|three) hours? ago|anoche|ayer|esta manana|esta tarde|"
    r"hace (?:un rato|una hora|unas horas|\w+ horas))\b"
)
_HISTORY = (
    r"last (?:year|month|week|summer|winter|spring|fall|autumn|time|christmas|weekend)|"
    r"(?:\d+|a|an|one|two|three|four|five|six|few|couple(?: of)?|several|many) (?:years?|yrs?|"
    r"months?|mos?|weeks?|wks?|decades?) ago|years ago|months ago|back in|in (?:19|20)\d\d|"
    r"since (?:19|20)\d\d|"
    r"when i was (?:a |little|young|younger|in |\d)|as a (?:kid|child|teen|teenager)|"
    r"in (?:high school|college|middle school|my teens|my twenties)|used to|history of|"
    r"el ano pasado|el mes pasado|la semana pasada|hace (?:\w+ )?(?:anos|meses|ano|mes)|"
    r"en (?:19|20)\d\d|cuando (?:era|estaba) (?:nino|nina|chico|chica|joven|pequeno|pequena|"
    r"adolescente|embarazada)|de (?:nino|nina|joven|chico|chica|pequeno|pequena)"
)
_CRISIS_PAST = compile(rf"\b(?:{_HISTORY})\b")
# Chronic complaints are not emergencies, but a long history of suicidal thoughts still is.
_PHYSICAL_PAST = compile(
    rf"\b(?:{_HISTORY}|for (?:\w+ ){{0,3}}(?:years|months)|desde (?:nino|nina|bebe|chico|chica|"
    r"pequeno|pequena|joven|hace (?:\w+ )?(?:anos|meses))|last (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo) pasado)\b"
)
# A trigger that brings the symptom on describes a pattern to discuss, not an event now.
_HABITUAL = compile(
    r"^\W*(?:\w+ ){0,3}(?:when|whenever|every time|everytime|cuando|cada vez que) (?:im |i am |"
    r"i get |i feel |i |estoy |me pongo )?(?:anxious|stressed|nervous|panicky|upset|scared|"
    r"exercise|exercising|run|running|work out|lie down|lay down|climb|climbing|eat|eating|"
    r"cough|sneeze|laugh|ansios[oa]|nervios[oa]|estresad[oa]|hago ejercicio|corro|me acuesto|"
    r"como)\b"
)
# "Chest pain on and off for months" comes and goes: a pattern to discuss, not an event now.
# Only within the sentence, where "right now it's crushing" would also be read.
_INTERMITTENT = compile(
    r"\W*(?:\w+ ){0,2}(?:on and off|off and on|on off|comes and goes|come and go|"
    r"intermittent\w*|recurring|recurrent|every (?:few|couple of|other) (?:days|weeks)|"
    r"va y viene|van y vienen|de vez en cuando|a ratos|intermitente\w*|recurrente\w*)\b"
)
_PAST_VERB = compile(
    r"(?<!\bive )(?<!\bi have )(?<!\bhas )(?<!\bhave )(?<!\bhes )(?<!\bshes )\bhad\b|"
    r"\b(?:was|were|estaba|estuve)\b(?! (?:\w+ )?(?:going|gonna|about|planning|thinking|trying|"
    r"ready)\b)|\b(?:used to|got over|recovered from|survived|tuve|tuvo|tenia|sufri|sufrio|"
    r"solia)\b"
)
_JOKE = compile(
    r"\b(?:l[ou]l(?:ol)*z?|lmf?ao|rofl|lel|kek|xd|jk|just kidding|kidding|jokes?|joking|"
    r"bromeando|es broma|de broma|a?(?:ha){2,}h?|(?:he){2,}h?|a?(?:ja){2,}j?|(?:je){2,}j?|"
    r"(?:js){2,}j?|(?:ji){2,}|cringe|embarrass\w*|verguenza|de (?:la )?risa|de pena|laughing|"
    r"laughter|hilarious|me every ?time|me whenever)\b|"
    r"[\U0001f602\U0001f923\U0001f480\U0001f606\U0001f639\U0001f61d"
    r"\U0001f61c]"
)
_SERIOUS = compile(
    r"\b(?:not joking|no joke|not kidding|no kidding|not a joke|im serious|i am serious|"
    r"no es broma|hablo en serio|en serio|fr|for real|deadass)\b"
)
# A lyric or a quotation: "my favourite line is I wanna die in my sleep".
_QUOTE_FRAME = compile(
    r"\b(?:line|lyric|lyrics|song|songs|verse|chorus|quote|quoting|sings|sang|singing|rapper|"
    r"album|track|poem|movie|film|scene|book|novel|character|cancion|letra|verso|coro|poema|"
    r"cantante|canta|cantaba|pelicula|libro|novela|personaje)\b"
)
# "this class makes me want to die" is hyperbole even when the phrase itself is explicit.
_HYPERBOLE_FRAME = compile(r"\b(?:makes|made|making|make) me (?:\w+ )?(?:want to|wanna)\s*$")
# A concrete plan or means turns a joking-sounding phrase into a real one.
_PLAN = compile(
    r"\b(?:tonight|esta noche|pills|pastillas|pildoras|gun|pistola|arma|rope|cuerda|noose|"
    r"bridge|puente|razor|navaja|blade|cuchilla|goodbye|despedida|note|plan|planned|planning|"
    r"overdose|sobredosis)\b"
)
_AWARENESS = compile(
    r"\b(?:988|hotline|lifeline|crisis (?:line|text line|lines)|prevention|awareness|"
    r"prevencion|concientizacion|linea de (?:crisis|ayuda)|text home|textline|support group)\b"
)
_FIRST_PERSON = compile(
    r"\b(?:i|im|ive|id|ill|me|my|myself|mine|yo|mi|mis|estoy|tengo|quiero|voy)\b"
)
_QUESTION_START = compile(
    r"(?:do|does|did|can|could|is|are|was|should|would|will|what|whats|how|why|when|which|"
    r"where|anyone|any|has|have|que|como|cual|cuales|por que|puede|pueden|es|hay|alguien)\b"
)


@dataclass(frozen=True)
class _Context:
    before: str  # the same sentence, up to the match
    clause: str  # the last clause of `before`: negation and framing do not cross "but"/"and"
    match: str
    after: str  # the same sentence, after the match
    question: bool  # the sentence ends with "?"
    tail: str  # text just after the match, across sentence ends ("chest pain? no")
    nearby: str
    wide: str


def context(text: str, match: re.Match[str]) -> _Context:
    start, end = match.span()
    head = text[max(0, start - _SENTENCE_SPAN) : start]
    before = head[max(head.rfind("."), head.rfind("?")) + 1 :]
    tail = text[end : end + _SENTENCE_SPAN]
    stop = _HARD_STOP.search(tail)
    return _Context(
        before=before,
        clause=_TERMINATOR.split(before)[-1],
        match=match.group(),
        after=tail[: stop.start()] if stop else tail,
        question=stop is not None and stop.group() == "?",
        tail=tail,
        nearby=text[max(0, start - _NEARBY_SPAN) : end + _NEARBY_SPAN],
        wide=text[max(0, start - _WIDE_SPAN) : end + _WIDE_SPAN],
    )


def _last_words(text: str, count: int) -> str:
    return " ".join(text.replace(",", " ").split()[-count:])


def _negated(rule: Rule, ctx: _Context) -> bool:
    if not rule.negatable:
        return False
    clause = _PSEUDO_NEGATION.sub(" ", ctx.clause)
    # The last item of a list ("no fever, cough or chest pain") shares the list's negation.
    count = len(clause) if _LIST_END.search(clause) else _NEGATION_WINDOW
    window = _last_words(clause, count)
    return bool(_NEGATION.search(window) or _NEGATED_AFTER.match(ctx.tail))


def _about_someone_else(rule: Rule, ctx: _Context) -> bool:
    if _FIRST_PERSON_START.match(ctx.match):
        return False
    subject = _ANY_OTHER_END if rule.crisis else _SECOND_PERSON_END
    return bool(subject.search(ctx.clause))


def _hypothetical(rule: Rule, ctx: _Context) -> bool:
    # Crisis language stays live under "if" ("if this doesn't stop I'll kill myself") unless
    # it is advice addressed to others ("if you are feeling suicidal").
    cue = _HYPOTHETICAL_OTHER if rule.crisis else _HYPOTHETICAL
    return bool(cue.search(ctx.clause.rsplit(",", 1)[-1]))


def _informational(rule: Rule, ctx: _Context) -> bool:
    scope = f"{ctx.before.rsplit(',', 1)[-1]} {ctx.match} {ctx.after.split(',', 1)[0]}"
    if not rule.crisis:
        return bool(_INFORMATIONAL.search(scope))
    # "Is it normal that I've been suicidal for months?" is a disclosure asked as a question;
    # it stays general only when it asks about someone else.
    if _GENERAL_INFORMATIONAL.search(scope):
        return True
    return bool(_INFORMATIONAL.search(scope)) and _about_others(ctx)


def _about_others(ctx: _Context) -> bool:
    return bool(_OTHERS.search(f"{_last_words(ctx.clause, 6)} {ctx.match}"))


def _in_the_past(rule: Rule, ctx: _Context) -> bool:
    after = _TERMINATOR.split(ctx.after, maxsplit=1)[0]
    if rule.crisis:
        # "when I was 16 I planned my suicide, now I volunteer": the "now" is a contrast.
        after = after.split(",", 1)[0]
    scope = f"{ctx.clause} {ctx.match} {after}"
    if _RECENT.search(scope) or (rule.crisis and _CRISIS_RECENT.search(scope)):
        return False
    history = _CRISIS_PAST if rule.crisis else _PHYSICAL_PAST
    lead = f"{_last_words(ctx.clause, 3)} {ctx.match.split(' ', 1)[0]}"
    return bool(history.search(scope) or _PAST_VERB.search(lead))


def _habitual(rule: Rule, ctx: _Context) -> bool:
    if rule.crisis:
        return False
    if _HABITUAL.search(ctx.after):
        return True
    return bool(_INTERMITTENT.match(ctx.after)) and not _RECENT.search(f"{ctx.clause} {ctx.after}")


def _joking(rule: Rule, ctx: _Context) -> bool:
    hyperbole = rule.hyperbole or (rule.crisis and _HYPERBOLE_FRAME.search(ctx.clause))
    if not hyperbole or _SERIOUS.search(ctx.nearby):
        return False
    if rule.crisis and _PLAN.search(ctx.nearby):
        return False
    return bool(_JOKE.search(ctx.nearby))


def _awareness_post(rule: Rule, ctx: _Context) -> bool:
    if not rule.crisis or not _AWARENESS.search(ctx.nearby):
        return False
    # "Feeling suicidal? Call 988" addresses the reader; "Feeling suicidal again." is a report.
    if ctx.question and not ctx.before.strip(" ,"):
        return True
    if not ctx.question and _RECENT.search(f"{ctx.match} {ctx.after}"):
        return False
    # "feeling suicidal again. will calling 988 get me fired?" is the writer's own.
    return not _FIRST_PERSON.search(f"{_last_words(ctx.clause, 4)} {ctx.match} {ctx.tail}")


def _quoted(rule: Rule, ctx: _Context) -> bool:
    return rule.crisis and bool(_QUOTE_FRAME.search(ctx.clause))


def _general_question(rule: Rule, ctx: _Context) -> bool:
    # A bare symptom noun is a report only outside questions and educational posts
    # ("Know the signs of a stroke. Face drooping, slurred speech").
    if not rule.bare:
        return False
    if ctx.question or _QUESTION_START.match(ctx.before.lstrip(" ,")):
        return True
    return bool(_INFORMATIONAL.search(ctx.wide) or _AWARENESS.search(ctx.wide))


def _explained_away(rule: Rule, ctx: _Context) -> bool:
    sentence = f"{ctx.before.rstrip()} {ctx.match} {ctx.after.lstrip()}"
    if rule.veto is not None and rule.veto.search(sentence):
        return True
    return rule.needs is not None and not rule.needs.search(ctx.wide)


OBJECTIONS = (
    _negated,
    _about_someone_else,
    _hypothetical,
    _informational,
    _in_the_past,
    _habitual,
    _joking,
    _awareness_post,
    _quoted,
    _general_question,
    _explained_away,
)
