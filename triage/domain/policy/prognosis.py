"""Predicting how a condition will go, or reassuring the person about it."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import (
    BODY,
    CANNOT,
    COND,
    HOW_MANY,
    MED,
    SYMPTOM,
    TIME_UNIT,
    VACCINES_IN_GENERAL,
)

_PROGNOSIS_RULES = (
    Rule(
        "medical_advice.prognosis",
        rx(
            r"\byou(?:'ll| will)(?: probably| likely| definitely| surely)? (?:be (?:fine|ok"
            r"|okay|alright|all right|good|better|back to normal|feeling better|just fine)"
            r"|feel better|recover|get better|heal)\b",
            r"\b(?:it|this|that|the \w+|symptoms|your \w+)(?:'ll| will| should)"
            r" (?:probably |likely |usually )?(?:go away|clear up|clear|resolve|get better"
            r"|heal|pass|subside|improve|settle down|calm down|fade|disappear|go down"
            r"|wear off|run its course)\b",
            r"\b(?:go|goes|going) away on (?:its|it's|their) own\b",
            r"\b(?:should|will|'ll) (?:probably |likely |usually )?(?:be )?(?:feel|feeling|be"
            r"|get|getting) (?:much )?better\b|\bis (?:doing|feeling|recovering|looking)"
            r" (?:much |a lot |so much )?better\b",
            r"\b(?:should|will|'ll) (?:probably |likely |usually )?(?:break|go down|come down"
            r"|go away|clear up|subside|heal up|heal|wear off|settle down)\b",
            r"\b(?:will|should|usually|typically|can|may|normally) last (?:about |around"
            r" |up to |for )?(?:a|one|two|three|\d+|a few|a couple|several)\b",
            r"\b(?<!que )(?:durara|va a durar|suele durar|dura|duran|duraran) (?:unos?|unas?"
            r"|un par de|hasta|como|alrededor de|\d+|dos|tres|varios|varias)\b",
            r"\bse (?:le |te )?(?:quita|pasa|cura|resuelve|va|quitan|pasan|mejora|desinflama"
            r"|seca|cierra)(?: sol[oa]s?| solit[oa]s?| en (?:un|una|unos|unas|pocos|pocas|\d+"
            r"|dos|tres)\b| con (?:el tiempo|los dias|reposo|la edad)| rapido| pronto)"
            r"|\b(?:y|and) se (?:le|te) (?:pasa|quita)\b",
            r"\bprobably (?:just )?nothing\b|\bprobablemente no (?:es|sea) nada\b",
            rf"\b(?:{SYMPTOM}|{COND})(?: [\w'-]+){{0,3}}? (?:usually |typically |often |should"
            r" |will |tends to )?(?:eases?|lets?) (?:up|off)\b",
            r"\b(?:deberia|deberian|debe de) (?:de )?(?:sentirse|estar|sentirte|estar ya)"
            r" (?:mucho |bastante |ya )?(?:mejor|bien|recuperad[oa])\b",
            r"\b(?:deberia|deberian|debe|debe de) (?:de )?(?:quitarse|pasarse|curarse|sanar"
            r"|mejorar|desaparecer|desinflamarse|bajar|ceder) (?:en|para|sol[oa]|con|pronto)\b",
            r"\b(?:most people|most kids|most patients|most cases|la mayoria) (?:recover"
            r"|get better|feel better|heal|do fine|do well|bounce back|are fine|se recupera"
            r"|mejora)\b|\b(?:recovery|healing) (?:usually |should |will )?(?:takes?|time is)\b",
            r"\b(?:he's|she's|he is|she is|they're|they are|esta|estan) (?:doing|feeling"
            r"|looking|recovering|recuperandose|mejorando) ?(?:much |a lot |so much |mucho"
            r" )?(?:better|well|great|fine|mejor|bien)\b",
            r"\b(?:clears?|resolves?|heals?|passes) (?:up )?on (?:its|it's|their) own\b",
            r"\b(?:usually|typically|normally|generally|often|almost always|always|mostly"
            r"|tends to) (?:breaks?|goes down|comes down|fades?|subsides?|goes away|go away"
            r"|clears? up"
            r"|resolves?|heals?|passes|improves?|gets? better)\b",
            r"\bnothing (?:to worry about|serious|to (?:panic|stress|fret|lose sleep) (?:about"
            r"|over)|to be (?:worried|concerned|alarmed|scared) about)\b",
            r"\b(?:no|not any|there's no) (?:need|reason) to (?:worry|be (?:worried|concerned"
            r"|alarmed)|panic)\b",
            r"\b(?:it's|it is|its|that's|that is|this is)(?: (?:probably|likely|most likely"
            r"|almost certainly|just|only|completely|perfectly|totally|very|pretty|quite))*"
            r" (?:nothing|harmless|benign|not serious|not dangerous|no big deal"
            r"|not a big deal|not contagious)\b",
            r"\b(?:it's|it is|its|that's|that is|this is)(?: (?:completely|perfectly|totally"
            r"|very|pretty|quite|probably))* (?:normal|common|expected)(?=[.!,;]| after| with"
            r"| during| at (?:this|your) age| in (?:kids|children|babies|pregnancy|adults)"
            r"| for (?:kids|children|babies|your age|someone|you\b(?! to))|$)",
            r"\b(?:you're|you are|he's|she's|he is|she is|your (?:son|daughter|baby|child|kid)"
            r" is) (?:probably |likely |completely |perfectly |totally |just )?(?:fine|ok|okay"
            r"|healthy|alright|all right|not at risk|out of danger|in good health)\b"
            r"(?! (?:with|to))",
            r"\b(?:should|will|'ll) (?:be )?(?:gone|better|resolved|cleared up|healed)"
            r" (?:in|within|by) (?:a|one|two|three|\d+|the)\b",
            r"\b(?:won't|will not|shouldn't|should not) (?:need|require) (?:surgery|stitches"
            r"|antibiotics|treatment|medication)\b",
            r"\b(?:isn't|is not|it's not|its not) (?:serious|dangerous|contagious|cancer"
            r"|life[- ]threatening|anything serious)\b",
            r"\bno (?:es|sera|parece|creo que sea|creo que es) (?:nada )?(?:grave|serio"
            r"|de cuidado|preocupante|peligroso|contagioso|cancer)\b",
            r"\bno es nada\b|\bnada (?:grave|serio|de que preocuparse|por lo que preocuparse)\b",
            r"\bno hay (?:de que|por que|porque|razon para|necesidad de) preocupar(?:se|te)\b",
            r"\b(?:vas|va|van) a estar (?:bien|mejor)\b|\b(?:estaras|estara|estaran)"
            r" (?:bien|mejor)\b",
            r"\b(?:te|se) (?:vas|va) a (?:recuperar|mejorar|sentir mejor)\b"
            r"|\bte (?:recuperaras|sentiras mejor|mejoraras)\b",
            r"\bse (?:te |le )?(?:(?:va|van) a (?:quitar|pasar|curar|resolver|mejorar"
            r"|desaparecer)|quitara|quitaran|pasara|pasaran|curara|resolvera|mejorara"
            r"|desaparecera)\b",
            r"\b(?:eso|esto|es) (?:algo |una cosa )?(?:completamente |totalmente |muy |bastante"
            r" |super )?(?:normal|comun|frecuente"
            r"|esperado|benigno|inofensivo)(?=[.!,;]| despues| tras| con| durante"
            r"| en (?:ninos|bebes|el embarazo)| a (?:esa|su|tu) edad| para (?:su|tu|esa) edad|$)",
            r"\b(?:estas|esta usted) (?:san[oa]|fuera de peligro)\b",
            r"\b(?:suele|suelen|normalmente|generalmente) (?:desaparecer|quitarse|pasar"
            r"|mejorar|curarse|resolverse|desaparece|se quita|se pasa|mejora|se cura"
            r"|se resuelve)\b",
        ),
        unless_before=CANNOT,
    ),
)


_HEDGE = (
    r"(?:almost certainly|most likely|probably|likely|definitely|surely|clearly|just|totally"
    r"|completely|perfectly|very|pretty|quite|almost|usually|always|still|only|honestly"
    r"|nothing but)"
)
_IS = r"(?:'s|'re| is| are| was| were| looks?| looked| seems?| sounds?| feels?)"
_WHAT_HURTS = rf"(?:[\w-]+ )?(?:{SYMPTOM}|{BODY}|{COND})"
_REASSURING = (
    r"(?:benign|harmless|non-?cancerous|not cancer(?:ous)?|nothing serious|not serious"
    r"|not dangerous|not contagious|not infected|not broken|nothing to worry about"
    r"|nothing cardiac|not (?:your |his |her )?heart|nothing major|no big deal)"
)
_REASSURANCE_RULES = (
    Rule(
        "medical_advice.prognosis",
        rx(
            rf"\b(?:it|that|this|these|those|they){_IS}(?: {_HEDGE}){{0,2}} {_REASSURING}\b",
            rf"\b(?:the|your|his|her|that|this|those|these|el|la|los|las|ese|esa|esos|esas|su"
            rf"|sus|tu|tus) {_WHAT_HURTS}(?:{_IS}(?: {_HEDGE}){{0,2}} (?:{_REASSURING}|fine|normal"
            r"|ok|okay|healthy|nothing|minor|superficial|mild|common|typical|expected|healing(?:"
            r" well| nicely| fine)?)\b(?! (?:to(?! me\b)|if|for you))| (?:es|son|esta|estan|se ve"
            r"|se ven"
            r"|parece|parecen|luce)(?: \w+)? (?:benign[oa]s?|inofensiv[oa]s?|normal(?:es)?|sin"
            r" importancia|leve|superficial|nada grave|nada serio|bien)\b)",
            rf"\b(?:yours|his|hers|theirs|the one you describe|what you describe|what you're"
            rf" describing|lo que describe|lo que cuenta){_IS}(?: {_HEDGE}){{0,2}} (?:fine|ok|okay"
            rf"|normal|benign|harmless|nothing|not serious|healthy|{_REASSURING})\b",
            r"\byour (?:probably |likely |totally |just )?(?:fine|ok|okay|alright|all good|in the"
            r" clear)\b(?! (?:with|to|print))",
            rf"\b(?:everyone|everybody|lots of people|a lot of people|most people|many people"
            rf"|todo el mundo|a todos|a muchos) (?:gets?|has|have|experiences?|feels?|les? (?:pasa"
            rf"|da)|se (?:siente|pone)) (?:\w+ )?(?:{SYMPTOM}|{COND})",
            r"\bno (?:es|hay) (?:para|que) (?:preocuparse|alarmarse|asustarse|preocuparte)\b"
            r"|\bno se (?:alarme|asuste)\b",
            r"\b(?:in the clear|out of the woods|on the mend|over the worst|past the worst"
            r"|through the worst|fuera de peligro)\b",
            r"\b(?:and|then|so|y) (?:you're|you'll be|you are|you will be|he'll be|she'll be"
            r"|he's|she's) (?:good|fine|ok|okay|golden)\b",
            r"\b(?:you|he|she|they)(?:'ll| will| should)(?: probably| likely| definitely| surely)?"
            r" be (?:totally |completely |perfectly |just |all |feeling )?(?:walking|running"
            r"|playing|sleeping|eating|back to (?:normal|school|work|sports"
            r"|yourself|himself|herself|themselves)|up and (?:about|running)|feeling (?:better"
            r"|fine|great|normal)|good as new|right as rain|fine|ok|okay|alright|all right)\b",
            r"\b(?:it|this|that|the \w+|symptoms|your \w+)(?:'ll| will| should)"
            r" (?:probably |likely |usually |just )?(?:drain|scab over|close up|shrink|dry up"
            r"|pop|fade|settle|sort itself out|work itself out|take care of itself|heal up"
            r"|heal without|go down|pass|clear)\b",
            r"\b(?:without (?:a |leaving a )?scar|won't (?:leave a )?scar|will not scar)\b",
            r"\b(?:appears?|seems?|looks?) to be (?:healing|infected|fine|normal|ok|okay"
            r"|improving|getting better|resolving|clearing up)\b|\b(?:is|are|'s) healing (?:well"
            r"|nicely|fine|appropriately|normally|properly|as expected|up)\b|\bparece estar"
            r" (?:sanando|cicatrizando|bien|infectad[oa]|mejor)\b|\besta (?:sanando|cicatrizando)"
            r" (?:bien|muy bien|normal)\b",
            r"\b(?:fever|temperature|temp|rash|cough|swelling|pain) (?:finally |has |is |already"
            r" )?(?:broke|went down|is gone|is down|cleared|cleared up|went away|is better"
            r"|improved)\b|\b(?:se le|se te|le|te) (?:quito|bajo|paso|fue|ha quitado|ha bajado)"
            r" (?:la|el|los|las) (?:fiebre|calentura|tos|dolor|hinchazon|comezon|sarpullido"
            r"|diarrea|vomito)\b",
            r"\b(?:can|will|may|might|usually|often|tends to|could) (?:linger|last|hang on|hang"
            r" around|stick around|persist|drag on) (?:for )?(?:\d|weeks|days|months|a while|a few"
            r"|several|a couple|up to)\b|\bpuede (?:durar|seguir) (?:semanas|dias|meses"
            r"|un tiempo)\b",
            rf"\b(?:el|la|su|tu) (?:{BODY}|{SYMPTOM}) (?:de (?:su|tu) \w+ )?(?:ya )?(?:va|esta"
            r"|sigue) (?:mejor|mejorando|sanando|bien)\b",
            r"\b(?:desaparece|desaparecen|se va|se van|se quita|se quitan|mejora|mejoran|se cura"
            r"|se curan|se resuelve|se resuelven|pasa|pasan) (?:solo |sola |solos |solas )?en"
            r" (?:pocos|unos|unas|un par de|\d+|dos|tres|cuatro|una|un) (?:dias|semanas|horas"
            r"|semana|dia)\b",
            r"\bse (?:le |te )?(?:cura|quita|alivia|calma|mejora|baja|pasa) con\b|\b(?:clears?"
            r" up|goes away|heals?|gets? better|calms? down|is treated|is cured) with\b",
            r"\b(?:needs?|just needs?) (?:some |more )?(?:time|rest) to (?:heal|recover|adjust"
            r"|fight)\b|\b(?:necesita|necesitas) (?:tiempo|reposo) para (?:sanar|recuperarse"
            r"|sanarse|sanar)\b",
            r"\b(?:it|you|he|she|that|they|the \w+)(?:'ll| will| should| may| might)(?: probably"
            r"| likely)? be (?:sore|tender|swollen|bruised|itchy|red|stiff|achy|uncomfortable"
            r"|painful|tired|fussy|congested) (?:for|a few|until|a couple|a day|a week)\b"
            r"|\b(?:le|te|les) (?:va|van) a (?:doler|picar|arder|molestar|dar comezon) (?:unos"
            r"|un par|por|hasta|un poco)\b|\b(?:luego|despues|pronto|ya) se (?:le|te) (?:pasa"
            r"|quita)\b",
            # "it clears in 3-5 days", "this kind of sprain heals in 4-6 weeks"
            rf"\b{SYMPTOM}(?: [\w'-]+){{0,4}}? (?:is|are|'s) (?:totally |completely |perfectly"
            r" |very |pretty |quite |so )?(?:normal|common|expected|typical|nothing to worry"
            r" about|harmless)\b(?! (?:to|if|for you))"
            rf"(?! (?:after|with|from|side effects? of|despues de|con) {VACCINES_IN_GENERAL})",
            r"\b(?:heals?|clears?(?: up)?|resolves?|goes away|gets? better|pass(?:es)?|improves?"
            r"|goes down|go down|comes down|settles?|wears? off"
            r"|fades?|subsides?|settles? down|calms? down|(?<!take )(?<!taking )breaks?)"
            r" (?:in|within|after|by|over"
            r"|around|about|on (?:its|their) own|without (?:antibiotics|treatment|medication"
            r"|medicine|meds|surgery|stitches))(?: (?:a|about|around|roughly|\d|one|two|three"
            r"|four|five|few|couple|several|day|week))?\b",
            r"\b(?:will|'ll|should|usually|typically|often|most kids|probably|likely) (?:probably"
            r" |likely |just )?outgrow\b|\boutgrows? (?:it|this|that|them)\b",
            rf"\bnormal(?: at (?:your|this|her|his) age| for (?:your|her|his) age| in pregnancy"
            r"| after (?:an? |the |your )?[\w-]+| at this stage| postpartum)?,?"
            rf" (?:to|for (?:\w+ )?to) (?:have|feel|get|see|notice|experience|be)"
            rf" (?:some |a little |a bit of |mild |a few )?(?:[\w-]+ )?(?:{SYMPTOM}|{COND})\b",
            r"\bes normal que (?:le |te |se |usted |su |tu )?\w+",
            r"\bnothing (?:we|they|the doctor|you|dr\.? \w+) can't (?:fix|handle|treat|manage)\b",
            r"\b(?:estara|estaras|quedara|quedaras|va a quedar|vas a quedar|va a estar|vas a"
            r" estar) (?:como )?nuev[oa]s?\b",
            r"\ben (?:unos|unas|pocos|pocas|un par de|\d+|dos|tres|cuatro) (?:dias|semanas|horas)"
            r" (?:estara|estaras|va a estar|vas a estar|se (?:le |te )?(?:quita|pasa|cura|va)"
            r"|ya (?:esta|estara|se))\b",
            r"\b(?:es|parece|se ve|luce) (?:completamente |totalmente |muy )?(?:benign[oa]"
            r"|inofensiv[oa])\b|\bno (?:es|parece) (?:nada )?(?:del corazon|cardiaco)\b",
        ),
        unless_before=CANNOT,
    ),
    Rule(
        "medical_advice.prognosis",
        # "the worst of the flu is usually over by day 3"
        lazy(
            r"\b(?:usually|typically|generally|normally|often|should be|will be|'ll be|is|are"
            r"|tends to be|suele estar) (?:over|gone|done|resolved|better|behind you|back to"
            r" normal|peaking|at (?:its|their) worst) (?:by|in|within|after|around|at)\b"
        ),
        unless_before=lazy(
            r"\b(?:wait|waits|hold|line|lines|season|sale|event|registration|enrollment"
            r"|construction|renovation|closure|outage|meeting|class|call|visit|forms?|letters?"
            r"|paperwork|requests?|records?|refills?|updates?|changes|transfers?)\b[^.!?]{0,20}$"
        ),
    ),
)


_ABOUT = (
    r"(?:(?:about|around|roughly|usually|typically|generally|normally|at least|up to|como|unos"
    r"|unas|aproximadamente|alrededor de|de|more or less|maybe) )*"
)
_TIMELINE_RULES = (
    Rule(
        "medical_advice.prognosis",
        rx(
            # Recovery timelines: "a sprain like that takes about 3 weeks to heal".
            rf"\b(?:takes?|taking|tarda|tardan|se tarda|toma|lleva)(?: \w+)? {_ABOUT}{HOW_MANY}"
            rf"(?: \w+)? {TIME_UNIT}(?: [\w'-]+){{0,3}}? (?:to|en|para) (?:fully |completely"
            r" |totalmente )?(?:heal|recover|get better|clear up|clear|resolve|go away|mend|feel"
            r" (?:better|normal)|sanar|curar|curarse|quitarse|recuperarse|mejorar|sanarse"
            r"|cicatrizar|desaparecer)\b",
            rf"\b(?:recovery|healing|recuperacion|recuperarse|sanar)(?: time| period| tiempo)?"
            rf"(?: [\w'-]+){{0,3}}? (?:is|takes|lasts|runs|es|tarda|dura|toma|lleva|will take"
            rf"|should take)(?: usually| typically| generally| normally)? {_ABOUT}{HOW_MANY}"
            rf"(?: \w+)? {TIME_UNIT}\b",
            r"\b(?:grow|grows|growing|grew) out of (?:it|this|that|them)\b",
            r"\b(?:(?:you|he|she|they|it|this|that)(?:'re| are| is|'s)|your) going to be (?:totally"
            r" |completely |perfectly |just |all |absolutely )?(?:fine|ok|okay|alright|all right"
            r"|good|better|great|back to normal|gone)\b",
            r"\b(?:it's|it is|its|that's|that is|this is)(?: (?:a|an))?(?: (?:very|totally"
            r"|completely|super|really|easily|highly|so))* (?:treatable|curable|easy to treat"
            r"|easily treated)\b",
            r"\b(?:will|'ll|should) (?:be )?(?:gone|better|cleared up|healed|over|resolved"
            r"|fine) (?:soon|in no time|before you know it|quickly|shortly|by (?:tomorrow"
            r"|monday|the weekend|next week)|in (?:like |about |around |maybe )?(?:a|an|one|two"
            r"|three|a few|a couple(?: of)?|\d+(?:-\d+)?) (?:days?|weeks?|wks?))\b",
            # "expect a full recovery in 6-8 weeks", "expect back to work in ~2 weeks"
            r"\bexpect(?:ed)? (?:a |to be |to make a )?(?:full |complete )?(?:recovery|back to"
            r" (?:work|school|normal|sports))\b",
            r"\byou(?:'ll| will| should)(?: probably| likely| definitely| surely)? (?:notice"
            r"|see|feel) (?:a |an |the )?(?:big |huge |real |noticeable )?(?:difference"
            r"|improvement|change)\b|\b(?:va|vas|van) a (?:notar|sentir|ver) (?:la |una |un )?"
            r"(?:diferencia|mejoria|cambio)\b|\bnotara (?:la |una )?(?:diferencia|mejoria)\b",
            # ...but "hope you're back on your feet in no time" is a get-well wish.
            r"\bback(?<!hope you're back)(?<!hope you are back)(?<!hope he's back)"
            r"(?<!hope she's back) on (?:your|his|her|their) feet\b",
            rf"\b(?:{SYMPTOM}|{COND})(?:'ll| will| should| is going to| are going to)"
            r"(?: probably| likely| usually| soon| quickly| eventually)? (?:stop|ease up|let up"
            r"|ease off|calm down|settle down|go away|get better|improve|disappear|be gone)\b"
            # "an athlete with a concussion should stop playing": a person stops, not it.
            r"(?! (?:playing|working|driving|exercising|training|running|practicing|competing"
            r"|lifting|swimming|jogging|riding|skating)\b)",
            rf"\ben {HOW_MANY} (?:\w+ )?{TIME_UNIT}(?: ya)? (?:va|vas|van) a (?:poder|estar"
            r"|sentirse|sentirte|quedar)\b|\b(?:va|vas|van) a poder (?:\w+ ){1,2}(?:en|dentro"
            rf" de) {HOW_MANY} (?:\w+ )?{TIME_UNIT}\b",
            rf"\b(?:both|all|these|those|they|the two|ambos|los dos)(?: {MED})?"
            r" (?:are|'re|son) (?:totally |perfectly |completely |generally |very |muy )?"
            r"(?:safe|fine|ok|okay|segur[oa]s?) (?:together|to (?:take|mix|combine)|juntos|with)\b",
            r"\b(?:i|we)(?: really| honestly| personally)? (?:wouldn't|would not|wouldnt)"
            r" (?:worry|stress|be (?:worried|concerned))\b|\bnot (?:something|anything)"
            r" (?:to|you need to|you should) (?:worry|be worried|stress) about\b",
        ),
        unless_before=CANNOT,
    ),
    Rule(
        "medical_advice.prognosis",
        rx(
            r"\b(?:usually|typically|normally|generally|often|tends to) peaks?\b"
            r"|\bpeaks? (?:at|around|after|on) (?:day|\d)"
        ),
        # "Flu season usually peaks in winter" is a public-health notice.
        unless_before=lazy(
            r"\b(?:season|cases|activity|outbreaks?|rates?|numbers|levels|pollen|traffic|demand"
            r"|temporada|casos)\b[^.!?]{0,20}$"
        ),
    ),
)


# When the person gets back to an activity or out of a device: a recovery timeline.
_SPORT = (
    r"(?:running|jogging|walking|driving|lifting|swimming|biking|cycling|golf|tennis|soccer"
    r"|football|basketball|yoga|the gym|gym|exercise|exercising|working out|training"
    r"|weight[- ]bearing|full activity|normal activit(?:y|ies)|contact sports|sports)"
)
_DEVICE = (
    r"(?:cast|crutches|sling|brace|boot|splint|walker|cane|stitches|drain|oxygen|bed rest"
    r"|light duty|collar|wheelchair|catheter)"
)
_ACTIVITY_RULES = (
    Rule(
        "medical_advice.prognosis",
        rx(
            r"\b(?:you|he|she|they|(?:your|his|her|the) (?:[\w-]+ )?\w+)(?:'ll| will| should"
            r"| can| could| may| might)(?: (?:probably|likely|usually|definitely|hopefully"
            r"|be able to))* (?:be (?:back (?:to|on|at|in)|out of|off(?: of)?|done with|free of"
            rf"|rid of|cleared (?:for|to)|ready (?:for|to))|get (?:back (?:to|into)|out of|off"
            rf"(?: of)?)|return to|go back to|ditch|lose|stop (?:using|wearing|needing))"
            rf"(?: the| your| his| her| a)? (?:{_SPORT}|{_DEVICE})\b",
            rf"\b(?:you|he|she|they)(?:'ll| will| should| can| could| may)(?: probably| likely"
            rf"| usually| definitely)? (?:start|resume|begin|try) {_SPORT}\b",
            r"\b(?:ya (?:puede|pueden|podra|podras|puedes|podran|va a poder|vas a poder)"
            r"|(?:puede|pueden|podra|podras|puedes|podran|va a poder|vas a poder) (?:volver"
            r"|empezar|comenzar|regresar) a) (?:(?:volver|empezar|comenzar|regresar) a )?"
            r"(?:manejar|correr|cargar|caminar|apoyar|nadar|levantar|hacer ejercicio|trabajar"
            r"|entrenar|jugar|banarse|ducharse|quitarse|dejar (?:las muletas|el yeso|la ferula"
            r"|la bota|el cabestrillo)|usar (?:el|la) (?:brazo|pierna|mano|pie|rodilla))\b",
            # "your chances of it coming back are low", "it's unlikely to come back"
            r"\b(?:chances?|odds|risk|likelihood|probability) (?:of|that) (?:(?:it|the \w+|this"
            r"|that|cancer|they) )?(?:com(?:ing|es) back|return(?:ing|s)?|recur(?:ring|s)?"
            r"|recurrence|spread(?:ing|s)?|relaps(?:e|ing|es)|complications?|getting (?:it|sick"
            r"|cancer|infected|worse))\b[^.!?]{0,40}?(?:is|are|'s|'re) (?:really |very |pretty"
            r" |quite |extremely |super |so )?(?:low|small|slim|tiny|minimal|high|good|great"
            r"|excellent|near zero|close to zero|slight|rare|remote)\b",
            r"\b(?:it|it's|it is|its|this|that|they|they're|cancer|the \w+)(?:'s| is| are)?"
            r" (?:very |really |pretty |highly |extremely |super )?unlikely to (?:come back"
            r"|return|recur|spread|grow back|turn into|become|get worse)\b",
            r"\b(?:probabilidades|posibilidades|chances|riesgo) de que (?:le |te |se )?(?:regrese"
            r"|vuelva|se repita|se extienda|reaparezca|crezca|se complique)\b|\bes (?:muy"
            r" |bastante |super )?(?:poco probable|improbable|raro|dificil) que (?:le |te |se )?"
            r"(?:vuelva|regrese|se repita|reaparezca|crezca|se extienda|se complique)\b",
            # "looks fine to me from the photo", "safe to keep breastfeeding on that"
            r"\b(?:looks?|looked|seems?|appears?) (?:totally |completely |pretty |perfectly )?"
            r"(?:fine|ok|okay|normal|good|benign|harmless|healthy|reassuring)(?: to me)?"
            r" (?:from|in|based on) (?:the|your|this|that) (?:photos?|pictures?|pics?|images?"
            r"|description)\b",
            r"\b(?:safe|fine|ok|okay) to (?:keep|continue|go on|stay)(?: on| with)?"
            r" (?:breastfeeding|nursing|pumping|taking|using|exercising|working out|running"
            r"|eating|drinking|driving)\b|\b(?:safe|fine|ok|okay) to (?:breastfeed|nurse|pump)"
            r" (?:on|while|with)\b|\b(?:es|esta) (?:seguro|bien|sin problema) (?:seguir"
            r" |continuar )?(?:dando pecho|dar pecho|amamantar|amamantando|lactar|dar de lactar"
            r"|tomandolo|tomando)\b",
        ),
        unless_before=CANNOT,
    ),
    Rule(
        "medical_advice.prognosis",
        # "totally normal after a c-section", "perfectly normal at your age"
        lazy(
            r"\b(?:totally|completely|perfectly|very|pretty|super|quite|really) (?:normal|common"
            r"|expected|typical) (?:after|following|with|during|at (?:your|this|her|his) age"
            r"|for (?:your|her|his) age|in pregnancy|postpartum|for you)\b"
        ),
        unless_before=lazy(
            r"\b(?:wait|waits|hold|line|lines|phones?|calls?|delays?|times|busy|traffic|crowds?"
            r"|office|parking|portal|site|website|lobby)\b[^.!?]{0,30}$"
        ),
    ),
)


RULES: tuple[Rule, ...] = (
    *_PROGNOSIS_RULES,
    *_REASSURANCE_RULES,
    *_TIMELINE_RULES,
    *_ACTIVITY_RULES,
)
