"""Serious injuries: falls from a height, people hit by vehicles, major burns, and a plain
request to call 911 (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import PERSON

# Falls that are dangerous whatever follows: stairs and ladders are left to the model, since
# most messages about them are sprains asked about the next day.
_HIGH_PLACE = (
    r"(?:window|roof|rooftop|balcony|cliff|bridge|scaffold|scaffolding|deck|(?:second|2nd|"
    r"third|3rd|fourth|4th|upper|top) (?:story|storey|floor)(?: window| balcony)?)"
)
_HIGH_PLACE_ES = (
    r"(?:ventana|azotea|techo|balcon|andamio|puente|barranco|(?:segundo|tercer|tercero|cuarto|"
    r"2o|3o|4o) piso)"
)
# An animal or an object, not a person, was hit or fell; or it only felt (or would be) that way.
_NOT_A_CASUALTY = compile(
    r"\b(?:dog|cat|puppy|kitten|deer|pet|bird|squirrel|phone|laptop|tv|vase|mailbox|fence|"
    r"stocks?|market|prices?|shares|ratings?|grades?|scores?|temperature|temp|ipad|tablet|perro|"
    r"perrito|gato|gatito|mascota|celular|telefono)\b|\b(?:feels? like|felt like|like (?:i|it|he|"
    r"she|we) (?:got|was|been|had been)|as if|como si|no one (?:was )?hurt|nobody (?:was )?hurt|"
    r"nadie (?:salio )?herido|rather (?:\w+ ){0,3}(?:hit|struck|run over|ran over))\b|"
    r"\b(?:my|our|the|his|her|their) (?:bike|bicycle|scooter|skateboard|"
    r"package|packages|bin|mirror|glasses|toy|toys|car|truck) (?:got|was|just got) (?:hit|run "
    r"over|ran over|struck)\b"
)
# A burn is major by its size or depth, not by the word "burn".
_MINOR_BURN = compile(
    r"\b(?:small|tiny|little|minor|first degree|1st degree|sunburn\w*|blister on (?:my|his|her) "
    r"(?:finger|thumb|fingertip)|pequena|chiquita|leve)\b"
)

INJURY_RULES = (
    make_rule(
        "serious_injury",
        "fell fallen",
        rf"(?:fell|fallen) (?:out of|out|off|from|off of|through) (?:a |an |the |"
        rf"our |his |her |their |my |that )?(?:\w+ )?{_HIGH_PLACE}\b|fell (?:\d+|two|three|four|"
        r"five|six|ten|twenty|a couple of?|several) (?:stories|storeys|floors|flights|feet|ft|"
        r"meters|metres)\b",
        veto=_NOT_A_CASUALTY,
    ),
    make_rule(
        "serious_injury",
        "cayo cayeron",
        r"se (?:cayo|cayeron|acaba de caer|acaban de caer) (?:de|del|desde|por) (?:la |el |una |"
        rf"un |mi |su )?(?:\w+ )?{_HIGH_PLACE_ES}\b",
        veto=_NOT_A_CASUALTY,
    ),
    make_rule(
        "serious_injury",
        "hit struck over runover",
        r"(?:got |was |been |just got |just been |was just )?(?:hit|struck|ran over|run over|"
        r"runover) by (?:a |an |the |some |this )?(?:car|truck|bus|van|suv|vehicle|motorcycle|"
        r"train|driver|pickup)\b",
        veto=_NOT_A_CASUALTY,
    ),
    make_rule(
        "serious_injury",
        "hit struck over",
        rf"(?:car|truck|bus|van|suv|driver|motorcycle) (?:just )?(?:hit|struck|ran over|ran "
        rf"into) (?:a |an |my |the |this |that |some |our )?(?:{PERSON}|pedestrian|cyclist|biker|"
        r"jogger|him|her|them|me|us)\b",
        veto=_NOT_A_CASUALTY,
    ),
    make_rule(
        "serious_injury",
        "atropellaron atropello atropellado atropellada atropellan",
        r"(?:atropellaron|atropello|atropellan) (?:a|al)\b|(?:lo|la|los|las|me|nos) "
        r"(?:atropellaron|atropello|acaban de atropellar)\b|(?:fue|esta|quedo) atropellad[oa]\b",
        veto=_NOT_A_CASUALTY,
    ),
    make_rule(
        "serious_injury",
        "cut chopped severed ripped torn hanging sticking poking finger fingers thumb toe toes "
        "bone bones",
        r"(?:finger|fingers|thumb|toe|toes|hand|fingertip|ear) (?:\w+ ){0,3}?(?:cut off|"
        r"chopped off|severed|ripped off|torn off|sliced off|hanging (?:off|by))\b|"
        r"(?:bone|bones) (?:is |are )?(?:sticking|poking|coming) (?:out|through)\b|"
        r"(?:finger|fingers|thumb|toe|toes) (?:is |are |s )?(?:basically |almost |nearly |"
        r"completely |partly |half )?(?:off|hanging)\b(?! (?:color|colour|white|balance|the)\b)|"
        r"(?:are|is|its|theyre|left) hanging (?:on |off )?by (?:a (?:flap of |piece of |bit of )?|"
        r"the |some |just )?(?:skin|tendon)\b|"
        r"(?:you |u |i |we )?(?:can|could) (?:literally |actually |totally )?see (?:the |his |"
        r"her |my |their )?bones?\b(?! (?:on|in) (?:an|the) x ?ray)",
        veto=compile(
            r"\b(?:nail|nails|fingernail|toenail|hair|glove|gloves|cuticle|tip of my nail|tooth|"
            r"teeth|scab|skin tags?)\b"
        ),
    ),
    make_rule(
        "serious_injury",
        "hueso dedo dedos",
        r"(?:hueso (?:salido|de fuera|por fuera)|se le (?:ve|sale|salio) el hueso|(?:se le |le |"
        r"me )?"
        r"(?:arranco|amputo|volo|volaron|arrancaron) (?:un |el |los |dos |tres )?dedos?|dedo "
        r"(?:colgando|amputado))\b",
    ),
)

_SEVERE_BITE = compile(
    r"\b(?:ripped|tore|torn|chunk|piece|deep|hanging|bleeding|blood|arranco|pedazo|sangr\w*|"
    r"colgando|profund[oa])\b"
)
_ACCIDENT = compile(
    r"\b(?:cayo|caida|choque|choco|accidente|golpe\w*|atropell\w*|desmay\w*|tirad[oa]|volco)\b"
)
EYE_AND_BITE_RULES = (
    make_rule(
        "serious_injury",
        "eye eyes ojo ojos",
        r"(?:nail|screw|metal|glass|wire|stick|shard|splinter|hook|knife|pencil|dart|branch) "
        r"(?:\w+ ){0,3}?(?:in|into|stuck in|through|lodged in) (?:his |her |their |my |the |a )?"
        r"(?:[a-z]+s )?eyes?\b|(?:splashed|sprayed|squirted|got|spilled) (?:\w+ ){0,2}?(?:bleach|"
        r"chemicals?|acid|lye|drain cleaner|oven cleaner|ammonia|lime|cement|pesticide) "
        r"(?:\w+ ){0,2}?(?:in|into|on) (?:his|her|their|my|the|both) eyes?\b|(?:le|me|les) "
        r"(?:cayo|salpico|entro|echo|broto) "
        r"(?:\w+ ){0,2}?(?:cloro|cal|acido|quimico|quimicos|sosa|cemento|veneno|destapacanos) "
        r"(?:en|a) (?:los|el|sus|mis|su|mi) (?:ojos|ojo)\b",
    ),
    make_rule(
        "serious_injury",
        "mauled bit attacked mordio mordieron ataco",
        r"(?:mauled|bit|attacked|mordio|mordieron|ataco)(?: \w+){0,5}? (?:face|cara|cuello|neck)\b",
        veto=compile(
            r"\b(?:nip|nipped|no blood|sin sangre|scratch|rasgu\w*|last (?:week|month))\b"
        ),
        needs=_SEVERE_BITE,
    ),
    make_rule(
        "unresponsive",
        "moving",
        rf"(?:{PERSON}|hes|shes) (?:is |s )?(?:still )?not moving\b(?! (?:his|her|their|my|the|a|"
        r"out|in|to|here|there|away|back|forward|on|fast|much|well|around|anymore|house|home|"
        r"schools|jobs)\b)",
        veto=compile(r"\b(?:traffic|line|queue|baby|womb|kicks?|weeks)\b"),
    ),
    make_rule(
        "unresponsive",
        "mueve",
        r"(?:y|pero|ya|y ya) no se mueve\b",
        negatable=False,
        needs=_ACCIDENT,
    ),
)

ELECTRIC_RULES = (
    make_rule(
        "serious_injury",
        "electrocuted electrocuting electrocuto electrocutado electrocutada electrica toque "
        "touched "
        "shocked zapped",
        r"(?:got |was |been |just got )?electrocuted\b|(?:shocked|zapped) by (?:a |the )?(?:power "
        r"line|live wire|high voltage|downed line|electric fence)\b|touched (?:a |the )?(?:power "
        r"line|live wire|downed (?:power )?line)\b|(?:se electrocuto|electrocutad[oa]|descarga "
        r"electrica|(?:un )?toque de (?:la )?(?:linea de alta|alta tension|luz))\b",
        hyperbole=True,
        veto=_NOT_A_CASUALTY,
    ),
)

BURN_RULES = (
    make_rule(
        "serious_injury",
        "whole entire half",
        r"(?:burned|burnt|burn|burns|scalded|scald) (?:on |to |all over )?(?:my |his |her |their |"
        r"the |our )?(?:whole|entire|half (?:of )?(?:my|his|her|their|the)) (?:arm|leg|face|chest|"
        r"back|hand|body|side|belly|stomach|neck|foot)\b",
        veto=_MINOR_BURN,
    ),
    make_rule(
        "serious_injury",
        "charred blackened leathery peeling",
        r"(?:skin|burn|arm|leg|hand|face|chest) (?:is |s |looks |went |turned |are )?(?:all )?"
        r"(?:white and charred|charred|blackened|leathery|black and white|peeling off|coming off|"
        r"falling off|sliding off)\b",
        veto=_MINOR_BURN,
    ),
    make_rule(
        "serious_injury",
        "boiling scalding",
        r"(?:boiling|scalding) (?:hot )?(?:water|oil|grease|soup|pot|tea) (?:\w+ ){0,2}?(?:on|"
        r"onto|over|all over) (?:him|her|them|himself|herself|themselves|my ?self|me|the baby|"
        r"(?:my|his|her|their) (?:face|chest|body|legs|arms|belly|head|lap))\b",
        veto=_MINOR_BURN,
    ),
    make_rule(
        "serious_injury",
        "third 3rd degree",
        r"(?:third|3rd) degree burns?\b",
    ),
    make_rule(
        "serious_injury",
        "hirviendo quemo quemaduras pelando cayendo",
        r"(?:aceite|agua|manteca) hirviendo (?:en|sobre|encima|por) (?:toda |todo |la |el |su |"
        r"sus |mi |mis )?(?:cara|cuerpo|pecho|brazos?|piernas?|espalda|panza|cabeza)\b|se le "
        r"(?:esta )?(?:pelando|cayendo|despegando) la piel\b|quemaduras? (?:de tercer grado|"
        r"grave|graves|muy graves)\b|se quemo (?:toda|todo) (?:la |el )?(?:cara|cuerpo|pecho|"
        r"brazo|pierna|espalda)\b",
        veto=_MINOR_BURN,
    ),
)

# "Call 911 for me" is an emergency even when nothing else is said; advice to call 911 "if"
# something happens, or a question about whether to, is not.
_CALL_ADVICE = compile(
    r"\b(?:if|when|whether|should i|do i need|in case|for (?:any|all|emergencies|an emergency|"
    r"emergency)|remember|si|en caso|para emergencias|recuerden|recuerde)\b"
)
HELP_RULES = (
    make_rule(
        "asks_for_911",
        "call",
        r"call (?:911|9 1 1|an ambulance|the ambulance|the paramedics) for (?:me|us|him|her|them|"
        rf"my {PERSON})\b",
        veto=_CALL_ADVICE,
    ),
    make_rule(
        "asks_for_911",
        "call",
        r"(?:someone|somebody|anyone|pls|please|plz) (?:please |pls |just )?call (?:911|9 1 1|an "
        r"ambulance)\b",
        veto=_CALL_ADVICE,
    ),
    make_rule(
        "asks_for_911",
        "llamen llamenle llamar",
        r"(?:llamen|llamenle) (?:al 911|a la ambulancia|a una ambulancia|a los paramedicos)\b|"
        r"llamar (?:al 911|a una ambulancia) por mi\b",
        veto=_CALL_ADVICE,
    ),
)
