"""Saying what the person has: a condition, a cause, or how an organ is doing."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import (
    ADJ,
    CANNOT,
    COND,
    CONDITION,
    CONDITIONAL,
    DRUG,
    MED,
    VACCINES_IN_GENERAL,
)

# Words that, right before a condition, say the person has it: "sounds like", "it's
# probably", "classic", "= ", "parece", "seguro es"...
_SAYS_IT_IS = (
    r"\b(?:sounds?|looks?|seems?|sounded|looked|seemed|feels?) like (?:it(?:'s| is| could be"
    r"| might be| may be| was)? )?"
    r"|\b(?:it's|it is|its|that's|that is|this is|this sounds like|that sounds like"
    r"|it sounds like|this looks like|that looks like|it looks like|(?:could|might|may|would"
    r"|must|can)(?: \w+)? be|probably|likely|most likely|almost certainly|definitely|it's not"
    r"|it isn't|that's not|that isn't|is not|isn't|(?:it's|its|it is|that's|that is)(?: \w+)?"
    r" not) "
    r"|\b(?:classic|typical|textbook|consistent with|characteristic of|tipicos? de"
    r"|clasicos? de) (?:for |of )?"
    r"|\b(?:indicative of|suggestive of|points to|a sign of|signs of|compatibles? con"
    r"|consistentes? con|(?:would be |is |are )?considered(?: an?)?) "
    r"|\b(?:that'll|that will|that'd|that would|it'll|it will|it'd|it would) (?:probably |likely"
    r" |just )?be (?:the |your )?"
    r"|\b(?:is|are|'s) (?:usually|typically|often|most likely|generally|almost always|probably"
    r"|likely|basically) "
    r"|\b(?:sounds?|seems?|looks?|feels?|sounded|seemed|looked) (?:very |pretty |really"
    r" |totally |kinda |kind of |more |most )?"
    r"|\b(?:screams|for sure|100%|99%|definitely sounds like|sure sounds like|sure looks like"
    r"|dx(?: probable| probably| likely)?:?) ?"
    r"|\b(?:parece (?:que (?:es|se trata de) |ser )?|suena (?:a|como) |seguramente (?:es"
    r"|sea|tienes|tiene) |probablemente (?:es|sea|tienes|tiene|tengas|tenga) "
    r"|lo mas (?:probable|seguro) es que (?:sea|tengas|tenga) |(?:eso|esto) (?:es"
    r"|suena a|parece) |(?:a lo mejor|quizas|quiza|tal vez|capaz que) (?:es|sea|tiene"
    r"|tienes|tenga|tengas) |puede ser |podria ser |debe ser |sera |seguro (?:que )?(?:es"
    r"|sea|son|sean|tienes|tiene) |yo creo que (?:es|son|tiene|tienes) |creo que (?:es|son) "
    r"|es (?:solo|solamente|probablemente|seguramente|nada mas que|simplemente) )"
    r"|\b(?:se ve como|parece como|luce como|se oye como|suena como) "
    r"|\b(?:tiene (?:toda )?(?:la )?pinta de|se trata de|apunta a|(?:le|te|les) (?:dio|pego"
    r"|agarro|entro)|es) (?:ser |que es |que sea )?"
)
# ...and words that say it of the person: "you have", "your son has", "he's got".
_SAYS_THEY_HAVE = (
    r"\b(?:you have|you've got|you've developed|you've caught|you caught|you got"
    r"|you're having|you are having|you're suffering from|you are suffering from"
    r"|you suffer from|tienes|usted tiene|padeces|sufres de) "
    r"|\byou (?:might|may|could|must) (?:have|be having|be suffering from|have developed"
    r"|be experiencing|have caught|have picked up|be) "
    r"|\b(?:your(?: (?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad|mother"
    r"|father)'s)?|his|her|their|tu|su) "
    r"|\b(?:your|tu|su) (?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad|mother"
    r"|father|hijo|hija|bebe|nino|nina|esposo|esposa|mama|papa)(?: [\w-]+)? (?:has|had"
    r"|probably has|likely has|has got|tiene|tenia|padece|sufre de) "
    r"|\b(?:he|she|they)(?:'s got|'ve got| has| have| has got| caught| probably has"
    r"| likely has) "
    r"|\b(?:he|she|you|they|(?:your|his|her) \w+)(?:'s|'ve|'re| has| have| is| are)?(?: (?:probably"
    r"|likely|just|definitely|maybe|prob))* (?:picked up|came down with|coming down with"
    r"|caught|contracted|developed|fighting off|fighting) "
)
# "usually that's from drinking or a fatty liver", "eso es por el estrés"
_CAUSED_BY = (
    r"\b(?:it's|its|it is|that's|that is|this is|it|that|this|they're|it was|that was"
    r"|it's probably|comes|coming|come)(?: (?:usually|probably|likely|most likely|often"
    r"|almost certainly|definitely|just|mostly|typically|coming))? (?:from|due to"
    r"|caused by|because of|a result of|related to|triggered by) "
    r"|\b(?:is|are|'s|'re) (?:probably |likely |most likely |just |usually |often |definitely"
    r" )?(?:from|due to|caused by|because of|a result of|related to|triggered by) "
    r"|\b(?:eso|esto|es|son|viene|vienen|seguro es|seguro son|probablemente es|probablemente"
    r" son|seguramente es|seguramente son|puede ser) (?:por|debido a|a causa de|de|del) "
)

# "cough + fever = flu": its own rule, since a sign cannot start at a word and would slow
# every wording beside it.
_SIGN_SAYS_IT_IS = Rule(
    "medical_advice.diagnosis", lazy(rf"(?:=|->|→) ?{ADJ}{{0,4}}{COND}"), unless_before=CANNOT
)

_DIAGNOSIS_RULES = (
    Rule(
        "medical_advice.diagnosis",
        rx(
            rf"(?:{_SAYS_IT_IS}){ADJ}{{0,4}}{COND}",
            rf"(?:{_CAUSED_BY})(?:[\w'-]+ ){{0,3}}?(?:{ADJ}{{0,2}}{COND}|{MED}\b)",
            r"\byours (?:is|was|'s)(?: (?:probably|likely|just|definitely|only|clearly))?"
            rf" (?:a |an )?{ADJ}{{0,2}}{COND}",
            rf"\b{ADJ}{{0,2}}{COND},? (?:for sure|100%|no doubt|definitely|hands down|for certain"
            r"|sin duda|seguro|seguramente)\b",
            rf"\b(?:classic |typical |textbook |tipicos? |clasicos? |what (?:a |an )?)"
            rf"{CONDITION} (?:symptoms|signs|sintomas|signos|feels like|looks like|sounds"
            r" like)\b",
            r"\b(?:sounds?|looks?|seems?|sounded|looked|seemed) like you(?:'ve| have)? (?:got"
            r"|have|might have|may have|could have|probably have|likely have|are having"
            r"|'re having|are experiencing|'re experiencing|are suffering|'re suffering)(?! (?:had"
            r"|been|a question|questions|some questions|a concern|concerns|an? (?:\w+ )?"
            r"(?:experience|time|day|week|wait|morning|night)))\b",
            r"\b(?:sounds?|looks?|seems?) like (?:you|he|she|they) (?:might have |may have"
            r" |probably |just )?(?:sprained|twisted|broke|pulled|tore|strained|dislocated"
            r"|fractured|bruised|jammed|hurt|caught|picked up|rolled)\b|\b(?:suena a|parece|creo"
            r"|seguro|probablemente) que (?:se|te|le) (?:torcio|rompio|fracturo|lastimo|desgarro"
            r"|disloco|doblo|golpeo|jalo|infecto)\b",
            r"\b(?:looks|seems|appears|sounds) (?:totally |completely |pretty |very )?"
            r"(?:harmless|benign|infected|cancerous|precancerous|inflamed|broken|sprained"
            r"|fractured|torn)\b|\b(?:looks|seems|appears) (?:totally |completely |pretty )?"
            r"(?:normal|healthy)\b",
            r"\b(?:sounds|looks|seems) like (?:your|his|her|the) (?:[\w-]+ ){0,2}(?:is|are|has"
            r"|have|was|were) (?:back|flaring|acting up|infected|worse|inflamed|swollen|broken"
            r"|sprained|torn|healing)\b",
            r"\b(?:(?:could|might|may|probably|likely|most likely) be|(?:it's|it is|that's"
            r"|sounds like)(?: probably| likely| just| most likely){0,2}) (?:your|his|her|the)"
            r" (?:gallbladder|appendix|thyroid|heart|kidneys?|liver|sinuses|hormones|blood sugar"
            r"|blood pressure|iron|vitamin d|tonsils|ears?|nerves?|disc|ligament|meniscus"
            r"|rotator cuff|medication|meds)\b",
            r"\b(?:is|it's|that's|es) (?:a |an |una? )?(?:totally |completely |perfectly |very"
            r" |pretty |muy |totalmente )?(?:normal|common|typical|expected|mild|leve|tipica|comun"
            r"|esperada) (?:reaction|side effect|response|reaccion"
            r"|efecto secundario|respuesta)\b",
            r"\byou (?:likely|probably|most likely|definitely|clearly|obviously) (?:have|has|got"
            r"|are|'re|suffer)(?! (?:questions?|concerns?|already|seen|heard|received|noticed"
            r"|been|a question))\b",
            r"\b(?:is|are|'s|sounds like|could be|probably|likely|just) (?:a |an |just )?(?:common"
            r" |known |normal |typical )?(?:side effects?|reaction) (?:of|from|to)\b"
            rf"(?! {VACCINES_IN_GENERAL})",
            rf"\b{DRUG}s? (?:can |often |sometimes |commonly |usually |definitely |probably )?"
            r"(?:causes?|gives?|triggers?|makes?) (?:that|this|the|your|a|an|some|people)\b",
            rf"\b{CONDITION} (?:can|could|may|might|will|does|do|often|usually|is probably|is"
            r" likely) (?:definitely|totally|sometimes|often|also|probably|likely|easily)"
            r" (?:cause|give you|lead to|trigger|explain|bring on|make you)\b",
            rf"\b{CONDITION} (?:can|could|may|might|will|does|often|usually)(?: \w+)? (?:cause"
            r"|delay|affect|mess with|throw off|trigger|give you|lead to|make) (?:your|his|her"
            r"|you)\b",
            r"\b(?:estas|esta|you're|you are|she's|she is) (?:embarazada de \d+|\d+ weeks?"
            r" (?:pregnant|along))\b",
            r"\b(?:your|his|her|their|tu|su) (?:body|immune system|cuerpo) (?:is |'s )?(?:just"
            r" |probably |likely )?(?:fighting|reacting|adjusting|healing|recovering|getting used"
            r" to|esta peleando|esta reaccionando)\b",
            # "your thyroid is a little sluggish"
            r"\b(?:your|his|her|the|tu|su) (?:thyroid|liver|kidneys?|heart|gallbladder|appendix"
            r"|pancreas|lungs?|sinuses|prostate|bladder|immune system|metabolism|hormones"
            r"|tiroides|higado|rinon|rinones|corazon|vesicula|pulmones|prostata|hormonas"
            r"|defensas|metabolismo)(?:'s| is| are| seems?| sounds?| looks?| esta| estan"
            r"| parece)(?: \w+){0,2}? (?:sluggish|underactive|overactive|slow|enlarged|inflamed"
            r"|infected|fine|healthy|working|failing|weak|damaged|stressed|irritated|acting up"
            r"|off|out of whack|low|high|lent[oa]|perezos[oa]|inflamad[oa]|bien|debil|fallando"
            r"|bajas?|altas?)\b",
            r"\b(?:that's|that is|which is|this is) (?:probably |likely |most likely |definitely"
            r" )?(?:why|what's causing|what is causing|causing) (?:the|your|his|her|he|she|you|it)"
            r"\b|\bpor eso (?:esta|tiene|le duele|le da|le pica|se siente|anda)\b|\ble esta"
            r" saliendo (?:un diente|los dientes|una muela|el diente)\b",
            r"\b(?:there's|there is|we see|i see|no sign of|no signs of|shows no|showed no)"
            r" (?:a |any )?(?:fracture|break|infection|pneumonia|tumor|mass|blockage|clot|bleed)\b"
            r"|\bno (?:hay|tiene|se ve|vemos) (?:ninguna |ningun )?(?:fractura|infeccion|nada"
            r" roto|neumonia|tumor|nada malo)\b",
            # Staff comparing with their own family: "exactly how my kid's strep started".
            r"\b(?:same (?:thing )?(?:happened|happens) (?:to|with) (?:me|my|us)|my (?:kid|son"
            r"|daughter|husband|wife|mom|dad|baby|kids)(?:'s)? (?:had|has|got|gets|did|was)"
            r" (?:the )?(?:same|this|that|exactly)|exactly (?:how|what) my|(?:eso|lo) mismo le"
            r" paso a mi|a mi (?:hijo|hija|esposo|esposa|mama|papa|nieto|nieta) le (?:paso|dio))\b",
            r"\b(?:parece|suena a|se oye|se ve) que (?:tienes|tiene|sufres|sufre|padeces|padece"
            r"|te dio|le dio|tengas|tenga)\b(?! (?:una? |alguna )?(?:pregunta|duda|consulta"
            r"|problema con|mala experiencia))",
        ),
        unless_before=CANNOT,
    ),
    Rule(
        "medical_advice.diagnosis",
        rx(
            rf"(?:{_SAYS_THEY_HAVE}){ADJ}{{0,4}}{COND}",
            r"\byou(?:'re| are) (?:(?:probably|likely|definitely|just|clearly|only) ){0,2}"
            r"(?:pregnant|diabetic|prediabetic|dehydrated|anemic|allergic|depressed|hypothyroid"
            r"|lactose intolerant|stressed|anxious|burned out|burnt out|run down|contagious"
            r"|deficient|overweight|obese|sick with)\b",
            r"\b(?:estas|esta usted) (?:embarazada|deshidratad[oa]|anemic[oa]|deprimid[oa])\b",
        ),
        unless_before=CONDITIONAL,
    ),
)


# "that does sound a lot like shingles", "your symptoms fit hypothyroidism"
_LOOKS_LIKE_RULES = (
    Rule(
        "medical_advice.diagnosis",
        rx(
            r"\b(?:sounds?|looks?|seems?|sounded|looked|seemed|feels?) (?:a lot|a little|a bit"
            r"|very much|so much|exactly|just|kind of|sort of|pretty much|much|an awful lot)"
            rf" like {ADJ}{{0,3}}{COND}",
            r"\b(?:your|his|her|their|the|these|those|tus|sus|los|esos|estos) (?:symptoms|signs"
            r"|sintomas|signos)(?: \w+)? (?:fit|fits|match|matches|line up with|lines up with|are"
            r" consistent with|point to|points to|suggest|suggests|(?:sound|look)(?: a lot| a bit"
            r"| very much| so much| exactly| just| kind of| a little)? like"
            rf"|coinciden con|coincide con|apuntan a|sugieren|encajan con|son de) {ADJ}{{0,3}}"
            rf"{COND}",
            r"\b(?:what you(?:'re| are)? (?:describe|describing|described|listed|mentioned)"
            r"|everything you (?:describe|described|listed|mentioned)|lo que (?:describe|cuenta"
            r"|menciona)) (?:is consistent with|points to|suggests|fits|sounds like|matches"
            r"|coincide con|apunta a|suena a|parece)\b",
            rf"\b(?:se parecen?|suenan?|parecen?) (?:mucho |bastante |un poco |muchisimo )?a"
            rf" {ADJ}{{0,3}}{COND}",
            # "the bullseye rash is the giveaway", "a classic sign of chickenpox"
            rf"\b(?:classic|telltale|tell-tale|textbook|typical|sure|early|first) (?:signs?"
            rf"|symptoms?) (?:of|for) {ADJ}{{0,3}}{COND}|\bgiveaway (?:for|of|that)\b|\b(?:is"
            r"|are|'s) (?:the |a )?(?:dead |real )?giveaway\b|\bdead giveaway\b",
        ),
        unless_before=CONDITIONAL,
    ),
)


RULES: tuple[Rule, ...] = (*_DIAGNOSIS_RULES, _SIGN_SAYS_IT_IS, *_LOOKS_LIKE_RULES)
