"""Severe bleeding, chest pain and a heart device that keeps shocking (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import CHEST_WALL, MINOR_BLEEDING

BLEEDING_RULES = (
    make_rule(
        "severe_bleeding",
        "pulsing spurting squirting pumping gushing borbotones",
        r"(?:blood|bleeding) (?:is |s |keeps |just )?(?:pulsing|spurting|squirting|pumping|"
        r"gushing)\b|sangre (?:sale |le sale |me sale |esta saliendo )?a borbotones\b",
    ),
    make_rule(
        "severe_bleeding",
        "soaking soaked soaks pads pad",
        r"(?:soaking|soaked|soaks|bleeding through|filled|filling) (?:a |one |\d+ |two |three |"
        r"four |five )?(?:pads?|tampons?|maxi pads?) (?:an|every|in an|in half an|each) "
        r"(?:hour|half hour)\b|(?:soaking|soaked) (?:\d+|two|three|four|five) pads\b",
    ),
    make_rule(
        "severe_bleeding",
        "bleeding",
        r"(?:wont|will not|cant|cannot|can not|doesnt|does not|dont|isnt|is not|not|aint|wouldnt|"
        r"hasnt|never) stop(?:ping|ped)? bleeding\b",
        negatable=False,
    ),
    make_rule(
        "severe_bleeding",
        "bleeding blood nosebleed bleed",
        r"(?:bleeding|blood|nosebleed|nose bleed|bleed) (?:that |and it |and |which |and its )?"
        r"(?:wont|will not|doesnt|does not|isnt|is not|cant|hasnt|has not|not) (?:stop|stopping|"
        r"stopped|slow|slowing|going to stop|gonna stop|letting up)\b",
        negatable=False,
    ),
    make_rule(
        "severe_bleeding",
        "bleeding blood",
        r"(?:cant|cannot|can not|unable to|couldnt|wont) (?:stop|get|make) (?:the |this |his |her |"
        r"my )?(?:bleeding|blood)(?: to stop| stop)?\b|cant get (?:it|him|her) to stop bleeding\b",
        negatable=False,
    ),
    make_rule(
        "severe_bleeding",
        "bleeding bleeds bleed bled",
        r"(?:bleeding|bleeds|bleed|bled) (?:so |really |very )?(?:a lot|so much|too much|"
        r"really bad|really badly|badly|heavily|profusely|everywhere|like crazy|nonstop|non stop|"
        r"uncontrollably|out|through (?:the |a |my |his |her )?(?:bandage|bandages|gauze|towel|"
        r"towels|pad|pads|shirt|clothes))\b",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "bleeding blood",
        r"(?:heavy|severe|massive|uncontrolled|uncontrollable|profuse|excessive|serious|major|"
        r"lots of|a lot of|so much|tons of|way too much|too much) (?:bleeding|blood)\b"
        r"(?! (?:work|test|tests|draw|pressure|sugar|type|count|panel|levels|donation|bank)\b)",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "blood",
        r"blood (?:is |s |keeps |just keeps )?(?:gushing|spurting|pouring|squirting|pumping out|"
        r"spraying|everywhere)\b|(?:gushing|spurting|pouring|squirting|spraying|pumping) "
        r"(?:out )?blood\b",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "soaking soaked soaks",
        r"(?:soaking|soaked|soaks) (?:through )?(?:a |one |my |the )?(?:pad|pads|towel|towels|"
        r"bandage|bandages|gauze) (?:every|an|in an|in less than an|each|per) (?:hour|hr|"
        r"half hour|\d+ minutes)\b|soaking through (?:a |the |my |his |her )?(?:pad|pads|towel|"
        r"towels|bandage|bandages|gauze)\b",
    ),
    make_rule(
        "severe_bleeding",
        "blood",
        r"(?:coughing up|coughed up|cough up|throwing up|vomiting|puking|puking up|threw up|"
        r"vomited|spitting up|spitting out|spitting) (?:a lot of |lots of |so much |bright red |"
        r"dark |pure |a (?:cup|mouthful|handful) of |cups of |mouthfuls of ){0,2}blood\b"
        r"(?! tinged| streaked| in (?:my|the) (?:phlegm|mucus))",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "sangra sangran sangrando sangro sangre",
        r"(?:sangra|sangran|esta sangrando|estoy sangrando|sigue sangrando|sangrando|sangro|"
        r"le sale sangre|sale sangre|me sale sangre) (?:mucho|muchisimo|demasiado|bastante|"
        r"un monton|a chorros|sin parar|por todos lados|como loco|horrible)\b",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "sangrar sangrado sangre hemorragia",
        r"no (?:para|deja|paro|dejo|se detiene|se para|se le para|se me para|ha parado|"
        r"ha dejado|puedo parar|puedo detener|podemos parar|le para|me para|quiere parar) "
        r"(?:de sangrar|el sangrado|la sangre|la hemorragia|de salir sangre|de salirle sangre)\b",
        negatable=False,
    ),
    make_rule(
        "severe_bleeding",
        "sangrado sangre hemorragia",
        r"(?:el sangrado|la sangre|la hemorragia) no (?:para|se detiene|se para|se quita|"
        r"deja de salir|se corta|ha parado)\b",
        negatable=False,
    ),
    make_rule(
        "severe_bleeding",
        "sangrado hemorragia",
        r"(?:sangrado|hemorragia) (?:muy )?(?:abundante|fuerte|severa|severo|masiva|masivo|grave|"
        r"que no para|que no se detiene|incontrolable)\b",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "sangre",
        r"(?:mucha|muchisima|demasiada|un monton de|un chingo de|chorros de) sangre\b",
        veto=MINOR_BLEEDING,
    ),
    make_rule(
        "severe_bleeding",
        "sangre",
        r"(?:vomitando|vomita|tosiendo|tose|escupiendo|escupe) sangre\b",
    ),
)

CHEST_RULES = (
    make_rule(
        "chest_pain",
        "grabbed clutched clutching grabbing agarro",
        r"(?:grabbed|clutched|clutching|grabbing|held|holding) (?:his|her|their|my) chest and "
        r"(?:fell|collapsed|went down|dropped|passed out|slumped)\b|se (?:agarro|apreto|tomo) el "
        r"pecho y se (?:cayo|desmayo|desplomo)\b",
        hyperbole=True,
    ),
    make_rule(
        "chest_pain",
        "chest",
        r"(?:i have|i got|ive got|im having|i am having|having|i get|im getting|getting|"
        r"experiencing|im experiencing|feeling|i feel|with|got|has|hes having|shes having|"
        r"is having) (?:a |some |really |very |such |so |super )?(?:bad |severe |sharp |crushing |"
        r"horrible |terrible |intense |extreme |strong |sudden |stabbing |heavy |weird )?"
        r"(?:chest (?:pain|pains|pressure|tightness|discomfort)|(?:pain|pressure) in "
        r"(?:my|his|her|the) chest)\b",
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "chest",
        r"(?:crushing|squeezing|severe|sharp|stabbing|intense|extreme|horrible|terrible) "
        r"chest (?:pain|pains|pressure)\b",
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "chest",
        r"chest (?:pain|pains|pressure|tightness|discomfort)\b",
        bare=True,
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "chest",
        r"(?:pain|pains|pressure|tightness|squeezing|heaviness|crushing|sharp pain|"
        r"stabbing pain) (?:in|on) (?:my|his|her|their|the) chest\b",
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "chest",
        r"(?:my|his|her|their) chest (?:hurts|is hurting|hurting|is killing me|is tight|"
        r"feels tight|feels heavy|is heavy|is burning|is on fire|pain|is caving in|feels like "
        r"(?:its |it is )?(?:being crushed|being squeezed|someone is sitting on it|an elephant))\b",
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "chest",
        r"chest (?:hurts|is hurting|feels tight|is tight|feels heavy|is killing me)\b",
        bare=True,
        veto=CHEST_WALL,
    ),
    make_rule("chest_pain", "attack", r"having (?:a |another )?heart attack\b", hyperbole=True),
    make_rule(
        "chest_pain",
        "attack",
        r"(?:think|pretty sure|scared|afraid|worried) (?:its|it is|this is|this might be|"
        r"it might be|it could be) (?:a )?heart attack\b",
        hyperbole=True,
    ),
    make_rule(
        "chest_pain",
        "infarto corazon cardiaco",
        r"(?:me esta dando|le esta dando|estoy teniendo|esta teniendo|creo que (?:me da|le da|es|"
        r"tengo|tiene)|le dio|tiene) (?:un )?(?:ataque al corazon|ataque cardiaco|infarto)\b",
        hyperbole=True,
    ),
    make_rule(
        "chest_pain",
        "pecho",
        r"(?:tengo|siento|tiene|siente) (?:un |una |mucho |mucha )?(?:fuerte |muy fuerte |"
        r"terrible )?(?:dolor|presion|opresion|pesadez|punzadas?) (?:fuerte |muy fuerte |"
        r"horrible )?(?:de|en el|del) pecho\b",
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "pecho",
        r"(?:dolor|dolores|presion|opresion|pesadez|punzadas?|apreton) (?:fuerte |muy fuerte )?"
        r"(?:de|en el|en mi|del) pecho\b",
        bare=True,
        veto=CHEST_WALL,
    ),
    make_rule(
        "chest_pain",
        "pecho",
        r"(?:me|le) (?:duele|esta doliendo|aprieta|oprime) (?:mucho |muchisimo |bastante |"
        r"horrible )?el pecho\b",
        veto=CHEST_WALL,
    ),
)

# One shock from an implanted defibrillator is a call to the cardiologist; shocks that repeat
# are a 911 call.
_REPEATED = compile(
    r"\b(?:keeps|kept|keep|again|twice|times|several|multiple|back to back|in a row|\d+|three|"
    r"four|otra vez|seguidas|varias|dos|tres|cuatro)\b"
)
DEVICE_RULES = (
    make_rule(
        "device_shocks",
        "pacemaker defibrillator defib icd aicd",
        r"(?:pacemaker|defibrillator|defib|icd|aicd) (?:\w+ ){0,3}?(?:shocked|shocking|shocks|"
        r"zapped|zapping|fired|firing|went off|going off|goes off)\b",
        needs=_REPEATED,
    ),
    make_rule(
        "device_shocks",
        "desfibrilador marcapasos",
        r"(?:desfibrilador|marcapasos) (?:\w+ ){0,2}?(?:dio|ha dado|esta dando|sigue dando|da) "
        r"(?:\w+ )?(?:descargas?|choques?|toques)\b",
        needs=_REPEATED,
    ),
)
