"""Reading test results or measurements: a value or a verdict tied to a named test."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import (
    ANALYTE,
    CONDITIONAL,
    LAB,
    LAB_VALUE,
    RESULT,
    TEST,
    VERDICT,
)

_NUMBER = r"\d+(?:[.,/]\d+)?\b"
_LEVEL = r"(?:levels?|readings?|numbers?|values?|counts?|results?|scores?|niveles?|lecturas?)"
# "an ALT of 60", "a PSA under 4", "presión de 140/90", "A1c: 7.2"
_TO_VALUE = (
    r"(?:of|at|is|was|were|'s|came back|came in|comes back|reads|read|running|sitting|under"
    r"|over|above|below|around|about|near|less than|more than|greater than|higher than"
    r"|lower than|between|of about|of around|only|just|still|now|de|en|es|fue|esta|estaba"
    r"|salio|sale|da|dio|menor a|menor de|mayor a|mayor de|por encima de|por debajo de"
    r"|sobre|bajo|arriba de|abajo de|alrededor de|mas de|menos de|entre|solo|todavia|ya)"
)
_COPULA = (
    r"(?:'s|'re| is| are| was| were| looks?| looked| seems?| seemed| came back| comes back"
    r"| come back| reads| read as| read| runs| is running| sits| es| son| fue| fueron| salio"
    r"| salieron| sale| salen| esta| estan| estaba| estaban| se ve| se ven| quedo| resulto"
    r"| anda| va| van| viene| vienen)"
)
_SOFTENER = (
    r"(?:(?:only|just|a bit|a little|slightly|mildly|very|really|pretty|quite|totally"
    r"|completely|perfectly|still|now|all|both|definitely|probably|considered|generally"
    r"|basically|a tad|kind of|somewhat|super|way|well|looking|un poco|algo|ligeramente|muy"
    r"|bastante|todavia|aun|ya|solo|completamente|totalmente|perfectamente|un poquito) )*"
)
_DETERMINER = (
    r"(?:your|his|her|their|the|that|this|these|those|tus?|sus?|los|las|el|la|esos?|esas?"
    r"|estos?|estas?)"
)

# A range taught to everyone ("for most adults, under 120/80 is considered normal", "una
# presión de 180/120 o más ... es una emergencia"), in a sentence that never turns to anyone.
_RANGES_FOR_EVERYONE = lazy(
    r"^(?!.*\b(?:you|your|yours|you're|you've|his|her|he|she|he's|she's|my|mine|su|sus|suyo"
    r"|suya|tu|tus|tuyo|tuya|usted|el suyo|la suya)\b)(?=.*\b(?:considered|classed|se"
    r" considera|se consideran|generally|in general|en general|por lo general|(?:for|in)"
    r" (?:most |many )?adults|en (?:la mayoria de los )?adultos|para (?:la mayoria de los )?"
    r"adultos|is an emergency|es una emergencia)\b)"
    # ...and a range, not one number: "a fasting sugar of 130 is considered high" is theirs.
    r"(?=.*(?:\b(?:under|below|over|above|between|less than|more than|or (?:higher|more|above"
    r"|less|lower|greater)|menos de|mas de|menor de|mayor de|o mas|o menos|entre|en adelante)\b"
    r"|\d ?(?:-|to|a) ?\d))"
)

_RESULTS_RULES = (
    Rule(
        "medical_advice.results",
        rx(
            # A verdict on a named measurement: "that potassium level is only slightly low".
            rf"\b{LAB}(?: {_LEVEL})?{_COPULA} {_SOFTENER}{VERDICT}\b",
            # ...or on any test or result the sentence points at: "the x-ray looked fine".
            rf"\b{_DETERMINER} (?:[\w'-]+ ){{0,2}}?(?:{LAB}|{TEST}|{RESULT})(?: [\w'-]+){{0,3}}?"
            rf"{_COPULA} {_SOFTENER}{VERDICT}\b",
            # ...or on "yours", after a reading was named: "free BP checks, yours was high".
            rf"\b(?:yours|(?:el|la) (?:suy|tuy)[oa]){_COPULA} {_SOFTENER}(?:high|low|elevated"
            r"|borderline|normal|abnormal|off|up|down|alt[oa]|baj[oa]|elevad[oa]|normal)\b",
            # ...or "yours" with its number: "yours at 128/78 is right on target".
            r"\byours (?:at|of) \d{2,3}(?:/\d{2,3}|[.,]\d)",
            # ...or their bare number: "your 61 is only mildly up", "con su 6.3, usted...".
            r"\b(?:your|yours|su|tu) (?:reading |number |result |level )?(?:of )?\d+(?:[.,]\d+)?"
            r"(?: ?%)?(?:,| (?:is|was|'s|puts|means|shows|looks|seems|es|indica|significa|esta|lo"
            r"|la|le|usted)\b)",
            # A value: "an ALT of 60", "BP 150/95", "glucosa de 130".
            rf"\b{LAB_VALUE}(?: {_LEVEL})?(?: {_TO_VALUE}){{0,2}}(?: ?[<>=:~] ?| ){_NUMBER}",
            r"(?<![\w.])\d+(?:[.,]\d+)? ?(?:mg/dl|mmol/l|mmol|ng/ml|miu/l|mm ?hg|u/l|iu/l)\b",
            # "anything under 100 is normal"
            r"\b(?:under|below|over|above|less than|more than|greater than|menos de|mas de"
            rf"|menor de|mayor de|por debajo de|por encima de) {_NUMBER}(?: \w+)?{_COPULA}"
            rf" {_SOFTENER}{VERDICT}\b",
            # What a reading means: "a TSH like that just means your thyroid is sluggish".
            rf"\b{LAB}(?: [\w.,/'-]+){{0,3}}? (?:just |only |usually |probably |likely )?"
            r"(?:means|suggests|indicates|points to|is a sign of|tells us|significa|indica)\b",
            rf"\b(?:slightly|mildly|a little|a bit|only|borderline|ligeramente|un poco) (?:high"
            rf"|low|elevated|raised|alt[oa]s?|baj[oa]s?|elevad[oa]s?) {LAB}\b",
            r"\b(?:tus|sus) (?:resultados|analisis|examenes|estudios|laboratorios|niveles)\b",
            r"\b(?:your|his|her|their|tus?|sus?)(?: [\w'-]+){0,2} (?:results?|labs?|tests?|scan"
            r"|x-?rays?|mri|ct|biopsy|culture|blood ?work|ultrasound|ekg|resultados?|analisis"
            r"|radiografia|ultrasound|x-?ray|mri|ct scan|echo|ecg|mammogram|pap|ultrasonido"
            r"|resonancia) (?:show|shows|showed|showing|shown|indicating|suggesting|revealing"
            r"|indicate|indicates|indicated|suggest|suggests|suggested|revealed|found|confirm"
            r"|confirmed|muestra|muestran|mostro|indica|indican|indico|confirma|confirmo)\b",
            r"\b(?:test|tests|results?|labs?|culture|scan|x-?ray|biopsy|swab|prueba|resultados?"
            r"|analisis|examen|cultivo) (?:was|were|came back|is|are|fue|fueron|salio|salieron"
            r"|es|resulto) (?:negative|positive|normal|abnormal|negativ[oa]s?|positiv[oa]s?"
            r"|normal(?:es)?|anormal(?:es)?|(?:non-?)?reactive|reactiv[oa]|(?:un)?detectable"
            r"|indetectable)\b",
            r"\b(?:everything|it all|all of it|all|nothing|todo|nada)(?: \w+)? (?:came back"
            r"|came out|looks?|looked|was|is|showed up|turned up|salio|esta|estaba|se ve|sale)"
            r"(?: \w+)? (?:normal|fine|good|great|clear|negative|abnormal|concerning|ok|okay|bien"
            r"|normales?|mal|malo|raro|anormal|preocupante)\b",
            rf"\b(?:the|your|his|her|that|this|el|la|su|tu) (?:[\w-]+ )?{TEST} (?:showed|shows"
            r"|found|revealed|picked up|grew|detected|mostro|detecto|encontro|muestra|muestran"
            r"|indica)\b",
            rf"\b(?:the|your|his|her|that|this|el|la|su|tu) (?:[\w-]+ )?{TEST} (?:was|came back"
            r"|salio) (?:nothing|no|a|an|some|mild|only|just|nada|un|una|algo|normal|clear|fine)\b",
            r"\b\d+(?:st|nd|rd|th)? percentile\b|\bpercentil \d+\b|\btodo (?:normal|perfecto"
            r"|en orden)\b",
            rf"\b(?:su|tu|sus|tus) {LAB} (?:alt[oa]s?|baj[oa]s?|normal(?:es)?|ideal|elevad[oa]s?"
            r"|perfect[oa]s?|excelentes?|bien|controlad[oa]s?)\b|\ben su peso (?:ideal|normal)\b",
            r"\bno salio nada (?:malo|raro|anormal|preocupante|grave)\b|\bnothing (?:abnormal"
            r"|concerning|worrying|unusual|bad|serious|major|suspicious) (?:showed up|came back"
            r"|was found|turned up|on|in)\b",
            rf"\b(?:con|de|un|una|a|an) \d+(?:[.,]\d+)? (?:de )?{LAB_VALUE}\b",
            r"\bfrom your (?:photo|pic|picture|image|selfie)s?\b|\b(?:su|tu) \w+ (?:en|de) la"
            r" foto\b|\ben (?:su|tu|la) foto,? (?:se ve|parece|tiene|es)\b",
            rf"\b(?:your|his|her|su|tu) \d+(?:[.,]\d+)? {LAB_VALUE}\b",
            r"\byour (?:[\w-]+ ){0,2}readings? (?:of|was|were|is|are|at) \d|\bwith a reading of"
            r" \d+(?:/\d+)?,? (?:you|he|she|your|call)\b",
            r"\b(?:you|he|she) tested (?:positive|negative)\b|\b(?:diste|dio|salio|saliste)"
            r" (?:positivo|negativo)\b|\b(?:you're|you are|your|he's|she's) (?:tb |covid |flu"
            r" |strep |hiv )?(?:negative|positive)\b(?! (?:attitude|energy|vibes|thinking))",
            # A bare reading judged: "128/82 is totally fine", "150/90 no está tan mal", "7.2 is
            # great", "fasting 130s are great for someone your age".
            r"\b\d{2,3}/\d{2,3}(?: mmhg| at home| this morning)?(?:'s| is| isn't"
            rf"| is not| looks| seems| es| no es| esta| no esta) {_SOFTENER}(?:{VERDICT}|bad"
            r"|tan mal|mal)\b",
            r"\b\d{1,2}\.\d(?:'s| is| es) (?:(?:really|so|super|pretty|very|muy) )?"
            r"(?:great|high|low|normal|fine|good|perfect|excellent|alto|alta|bajo|baja|bien"
            r"|excelente|perfecto)\b",
            r"\bfor (?:someone|a (?:man|woman|guy|lady|person|kid|child)) (?:of )?(?:your|his"
            r"|her) age\b|\b(?:bien|normal|alt[oa]|baj[oa]"
            r"|perfect[oa]|excelente) para (?:su|tu) edad\b",
            r"\b(?:your|tu|su) \d{2,3} (?:fasting|en ayunas)\b|\b\d{2,3} en ayunas (?:si )?(?:esta"
            r"|es|sale) (?:alt[oa]|baj[oa]|bien|mal)\b",
            # The doctor's verdict passed on: "dr. nguyen said it looked normal".
            r"\b(?:said|says|thinks|thought|mentioned|dijo|comento) (?:that )?(?:it|they"
            r"|everything|all|things|todo) (?:looked|looks|was|is|were|are|came back|seemed|seems"
            rf"|salio|estaba|esta|se ve|se veia) {_SOFTENER}{VERDICT}\b",
            # What someone's own numbers say about them: "those tracking numbers look like you
            # ovulate late", "sus lecturas parecen indicar que...".
            rf"\b{_DETERMINER} (?:[\w'-]+ ){{0,2}}?(?:{_LEVEL}|logs?|charts?|tracking|data"
            r"|datos|registros?) (?:look|looks|looked|seem|seems|seemed|suggest|suggests)"
            r" (?:like |that )?(?:you|he|she|they|your|his|her"
            r"|their|baby|the baby)\b(?!'d| would| might want| may want| can see| can find| how)"
            r"|\b(?:sus|tus|esos|estos|esas|estas) (?:[\w'-]+ ){0,2}?(?:numeros|lecturas|niveles"
            r"|valores|datos|registros) (?:parecen|indican|sugieren|muestran) (?:indicar"
            r" |decir )?que\b",
        ),
        unless_before=CONDITIONAL,
        unless_in_sentence=_RANGES_FOR_EVERYONE,
    ),
    Rule(
        "medical_advice.results",
        lazy(
            rf"\b(?:your|his|her|tus?|sus?) (?:(?:high|low|elevated|abnormal|borderline|raised"
            rf"|alto|alta|bajo|baja|elevad[oa]) )?{ANALYTE}\b"
        ),
        unless_before=lazy(
            rf"(?:{CONDITIONAL.pattern})|\b(?:questions?|concerns?|worried|worries|about|regarding"
            r"|preguntas?|dudas?|sobre|preocupacion)\b[^.!?]{0,12}$"
        ),
        # "get your cholesterol checked" is a reminder, not a result.
        unless_after=lazy(
            r" (?:level |levels )?(?:checked|tested|screened|measured|drawn|done|revisad|medid)"
        ),
    ),
)


RULES: tuple[Rule, ...] = _RESULTS_RULES
