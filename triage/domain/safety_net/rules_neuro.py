"""Seizures, stroke signs and a sudden worst headache (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import (
    INTOXICATED,
    NOT_SEIZURE,
    NOT_STROKE_FACE,
    NUMB_FROM_POSTURE,
)

SEIZURE_RULES = (
    make_rule(
        "seizure",
        "jerking shaking convulsing twitching",
        r"(?:jerking|shaking|convulsing|twitching|thrashing) (?:all over )?on the (?:floor|"
        r"ground)\b(?: (?:and|,) (?:\w+ ){0,3}?(?:wont|not|isnt|cant) (?:respond|responding|answer|"
        r"answering|wake))|(?:jerking|shaking|convulsing|twitching) (?:\w+ ){0,4}?foaming at the "
        r"mouth\b",
        hyperbole=True,
        veto=compile(r"\b(?:dog|cat|puppy|pet|fireworks|thunder|cold|laugh\w*|dancing|dance)\b"),
    ),
    make_rule(
        "seizure",
        "seizure seizures convulsions convulsion",
        r"having (?:a |another |multiple |back to back |repeated |a bad |a big |a grand mal )?"
        r"(?:seizure|seizures|convulsions|convulsion|grand mal seizure)\b",
        hyperbole=True,
    ),
    make_rule(
        "seizure",
        "seizing convulsing",
        r"(?:seizing|convulsing)\b(?! (?:the|an?|this|that|up|on|control|power|opportunity|"
        r"moment|day|chance|assets|property|of|with laughter)\b)",
        hyperbole=True,
        veto=NOT_SEIZURE,
    ),
    make_rule(
        "seizure",
        "seizure seizures",
        r"seizures? (?:that |and it |and |which )?(?:wont|will not|isnt|is not|doesnt|does not|"
        r"hasnt|has not|not|cant) (?:stop|stopping|stopped|ending|end)\b",
        negatable=False,
    ),
    make_rule(
        "seizure",
        "seizure seizures",
        r"seizures? (?:for|lasting|that lasted|has lasted|lasted|going on for|over|longer than|"
        r"more than) (?:over |more than |about |like |almost |nearly )?(?:[3-9]|\d{2,}|three|four|"
        r"five|ten|several|a few) (?:min|mins|minutes)\b",
    ),
    make_rule(
        "seizure",
        "seizures convulsions",
        r"(?:back to back|one after another|cluster of|nonstop|non stop|continuous) "
        r"(?:seizures|convulsions)\b",
        veto=NOT_SEIZURE,
    ),
    make_rule(
        "seizure",
        "seizures convulsions",
        r"(?:seizures|convulsions|fits) in a row\b|(?:another|a second|a third) (?:seizure|"
        r"convulsion) (?:without|before) (?:waking|coming to|coming round)\b",
        veto=NOT_SEIZURE,
    ),
    make_rule(
        "seizure",
        "convulsionando convulsionar",
        r"(?:esta|estoy|sigue|empezo a|esta empezando a|no para de|no deja de) "
        r"convulsion(?:ando|ar)\b",
        negatable=False,
    ),
    make_rule(
        "seizure",
        "convulsion convulsiones convulsiva convulsivas epileptico epilepsia",
        r"(?:le esta dando|esta teniendo|le dio|le vino|le estan dando) (?:una |otra |unas |"
        r"varias )?(?:convulsion|convulsiones|crisis convulsiva|crisis convulsivas|"
        r"ataque epileptico|ataque de epilepsia)\b",
    ),
    make_rule(
        "seizure",
        "convulsion",
        r"convulsion (?:que no (?:para|se detiene|se quita)|de mas de \d+ minutos)\b",
        negatable=False,
    ),
)

STROKE_RULES = (
    make_rule(
        "stroke_signs",
        "drooping droopy droops drooped sagging sags sagged lopsided paralyzed frozen",
        r"(?:face|mouth|smile|side of (?:my|his|her|their) face|half (?:of )?(?:my|his|her|their) "
        r"face) (?:is|s|has|started|starting|keeps|seems|looks|went|got|suddenly|just) "
        r"(?:drooping|droopy|droops|drooped|sagging|sags|sagged|lopsided|paralyzed|frozen)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "droop drooping droopy",
        r"(?:facial|face|mouth) droop(?:ing|y)?\b|(?:drooping|droopy) (?:face|mouth|smile)\b",
        bare=True,
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "side",
        r"(?:one|left|right) side of (?:my|his|her|their|the) (?:face|body|mouth) (?:is |s |feels |"
        r"went |has gone |going |suddenly |just |got )?(?:numb|weak|drooping|droopy|paralyzed|dead|"
        r"limp|tingly|heavy|not working|wont move|cant move)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "side half",
        r"(?:numb|numbness|weak|weakness|paralyzed|paralysis|tingling) (?:on|in|down) (?:one|"
        r"the left|the right|his left|his right|her left|her right|my left|my right|half) "
        r"(?:side|half)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "left right",
        r"(?:cant|cannot|can not|unable to) (?:move|feel|lift|raise|use) (?:my|his|her|their) "
        r"(?:left|right) (?:arm|leg|hand|side|foot)\b",
        negatable=False,
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "left right",
        r"(?:my|his|her|their) (?:left|right) (?:arm|leg|hand|side) (?:is |s |went |has gone |"
        r"feels |suddenly |just )?(?:numb|weak|limp|dead|paralyzed|wont move|not working)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "slurred slurring slurs garbled",
        r"(?:slurred|slurring|slurs|garbled) (?:speech|words|(?:his|her|my|their) (?:speech|"
        r"words))\b",
        bare=True,
        veto=INTOXICATED,
    ),
    make_rule(
        "stroke_signs",
        "slurred slurring garbled jumbled",
        r"(?:speech|words|talking|speaking|voice) (?:is |are |s |sounds |seems |suddenly |"
        r"became )?(?:slurred|slurring|garbled|jumbled)\b",
        veto=INTOXICATED,
    ),
    make_rule(
        "stroke_signs",
        "slurring",
        r"(?:is|s|hes|shes|started|keeps|suddenly) slurring\b",
        veto=INTOXICATED,
    ),
    make_rule(
        "stroke_signs",
        "suddenly",
        r"suddenly (?:cant|cannot|can not|unable to) (?:speak|talk|understand|see|walk|"
        r"get (?:his|her|my|the) words out)\b",
        negatable=False,
    ),
    make_rule(
        "stroke_signs",
        "speak talk words",
        r"(?:cant|cannot|can not) (?:speak|talk|get (?:my|his|her) words out) "
        r"(?:properly|clearly|normally|right(?! now| away| here| there))\b",
        negatable=False,
        veto=INTOXICATED,
    ),
    make_rule(
        "stroke_signs",
        "stroke tia",
        r"having (?:a |another |a mini |a small |a minor )?(?:stroke|mini stroke|tia)\b(?! of\b)",
        hyperbole=True,
    ),
    make_rule(
        "stroke_signs",
        "caida chueca torcida paralizada ladeada colgando",
        r"(?:cara|boca|sonrisa) (?:se (?:le |me )?(?:ve |puso |esta poniendo |quedo )?|esta |"
        r"la tiene |la tengo )?(?:caida|chueca|torcida|paralizada|ladeada|colgando)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "cara boca",
        r"se (?:le|me) (?:cayo|esta cayendo|chueco|torcio|paralizo) (?:la|media|un lado de la) "
        r"(?:cara|boca)\b",
    ),
    make_rule(
        "stroke_signs",
        "lado",
        r"(?:un|medio|el) lado (?:de (?:la|su|mi) (?:cara|cuerpo)|del cuerpo) (?:esta |se (?:le |"
        r"me )?(?:puso|quedo|siente|durmio) |lo siente |lo tiene )?(?:dormido|entumido|entumecido|"
        r"adormecido|paralizado|caido|debil|sin fuerza|sin fuerzas)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "crooked uneven",
        r"(?:face|mouth|smile) (?:is |s |looks |went |got |seems |suddenly |just )?(?:all )?"
        r"(?:crooked|uneven)\b",
        veto=NOT_STROKE_FACE,
    ),
    make_rule(
        "stroke_signs",
        "smile side",
        r"(?:cant|cannot|can not|unable to) (?:smile|move (?:his|her|my|their) mouth) on (?:one|"
        r"the left|the right) side\b|(?:cant|cannot|can not) feel (?:the )?(?:left|right|one) side"
        r" of (?:my|his|her|their) (?:face|body)\b",
        negatable=False,
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "side",
        r"(?:arm and leg|arm|leg|hand|face) on (?:the|his|her|my|their) (?:left|right) side "
        r"(?:went|is|s|has gone|feels|just went|suddenly went) (?:numb|weak|dead|limp|heavy)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "stroke_signs",
        "mitad",
        r"se (?:me|le) (?:durmio|adormecio|entumio|paralizo) (?:la mitad|media|un lado) (?:de )?"
        r"(?:la |su |mi )?(?:cara|cuerpo)\b",
        veto=NUMB_FROM_POSTURE,
    ),
    make_rule(
        "sudden_headache",
        "worst headache thunderclap exploded exploding trancazo",
        r"worst (?:headache|head pain) of (?:my|his|her|their) life\b|thunderclap headache\b"
        r"|head (?:just )?(?:exploded|exploding) with pain\b|dolor de cabeza como (?:un )?"
        r"(?:trancazo|balazo|golpe)\b",
        hyperbole=True,
    ),
    make_rule(
        "stroke_signs",
        "palabras",
        r"(?:habla arrastrando|arrastra|arrastrando) las palabras\b",
        veto=INTOXICATED,
    ),
    make_rule(
        "stroke_signs",
        "derrame ictus embolia cerebral cerebrovascular",
        r"(?:me esta dando|le esta dando|esta teniendo|estoy teniendo|creo que (?:me da|le da|es|"
        r"tiene|tengo)|tiene) (?:un )?(?:derrame|derrame cerebral|ictus|embolia|embolia cerebral|"
        r"infarto cerebral|accidente cerebrovascular)\b",
        hyperbole=True,
    ),
    make_rule(
        "stroke_signs",
        "izquierdo izquierda derecho derecha",
        r"no (?:puedo|puede) (?:mover|sentir|levantar) (?:el|la|su|mi) (?:brazo|pierna|mano|lado|"
        r"pie) (?:izquierd[oa]|derech[oa])\b",
        negatable=False,
        veto=NUMB_FROM_POSTURE,
    ),
)
