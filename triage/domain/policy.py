"""Reply rules: no medical advice, no patient-identifying details, disclaimer, length."""

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class PracticeFacts:
    name: str
    phone: str
    portal_url: str
    emergency_number: str = "911"
    crisis_line: str = "988"
    email: str = ""
    website: str = ""
    address: str = ""


@dataclass(frozen=True)
class ReplyContext:
    facts: PracticeFacts
    inbound_text: str = ""
    author_handle: str = ""
    max_length: int | None = None
    requires_disclaimer: bool = False
    disclaimer_markers: tuple[str, ...] = (
        "not medical advice",
        "no es consejo médico",
        "no es consejo medico",
    )


def check_reply(text: str, context: ReplyContext) -> list[Finding]:
    """Every problem found in an outgoing reply, BLOCK findings first."""
    reply = _fold(unicodedata.normalize("NFC", text))
    if not reply.text.strip():
        return [_finding("text.empty", Severity.BLOCK)]
    findings = [
        *_check_length(reply.source, context.max_length),
        *_check_disclaimer(reply, context),
        *_check_rules(reply),
        *_check_contacts(reply, context.facts),
        *_check_dates(reply),
        *_check_names(reply.source, context),
        *_check_echo(reply, context.inbound_text),
        *_check_tone(reply.source),
    ]
    return _merge(findings)


def is_blocked(findings: Iterable[Finding]) -> bool:
    """True when any finding must stop the reply from being sent."""
    return any(finding.severity == Severity.BLOCK for finding in findings)


# A physician may take responsibility for a blocked reply, but not for an empty one or one
# the platform would refuse anyway.
NOT_OVERRIDABLE = frozenset({"text.empty", "length.too_long"})


def stopping(findings: Iterable[Finding], overridden: bool) -> list[Finding]:
    """What stops a reply: every block, or under a physician's override the ones it cannot lift."""
    blocks = [f for f in findings if f.severity == Severity.BLOCK]
    return [f for f in blocks if not overridden or f.code in NOT_OVERRIDABLE]


# --- messages -------------------------------------------------------------------------

_MESSAGES: dict[tuple[str, Severity], str] = {
    ("medical_advice.dose", Severity.BLOCK): (
        'Mentions a dose ("{}"): replies must not give dosing advice.'
    ),
    ("medical_advice.directive", Severity.BLOCK): (
        'Tells the person what to do about treatment ("{}"): replies must not give medical advice.'
    ),
    ("medical_advice.diagnosis", Severity.BLOCK): (
        'Suggests what the person has ("{}"): replies must not diagnose anyone.'
    ),
    ("medical_advice.prognosis", Severity.BLOCK): (
        'Predicts or reassures about a condition ("{}"): replies must not say how it will go.'
    ),
    ("medical_advice.results", Severity.BLOCK): (
        'Interprets test results ("{}"): results are only discussed by phone or in the portal.'
    ),
    ("phi.name", Severity.BLOCK): (
        'Names a person ("{}"): replies may only name our doctors, like "Dr. Lee".'
    ),
    ("phi.name", Severity.WARN): (
        'Might be a person\'s name ("{}"): check it is not a patient or a relative.'
    ),
    ("phi.date_of_birth", Severity.BLOCK): (
        'Contains a birth date or a date tied to a person ("{}"): remove it.'
    ),
    ("phi.date_of_birth", Severity.WARN): (
        'Contains a full date ("{}"): check it is not about a patient.'
    ),
    ("phi.record_number", Severity.BLOCK): (
        'Contains a record or account number ("{}"): never post these online.'
    ),
    ("phi.address", Severity.BLOCK): (
        'Contains a street address that is not ours ("{}"): remove it.'
    ),
    ("phi.phone", Severity.BLOCK): (
        'Contains a phone number that is not ours ("{}"): share only the office number, 911 or 988.'
    ),
    ("phi.email", Severity.BLOCK): (
        'Contains an email address that is not ours ("{}"): share only the office email.'
    ),
    ("phi.echo", Severity.BLOCK): (
        'Repeats what the person wrote ("{}"): replies must never echo their message.'
    ),
    ("phi.confirms_patient", Severity.BLOCK): (
        'Suggests the person is our patient ("{}"): never confirm who is a patient.'
    ),
    ("phi.confirms_patient", Severity.WARN): (
        'May imply the person has an appointment with us ("{}"): prefer general wording.'
    ),
    ("disclaimer.missing", Severity.BLOCK): (
        'Missing the "not medical advice" disclaimer that medical-question replies must carry.'
    ),
    ("length.too_long", Severity.BLOCK): (
        "Too long for this platform ({} characters): shorten it to fit the limit."
    ),
    ("text.empty", Severity.BLOCK): "The reply is empty: write something before sending.",
    ("text.tone", Severity.WARN): ('Reads as over-excited ("{}"): keep a calm, professional tone.'),
}

_SNIPPET_LIMIT = 60


def _finding(code: str, severity: Severity, detail: str = "") -> Finding:
    if len(detail) > _SNIPPET_LIMIT:
        detail = detail[: _SNIPPET_LIMIT - 1].rstrip() + "…"
    message = _MESSAGES[(code, severity)].format(" ".join(detail.split()))
    return Finding(code, severity, message)


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per code: the first BLOCK, else the first WARN."""
    kept: dict[str, Finding] = {}
    for finding in findings:
        current = kept.get(finding.code)
        if current is None or (
            current.severity is Severity.WARN and finding.severity is Severity.BLOCK
        ):
            kept[finding.code] = finding
    return sorted(kept.values(), key=lambda f: f.severity is not Severity.BLOCK)


# --- folding --------------------------------------------------------------------------
# Rules match on a folded copy (lower case, no accents, one space); `origin` maps each
# folded character back to the source so that messages quote what staff actually typed.

_QUOTES = str.maketrans(
    "\u2019\u2018\u02bc`\u00b4\u201c\u201d\u2013\u2014\u2010\u2011", "'''''\"\"----"
)


@dataclass(frozen=True)
class _Folded:
    source: str
    text: str
    origin: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        return self.source[self.origin[start] : self.origin[end - 1] + 1]


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if unicodedata.category(char) == "Cf":
        return ""
    decomposed = unicodedata.normalize("NFKD", char.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold(source: str) -> _Folded:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(source):
        for folded in _fold_char(char):
            if folded.isspace():
                if chars and chars[-1] == " ":
                    continue
                folded = " "
            chars.append(folded)
            origin.append(index)
    return _Folded(source, "".join(chars), tuple(origin))


def _fold_plain(text: str) -> str:
    return _fold(unicodedata.normalize("NFC", text)).text


# --- length and disclaimer ------------------------------------------------------------


def _check_length(source: str, max_length: int | None) -> Iterator[Finding]:
    if max_length is not None and len(source) > max_length:
        yield _finding("length.too_long", Severity.BLOCK, f"{len(source)}/{max_length}")


def _check_disclaimer(reply: _Folded, context: ReplyContext) -> Iterator[Finding]:
    if not context.requires_disclaimer:
        return
    markers = (_fold_plain(marker).strip() for marker in context.disclaimer_markers)
    if not any(marker and marker in reply.text for marker in markers):
        yield _finding("disclaimer.missing", Severity.BLOCK)


# --- phrase rules ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    code: str
    pattern: re.Pattern[str]
    severity: Severity = Severity.BLOCK
    unless_before: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None

    def first_match(self, text: str) -> re.Match[str] | None:
        for match in self.pattern.finditer(text):
            if not self._excused(text, match):
                return match
        return None

    def _excused(self, text: str, match: re.Match[str]) -> bool:
        before = text[max(0, match.start() - 50) : match.start()]
        after = text[match.end() : match.end() + 50]
        return bool(
            (self.unless_before and self.unless_before.search(before))
            or (self.unless_after and self.unless_after.match(after))
        )


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _check_rules(reply: _Folded) -> Iterator[Finding]:
    for rule in _RULES:
        match = rule.first_match(reply.text)
        if match:
            yield _finding(rule.code, rule.severity, reply.quote(*match.span()))


_MED = (
    r"(?:ibuprofen|ibuprofeno|advil|motrin|tylenol|acetaminophen|acetaminofeno?|paracetamol"
    r"|aspirin|aspirina|naproxen|naproxeno|aleve|excedrin|benadryl|diphenhydramine|zyrtec"
    r"|cetirizine|claritin|loratadine|allegra|sudafed|mucinex|dayquil|nyquil|pepto|imodium"
    r"|tums|miralax|antacids?|antiacidos?|antihistamines?|antihistaminicos?|antibiotics?"
    r"|antibioticos?|amoxicillin|amoxicilina|azithromycin|azitromicina|z-?pack|penicillin"
    r"|penicilina|cipro|doxycycline|keflex|metformin|metformina|insulin|insulina|ozempic"
    r"|wegovy|mounjaro|lisinopril|losartan|amlodipine|metoprolol|atorvastatin|lipitor"
    r"|statins?|estatinas?|prednisone|prednisona|steroids?|esteroides?|cortisone|cortisona"
    r"|hydrocortisone|hidrocortisona|melatonin|melatonina|zoloft|sertraline|sertralina"
    r"|prozac|fluoxetine|lexapro|xanax|ativan|klonopin|adderall|gabapentin|tramadol"
    r"|oxycodone|vicodin|hydrocodone|omeprazole?|prilosec|nexium|pepcid|famotidine"
    r"|levothyroxine|levotiroxina|synthroid|warfarin|eliquis|plavix|albuterol|salbutamol"
    r"|inhalers?|inhaladore?s?|epipen|vitamins?|vitaminas?|supplements?|suplementos?"
    r"|magnesium|magnesio|zinc|probiotics?|probioticos?|iron pills|hierro|medications?"
    r"|medicines?|meds|medicamentos?|medicinas?|pills?|pastillas?|tablets?|tabletas?"
    r"|capsules?|capsulas?|doses?|dosage|dosis|creams?|cremas?|ointments?|pomadas?"
    r"|unguentos?|eye ?drops|gotas|jarabes?|(?:cough )?syrup|birth control"
    r"|anticonceptivos?|antidepressants?|antidepresivos?|painkillers?|pain relievers?"
    r"|analgesicos?|anti-?inflammator(?:y|ies)|antiinflamatorios?|nsaids?|otc"
    r"|over[- ]the[- ]counter|de venta libre|heating pad|ice packs?|ice|heat"
    r"|warm compress(?:es)?|compresas?|hielo|calor|salt ?water|agua con sal|saline"
    r"|electrolytes?|pedialyte|gatorade|honey|miel|antifungal|antimicoticos?|lotions?"
    r"|locion(?:es)?|formula|calamine|aloe|neosporin|bacitracin|nasal sprays?|humidifier"
    r"|antivirals?|antivirales?|chamomile|manzanilla|ginger|jengibre|tea|laxatives?|laxantes?"
    # Generic drug-name endings (sumatriptan, lisinopril, omeprazole, sildenafil...).
    r"|[a-z]{2,}(?:triptan|pril|sartan|olol|statin|cillin|mycin|cycline|floxacin|prazole"
    r"|tidine|gliptin|glutide|formin|zepam|zolam|oxetine|pramine|triptyline|afil|dipine"
    r"|semide|thiazide|olone|isone|codone|morphone|profen|ciclovir|clovir))"
)
# A medicine word followed by these is about admin (refills, questions), not treatment.
_NOT_META = r"(?! (?:questions?|refills?|requests?|lists?|history|preguntas?|dudas?|recetas?))"
_ADJ = (
    r"(?:(?:a|an|the|some|just|only|probably|likely|mild|bad|slight|minor|severe|acute"
    r"|chronic|early|viral|bacterial|seasonal|really|very|pretty|quite|simple|common|little"
    r"|touch of|case of|bit of|kind of|type of|form of|un|una|el|la|leve|fuerte|simple"
    r"|poco de|un poco de|solo|solamente|probablemente|cuadro de|caso de|tipo de) )"
)
_COND = (
    r"(?:infections?|infeccion(?:es)?|virus|viral|flu|gripe|influenza|(?:a|the|common|head"
    r"|chest) cold|resfriado|catarro"
    r"|strep(?: throat)?|uti|migraines?|migranas?|allerg(?:y|ies|ic reaction)|alergias?"
    r"|reaccion alergica|anxiety|ansiedad|depression|depresion|panic attacks?"
    r"|ataques? de (?:panico|ansiedad)|(?:acid )?reflux|reflujo|gerd|ibs|sinusitis"
    r"|bronchitis|bronquitis|bronquiolitis|pneumonia|neumonia|covid(?:-19)?|asthma|asma"
    r"|(?:pre)?diabet(?:es|ic)|hypertension|hipertension|high blood pressure|presion alta"
    r"|concussion|conmocion|sprain(?:ed \w+)?|esguince|fracture|fractura|broken \w+"
    r"|tendonitis|tendinitis|arthritis|artritis|eczema|dermatitis|shingles|herpes|hernia"
    r"|gout|gota|pink ?eye|conjunctivitis|conjuntivitis|kidney stones?|calculos? renal(?:es)?"
    r"|piedras? en el rinon|appendicitis|apendicitis|vertigo|side effects?"
    r"|efectos? secundarios?|sciatica|ciatica|plantar fasciitis|fascitis plantar|thyroid"
    r"|tiroides|hypothyroidism|hipotiroidismo|anemia|anemic|dehydrat(?:ed|ion)"
    r"|deshidratacion|food poisoning|intoxicacion|stomach (?:bug|flu|virus)|gastroenteritis"
    r"|gastritis|hemorrhoids|hemorroides|hives|urticaria|ulcers?|ulceras?|insomnia|insomnio"
    r"|adhd|tdah|ptsd|bipolar|cancer|tumou?r|lupus|lyme|mononucleosis|stress|estres|burnout"
    r"|menopause|menopausia|perimenopause|pms|pregnan(?:t|cy)|embarazo|embarazada"
    r"|(?:ear|sinus|bladder|urinary tract|yeast) infection|infeccion (?:urinaria|de oido"
    r"|de garganta)|pulled muscle|muscle strain|distension muscular|tension headache"
    r"|costochondritis|cyst|quiste|cellulitis|celulitis|impetigo|ringworm|scabies|sarna"
    r"|lice|piojos|rsv|croup|heartburn|acidez|colic|colicos|teething|growing pains"
    r"|hormonal|hormones|hormonas|tonsillitis|amigdalitis|laryngitis|laringitis|otitis"
    r"|poison (?:ivy|oak)|hiedra venenosa|sunburn|quemadura de sol|(?:bug|insect|spider)"
    r" bites?|picaduras?|ingrown (?:toenail|hair)|una encarnada|warts?|verrugas?"
    r"|athlete's foot|pie de atleta|stye|orzuelo|cold sores?|canker sores?|aftas?"
    r"|(?:heat|diaper) rash|swimmer's ear|tennis elbow|carpal tunnel|shin splints"
    r"|bursitis|torn (?:meniscus|acl|ligament|rotator cuff)|bruises?|moretones?"
    r"|hematomas?|muscle spasms?|espasmos?|cramps?|calambres?|growth spurt"
    r"|reaccion (?:normal|leve)|normal reaction|panic disorder|sleep apnea|apnea"
    r"|asthma attack|crisis de asma|lumps?|bultos?|masses|masas?|seizures?|convulsiones)"
    # "flu season", "cold and flu shots": a condition named as a service, not a diagnosis.
    r"(?!-|(?: (?:and|y|&|or|o) [\w-]+)? (?:season|shots?|vaccines?|vaccinations?|clinics?"
    r"|testing|tests?|prevention|awareness|screenings?|education|management|programs?"
    r"|support|class(?:es)?|care|vacunas?|temporada|pruebas?|clinicas?|informacion"
    r"|information|questions?|preguntas?|medications?|meds|medicines?|medicamentos?"
    r"|symptoms|sintomas|treatments?|tratamientos?|specialists?|doctors?))\b"
)
_CONDITIONAL = re.compile(
    r"\b(?:if|whether|when|unless|in case|anyone|people|those|patients|si|cuando"
    r"|en caso de que|quien|quienes|personas)\b[^.!?]*$"
)
_WITHOUT = re.compile(
    r"[^.!?]{0,40}\b(?:without (?:first )?(?:talking|speaking|checking|consulting|asking)"
    r"|before (?:talking|speaking|checking|consulting)|sin (?:antes )?(?:consultar|hablar)"
    r"|antes de (?:consultar|hablar))\b"
)
_CANNOT = re.compile(
    r"\b(?:can't|cannot|can not|unable to|not able to|no podemos|no puedo|no le podemos"
    r"|no te podemos)\b[^.!?,;]*$"
)
_YOU_SHOULD = (
    r"\byou(?:'d| would)? (?:should|must|need to|have to|ought to|had better|better"
    r"|might want to|may want to|will need to|'ll need to|'ll want to)"
)
_YOU_CAN = rf"(?:{_YOU_SHOULD}|\byou (?:could|can))"
_ADVERB = (
    r"(?: also| just| probably| definitely| really| first| still| immediately| now| not| never)?"
)
_STRONG_EN = (
    r"(?:take(?! (?:a (?:look|moment|minute|second|few|quick|seat|photo|picture|break|tour"
    r"|class|survey|number|copy|walk)"
    r"|care|advantage|part|note|the time|time|our|photos?|pictures?|your (?:id|insurance|card)))"
    r"|stop(?! (?:by|in|at|over))|increase|decrease|double(?![- ]check)|halve|discontinue"
    r"|quit|taper|wean|go off|come off|keep taking|continue taking|cut (?:back|down) on"
    r"|hold off on taking|skip (?:a|your|the|one) (?:dose|pill))\b"
)
_WEAK_EN = (
    r"(?:try|use|apply|start|switch to|drink|add|avoid|reduce|lower|cut|change|mix|combine"
    r"|give|put)"
)
_IMPERATIVE = (
    r"(?:take|try|use|apply|drink|switch to|alternate|mix|combine|pop|give|stop|quit"
    r"|increase|decrease|double|halve|skip|discontinue|bump up"
    r"|toma|tome|tomar|tomate|tomese|tomarse|tomarte|prueba|pruebe|probar|usa|usar|aplica"
    r"|aplique|aplicar|aplicate|apliquese|ponte|pongase|ponle|pongale|ponerse|ponerte|bebe"
    r"|beba|beber|dale|dele|darle|combina|alterna|alterne|mezcla|mezcle|suspende|suspenda"
    r"|aumenta|aumente|duplica|duplique|deja|deje)"
)
_DEBES = (
    r"\b(?:deberias|deberia|debes|debe|debera|tienes que|tiene que|necesitas|necesita"
    r"|te conviene|le conviene|hay que|puedes|puede|podrias|podria)(?: usted)?"
    r"(?: tambien| solo| mejor| simplemente)?"
)
_LAB = (
    r"(?:a1c|hba1c|hemoglobin a1c|cholesterol|colesterol|ldl|hdl|triglycerides|trigliceridos"
    r"|glucose|glucosa|blood sugar|sugar|azucar|tsh|thyroid|tiroides|psa|iron|hierro|ferritin"
    r"|ferritina|vitamin d|vitamina d|b12|potassium|potasio|sodium|sodio|creatinine"
    r"|creatinina|kidney function|liver (?:function|enzymes)|labs?|lab work|lab results"
    r"|blood ?work|blood tests?|tests?|test results|results?|levels?|numbers|counts?"
    r"|platelets|plaquetas|white (?:blood )?count|wbc|hemoglobin|hemoglobina|x-?rays?|mri"
    r"|ct scan|scan|ultrasound|ecografia|radiografia|biopsy|biopsia|pap(?: smear)?|mammogram"
    r"|mamografia|ekg|ecg|electrocardiograma|culture|cultivo|urinalysis|urine test|panel"
    r"|readings?|blood pressure|presion|bp|bmi|imc|pruebas?|analisis|examenes|resultados?"
    r"|niveles?|estudios?|heart rate|pulse|oxygen|o2|sats?|saturation|temperature|temp"
    r"|frecuencia cardiaca|pulso|oxigeno|saturacion|temperatura|vitamin \w+|vitamina \w+"
    r"|weight|peso|height|talla|growth|crecimiento|head circumference)"
)
_SPECIFIC_LAB = (
    r"(?:a1c|hba1c|cholesterol|colesterol|ldl|hdl|triglycerides|trigliceridos|glucose"
    r"|glucosa|blood sugar|tsh|psa|ferritin|ferritina|vitamin d level|b12|potassium|potasio"
    r"|creatinine|creatinina|platelets|plaquetas|white count|wbc|hemoglobin|hemoglobina"
    r"|x-?rays?|mri|ct scan|ultrasound|ecografia|radiografia|biopsy|biopsia|pap smear"
    r"|mammogram|mamografia|ekg|ecg|urinalysis|bmi|imc)"
)
_MEASURE = (
    r"(?:blood pressure|bp|presion(?: arterial)?|blood sugar|sugar|azucar|heart rate|pulse"
    r"|pulso|oxygen|o2|sats?|saturation|saturacion|temperature|temp|temperatura|weight|peso"
    r"|height|talla|readings?|lectura|frecuencia cardiaca)"
)
_VERDICT = (
    r"(?:(?:completely |perfectly |totally |very |slightly |a bit |a little |un poco |muy"
    r" |ligeramente )?(?:normal(?:es)?|abnormal|anormal(?:es)?|elevated|elevad[oa]s?|high"
    r"|alt[oa]s?|low|baj[oa]s?|borderline|fine|good|great|negative|negativ[oa]s?|positive"
    r"|positiv[oa]s?|in range|within (?:the )?normal range|out of range|en rango"
    r"|dentro de lo normal|bien|ok|okay|clear|unremarkable|off|limpi[oa]s?|perfect[oa]?s?"
    r"|too high|too low|great|excellent|on track|right on track))\b"
)

_DOSE_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|\d+/\d+|one|two|three|four|five|six|half an?|half|a half|una|uno"
    r"|dos|tres|cuatro|cinco|seis|media|medio)"
)
_DOSE_UNIT = (
    r"(?:mg|mgs|milligrams?|miligramos?|mcg|micrograms?|microgramos?|μg|ug|g|grams?|gramos?"
    r"|ml|milliliters?|mililitros?|cc|units?|unidades|iu|ui|tablets?|tabletas?|pills?"
    r"|pastillas?|capsules?|capsulas?|puffs?|inhalaciones|drops|gotas|teaspoons?|tsp"
    r"|tablespoons?|tbsp|cucharaditas?|cucharadas?|doses|dosis|sprays?|comprimidos?"
    r"|patch(?:es)?|parches?|oz|ounces?|onzas?)"
)

_DOSE_RULES = (
    _Rule(
        "medical_advice.dose",
        _rx(
            rf"(?<![\w.])(?:{_DOSE_NUMBER} ?(?:-|to|a|o|or) ?)?{_DOSE_NUMBER} ?{_DOSE_UNIT}\b"
            r"(?! ?/ ?d?l\b)",
            r"\b(?:once|twice|(?:\d+|one|two|three|four) times?) (?:a|per|each|every)"
            r" (?:day|night|week)\b|\b(?:per|each|every|por|cada) (?:feeding|toma|dose)\b",
            r"\b(?:once|twice) (?:daily|nightly)\b",
            rf"\b(?:a|one|1|two|2|una|un|dos) (?:[\w-]+ )?{_MED} (?:a|per|each|every|al|por|cada)"
            r" (?:day|night|morning|dia|noche|manana)\b",
            r"\bevery \d+(?: ?(?:-|to) ?\d+)? ?(?:hours|hrs|h)\b",
            r"\bcada \d+(?: ?(?:-|a) ?\d+)? ?(?:horas|hrs|h)\b",
            r"\b(?:\d+|una|dos|tres|cuatro) veces (?:al|por|cada) dia\b",
        ),
    ),
)

_DIRECTIVE_RULES = (
    _Rule(
        "medical_advice.directive",
        _rx(
            rf"{_YOU_CAN}{_ADVERB} {_STRONG_EN}",
            rf"{_YOU_CAN}{_ADVERB} {_WEAK_EN}(?: [\w'-]+){{0,3}}? {_MED}\b{_NOT_META}",
            rf"{_YOU_SHOULD}{_ADVERB} (?:get|have) (?:an? |your )?(?:\w+ )?(?:x-?ray|mri"
            r"|ct scan|ultrasound|blood ?work|biopsy|ekg|colonoscopy|tested|checked for"
            r"|screened for)\b",
            rf"\b{_IMPERATIVE}(?: [\w'-]+){{0,3}}? {_MED}\b{_NOT_META}",
            r"\b(?:stop|quit|keep|continue|start|resume|avoid) taking\b",
            r"\b(?:double|increase|decrease|reduce|lower|raise|halve|adjust|change|cut|up|skip"
            r"|split|hold|stop|switch) (?:your|the|his|her|their|that|this|a|one) (?:\w+ )?"
            rf"(?:dose|dosage|{_MED})\b",
            r"\bcut (?:it|them|the (?:pill|tablet)s?) in half\b",
            r"\b(?:need|try|get|ask for) (?:a |an )?(?:stronger|higher|lower|different|smaller"
            r"|bigger) (?:dose|dosage|medication|prescription|inhaler|antibiotic)\b",
            r"\b(?:can|may) safely (?:take|use|mix|combine|stop)\b",
            r"\bkeep (?:him|her|them|yourself|the baby|your \w+) (?:hydrated|home|cool|warm"
            r"|elevated|iced|on (?:the|a) \w+)\b",
            r"\b(?:no need|there's no need|you don't need|you do not need) to (?:come in"
            r"|be seen|see (?:a|the|your) (?:doctor|provider)|go to the (?:er|hospital"
            r"|emergency room|urgent care))\b",
            r"\b(?:call in|send in|phone in) (?:a |the |your |that )?(?:prescription|rx"
            r"|refill|script)\b|\bprescribe (?:you|him|her|them)\b",
            r"\b(?:te|le|les) (?:recetamos|receto|recetare|recetaremos|recetara)\b",
            rf"\b(?:the|your|tu|su|el|la) (?:new |nuevo |nueva )?(?:[\w-]+ )?{_MED}"
            r" (?:helps|is helping|helped|works|is working|worked|le ayuda|te ayuda|funciona)\b",
            r"\b(?:lose (?:some )?weight|exercise more|cut out (?:sugar|salt|carbs|dairy"
            r"|caffeine|alcohol|gluten)|go on a diet|bajar de peso|perder peso|hacer mas"
            r" ejercicio)\b",
            r"\b(?:ice|elevate|massage) (?:it|the area|your \w+|the (?:ankle|knee|foot|leg|arm"
            r"|wrist|bite|burn|wound))\b",
            r"\bget (?:some|plenty of|lots of|more) (?:rest|sleep|fluids)\b",
            r"\bdrink (?:plenty of|lots of|more|extra|some) (?:water|fluids|liquids)\b",
            r"\b(?:stay|keep) hydrated\b|\b(?:gargle|rinse) with\b",
            rf"\b(?:i|we)(?:'d| would)? (?:recommend|suggest|advise)(?: [\w'-]+){{0,3}}? {_MED}\b",
            r"\bif i were you\b|\bmy advice (?:is|would be)\b|\bi(?:'d| would) (?:try|take|stop"
            r"|use|start|go with)\b|\bwhat (?:works|worked|helps|helped) for me\b",
            r"\byou (?:don't|do not) need (?:antibiotics|stitches|an x-?ray|a test"
            r"|to see a doctor|to go to the (?:er|hospital|emergency room)|to come in"
            r"|medication|treatment)\b",
            r"\b(?:it's|it is|its|it should be|it'd be|(?:that|this) is) (?:perfectly |totally"
            r" |completely )?(?:safe|fine|ok|okay|alright|all right) to (?:take|mix|combine|use"
            r"|drink|stop|skip|double|keep taking|exercise|breastfeed|give|eat|fly|travel"
            r"|drive|swim|shower|go back|return|lift|run|wait)\b",
            rf"\b(?:ok|okay|fine|safe) to (?:take|mix|combine|use|give) (?:[\w'-]+ ){{0,2}}?"
            rf"{_MED}\b",
            r"\b(?:is|are) (?:perfectly |totally )?safe (?:to take )?(?:during|while|in|for)"
            r" (?:pregnancy|breastfeeding|pregnant|kids|children|babies)\b",
            rf"\bavoid (?:alcohol|caffeine|dairy|gluten|sugar|salt|spicy foods?|fatty foods?"
            rf"|{_MED})\b",
            rf"{_DEBES} (?:tomar(?! (?:unos|algunos|un par|varios|hasta|mas|tiempo|asiento"
            r"|en cuenta|nota))|dejar de tomar|suspender|aumentar|disminuir|duplicar|doblar"
            r"|empezar a tomar|comenzar a tomar|seguir tomando|continuar tomando"
            r"|(?:reducir|bajar|subir) la dosis)\b",
            rf"{_DEBES} (?:usar|aplicar|aplicarte|aplicarse|probar|ponerte|ponerse|beber"
            rf"|evitar|cambiar a|combinar|mezclar)(?: [\w'-]+){{0,3}}? {_MED}\b{_NOT_META}",
            r"\b(?:deja|deje|dejar|dejes) de tomar\b",
            r"\b(?:sigue|siga|continua|sigas) (?:tomando|con (?:el|la|los|las|tu|su)"
            r" (?:\w+ )?(?:medicamento|medicina|tratamiento|pastillas?|antibiotico))\b",
            r"\b(?:aumenta|aumente|disminuye|disminuya|baja|baje|sube|suba|duplica|duplique"
            r"|reduzca|dobla|salta|salte|omite|omita|suspende|suspenda|cambia|cambie)"
            r" (?:la|tu|su|el) (?:\w+ )?(?:dosis|medicamento|medicina|insulina|pastilla"
            r"|tratamiento)\b",
            rf"\b(?:te|le|les) (?:recomiendo|recomendaria|recomendamos|sugiero|sugeriria"
            rf"|sugerimos|aconsejo|aconsejaria)(?: [\w'-]+){{0,3}}? {_MED}\b",
            r"\byo que tu\b|\byo en tu lugar\b|\bsi (?:yo )?fuera tu\b|\bmi consejo (?:es|seria)\b",
            r"\b(?:bebe|beba|toma|tome|tomar) (?:mucha|mucho|mas|suficiente|abundante)s?"
            r" (?:agua|liquidos?)\b",
            r"\b(?:mantente|mantengase|mantenerse) hidratad[oa]s?\b",
            r"\b(?:descansa|descanse|guarde reposo|guarda reposo|haga reposo|haz reposo)\b",
            r"\bno (?:necesitas|necesita) (?:antibioticos?|puntos|ir al (?:medico|hospital"
            r"|doctor)|ver a un (?:medico|doctor)|una radiografia|medicamentos?|tratamiento)\b",
            r"\b(?:es|esta) (?:seguro|bien) (?:tomar|mezclar|combinar|usar|dejar de tomar"
            r"|suspender)\b",
            r"\bno (?:tomes|tome|mezcles|mezcle)\b",
        ),
        unless_before=_CANNOT,
        unless_after=_WITHOUT,
    ),
)

_NEED_RULES = (
    _Rule(
        "medical_advice.directive",
        re.compile(
            r"\byou(?:'ll| will)? (?:definitely |probably |likely |may |might |just |really )?"
            r"(?:need|needs) (?:stitches|antibiotics|surgery|an? x-?ray|a cast|a brace|a splint"
            r"|steroids|an inhaler|physical therapy|a tetanus shot|an antiviral|a stronger \w+"
            r"|an? (?:higher|lower) dose|to (?:stop(?! by| in)|increase|decrease|rest|ice"
            r"|elevate))\b|\b(?:necesitas|necesita) (?:puntos|antibioticos?|cirugia|una"
            r" radiografia|un yeso|una ferula|reposo)\b"
        ),
        unless_before=_CONDITIONAL,
    ),
)

_DIAGNOSIS_RULES = (
    _Rule(
        "medical_advice.diagnosis",
        _rx(
            r"\b(?:sounds|looks|seems) like you(?:'ve| have)? (?:got|have|might have|may have"
            r"|could have|probably have|likely have|are having|'re having|are experiencing"
            r"|'re experiencing|are suffering|'re suffering)(?! (?:had|been|a question|questions"
            r"|some questions|a concern|concerns|an? (?:\w+ )?(?:experience|time|day|week|wait"
            r"|morning|night)))\b",
            rf"\b(?:sounds|looks|seems) like (?:it(?:'s| is| could be| might be| may be| was)? )?"
            rf"{_ADJ}{{0,4}}{_COND}",
            rf"\b(?:it's|it is|its|that's|that is|this is|this sounds like|that sounds like"
            rf"|it sounds like|this looks like|that looks like|it looks like|could be|might be"
            rf"|may be|probably|likely|most likely|almost certainly|definitely|it's not"
            rf"|it isn't|that's not|that isn't|is not|isn't) {_ADJ}{{0,4}}{_COND}",
            r"\b(?:looks|seems|appears|sounds) (?:totally |completely |pretty |very )?"
            r"(?:harmless|benign|infected|cancerous|precancerous|inflamed|broken|sprained"
            r"|fractured|torn)\b|\b(?:looks|seems|appears) (?:totally |completely |pretty )?"
            r"(?:normal|healthy)\b",
            r"\b(?:sounds|looks|seems) like (?:your|his|her|the) (?:[\w-]+ ){0,2}(?:is|are|has"
            r"|have|was|were) (?:back|flaring|acting up|infected|worse|inflamed|swollen|broken"
            r"|sprained|torn|healing)\b",
            r"\b(?:(?:could|might|may|probably|likely|most likely) be|(?:it's|it is|that's"
            r"|sounds like)(?: probably| likely| just| most likely)?) (?:your|his|her|the)"
            r" (?:gallbladder|appendix|thyroid|heart|kidneys?|liver|sinuses|hormones|blood sugar"
            r"|blood pressure|iron|vitamin d|tonsils|ears?|nerves?|disc|ligament|meniscus"
            r"|rotator cuff|medication|meds)\b",
            rf"\b(?:classic|typical|textbook|consistent with|characteristic of|tipicos? de"
            rf"|clasicos? de) (?:for |of )?{_ADJ}{{0,4}}{_COND}",
            r"\b(?:is|it's|that's|es) (?:a |an |una? )?(?:normal|common|typical|expected|mild"
            r"|leve|tipica|comun|esperada) (?:reaction|side effect|response|reaccion"
            r"|efecto secundario|respuesta)\b",
            r"\byou (?:likely|probably|most likely|definitely|clearly|obviously) (?:have|has|got"
            r"|are|'re|suffer)(?! (?:questions?|concerns?|already|seen|heard|received|noticed"
            r"|been|a question))\b",
            rf"\b(?:consistent with|indicative of|suggestive of|points to|a sign of|signs of)"
            rf" {_ADJ}{{0,4}}{_COND}",
            rf"\b(?:parece (?:que (?:es|se trata de) |ser )?|suena (?:a|como) |seguramente (?:es"
            rf"|sea|tienes|tiene) |probablemente (?:es|sea|tienes|tiene|tengas|tenga) "
            rf"|lo mas probable es que (?:sea|tengas|tenga) |(?:eso|esto) (?:es|suena a|parece) "
            rf"|puede ser |podria ser |debe ser |sera |seguro (?:que )?(?:es|sea|tienes|tiene) "
            rf"|es (?:solo|solamente|probablemente"
            rf"|seguramente|nada mas que|simplemente) ){_ADJ}{{0,4}}{_COND}",
            r"\bparece que (?:tienes|tiene|sufres|sufre|padeces|padece|te dio|le dio|tengas"
            r"|tenga)\b(?! (?:una? |alguna )?(?:pregunta|duda|consulta|problema con|mala"
            r" experiencia))",
        ),
        unless_before=_CANNOT,
    ),
    _Rule(
        "medical_advice.diagnosis",
        _rx(
            rf"\b(?:you have|you've got|you've developed|you've caught|you caught|you got"
            rf"|you're having|you are having|you're suffering from|you are suffering from"
            rf"|you suffer from|tienes|usted tiene|padeces|sufres de) {_ADJ}{{0,4}}{_COND}",
            rf"\byou (?:might|may|could|must) (?:have|be having|be suffering from|have developed"
            rf"|be experiencing|have caught|have picked up) {_ADJ}{{0,4}}{_COND}",
            r"\byou(?:'re| are) (?:(?:probably|likely|definitely|just|clearly|only) ){0,2}"
            r"(?:pregnant"
            r"|diabetic|prediabetic|dehydrated|anemic|allergic|depressed|hypothyroid"
            r"|lactose intolerant|stressed|anxious|burned out|burnt out|run down|contagious"
            r"|deficient|overweight|obese|sick with)\b",
            rf"\byou (?:might|may|could|must) be {_ADJ}{{0,4}}{_COND}",
            rf"\b(?:your(?: (?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad"
            rf"|mother|father)'s)?|his|her|their|tu|su) {_ADJ}{{0,4}}{_COND}",
            rf"\b(?:your|tu|su) (?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad"
            rf"|mother|father|hijo|hija|bebe|nino|nina|esposo|esposa|mama|papa)(?: [\w-]+)?"
            rf" (?:has|had|probably has|likely has|has got|tiene|tenia|padece|sufre de)"
            rf" {_ADJ}{{0,4}}{_COND}",
            r"\b(?:estas|esta usted) (?:embarazada|deshidratad[oa]|anemic[oa]|deprimid[oa])\b",
        ),
        unless_before=_CONDITIONAL,
    ),
)

_PROGNOSIS_RULES = (
    _Rule(
        "medical_advice.prognosis",
        _rx(
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
            rf"\b{_MED} (?:will|should|can|may|might|would) (?:probably |definitely )?(?:help"
            r"|work|do the trick|fix it|clear it|ease|relieve|bring)\b",
            r"\b(?:should|will|'ll) (?:probably |likely |usually )?(?:break|go down|come down"
            r"|go away|clear up|subside|heal up|heal|wear off|settle down)\b",
            r"\b(?:will|should|usually|typically|can|may|normally) last (?:about |around"
            r" |up to |for )?(?:a|one|two|three|\d+|a few|a couple|several)\b",
            r"\b(?:durara|va a durar|suele durar|dura|duran|duraran) (?:unos?|unas?"
            r"|un par de|hasta|como|alrededor de|\d+|dos|tres|varios|varias)\b",
            r"\bse (?:quita|pasa|cura|resuelve|va|quitan|pasan) sol[oa]s?\b",
            r"\bprobably (?:just )?nothing\b|\bprobablemente no (?:es|sea) nada\b",
            r"\b(?:most people|most kids|most patients|la mayoria) (?:recover|get better"
            r"|feel better|heal|se recupera|mejora)\b|\b(?:recovery|healing) (?:usually |should"
            r" |will )?(?:takes?|time is)\b",
            r"\b(?:he's|she's|he is|she is|they're|they are|esta|estan) (?:doing|feeling"
            r"|looking|recovering|recuperandose|mejorando) ?(?:much |a lot |so much |mucho"
            r" )?(?:better|well|great|fine|mejor|bien)\b",
            r"\b(?:clears?|resolves?|heals?|passes) (?:up )?on (?:its|it's|their) own\b",
            r"\b(?:usually|typically|normally|generally|often) (?:goes away|go away|clears? up"
            r"|resolves?|heals?|passes|improves?|gets? better)\b",
            r"\bnothing (?:to worry about|serious|to be (?:worried|concerned|alarmed) about)\b",
            r"\b(?:no|not any|there's no) (?:need|reason) to (?:worry|be (?:worried|concerned"
            r"|alarmed)|panic)\b",
            r"\b(?:it's|it is|its|that's|that is|this is)(?: (?:probably|likely|most likely"
            r"|almost certainly|just|only|completely|perfectly|totally|very|pretty|quite))*"
            r" (?:nothing|harmless|benign|not serious|not dangerous|no big deal"
            r"|not a big deal|not contagious)\b",
            r"\b(?:it's|it is|its|that's|that is|this is)(?: (?:completely|perfectly|totally"
            r"|very|pretty|quite|probably))* (?:normal|common|expected)(?=[.!,;]| after| with"
            r"| during| at (?:this|your) age| in (?:kids|children|babies|pregnancy|adults)"
            r"| for (?:kids|children|babies|your age|someone)|$)",
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
            r"\b(?:eso|esto|es) (?:completamente |totalmente |muy |bastante )?(?:normal|comun"
            r"|esperado|benigno|inofensivo)(?=[.!,;]| despues| tras| con| durante"
            r"| en (?:ninos|bebes|el embarazo)| a (?:esa|su|tu) edad| para (?:su|tu|esa) edad|$)",
            r"\b(?:estas|esta usted) (?:san[oa]|fuera de peligro)\b",
            r"\b(?:suele|suelen|normalmente|generalmente) (?:desaparecer|quitarse|pasar"
            r"|mejorar|curarse|resolverse|desaparece|se quita|se pasa|mejora|se cura"
            r"|se resuelve)\b",
        ),
        unless_before=_CANNOT,
    ),
)

_RESULTS_RULES = (
    _Rule(
        "medical_advice.results",
        _rx(
            rf"\b(?:your|his|her|tus?|sus?|the|these|those|los|las|el|la|estos|esos) {_LAB}"
            r"(?: [\w-]+){0,2}? (?:is|are|was|were|came back|come back|look|looks|looked|seem"
            r"|seems|es|son|fue|fueron|salio|salieron|esta|estan|se ven|sale|salen) " + _VERDICT,
            rf"\b(?:{_SPECIFIC_LAB}|{_MEASURE}) (?:of|at|de|en|was|is|es|fue|:) ?\d+(?:[.,]\d+)?\b",
            r"(?<![\w.])\d+(?:[.,]\d+)? ?(?:mg/dl|mmol/l|mmol|ng/ml|miu/l|mm ?hg)\b",
            rf"\b(?:your|his|her|tus?|sus?) {_SPECIFIC_LAB}\b",
            r"\b(?:tus|sus) (?:resultados|analisis|examenes|estudios|laboratorios|niveles)\b",
            r"\b(?:your|his|her|their|tus?|sus?)(?: [\w'-]+){0,2} (?:results?|labs?|tests?|scan"
            r"|x-?rays?|mri|ct|biopsy|culture|blood ?work|ultrasound|ekg|resultados?|analisis"
            r"|radiografia) (?:show|shows|showed"
            r"|indicate|indicates|indicated|suggest|suggests|suggested|revealed|found|confirm"
            r"|confirmed|muestra|muestran|mostro|indica|indican|indico|confirma|confirmo)\b",
            r"\b(?:test|tests|results?|labs?|culture|scan|x-?ray|biopsy|swab|prueba|resultados?"
            r"|analisis|examen|cultivo) (?:was|were|came back|is|are|fue|fueron|salio|salieron"
            r"|es|resulto) (?:negative|positive|normal|abnormal|negativ[oa]s?|positiv[oa]s?"
            r"|normal(?:es)?|anormal(?:es)?)\b",
            r"\b(?:you|he|she) tested (?:positive|negative)\b|\b(?:diste|dio|salio|saliste)"
            r" (?:positivo|negativo)\b",
        ),
        unless_before=_CONDITIONAL,
    ),
)

_CONFIRMS_RULES = (
    _Rule(
        "phi.confirms_patient",
        _rx(
            r"\byour (?:chart|medical chart|file|medical file|patient file|history with us"
            r"|last visit|recent visit|previous visit|next visit|upcoming visit|follow-?up"
            r"|procedure|surgery|operation|referral|prescriptions?|refills?|(?:test |lab )?results?"
            r"|labs|lab work|blood ?work|diagnosis|treatment plan|care plan|bill"
            r"|balance|statement|claim|co-?pay|account balance|patient account|discharge"
            r"|admission|(?:doctor|provider|physician) here|stay with us"
            r"|(?:last|recent|previous|scheduled|follow-?up) appointment)\b",
            r"\byour (?:appointment|visit) (?:on|at \d|with|last|next|yesterday|today|tomorrow"
            r"|this (?:morning|afternoon|week)|is (?:scheduled|confirmed|set|booked|on|at)"
            r"|was|has been|to our|here)\b",
            r"\b(?:at|during|since|after|from) your (?:last |recent |previous )?(?:visit|exam"
            r"|appointment|check-?up|physical) (?:last|on|yesterday|this|with)\b",
            r"\b(?:we|i|dr\.? \w+|the doctor|your doctor|our (?:nurse|doctor|team|staff)"
            r"|the nurse) (?:reviewed|looked at|checked|pulled up|updated|have|see|found|noted"
            r"|saw|treated|examined|spoke with|talked to|called|sent|received) (?:your (?:chart"
            r"|records?|file|results|labs|prescription|referral|account|history|case)|you (?:in"
            r"|at|on|last|yesterday|this|today|earlier|recently|here))\b",
            r"\b(?:when|since|after) you (?:were|came) (?:in|here|by|to see us|to our"
            r" (?:office|clinic))\b|\byou came in\b|\byou visited (?:us|our)\b",
            r"\byou were (?:seen|treated|here|in|discharged|admitted|examined)(?: \w+)?"
            r" (?:last|on|yesterday|this|today|earlier|by)\b",
            r"\bfor being (?:a|our|one of our) (?:valued |loyal |long-?time )?patients?\b",
            r"\b(?:one of our|another|a) patients? (?:of ours|who had|had|was|with the same"
            r"|like you)\b|\bwe (?:had|have|saw|treated) (?:a|another) patient\b",
            r"\b(?:our|my) records (?:show|indicate)\b|\baccording to (?:our|your) (?:records"
            r"|chart|file)\b|\bwe have (?:you|your \w+) (?:on file|scheduled|down|booked)\b",
            r"\byou(?:'re| are) (?:scheduled|booked|due|overdue|down) for\b|\byou missed your\b",
            r"\b(?:is|are|he's|she's) (?:now |also )?(?:due|overdue|scheduled|booked) for"
            r" (?:her|his|your|their|a follow)\b",
            r"\byour (?:[\w-]+ ){0,2}(?:is|was|has been|are|were) (?:scheduled|booked|confirmed"
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
            r"|on)\b|\bthanks? (?:you )?for (?:coming in|visiting us) (?:yesterday|today|last"
            r"|this|on)\b",
            r"\bwe (?:can )?confirm (?:that )?(?:he|she|you|they"
            r"|your \w+) (?:is|are|was|were)\b|\bno record of you\b|\bnot in our system\b",
            r"\b(?:tu|su) (?:ficha|recetas?|resurtido"
            r"|(?:consulta|visita) (?:del|de la|pasada|anterior|reciente|de ayer|con)"
            r"|ultima (?:visita|consulta|cita)|proxima (?:cita|consulta|visita)|cirugia"
            r"|operacion|procedimiento|biopsia|referido|diagnostico|tratamiento|factura"
            r"|cuenta pendiente|saldo|reclamo)\b",
            r"\btu cita\b|\bsu cita (?:del|de la|de ayer|de manana|de hoy|con|el|para el"
            r"|programada|agendada|pasada|es|fue|esta)\b",
            r"\b(?:revisamos|revise|vimos|atendimos|examinamos|hemos revisado|he revisado)"
            r" (?:tu|su) \w+|\b(?:te|le) (?:vimos|atendimos|atendio|vio|examino|examinamos)\b",
            r"\b(?:en|durante|desde|despues de) (?:tu|su) (?:ultima |reciente |anterior )?"
            r"(?:visita|consulta|cita)\b",
            r"\bcuando (?:viniste|vino|estuviste|estuvo)\b",
            r"\b(?:nuestros|segun nuestros) registros\b|\bsegun (?:tu|su) expediente\b",
            r"\b(?:tienes|tiene) (?:una )?cita (?:el|para el|programada|agendada|manana|hoy"
            r"|este|esta)\b",
        ),
    ),
    _Rule(
        "phi.confirms_patient",
        _rx(
            r"\byour (?:medical |health )?records?\b",
            r"\byou(?:'ve| have)? (?:were|been) (?:diagnosed|prescribed|treated|admitted"
            r"|hospitalized|referred)\b|\b(?:te|le) (?:diagnosticaron|recetaron|operaron)\b",
            r"\b(?:tu|su) (?:expediente|historial|historia clinica)\b",
            r"\b(?:you(?:'re| are)|as) (?:a|an|our|one of our) (?:valued |long-?time |loyal"
            r" |established |current )?patients?\b(?! (?:portal|line))",
            r"\b(?:como|siendo|eres|es usted|usted es) (?:nuestr[oa]|un[ao] de nuestr[oa]s)"
            r" paciente",
            r"\byour (?:next |upcoming )?appointment\b|\bsu (?:proxima )?cita\b",
        ),
        # Directly after these the phrase is general ("to reschedule your appointment").
        unless_before=re.compile(
            r"\b(?:if|whether|request|requesting|obtain|access|get|release|transfer|schedule"
            r"|book|make|reschedule|cancel|change|confirm|move|before|prior to|to|for|si"
            r"|programar|agendar|hacer|solicitar|reprogramar|cambiar|cancelar|confirmar"
            r"|antes de|a|para|pedir|obtener|acceder a)(?: (?:a )?cop(?:y|ies) of"
            r"| (?:una )?copia de)? $"
        ),
    ),
    _Rule(
        "phi.confirms_patient",
        re.compile(r"\byour (?:next |upcoming )?(?:appointment|visit)\b|\bsu (?:proxima )?cita\b"),
        Severity.WARN,
    ),
)

_PATIENT_OF_OURS = _Rule(
    "phi.confirms_patient",
    re.compile(
        r"\b(?:is|was|are|were) (?:a |an |one of )?(?:our )?patients? (?:here|of ours|with us"
        r"|at our|of dr)\b|\b(?:es|era|son) (?:paciente|pacientes) (?:de (?:la|nuestra)"
        r" clinica|del dr|de la dra|aqui)\b"
    ),
    unless_before=re.compile(
        r"\b(?:whether|who|someone|anyone|if|no one|nobody|si|quien|alguien|nadie)\b[^.!?]*$"
    ),
)

_BIRTH_DATE_RULES = (
    _Rule(
        "phi.date_of_birth",
        re.compile(
            r"\b(?:dob\b|d\.o\.b\b|date of birth|birth ?date|born on\b|born in \d{4}"
            r"|fecha de nacimiento|nacid[oa] (?:el|en \d{4})\b)"
        ),
    ),
)

_RULES: tuple[_Rule, ...] = (
    *_DOSE_RULES,
    *_DIRECTIVE_RULES,
    *_NEED_RULES,
    *_DIAGNOSIS_RULES,
    *_PROGNOSIS_RULES,
    *_RESULTS_RULES,
    *_CONFIRMS_RULES,
    _PATIENT_OF_OURS,
    *_BIRTH_DATE_RULES,
)


# --- phone numbers, emails, addresses, record numbers ---------------------------------

_NON_DIGIT = re.compile(r"\D")
_PHONE = re.compile(
    r"(?<![\w)-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\w-])"
    r"|(?<![\w-])\d{3}[.-]\d{4}(?![\w-])"
)
# National hotlines (poison control, crisis and abuse lines) identify no one.
_PUBLIC_NUMBERS = frozenset(
    {"911", "988", "741741", "8002221222", "8002738255", "8006624357", "8007997233"}
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^/:?#\s@]+)")
_RECORD_LABEL = (
    r"(?:mrn|medical record (?:number|no\.?|#)|record (?:number|no\.?|#)|chart (?:number"
    r"|no\.?|#)|patient (?:id|number|no\.?|#)|account (?:number|no\.?|#)|acct\.?"
    r"|member (?:id|number|no\.?)|policy (?:number|no\.?|#)|claim (?:number|no\.?|#)"
    r"|case (?:number|no\.?|#)|(?:numero|num\.?|no\.?) de (?:expediente|cuenta|paciente"
    r"|registro|historia clinica|poliza|miembro|reclamo|caso)|expediente|id de paciente)"
)
_RECORD = _rx(
    rf"\b{_RECORD_LABEL}[ :#.-]{{0,4}}(?:(?:is|es|number|numero|no\.?) ){{0,2}}[:#]?"
    r" ?[a-z]{0,4}[ -]?\d[\d-]{3,}",
    r"(?<![\w-])#\s?\d{5,}\b",
    r"(?<![\w.,/#$-])[a-z]{0,4}-?\d{6,9}(?![\w.,/-])",
)
_STREET = (
    r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place"
    r"|pl|parkway|pkwy|circle|cir|terrace|highway|hwy|trail|square)"
)
_ADDRESS = _rx(
    rf"(?<![\w-])\d{{1,6}}(?: [NSEW]\.?)? (?:[A-Z0-9][\w'.-]* ){{1,3}}{_STREET}\b\.?",
    r"(?i:\b(?:calle|avenida|avda|av|carrera|camino|paseo|bulevar|calzada|privada)\.?)"
    r" (?:[A-ZÁÉÍÓÚÑ0-9][\w'.-]* ){1,3}(?:(?i:#|no\.?|num\.?|número|numero) ?)?\d{1,5}\b",
    r"(?i:\bp\.? ?o\.? box \d+|\bapartado postal \d+|\bapt\.? ?#? ?\d+\w?\b"
    r"|\bapartment \d+\w?\b)",
)
_ADDRESS_WORD = re.compile(r"[a-z0-9]+")
# "Our new location at 450 Pine Avenue": staff naming another site of the practice.
_OURS = re.compile(r"(?i)\b(?:our|nuestr[oa]s?)\b[^.!?]*$")
_ADDRESS_ABBREVIATIONS = {
    "st": "street", "ave": "avenue", "av": "avenida", "avda": "avenida", "rd": "road",
    "blvd": "boulevard", "dr": "drive", "ln": "lane", "ct": "court", "pl": "place",
    "pkwy": "parkway", "cir": "circle", "hwy": "highway", "ste": "suite",
    "n": "north", "s": "south", "e": "east", "w": "west",
}  # fmt: skip


def _digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def _check_contacts(reply: _Folded, facts: PracticeFacts) -> Iterator[Finding]:
    yield from _first_foreign(reply, _PHONE, "phi.phone", lambda n: _is_own_phone(n, facts))
    yield from _first_foreign(reply, _EMAIL, "phi.email", lambda e: _is_own_email(e, facts))
    yield from _first_foreign(reply, _RECORD, "phi.record_number", _is_public_number)
    own_address = _address_words(facts.address)
    for match in _ADDRESS.finditer(reply.source):
        before = reply.source[max(0, match.start() - 60) : match.start()]
        if not _address_words(match.group()) <= own_address and not _OURS.search(before):
            yield _finding("phi.address", Severity.BLOCK, match.group())
            return


def _first_foreign(
    reply: _Folded, pattern: re.Pattern[str], code: str, is_allowed: Callable[[str], bool]
) -> Iterator[Finding]:
    for match in pattern.finditer(reply.text):
        if not is_allowed(match.group()):
            yield _finding(code, Severity.BLOCK, reply.quote(*match.span()))
            return


def _is_public_number(text: str) -> bool:
    return _digits(text) in _PUBLIC_NUMBERS


def _is_own_phone(number: str, facts: PracticeFacts) -> bool:
    digits = _digits(number)[-10:]
    public = {_digits(facts.emergency_number), _digits(facts.crisis_line), *_PUBLIC_NUMBERS}
    own = _digits(facts.phone)[-10:]
    return digits in public or (len(own) >= 7 and (own.endswith(digits) or digits.endswith(own)))


def _is_own_email(email: str, facts: PracticeFacts) -> bool:
    domain = email.rsplit("@", 1)[1]
    return email == _fold_plain(facts.email).strip() or domain in _own_domains(facts)


def _own_domains(facts: PracticeFacts) -> set[str]:
    sources = (facts.email.rpartition("@")[2], facts.website, facts.portal_url)
    found = (_DOMAIN.match(_fold_plain(source).strip()) for source in sources)
    return {match.group(1) for match in found if match}


def _address_words(text: str) -> set[str]:
    words = _ADDRESS_WORD.findall(_fold_plain(text))
    return {_ADDRESS_ABBREVIATIONS.get(word, word) for word in words}


# --- dates ----------------------------------------------------------------------------

_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_MONTHS_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
_DATES = (
    re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)"),
    re.compile(r"(?<![\d/-])(?P<year>\d{4})-\d{1,2}-\d{1,2}(?![\d/-])"),
    re.compile(rf"\b{_MONTHS_EN}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?P<year>\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTHS_EN},? (?P<year>\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}} de {_MONTHS_ES},? (?:de |del )?(?P<year>\d{{4}})\b"),
)
_PERSON_NEAR = re.compile(
    r"\b(?:born|birthday|patient|his|her|he|she|son|daughter|husband|wife|mother|father|mom"
    r"|dad|child|baby|hijo|hija|esposo|esposa|madre|padre|mama|papa|paciente|nacio"
    r"|cumpleanos|visit|appointment|seen|cita|visita|consulta|surgery|procedure|cirugia)\b"
)
# Dates of birth have older years; a recent date alone is more likely a closure notice.
_RECENT_YEAR = 2016


def _check_dates(reply: _Folded) -> Iterator[Finding]:
    matches = sorted(
        (match for pattern in _DATES for match in pattern.finditer(reply.text)),
        key=lambda match: match.start(),
    )
    severities = [_date_severity(reply.text, match) for match in matches]
    for severity in (Severity.BLOCK, Severity.WARN):
        if severity in severities:
            match = matches[severities.index(severity)]
            yield _finding("phi.date_of_birth", severity, reply.quote(*match.span()))
            return


def _date_severity(text: str, match: re.Match[str]) -> Severity:
    year = int(match.group("year"))
    if year < 100:
        year += 1900 if year >= 30 else 2000
    before = text[max(0, match.start() - 50) : match.start()]
    if year < _RECENT_YEAR or _PERSON_NEAR.search(before):
        return Severity.BLOCK
    return Severity.WARN


# --- names ----------------------------------------------------------------------------
# Only staff doctors may be named ("Dr. Lee"). A capitalised pair that includes a common
# first name or surname blocks; any other capitalised pair, or a lone first name, warns.

_FIRST_NAMES = _words(
    "aaron adam adrian adriana alan albert alberto alejandra alejandro alex alexander"
    " alexis alice alicia allison alma amanda amber amy ana andrea andres andrew angela"
    " anita ann anna anne anthony antonio arturo ashley barbara benjamin beth betty brandon"
    " brenda brian brittany bruce carl carla carlos carmen carol carolina catherine cesar"
    " charles cheryl chris christina christine christopher cindy claudia cristina cynthia"
    " daniel daniela david deborah debra denise dennis diana diane diego donald donna"
    " dorothy douglas edgar eduardo edward elena elizabeth emily emma enrique eric erica"
    " erik ernesto esteban eugene evelyn felipe fernando francisco gabriel gabriela gary"
    " george gerardo gloria gregory guillermo hannah harold heather helen hector henry"
    " hugo ignacio irene isabel isabella jack jacob james jane janet janice jason javier"
    " jeffrey jennifer jeremy jerry jessica joan joe joel john jonathan jorge jose joseph"
    " joshua joyce juan juana judith judy julia julie justin karen katherine kathleen"
    " kathy keith kelly kenneth kevin kimberly kyle larry laura lauren leticia linda lisa"
    " lorena lori louis lucia luis luisa manuel marco marcos margaret maria marie marilyn"
    " mario marisol marta martha martin mary matthew megan melissa michael michelle miguel"
    " monica nancy natalia nathan nicholas nicole noah olivia oscar pablo pamela patricia"
    " patrick paul paula pedro peter philip rachel ralph ramon randy raquel raul raymond"
    " rebecca ricardo richard robert roberto rodrigo roger ronald rosa ruben russell ruth"
    " ryan samantha samuel sandra sara sarah scott sean sergio sharon shirley silvia sofia"
    " sophia stephanie stephen steven susan teresa terry thomas timothy tyler valeria"
    " veronica vicente victor vincent walter wayne william yolanda zachary"
)
_SURNAMES = _words(
    "acosta adams aguilar allen alvarez anderson baker bennett brooks campbell carter"
    " castillo castro chavez chen collins contreras cooper cruz davis delgado diaz"
    " dominguez edwards evans fernandez flores garcia gomez gonzalez gutierrez guzman"
    " harris hernandez herrera hughes jimenez johnson jones kelly kim lee lewis lopez"
    " martinez medina mendoza miller mitchell moore morales moreno morgan morris munoz"
    " murphy myers navarro nelson nguyen nunez ortega ortiz parker patel perez peterson"
    " phillips ramirez ramos reyes richardson rivera roberts robinson rodriguez rogers"
    " romero ross ruiz salazar sanchez sanders scott silva smith soto stewart taylor"
    " thomas thompson torres turner vargas vasquez vazquez vega walker wang watson wilson"
    " wright"
)
_NAME_STOPWORDS = _words(
    "a about after all also an and any are as at be best book call can care center centre"
    " check clinic closed contact could dear department desk do does east emergency every"
    " faq family feel follow for from front get good great happy have hello help here hey"
    " hi holiday holidays hope hospital hours how i if important in internal is it join"
    " kind learn let line manager medical medicine merry more my national new no north"
    " note notice office on online open or our patient patients please portal practice"
    " primary questions read records regards reminder room schedule see send service"
    " services sincerely so sorry south staff stay team thank thanks that the there these"
    " this those to today update urgent us visit walk warm we welcome west what when where"
    " who why will with would yes you your pediatrics pediatric healthcare health"
    " wellness telehealth telemedicine appointment appointments billing insurance"
    " medicare medicaid blue cross shield aetna cigna humana united kaiser anthem tricare"
    " molina ambetter advantage plan plans year years day eve christmas thanksgiving"
    " easter labor memorial independence veterans presidents season flu covid vaccine"
    " vaccines crisis lifeline suicide poison control text hotline cdc disease prevention"
    " american heart association stroke cancer society diabetes mental awareness month"
    " week facebook instagram twitter google apple android app store play messenger"
    " street avenue road suite st ave rd blvd ln ct pl pkwy hwy boulevard drive lane court"
    " way place monday tuesday"
    " wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat"
    " sun january february march april may june july august september october november"
    " december jan feb mar apr jun jul aug sep sept oct nov dec"
    " hola gracias estimado estimada estimados buenos buenas dias tardes noches lamentamos"
    " lamento sentimos por favor para llame llamenos visite nuestro nuestra nuestros"
    " nuestras clinica centro salud medico medica familiar sala emergencias urgencias"
    " paciente pacientes lunes martes miercoles jueves viernes sabado domingo enero"
    " febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    " feliz navidad ano nuevo atentamente saludos equipo oficina consultorio linea si no"
    " usted ustedes le les te su sus tu el la los las un una en de del con que como cuando"
    " donde es esta estamos somos aceptamos atendemos ofrecemos horario horarios seguro"
    " seguros aviso importante recuerde recordatorio vacuna vacunas gripe bienvenido"
    " bienvenida bienvenidos"
)
_STAFF_TITLES = _words("dr dra doctor doctora nurse enfermera enfermero np pa")
_HONORIFICS = _words("mr mrs ms miss mx sr sra srta senor senora senorita don dona")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_NAME_TOKEN = (
    rf"[{_UP}](?:[{_LOW}]+|['\u2019][{_UP}][{_LOW}]+)(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
)
_NAME_RUN = re.compile(
    rf"(?<![\w@.#/]){_NAME_TOKEN}(?:['\u2019]s)?(?: {_NAME_TOKEN}(?:['\u2019]s)?)*"
)
_TITLE_BEFORE = re.compile(r"\b([A-Za-zñÑ]+)\.? $")
_NOT_NAMES = re.compile(r"Martin Luther King|Saint \w+|San \w+|Santa \w+")
_CREDENTIALS_AFTER = re.compile(
    r",? (?:MD|M\.D\.|DO|D\.O\.|NP|FNP|FNP-C|APRN|PA|PA-C|RN|DNP|PhD|LCSW|DPM|DDS)\b"
)
_HANDLE_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _check_names(source: str, context: ReplyContext) -> Iterator[Finding]:
    allowed = _allowed_name_words(context)
    masked = _NOT_NAMES.sub(lambda match: match.group().lower(), source)
    for match in _NAME_RUN.finditer(masked):
        if _CREDENTIALS_AFTER.match(masked, match.end()):
            continue
        before = _TITLE_BEFORE.search(masked[max(0, match.start() - 12) : match.start()])
        title = _title_kind(_name_key(before.group(1)) if before else "")
        for group, kind in _name_groups(match.group().split(" "), title, allowed):
            severity = _name_severity(group, kind)
            if severity:
                yield _finding("phi.name", severity, " ".join(group))


def _allowed_name_words(context: ReplyContext) -> frozenset[str]:
    facts = context.facts
    words = " ".join((facts.name, facts.address, facts.website, facts.email, facts.portal_url))
    handle = " ".join(_HANDLE_PART.findall(context.author_handle))
    return frozenset(_ADDRESS_WORD.findall(_fold_plain(f"{words} {handle}")))


def _name_key(token: str) -> str:
    return _fold_plain(token).removesuffix("'s")


def _name_groups(
    tokens: list[str], title: str, allowed: frozenset[str]
) -> Iterator[tuple[list[str], str]]:
    group: list[str] = []
    for token in tokens:
        key = _name_key(token)
        if key in _STAFF_TITLES or key in _HONORIFICS or key in _NAME_STOPWORDS or key in allowed:
            if group:
                yield group, title
            group, title = [], _title_kind(key)
        else:
            group.append(token)
    if group:
        yield group, title


def _title_kind(key: str) -> str:
    if key in _STAFF_TITLES:
        return "staff"
    return "honorific" if key in _HONORIFICS else ""


def _name_severity(group: list[str], kind: str) -> Severity | None:
    keys = {_name_key(token) for token in group}
    if kind == "staff":
        return None
    if kind == "honorific":
        return Severity.BLOCK
    if len(group) >= 2:
        known = keys & (_FIRST_NAMES | _SURNAMES)
        return Severity.BLOCK if known else Severity.WARN
    return Severity.WARN if keys & _FIRST_NAMES else None


# --- echo -----------------------------------------------------------------------------
# A reply must never repeat what the person wrote. Runs made of common words ("thank you
# so much for the") or of office vocabulary ("accept blue cross blue shield") are fine.

_WORD = re.compile(r"\w+")
_ECHO_RUN = 6
_ECHO_SHORT_MESSAGE = 12
_ECHO_SHORT_SHARE = 0.75
_ECHO_COMMON = _words(
    "a an the i me my mine you your yours he him his she her it its we us our they them"
    " their am is are was were be been being have has had do does did not no nor but or"
    " and if then so than too very just can could would should will shall may might must"
    " of at by for with without about to from in on into through during before after up"
    " down out off over under again once here there all any both each few more most other"
    " some such only own same s t don doesn didn isn aren wasn weren won wouldn couldn"
    " shouldn what which who whom whose this that these those im ive id ill youre how when"
    " where why accept accepts accepting take takes new patient patients insurance plans"
    " plan open hours office clinic practice appointment appointments schedule call phone"
    " number thanks thank please hi hello hey question questions help like know get got"
    " want need also really much many today tomorrow blue cross shield aetna cigna humana"
    " united healthcare medicare medicaid kaiser anthem tricare"
    " yo mi mis tu tus su sus nos el ella ellos ellas lo la las los le les me te se un una"
    " unos unas y o pero si no que de del al a en con por para sin sobre entre hasta desde"
    " es son era fue ser estar esta estan estoy tengo tiene tienen hay puedo puede pueden"
    " quiero muy mas ya tambien como cuando donde porque gracias hola favor cita citas"
    " seguro seguros aceptan aceptamos horario oficina clinica llamar"
)


# The person writes "my daughter", the reply says "your daughter": the same words.
_PERSON_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "im": "youre", "am": "are",
    "myself": "yourself", "yo": "tu", "mi": "tu", "mis": "tus",
}  # fmt: skip


def _echo_words(text: str) -> list[str]:
    return [_PERSON_SWAP.get(word, word) for word in _WORD.findall(text)]


def _check_echo(reply: _Folded, inbound: str) -> Iterator[Finding]:
    inbound_words = _echo_words(_fold_plain(inbound))
    spans = [match.span() for match in _WORD.finditer(reply.text)]
    reply_words = [_PERSON_SWAP.get(reply.text[a:b], reply.text[a:b]) for a, b in spans]
    run = _long_echo(reply_words, inbound_words) or _short_echo(reply_words, inbound_words)
    if run:
        start, end = run
        yield _finding("phi.echo", Severity.BLOCK, reply.quote(spans[start][0], spans[end - 1][1]))


def _content_count(words: Iterable[str]) -> int:
    return sum(word not in _ECHO_COMMON for word in words)


def _long_echo(reply: list[str], inbound: list[str]) -> tuple[int, int] | None:
    grams = set(_ngrams(inbound, _ECHO_RUN).values())
    for start, gram in _ngrams(reply, _ECHO_RUN).items():
        if gram in grams and _content_count(gram) >= 3:
            return start, start + _ECHO_RUN
    return None


def _short_echo(reply: list[str], inbound: list[str]) -> tuple[int, int] | None:
    """Most of a short message copied, e.g. "chest pain since yesterday"."""
    if not 3 <= len(inbound) <= _ECHO_SHORT_MESSAGE or _content_count(inbound) < 2:
        return None
    shortest = max(3, math.ceil(len(inbound) * _ECHO_SHORT_SHARE))
    for size in range(len(inbound), shortest - 1, -1):
        wanted = {gram for gram in _ngrams(inbound, size).values() if _content_count(gram) >= 2}
        for start, gram in _ngrams(reply, size).items():
            if gram in wanted:
                return start, start + size
    return None


def _ngrams(words: list[str], size: int) -> dict[int, tuple[str, ...]]:
    return {start: tuple(words[start : start + size]) for start in range(len(words) - size + 1)}


# --- tone -----------------------------------------------------------------------------

_EXCITED = re.compile(r"!{2,}|\b[A-Z]{3,}(?: [A-Z]{3,}){2,}\b")


def _check_tone(source: str) -> Iterator[Finding]:
    match = _EXCITED.search(source)
    if match or source.count("!") >= 3:
        yield _finding("text.tone", Severity.WARN, match.group() if match else "!" * 3)
