"""Anything that confirms someone is our patient, or repeats their health back to them."""

from triage.domain.policy.dates import MONTHS_EN, MONTHS_ES
from triage.domain.policy.findings import Severity
from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import COND, CONDITION, KIN, SYMPTOM, TEST

_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs"
    r"|fri|sat|sun)"
)

_GLAD = (
    r"\b(?:great|nice|good|lovely|wonderful|so good|a pleasure|glad|happy|fun|enjoyed|loved"
    r"|love)(?: to)?(?: finally| again| so much)?"
)
_CONFIRMS_RULES = (
    Rule(
        "phi.confirms_patient",
        rx(
            r"\byour (?:chart|medical chart|file|medical file|patient file|history with us"
            r"|last visit|recent visit|previous visit|follow-?up"
            r"|procedure|surgery|operation|referral|prescriptions?(?! (?:questions?|refill"
            r" requests?|requests?|coverage|costs?|benefits?))|refills?|diagnosis|treatment plan"
            r"|care plan|(?:bill|balance|statement|claim|co-?pay)(?! (?:depends|varies|may vary"
            r"|will vary|is determined|is set by|amount depends))|account balance|patient account"
            r"|discharge"
            r"|admission|(?:doctor|provider|physician) here|stay with us"
            r"|(?:last|recent|previous|scheduled|follow-?up) appointment)\b",
            # Where their own series stands: "your second Shingrix dose is due in March".
            r"\b(?:your|his|her|their|su|tu) (?:second|2nd|third|3rd|next|last|final|first"
            r"|1st|booster|segunda|tercera|proxima|ultima|primera) (?:[\w-]+ ){0,2}(?:dose|dosis"
            r"|shots?|vaccines?|vacunas?|booster|injection|inyeccion)(?: (?:de|of) [\w-]+)?"
            r" (?:is|are|was|were|r|'s"
            r"|toca|aparece|fue|es|esta|sera|quedo) (?:due|on file|in|on|at|scheduled|set|booked"
            r"|given|done|complete|from|el|en|desde|para|the \d)\b",
            r"\blook(?:ing)? forward to (?:seeing you (?:at|for) )?your (?:next |upcoming )?"
            r"(?:visit|appointment|check-?up|physical)\b",
            r"\byour (?:appointment|visit) (?:on(?! (?:the|our) (?:portal|app|website|site"
            r"|phone))|at \d|with(?! us\b)|last|next|yesterday|today"
            r"|tomorrow"
            r"|this (?:morning|afternoon|week)|is (?:scheduled|confirmed|set|booked|on|at|tomorrow"
            r"|today|tonight|this|next)"
            r"|was|has been|to our|here)\b",
            rf"\b(?:at|during|since|after|from|for|before) your (?:last |recent |previous |next"
            rf" )?(?:visit|exam|appointment|appt|check-?up|physical|procedure|surgery|follow-?up)"
            rf" (?:last|on|yesterday|this|with|today|tomorrow|earlier|the other day|{_DAYS})\b",
            rf"\b(?:confirming|just confirming|we've confirmed|we confirmed) your\b"
            rf"|\byour \d{{1,2}}(?::\d{{2}})? ?(?:am|pm|a\.m\.?"
            rf"|p\.m\.?|o'clock)?(?: (?:tomorrow|today|on \w+|with|appointment|appt|visit"
            rf"|{_DAYS}))\b",
            r"\b(?:is|are|'re|'s|you're) (?:all )?set (?:up )?for (?:his|her|your|their|the|a)"
            r" (?:\w+ )?(?:physical|appointment|appt|visit|shots?|vaccines?|check-?up|follow-?up"
            r"|procedure|surgery|test|x-?ray|mri|labs|bloodwork|blood work|scan|infusion)\b",
            rf"\b(?:your|his|her|their) {KIN}'s (?:shots?|vaccines?|appointment|appt|visit"
            r"|checkup|check-up|physical|results|labs|prescription|surgery|procedure|diagnosis"
            r"|follow-?up|referral)\b",
            r"\b(?:was|were) (?:such |a real |so )?(?:a trooper|a champ|so brave|brave|a rock"
            r" star|a rockstar|an angel) (?:today|yesterday|this morning|earlier|for|at|during"
            r"|with)\b",
            r"\b(?:did|was|were) (?:great|so good|amazing|brave|so brave|well|fine|a champ"
            r"|a trooper) (?:at|during|for|with) (?:his|her|their|your) (?:\w+ )?(?:checkup"
            r"|check-up|visit|appointment|physical|shots|vaccines|exam|procedure|surgery|blood"
            r" draw)\b",
            r"\byour (?:last|previous|recent|most recent) (?:visit|physical|checkup|check-up|exam"
            r"|appointment|appt|screening|mammogram|colonoscopy|pap|shots?|vaccines?|procedure"
            r"|labs|bloodwork|blood work|refill|flu shot)\b",
            r"\b(?:his|her|their) (?:shot|vaccine|vaccination|immunization|medical|health)"
            r" records?\b|\b(?:su|tu) cartilla\b|\ble toca (?:su|la|el|sus|los|las) \w+",
            r"\byour (?:visit|appointment|appt|checkup|check-up|physical|exam|procedure)"
            rf" (?:\w+ ){{0,2}}(?:yesterday|today|this morning|this afternoon|last \w+|on {_DAYS}"
            rf"|{_DAYS})\b",
            r"\byour (?:voicemail|message|call|portal message|email|note|fax) about (?:your|the|a"
            r"|an|his|her) (?:[\w-]+ )?(?:rash|fever|cough|pain|symptoms?|results|labs|meds"
            r"|medication|prescription|refill|test|x-?ray|mri|injury|infection|surgery"
            r"|procedure|biopsy|diagnosis)\b",
            rf"\b(?:care|cared|caring|treated|treating|looked after|took care of|saw|seeing)"
            rf" (?:for )?(?:your|his|her) {KIN}\b",
            r"\b(?:is|are|you're|he's|she's|they're) (?:all |now |fully )?(?:up to date|current"
            r"|caught up|behind|overdue) (?:on|with) (?:his|her|their|your) (?:shots|vaccines"
            r"|immunizations|vaccinations|checkups|physicals|screenings)\b|\b(?:tiene|tienes"
            r"|tienen|esta|estan) (?:todas )?(?:sus |tus |las )?vacunas (?:al dia|completas"
            r"|atrasadas|pendientes)\b",
            rf"\b(?:your|his|her|su|tu) {KIN} (?:mentioned|told us|said|called|asked|let us know"
            r"|came in|stopped by|nos dijo|nos llamo|nos comento|vino|paso)\b",
            rf"\bpick up (?:your|his|her) (?:[\w-]+ )?(?:paperwork|forms?|records|prescription"
            rf"|results|referral|letter|note|medication|meds|order)(?: \w+)? (?:on )?(?:{_DAYS}"
            r"|today|tomorrow|this afternoon|anytime after)\b",
            r"\b(?:le|te) (?:mandamos|enviamos|enviaremos|mandaremos|hicimos llegar|pasamos)"
            r" (?:los|las|sus|su|el|la) (?:resultados|estudios|receta|recetas|referido|orden"
            r"|expediente|analisis)\b",
            r"\byour (?:[\w-]+ )?(?:replacement|repair|transplant|delivery|c-section|biopsy"
            r"|colonoscopy|infusion|chemo|chemotherapy|radiation|stitches|cast)\b|\b(?:su|tu)"
            r" (?:operacion|reemplazo de \w+|parto|cesarea|quimio|quimioterapia|radiacion"
            r"|yeso|puntos)\b",
            r"\bhope (?:the|your|his|her) (?:[\w-]+ )?(?:surgery|procedure|operation|delivery"
            r"|biopsy|colonoscopy|recovery|treatment|chemo|infusion|c-section) (?:went|goes|go|is"
            r" going)\b|\b(?:surgery|procedure|operation|delivery|biopsy|colonoscopy|c-section)"
            r" (?:went|was|is going) (?:well|great|smoothly|fine|ok|okay)\b|\bespero que (?:su|la"
            r"|tu) (?:cirugia|operacion|recuperacion|procedimiento) (?:haya|salga|vaya|este)\b",
            r"\b(?:we|i|dr\.? \w+|the doctor|our \w+) (?:remember|remembers|recogni[sz]ed?)"
            r" (?:you|your \w+)\b",
            r"\bgracias por (?:venir|visitarnos|su visita|tu visita|traerl[oa]|traer a)(?: \w+)?"
            r" (?:ayer|hoy|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|esta"
            r" (?:manana|semana)|la semana pasada|a su (?:consulta|cita))\b|\ba (?:su|tu)"
            r" (?:consulta|cita|visita) (?:de ayer|de hoy|del (?:lunes|martes|miercoles|jueves"
            r"|viernes|sabado)|pasada)\b",
            r"\b(?:we|i|dr\.? \w+|the doctor|your doctor|our (?:nurse|doctor|team|staff)"
            r"|the nurse)(?:'ve| have)? (?:reviewed|looked at|checked|pulled up|updated|have|see"
            r"|found|noted|saw|treated|examined|spoke with|talked to|called|sent|received|got"
            r"|processed|approved) (?:your (?:[\w-]+ )?(?:chart|records?|file|results|labs"
            r"|prescription|referral|refill|authorization|account|history|case)|you (?:in"
            r"|at|on|last|yesterday|this|today|earlier|recently|here))\b",
            r"\b(?:when|since|after) you (?:were|came) (?:in|here|by|to see us|to our"
            r" (?:office|clinic))\b|\byou came in\b|\byou visited (?:us|our)\b",
            r"\byou were (?:seen|treated|here|in|discharged|admitted|examined)(?: \w+)?"
            r" (?:last|on|yesterday|this|today|earlier|by)\b",
            r"\bfor being (?:a|our|one of our) (?:valued |loyal |long-?time )?patients?\b",
            r"\b(?:one of our|another|a) patients? (?:of ours|who had|had|was|with the same"
            r"|like you)\b|\bwe (?:had|have|saw|treated) (?:a|another) patient\b",
            r"\b(?:our|my) records (?:show|indicate)\b|\b(?:per|according to) (?:our|your)"
            r" (?:records|chart|files?)\b|\bwe have (?:you|your (?:\w+ ){0,2}?\w+) (?:on file"
            r"|scheduled|down|booked)\b|\bwe (?:got|put) (?:you|him|her|them) (?:all )?(?:down"
            r"|booked|scheduled|in) (?:for|at|with|on)\b",
            r"\byou(?<!\bif you)(?<!\bwhen you)(?<!\bwhether you)(?:'re| are) (?:all )?(?:scheduled"
            r"|booked"
            r"|confirmed|down)(?: in)? (?:(?:for|at|with|on)\b|w/)|\byou missed your\b"
            # "ur booked w/ dr. lee": texting's "ur" for "you're" reads as "your".
            r"|\byour (?:all )?(?:scheduled|booked|confirmed|set) (?:(?:for|at|with|on)\b|w/)",
            r"\b(?:is|are|he's|she's) (?:now |also )?(?:due|overdue|scheduled|booked) for"
            r" (?:her|his|your|their|a follow)\b",
            r"\byour (?:[\w-]+ ){0,4}(?:is|was|has been|are|were) (?:scheduled|booked|confirmed"
            r"|cancell?ed|rescheduled|moved|set for)\b",
            r"\byour (?:(?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad|mother"
            r"|father)'s |[\w-]+ )(?:diagnosis|prognosis|surgery|procedure|operation|biopsy"
            r"|results?|labs?|treatment|chart|prescription|referral|claim|bill|condition|cancer"
            r"|scan|x-?ray|mri)\b",
            r"\b(?:we|i|dr\.? \w+|the doctor|the nurse|our (?:team|staff|nurse|doctor))"
            r" (?:saw|treated|examined|admitted|discharged|operated on|vaccinated|tested|met)"
            r" (?:your|his|her) (?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad"
            r"|mother|father|parents?|family)\b",
            r"\b(?:atendimos|atendio|vimos|vio|examino|examinamos|operamos|opero|vacunamos)"
            r" a (?:su|tu) (?:hijo|hija|esposo|esposa|mama|papa|madre|padre|bebe|familiar)\b",
            r"\byou (?:have|owe) (?:a |an )?(?:outstanding |unpaid |past[- ]due |remaining )?"
            r"(?:balance|bill|copay|amount due)\b",
            r"\b(?:for|after|since) (?:coming|stopping) (?:in|by) (?:yesterday|today|last|this"
            r"|on)\b|\b(?:thanks?|thank you|thx|ty)(?: so much)? for (?:coming in|visiting us)\b"
            r"(?! to (?:our|the) (?:event|fair|health fair|open house|drive|class|workshop))",
            r"\bwe (?:can )?confirm (?:that )?(?:he|she|you|they"
            r"|your \w+) (?:is|are|was|were)\b|\bno record of you\b|\bnot in our system\b",
            r"\b(?:tu|su) (?:ficha|recetas?|resurtido"
            r"|(?:consulta|visita) (?:del|de la|pasada|anterior|reciente|de ayer|con)"
            r"|ultima (?:visita|consulta|cita)|cirugia"
            r"|operacion|procedimiento|biopsia|referido|diagnostico|tratamiento|factura"
            r"|cuenta pendiente|saldo|reclamo)\b",
            r"\b(?:su|tu) cita (?:del|de la|de ayer|de manana|de hoy|con|el|para el"
            r"|programada|agendada|pasada|es|fue|esta)\b",
            r"\b(?:revisamos|revise|vimos|atendimos|examinamos|hemos revisado|he revisado)"
            r" (?:tus?|sus?) (?!(?:mensajes?|comentarios?|dm|publicacion|preguntas?|resenas?)\b)"
            r"\w+|\b(?:te|le) (?:vimos|atendimos|atendio|vio|examino|examinamos)\b",
            r"\b(?:en|durante|desde|despues de) (?:tu|su) (?:ultima |reciente |anterior )?"
            r"(?:visita|consulta|cita)\b",
            r"\bcuando (?:viniste|vino|estuviste|estuvo)\b",
            r"\b(?:nuestros|segun nuestros) registros\b|\bsegun (?:tu|su) expediente\b",
            r"\b(?:tienes|tiene) (?:una )?cita (?:el|para el|programada|agendada|manana|hoy"
            r"|este|esta)\b",
        ),
    ),
    Rule(
        "phi.confirms_patient",
        rx(
            # A visit that happened or is booked: "great seeing you yesterday", "see you
            # Thursday at 2:30", "fue un gusto verla ayer", "lo esperamos el lunes".
            rf"{_GLAD} (?:to see|seeing|see|to meet|meeting|meet|to have|having|to catch up with"
            rf"|catching up with) you"
            rf"(?: again| in person| all| both| and (?:the |your )?[a-z'-]+)?"
            rf" (?:today|yesterday|this (?:morning|afternoon|week)|last \w+|on \w+"
            rf"|{_DAYS}|the other day|again|in (?:the )?(?:office|clinic)|at (?:the )?(?:office"
            rf"|clinic)|at your)\b",
            rf"{_GLAD} (?:to see|seeing|to have|having) you\b[^.!?]{{0,30}} for (?:your |the )?"
            r"(?:[\w-]+ )?(?:physicals?|check-?ups?|visits?|appointments?|shots|vaccines)"
            rf" (?:today|yesterday|this (?:morning|afternoon|week)|last \w+|on {_DAYS})\b",
            # "Dr. Patel is running late but she's still seeing you at 2"
            r"\b(?:is|'s|will be) (?:still |now |also )?seeing (?:you|him|her|them) (?:at \d|on"
            rf" {_DAYS}|{_DAYS}|today|tomorrow|this (?:morning|afternoon))\b",
            # ...or someone else's: "loved seeing Jaden in clinic today".
            rf"{_GLAD} (?:to see|seeing|to meet|meeting|having) (?!everyone|everybody|all\b)"
            r"(?:the |your )?(?:little one|[a-z'-]+)(?: again| in person)? (?:in (?:the )?"
            r"(?:office|clinic)|at (?:the |our |(?:his|her|their) )?(?:[\w-]+ ){0,2}?(?:office"
            r"|clinic|checkup|check-up|appointment|visit|physical))\b(?!['\u2019]s)",
            r"\b(?:nos|me) encanto (?:verl[oa]s?|verte|ver a (?:su|tu|sus|tus|usted)|conocer a"
            r" (?:su|tu|sus|tus))\b",
            r"\b(?:fue un (?:gusto|placer)|que gusto|nos dio gusto|nos alegro|encantad[oa]s de)"
            r" (?:verl[oa]s?|verte|atenderl[oa]s?|atenderte|conocerl[oa]|conocerte|tenerl[oa])\b",
            r"\b(?:lo|la|los|las|le|les|te) (?:esperamos|vemos|veremos) (?:el (?:lunes|martes"
            r"|miercoles|jueves|viernes|sabado|domingo|\d+)|manana|hoy|esta (?:tarde|semana)"
            r"|este \w+|a las \d|en su (?:cita|consulta)|para su (?:cita|vacuna|consulta"
            r"|chequeo|revision))\b",
            r"\b(?:tiene|tienes|tienen) pendiente (?:su|tu|sus|tus|la|el|una|un)\b",
            r"\bwe(?:'ve| have)? (?:got|received|reviewed|have) (?:the |your )?(?:results|records"
            r"|report|notes|labs|paperwork|fax|referral|letter|images|scans?) (?:from|back from)"
            r" (?:your|the) \w+",
            r"\bwe(?:'ve| have)? (?:sent|faxed|mailed|emailed|forwarded|called in|submitted"
            r"|transmitted)(?: it| them| that| your \w+| the \w+)? (?:over )?to (?:your|the)"
            r" (?:pharmacy|pharmacist|specialist|insurance|insurer|lab|surgeon|\w+ologist)\b",
            r"\b(?:your|ur) (?!(?:message|feedback|comment|review|question|email|note|post"
            r"|concern|call|kind|words|input|suggestion|application|resume|order of)\b)"
            r"(?:[\w'$-]+ ){0,3}(?:(?:is|was|has been|are|were|have been) (?:now |all )?(?:ready"
            r"|filled|billed|processed|denied|approved|paid|received|faxed|submitted|on file|in the"
            r" system|uploaded|posted|sent|set up|set|resubmitted|cleared)|has (?:posted|cleared)"
            r"|went (?:thru|through)|(?:is|ya esta|esta) (?:at the pharmacy|en la farmacia))\b",
            # "the referral to nephrology was faxed over", "prior auth for the MRI was
            # submitted", "rx sent to your pharmacy today".
            r"\b(?:prior auth(?:orization)?|referral|rx|prescription|refill|script|claim|appeal)s?"
            r"(?: (?:to|for) (?:the |your |his |her )?[\w-]+(?: [\w-]+)?)? (?:(?:was|were|has been"
            r"|got|is|is being) (?:approved|denied|sent|faxed|submitted|resubmitted|called in"
            r"|received|filed)\b|(?:approved|denied|sent|faxed|submitted|resubmitted|called in)"
            r"(?: over)?(?: to your [a-z]+| today| this morning| yesterday)\b)"
            r"|\byour (?:insurer|insurance|insurance company|plan|carrier) (?:approved|denied"
            r"|covered|paid) (?:the|your)\b",
            r"\b(?:su|tu|sus|tus) (?!(?:comentario|mensaje|resena|opinion|queja|pregunta"
            r"|sugerencia|solicitud de empleo)\b)(?:[\w-]+ ){0,5}?(?:(?:ya )?(?:esta|estan|quedo"
            r"|quedaron"
            r"|fue|fueron)"
            r" (?:(?:pagad|aprobad|enviad|aplicad|procesad)[oa]s?|list[oa]s? (?:en la farmacia"
            r"|para recoger))|se (?:envio|aplico|mando|aprobo))\b|\b(?:aprobaron|aprobamos"
            r"|enviamos|mandamos|autorizaron|negaron|rechazaron) (?:su|tu) \w+",
        ),
    ),
    Rule(
        "phi.confirms_patient",
        rx(
            r"\byour (?:medical |health )?records?\b",
            r"\byour (?:test |lab )?results?\b|\byour (?:labs|lab work|blood ?work)\b"
            r"|\b(?:your|his|her) (?:after-visit|visit) summary\b",
            r"\byou(?:'ve| have)? (?:were|been) (?:diagnosed|prescribed|treated|admitted"
            r"|hospitalized|referred)\b|\b(?:te|le) (?:diagnosticaron|recetaron|operaron)\b",
            # ...but "su médico conoce su historial" is whose record it is, not ours.
            r"\b(?:tu|su)(?<!conoce su)(?<!conocen su)(?<!conozca su) (?:expediente|historial"
            r"|historia clinica)\b",
            r"\b(?:you(?:'re| are)|as) (?:a|an|our|one of our) (?:valued |long-?time |loyal"
            r" |established |current )?patients?\b(?! (?:portal|line))",
            r"\b(?:como|siendo|eres|es usted|usted es) (?:nuestr[oa]|un[ao] de nuestr[oa]s)"
            r" paciente",
            r"\byour (?:next |upcoming )?appointment\b|\byour (?:next|upcoming) visit\b"
            r"|\b(?:su|tu) (?:proxima )?cita\b"
            r"|\b(?:su|tu) proxima (?:consulta|visita)\b",
        ),
        # Directly after these the phrase is general ("to reschedule your appointment").
        unless_before=lazy(
            r"\b(?:if|whether|request|requesting|obtain|access|get|release|transfer|schedule"
            r"|book|make|reschedule|cancel|change|confirm|move|before|prior to|to|for|si"
            r"|programar|agendar|hacer|solicitar|reprogramar|cambiar|cancelar|confirmar"
            r"|antes de|a|para|pedir|obtener|acceder a|see|view|access|find|download|check"
            r"|reservar|apartar|sacar|separar|request|requesting|haga|hagan|haz|pida|pide"
            r"|saque|saca|reserve|reserva|agende|agenda|programe|programa"
            r"|questions? (?:about|on|regarding)|preguntas? sobre|dudas? sobre)(?: (?:a )?cop(?:y"
            r"|ies) of| (?:una )?copia de)? $|\b(?:can't|cannot|can not|don't|do not|unable to"
            r"|not able to|won't|never|no podemos) (?:\w+ ){0,2}$"
            # How to look something up: "check which vaccines are in your record".
            r"|\b(?:which|what)(?: [\w'-]+){0,4} (?:are|is) (?:listed |shown )?in $|\bwhat's in $"
            # Telling everyone what to ask for: "ask about it at your next visit".
            r"|(?:^|[.!?] )(?:ask|bring (?:it|this|that|them) up|pregunte|pregunta|preguntenos)\b"
            r"[^.!?]{0,40} (?:at|en|durante) $"
        ),
    ),
    Rule(
        "phi.confirms_patient",
        lazy(
            r"\byour (?:next |upcoming )?(?:appointment|visit)\b|\bsu (?:proxima )?cita\b"
            r"|\b(?:su|tu) proxima (?:consulta|visita)\b"
        ),
        Severity.WARN,
    ),
)

# "See you Tuesday!" after a closure notice is a sign-off to everyone, not a booking.
_SEE_YOU = Rule(
    "phi.confirms_patient",
    lazy(
        rf"\bsee(?<!can see)(?<!could see)(?<!to see) you (?:on )?(?:{_DAYS}|tomorrow|tonight"
        r"|next (?!year|time|season)\w+|this (?:afternoon|evening|week)|later today|at \d"
        r"|on the \d+)\b"
        r"|\bnos vemos (?:el|manana|a las|este|esta)\b"
    ),
    unless_before=lazy(
        r"\b(?:closed|closing|reopen|reopens|reopening|open|holiday|hours|cerrado|cerramos"
        r"|abrimos|feriado|festivo|horario)\b[^?]{0,50}$"
    ),
)

_PATIENT_OF_OURS = Rule(
    "phi.confirms_patient",
    lazy(
        r"\b(?:is|was|are|were) (?:a |an |one of )?(?:our )?patients? (?:here|of ours|with us"
        r"|at our|of dr)\b|\b(?:es|era|son) (?:paciente|pacientes) (?:de (?:la|nuestra)"
        r" clinica|del dr|de la dra|aqui)\b"
    ),
    unless_before=lazy(
        r"\b(?:whether|who|someone|anyone|if|no one|nobody|si|quien|alguien|nadie)\b[^.!?]*$"
    ),
)

_TEST_NOUN = (
    r"(?:prior auth(?:orization)?s?|pre-?auth(?:orization)?s?|authorizations?|samples?"
    r"|specimens?|swabs?|imaging|images|films|x-?rays?|mri|ct scan|cat scan|scans?"
    r"|ultrasound|mammogram|ekg|ecg|echo|biopsy|pap(?: smear)?|stool test|urine test)"
)
_TEST_NOUN_ES = (
    r"(?:autorizacion|pre-?autorizacion|muestras?|radiografias?|placas|estudios|ultrasonido"
    r"|ecografia|resonancia|tomografia|mamografia|papanicolaou|electrocardiograma|imagenes"
    r"|biopsia)"
)
# Work done on this person's own case: an approval, a sample, images someone has read.
_CASE_WORK_RULES = (
    Rule(
        "phi.confirms_patient",
        rx(
            rf"\byour (?:[\w-]+ ){{0,2}}{_TEST_NOUN}(?: [\w-]+){{0,4}}? (?:was|were|is|are|has"
            r" been|have been|got|came|went|just) (?:now |just |finally |officially )?(?:approved"
            r"|denied|through|received|processed|back|in|ready|read|reviewed|sent)\b",
            rf"\byour (?:[\w-]+ ){{0,2}}(?:{_TEST_NOUN} )?results?\b",
            rf"\b(?:su|tu|sus|tus) {_TEST_NOUN_ES}\b(?:[^.!?]{{0,40}})\b(?:aprobad[oa]s?"
            r"|autorizad[oa]s?|lists?[oa]s?|recibid[oa]s?|revisad[oa]s?|llegaron|llego|salieron"
            r"|salio)\b",
            r"\b(?:recibimos|recibio|hemos recibido|ya tenemos|tenemos|llego|llegaron|vio|ya vio"
            r"|reviso|ya reviso|ha revisado|leyo|reviso|revisara|va a revisar)"
            rf" (?:sus?|tus?) (?:[\w]+ )?{_TEST_NOUN_ES}\b",
            r"\b(?:we|i|dr\.? \w+|the (?:doctor|nurse|lab|provider|radiologist|team|office)"
            r"|our (?:doctor|nurse|lab|team|provider|radiologist|office))(?: \w+)? (?:got"
            r"|received|reviewed|looked (?:at|over)|read|went over|checked|processed|sent off"
            rf"|ran) (?:your|his|her) (?:[\w-]+ ){{0,2}}{_TEST_NOUN}\b",
            r"\b(?:since|as|because|now that) you(?:'re| are) (?:already |now |an? |already an? )?"
            r"(?:established|existing|current|patient)(?: patient)? (?:with|of|at|here)\b"
            r"|\b(?:como|ya que|dado que|porque) (?:ya )?(?:es|eres) paciente (?:de|del|con"
            r"|aqui)\b",
            # "glad the stitches came out ok", "qué bueno que ya le quitaron los puntos"
            r"\b(?:glad|happy|great|good|relieved|thrilled|nice)(?: to (?:hear|see|know))?"
            r"(?: that)? (?:the|your|his|her|their) (?:[\w-]+ ){0,2}(?:stitches|sutures|cast"
            r"|splint|boot|surgery|procedure|operation|biopsy|shots?|vaccines?|appointment|visit"
            r"|check-?up|labs|blood ?work|x-?ray|mri|delivery|recovery|results|removal|tests?"
            r"|dose|medication|meds|treatment|infusion|colonoscopy|physical|drain|wound|cpap"
            r"|inhaler|brace|walker|hearing aids?|insulin pump|monitor|machine"
            r"|incision|staples)\b(?: \w+)? (?:came|went|turned|is|are|was|were|looks?|looked"
            r"|healed|got|worked|helped|healing)\b",
            r"\b(?:que bueno|me alegra|nos alegra|me da gusto|nos da gusto|que alegria)"
            r"(?: saber)? que (?:ya )?(?:(?:le|te|les) (?:quitaron|retiraron|operaron|dieron de"
            r" alta|hicieron)|(?:la|el|los|las|su|sus|tu|tus) (?:operacion|cirugia|puntos|yeso"
            r"|ferula|procedimiento|biopsia|parto|cesarea|vacunas?|estudios|resultados"
            r"|tratamiento|recuperacion|consulta|cita|medicamento|dosis)\b)",
        ),
        unless_before=lazy(
            r"\b(?:if|whether|questions? (?:about|on|regarding)|to|for|view|see|access|find"
            r"|check|download|before|si|para|preguntas? sobre|dudas? sobre) $"
        ),
    ),
    Rule(
        "phi.confirms_patient",
        # "Grandma Rosa was such a sweetheart in the office yesterday"
        rx(
            r"\b(?:was|were) (?:such |so |a |an )?(?:[\w-]+ ){0,2}(?:in|at) (?:the |our )?"
            r"(?:office|clinic|appointment|visit|checkup|check-up) (?:today|yesterday|this"
            rf" morning|this afternoon|earlier|last week|on {_DAYS})\b",
        ),
        # ...unless it is about our own staff: "Dr. Kim was in the office today".
        unless_before=lazy(
            r"\b(?:dr|doctor|nurse|team|staff|we|our|front desk|provider|office|phones?"
            r"|lines?)\b\.?[^.!?]{0,25}$"
        ),
    ),
)


# Care only our own staff could know about: a message the doctor read, a referral we made,
# a medicine we changed, a recovery we are following.
_CLINICIAN = (
    r"(?:dr\.? [\w-]+|doctor [\w-]+|the doctor|the nurse|your doctor|our (?:doctor|nurse|provider"
    r"|team|office|staff)|la doctora|el doctor|el dr\.? \w+|la dra\.? \w+|la enfermera"
    r"|el medico|la medica)"
)
_STAFF = rf"(?:we|i|{_CLINICIAN})"
_OUR_CARE_RULES = (
    Rule(
        "phi.confirms_patient",
        rx(
            # The front desk saying "we got your message" is not care; a clinician reading
            # it, a photo or a portal message read, or what the message was about, is.
            rf"\b{_STAFF}(?: ya| just| already)? (?:saw|read|reviewed|got|looked at|checked"
            r"|vio|reviso|leyo|recibio) (?:your|su|tu) (?:[\w-]+ )?(?:photos?|pictures?|pics?"
            r"|portal message|fotos?|imagenes|mensaje del portal)\b",
            rf"\b{_CLINICIAN}(?: ya| just| already)? (?:saw|read|reviewed|got|looked at|checked"
            r"|vio|reviso|leyo|recibio) (?:your|su|tu) (?:[\w-]+ )?(?:message|email|voicemail"
            r"|note|mensaje|correo|recado|nota)\b",
            rf"\b{_STAFF}(?: ya| just| already)? (?:saw|read|reviewed|got|looked at|checked"
            r"|vio|reviso|leyo|recibio) (?:your|su|tu) (?:[\w-]+ )?(?:message|email|voicemail"
            r"|note|comment|dm|mensaje|correo|recado|nota|comentario) (?:about|regarding|on|sobre"
            r"|de (?:su|tu))\b|\b(?:vimos|recibimos|leimos|revisamos) (?:tu|su) (?:mensaje"
            r"|comentario|correo|recado|nota) (?:sobre|acerca|de (?:su|tu))\b",
            # Paperwork of theirs done: "Dr. Reyes already signed the school form".
            rf"\b{_STAFF}(?: \w+)? (?:signed|completed|filled out|finished) (?:the|your|his|her)"
            r" (?:[\w-]+ ){0,2}(?:forms?|paperwork|letter)\b",
            rf"\b{_STAFF}(?: \w+)? (?:changed|adjusted|switched|increased|decreased|lowered"
            r"|raised|upped|bumped|doubled|refilled|renewed|tweaked) (?:your|his|her)"
            r" (?:[\w-]+ )?(?:meds|medications?|medicine|dose|dosage|prescriptions?|insulin"
            r"|inhaler|pills?|regimen)\b|\b(?:put|started) you on\b",
            rf"\b{_STAFF}(?: \w+)? (?:referred|diagnosed|operated on|vaccinated|admitted"
            r"|enrolled) (?:you|him|her|them)\b",
            r"\b(?:le|te|la|lo) (?:referimos|refirio|refirieron|operamos|diagnosticamos"
            r"|vacunamos|internamos)\b|\b(?:le|te) (?:cambio|cambiamos|ajusto|ajustamos|subio"
            r"|subimos|bajo|bajamos|aumento|aumentamos) (?:la|el|los|las|su|tu) (?:dosis"
            r"|medicamento|medicina|pastillas?|insulina)\b",
            r"\bhope (?:your|his|her) (?:[\w-]+ )?(?:recovery|healing|rehab)\b|\b(?:your|his"
            r"|her|su|tu) (?:recovery|recuperacion) (?:from|after|de|despues de) (?:the|your"
            r"|his|her|la|el|su|tu)\b",
            r"\bhope (?:the|your|his|her) (?:new |higher |lower |increased |adjusted |updated"
            r" |different )?(?:[\w-]+ )?(?:dose|dosage|meds|medications?|medicine|prescription"
            r"|inhaler|treatment|antibiotics?|cream|pills?|insulin|regimen) (?:is|are|has|have"
            r"|works?|helps?|kicks? in|starts?)\b|\bespero que (?:la|el|los|las|su|tu) (?:nueva"
            r" |nuevo )?(?:dosis|medicamento|medicina|pastillas?|tratamiento|crema|inhalador)\b",
        ),
        unless_before=lazy(r"\b(?:if|whether|si)\b[^.!?]{0,30}$"),
    ),
)


# A booking or a test only the office could know of: "you're all set for Tuesday!", "nothing
# to eat before your blood draw tomorrow", "loved seeing baby Liam at his 2-month checkup".
_VISIT = (
    r"(?:visit|exam|appointment|appt|check-?up|well visit|physical|procedure|surgery"
    r"|follow-?up|blood ?draw|blood ?work|labs?|lab work|test|scan|x-?ray|mri|ultrasound"
    r"|mammogram|colonoscopy|screening|shots?|vaccines?|infusion|consult)"
)
_CARE_GIVEN = (
    rf"(?:{_VISIT}|booster|doses?|jab|stamp|swab|iud|implant|stitches|cast|biopsy"
    r"|pap(?: smear)?|injection)"
)
_CARE_GIVEN_ES = (
    r"(?:vacunas?|refuerzo|prueba|analisis|examen|dosis|inyeccion|diu|implante|puntos|yeso"
    r"|biopsia|radiografia|ultrasonido|papanicolau|sello)"
)
# Care logged like a chart note: "Tdap given today", "booster done this morning". Its own
# rule: a pattern that does not start at a word would slow every alternative beside it.
_CHART_NOTE = Rule(
    "phi.confirms_patient",
    lazy(
        r"(?:^|[.!?:] |@\w+ )(?:tdap|mmr|hpv|shingrix|flu shot|booster|vaccine|shot|dose|swab"
        r"|injection) (?:given|administered|done|completed|received) (?:today|yesterday"
        rf"|earlier today|this (?:morning|afternoon)|on {_DAYS})\b"
    ),
)
_BOOKED_RULES = (
    Rule(
        "phi.confirms_patient",
        rx(
            # Care we gave them: "your yellow fever shot was done here", "we gave him his
            # booster", "te pusimos la vacuna".
            rf"\b(?:your|his|her|their) (?:[\w-]+ ){{0,3}}?{_CARE_GIVEN} (?:was|were) (?:done"
            r"|given|administered|placed|drawn|taken|inserted|removed|put in) (?:here|with us"
            r"|at our|in our|by (?:us|our|dr))\b",
            r"\bwe (?:gave|did|drew|placed|removed|inserted|put in|administered|ran|took)"
            r" (?:(?:you|him|her|them) (?:your|his|her|their|the|a|an)|your|his|her|their)"
            rf" (?:[\w-]+ ){{0,2}}?{_CARE_GIVEN}\b",
            r"\b(?:finished|completed|got|had|received|did) (?:your|his|her|their)"
            rf" (?:[\w-]+ ){{0,3}}?(?:series|one|{_CARE_GIVEN}) (?:with us|here|at our)\b",
            rf"\b(?:{_CARE_GIVEN}) (?:you|he|she|they|u) (?:got|had|received) (?:here|with us"
            rf"|in {MONTHS_EN}|on {_DAYS}|last (?:week|month|year|fall|spring|winter|summer))\b",
            r"\b(?:te|le|les) (?:pusimos|aplicamos|hicimos|sacamos|quitamos|pusieron|aplicaron"
            rf"|hicieron) (?:la|el|las|los|una|un|tu|su|sus|tus) (?:[\w-]+ )?{_CARE_GIVEN_ES}\b",
            rf"\b(?:you're|you are|youre|he's|she's|they're|y'all are) (?:all )?(?:set|good to go"
            rf"|confirmed|booked in) for (?:{_DAYS}|tomorrow|today|tonight|next {_DAYS}"
            r"|this (?:morning|afternoon|evening)|the \d|\d)",
            rf"\b(?:before|after|for|at|during) your (?:[\w-]+ ){{0,2}}?{_VISIT} (?:tomorrow|today"
            rf"|tonight|this (?:morning|afternoon|week)|next {_DAYS}|on {_DAYS}|{_DAYS})\b",
            r"\b(?:at|during|for)(?<!his or at)(?<!his or during)(?<!his or for)(?<!his/at)"
            r"(?<!his/during)(?<!his/for) (?:his|her|(?:the )?[a-z]+(?:'s|s'))"
            r" (?:[\w-]+ ){0,2}?(?:check-?up|well visit|visit|appointment|appt|physical"
            r"|shots|vaccines|exam)\b",
            rf"\b(?:(?:de|en) (?:la|su|tu) (?:visita|consulta|cita)|(?:su|tu) (?:cita|consulta"
            rf"|visita)) del? (?:\d{{1,2}} de {MONTHS_ES}|lunes|martes|miercoles|jueves|viernes"
            r"|sabado|domingo)\b",
            rf"\byour (?:[\w-]+ )?{_VISIT} (?:on|this|next) (?:{_DAYS}\b|{MONTHS_EN}\.?"
            r" \d{1,2}\b)",
            rf"\byour (?:new |next |upcoming |rescheduled )?{_VISIT} (?:is|'s) (?:now )?(?:on )?"
            rf"(?:{_DAYS}|{MONTHS_EN}|due|overdue)\b",
            rf"\b(?:was|were) (?:such |so |a real )?(?:brave|a trooper|a champ|a rock ?star)"
            rf" (?:getting|for|during) (?:his|her|their|your|the) (?:[\w-]+ )?{_VISIT}\b",
            r"\b(?:saw|see|seeing|have|got) (?:you|u|him|her|them) on (?:the|our) (?:schedule"
            r"|books|calendar)\b|\b(?:you're|you are|ur|youre) on (?:the|our) (?:schedule|books)"
            rf" for\b|\bwhen (?:you|u) come in (?:tomorrow|tmrw|tmr|today|tonight|{_DAYS}"
            r"|next week|this week)\b",
            r"\b(?:from|at|after|during) (?:today's|yesterday's|this morning's|last week's)"
            rf" (?:[\w-]+ )?{_VISIT}\b(?! (?:clinic|event|fair|drive|day|night))",
            # Their account or request handled: "reversed the late fee on your account",
            # "recibimos su solicitud de referencia".
            r"\b(?:fee|charge|balance|credit|refund|payment|copay)s? (?:on|to|from) your account\b"
            r"|\b(?:reversed|waived|refunded|credited|removed|adjusted|written off)"
            r" (?:the |a |your )?(?:[\w-]+ )?(?:fee|charge|balance|bill|copay)s?\b",
            r"\b(?:recibimos"
            r"|hemos recibido|procesamos|enviamos|aprobamos) (?:su|tu) (?:solicitud|pedido"
            r"|peticion) de (?:referencia|referido|receta|resurtido|expediente|registros"
            r"|autorizacion)\b",
            rf"\b(?:tu|su) (?:[\w-]+ ){{0,2}}?(?:{_CARE_GIVEN_ES}|{TEST}|cita|consulta"
            r"|visita)(?: [\w-]+){0,2}? (?:se cambia|se cambio|se movio|se paso|quedo|queda)"
            r" (?:para|al|el|a)\b",
            r"\b(?:te|le|les) (?:agendamos|programamos|apartamos|reservamos|anotamos|cambiamos"
            r"|movimos) (?:la|el|una|un|su|tu)\b|\bque (?:te|le|les) (?:pusimos|aplicamos)\b",
            # Their referral or prescription sent on: "the referral to nephrology was faxed
            # over", "we called in the albuterol refill", "ya mandó el referral".
            r"\b(?:sent|faxed|submitted|called in|e-?prescribed|mando|envio|mandamos|enviamos"
            r"|mandaron|enviaron|(?:ya )?salio|se envio|se mando)(?: over| in)? (?:the|your|his"
            r"|her|el|la|su|tu) (?:[\w-]+ )?"
            r"(?:referral|prescription|rx|refill|script|referencia|receta|orden|autorizacion)\b",
            # What our clinician did for them: "the stretches Dr. Brennan showed you".
            r"\b(?:dr\.? \w+|the doctor|the nurse|the therapist|your (?:doctor|nurse|therapist"
            r"|pt|provider)) (?:showed|gave|taught|prescribed|told|recommended|ordered) (?:you"
            r"|him|her)\b",
            # Their care under way: "the biopsy went to pathology", "flu shot is logged",
            # "labs are back and Dr. Patel reviewed them".
            r"\b(?:biopsy|sample|specimen|swab|culture)s? (?:went|was sent|has been sent|got sent"
            r"|is going) to (?:the )?(?:lab|pathology)\b|\b(?:flu shot|shot|vaccine|dose|booster"
            r"|tdap) (?:is|was|has been) (?:logged|recorded|documented|entered)\b",
            r"\b(?:labs|lab work|bloodwork|blood work|results|x-?rays?|scans?) (?:are|is) back"
            r"\b(?! in| within| by| after)|\b(?:dr\.? \w+|the doctor|the nurse|the provider)"
            r" (?:reviewed|looked at|signed off on|went over) (?:them|it|your|the (?:labs?"
            r"|results?|x-?rays?|scans?|mole|rash|spot|photos?))\b",
            r"\b(?:your|tu|su) (?:[\w-]+ )?\$\d[\d,.]* (?:copay|balance|bal|bill|charge"
            r"|deductible)\b|\b(?:your|tu|su) (?:balance|bal|copay|acct|account|cuenta|saldo)"
            r" (?:de |of |is |es )?\$\d|\b(?:acct|account|cuenta) (?:shows|dice|muestra)\b"
            r"|\bsegun (?:tu|su) cuenta\b|\b(?:debes|debe) la (?:visita|consulta|cita) de\b",
            r"\b(?:balance|charge|copay|bill|statement)\b[^.!?]{0,30}\bfrom (?:the|your|his|her)"
            r" (?:[\w-]+ )?(?:visit|appointment|test|x-?ray|labs?)\b",
            # What their chart says: "your sister's chart shows", "en el chart dice".
            r"\b(?:your|his|her|their|[a-z]+'s|su|tu) (?:[\w-]+ )?(?:chart|notes?|file|record"
            r"|expediente) (?:shows|says|indicates|has|dice|muestra|indica)\b|\bchart (?:shows"
            r"|says|indicates) (?:your|his|her|you|he|she)\b|\ben (?:el|su|tu) (?:chart"
            r"|expediente) (?:dice|aparece|sale)\b",
            # Their day and time: "your baby's hearing rescreen is Monday at 1:15", "Dr. Kim
            # will see you again on the 22nd".
            rf"\byour (?:[\w'-]+ ){{1,3}}(?:is|'s) (?:on |this |next )?{_DAYS} at \d",
            r"\b(?:dr\.? \w+|the doctor|the midwife|she|he) (?:will|'ll) (?:see|induce|examine)"
            rf" you (?:again )?(?:on|at|this|next|tomorrow|today|{_DAYS})\b",
            # Something of theirs due: "your next mask is due oct 12".
            r"\byour next (?:[\w-]+ ){0,2}(?:is|'s) (?:due|scheduled|set)\b",
            # Their paperwork or a repeat of their test: "ur form is signed and ready for
            # pickup", "come back tmrw to redo the urine test".
            r"\byour (?:[\w-]+ ){0,2}?(?:forms?|paperwork|letter|note) (?:is|are) (?:signed"
            r"|completed|filled out|faxed|ready for pick-?up)\b|\b(?:come back|come in|stop by"
            r"|return)(?: \w+)? to (?:redo|repeat|retake) (?:the|your)\b",
            # A booking of theirs moved or confirmed: "we moved your PT to Thursday", "ur spot
            # at 3:30 tmrw is confirmed".
            r"\b(?:moved|rescheduled|rebooked|re-booked|booked|scheduled|changed|switched)"
            r" (?:your|his|her|their)"
            rf" (?:[\w-]+ ){{0,3}}?(?:{_VISIT}|pt|annual|spot|slot) (?:to|for)\b",
            rf"\b(?:{_VISIT}|annual|spot|slot)(?: at [\d:]+(?: ?[ap]m)?)?"
            r"(?: (?:tomorrow|today))? (?:is|got|was|has been) (?:now )?(?:moved|rescheduled"
            r"|booked|confirmed) (?:to|for|with|on)\b",
            # Their bill: "ur deductible is already met", "the $84 charge was for the rapid flu
            # test on the 3rd".
            r"\byour deductible (?:is|was|has been|should be|will be) (?:already )?(?:met"
            r"|reached|satisfied)\b",
            r"\b(?:charge|balance|bill|copay|cargo)s? (?:is|was|es|are|were) (?:for|from|por)"
            rf" [^.!?]{{0,40}}?(?:\b(?:on|from) the \d|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b{MONTHS_EN}"
            r"\.? \d|\b(?:your|his|her) (?:[\w-]+ )?(?:visit|test|physical)|que (?:le|te)"
            r" hicimos|el dia \d)",
            # Where their series stands: "he already had one dose this season", "su niña
            # tiene las dos dosis", "you already had it with us in 2023".
            r"\b(?:you|he|she|they|usted|(?:your|his|her|su|tu) (?:son|daughter|baby|kid|child"
            r"|little one|nin[oa]|hij[oa]|bebe))(?:'ve| have| has)?(?: already| ya)? (?:had|got"
            r"|gotten|received|has|tiene|recibio) (?:both|all|his|her|their|your|the|las|sus"
            r"|ambas|one|two|1|2|una|dos|three|tres) (?:[\w-]+ )?(?:doses?|dosis)\b",
            r"\b(?:had|got|received|gave you) (?:it|them|that one|this one|the \w+) (?:with us"
            r"|here|con nosotros) (?:in|on|last|back|this)\b",
            r"\b(?:ya )?(?:quedo|quedas?|quedan|esta|estas|estan) (?:agendad[oa]s?|apuntad[oa]s?"
            r"|anotad[oa]s?|confirmad[oa]s?|programad[oa]s?|citad[oa]s?) (?:para|el)\b",
        ),
        unless_before=lazy(r"\b(?:if|whether|si)\b[^.!?]{0,30}$"),
    ),
)

# Their own health said back to them, or a relative's: "since you're on chemo", "glad your
# mom is home from the hospital".
_STRUGGLE = (
    rf"{CONDITION}|alcohol|drinking|drugs|addiction|substance use|self-harm|self harm|cutting"
    r"|grief|adiccion|drogas"
)
_PROCEDURE = r"(?:hip|knee|shoulder|joint) replacement|operation|procedure|chemo|biopsy"
# What someone is going through, named in sympathy: "sorry the antibiotic gave you diarrhea",
# "hope your mom's chemo goes smoothly"; but not "sorry for the wait, flu shots are online".
_GOING_THROUGH = (
    r"(?!(?:flu|covid|rsv|cold|allergy) (?:shots?|vaccines?|vaccination|clinics?|season))"
    rf"(?:{SYMPTOM}|{CONDITION}|antidepressants?|radiation|chemo|rehab|injections?|ivf"
    r"|physical therapy|meds|medication|pills?|inhaler|stent|surgery|morning sickness|due date"
    r"|baby on the way|embarazo)"
)
_THEM = (
    r"(?:you|your|you're|you've|he|she|his|her|he's|she's|le|te|su|tu|usted|sigue con"
    r"|siga con|sigas con|tenga|tengas|ande con|andes con|este con|estes con)"
)
_HEALTH_DETAIL = Rule(
    "phi.health_detail",
    rx(
        rf"\b(?:sorry|sad|heartbroken)(?: to (?:hear|learn))? (?:about|for|of) (?:the|your|his"
        rf"|her) (?!broken (?:link|post|page|site|sign|door|elevator|machine|phone))"
        rf"(?:[\w'-]+ ){{0,2}}?(?:miscarriage|pregnancy loss|loss of the baby|stillbirth|stroke"
        rf"|heart attack|accident|injury|surgery|{_PROCEDURE}|{CONDITION})"
        r"\b|\b(?:sorry|sad)(?: to (?:hear|learn))?(?: that)? (?:the|your|his|her)"
        rf" (?:[\w'-]+ ){{0,2}}?(?:{CONDITION}|{_PROCEDURE})(?: diagnosis)? (?:is|are|has|have"
        r"|keeps?|kept|flared|acted up|got worse|came back|was a shock|got (?:pushed back"
        r"|postponed|delayed|moved|canceled|cancelled)|was (?:pushed back|postponed|delayed"
        r"|canceled|cancelled))\b"
        r"|\b(?:animo|fuerza|suerte|mucho animo|fuerzas) con (?:la|el|los|las|su|tu|sus|tus)"
        rf" (?:quimio|quimioterapia|tratamiento|cirugia|operacion|radiacion|dialisis|recuperacion"
        rf"|{COND})\b|\b(?:good luck|hang in there|hope it gets better|sending (?:love|hugs"
        rf"|strength)) with (?:the|your|his|her|their) (?:[\w-]+ )?{COND}\b",
        rf"\b(?:sorry|sad|que pena|sentimos|lamentamos|siento|lamento)\b[^.!?]{{0,50}}\b{_THEM}\b"
        rf"[^.!?]{{0,50}}\b{_GOING_THROUGH}\b|\b(?:hope|hoping|ojala|esperamos que)\b[^.!?]{{0,40}}"
        rf"\b(?:your|his|her|su|tu|the|la|el)(?: [\w'-]+){{0,2}} {_GOING_THROUGH}\b"
        r"|\b(?:hope|hoping)\b[^.!?]{0,40}\brecover(?:ing)? from\b",
        # A pregnancy of theirs: "plus a baby on the way?", "with your due date just weeks
        # away", "faltan seis semanas para que llegue el bebé".
        r"\b(?:(?:the|your|a|with|y con el|con el) baby on the way|bebe (?:en camino|a punto de"
        r" llegar)|(?:para|antes de) que llegue (?:el|su|tu) bebe|faltan \w+ semanas para"
        r"|(?:your|her|su|tu) (?:due date|fecha de parto)|morning sickness|nauseas del embarazo"
        r"|ascos del embarazo|positive pregnancy test|prueba de embarazo positiva|(?:the|your)"
        r" baby news|(?:you're|you are|she's|she is) (?:\d+ weeks )?(?:pregnant|expecting)"
        r"|(?:estas|esta) embarazada)\b",
        # "siento mucho lo del diagnóstico", "lamentamos que su papá siga mal"
        r"\b(?:siento|sentimos|lamento|lamentamos)(?: mucho)? (?:lo de(?:l| la)?|el|la)"
        r" (?:su |tu )?(?:diagnostico|perdida|aborto|cancer|operacion|cirugia|recaida|derrame"
        rf"|infarto|{CONDITION})\b|\b(?:siento|sentimos|lamento|lamentamos)(?: mucho)? que"
        rf" (?:su|tu) {KIN} (?:siga|este|tenga|ande)\b",
        # Their recovery or relief named: "6 months clear of the melanoma", "hope the knee
        # replacement recovery keeps going well", "glad the dizziness settled".
        rf"\b(?:clear|free) of (?:the |your |his |her )?{CONDITION}\b|\bcancer-free\b",
        r"\bhope (?:the|your|his|her) (?:[\w-]+ ){0,2}(?:recovery|rehab|healing) (?:is|keeps"
        r"|goes|continues)\b",
        rf"\bglad (?:the|your|his|her) (?:[\w-]+ )?{SYMPTOM} (?:(?:has |have |finally )?"
        r"(?:settled|improved|went away|cleared|calmed|eased|stopped)|(?:is|are|'s) (?:finally"
        r" |much |so much |a lot |way )?(?:better|improving|gone|healed))\b",
        # What happened to a relative: "sorry to hear your brother relapsed".
        rf"\b(?:sorry|sad)(?: to (?:hear|learn))?(?: that)? (?:your|his|her|their) {KIN}"
        r" (?:relapsed|overdosed|had (?:a|an) (?:relapse|overdose|stroke|heart attack|seizure"
        r"|miscarriage)|is (?:using|drinking) again|was hospitalized|is in (?:the )?(?:hospital"
        r"|rehab|icu))\b",
        # A loss or an event named as theirs: "after your miscarriage", "from her stroke".
        r"\b(?:after|since|following|from|through|about|with|of) (?:your|his|her|their)"
        r" (?:recent )?(?:miscarriage|pregnancy loss|stillbirth|stroke|heart attack|overdose)\b"
        r"|\b(?:tras|despues de|por|con) (?:el|su|tu) (?:aborto|perdida del embarazo|derrame"
        r"|infarto|sobredosis)\b",
        # What they told us, said back: "the night sweats you described".
        rf"\b(?:{SYMPTOM}|{CONDITION}) (?:that |which )?(?:you|he|she|your {KIN})"
        r" (?:described|describe|mentioned|mention|shared|reported|told us about|are describing"
        r"|have described|are having|have been having)\b|\b(?:que )?(?:nos )?(?:describio"
        r"|describe|menciono|comento|conto) (?:usted|tu|su {KIN})\b",
        # Care for an illness of theirs: "your HIV medication", "his epilepsy specialist".
        r"\b(?:your|his|her|their) (?!(?:cold|flu|allergy|allergies|covid|covid-19)\b)"
        rf"(?:[\w-]+ )?(?:{CONDITION}|dialysis|chemo|infusion|radiation) (?:medications?|meds"
        r"|medicines?|treatment|prior auth(?:orization)?|prescriptions?|refills?|specialist"
        # ..."your asthma follow-up visit" is how any reminder names the visit.
        r"|care team|diagnosis|follow-?ups?(?! visit)|appointments?|sessions?)\b",
        # Their medicine doing something to them: "sorry the ADHD meds are making him so
        # irritable".
        r"\b(?:the|your|his|her|their) (?:[\w-]+ ){0,2}?(?:meds|medications?|medicines?|pills"
        r"|shots?|vaccines?|inhaler|antibiotics?|treatment) (?:is|are|was|were|keeps?|kept)"
        r" (?:making|giving|causing|leaving) (?:you|him|her|them)\b",
        rf"\b(?:we know|we understand|we can only imagine|must be (?:so |really )?(?:hard|tough"
        rf"|stressful|scary|exhausting|frightening))\b[^.!?]{{0,40}}\b(?:(?:to )?live with"
        rf"|living with|(?:to )?manage|managing|(?:to )?deal with|dealing with|(?:to )?cope with"
        rf"|coping with|waiting (?:on|for)|after finding|going through)"
        rf" (?:[\w-]+ ){{0,3}}?(?:{CONDITION}|biopsy|a lump|diagnosis|chemo|surgery|side"
        r" effects)\b|\b(?:entendemos|sabemos|comprendemos|imaginamos)\b[^.!?]{0,40}"
        r"\b(?:vivir con|viviendo con|manejar|lidiar con|sobrellevar|enfrentar)"
        rf" (?:[\w-]+ ){{0,3}}?(?:{CONDITION}|quimio|cirugia|diagnostico)\b",
        # Someone's struggle named back to them: "your struggle with alcohol", "sorry your
        # nephew is struggling with self-harm".
        rf"\b(?:your|his|her|their|tu|su) (?:[\w-]+ )?(?:struggles?|battle|fight|journey) with"
        rf" (?:[\w-]+ ){{0,2}}?(?:{_STRUGGLE})\b|\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|(?:your"
        rf"|his|her) {KIN}(?: is|'s)) (?:still |currently |really )?(?:struggling|living|dealing"
        rf"|battling|coping) with (?:[\w-]+ ){{0,2}}?(?:{_STRUGGLE})\b",
        # What happened to them or what they carry: "sorry the condom broke", "given your history
        # of clots", "con tus antecedentes de coágulos".
        r"\b(?:the|your|his|her) condom (?:broke|slipped|came off|failed)\b|\bse (?:te |le )?"
        r"(?:haya |ha )?(?:rompio|roto) el condon\b|\b(?:with|given|because of|considering)"
        r" (?:your|his|her) (?:family |medical )?history of\b|\b(?:con|por|dados) (?:tus|sus)"
        r" antecedentes\b|\b(?:con|por|dado) (?:tu|su) historial de\b",
        r"\b(?:the|your|his|her) new (?:hip|knee|shoulder|heart valve|valve|kidney|liver|lung"
        r"|pacemaker|hearing aids?|insulin pump|cpap|inhaler|meds|medication|brace|walker"
        r"|cane)\b(?! (?:pain|replacement|clinic|program|disposal|policy|box|drop"
        r"|class|service|wing|center|team))",
        r"\b(?:sus|tus|los|las|su|tu) (?:audifonos|lentes|muletas|andadera|bomba de insulina"
        r"|cpap|plantillas) nuev[oa]s?\b",
        r"\bhope (?:the|your|his|her) (?:[\w-]+ )?(?:cast|stitches|boot|brace|sling|splint"
        r"|staples|bandages?) (?:comes?|come|gets?) (?:off|out)\b",
        r"\b(?:congrats|congratulations|felicidades|felicitaciones|so proud of you|proud of you)"
        r"\b[^.!?]{0,30}\b(?:smoke-free|smoke free|sober|sobriety|cancer-free|cancer free|in"
        r" remission|quit smoking|pounds down|walker|cpap|hearing aids?|wheelchair|insulin pump"
        r"|sin fumar|sobri[oa]|sin cancer|en remision|andadera|audifonos|(?:the |your )?pregnancy"
        r"|(?:the |your |new )?iud|embarazo|(?:el |su |tu |nuevo )?diu|negative (?:test|results?)"
        r"|clean (?:test|results?|scan)|prueba negativa)\b",
        # A birth or pregnancy milestone of theirs: "congrats on the VBAC", "on making it to 37
        # weeks after all that bed rest", "por llegar a las 36 semanas".
        r"\b(?:congrats|congratulations|felicidades|felicitaciones)\b[^.!?]{0,40}\b(?:vbac"
        r"|c-section|cesarea|epidural|bed rest|reposo|cerclage|cerclaje|nicu|induction"
        r"|(?:making it to|reaching|hitting|llegar a) (?:las )?\d{2} (?:weeks|semanas))\b",
        # A relative's illness named in Spanish sympathy: "lo de la demencia de su papá".
        rf"\b(?:la|el|las|los|del) (?:[a-z]+ de )?{CONDITION}(?: (?:de )?[a-z]+)? de (?:su|tu)"
        rf" {KIN}\b",
        r"\b(?:since|because|as|given(?: that)?|now that|ya que|como) (?:you(?:'re| are)|youre"
        r"|(?:he|she)(?:'s| is)|(?:your|his|her) [a-z]+ (?:is|was)|(?:estas|esta|eres|es))"
        r" (?:still |now |currently |already )?(?:on (?:chemo|dialysis|insulin|blood thinners"
        r"|oxygen|meds|medication)|taking|pregnant|expecting|diabetic|immunocompromised|nursing"
        r"|breastfeeding|undergoing|in (?:chemo|treatment|remission|recovery|rehab)|recovering"
        r"|allergic to|embarazada|en (?:quimio|tratamiento|dialisis)|diabetic[oa]|amamantando)\b",
        rf"\b(?:your|his|her|their|su|tu) {KIN} (?:is|was|'s|are|were|got|esta|estan|ya esta)"
        r" (?:finally |now |back |still |already |doing |feeling )?(?:home (?:from|after)|out of"
        r" (?:the )?(?:hospital|icu|er|surgery|rehab)|back from (?:the )?(?:hospital|icu|er"
        r"|surgery|rehab)|discharged|released from|in (?:the )?(?:hospital|icu|er|rehab)|better"
        r" after|recovering|on the mend|en casa (?:despues|tras)|fuera del hospital|en el hospital"
        r"|internad[oa]|recuperandose|mejor despues)\b",
    ),
    unless_before=lazy(r"\b(?:if|whether|si)\b[^.!?]{0,30}$"),
)


RULES: tuple[Rule, ...] = (
    *_CONFIRMS_RULES,
    *_OUR_CARE_RULES,
    _PATIENT_OF_OURS,
    _SEE_YOU,
    *_CASE_WORK_RULES,
    *_BOOKED_RULES,
    _CHART_NOTE,
    _HEALTH_DETAIL,
)
