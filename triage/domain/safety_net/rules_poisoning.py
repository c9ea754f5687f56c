"""Overdose and poisoning just taken (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import (
    DRINKS,
    PASTILLA_WORDS,
    PASTILLAS,
    PILL_WORDS,
    PILLS,
    ROUTINE_MEDS,
    TRIVIAL_OVERDOSE,
)

_POISON_WORDS = (
    "bleach clorox lye drano draino drain antifreeze anti windshield thinner gasoline kerosene "
    "lighter lamp poison pesticide insecticide weed roundup detergent laundry tide dishwasher "
    "cleaning toilet oven ammonia nail acetone rubbing sanitizer button battery batteries "
    "magnets vape nicotine liquid mothballs fertilizer bait"
)
OVERDOSE_RULES = (
    make_rule(
        "overdose",
        "whole entire full",
        r"(?:took|taken|swallowed|ate|eaten|drank|downed|popped|chugged|ingested) "
        r"(?:a |an |the |my |his |her |their )?(?:whole|entire|full) (?:bottle|pack|packet|box|"
        r"container|sheet|blister pack|strip|jar|prescription|supply|months supply|refill)\b"
        r"(?! (?:of antibiotics|like|as|and still|but still|and (?:the|my) (?:infection|rash|"
        r"symptoms|cough))\b)",
        veto=DRINKS,
    ),
    make_rule(
        "overdose",
        PILL_WORDS,
        r"(?:took|taken|swallowed|ate|eaten|downed|popped|ingested) (?:like |about |around |over |"
        r"maybe |almost |at least )?(?:[5-9]|\d{2,}|ten|twenty|thirty|forty|fifty|a hundred|"
        r"fifteen|a bunch of|a lot of|a handful of|handful of|too many|way too many|"
        r"a fistful of|lots of) (?:of )?(?:my |his |her |their |the |those |these )?(?:\w+ )?"
        rf"{PILLS}\b",
    ),
    make_rule(
        "overdose",
        PILL_WORDS,
        r"(?:took|taken|swallowed|ate|downed|popped|ingested) (?:all|every one|every single one) "
        rf"(?:of )?(?:my|his|her|their|the|those|these)(?: \w+)? {PILLS}\b",
        veto=ROUTINE_MEDS,
    ),
    make_rule(
        "overdose",
        "overdosed overdosing oded oding",
        r"(?:overdosed|overdosing|oded|oding)\b",
        hyperbole=True,
        veto=TRIVIAL_OVERDOSE,
    ),
    make_rule(
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
    make_rule(
        "overdose",
        "battery batteries magnet magnets pila pilita bateria",
        r"(?:swallowed|ate|bit into) (?:a |an |the |one of (?:the|those|my|his|her) |some |two |"
        r"2 )?(?:[\w-]+ ){0,2}?(?:button battery|coin battery|lithium battery|battery|batteries|"
        r"magnet|magnets)\b|(?:put|stuck) (?:a |an |the |one of (?:the|those|my|his|her) )?"
        r"(?:[\w-]+ ){0,2}?(?:button battery|coin battery|battery|magnets?) in (?:his|her|their|"
        r"my) mouth\b|se (?:metio|trago|comio) (?:a la boca )?(?:una |un )?(?:pila|pilita|bateria"
        r"|iman)",
        veto=DRINKS,
    ),
    make_rule(
        "overdose",
        _POISON_WORDS,
        r"(?:drank|drink|drinking|took a (?:drink|sip|swig|gulp)|sipped|chugged) (?:some |half |"
        r"most |all |a lot )?(?:of |from |out of )(?:a |an |the |my |his |her |their )?"
        r"(?:[\w-]+ ){0,4}?(?:bleach|antifreeze|weed killer|pesticide|gasoline|lamp oil|kerosene|"
        r"lighter fluid|cleaner|poison|vape juice|nicotine|e liquid|drain cleaner|windshield fluid"
        r"|cough syrup|rubbing alcohol)\b",
    ),
    make_rule(
        "overdose",
        f"frasco bote caja {PASTILLA_WORDS}",
        r"(?:se tomo|me tome|tomo|tome|se trago|me trague|trago|ingirio|se comio) "
        r"(?:todo el frasco|todo un frasco|el frasco entero|un frasco entero|el bote entero|"
        r"todo el bote|"
        rf"toda la caja|la caja entera|(?:[5-9]|\d{{2,}}|muchas|un monton de|un chingo de|varias|"
        rf"demasiadas|diez|veinte|treinta) {PASTILLAS})\b",
    ),
    make_rule(
        "overdose",
        PASTILLA_WORDS,
        r"(?:se tomo|me tome|tomo|tome|se trago|me trague|trago) todas (?:las|mis|sus) "
        rf"{PASTILLAS}\b",
        veto=ROUTINE_MEDS,
    ),
    make_rule(
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
    make_rule(
        "overdose",
        "sobredosis",
        r"(?:esta teniendo|tiene|le dio|le esta dando|me dio|creo que (?:tiene|es|tuvo)) una "
        r"sobredosis\b",
    ),
    make_rule("overdose", "sobredosifico enveneno", r"se (?:sobredosifico|enveneno)\b"),
    make_rule(
        "overdose",
        PASTILLA_WORDS,
        rf"(?:me tome|tome|se tomo|tomo|me trague|se trago) (?:\w+ ){{0,3}}?{PASTILLAS}(?: \w+)"
        r"{0,2}? con (?:alcohol|cerveza|cervezas|tequila|vodka|vino|licor|whisky|ron|mezcal)\b",
        veto=compile(
            r"\b(?:mis (?:pastillas|pildoras|medicinas|medicamentos)|por error|sin querer|una|1|"
            r"normal|es (?:malo|peligroso)|puedo|se puede)\b"
        ),
    ),
)

# A small child who got into an adult's medicines: poison control or 911 before anything else.
_SMALL_CHILD = (
    r"(?:toddler|baby|kid|son|daughter|child|(?:[1-5]|one|two|three|four|five)[ -](?:year|yr)[ -]"
    r"old|hijo|hija|nino|nina|bebe|nieto|nieta)"
)
_OPENED = compile(
    r"\b(?:missing|gone|empty|open|opened|chewed|swallowed|faltan|falta|vacio|abierto|"
    r"mordid[oa]s?)\b"
)
CHILD_INGESTION_RULES = (
    make_rule(
        "overdose",
        "found encontre encontramos",
        rf"(?:found|encontre|encontramos) (?:a )?(?:my |our |mi |nuestro |nuestra )?{_SMALL_CHILD}"
        r"(?: \w+){0,4}? (?:with|con) (?:\w+ ){0,4}?(?:pills|meds|medicine|medication|bottle|"
        rf"frasco|{PASTILLAS})\b",
        veto=compile(r"\b(?:old pill bottle|dispose|tirar|empty vitamin)\b"),
        needs=_OPENED,
    ),
    make_rule(
        "overdose",
        "organizer fentanyl patch patches",
        rf"{_SMALL_CHILD} (?:\w+ ){{0,4}}?(?:got into|ate|swallowed|chewed|chewing|sucked on|"
        r"sucking on|put) (?:\w+ ){0,4}?(?:pill organizer|pill box|pillbox|fentanyl|patch|"
        r"patches)\b",
        veto=compile(r"\b(?:nicotine gum|sticker|stickers|eye patch|band aid|bandaid)\b"),
    ),
    make_rule(
        "overdose",
        "comio trago tomo imanes",
        rf"{_SMALL_CHILD} (?:\w+ ){{0,4}}?se (?:comio|trago|tomo) (?:unas |unos |las |los |varias |"
        r"varios |todas las |un monton de |dos |tres |cuatro |\d+ |algunas |algunos )?"
        rf"(?:{PASTILLAS}|imanes|pilas|pilitas|parches)\b",
        veto=compile(r"\b(?:vitaminas? (?:de )?(?:ninos|gomita)|sus (?:vitaminas|pastillas))\b"),
    ),
)

# Several people, or people and their pets, sick at once near a fuel-burning heater.
_FUEL_HEAT = compile(
    r"\b(?:furnace|generator|heater|boiler|gas stove|fireplace|car running|engine running|"
    r"calentador|generador|calefaccion|estufa de gas)\b"
)
CARBON_MONOXIDE_RULES = (
    make_rule(
        "carbon_monoxide",
        "alarm detector alarma",
        r"(?:carbon monoxide|co) (?:alarm|detector) (?:is |s |keeps |just |has been )?(?:going off|"
        r"went off|beeping|sounding|blaring)\b|(?:alarma|detector) de monoxido(?: de carbono)? "
        r"(?:esta |sigue )?(?:sonando|pitando|se activo)\b",
    ),
    make_rule(
        "carbon_monoxide",
        "headache headaches nausea nauseous nauseated dizzy throwing vomiting cabeza mareados "
        "vomitando",
        r"(?:we|we all|we both|both|all of us|everyone|everybody|the whole family|me and my \w+|"
        r"my \w+ and i|todos|los dos|toda la familia)(?: \w+){0,3}? (?:have|has|got|are|feel|"
        r"feeling|tenemos|estamos|sentimos)(?: \w+){0,3}? (?:headaches?|nausea|nauseous|nauseated|"
        r"dizzy|throwing up|vomiting|dolor de cabeza|mareados|vomitando)\b",
        needs=_FUEL_HEAT,
    ),
)
