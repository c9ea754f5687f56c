"""Self-harm now or about to happen (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import ADV, INTENT, MYSELF

SELF_HARM_RULES = (
    make_rule(
        "self_harm",
        "cutting",
        r"(?:ive been|been|started|start|im|i am|keep|kept|back to) cutting (?:again|every day|"
        r"every night|tonight|lately)\b",
    ),
    make_rule(
        "self_harm",
        "relapsed relapse relapsing",
        r"(?:relapsed|relapse|relapsing) (?:\w+ ){0,3}(?:cut|cutting|self harm|self harming|"
        r"harming|burned|burning|hurt|hurting)\b",
    ),
    make_rule(
        "self_harm",
        MYSELF,
        r"(?:cutting|burning|hurting|harming|scratching|starving|cut|burn|hurt|harm) "
        r"(?:my ?self|meself) (?:again|tonight|on purpose|deliberately|intentionally|"
        r"every (?:day|night)|to cope|to feel)\b",
    ),
    make_rule(
        "self_harm",
        f"{MYSELF} arms wrists thighs legs skin",
        rf"(?:im|i am|ive been|been|started|start|keep|kept|cant stop|still|back to|resorted to) "
        rf"{ADV}(?:cutting|burning|harming|hurting|starving) (?:my ?self|meself|my (?:arms|wrists|"
        r"thighs|legs|skin))\b(?! (?:shaving|cooking|chopping|on|with (?:a|the) (?:knife|razor|"
        r"paper)|while|by accident|accidentally|opening|slicing|in the kitchen|at work|at the gym|"
        r"lifting|working)\b)",
    ),
    make_rule(
        "self_harm",
        MYSELF,
        rf"(?:{INTENT}|urges? to|urge to) {ADV}(?:cut|burn|harm|hurt|starve) "
        r"(?:my ?self|meself)\b(?! (?:shaving|cooking|lifting|working|at the gym|at work|if)\b)",
    ),
    make_rule(
        "self_harm",
        "urge urges",
        r"(?:urge|urges) to (?:cut|burn)\b(?! (?:my |his |her |the |some |off |down |back |out |"
        r"in |it |class|school|ties|carbs|sugar|hair|bangs|nails|losses|corners|cords?|cable|"
        r"people|someone|him|her|them|the cord|calories)\b)",
    ),
    make_rule(
        "self_harm",
        "harm harming harmed injure injuring selfharm",
        rf"(?:i|im|ive|been|keep|started|start|want to|wanna|urge to|urges to|relapsed|"
        rf"relapsed on|relapsed into|relapse on|back to|going to|gonna|thinking about|my|"
        rf"cant stop|struggling with|still) {ADV}(?:self harm|self harming|self harmed|"
        r"self injure|self injuring|selfharm)\b",
    ),
    make_rule(
        "self_harm",
        "wrist wrists",
        r"(?:cut|cutting|slit|slitting|sliced|slicing) (?:my|the) (?:wrist|wrists)\b"
        r"(?! (?:on|with (?:a|the) (?:glass|can|knife)|by accident|accidentally|opening)\b)",
    ),
    make_rule(
        "self_harm",
        "corto cortando cortar",
        r"me (?:corto|estoy cortando|sigo cortando|volvi a cortar|vuelvo a cortar|he estado "
        r"cortando|quiero cortar|voy a cortar)\b(?! (?:el|la|los|las|un|una|mi|mis|con|en|al|"
        r"facil|cuando (?:cocino|me afeito))\b)",
    ),
    make_rule(
        "self_harm",
        "corto corte cortando cortaba",
        r"me (?:corto|corte|estoy cortando|sigo cortando|volvi a cortar|cortaba) (?:los brazos|"
        r"las piernas|las venas|las munecas|la muneca|los muslos|la piel)\b",
    ),
    make_rule(
        "self_harm",
        "cortarme lastimarme hacerme autolesionarme herirme quemarme",
        r"(?:quiero|voy a|ganas de|necesito|pienso en|volvi a|empece a|me dan ganas de|sigo) "
        r"(?:cortarme|lastimarme|hacerme dano|autolesionarme|herirme|quemarme)\b",
    ),
    make_rule(
        "self_harm",
        "cortar lastimar hacer autolesionar herir quemar",
        r"me (?:quiero|voy a|vuelvo a|volvi a) (?:cortar|lastimar|hacer dano|autolesionar|"
        r"herir|quemar)\b(?! (?:el|la|los|las|un|una|mi|mis|con|al|si)\b)",
    ),
    make_rule(
        "self_harm",
        "autolesiono autolesionando",
        r"(?:me autolesiono|me estoy autolesionando|me he estado autolesionando)\b",
    ),
)
