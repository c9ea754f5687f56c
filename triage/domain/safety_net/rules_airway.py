"""Unresponsive, not breathing, choking, and anaphylaxis (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import (
    ALLERGEN,
    BREATHLESS,
    NOT_ALLERGIC_SWELLING,
    NOT_COLLAPSE,
    NOT_CYANOSIS,
    PERSON,
    SLEEPY,
)

UNRESPONSIVE_RULES = (
    make_rule(
        "unresponsive",
        "cpr compressions rcp reanimacion compresiones",
        r"(?:doing|giving|started|starting|performing|do|give|doin) (?:cpr|chest compressions|"
        r"compressions)(?: on (?:him|her|them|my \w+|a \w+|the \w+))?(?: (?:now|right now|rn))?\b"
        r"(?! (?:class|classes|training|course|certification|recertification)\b)|(?:haciendo|"
        r"haciendole|dando|dandole|le doy|le damos) (?:rcp|reanimacion|compresiones)\b",
        negatable=False,
        veto=compile(
            r"\b(?:class|classes|course|training|certif\w*|learn\w*|taught|teach\w*|"
            r"how to|curso|clase|aprend\w*)\b"
        ),
    ),
    make_rule(
        "unresponsive",
        "breathing",
        r"(?<!\bim )(?<!\bi am )(?<!\bi )(?:is not|isnt|s not|not|stopped|has stopped|quit|aint|"
        r"wasnt|isnt even) breathing\b(?! (?:properly|right|well|normally|through|thru|correctly|"
        r"deeply|enough|out|in|heavily|hard|fast)\b)",
        negatable=False,
    ),
    make_rule(
        "unresponsive",
        "breathing",
        rf"(?:dont|do not) think (?:he|she|they|hes|shes|theyre|it|the baby|my {PERSON})"
        r"(?: is| s| are)? breathing\b",
        negatable=False,
    ),
    make_rule(
        "unresponsive",
        "unresponsive responsive responding unconscious waking wake cold lifeless",
        rf"(?:{PERSON}|found (?:him|her|them)|found my {PERSON}) (?:is |s |are |was |went |"
        r"just went |seems |now )?(?:unresponsive|not responsive|not responding|unconscious|"
        r"not waking up|wont wake up|out cold|lifeless)\b(?! (?:to|bias|mind|for|until)\b)",
        veto=SLEEPY,
    ),
    make_rule(
        "unresponsive",
        "wake rouse",
        rf"(?:cant|cannot|can not|unable to|couldnt) (?:wake|rouse) (?:him|her|them|my {PERSON}|"
        r"the baby)(?: up)?\b|cant get (?:him|her|them) to wake up\b",
        negatable=False,
        veto=SLEEPY,
    ),
    make_rule(
        "unresponsive",
        "wake waking rouse awake responding",
        rf"{PERSON} (?:is |s |keeps )?(?:really |very |super |so )?(?:hard|impossible|difficult) to"
        r" (?:wake|rouse|keep awake)\b|(?:wont|will not|doesnt|does not|isnt|is not) (?:wake|"
        r"waking)(?: up)? (?:when|even when|even if|no matter)\b|not responding to (?:me|us|"
        r"anything|touch|(?:his|her|their) name|my voice|our voices|shaking|pain)\b",
        negatable=False,
        veto=SLEEPY,
    ),
    make_rule(
        "unresponsive",
        "breathing",
        r"(?:barely|hardly|only just) breathing\b",
        hyperbole=True,
    ),
    make_rule(
        "unresponsive",
        "passed fainted collapsed blacked limp unconscious",
        r"(?:passed out|fainted|collapsed|blacked out|went limp|fell unconscious) and (?:wont|"
        r"will not|cant|cannot|isnt|is not|not|doesnt|does not|hasnt|has not|didnt|did not|"
        r"we cant|i cant|still wont|still isnt|still not|now wont|now isnt) (?:wake|waking|"
        r"respond|responding|come to|coming to|come around|breathe|breathing|open (?:his|her|"
        r"their) eyes|move|moving)\b",
        negatable=False,
    ),
    make_rule(
        "unresponsive",
        "collapsed fainted passed blacked limp keeled",
        rf"{PERSON} (?:just |suddenly |has |just suddenly )?(?:collapsed|fainted|passed out|"
        r"blacked out|went limp|keeled over)\b",
        hyperbole=True,
        veto=NOT_COLLAPSE,
    ),
    make_rule(
        "unresponsive",
        "blue purple gray grey blueish bluish",
        rf"(?:lips|lip|face|skin|fingers|fingertips|nails|fingernails|toes|mouth|{PERSON}) "
        r"(?:is |are |s |keeps |started |starting |just |have |has )?(?:turning|turned|going|gone|"
        r"looking|looks|look|got|getting) (?:blue|purple|gray|grey|blueish|bluish)\b",
        veto=NOT_CYANOSIS,
    ),
    make_rule(
        "unresponsive",
        "blue purple gray grey blueish bluish",
        r"(?:lips|lip|face|skin|fingers|fingertips|nails|fingernails|toes|mouth) (?:is|are|s) "
        r"(?:so |all |really )?(?:blue|purple|gray|grey|blueish|bluish)\b",
        veto=NOT_CYANOSIS,
    ),
    make_rule(
        "unresponsive",
        "respira respirando respiraba reacciona reaccionando responde respondiendo despierta "
        "despertar abre pulso",
        r"no (?:respira|esta respirando|respiraba|reacciona|esta reaccionando|responde|"
        r"esta respondiendo|despierta|se despierta|quiere despertar|abre los ojos|tiene pulso)\b"
        r"(?! (?:bien|por|mis|mi|a|al|los|las|el|la|mensajes|llamadas|whatsapp|con)\b)",
        negatable=False,
        veto=SLEEPY,
    ),
    make_rule(
        "unresponsive",
        "respirar inconsciente conocimiento conciencia sentido desmayo desmayando desmayar "
        "desmaya desmayado desmayada morado morada azul",
        r"(?:dejo de respirar|esta inconsciente|quedo inconsciente|perdio el conocimiento|"
        r"perdio la conciencia|perdio el sentido|se desmayo|se esta desmayando|"
        r"se acaba de desmayar|se desmaya|cayo desmayad[oa]|se puso (?:morad[oa]|azul)|"
        r"se esta poniendo (?:morad[oa]|azul)|labios (?:morados|azules))\b",
        veto=NOT_COLLAPSE,
    ),
)

BREATHING_RULES = (
    make_rule(
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
    make_rule(
        "cant_breathe",
        "breathing",
        r"(?:having|have|has|im having|with|having a lot of|having real|having serious) "
        r"(?:trouble|difficulty|a hard time|problems|issues|a tough time) breathing\b"
        r"(?! (?:through|thru|out of|from|with|in) (?:my |the |his |her |their |one )?"
        r"(?:nose|nostril))",
    ),
    make_rule("cant_breathe", "gasping", r"gasping (?:for )?(?:air|breath)\b", hyperbole=True),
    make_rule(
        "cant_breathe",
        "words sentences sentence ribs costillas sucks sucking pulls pulling caves caving",
        r"(?:can|cn) only (?:say|get out|speak|talk in) (?:\d|one|two|three|a few|a couple of?)"
        r" words\b|(?:cant|cannot|can not) (?:talk|speak|finish|get out) (?:in )?(?:full|whole|"
        r"a full|a whole|complete) sentences?\b|(?:ribs|skin between (?:his|her|their) ribs|chest)"
        r" (?:is |are |keeps )?(?:sucks|sucking|pulls|pulling|caves|caving) in\b|se le hunden las "
        r"costillas\b",
        negatable=False,
    ),
    # Grunting on every breath is how a baby or small child shows it is working to breathe.
    make_rule(
        "cant_breathe",
        "grunting grunts",
        r"grunt(?:s|ing) (?:with|on|at the end of) (?:every|each) (?:single )?breath\b",
        hyperbole=True,
        veto=compile(r"\b(?:gym|lift\w*|deadlift\w*|squat\w*|workout|weights|tennis|reps)\b"),
    ),
    make_rule(
        "cant_breathe",
        "inhaler albuterol nebulizer inhalador",
        r"(?:inhaler|albuterol|nebulizer|neb|inhalador) (?:is |s )?(?:not "
        r"working|not helping|didnt (?:help|work|do anything)|did nothing|does nothing|doesnt "
        r"(?:help|work)|isnt (?:helping|working)|no (?:le|me) (?:hace|ayuda|sirve))\b",
        negatable=False,
        needs=BREATHLESS,
    ),
    make_rule(
        "cant_breathe",
        "choking",
        rf"(?:{PERSON}|is|s|are|its) choking\b(?! (?:on (?:my|his|her|their|the) (?:words|tears|"
        r"laughter|drink|spit|saliva)|up|back|hazard)\b)",
    ),
    make_rule(
        "cant_breathe",
        "choking",
        r"(?:im|i am) choking\b(?! (?:on (?:my )?(?:words|tears|laughter|drink|spit|saliva)|up|"
        r"back)\b)",
        hyperbole=True,
    ),
    make_rule(
        "cant_breathe",
        "choking",
        r"choking on (?:a |an |some |his |her |their |the |my )?(?:food|piece|something|bone|"
        r"grape|candy|toy|coin|nut|peanut|popcorn|hot dog|hotdog|meat|steak|chicken|bread|lego|"
        r"marble|button|battery|cap|gum|apple)\b",
    ),
    make_rule(
        "cant_breathe",
        "respirar",
        r"no (?:puedo|puede|pueden|podia|podemos|logro|logra) respirar\b"
        r"(?! (?:por|bien por|con) (?:la|mi|su) nariz)",
        hyperbole=True,
        negatable=False,
    ),
    make_rule(
        "cant_breathe",
        "respirar",
        r"(?:me cuesta|le cuesta|me cuesta mucho|le cuesta mucho|dificultad para|problemas para) "
        r"respirar\b",
    ),
    make_rule(
        "cant_breathe",
        "aire",
        r"(?:me falta|le falta|no me entra|no le entra) (?:el )?aire\b",
        hyperbole=True,
        negatable=False,
    ),
    make_rule(
        "cant_breathe",
        "ahogando ahogo",
        r"(?:me estoy ahogando|me ahogo)\b(?! (?:de|con|en)\b)",
        hyperbole=True,
    ),
    make_rule(
        "cant_breathe",
        "ahogando ahoga atraganto atragantando atoro",
        r"se (?:esta ahogando|ahoga|atraganto|esta atragantando|le atoro|atoro)\b"
        r"(?! (?:en un vaso|de risa)\b)",
    ),
    make_rule(
        "cant_breathe",
        "asthma asma",
        r"(?:is having|s having|im having|having|in the middle of|tiene|esta teniendo|le esta "
        r"dando|"
        r"le dio) (?:a |an |un )?(?:severe |bad |really bad |terrible |major |serious |huge "
        r")?(?:asthma "
        r"attack|ataque de asma (?:muy )?(?:fuerte|grave|severo|feo))\b",
        veto=compile(r"\b(?:if|when|what should|como se|que hago si|si (?:le|me) da)\b"),
    ),
    make_rule(
        "low_oxygen",
        "pulse oximeter oxygen o2 spo2 sats saturation oxigeno oximetro saturacion",
        # Iron's saturation ("transferrin saturation of 78%") is a blood test, not oxygen.
        r"(?<!transferrin )(?<!iron )"
        r"(?:pulse ?ox|pulse oximeter|oximeter|oxygen|o2|spo2|sats|saturation|oxigeno|oximetro|"
        r"saturacion)(?: (?:level|levels|sat|sats|saturation|reading|monitor|meter|de oxigeno))?"
        r"(?: (?:de|of) (?:mi|su|my|his|her) \w+)?"
        r"(?: ?,)?(?: (?:is|are|at|of|reads|reading|says|shows|keeps dropping|dropped to|"
        r"dropping to|down to|went down to|just|only|now|marca|esta en|en|de|bajo a|bajo|"
        r"sigue bajando))*(?: ?,)? (?:[4-7]\d|8[0-8])\b(?! (?:years?|yrs?|yo|lbs?|pounds|kg|"
        r"minutes?|mins?|liters?|litros?|psi|anos|kilos|percent of)\b)",
    ),
)

ANAPHYLAXIS_RULES = (
    make_rule(
        "anaphylaxis",
        "throat airway airways",
        r"(?:throat|airway|airways) (?:is |s |feels |feels like its |feels like it is |keeps |"
        r"started |starting |just )?(?:closing|closing up|swelling shut|closed up|shutting|"
        r"tightening up)\b",
    ),
    make_rule(
        "anaphylaxis",
        "throat tongue lips lip face mouth airway",
        r"(?:throat|tongue|lips|lip|face|mouth|airway) (?:is |are |s |keeps |started |starting |"
        r"getting |got |feels |feel |has |have |just |is getting |are getting )?"
        r"(?:swelling|swollen|swelled|puffing up|puffy|blowing up|ballooning|tight|tightening)\b",
        veto=NOT_ALLERGIC_SWELLING,
        needs=ALLERGEN,
    ),
    make_rule(
        "anaphylaxis",
        "anaphylaxis anaphylactic",
        r"(?:going into|went into|having|in|having an|into|is in|is having) (?:anaphylaxis|"
        r"anaphylactic (?:shock|reaction)|an anaphylactic (?:shock|reaction))\b",
    ),
    make_rule(
        "anaphylaxis",
        "epipen epi epinephrine auvi",
        r"(?:used|using|gave|give|giving|had to use|injected|administered) (?:him |her |them |"
        r"my \w+ )?(?:my |his |her |their |the |an |a )?(?:epi ?pen|epinephrine|auvi q)\b",
    ),
    make_rule(
        "anaphylaxis",
        "garganta",
        r"se (?:me|le|nos) (?:esta )?(?:cierra|cerrando|cerro) la garganta\b|"
        r"garganta (?:cerrada|cerrandose)\b",
    ),
    make_rule(
        "anaphylaxis",
        "anafilactico anafilactica",
        r"(?:le esta dando|esta teniendo|tiene|le dio|me esta dando|me dio) (?:un |una )?(?:choque|"
        r"shock|reaccion) anafilactic[oa]\b",
    ),
    make_rule(
        "anaphylaxis",
        "garganta lengua labios labio cara boca",
        r"(?:garganta|lengua|labios|labio|cara|boca) (?:(?:se (?:me|le) )?(?:esta|estan) )?"
        r"(?:hinchad[oa]s?|inflamad[oa]s?|hinchando|inflamando)\b|se (?:me|le) (?:hincho|"
        r"hincharon|esta hinchando|estan hinchando|inflamo|inflamaron) (?:la |los |el )?"
        r"(?:garganta|lengua|labios|cara|boca)\b",
        veto=NOT_ALLERGIC_SWELLING,
        needs=ALLERGEN,
    ),
)
