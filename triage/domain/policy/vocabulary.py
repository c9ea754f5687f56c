"""Words the rules share, built once from the EN/ES lists: medicines, conditions, tests, people.

Rules match folded text (lower case, no accents), so every term is folded the same way and
compiled as a trie: a list of hundreds of names costs little more than a short one.
"""

import re
from collections.abc import Iterable

from triage.domain.policy import words_en as en
from triage.domain.policy import words_es as es
from triage.domain.policy.matching import fold_plain, lazy


def terms(*lists: str) -> frozenset[str]:
    """Every folded term of comma-separated lists, with its spelling variants."""
    found: set[str] = set()
    for text in lists:
        for term in text.split(","):
            folded = fold_plain(term).strip()
            if folded:
                found |= _variants(folded)
    return frozenset(found)


def _variants(term: str) -> set[str]:
    # Staff type "swimmers ear" and "zpack" as often as "swimmer's ear" and "z-pack".
    found = {term, term.replace("'", "")}
    if term.startswith("st "):  # "St. John's wort"
        found |= {"st. " + variant[3:] for variant in found}
    if "-" in term:
        found |= {variant.replace("-", sep) for variant in found for sep in (" ", "")}
    return found


_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of the words, longest first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_trie_pattern(trie)})"


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches)) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"


# --- medicines ----------------------------------------------------------------------

# Generic names share endings: sumatriptan, lisinopril, omeprazole, sildenafil...
_DRUG_ENDING = (
    r"[a-z]{2,}(?:triptan|pril|sartan|olol|statin|cillin|mycin|cycline|floxacin|prazole"
    r"|tidine|gliptin|glutide|formin|zepam|zolam|oxetine|pramine|triptyline|afil|dipine"
    r"|semide|thiazide|olone|isone|codone|morphone|profen|ciclovir|clovir|azole|micina"
    r"|ciclina|floxacino|prazol|sartan|dipino|statina)"
)
DRUG = rf"(?:{alternation(terms(en.DRUGS, es.DRUGS))}|{_DRUG_ENDING})s?"
DRUG_KIND = alternation(terms(en.DRUG_KINDS, es.DRUG_KINDS))
REMEDY = alternation(terms(en.REMEDIES, es.REMEDIES))
MEDICINE_WORD = alternation(terms(en.MEDICINE_WORDS, es.MEDICINE_WORDS))
# Anything staff could tell a person to take, use or apply.
MED = rf"(?:{DRUG}|{DRUG_KIND}|{REMEDY}|{MEDICINE_WORD})"
# A medicine word followed by these is about admin (refills, questions), not treatment.
NOT_META = (
    r"(?! (?:questions?|refills?|requests?|lists?|history|reviews?|management|safety|disposal"
    r"|take-?back|counseling|coverage|costs?|prices?|programs?|education|reminders?"
    r"|appointments?|testing|tests?|levels?|screenings?|deficiency|classes|class|preguntas?"
    r"|dudas?|recetas?|listas?|pruebas?|niveles?)\b)"
)

# --- conditions, symptoms, the body ---------------------------------------------------

ADJ = (
    r"(?:(?:a|an|the|some|just|only|probably|likely|mild|bad|slight|minor|severe|acute"
    r"|chronic|early|viral|bacterial|seasonal|really|very|pretty|quite|simple|common|little"
    r"|touch of|case of|bit of|kind of|type of|form of|classic|typical|garden variety"
    r"|stage \w+|grade \w+|moderate|etapa \w+|grado \w+"
    r"|garden-variety|regular|normal|un|una|el|la|leve|fuerte|simple|poco de|un poco de"
    r"|los|las|unos|unas|solo|solamente|probablemente|cuadro de|caso de|tipo de|tipica"
    r"|tipico) )"
)
_CONDITION_PHRASES = (
    r"hand, foot,? and mouth|(?:sprained|broken|torn|pulled|bruised|infected|inflamed|pinched"
    r"|herniated|fractured)"
    r" [a-z]+|(?:ear|sinus|bladder|kidney|yeast|skin|eye|tooth|chest|throat|lung|stomach"
    r"|urinary tract|bacterial|viral|fungal) infection|infeccion (?:de|del|en) (?:la |el"
    r" |los |las )?[a-z]+|(?:an? )?(?:allergic |skin |bad |mild )?(?:reaction|sensitivity"
    r"|intolerance) (?:to|from)|reaccion (?:a|al|alergica)|(?:side effects?|efectos?"
    r" secundarios?) (?:of|from|de|del)|(?!diagnos|prognos|academ)[a-z]{3,}(?:itis|osis"
    r"|opathy|emia)|falta de (?:agua|sueno|hierro|vitamina \w+|vitaminas|descanso|liquidos)"
    r"|lack of (?:sleep|water|fluids|iron)|not (?:drinking|eating|sleeping) enough|too much"
    r" (?:caffeine|screen time|sugar|salt|alcohol|sitting)|(?:blocked|clogged|plugged)"
    r" (?:milk )?(?:duct|ducts|tear duct|ear|ears|pore|pores|gland)"
)
CONDITION = rf"(?:{alternation(terms(en.CONDITIONS, es.CONDITIONS))}|{_CONDITION_PHRASES})(?:e?s)?"
# "flu season", "cold and flu shots": a condition named as a service, not a diagnosis.
_AS_A_SERVICE = (
    r"(?!-|(?: (?:and|y|&|or|o) [\w-]+)? (?:season|shots?|vaccines?|vaccinations?|clinics?"
    r"|testing|tests?|prevention|awareness|screenings?|education|management|programs?"
    r"|support|class(?:es)?|care|vacunas?|temporada|pruebas?|clinicas?|informacion"
    r"|information|questions?|preguntas?|medications?|meds|medicines?|medicamentos?"
    r"|symptoms|sintomas|treatments?|tratamientos?|specialists?|doctors?|month|day|week"
    r"|mes|dia|semana|walk|run|fundraiser|research|survivors?|outbreaks?|cases|precautions"
    r"|protocols?|boosters?|jabs?|appointments?|visits?|consults?|citas?|consultas?|forms?"
    r"|kits?|guides?|resources|groups?|team|center|centre|unit|nurses?|action plans?|plans?"
    r"|results?|checkups?|check-ups?|policy|policies|guidelines|rules|updates?|follow-?ups?"
    r"|checks?|reviews?|exams?|visit))\b"
)
COND = CONDITION + _AS_A_SERVICE
SYMPTOM = alternation(terms(en.SYMPTOMS, es.SYMPTOMS))
BODY = alternation(terms(en.BODY, es.BODY))

# --- tests ------------------------------------------------------------------------------

# ANALYTE: "your A1c" is already a result. LAB_VALUE is read with a number ("an ALT of 60"),
# any LAB with a verdict ("fever is normal after shots").
ANALYTE = alternation(terms(en.LABS, es.LABS))
LAB_VALUE = alternation(terms(en.LABS, es.LABS, en.MEASURES, es.MEASURES))
LAB = alternation(terms(en.LABS, es.LABS, en.MEASURES, es.MEASURES, en.VITALS, es.VITALS))
TEST = alternation(terms(en.TESTS, es.TESTS))
RESULT = alternation(terms(en.RESULT_WORDS, es.RESULT_WORDS))
VERDICT = alternation(terms(en.VERDICTS, es.VERDICTS))

# --- people -----------------------------------------------------------------------------

KIN = alternation(terms(en.KIN, es.KIN))
GIVEN_NAMES = terms(en.GIVEN_NAMES, es.GIVEN_NAMES)
SURNAMES = terms(en.SURNAMES, es.SURNAMES)

# --- time spans: "in two weeks", "takes 3-5 days", "en unas semanas" ------------------

HOW_MANY = (
    r"(?:\d+(?:-\d+)?|a|an|one|two|three|four|five|six|eight|ten|twelve|a few|a couple(?: of)?"
    r"|several|un|una|unos|unas|dos|tres|cuatro|cinco|seis|ocho|diez|doce|un par de|pocos"
    r"|pocas)"
)
TIME_UNIT = (
    r"(?:hours?|hrs?|days?|weeks?|wks?|months?|mos|years?|yrs?|horas?|dias?|semanas?|mes"
    r"|meses|anos?)"
)

# --- doses ------------------------------------------------------------------------------

DOSE_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|\d+/\d+|one|two|three|four|five|six|half an?|half|a half|an extra"
    r"|extra|a couple(?: of)?|couple(?: of)?|a few|una|uno|un|dos|tres|cuatro|cinco|seis"
    r"|media|medio|un par de)"
)
DOSE_UNIT = (
    r"(?:mg|mgs|milligrams?|miligramos?|mcg|micrograms?|microgramos?|μg|ug|g|grams?|gramos?"
    r"|ml|mls|milliliters?|mililitros?|cc|units?|unidades|iu|ui|tablets?|tabletas?|tabs?"
    r"|pills?|pastillas?|capsules?|capsulas?|caps|gel ?caps|softgels?|gummies|gummy"
    r"|chewables?|puffs?|inhalaciones|disparos|drops|gotas|dropperfuls?|teaspoons?|tsps?"
    r"|tablespoons?|tbsps?|cucharaditas?|cucharadas?|doses|dosis|sprays?|squirts?"
    r"|comprimidos?|patch(?:es)?|parches?|oz|ounces?|onzas?|scoops?|packets?|sobres?)"
)

# --- guards: words before or after a match that make it general, not advice -----------

# "fever is common after vaccines": vaccines in general, not the shot this person had.
VACCINES_IN_GENERAL = (
    r"(?:many |most |some |all |routine |common |las )?(?:vaccines|shots|vaccinations"
    r"|immunizations|vacunas)\b(?! (?:like|such as|she|he|they|you|your|como))"
)

CONDITIONAL = lazy(
    r"\b(?:if|whether|when|unless|in case|anyone|people|those (?=who|with|that|of)|patients"
    r"|si|cuando"
    r"|en caso de que|quien|quienes|personas)\b[^.!?]*$"
)
WITHOUT = lazy(
    r"[^.!?]{0,40}\b(?:without (?:first )?(?:talking|speaking|checking|consulting|asking)"
    r"|before (?:talking|speaking|checking|consulting)|sin (?:antes )?(?:consultar|hablar)"
    r"|antes de (?:consultar|hablar))\b"
)
# "We can't say whether you should stop it" is a refusal; "...but stop it" is not.
CANNOT = lazy(
    r"\b(?:can't|cannot|can not|unable to|not able to|no podemos|no puedo"
    r"|no le podemos|no te podemos|no damos|no podemos decirle)\b"
    r"(?:(?!\b(?:but|pero|however|though|although|that said|honestly|still|sin embargo"
    r"|aunque)\b)[^.!?,;])*$"
)

# A sentence that teaches everyone: "Myth: antibiotics cure colds", "A TSH test checks how
# the thyroid is working", "signs of a severe allergic reaction include...". It turns to no
# one, points at nothing of theirs, does not reassure, and is framed as a fact for all.
# "Most people find ginger helps" is not such a frame: that is how advice slips are worded.
_TURNS_TO_SOMEONE = (
    r"you|your|yours|you're|you've|you'll|you'd|yourself|he|she|his|her|him|hers|he's|she's"
    r"|my|me|mine|i|i'm|i've|we|we're|we've|we'll|us|su|sus|tu|tus|te|usted|ustedes|mi|mis"
    r"|nosotros|the (?:baby|kid|child|boy|girl)"
)
_POINTS_AT_THEIRS = (
    r"this|these|those|that's|it's|esto|eso|esta|este|estos|estas|esos|esas|like (?:that|this"
    r"|yours|his|hers|theirs)|tonight|today|tomorrow|yesterday|hoy|manana|anoche|ayer"
    # "the flu shot" is the one they had; "a vaccine" or "vaccines" is anyone's.
    r"|the (?:[\w-]+ )?(?:shot|vaccine|dose|jab|booster)"
)
_GUESSES_OR_SOOTHES = (
    r"probably|likely|sounds?|looks?|seems?|definitely|surely|honestly|just|probablemente"
    r"|seguramente|suena|parece|parecen|find|finds|swear|try|trying|worth a try|folks|ppl"
    r"|experience|experiencia|funciona|funcionan|worry|worried|preocupe|preocuparse|nothing"
    r"|nada|(?:is|are|was|looks|totally|perfectly|completely) normal"
)
_FRAMED_FOR_ALL = (
    r"^\W*(?:myth|fact|did you know|mito|realidad|dato|sabia que|recordatorio|consejo|psa)\b"
    r"|^[\w' -]{0,30}\breminder\b|\b(?:for everyone|for all|para todos|a todos)\b"
    r"|\b(?:people|anyone|those|adults|patients|personas|quienes) (?:who (?:take|use|are on)"
    r"|taking|on|using|que toman|que usan)\b"
    r"|\b(?:is an? (?:type|kind|class|form|group|measure|test|blood test|screening)"
    r"|are (?:a )?(?:type|kind|class|form|group|measures?|tests?) of|caused by|comes? from"
    r"|causad[oa]s? por|signs of [\w' -]+ include|symptoms of [\w' -]+ include|checks how"
    r"|signs of\b[^.!?]{0,120}\b(?:are|is) (?:an? )?(?:emergency|emergencies|medical emergency)"
    r"|measures how|reflects|refleja|mide (?:la|el|los|las|que tan)|is a common side effect"
    r"|are common side effects|son efectos secundarios comunes"
    r"|es un efecto secundario comun)\b"
)
TEACHES_EVERYONE = lazy(
    rf"^(?!.*\b(?:{_TURNS_TO_SOMEONE}|{_POINTS_AT_THEIRS}|{_GUESSES_OR_SOOTHES})\b)"
    rf"(?!\W*that\b)(?=.*(?:{_FRAMED_FOR_ALL}))"
)

# The office's own outlook: "hold times should settle down by Friday", "los teléfonos se
# saturan". Its subject is a phone, a form or the building, and no one's health is named.
_OFFICE_THINGS = (
    r"phones?|phone (?:lines?|system)|lines|hold times?|wait times?|system|portal|website|app"
    r"|construction|noise|parking|lot|elevator|letters?|forms?|paperwork|inbox|messages|calls"
    r"|traffic|roads?|power|internet|outage|renovations?|telefonos|lineas|sistema|pagina"
    r"|estacionamiento|cartas?|formularios?|bandeja|mensajes|llamadas"
)
ABOUT_THE_OFFICE = lazy(
    rf"^(?=.*\b(?:{_OFFICE_THINGS})\b)(?!.*\b(?:{SYMPTOM}|{CONDITION}|{_TURNS_TO_SOMEONE})\b)"
)
