"""Self-care advice: home remedies, habits, wound and activity care, and what will work."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import (
    CANNOT,
    COND,
    MED,
    SYMPTOM,
)

# Rules of thumb that are also public-health notices: "stay hydrated" to a sick person is
# advice, in a heat advisory or a vaccine reminder it is not.
_NOTICE = lazy(
    r"\b(?:heat|advisory|heat wave|summer|weekend|outdoors|outside|event|game|hike|race"
    r"|marathon|everyone|everybody|community|season|reminder|todos|calor|verano|temporada)\b"
)
_PUBLIC_RULES = (
    Rule(
        "medical_advice.directive",
        rx(r"\b(?:stay|keep) hydrated\b|\b(?:mantente|mantengase|mantenganse) hidratad[oa]s?\b"),
        # The notice may come a sentence earlier, or the crowd be named after it.
        unless_before=lazy(rf"(?:{_NOTICE.pattern})[^?]{{0,60}}$"),
        unless_after=lazy(r"[^.!?]{0,15}\b(?:everyone|everybody|all|folks|y'all|todos|todas)\b"),
    ),
    Rule(
        "medical_advice.directive",
        rx(
            r"\b(?:babies|kids|children|toddlers|infants|newborns|adults|teens|los bebes|los"
            r" ninos) (?:don't|do not|shouldn't|should not|should|need|can't|cannot|no deben|no"
            r" necesitan|deben) (?:need|have|get|take|drink|eat|be given|sleep|tomar|comer"
            r"|beber)\b"
        ),
        # "Adults should get a tetanus booster every 10 years" is a vaccine reminder.
        unless_after=lazy(
            r"(?: \w+){0,3}? (?:vaccines?|vaccinated|shots?|boosters?|screenings?|screened"
            r"|checkups?|check-ups?|physicals?|mammograms?|colonoscop(?:y|ies)|vacunas?"
            r"|vacunad[oa]s?)\b"
        ),
    ),
)

# A remedy named as the whole instruction: "Heat, not ice, for the first couple days",
# "Honey and lemon tea plus an extra pillow at night", "ginger tea for the nausea".
_REMEDY_LIST = (
    rf"(?!ice cream){MED}(?:,? (?:not |no |and |plus |\+ |& |or |y |o |con |with |then )?"
    rf"(?:an? |some |extra |un |una |mas )?(?:[\w-]+ )?{MED})*"
)
_REMEDY_WHEN = (
    rf"(?:for (?:the |a |an |your |his |her )?(?:first|next|few|couple|\d|one|two|three|four"
    rf"|days?|nights?|weeks?|(?:[\w-]+ )?(?:{SYMPTOM}|{COND}))|at night|tonight|before bed"
    r"|at bedtime|every (?:\d|few|couple|morning|night|day|evening|hour)|a few times|twice"
    r"|then|in the morning|para (?:el |la |los |las )?(?:[\w-]+ )?(?:{SYMPTOM}|{COND})"
    r"|por la noche|en la noche|antes de dormir|cada (?:\d|noche|manana|dia))\b"
)
_REMEDY_RULES = (
    Rule(
        "medical_advice.directive",
        rx(
            rf"(?:^|[.!?;:\n(-] ?)(?:then |and |plus |y |luego )?{_REMEDY_LIST},?(?: \w+)?"
            rf" {_REMEDY_WHEN}"
        ),
    ),
)


# Advice dressed as small talk: "worth skipping the wine", "try lying on your left side",
# "I'm not a doctor but...", "what helped me was...", "le sirve dormir con dos almohadas".
_HABIT_ING = (
    r"(?:sleeping|lying|laying|propping|elevating|raising|icing|heating|soaking|stretching"
    r"|walking(?! in\b)|resting|breathing|eating|drinking|cutting|skipping|avoiding|limiting"
    r"|adding|switching (?:to (?!(?:the )?(?:app|portal|website|online))|from)|wearing"
    r"|rinsing|gargling|massaging|journaling|meditating|napping|reducing|lowering|upping"
    r"|increasing|decreasing|quitting|pausing|fasting|snacking|swapping|ditching"
    r"|easing up|laying off|steering clear)"
)
_HABIT_ES = (
    r"(?:dormir|tomar|tomarse|comer|cenar|evitar|usar|poner|ponerse|beber|caminar|descansar"
    r"|dejar|reducir|cortar|elevar|aplicar|aplicarse|probar|acostarse|respirar|estirar"
    r"|estirarse|hacer ejercicio|bajarle|quitar|quitarle|tomar agua|meditar)"
)
_WOUND = (
    r"(?:incision|wound|stitches|sutures|dressing|bandage|cut|burn|site|cast|splint|staples"
    r"|steri-?strips|scab|drain|belly button|cord|umbilical cord|circumcision)"
)
_HEDGED_RULES = (
    Rule(
        "medical_advice.directive",
        rx(
            rf"\b(?:try|trying|worth|might help|may help|could help|it helps|helps)"
            rf"(?: [\w'-]+){{0,2}}? {_HABIT_ING}\b",
            r"\b(?:le|te|les) (?:sirve|serviria|puede servir|podria servir|ayuda|ayudaria"
            r"|puede ayudar|podria ayudar|conviene|convendria|vendria bien|caeria bien|hace"
            r" bien|haria bien|funciona|funcionaria) (?:mucho |bastante |un poco |tambien )?"
            rf"{_HABIT_ES}\b",
            r"\bnot (?:a|your) (?:doctor|nurse|physician|medical professional|md|pharmacist)"
            r"(?: or anything)?,? but\b|\bno soy (?:medico|medica|doctor|doctora|enfermer[oa]"
            r"|farmaceutic[oa])\b[^.!?]{0,20}\bpero\b",
            r"\bmost (?:people|patients|folks|women|men|parents|moms|dads|kids|adults)"
            r" (?:in your (?:situation|shoes|position|case)|with (?:your|what you|the same)"
            r"|like you(?:rself)?)\b|\bla mayoria de (?:las personas |la gente |los pacientes"
            r" |las mujeres |los ninos |las mamas )?(?:en (?:su|tu) (?:situacion|caso)|como"
            r" usted|como tu)\b",
            r"\bwhat (?:really )?(?:helped|helps|worked|works) (?:for )?me\b|\ba mi (?:me )?"
            r"(?:ayudo|funciono|sirvio|ayuda|funciona|sirve)\b|\blo que (?:a mi )?me"
            r" (?:ayudo|funciono|sirvio)\b",
            # Wound and post-procedure care.
            rf"\b(?:keep|leave) (?:the|your|his|her) (?:[\w-]+ )?{_WOUND}s? (?:dry|clean"
            r"|covered|uncovered|open|on|in place)\b|\b(?:change|swap|remove|take off|peel off)"
            r" (?:the|your|his|her) (?:dressing|bandage|gauze|band-?aid|steri-?strips|packing"
            r"|tape)\b",
            r"\b(?:don't|do not|no|avoid|try not to) (?:soak|soaking|submerge|submerging|scrub"
            rf"|scrubbing|pick at|picking at|scratch|scratching|get|getting|wet) (?:the |your |his"
            rf" |her )?(?:[\w-]+ )?{_WOUND}s?\b",
            r"\b(?:mantenga|manten|mantener|deje|deja) (?:la|su|el|tu) (?:herida|incision"
            r"|vendaje|yeso|zona|area|ombligo|puntos|gasa) (?:seca|secos?|limpi[oa]s?"
            r"|cubiert[oa]s?|destapad[oa])\b|\b(?:cambie|cambia|cambiar|quite|quitar) (?:el|la"
            r"|su|tu) (?:vendaje|gasa|curita|aposito|venda|cinta)\b|\bno (?:moje|mojes|rasque"
            r"|rasques|talle|talles|toque|toques) (?:la|el|su|tu|los|sus) (?:herida|yeso"
            r"|incision|puntos|costra|ombligo)\b",
            # Activity restrictions: "no lifting anything over 10 lb for 2 weeks".
            r"\b(?:avoid|no|skip|hold off on|stay away from) (?:any |all |heavy |strenuous"
            r" |intense |vigorous |high-impact )*(?:lifting|exercise|exercising|running|jogging"
            r"|swimming|baths|bathing|sex|intercourse|straining|bending|workouts?|contact sports"
            r"|driving|tub baths|hot tubs)\b[^.!?]{0,30}\b(?:for|until|till|while|after)\b",
            r"\bnada de (?:esfuerzos?|cargar|ejercicio|levantar|correr|alberca|tina|banos? de"
            r" tina|relaciones|manejar)\b|\bno (?:cargue|cargues|levante|levantes|haga|hagas)"
            r" (?:nada|peso|cosas|esfuerzos?|ejercicio)\b|\bsin cargar peso\b",
            # Pregnancy and infant care.
            r"\bavoid\b[^.!?]{0,40}\b(?:while|when|since|now that) (?:you're|you are"
            r"|pregnant|nursing|breastfeeding|expecting)\b",
            r"\b(?:feed|nurse|bottle-?feed|breastfeed|burp|swaddle) (?:him|her|them|the baby"
            r"|your baby|baby) (?:every|at least|more|less|on demand|smaller|before|after"
            r"|\d|until)\b|\b(?:dele|dale|darle|de) (?:pecho|el pecho|biberon|el biberon"
            r"|formula|de comer) (?:cada|mas|menos)\b",
            # Coping tips aimed at the person.
            r"\b(?:when|whenever|if|cuando|si) (?:the |your |you (?:feel|get) |le (?:da|de)"
            r" |te (?:da|de) |se siente |sientes |la |el )?(?:[\w-]+ )?(?:anxiety|anxious"
            r"|panic|sadness|low|down|overwhelmed|stressed|ansiedad|panico|tristeza|angustia"
            r"|nervios)\b[^.!?]{0,30}\b(?:try|breathe|go for|respire|respira|salga|sal"
            r"|intente|intenta)\b",
            r"\b(?:respire|respira|respiren|respirar) (?:profundo|hondo|profundamente"
            r"|despacio)\b|\bbreathe (?:deeply|slowly|in for)\b",
        ),
        unless_before=CANNOT,
    ),
    Rule(
        "medical_advice.directive",
        # "St. John's wort is a nice natural option for the low mood"
        rx(
            rf"\b{MED}(?: [\w-]+)? (?:is|are|'s|es|son|seria|would be|can be|could be)"
            r" (?:a |an |una |un )?(?:really |very |pretty |super |muy )?(?:nice|good|great"
            r"|natural|gentle|safe|solid|easy|excellent|popular|buena|excelente|gran)"
            r"(?: natural| gentle| herbal| safe| home)? (?:option|choice|remedy|alternative|fix"
            r"|bet|opcion|alternativa|remedio)(?: natural| casera?)? (?:for|para)\b",
        ),
        unless_before=CANNOT,
    ),
)


RULES: tuple[Rule, ...] = (*_HEDGED_RULES, *_PUBLIC_RULES, *_REMEDY_RULES)
