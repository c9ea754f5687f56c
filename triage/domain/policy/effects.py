"""Treatment claims: what a medicine or home measure will do for a symptom or condition."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import (
    ADJ,
    BODY,
    CANNOT,
    COND,
    CONDITION,
    MED,
    NOT_META,
    SYMPTOM,
)

# What a medicine or home measure will do: a treatment claim, whoever makes it.
_EFFECT_VERB = (
    r"(?:help(?:s|ed)?(?! (?:prevent|protect|reduce the risk|lower the risk|keep \w+ safe))"
    r"|work(?:s|ed)?|do(?:es)? wonders|works? wonders|do(?:es)? the trick"
    r"|respond(?:s|ed)? (?:well |nicely |quickly |best )?to|(?:is|are) (?:usually |best |often"
    r" )?treated with"
    r"|fix(?:es)?|cure[sd]?|clear(?:s)?|settle[sd]?|calm(?:s)?|ease[sd]?|relieve[sd]?"
    r"|sooth(?:e|es)|loosen(?:s)?|break(?:s)? (?:it |that )?up|dr(?:y|ies) (?:it |that )?up"
    r"|open(?:s)? (?:it |things |you )?up|shrink(?:s)?|kill(?:s)?|knock(?:s)? (?:it |that )?out"
    r"|bring(?:s)? (?:it |that |the \w+ )?down|take(?:s)? care of|get(?:s)? rid of"
    r"|take(?:s)? the edge off|take(?:s)? away|shorten(?:s)?|speed(?:s)? up"
    r"|is magic|= magic|works? like magic|is a game changer|is a lifesaver|(?:is|are|works?)"
    r" (?:better|best|stronger|safer|gentler) (?:than|for))\b"
)
_EFFECT = (
    r"(?:(?:will|should|can|may|might|would|usually|really|often|always|honestly|typically"
    r"|generally|normally|definitely|probably|tends to|seems to) )?" + _EFFECT_VERB
)
# After a medicine or home measure: what it does, how to take it, that it is safe or enough.
_AFTER_MEDICINE = (
    rf"(?: (?!we\b|us\b|our\b|you\b|they\b|nosotros\b)[\w'-]+){{0,4}} {_EFFECT}"
    r"|(?: [\w'-]+){0,3} (?:is|are) (?:great|good|best|the best|perfect|amazing|a lifesaver"
    r"|my go-to|your best bet|the way to go|key|the best thing) (?:for|with|when)\b"
    r"|(?: [\w'-]+){0,3}(?: le| te| les)? (?:va a |van a |puede |podria |esta |estan )?(?:ayuda"
    r"|ayudara|ayudando|funcionando|sirviendo"
    r"|ayudar|funciona|sirve|es (?:buen[oa]|buenisim[oa]|lo mejor|excelente|ideal|lo que mas"
    r" ayuda|santo remedio)|le cae bien|te cae bien|calmar|quitar|bajar|aliviar|curar|secar"
    r"|desinflamar|mejorar|calma|quita|baja|alivia|cura|seca|desinflama|calmara|quitara"
    r"|bajara|aliviara|curara)\b"
    r"| (?:should|must|can|may|needs to|has to|is best|are best|works best|is meant to)"
    r" (?:be )?(?:taken|given|used|applied|started|stopped|avoided|mixed|combined|doubled"
    r"|repeated)\b"
    r"|(?: (?:and|\+|&|y|plus) [\w-]+)? (?:is|are|es|son) (?:all|what|lo que|todo lo que)"
    r" (?:you|he|she|they|necesita|necesitas)\b"
    r"|(?: \w+)? (?:is|are|es|son)(?: \w+)? (?:safe|fine|ok|okay|alright|segur[oa]s?) (?:to"
    r"|for|with|during|while|in|at|para|con|durante|en)\b"
    r"| (?:helps|is helping|helped|works|is working|worked)\b"
    r"| (?:on|in place) (?:for (?:another|a|the next|\d+|one|two|three|a few|a couple)|until"
    r"|at night|overnight|all day)\b"
)
_FOR_A_SYMPTOM = (
    rf"\bto (?:bring down|reduce|lower|help with|ease|relieve|calm|stop|treat|get rid of|break)"
    rf" (?:the|your|his|her|a|that|those) (?:[\w-]+ )?{SYMPTOM}\b|\bpara (?:bajar|quitar|calmar"
    rf"|aliviar|controlar|curar)(?:le|te|les)? (?:la |el |los |las |esa |ese )?{SYMPTOM}\b"
)
_EFFECT_RULES = (
    Rule(
        "medical_advice.directive",
        rx(
            rf"\b{MED}{NOT_META}(?:{_AFTER_MEDICINE})",
            # "that should fix the palpitations", "usually knocks out the itching"
            r"\b(?:should|will|'ll|would|usually|often|can|helps?|will help|tends to|may|might)"
            r" (?:help )?(?:fix|cure|clear up|clear|calm|settle|ease|relieve|soothe|knock out"
            r"|knocks out|bring down|take care of|get rid of|dry up|loosen|numb|shrink|stop"
            r"|with)(?: up| down)? (?:the |that |your |his |her |those |any |some |their )?"
            rf"(?:[\w-]+ )?(?:{SYMPTOM}|{BODY})\b",
            r"\b(?:should|will|'ll|would|can|usually|often) (?:help )?(?:bring (?:it|that|them"
            r"|those|your \w+|the \w+) (?:down|up)|knock (?:it|that) out|clear (?:it|that)"
            r"(?: right)? up|take care of (?:it|that)|calm (?:it|that) down|dry (?:it|that) up)\b",
            r"\b(?:le|te|les|se le|se te) (?:quita|quitara|va a quitar|quitan|baja|bajara|va a"
            r" bajar|calma|calmara|alivia|aliviara|cura|curara)\b",
            _FOR_A_SYMPTOM,
            r"\b(?:responds?|responded) (?:well |nicely |quickly |best )?to\b|\b(?:is|are)"
            r" (?:usually |best |often |easily )?treated with\b",
            rf"\b(?:works?|helps?|worked|helped|is (?:great|good|best|the best|amazing)|does"
            rf" wonders) (?:great |really well |well |wonders |a lot |so much )?(?:for|with)"
            rf" {ADJ}{{0,2}}{COND}",
            rf"\b{CONDITION} (?:usually |often |always |typically )?(?:needs?|requires?)"
            r" (?:antibiotics|treatment|stitches|surgery|a cast|steroids|an antiviral)\b",
        ),
        unless_before=lazy(
            rf"(?:{CANNOT.pattern})|\b(?:whether|wondering|unsure|not sure|questions? (?:about|on"
            r"|regarding)|preguntas? sobre|dudas? sobre)\b[^.!?]{0,25}$"
            r"|\b(?:we|our|us|team|nurses?|doctors?|providers?|clinicians?"
            r"|staff|pharmacists?|nosotros|nuestr[oa]s?|equipo)\b[^.!?]{0,30}$"
        ),
        # A caution for a whole group: "honey is not safe for babies under 1".
        unless_after=lazy(
            r" (?:babies|infants|newborns|anyone|everyone|people|pregnant|(?:kids|children"
            r"|ninos) under|bebes|menores|personas|embarazadas)\b"
        ),
    ),
)


RULES: tuple[Rule, ...] = _EFFECT_RULES
