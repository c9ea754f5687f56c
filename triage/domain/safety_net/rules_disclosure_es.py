"""First-person disclosures of suicidal thinking in Spanish, along the Columbia scale."""

from __future__ import annotations

from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import (
    ASSAULT,
    CRISIS_CUE,
    CRISIS_OR_MEANS,
    ES_DEATH_IDIOM,
    ES_SELF_ENDING,
    ES_SPOT,
    FIGURATIVE_NOOSE,
    MEDIA,
    NOT_SUICIDAL_JUMP,
    PASTILLA_WORDS,
    PASTILLAS,
    ROUTINE_MEDS,
    STASH_CUE,
)

DISCLOSURE_RULES_ES = (
    make_rule(
        "suicidal_intent",
        "suicidio muerte",
        r"(?:he planeado|planee|planeo|estoy planeando|planeando|tengo planead[oa]|ya planee|"
        r"organice|organizando|prepare|preparando|planead[oa]) (?:todo |ya |bien )?(?:mi|el|la) "
        r"(?:propi[oa] )?(?:suicidio|muerte)\b",
        veto=MEDIA,
    ),
    make_rule(
        "suicidal_intent",
        "tengo hice arme con",
        r"(?:tengo|hice|arme|ya tengo|tengo ya|con) (?:un|el|mi) plan (?:para|de como|de cuando|"
        r"de) (?:matarme|suicidarme|quitarme la vida|morir(?:me)?|acabar con (?:todo|mi vida)|"
        r"terminar con (?:todo|mi vida)|mi suicidio|mi muerte)\b",
    ),
    make_rule(
        "suicidal_intent",
        "pienso pensando pensaba pense pensado pensar fantaseo fantaseando fantaseaba fantasear "
        "sueno sonando sonaba imagino imaginando obsesionado obsesionada",
        r"(?:pienso|pensando|pensaba|pense|he pensado|pensar|fantaseo|fantaseando|fantaseaba|"
        r"fantasear|sueno|sonando|sonaba|imagino|imaginando|me imagino|obsesionad[oa]) "
        r"(?:mucho |seguido |todo el tiempo |a veces |diario |todos los dias |cada dia |"
        rf"cada vez mas )?(?:en|con) {ES_SELF_ENDING}",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "despertar despertarme existir desaparecer muerto muerta siempre",
        r"(?:quiero|kiero|quisiera|deseo|ganas de|me gustaria|ojala pudiera|solo quiero|"
        r"nada mas quiero|nomas quiero|lo unico que quiero es) (?:dormir(?:me)? y )?"
        r"(?:no (?:volver a )?despertar(?:me)?|nunca (?:mas )?despertar(?:me)?|dejar de existir|"
        r"desaparecer para siempre|estar muert[oa]|no existir|dormir(?:me)? para siempre)\b"
        r"(?! (?:temprano|tan temprano|a las|manana)\b)",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "morir morirme matarme suicidarme suicida",
        r"(?:normal|malo|mal|raro|grave) (?:\w+ )?(?:querer (?:morir(?:me)?|matarme|suicidarme)|"
        r"que (?:yo )?quiera (?:morir(?:me)?|matarme|suicidarme)|sentirme suicida)\b",
    ),
    make_rule(
        "suicidal_intent",
        "forma formas manera maneras modo modos metodo metodos",
        r"(?:forma|formas|manera|maneras|modo|modos|metodo|metodos) (?:mas )?(?:menos dolorosas?|"
        r"facil(?:es)?|rapidas?|rapidos?|seguras?|seguros?|sin dolor|indoloras?|eficaz|"
        r"efectivas?|tranquilas?|pacificas?) (?:de|para) (?:morir(?:me|se)?|matar(?:me|se)|"
        r"suicidar(?:me|se)|quitar(?:me|se) la vida|acabar con (?:todo|mi vida)|"
        r"terminar con (?:todo|mi vida)|"
        rf"no despertar(?:me)?)\b(?! {ES_DEATH_IDIOM})",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "dolor sufrir rapido rapidamente dormido dormida",
        r"(?:como|forma de|manera de) (?:morir(?:me)?|matarme|suicidarme|quitarme la vida) "
        r"(?:sin (?:dolor|sufrir)|rapido|rapidamente|dormid[oa])\b",
    ),
    make_rule(
        "suicidal_intent",
        "cuantas cuantos",
        rf"cuant[oa]s (?:\w+ ){{0,3}}?(?:{PASTILLAS}|unidades|miligramos|gramos|frascos|cajas|"
        r"dosis|de (?:estas|esas|mis \w+))\b(?: \w+){0,6}? (?:para|hasta) (?:morir(?:me)?|matarme|"
        r"no despertar(?:me)?|quitarme la vida|suicidarme|ya no despertar|una sobredosis|"
        r"no volver a despertar)\b",
    ),
    make_rule(
        "suicidal_intent",
        "puente edificio lugar sitio azotea techo barranco precipicio acantilado risco torre "
        "desnivel balcon piso",
        rf"{ES_SPOT} (?:\w+ ){{0,3}}?(?:para|donde|de donde|desde donde) (?:tirarme|aventarme|"
        r"lanzarme|arrojarme|saltar|matarme|colgarme|ahorcarme|quitarme la vida|acabar con todo)\b",
        veto=NOT_SUICIDAL_JUMP,
    ),
    make_rule(
        "suicidal_intent",
        "tirarme aventarme lanzarme arrojarme tirar aventar lanzar arrojar saltar",
        r"(?:quiero|kiero|voy a|pienso|ganas de|decidi|necesito|me quiero|me voy a|"
        r"estoy a punto de) (?:tirar(?:me)?|aventar(?:me)?|lanzar(?:me)?|arrojar(?:me)?|saltar) "
        r"(?:de|del|desde|por) (?:un |una |el |la |mi |este |esta |ese |esa |lo alto de "
        rf"(?:un |una |el |la )?)?(?:\w+ )?(?:{ES_SPOT}|ventana|vias)\b|(?:tirarme|aventarme|"
        r"lanzarme|arrojarme) (?:a las vias|al tren|al metro|frente al (?:tren|metro|camion)|"
        r"debajo de un (?:tren|camion|carro))\b",
        veto=NOT_SUICIDAL_JUMP,
    ),
    make_rule(
        "suicidal_intent",
        "pistola arma revolver rifle escopeta",
        r"(?:pistola|arma|revolver|rifle|escopeta) (?:\w+ ){0,3}?(?:en|contra|sobre|a|"
        r"apuntando a) (?:la |mi )(?:boca|cabeza|sien|pecho|corazon|garganta)\b",
        veto=ASSAULT,
    ),
    make_rule(
        "suicidal_intent",
        "cuchillo navaja cuchilla",
        r"(?:cuchillo|navaja|cuchilla) (?:\w+ ){0,3}?(?:en|contra|sobre) (?:la |las |el |mi |mis )"
        r"(?:muneca|munecas|cuello|garganta|venas)\b",
        veto=ASSAULT,
    ),
    make_rule(
        "suicidal_intent",
        "soga cuerda cinturon lazo",
        r"(?:soga|cuerda|cinturon|lazo) (?:\w+ ){0,2}?(?:en|alrededor|sobre|al rededor) "
        r"(?:de |del |de mi )?(?:el |mi )?cuello\b",
        veto=FIGURATIVE_NOOSE,
    ),
    make_rule(
        "suicidal_intent",
        "juntando guardando acumulando ahorrando escondiendo junte guarde acumule escondi "
        "guardadas escondidas juntado guardado",
        r"(?:juntando|guardando|acumulando|ahorrando|escondiendo|junte|guarde|acumule|escondi|"
        r"tengo guardadas|tengo escondidas|he juntado|he guardado) (?:mis |las |unas |varias |"
        rf"muchas |todas (?:mis |las )?)?(?:\w+ de )?{PASTILLAS}\b",
        needs=STASH_CUE,
    ),
    make_rule(
        "suicidal_intent",
        "pistola arma revolver rifle escopeta cuete soga cuerda",
        r"(?:compre|tengo|cargue|agarre|saque|traigo|consegui) (?:el|la|un|una|mi) (?:pistola|arma|"
        r"revolver|rifle|escopeta|cuete|soga|cuerda)\b",
        needs=CRISIS_CUE,
    ),
    make_rule(
        "suicidal_intent",
        PASTILLA_WORDS + " contadas",
        rf"{PASTILLAS} (?:\w+ ){{0,3}}?(?:contadas|en la mano|en mi mano|formadas)\b",
        needs=STASH_CUE,
    ),
    make_rule(
        "suicidal_intent",
        "hago hacerlo",
        r"(?:esta noche|hoy|manana|ya|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) "
        r"lo (?:hago|voy a hacer)\b|voy a hacerlo (?:hoy|esta noche|ya|manana)\b",
        needs=CRISIS_OR_MEANS,
    ),
    make_rule(
        "suicidal_intent",
        PASTILLA_WORDS,
        r"(?:tomarme|tomar|me voy a tomar|voy a tomarme|tragarme|me quiero tomar|quiero tomarme) "
        rf"(?:las|mis) (?:\w+ ){{0,3}}?{PASTILLAS} (?:\w+ ){{0,3}}?(?:todas juntas|"
        r"todas de una vez|"
        r"de un jalon|de golpe)\b",
        veto=ROUTINE_MEDS,
    ),
    make_rule(
        "suicidal_intent",
        "lugar sitio puente edificio dia fecha hora",
        r"(?:busque|encontre|escogi|elegi|ya tengo|ya pense|ya decidi|ya escogi) (?:todo )?"
        r"(?:el|un|la) (?:lugar|sitio|puente|edificio|dia|fecha|hora)\b",
        needs=CRISIS_CUE,
    ),
)
