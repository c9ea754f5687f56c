"""Keyword safety net: clear emergency language is never missed, whatever the model says.

It can only raise a label to emergency. Because it overrides the model it must not cry wolf:
each candidate phrase is checked against negation, past or hypothetical framing, general
questions, awareness posts and joking hyperbole before it counts.

Matching runs on a normalised text: lower case, no accents, no apostrophes, every run of a
repeated letter squeezed to one ("killl myselfff" -> "kil myself"), punctuation reduced to
"." "?" ",". Rule patterns are written in plain spelling and squeezed the same way when compiled.

Speed: each rule names trigger words it cannot match without. A message only runs the rules
whose triggers it contains, so most messages cost a normalisation and a few set lookups.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["SafetyNetHit", "scan"]


@dataclass(frozen=True)
class SafetyNetHit:
    """Why a message must be treated as an emergency."""

    reason: str  # short machine-readable reason, e.g. "chest_pain", "suicidal_intent"
    crisis: bool  # True for suicide / self-harm: the reply must name the crisis line (988)


_CRISIS_REASONS = ("suicidal_intent", "self_harm")
_TRIGGER_LENGTH = 5  # triggers compare word prefixes: "breathe", "breathing" -> "breat"


@dataclass(frozen=True)
class _Rule:
    reason: str
    triggers: tuple[str, ...]  # squeezed word prefixes; without one of them the rule is skipped
    regex: re.Pattern[str]
    hyperbole: bool  # a laughter marker nearby cancels it
    negatable: bool  # False when the negation is part of the phrase ("can't breathe")
    bare: bool  # a bare symptom noun: a question about it is not an emergency
    veto: re.Pattern[str] | None  # same sentence: an innocent explanation
    needs: re.Pattern[str] | None  # nearby: a cue without which the phrase is ambiguous

    @property
    def crisis(self) -> bool:
        return self.reason in _CRISIS_REASONS


# --- normalisation -------------------------------------------------------------------------

_NON_ASCII_APOSTROPHES = re.compile("[\u00b4\u2018\u2019\u02bc]")
_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")
_SENTENCE_ENDS = ".!;\n\r"
_OTHER_PUNCTUATION = '"#$%&()*+-/:<=>@[\\]^_{|}~\t'
# One character for one keeps str.translate on its fast path.
_PUNCTUATION = str.maketrans(
    _SENTENCE_ENDS + _OTHER_PUNCTUATION, "." * len(_SENTENCE_ENDS) + " " * len(_OTHER_PUNCTUATION)
)
_WORDS_ONLY = str.maketrans(".?,", "   ")
# A literal replacement keeps re.sub in C; "\1" would expand a template per match.
_REPEATED_LETTER = re.compile(r"(?<=([a-z]))\1+")
_PATTERN_PIECE = re.compile(r"\\.|([a-z])\1+")


def _normalise(text: str) -> str:
    text = text.replace("'", "").replace("`", "")
    if not text.isascii():
        text = _NON_ASCII_APOSTROPHES.sub("", text)
        text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
        text = _NON_ASCII_RUN.sub(r" \1 ", text.replace("\u00bf", ".").replace("\u00a1", "."))
    text = _REPEATED_LETTER.sub("", text.lower().translate(_PUNCTUATION))
    return " ".join(text.split())


def _squeeze(source: str) -> str:
    # Escapes such as \b must survive: "\bbleed" may not become "\bled".
    return _PATTERN_PIECE.sub(lambda piece: piece.group(1) or piece.group(0), source)


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(_squeeze(source))


def _rule(
    reason: str,
    triggers: str,
    pattern: str,
    *,
    hyperbole: bool = False,
    negatable: bool = True,
    bare: bool = False,
    veto: re.Pattern[str] | None = None,
    needs: re.Pattern[str] | None = None,
) -> _Rule:
    keys = tuple(_squeeze(word)[:_TRIGGER_LENGTH] for word in triggers.split())
    return _Rule(reason, keys, _compile(pattern), hyperbole, negatable, bare, veto, needs)


# --- vocabulary shared by rules --------------------------------------------------------------

_ADV = (
    r"(?:(?:really|just|so|literally|honestly|seriously|actually|truly|kinda|kind of|lowkey|"
    r"genuinely|fucking|fking|freaking|still|sometimes|totally|completely|legit|very) )?"
)
_PERSON = (
    r"(?:he|she|hes|shes|they|theyre|baby|mom|mother|mum|dad|father|husband|hubby|wife|son|"
    r"daughter|kid|child|toddler|newborn|infant|grandma|grandpa|grandmother|grandfather|granny|"
    r"brother|sister|friend|boyfriend|girlfriend|bf|gf|partner|roommate|uncle|aunt|someone|"
    r"somebody|man|woman|guy|lady|patient|nephew|niece|cousin|coworker|neighbor)"
)
_INTENT = (
    r"(?:going to|gonna|goin to|about to|want to|wanna|will|ill|imma|ima|plan to|planning to|"
    r"ready to|decided to|need to|gotta|might|thinking about|thinking of)"
)
_PILLS = (
    r"(?:pills|pill|tablets|tabs|capsules|caps|meds|medication|medications|medicine|"
    r"sleeping pills|tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|xanax|benadryl|"
    r"oxy|oxycodone|percocet|percs|vicodin|ambien|lithium|klonopin|valium|insulin|"
    r"antidepressants|painkillers|pain killers|opioids)"
)
_PILL_WORDS = (
    "pills pill tablets tabs capsules caps meds medication medications medicine tylenol "
    "acetaminophen paracetamol advil ibuprofen aspirin xanax benadryl oxy oxycodone percocet "
    "percs vicodin ambien lithium klonopin valium insulin antidepressants painkillers killers "
    "opioids"
)
_PASTILLAS = r"(?:pastillas|pildoras|tabletas|capsulas|medicinas|medicamentos|pastas)"
_PASTILLA_WORDS = "pastillas pildoras tabletas capsulas medicinas medicamentos pastas"
_MYSELF = "myself self meself"

# --- vetoes and requirements ----------------------------------------------------------------

_MINOR_BLEEDING = _compile(
    r"\b(?:gums?|encias|period|periods|menstrual|menstruation|regla|periodo|menstruacion|"
    r"spotting|brush|brushing|cepill\w*|floss\w*|blood (?:work|test|tests|draw|donation)|donat\w*|"
    r"movie|film|show|episode|scene|game|stopped|has stopped|finally stopped|paro|se detuvo)\b"
)
_INTOXICATED = _compile(
    r"\b(?:drunk|drinking|wasted|hammered|tipsy|beers?|wine|shots|high|stoned|borrach\w*|pedo|"
    r"pisto|tomado|cruda|hangover)\b"
)
_NUMB_FROM_POSTURE = _compile(
    r"\b(?:sitting|sat|slept|sleeping on|asleep|crossed|gym|workout|lifting|injur\w*|broke|"
    r"broken|cast|sprain\w*|surgery|dentist|dental|novocaine|numbing|anesthesia|filling|"
    r"root canal|dentista|anestesia|botox|filler|aging|age|wrinkles)\b"
)
_ALLERGEN = _compile(
    r"\b(?:allergic|allergy to|alergic[oa]|alergia a|anaphyla\w*|anafila\w*|peanuts?|nuts?|"
    r"almonds?|cashews?|shellfish|shrimp|crab|lobster|fish|eggs?|milk|dairy|sesame|bees?|wasps?|"
    r"hornets?|stung|sting|stings|bit(?:ten)? by|penicillin|amoxicillin|antibiotics?|sulfa|"
    r"latex|new (?:medication|medicine|med)|hives|epi ?pen|reaction|mani|cacahuates?|nueces|"
    r"mariscos|camaron(?:es)?|abejas?|avispas?|picadura|pico|penicilina|amoxicilina|"
    r"antibiotico|ronchas|reaccion)\b"
)
_NOT_ALLERGIC_SWELLING = _compile(
    r"\b(?:filler|fillers|injections?|botox|dentist|tooth|wisdom|punched|hit|fell|bit my|bite my|"
    r"dentista|muela|golpe)\b"
)
_ROUTINE_MEDS = _compile(
    r"\b(?:forgot|forget|forgetting|remember\w*|remind\w*|did i|should i|do i|need to|have to|"
    r"supposed to|make sure|can i|schedule|refill\w*|prescription|pharmacy|as prescribed|a day|"
    r"daily|every day|every morning|every night|morning|with food|on time|today|vacation|trip|"
    r"pill box|pill organi[sz]er|olvid\w*|record\w*|debo|tengo que|receta|al dia|diario|"
    r"cada dia|en la manana|con comida|horario|hoy)\b"
)
_DRINKS = _compile(
    r"\b(?:wine|vodka|whiskey|whisky|beer|tequila|rum|gin|champagne|soda|water|juice|milk|coke|"
    r"kombucha|ketchup|sauce|lotion|shampoo)\b"
)
_TRIVIAL_OVERDOSE = _compile(
    r"\b(?:caffeine|coffee|sugar|candy|chocolate|netflix|memes|anime|love|cuteness|tiktok|"
    r"sunshine|vitamin c|carbs|pizza|music|drama)\b"
)
_SLEEPY = _compile(
    r"\b(?:school|class|work|alarm|church|early|morning|noon|lazy|teen|teenager|weekend|bus|"
    r"breakfast|nap|escuela|trabajo|alarma|clase|temprano|flojo|floja)\b"
)
_NOT_COLLAPSE = _compile(
    r"\b(?:drunk|wasted|couch|sofa|asleep|nap|tired|movie|watching|party|hangover|laughing|risa|"
    r"borrach\w*|bridge|building|market|economy|roof|tent)\b"
)
_NOT_CYANOSIS = _compile(
    r"\b(?:cold|raynaud\w*|hair|dye|dyed|paint|bruise\w*|makeup|lipstick|jeans|popsicle|candy|"
    r"slushie|freezing|pool|frozen|sky|screen|light)\b"
)
_FAREWELL = _compile(
    r"\b(?:goodbye|good bye|farewell|final|last|forgive me|im sorry|i am sorry|im done|"
    r"cant do this anymore|despedida|adios|perdonenme)\b"
)
_ACCIDENT = _compile(r"\b(?:accident\w*|by mistake|hunting|cleaning (?:his|her|the) gun)\b")
_MEDIA = _compile(
    r"\b(?:song|songs|album|lyrics|track|band|movie|film|show|series|episode|book|novel|"
    r"character|cancion|pelicula|serie|libro)\b"
)
_CHEST_WALL = _compile(
    r"\b(?:when (?:i )?(?:cough|sneeze|press|push on it|touch it)|(?:from|after|when) coughing|"
    r"chest cold|pulled (?:a )?muscle|cuando toso|al toser)\b"
)
_NOT_SEIZURE = _compile(
    r"\b(?:engine|car|motor|bike|transmission|muscles?|back|neck|a day|a week)\b"
)

# --- rules ----------------------------------------------------------------------------------

_SUICIDE_RULES = (
    _rule(
        "suicidal_intent",
        _MYSELF,
        r"(?:kill|killing) (?:my ?self|meself)\b(?! (?:laughing|with laughter|at the gym|at work|"
        r"working|studying|trying to|to (?:finish|get|make|pay)|over (?:this|that)|"
        r"for (?:\w+ing|that|this|it|not|being|what))\b)",
    ),
    _rule(
        "suicidal_intent",
        "life end ending",
        r"(?:end|ending|take|taking) (?:my (?:own )?life|it all)\b(?! (?:back|in|into|"
        r"to the next|forward|seriously|for granted|over|with|insurance|savings|story|coach|"
        r"partner|goals)\b)",
    ),
    _rule("suicidal_intent", "suicide", r"(?:commit|committing|commiting) suicide\b"),
    _rule(
        "suicidal_intent",
        "himself herself themselves themself life",
        r"(?:wants?|wanna|going|gonna|threaten\w*|talk\w* about|trying|tried|plans?|planning|"
        r"about|keeps? saying (?:he|she|they) (?:will|wants? to|is going to)) (?:to )?"
        r"(?:kill|killing|end|ending|hang|hanging|shoot|shooting|stab|stabbing|drown|poison) "
        r"(?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|"
        r"their (?:own )?life)\b",
        hyperbole=True,
    ),
    _rule(
        "suicidal_intent",
        "himself herself themselves themself",
        r"(?:shot|stabbed|hanged|hung|poisoned|overdosed) (?:himself|herself|themselves|themself)"
        r"\b(?! in the foot\b)",
        veto=_ACCIDENT,
    ),
    _rule(
        "suicidal_intent",
        "matar suicidar vida matarse suicidarse",
        r"(?:se (?:quiere|va a|piensa|intento) (?:matar|suicidar|quitar la vida)|(?:quiere|va a|"
        r"piensa|intento|amenaza con) (?:matarse|suicidarse|quitarse la vida))\b"
        r"(?! (?:\w+(?:ando|iendo)|de|del|si)\b)",
    ),
    _rule(
        "suicidal_intent",
        "suicide ending",
        r"(?:thinking|thought|thoughts|think|considering|contemplating|planning|plan) "
        r"(?:about |of )?(?:suicide|ending (?:my life|it all|it))\b(?! (?:with|between)\b)",
    ),
    _rule(
        "suicidal_intent",
        "suicidal",
        r"(?:im|i am|am|feel|feeling|felt|get|getting|been|is|hes|shes|s|seems|sounds|became|"
        r"becoming|go|went|turning|so|very|really|pretty|super|kinda|extremely|actively|passively|"
        r"severely|chronically|literally|lowkey|always|still|again) suicidal\b",
        veto=_MEDIA,
    ),
    _rule(
        "suicidal_intent",
        "suicidal",
        r"(?:^|(?<=[.?,] ))suicidal\b(?! (?:thoughts|ideation|tendencies|behaviou?r|people|"
        r"patients|teens?|friends?|person|ideas|songs?|squad|is|are|was)\b)",
        bare=True,
        veto=_MEDIA,
    ),
    _rule(
        "suicidal_intent",
        "suicidal",
        r"suicidal (?:thoughts |ideation |urges |feelings )?(?:again|rn|right now|tonight|af|"
        r"asf|lately|today|every day|everyday|daily|all the time|constantly|keep coming)\b",
        veto=_MEDIA,
    ),
    _rule(
        "suicidal_intent",
        "suicidal",
        r"(?:having|have|had|get|getting|with|my|been having|struggling with|dealing with) "
        r"suicidal (?:thoughts|ideation|feelings|urges|thinking)\b",
        veto=_MEDIA,
    ),
    _rule(
        "suicidal_intent",
        "die",
        rf"(?:{_ADV}(?:want|wants|wanna|need|wish|longing) to {_ADV}die|wanna die)\b"
        r"(?! (?:of|from) (?:old age|natural causes)| peacefully| old| in my sleep at)",
        hyperbole=True,
    ),
    _rule(
        "suicidal_intent",
        "dead die wake exist alive here",
        r"wish (?:i (?:was|were|could) |i )(?:dead|die|just die|never wake up|not exist|"
        r"wasnt alive|werent alive|wasnt here|werent here)\b",
        hyperbole=True,
    ),
    _rule(
        "suicidal_intent",
        "dead exist existing alive wake forever",
        r"(?:want|wanna|wish) to (?:be dead|not exist|not be alive|stop existing|not wake up|"
        r"never wake up|disappear forever)\b",
        hyperbole=True,
    ),
    _rule("suicidal_intent", "dead", r"better off dead\b"),
    _rule("suicidal_intent", "kms", r"kms\b", hyperbole=True),
    _rule(
        "suicidal_intent",
        "wake alive live exist living tomorrow",
        rf"(?:dont|do not|dnt|never|no longer|dont even) {_ADV}(?:want|wanna|wish) to "
        r"(?:wake up|be alive|live|exist|keep living|continue living|see tomorrow)"
        r"(?: anymore| any more| tomorrow| again| ever)?\b(?! (?:in|with|near|at|there|like|on|by|"
        r"early|late|for|before|so early|this early|til|until|here)\b)",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "anymore more",
        rf"(?:dont|do not|dnt|never|no longer) {_ADV}(?:want|wanna) to "
        r"(?:be here|be around|go on|keep going) (?:anymore|any more)\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "wake",
        r"(?:hope|hoping|wish|pray|praying) (?:that )?(?:i |i just )?(?:dont|do not|never|wont|"
        r"will not|dont ever) wake up\b(?! (?:late|early|too|at|before|with|sick|tired|feeling|"
        r"sore|on time|in time|for)\b)",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "wake",
        r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "better",
        r"better off (?:without me|if i (?:was|were|wasnt|werent) (?:gone|dead|here|around|alive)|"
        r"with me gone|if i died|when im gone)\b",
    ),
    _rule(
        "suicidal_intent",
        "letter letters note notes",
        r"(?:wrote|writing|written|write|finished|left|leaving|typed|drafted) my "
        r"(?:goodbye|farewell|final|last) (?:letter|letters|note|notes)\b",
    ),
    _rule(
        "suicidal_intent",
        "note notes letter letters",
        r"(?:wrote|writing|written|left|leaving) (?:a|my|the) (?:\w+ )?(?:note|notes|letter|"
        r"letters) (?:for|to) (?:my )?(?:family|kids|children|parents|wife|husband|everyone|"
        r"loved ones)\b",
        needs=_FAREWELL,
    ),
    _rule(
        "suicidal_intent",
        "suicide",
        r"(?:wrote|writing|written|write|finished|left|leaving|typed|drafted) (?:my|a|the) "
        r"suicide (?:letter|letters|note|notes)\b",
    ),
    _rule(
        "suicidal_intent",
        "reason reasons point purpose",
        r"(?:no|nothing|no more) (?:reason|reasons|point|purpose) (?:to|in|for|of) (?:live|living|"
        r"be alive|being alive|go on|going on|keep going|keep living|stay alive|staying alive|"
        r"exist|existing)\b(?! (?:in|with|like|there|here|on)\b)",
        negatable=False,
    ),
    _rule("suicidal_intent", "live", r"nothing (?:left )?to live for\b", negatable=False),
    _rule(
        "suicidal_intent",
        "point",
        r"(?:dont|do not|cant|cannot) see (?:the |any )?point (?:in|of) (?:living|being alive|"
        r"life|going on)\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "point",
        r"whats the point (?:of|in) (?:living|being alive|going on)\b",
    ),
    _rule(
        "suicidal_intent",
        _PILL_WORDS,
        r"(?:take|swallow|down|overdose on|od on|taking|swallowing) (?:all|every one|every single "
        rf"one) (?:of )?(?:my|the|these|those|his|her|my moms|my dads)(?: \w+)? {_PILLS}\b",
        veto=_ROUTINE_MEDS,
    ),
    _rule("suicidal_intent", "overdose od", rf"{_INTENT} (?:overdose|od)\b"),
    _rule(
        "suicidal_intent",
        _MYSELF,
        r"(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|"
        r"electrocute|suffocate|suffocating) (?:my ?self|meself)\b"
        r"(?! (?:in (?:work|the foot|coffee|books)|with (?:work|coffee))\b)",
    ),
    _rule(
        "suicidal_intent",
        "jump jumping",
        rf"{_INTENT} (?:jump|jumping) (?:off|from|in front of) (?:a |the |this |my )?(?:bridge|"
        r"building|roof|balcony|overpass|train|car|bus|window|parking garage)\b",
    ),
    _rule(
        "suicidal_intent",
        "gun bullet pistol",
        r"(?:put|putting) (?:a|the|this|my) (?:gun|bullet|pistol) (?:to|in) my "
        r"(?:head|mouth|temple)\b",
    ),
    _rule(
        "suicidal_intent",
        "morir morirme",
        r"(?:me quiero|quiero|quisiera|me gustaria|deseo) morir(?:me)?\b",
        hyperbole=True,
    ),
    _rule(
        "suicidal_intent",
        "matarme suicidarme vida",
        r"(?:quiero|voy a|pienso|estoy pensando en|he pensado en|ganas de|deseo|necesito|decidi|"
        r"intente|trate de|planeo|me dan ganas de|tengo ganas de) (?:matarme|suicidarme|"
        r"quitarme la vida|acabar con mi vida|terminar con mi vida)\b",
    ),
    _rule(
        "suicidal_intent",
        "suicidar vida",
        r"me (?:quiero|voy a|pienso|dan ganas de|gustaria) (?:suicidar|quitar la vida)\b",
    ),
    _rule(
        "suicidal_intent",
        "matar",
        r"me voy a matar\b(?! (?:\w+(?:ando|iendo)|de|del|si)\b)",
    ),
    _rule(
        "suicidal_intent",
        "matar",
        r"me quiero matar\b(?! (?:\w+(?:ando|iendo)|de|del)\b)",
        hyperbole=True,
    ),
    _rule(
        "suicidal_intent",
        "suicidarme vida",
        r"(?:suicidarme|quitarme la vida|acabar con mi vida)\b(?! (?:social|amorosa)\b)",
    ),
    _rule(
        "suicidal_intent",
        "vivir viviendo vivo viva existir despertar despertarme aqui vida",
        r"no quiero (?:seguir )?(?:vivir|viviendo|estar viv[oa]|existir|despertar(?:me)?|"
        r"seguir aqui|seguir con vida)\b(?! (?:en|con|aqui|asi|ahi|alli|cerca|sin|temprano|"
        r"tan temprano|a las|para)\b)",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "viviendo vida vivir",
        r"no puedo (?:seguir viviendo|seguir con vida|vivir mas)\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "vivir",
        r"(?:no tengo|sin|perdi las) ganas de vivir\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "mejor felices",
        r"(?:estarian|estarias|estaria|estan|estaran|estariamos|vivirian|serian) (?:todos )?"
        r"(?:mejor|mas felices) sin mi\b",
    ),
    _rule(
        "suicidal_intent",
        "vivir seguir",
        r"no (?:tengo|hay|encuentro|veo) (?:ninguna |ningun )?(?:razon|razones|motivo|motivos|"
        r"sentido) (?:para|por (?:la )?(?:que|cual)) (?:vivir|seguir viviendo|seguir)\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "sentido",
        r"no (?:le )?(?:veo|encuentro) (?:el )?sentido a (?:la vida|vivir|seguir)\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "vivir",
        r"no tengo (?:por|para) (?:que|quien) vivir\b",
        negatable=False,
    ),
    _rule(
        "suicidal_intent",
        "carta",
        r"(?:escribi|escribiendo|escrito|termine|deje|dejo|dejando) (?:mi|una|la) carta "
        r"(?:de despedida|suicida)\b",
    ),
    _rule(
        "suicidal_intent",
        _PASTILLA_WORDS,
        r"(?:tomarme|tomar|me voy a tomar|voy a tomarme|tragarme|me quiero tomar|quiero tomarme) "
        rf"todas (?:mis|las) {_PASTILLAS}\b",
        veto=_ROUTINE_MEDS,
    ),
    _rule(
        "suicidal_intent",
        "pensamientos ideas",
        r"(?:tengo|tener|teniendo|he tenido|con|ando con|me vienen|me dan|me llegan|sigo teniendo) "
        r"(?:\w+ )?(?:pensamientos|ideas) (?:suicidas|de suicidio|de matarme|de quitarme la vida|"
        r"de morir(?:me)?)\b",
    ),
    _rule(
        "suicidal_intent",
        "suicida",
        r"(?:soy|estoy|me siento|sentirme|ando|me he sentido) (?:muy |bien |un poco |algo |"
        r"bastante )?suicida\b",
    ),
    _rule(
        "suicidal_intent",
        "suicidio",
        r"(?:pienso|pensando|he pensado|pensaba) en (?:el )?suicidio\b",
    ),
    _rule(
        "suicidal_intent",
        "muera despierte despertar muriera muerto muerta",
        r"ojala (?:me muera|no despierte|no despertar|me muriera|estuviera muert[oa])\b",
        hyperbole=True,
    ),
)

_SELF_HARM_RULES = (
    _rule(
        "self_harm",
        "cutting",
        r"(?:ive been|been|started|start|im|i am|keep|kept|back to) cutting (?:again|every day|"
        r"every night|tonight|lately)\b",
    ),
    _rule(
        "self_harm",
        "relapsed relapse relapsing",
        r"(?:relapsed|relapse|relapsing) (?:\w+ ){0,3}(?:cut|cutting|self harm|self harming|"
        r"harming|burned|burning|hurt|hurting)\b",
    ),
    _rule(
        "self_harm",
        _MYSELF,
        r"(?:cutting|burning|hurting|harming|scratching|starving|cut|burn|hurt|harm) "
        r"(?:my ?self|meself) (?:again|tonight|on purpose|deliberately|intentionally|"
        r"every (?:day|night)|to cope|to feel)\b",
    ),
    _rule(
        "self_harm",
        f"{_MYSELF} arms wrists thighs legs skin",
        rf"(?:im|i am|ive been|been|started|start|keep|kept|cant stop|still|back to|resorted to) "
        rf"{_ADV}(?:cutting|burning|harming|hurting|starving) (?:my ?self|meself|my (?:arms|wrists|"
        r"thighs|legs|skin))\b(?! (?:shaving|cooking|chopping|on|with (?:a|the) (?:knife|razor|"
        r"paper)|while|by accident|accidentally|opening|slicing|in the kitchen|at work|at the gym|"
        r"lifting|working)\b)",
    ),
    _rule(
        "self_harm",
        _MYSELF,
        rf"(?:{_INTENT}|urges? to|urge to) {_ADV}(?:cut|burn|harm|hurt|starve) "
        r"(?:my ?self|meself)\b(?! (?:shaving|cooking|lifting|working|at the gym|at work|if)\b)",
    ),
    _rule(
        "self_harm",
        "harm harming harmed injure injuring selfharm",
        rf"(?:i|im|ive|been|keep|started|start|want to|wanna|urge to|urges to|relapsed|"
        rf"relapsed on|relapsed into|relapse on|back to|going to|gonna|thinking about|my|"
        rf"cant stop|struggling with|still) {_ADV}(?:self harm|self harming|self harmed|"
        r"self injure|self injuring|selfharm)\b",
    ),
    _rule(
        "self_harm",
        "wrist wrists",
        r"(?:cut|cutting|slit|slitting|sliced|slicing) (?:my|the) (?:wrist|wrists)\b"
        r"(?! (?:on|with (?:a|the) (?:glass|can|knife)|by accident|accidentally|opening)\b)",
    ),
    _rule(
        "self_harm",
        "corto cortando cortar",
        r"me (?:corto|estoy cortando|sigo cortando|volvi a cortar|vuelvo a cortar|he estado "
        r"cortando|quiero cortar|voy a cortar)\b(?! (?:el|la|los|las|un|una|mi|mis|con|en|al|"
        r"facil|cuando (?:cocino|me afeito))\b)",
    ),
    _rule(
        "self_harm",
        "corto corte cortando cortaba",
        r"me (?:corto|corte|estoy cortando|sigo cortando|volvi a cortar|cortaba) (?:los brazos|"
        r"las piernas|las venas|las munecas|la muneca|los muslos|la piel)\b",
    ),
    _rule(
        "self_harm",
        "cortarme lastimarme hacerme autolesionarme herirme quemarme",
        r"(?:quiero|voy a|ganas de|necesito|pienso en|volvi a|empece a|me dan ganas de|sigo) "
        r"(?:cortarme|lastimarme|hacerme dano|autolesionarme|herirme|quemarme)\b",
    ),
    _rule(
        "self_harm",
        "cortar lastimar hacer autolesionar herir quemar",
        r"me (?:quiero|voy a|vuelvo a|volvi a) (?:cortar|lastimar|hacer dano|autolesionar|"
        r"herir|quemar)\b(?! (?:el|la|los|las|un|una|mi|mis|con|al|si)\b)",
    ),
    _rule(
        "self_harm",
        "autolesiono autolesionando",
        r"(?:me autolesiono|me estoy autolesionando|me he estado autolesionando)\b",
    ),
)

_UNRESPONSIVE_RULES = (
    _rule(
        "unresponsive",
        "breathing",
        r"(?<!\bim )(?<!\bi am )(?<!\bi )(?:is not|isnt|s not|not|stopped|has stopped|quit|aint|"
        r"wasnt|isnt even) breathing\b(?! (?:properly|right|well|normally|through|thru|correctly|"
        r"deeply|enough|out|in|heavily|hard|fast)\b)",
        negatable=False,
    ),
    _rule(
        "unresponsive",
        "breathing",
        rf"(?:dont|do not) think (?:he|she|they|hes|shes|theyre|it|the baby|my {_PERSON})"
        r"(?: is| s| are)? breathing\b",
        negatable=False,
    ),
    _rule(
        "unresponsive",
        "unresponsive responsive responding unconscious waking wake cold lifeless",
        rf"(?:{_PERSON}|found (?:him|her|them)|found my {_PERSON}) (?:is |s |are |was |went |"
        r"just went |seems |now )?(?:unresponsive|not responsive|not responding|unconscious|"
        r"not waking up|wont wake up|out cold|lifeless)\b(?! (?:to|bias|mind|for|until)\b)",
        veto=_SLEEPY,
    ),
    _rule(
        "unresponsive",
        "wake rouse",
        rf"(?:cant|cannot|can not|unable to|couldnt) (?:wake|rouse) (?:him|her|them|my {_PERSON}|"
        r"the baby)(?: up)?\b|cant get (?:him|her|them) to wake up\b",
        negatable=False,
        veto=_SLEEPY,
    ),
    _rule(
        "unresponsive",
        "passed fainted collapsed blacked limp unconscious",
        r"(?:passed out|fainted|collapsed|blacked out|went limp|fell unconscious) and (?:wont|"
        r"will not|cant|cannot|isnt|is not|not|doesnt|does not|hasnt|has not|didnt|did not|"
        r"we cant|i cant|still wont|still isnt|still not|now wont|now isnt) (?:wake|waking|"
        r"respond|responding|come to|coming to|come around|breathe|breathing|open (?:his|her|"
        r"their) eyes|move|moving)\b",
        negatable=False,
    ),
    _rule(
        "unresponsive",
        "collapsed fainted passed blacked limp keeled",
        rf"{_PERSON} (?:just |suddenly |has |just suddenly )?(?:collapsed|fainted|passed out|"
        r"blacked out|went limp|keeled over)\b",
        hyperbole=True,
        veto=_NOT_COLLAPSE,
    ),
    _rule(
        "unresponsive",
        "blue purple gray grey blueish bluish",
        rf"(?:lips|lip|face|skin|fingers|fingertips|nails|fingernails|toes|mouth|{_PERSON}) "
        r"(?:is |are |s |keeps |started |starting |just |have |has )?(?:turning|turned|going|gone|"
        r"looking|looks|look|got|getting) (?:blue|purple|gray|grey|blueish|bluish)\b",
        veto=_NOT_CYANOSIS,
    ),
    _rule(
        "unresponsive",
        "blue purple gray grey blueish bluish",
        r"(?:lips|lip|face|skin|fingers|fingertips|nails|fingernails|toes|mouth) (?:is|are|s) "
        r"(?:so |all |really )?(?:blue|purple|gray|grey|blueish|bluish)\b",
        veto=_NOT_CYANOSIS,
    ),
    _rule(
        "unresponsive",
        "respira respirando respiraba reacciona reaccionando responde respondiendo despierta "
        "despertar abre pulso",
        r"no (?:respira|esta respirando|respiraba|reacciona|esta reaccionando|responde|"
        r"esta respondiendo|despierta|se despierta|quiere despertar|abre los ojos|tiene pulso)\b"
        r"(?! (?:bien|por|mis|mi|a|al|los|las|el|la|mensajes|llamadas|whatsapp|con)\b)",
        negatable=False,
        veto=_SLEEPY,
    ),
    _rule(
        "unresponsive",
        "respirar inconsciente conocimiento conciencia sentido desmayo desmayando desmayar "
        "desmaya desmayado desmayada morado morada azul",
        r"(?:dejo de respirar|esta inconsciente|quedo inconsciente|perdio el conocimiento|"
        r"perdio la conciencia|perdio el sentido|se desmayo|se esta desmayando|"
        r"se acaba de desmayar|se desmaya|cayo desmayad[oa]|se puso (?:morad[oa]|azul)|"
        r"se esta poniendo (?:morad[oa]|azul)|labios (?:morados|azules))\b",
        veto=_NOT_COLLAPSE,
    ),
)

_BREATHING_RULES = (
    _rule(
        "cant_breathe",
        "breathe breath breth breathing air",
        r"(?:cant|cnt|cannot|can not|can no longer|unable to|struggling to|struggle to|"
        r"fighting to|can barely|can hardly|cant hardly|barely able to) (?:really |even |barely |"
        r"hardly |fucking |freaking |literally |properly |just |seem to )?(?:breathe|breath|breth|"
        r"breathing|get (?:any |enough )?air|catch (?:my|his|her|their) breath)\b"
        r"(?! (?:through|thru|out of|from|with|in|threw) (?:my |the |his |her |their |one )?"
        r"(?:nose|nostril))",
        hyperbole=True,
        negatable=False,
    ),
    _rule(
        "cant_breathe",
        "breathing",
        r"(?:having|have|has|im having|with|having a lot of|having real|having serious) "
        r"(?:trouble|difficulty|a hard time|problems|issues|a tough time) breathing\b"
        r"(?! (?:through|thru|out of|from|with|in) (?:my |the |his |her |their |one )?"
        r"(?:nose|nostril))",
    ),
    _rule("cant_breathe", "gasping", r"gasping (?:for )?(?:air|breath)\b", hyperbole=True),
    _rule(
        "cant_breathe",
        "choking",
        rf"(?:{_PERSON}|is|s|are|its) choking\b(?! (?:on (?:my|his|her|their|the) (?:words|tears|"
        r"laughter|drink|spit|saliva)|up|back|hazard)\b)",
    ),
    _rule(
        "cant_breathe",
        "choking",
        r"(?:im|i am) choking\b(?! (?:on (?:my )?(?:words|tears|laughter|drink|spit|saliva)|up|"
        r"back)\b)",
        hyperbole=True,
    ),
    _rule(
        "cant_breathe",
        "choking",
        r"choking on (?:a |an |some |his |her |their |the |my )?(?:food|piece|something|bone|"
        r"grape|candy|toy|coin|nut|peanut|popcorn|hot dog|hotdog|meat|steak|chicken|bread|lego|"
        r"marble|button|battery|cap|gum|apple)\b",
    ),
    _rule(
        "cant_breathe",
        "respirar",
        r"no (?:puedo|puede|pueden|podia|podemos|logro|logra) respirar\b"
        r"(?! (?:por|bien por|con) (?:la|mi|su) nariz)",
        hyperbole=True,
        negatable=False,
    ),
    _rule(
        "cant_breathe",
        "respirar",
        r"(?:me cuesta|le cuesta|me cuesta mucho|le cuesta mucho|dificultad para|problemas para) "
        r"respirar\b",
    ),
    _rule(
        "cant_breathe",
        "aire",
        r"(?:me falta|le falta|no me entra|no le entra) (?:el )?aire\b",
        hyperbole=True,
        negatable=False,
    ),
    _rule(
        "cant_breathe",
        "ahogando ahogo",
        r"(?:me estoy ahogando|me ahogo)\b(?! (?:de|con|en)\b)",
        hyperbole=True,
    ),
    _rule(
        "cant_breathe",
        "ahogando ahoga atraganto atragantando atoro",
        r"se (?:esta ahogando|ahoga|atraganto|esta atragantando|le atoro|atoro)\b"
        r"(?! (?:en un vaso|de risa)\b)",
    ),
)

_ANAPHYLAXIS_RULES = (
    _rule(
        "anaphylaxis",
        "throat airway airways",
        r"(?:throat|airway|airways) (?:is |s |feels |feels like its |feels like it is |keeps |"
        r"started |starting |just )?(?:closing|closing up|swelling shut|closed up|shutting|"
        r"tightening up)\b",
    ),
    _rule(
        "anaphylaxis",
        "throat tongue lips lip face mouth airway",
        r"(?:throat|tongue|lips|lip|face|mouth|airway) (?:is |are |s |keeps |started |starting |"
        r"getting |got |feels |feel |has |have |just |is getting |are getting )?"
        r"(?:swelling|swollen|swelled|puffing up|puffy|blowing up|ballooning|tight|tightening)\b",
        veto=_NOT_ALLERGIC_SWELLING,
        needs=_ALLERGEN,
    ),
    _rule(
        "anaphylaxis",
        "anaphylaxis anaphylactic",
        r"(?:going into|went into|having|in|having an|into|is in|is having) (?:anaphylaxis|"
        r"anaphylactic (?:shock|reaction)|an anaphylactic (?:shock|reaction))\b",
    ),
    _rule(
        "anaphylaxis",
        "epipen epi epinephrine auvi",
        r"(?:used|using|gave|give|giving|had to use|injected|administered) (?:him |her |them |"
        r"my \w+ )?(?:my |his |her |their |the |an |a )?(?:epi ?pen|epinephrine|auvi q)\b",
    ),
    _rule(
        "anaphylaxis",
        "garganta",
        r"se (?:me|le|nos) (?:esta )?(?:cierra|cerrando|cerro) la garganta\b|"
        r"garganta (?:cerrada|cerrandose)\b",
    ),
    _rule(
        "anaphylaxis",
        "anafilactico anafilactica",
        r"(?:le esta dando|esta teniendo|tiene|le dio|me esta dando|me dio) (?:un |una )?(?:choque|"
        r"shock|reaccion) anafilactic[oa]\b",
    ),
    _rule(
        "anaphylaxis",
        "garganta lengua labios labio cara boca",
        r"(?:garganta|lengua|labios|labio|cara|boca) (?:(?:se (?:me|le) )?(?:esta|estan) )?"
        r"(?:hinchad[oa]s?|inflamad[oa]s?|hinchando|inflamando)\b|se (?:me|le) (?:hincho|"
        r"hincharon|esta hinchando|estan hinchando|inflamo|inflamaron) (?:la |los |el )?"
        r"(?:garganta|lengua|labios|cara|boca)\b",
        veto=_NOT_ALLERGIC_SWELLING,
        needs=_ALLERGEN,
    ),
)

_POISON_WORDS = (
    "bleach clorox lye drano draino drain antifreeze anti windshield thinner gasoline kerosene "
    "lighter lamp poison pesticide insecticide weed roundup detergent laundry tide dishwasher "
    "cleaning toilet oven ammonia nail acetone rubbing sanitizer button battery batteries "
    "magnets vape nicotine liquid mothballs fertilizer bait"
)
_OVERDOSE_RULES = (
    _rule(
        "overdose",
        "whole entire full",
        r"(?:took|taken|swallowed|ate|eaten|drank|downed|popped|chugged|ingested) "
        r"(?:a |an |the |my |his |her |their )?(?:whole|entire|full) (?:bottle|pack|packet|box|"
        r"container|sheet|blister pack|strip|jar)\b",
        veto=_DRINKS,
    ),
    _rule(
        "overdose",
        _PILL_WORDS,
        r"(?:took|taken|swallowed|ate|eaten|downed|popped|ingested) (?:like |about |around |over |"
        r"maybe |almost |at least )?(?:[5-9]|\d{2,}|ten|twenty|thirty|forty|fifty|a hundred|"
        r"fifteen|a bunch of|a lot of|a handful of|handful of|too many|way too many|"
        r"a fistful of|lots of) (?:of )?(?:my |his |her |their |the |those |these )?(?:\w+ )?"
        rf"{_PILLS}\b",
    ),
    _rule(
        "overdose",
        _PILL_WORDS,
        r"(?:took|taken|swallowed|ate|downed|popped|ingested) (?:all|every one|every single one) "
        rf"(?:of )?(?:my|his|her|their|the|those|these)(?: \w+)? {_PILLS}\b",
        veto=_ROUTINE_MEDS,
    ),
    _rule(
        "overdose",
        "overdosed overdosing oded oding",
        r"(?:overdosed|overdosing|oded|oding)\b",
        hyperbole=True,
        veto=_TRIVIAL_OVERDOSE,
    ),
    _rule(
        "overdose",
        _POISON_WORDS,
        r"(?:drank|drink|drinking|swallowed|swallow|ate|eaten|eating|ingested|got into|chugged|"
        r"licked|bit into) (?:some |a |an |the |a bunch of |a little |a lot of |a bottle of |"
        r"a cup of |a sip of |some of the |my |his |her |a capful of )?(?:bleach|clorox|lye|drano|"
        r"draino|drain cleaner|antifreeze|anti freeze|windshield (?:washer )?fluid|paint thinner|"
        r"gasoline|kerosene|lighter fluid|lamp oil|rat poison|mouse poison|ant poison|"
        r"roach poison|ant bait|roach bait|poison(?! ivy| oak)|pesticide|insecticide|weed killer|"
        r"roundup|detergent|laundry (?:pod|pods|detergent)|tide pods?|dishwasher (?:pod|pods|"
        r"detergent)|cleaning (?:spray|product|solution|supplies)|toilet cleaner|oven cleaner|"
        r"ammonia|nail polish remover|acetone|rubbing alcohol|hand sanitizer|button batter(?:y|"
        r"ies)|battery|batteries|magnets|vape juice|nicotine|e liquid|mothballs|fertilizer)\b",
    ),
    _rule(
        "overdose",
        f"frasco bote caja {_PASTILLA_WORDS}",
        r"(?:se tomo|me tome|tomo|tome|se trago|me trague|trago|ingirio|se comio) "
        r"(?:todo el frasco|todo un frasco|el frasco entero|un frasco entero|el bote entero|"
        r"todo el bote|"
        rf"toda la caja|la caja entera|(?:[5-9]|\d{{2,}}|muchas|un monton de|un chingo de|varias|"
        rf"demasiadas|diez|veinte|treinta) {_PASTILLAS})\b",
    ),
    _rule(
        "overdose",
        _PASTILLA_WORDS,
        r"(?:se tomo|me tome|tomo|tome|se trago|me trague|trago) todas (?:las|mis|sus) "
        rf"{_PASTILLAS}\b",
        veto=_ROUTINE_MEDS,
    ),
    _rule(
        "overdose",
        "cloro clorox blanqueador lejia veneno raticida insecticida pesticida anticongelante "
        "gasolina detergente destapacanos thinner aguarras amoniaco pila pilas bateria baterias "
        "limpiador fabuloso pinol suavitel acido sosa",
        r"(?:se tomo|tomo|se bebio|bebio|se trago|trago|se comio|comio|ingirio|me tome|me bebi|"
        r"me trague) (?:un poco de |algo de |el |la |un |una |mucho |mucha |todo el |toda la |"
        r"un vaso de |un trago de )?(?:cloro|clorox|blanqueador|lejia|veneno|raticida|insecticida|"
        r"pesticida|anticongelante|gasolina|detergente|destapacanos|thinner|aguarras|amoniaco|"
        r"pila|pilas|bateria|baterias|limpiador|fabuloso|pinol|suavitel|acido muriatico|"
        r"sosa caustica)\b",
    ),
    _rule(
        "overdose",
        "sobredosis",
        r"(?:esta teniendo|tiene|le dio|le esta dando|me dio|creo que (?:tiene|es|tuvo)) una "
        r"sobredosis\b",
    ),
    _rule("overdose", "sobredosifico enveneno", r"se (?:sobredosifico|enveneno)\b"),
)

_BLEEDING_RULES = (
    _rule(
        "severe_bleeding",
        "bleeding",
        r"(?:wont|will not|cant|cannot|can not|doesnt|does not|dont|isnt|is not|not|aint|wouldnt|"
        r"hasnt|never) stop(?:ping|ped)? bleeding\b",
        negatable=False,
    ),
    _rule(
        "severe_bleeding",
        "bleeding blood nosebleed bleed",
        r"(?:bleeding|blood|nosebleed|nose bleed|bleed) (?:that |and it |and |which |and its )?"
        r"(?:wont|will not|doesnt|does not|isnt|is not|cant|hasnt|has not|not) (?:stop|stopping|"
        r"stopped|slow|slowing|going to stop|gonna stop|letting up)\b",
        negatable=False,
    ),
    _rule(
        "severe_bleeding",
        "bleeding blood",
        r"(?:cant|cannot|can not|unable to|couldnt|wont) (?:stop|get|make) (?:the |this |his |her |"
        r"my )?(?:bleeding|blood)(?: to stop| stop)?\b|cant get (?:it|him|her) to stop bleeding\b",
        negatable=False,
    ),
    _rule(
        "severe_bleeding",
        "bleeding bleeds bleed bled",
        r"(?:bleeding|bleeds|bleed|bled) (?:so |really |very )?(?:a lot|so much|too much|"
        r"really bad|really badly|badly|heavily|profusely|everywhere|like crazy|nonstop|non stop|"
        r"uncontrollably|out|through (?:the |a |my |his |her )?(?:bandage|bandages|gauze|towel|"
        r"towels|pad|pads|shirt|clothes))\b",
        veto=_MINOR_BLEEDING,
    ),
    _rule(
        "severe_bleeding",
        "bleeding blood",
        r"(?:heavy|severe|massive|uncontrolled|uncontrollable|profuse|excessive|serious|major|"
        r"lots of|a lot of|so much|tons of|way too much|too much) (?:bleeding|blood)\b"
        r"(?! (?:work|test|tests|draw|pressure|sugar|type|count|panel|levels|donation|bank)\b)",
        veto=_MINOR_BLEEDING,
    ),
    _rule(
        "severe_bleeding",
        "blood",
        r"blood (?:is |s |keeps |just keeps )?(?:gushing|spurting|pouring|squirting|pumping out|"
        r"spraying|everywhere)\b|(?:gushing|spurting|pouring|squirting|spraying|pumping) "
        r"(?:out )?blood\b",
        veto=_MINOR_BLEEDING,
    ),
    _rule(
        "severe_bleeding",
        "soaking soaked soaks",
        r"(?:soaking|soaked|soaks) (?:through )?(?:a |one |my |the )?(?:pad|pads|towel|towels|"
        r"bandage|bandages|gauze) (?:every|an|in an|in less than an|each|per) (?:hour|hr|"
        r"half hour|\d+ minutes)\b|soaking through (?:a |the |my |his |her )?(?:pad|pads|towel|"
        r"towels|bandage|bandages|gauze)\b",
    ),
    _rule(
        "severe_bleeding",
        "blood",
        r"(?:coughing up|throwing up|vomiting|puking|puking up|threw up|vomited) (?:a lot of |"
        r"lots of |so much |bright red |dark |pure )?blood\b",
    ),
    _rule(
        "severe_bleeding",
        "sangra sangran sangrando sangro sangre",
        r"(?:sangra|sangran|esta sangrando|estoy sangrando|sigue sangrando|sangrando|sangro|"
        r"le sale sangre|sale sangre|me sale sangre) (?:mucho|muchisimo|demasiado|bastante|"
        r"un monton|a chorros|sin parar|por todos lados|como loco|horrible)\b",
        veto=_MINOR_BLEEDING,
    ),
    _rule(
        "severe_bleeding",
        "sangrar sangrado sangre hemorragia",
        r"no (?:para|deja|paro|dejo|se detiene|se para|se le para|se me para|ha parado|"
        r"ha dejado|puedo parar|puedo detener|podemos parar|le para|me para|quiere parar) "
        r"(?:de sangrar|el sangrado|la sangre|la hemorragia|de salir sangre|de salirle sangre)\b",
        negatable=False,
    ),
    _rule(
        "severe_bleeding",
        "sangrado sangre hemorragia",
        r"(?:el sangrado|la sangre|la hemorragia) no (?:para|se detiene|se para|se quita|"
        r"deja de salir|se corta|ha parado)\b",
        negatable=False,
    ),
    _rule(
        "severe_bleeding",
        "sangrado hemorragia",
        r"(?:sangrado|hemorragia) (?:muy )?(?:abundante|fuerte|severa|severo|masiva|masivo|grave|"
        r"que no para|que no se detiene|incontrolable)\b",
        veto=_MINOR_BLEEDING,
    ),
    _rule(
        "severe_bleeding",
        "sangre",
        r"(?:mucha|muchisima|demasiada|un monton de|un chingo de|chorros de) sangre\b",
        veto=_MINOR_BLEEDING,
    ),
    _rule(
        "severe_bleeding",
        "sangre",
        r"(?:vomitando|vomita|tosiendo|tose|escupiendo|escupe) sangre\b",
    ),
)

_SEIZURE_RULES = (
    _rule(
        "seizure",
        "seizure seizures convulsions convulsion",
        r"having (?:a |another |multiple |back to back |repeated |a bad |a big |a grand mal )?"
        r"(?:seizure|seizures|convulsions|convulsion|grand mal seizure)\b",
        hyperbole=True,
    ),
    _rule(
        "seizure",
        "seizing convulsing",
        r"(?:seizing|convulsing)\b(?! (?:the|an?|this|that|up|on|control|power|opportunity|"
        r"moment|day|chance|assets|property|of|with laughter)\b)",
        hyperbole=True,
        veto=_NOT_SEIZURE,
    ),
    _rule(
        "seizure",
        "seizure seizures",
        r"seizures? (?:that |and it |and |which )?(?:wont|will not|isnt|is not|doesnt|does not|"
        r"hasnt|has not|not|cant) (?:stop|stopping|stopped|ending|end)\b",
        negatable=False,
    ),
    _rule(
        "seizure",
        "seizure seizures",
        r"seizures? (?:for|lasting|that lasted|has lasted|lasted|going on for|over|longer than|"
        r"more than) (?:over |more than |about |like |almost |nearly )?(?:[3-9]|\d{2,}|three|four|"
        r"five|ten|several|a few) (?:min|mins|minutes)\b",
    ),
    _rule(
        "seizure",
        "seizures convulsions",
        r"(?:back to back|one after another|cluster of|nonstop|non stop|continuous) "
        r"(?:seizures|convulsions)\b",
        veto=_NOT_SEIZURE,
    ),
    _rule(
        "seizure",
        "convulsionando convulsionar",
        r"(?:esta|estoy|sigue|empezo a|esta empezando a|no para de|no deja de) "
        r"convulsion(?:ando|ar)\b",
        negatable=False,
    ),
    _rule(
        "seizure",
        "convulsion convulsiones convulsiva convulsivas epileptico epilepsia",
        r"(?:le esta dando|esta teniendo|le dio|le vino|le estan dando) (?:una |otra |unas |"
        r"varias )?(?:convulsion|convulsiones|crisis convulsiva|crisis convulsivas|"
        r"ataque epileptico|ataque de epilepsia)\b",
    ),
    _rule(
        "seizure",
        "convulsion",
        r"convulsion (?:que no (?:para|se detiene|se quita)|de mas de \d+ minutos)\b",
        negatable=False,
    ),
)

_STROKE_RULES = (
    _rule(
        "stroke_signs",
        "drooping droopy droops drooped sagging sags sagged lopsided paralyzed frozen",
        r"(?:face|mouth|smile|side of (?:my|his|her|their) face|half (?:of )?(?:my|his|her|their) "
        r"face) (?:is|s|has|started|starting|keeps|seems|looks|went|got|suddenly|just) "
        r"(?:drooping|droopy|droops|drooped|sagging|sags|sagged|lopsided|paralyzed|frozen)\b",
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "droop drooping droopy",
        r"(?:facial|face|mouth) droop(?:ing|y)?\b|(?:drooping|droopy) (?:face|mouth|smile)\b",
        bare=True,
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "side",
        r"(?:one|left|right) side of (?:my|his|her|their|the) (?:face|body|mouth) (?:is |s |feels |"
        r"went |has gone |going |suddenly |just |got )?(?:numb|weak|drooping|droopy|paralyzed|dead|"
        r"limp|tingly|heavy|not working|wont move|cant move)\b",
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "side half",
        r"(?:numb|numbness|weak|weakness|paralyzed|paralysis|tingling) (?:on|in|down) (?:one|"
        r"the left|the right|his left|his right|her left|her right|my left|my right|half) "
        r"(?:side|half)\b",
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "left right",
        r"(?:cant|cannot|can not|unable to) (?:move|feel|lift|raise|use) (?:my|his|her|their) "
        r"(?:left|right) (?:arm|leg|hand|side|foot)\b",
        negatable=False,
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "left right",
        r"(?:my|his|her|their) (?:left|right) (?:arm|leg|hand|side) (?:is |s |went |has gone |"
        r"feels |suddenly |just )?(?:numb|weak|limp|dead|paralyzed|wont move|not working)\b",
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "slurred slurring slurs garbled",
        r"(?:slurred|slurring|slurs|garbled) (?:speech|words|(?:his|her|my|their) (?:speech|"
        r"words))\b",
        bare=True,
        veto=_INTOXICATED,
    ),
    _rule(
        "stroke_signs",
        "slurred slurring garbled jumbled",
        r"(?:speech|words|talking|speaking|voice) (?:is |are |s |sounds |seems |suddenly |"
        r"became )?(?:slurred|slurring|garbled|jumbled)\b",
        veto=_INTOXICATED,
    ),
    _rule(
        "stroke_signs",
        "slurring",
        r"(?:is|s|hes|shes|started|keeps|suddenly) slurring\b",
        veto=_INTOXICATED,
    ),
    _rule(
        "stroke_signs",
        "suddenly",
        r"suddenly (?:cant|cannot|can not|unable to) (?:speak|talk|understand|see|walk|"
        r"get (?:his|her|my|the) words out)\b",
        negatable=False,
    ),
    _rule(
        "stroke_signs",
        "speak talk words",
        r"(?:cant|cannot|can not) (?:speak|talk|get (?:my|his|her) words out) "
        r"(?:properly|clearly|normally|right(?! now| away| here| there))\b",
        negatable=False,
        veto=_INTOXICATED,
    ),
    _rule(
        "stroke_signs",
        "stroke tia",
        r"having (?:a |another |a mini |a small |a minor )?(?:stroke|mini stroke|tia)\b(?! of\b)",
        hyperbole=True,
    ),
    _rule(
        "stroke_signs",
        "caida chueca torcida paralizada ladeada colgando",
        r"(?:cara|boca|sonrisa) (?:se (?:le |me )?(?:ve |puso |esta poniendo |quedo )?|esta |"
        r"la tiene |la tengo )?(?:caida|chueca|torcida|paralizada|ladeada|colgando)\b",
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "cara boca",
        r"se (?:le|me) (?:cayo|esta cayendo|chueco|torcio|paralizo) (?:la|media|un lado de la) "
        r"(?:cara|boca)\b",
    ),
    _rule(
        "stroke_signs",
        "lado",
        r"(?:un|medio|el) lado (?:de (?:la|su|mi) (?:cara|cuerpo)|del cuerpo) (?:esta |se (?:le |"
        r"me )?(?:puso|quedo|siente|durmio) |lo siente |lo tiene )?(?:dormido|entumido|entumecido|"
        r"adormecido|paralizado|caido|debil|sin fuerza|sin fuerzas)\b",
        veto=_NUMB_FROM_POSTURE,
    ),
    _rule(
        "stroke_signs",
        "palabras",
        r"(?:habla arrastrando|arrastra|arrastrando) las palabras\b",
        veto=_INTOXICATED,
    ),
    _rule(
        "stroke_signs",
        "derrame ictus embolia cerebral cerebrovascular",
        r"(?:me esta dando|le esta dando|esta teniendo|estoy teniendo|creo que (?:me da|le da|es|"
        r"tiene|tengo)|tiene) (?:un )?(?:derrame|derrame cerebral|ictus|embolia|embolia cerebral|"
        r"infarto cerebral|accidente cerebrovascular)\b",
        hyperbole=True,
    ),
    _rule(
        "stroke_signs",
        "izquierdo izquierda derecho derecha",
        r"no (?:puedo|puede) (?:mover|sentir|levantar) (?:el|la|su|mi) (?:brazo|pierna|mano|lado|"
        r"pie) (?:izquierd[oa]|derech[oa])\b",
        negatable=False,
        veto=_NUMB_FROM_POSTURE,
    ),
)

_CHEST_RULES = (
    _rule(
        "chest_pain",
        "chest",
        r"(?:i have|i got|ive got|im having|i am having|having|i get|im getting|getting|"
        r"experiencing|im experiencing|feeling|i feel|with|got|has|hes having|shes having|"
        r"is having) (?:a |some |really |very |such |so |super )?(?:bad |severe |sharp |crushing |"
        r"horrible |terrible |intense |extreme |strong |sudden |stabbing |heavy |weird )?"
        r"(?:chest (?:pain|pains|pressure|tightness|discomfort)|(?:pain|pressure) in "
        r"(?:my|his|her|the) chest)\b",
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "chest",
        r"(?:crushing|squeezing|severe|sharp|stabbing|intense|extreme|horrible|terrible) "
        r"chest (?:pain|pains|pressure)\b",
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "chest",
        r"chest (?:pain|pains|pressure|tightness|discomfort)\b",
        bare=True,
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "chest",
        r"(?:pain|pains|pressure|tightness|squeezing|heaviness|crushing|sharp pain|"
        r"stabbing pain) (?:in|on) (?:my|his|her|their|the) chest\b",
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "chest",
        r"(?:my|his|her|their) chest (?:hurts|is hurting|hurting|is killing me|is tight|"
        r"feels tight|feels heavy|is heavy|is burning|is on fire|pain|is caving in|feels like "
        r"(?:its |it is )?(?:being crushed|being squeezed|someone is sitting on it|an elephant))\b",
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "chest",
        r"chest (?:hurts|is hurting|feels tight|is tight|feels heavy|is killing me)\b",
        bare=True,
        veto=_CHEST_WALL,
    ),
    _rule("chest_pain", "attack", r"having (?:a |another )?heart attack\b", hyperbole=True),
    _rule(
        "chest_pain",
        "attack",
        r"(?:think|pretty sure|scared|afraid|worried) (?:its|it is|this is|this might be|"
        r"it might be|it could be) (?:a )?heart attack\b",
        hyperbole=True,
    ),
    _rule(
        "chest_pain",
        "infarto corazon cardiaco",
        r"(?:me esta dando|le esta dando|estoy teniendo|esta teniendo|creo que (?:me da|le da|es|"
        r"tengo|tiene)|le dio|tiene) (?:un )?(?:ataque al corazon|ataque cardiaco|infarto)\b",
        hyperbole=True,
    ),
    _rule(
        "chest_pain",
        "pecho",
        r"(?:tengo|siento|tiene|siente) (?:un |una |mucho |mucha )?(?:fuerte |muy fuerte |"
        r"terrible )?(?:dolor|presion|opresion|pesadez|punzadas?) (?:fuerte |muy fuerte |"
        r"horrible )?(?:de|en el|del) pecho\b",
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "pecho",
        r"(?:dolor|dolores|presion|opresion|pesadez|punzadas?|apreton) (?:fuerte |muy fuerte )?"
        r"(?:de|en el|en mi|del) pecho\b",
        bare=True,
        veto=_CHEST_WALL,
    ),
    _rule(
        "chest_pain",
        "pecho",
        r"(?:me|le) (?:duele|esta doliendo|aprieta|oprime) (?:mucho |muchisimo |bastante |"
        r"horrible )?el pecho\b",
        veto=_CHEST_WALL,
    ),
)

# Strongest first: when a message holds several signals the reply addresses the worst, and
# self-harm always wins because its reply must carry the crisis line.
_RULES: tuple[_Rule, ...] = (
    *_SUICIDE_RULES,
    *_SELF_HARM_RULES,
    *_UNRESPONSIVE_RULES,
    *_BREATHING_RULES,
    *_ANAPHYLAXIS_RULES,
    *_OVERDOSE_RULES,
    *_BLEEDING_RULES,
    *_SEIZURE_RULES,
    *_STROKE_RULES,
    *_CHEST_RULES,
)


def _trigger_index(rules: tuple[_Rule, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, tuple[int, ...]] = {}
    for position, rule in enumerate(rules):
        for key in rule.triggers:
            index[key] = (*index.get(key, ()), position)
    return index


_TRIGGERS = _trigger_index(_RULES)

# --- context --------------------------------------------------------------------------------

_SENTENCE_SPAN = 120
_NEARBY_SPAN = 60
_WIDE_SPAN = 300
_NEGATION_WINDOW = 4
# Beyond this many rejected matches of one rule the text is repetitive or hostile.
_MAX_CANDIDATES_PER_RULE = 16

_HARD_STOP = re.compile(r"[.?]")
_TERMINATOR = _compile(
    r"\b(?:but|pero|however|though|although|aunque|sino|and|y|so|because|cause|cuz|bc|porque|"
    r"pq)\b"
)
_NEGATION = _compile(
    r"\b(?:no|not|never|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|wont|"
    r"wouldnt|shouldnt|aint|without|nor|neither|none|denies|deny|denied|negative|dnt|nunca|sin|"
    r"ni|tampoco|jamas|nada)\b"
)
# Phrases that look negative but do not negate what follows (NegEx "pseudo-negations").
_PSEUDO_NEGATION = _compile(
    r"\b(?:no doubt|not only|no joke|not joking|not kidding|no kidding|no lie|not gonna lie|"
    r"no cap|not sure|no idea|dont know|idk|no se|no es broma|not even joking|no matter|"
    r"not just|no wonder|dont care|dont tell|no one|nobody|no hope|no point|not ok|not okay|"
    r"not fine|not good|not well|not doing (?:well|good|ok|okay|great)|no estoy bien|"
    r"not feeling (?:well|good|great|ok|okay)|dont feel (?:well|good|ok|okay|right)|"
    r"no aguanto|no puedo mas|not anymore|no lo se)\b|\b(?:no|nope|nah) ?,"
)
_LIST_END = re.compile(r"\b(?:or|nor|o|ni)\s*$")
_NEGATED_AFTER = _compile(
    r"[\s.?,]{0,4}(?:no|none|nope|nah|not at all|not really|negative|ninguno|ninguna|nada)"
    r"\s*(?:[.?,]|$)"
)
_FIRST_PERSON_START = _compile(r"(?:i|im|ive|id|ill|my|me|mi|yo)\b")
_SECOND_PERSON_END = _compile(r"\b(?:you|u|yall|ur|youre|tu|usted|ustedes)\s*$")
_ANY_OTHER_END = _compile(
    r"\b(?:you|u|yall|ur|youre|tu|usted|ustedes|who|quien|people|someone|somebody|anyone|"
    r"anybody|everyone|everybody)\s*$"
)
_HYPOTHETICAL = _compile(
    r"\b(?:if|what if|in case|suppose|supposing|imagine|whenever|every time|everytime|"
    r"cada vez que|siempre que|si|en caso de|por si)\b"
)
_HYPOTHETICAL_OTHER = _compile(
    r"\b(?:if|when|whenever|si|cuando) (?:you|u|your|youre|ur|someone|somebody|anyone|anybody|"
    r"a (?:friend|loved one|person|family member|child|teen)|people|they|tu|alguien|usted|"
    r"una persona|un amigo|una amiga)\b"
)
_INFORMATIONAL = _compile(
    r"\b(?:signs? (?:of|and symptoms|that)|symptoms? (?:of|that)|warning signs|red flags|"
    r"how (?:do|can|would|will|could|should) (?:i|you|we|one|someone|people) (?:know|tell|"
    r"recognize|spot|identify)|how to (?:tell|know|recognize|spot|identify|prevent|treat)|"
    r"how long (?:can|does|do|is|should)|what (?:are|is) (?:the )?(?:signs|symptoms|difference|"
    r"causes|risk)|whats (?:the )?(?:signs|symptoms|difference)|what does (?:\w+ ){0,4}"
    r"(?:feel|look|sound) like|what (?:to|do you|should (?:i|you|we|one)) do (?:if|when|"
    r"in case|for)|what happens (?:if|when)|is (?:it|that|this) normal|(?:can|does|do|could|"
    r"would|will) (?:\w+ ){1,4}cause|causes? of|risk (?:of|factors?)|tips (?:for|on)|"
    r"learn (?:about|the)|know the signs|(?:sintomas|senales|signos) (?:de|del|que)|"
    r"(?:que|cuales son los|cuales son las) (?:sintomas|senales|signos)|"
    r"como (?:saber|se si|reconocer|identificar|prevenir)|que hacer (?:si|cuando|en caso)|"
    r"que (?:hago|debo hacer) (?:si|cuando)|que pasa si|(?:puede|pueden) causar|es normal)\b"
)
_RECENT = _compile(
    r"\b(?:now|right now|rn|currently|at the moment|atm|again|still|today|tonight|ahora|ahorita|"
    r"ahora mismo|todavia|otra vez|de nuevo|sigo|sigue|hoy|esta noche)\b"
)
_HISTORY = (
    r"last (?:year|month|week|summer|winter|spring|fall|autumn|time|christmas|weekend)|"
    r"(?:\d+|a|an|one|two|three|four|five|six|few|couple(?: of)?|several|many) (?:years?|months?|"
    r"weeks?|decades?) ago|years ago|months ago|back in|in (?:19|20)\d\d|since (?:19|20)\d\d|"
    r"when i was (?:a |little|young|younger|in |\d)|as a (?:kid|child|teen|teenager)|"
    r"in (?:high school|college|middle school|my teens|my twenties)|used to|history of|"
    r"el ano pasado|el mes pasado|la semana pasada|hace (?:\w+ )?(?:anos|meses|ano|mes)|"
    r"en (?:19|20)\d\d|cuando (?:era|estaba) (?:nino|nina|chico|chica|joven|pequeno|pequena|"
    r"adolescente|embarazada)|de (?:nino|nina|joven|chico|chica|pequeno|pequena)"
)
_CRISIS_PAST = _compile(rf"\b(?:{_HISTORY})\b")
# Chronic complaints are not emergencies, but a long history of suicidal thoughts still is.
_PHYSICAL_PAST = _compile(
    rf"\b(?:{_HISTORY}|for (?:\w+ )?(?:years|months)|desde (?:nino|nina|bebe|chico|chica|"
    r"pequeno|pequena|joven|hace (?:\w+ )?(?:anos|meses)))\b"
)
# A trigger that brings the symptom on describes a pattern to discuss, not an event now.
_HABITUAL = _compile(
    r"^\W*(?:\w+ ){0,3}(?:when|whenever|every time|everytime|cuando|cada vez que) (?:im |i am |"
    r"i get |i feel |i |estoy |me pongo )?(?:anxious|stressed|nervous|panicky|upset|scared|"
    r"exercise|exercising|run|running|work out|lie down|lay down|climb|climbing|eat|eating|"
    r"cough|sneeze|laugh|ansios[oa]|nervios[oa]|estresad[oa]|hago ejercicio|corro|me acuesto|"
    r"como)\b"
)
_PAST_VERB = _compile(
    r"(?<!\bive )(?<!\bi have )(?<!\bhas )(?<!\bhave )(?<!\bhes )(?<!\bshes )\bhad\b|"
    r"\b(?:was|were|estaba|estuve)\b(?! (?:\w+ )?(?:going|gonna|about|planning|thinking|trying|"
    r"ready)\b)|\b(?:used to|got over|recovered from|survived|tuve|tuvo|tenia|sufri|sufrio|"
    r"solia)\b"
)
_JOKE = _compile(
    r"\b(?:l[ou]l(?:ol)*z?|lmf?ao|rofl|lel|kek|xd|jk|just kidding|kidding|jokes?|joking|"
    r"bromeando|es broma|de broma|a?(?:ha){2,}h?|(?:he){2,}h?|a?(?:ja){2,}j?|(?:je){2,}j?|"
    r"(?:js){2,}j?|(?:ji){2,}|cringe|embarrass\w*|verguenza|de (?:la )?risa|de pena|laughing|"
    r"laughter|hilarious)\b|[\U0001f602\U0001f923\U0001f480\U0001f606\U0001f639\U0001f61d"
    r"\U0001f61c]"
)
_SERIOUS = _compile(
    r"\b(?:not joking|no joke|not kidding|no kidding|not a joke|im serious|i am serious|"
    r"no es broma|hablo en serio|en serio)\b"
)
# "this class makes me want to die" is hyperbole even when the phrase itself is explicit.
_HYPERBOLE_FRAME = _compile(r"\b(?:makes|made|making|make) me (?:\w+ )?(?:want to|wanna)\s*$")
# A concrete plan or means turns a joking-sounding phrase into a real one.
_PLAN = _compile(
    r"\b(?:tonight|esta noche|pills|pastillas|pildoras|gun|pistola|arma|rope|cuerda|noose|"
    r"bridge|puente|razor|navaja|blade|cuchilla|goodbye|despedida|note|plan|planned|planning|"
    r"overdose|sobredosis)\b"
)
_AWARENESS = _compile(
    r"\b(?:988|hotline|lifeline|crisis (?:line|text line|lines)|prevention|awareness|"
    r"prevencion|concientizacion|linea de (?:crisis|ayuda)|text home|textline|support group)\b"
)
_FIRST_PERSON = _compile(
    r"\b(?:i|im|ive|id|ill|me|my|myself|mine|yo|mi|mis|estoy|tengo|quiero|voy)\b"
)
_QUESTION_START = _compile(
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


def _context(text: str, match: re.Match[str]) -> _Context:
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


def _negated(rule: _Rule, ctx: _Context) -> bool:
    if not rule.negatable:
        return False
    clause = _PSEUDO_NEGATION.sub(" ", ctx.clause)
    # The last item of a list ("no fever, cough or chest pain") shares the list's negation.
    count = len(clause) if _LIST_END.search(clause) else _NEGATION_WINDOW
    window = _last_words(clause, count)
    return bool(_NEGATION.search(window) or _NEGATED_AFTER.match(ctx.tail))


def _about_someone_else(rule: _Rule, ctx: _Context) -> bool:
    if _FIRST_PERSON_START.match(ctx.match):
        return False
    subject = _ANY_OTHER_END if rule.crisis else _SECOND_PERSON_END
    return bool(subject.search(ctx.clause))


def _hypothetical(rule: _Rule, ctx: _Context) -> bool:
    # Crisis language stays live under "if" ("if this doesn't stop I'll kill myself") unless
    # it is advice addressed to others ("if you are feeling suicidal").
    cue = _HYPOTHETICAL_OTHER if rule.crisis else _HYPOTHETICAL
    return bool(cue.search(ctx.clause.rsplit(",", 1)[-1]))


def _informational(rule: _Rule, ctx: _Context) -> bool:
    scope = f"{ctx.before.rsplit(',', 1)[-1]} {ctx.match} {ctx.after.split(',', 1)[0]}"
    return bool(_INFORMATIONAL.search(scope))


def _in_the_past(rule: _Rule, ctx: _Context) -> bool:
    scope = f"{ctx.clause} {ctx.match} {_TERMINATOR.split(ctx.after, maxsplit=1)[0]}"
    if _RECENT.search(scope):
        return False
    history = _CRISIS_PAST if rule.crisis else _PHYSICAL_PAST
    lead = f"{_last_words(ctx.clause, 3)} {ctx.match.split(' ', 1)[0]}"
    return bool(history.search(scope) or _PAST_VERB.search(lead))


def _habitual(rule: _Rule, ctx: _Context) -> bool:
    return not rule.crisis and bool(_HABITUAL.search(ctx.after))


def _joking(rule: _Rule, ctx: _Context) -> bool:
    hyperbole = rule.hyperbole or (rule.crisis and _HYPERBOLE_FRAME.search(ctx.clause))
    if not hyperbole or _SERIOUS.search(ctx.nearby):
        return False
    if rule.crisis and _PLAN.search(ctx.nearby):
        return False
    return bool(_JOKE.search(ctx.nearby))


def _awareness_post(rule: _Rule, ctx: _Context) -> bool:
    if not rule.crisis or not _AWARENESS.search(ctx.nearby):
        return False
    return not _FIRST_PERSON.search(f"{_last_words(ctx.clause, 4)} {ctx.match}")


def _general_question(rule: _Rule, ctx: _Context) -> bool:
    # A bare symptom noun is a report only outside questions and educational posts
    # ("Know the signs of a stroke. Face drooping, slurred speech").
    if not rule.bare:
        return False
    if ctx.question or _QUESTION_START.match(ctx.before.lstrip(" ,")):
        return True
    return bool(_INFORMATIONAL.search(ctx.wide) or _AWARENESS.search(ctx.wide))


def _explained_away(rule: _Rule, ctx: _Context) -> bool:
    if rule.veto is not None and rule.veto.search(f"{ctx.before} {ctx.match} {ctx.after}"):
        return True
    return rule.needs is not None and not rule.needs.search(ctx.wide)


_OBJECTIONS = (
    _negated,
    _about_someone_else,
    _hypothetical,
    _informational,
    _in_the_past,
    _habitual,
    _joking,
    _awareness_post,
    _general_question,
    _explained_away,
)


def _matches(rule: _Rule, text: str) -> Iterator[re.Match[str]]:
    # Patterns carry no leading \b so that re can use its literal-prefix search; the word
    # boundary is checked here instead.
    position, seen = 0, 0
    while seen < _MAX_CANDIDATES_PER_RULE and (match := rule.regex.search(text, position)):
        start = match.start()
        if start == 0 or not text[start - 1].isalnum():
            seen += 1
            yield match
        position = start + 1


def _fires(rule: _Rule, text: str) -> bool:
    for match in _matches(rule, text):
        ctx = _context(text, match)
        if not any(objection(rule, ctx) for objection in _OBJECTIONS):
            return True
    return False


def _woken(text: str) -> list[int]:
    woken: set[int] = set()
    for word in text.translate(_WORDS_ONLY).split():
        woken.update(_TRIGGERS.get(word[:_TRIGGER_LENGTH], ()))
    return sorted(woken)


def scan(text: str) -> SafetyNetHit | None:
    """Return the strongest unambiguous emergency signal in text, or None."""
    normalised = _normalise(text)
    for position in _woken(normalised):
        rule = _RULES[position]
        if _fires(rule, normalised):
            return SafetyNetHit(rule.reason, rule.crisis)
    return None
