"""Suicidal intent stated outright, about oneself or someone else (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import (
    ACCIDENT,
    ADV,
    CARE_MOVES_ELSEWHERE,
    END_IT,
    ES_DEATH_IDIOM,
    FAREWELL,
    INTENT,
    MEDIA,
    MYSELF,
    PASTILLA_WORDS,
    PASTILLAS,
    PILL_WORDS,
    PILLS,
    ROUTINE_MEDS,
    SELF_ENDING,
    SIGNING_OFF,
    THIRD_PARTY_DANGER,
)

# "I got every shot myself", "I give the insulin shot myself": a shot is also an injection.
_A_SHOT_GIVEN = compile(
    r"\b(?:got|get|gotten|had|took|take|received|give|gave|giving|do|did) (?:(?:every|each|all|"
    r"my|the|a|an|both|this|that|one|flu|covid|booster|insulin|b12|tetanus|allergy|vaccine|"
    r"testosterone|hormone) ){1,3}shot my ?self\b"
)

SUICIDE_RULES = (
    make_rule(
        "suicidal_intent",
        MYSELF,
        r"(?:kill|killing) (?:my ?self|meself)\b(?! (?:laughing|with laughter|at the gym|at work|"
        r"working|studying|trying to|to (?:finish|get|make|pay)|over (?:this|that)|"
        r"for (?:\w+ing|that|this|it|not|being|what))\b)",
    ),
    make_rule(
        "suicidal_intent",
        "life",
        r"(?:end|ending|take|taking) my (?:own )?life\b(?! (?:back|in|into|"
        r"to the next|forward|seriously|for granted|over|with|insurance|savings|story|coach|"
        r"partner|goals)\b)",
    ),
    make_rule(
        "suicidal_intent",
        "end ending take taking",
        r"(?:end|ending|take|taking) it all\b(?! (?:back|in|to the next|seriously|over|with)\b)",
        hyperbole=True,
    ),
    make_rule("suicidal_intent", "suicide", r"(?:commit|committing|commiting) suicide\b"),
    make_rule(
        "suicidal_intent",
        "himself herself themselves themself life",
        r"(?:wants?|wanna|going|gonna|threaten\w*|talk\w* about|trying|tried|plans?|planning|"
        r"about|(?:keeps? saying|said|says|told me|texted(?: me)?|posted|wrote|messaged me) "
        r"(?:that )?(?:he|she|they)(?:ll| will| would| d| is going to| was going to| is gonna| "
        r"wants? to| wanted to)) (?:to )?"
        r"(?:kill|killing|end|ending|hang|hanging|shoot|shooting|stab|stabbing|drown|poison) "
        r"(?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|"
        r"their (?:own )?life)\b(?! stor)",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "himself herself themselves themself",
        r"(?:shot|stabbed|hanged|hung|poisoned|overdosed) (?:himself|herself|themselves|themself)"
        r"\b(?! in the foot\b)",
        veto=ACCIDENT,
    ),
    make_rule(
        "suicidal_intent",
        "matar suicidar vida matarse suicidarse mata suicida",
        # Reported speech puts the plan in the present: "dijo que hoy se quita la vida".
        r"(?:se (?:quiere|va a|piensa|intento) (?:matar|suicidar|quitar la vida)|(?:quiere|va a|"
        r"piensa|intento|amenaza con) (?:matarse|suicidarse|quitarse la vida)|(?:dijo|dice|"
        r"me dijo|me dice|escribio|me escribio|puso|publico|amenazo|amenaza) que (?:\w+ ){0,3}?se "
        r"(?:mata|suicida|quita la vida))\b(?! (?:\w+(?:ando|iendo)|de|del|si)\b)",
    ),
    make_rule(
        "suicidal_intent",
        "thinking thought thoughts think considering contemplating planning plan obsessing",
        r"(?:thinking|thought|thoughts|think|considering|contemplating|planning|plan|obsessing) "
        rf"(?:about |of |over )?(?:{SELF_ENDING}|{END_IT}|ending my life|not (?:being here|"
        r"being alive|existing|waking up)|how (?:to|i would|id|i could|i will|ill) "
        r"(?:die|kill my ?self|end my life)|ways to (?:die|kill my ?self|end it)|overdosing|"
        r"(?:jumping|throwing my ?self) (?:off|from|in front of|under)|stepping in front of|"
        r"walking into traffic)\b",
    ),
    make_rule(
        "suicidal_intent",
        "suicidal",
        r"(?:im|i am|am|feel|feeling|felt|get|getting|been|is|hes|shes|s|seems|sounds|became|"
        r"becoming|go|went|turning|so|very|really|pretty|super|kinda|extremely|actively|passively|"
        r"severely|chronically|literally|lowkey|always|still|again) suicidal\b",
        veto=MEDIA,
    ),
    make_rule(
        "suicidal_intent",
        "suicidal",
        r"(?:^|(?<=[.?,] ))suicidal\b(?! (?:thoughts|ideation|tendencies|behaviou?r|people|"
        r"patients|teens?|friends?|person|ideas|songs?|squad|is|are|was)\b)",
        bare=True,
        veto=MEDIA,
    ),
    make_rule(
        "suicidal_intent",
        "suicidal",
        r"suicidal (?:thoughts |ideation |urges |feelings )?(?:again|rn|right now|tonight|af|"
        r"asf|lately|today|every day|everyday|daily|all the time|constantly|keep coming)\b",
        veto=MEDIA,
    ),
    make_rule(
        "suicidal_intent",
        "suicidal",
        r"(?:be|been|being|feel|feeling|felt|stay|staying|remain|get|getting) (?:\w+ )?suicidal "
        r"(?:for (?:\w+ ){0,2}(?:days|weeks|months|years|a while|so long|a long time|ages|"
        r"my (?:whole|entire) life)|since|on and off|off and on|every day|all (?:day|week|month|"
        r"year|the time)|most days|constantly|daily|nonstop)\b",
    ),
    make_rule(
        "suicidal_intent",
        "suicidal",
        r"(?:having|have|had|get|getting|with|my|been having|struggling with|dealing with) "
        r"suicidal (?:thoughts|ideation|feelings|urges|thinking)\b",
        veto=MEDIA,
    ),
    make_rule(
        "suicidal_intent",
        "die",
        rf"(?:{ADV}(?:want|wants|wanna|need|wish|longing) to {ADV}die|wanna die|(?:stop|tired of|"
        r"sick of|keep|kept|cant stop|been|im|still) wanting to die)\b"
        r"(?! (?:of|from) (?:old age|natural causes)| peacefully| old| in my sleep at| at home|"
        r" with dignity| surrounded by| in (?:his|her|their) (?:sleep|own bed))",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "dead die wake exist alive here",
        r"wish (?:i (?:was|were|could) |i )(?:dead|die|just die|never wake up|not exist|"
        r"wasnt alive|werent alive|wasnt here|werent here)\b",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "dead exist existing alive wake forever",
        r"(?:want|wanna|wish) to (?:be dead|not exist|not be alive|stop existing|not wake up|"
        r"never wake up|disappear forever)\b",
        hyperbole=True,
    ),
    make_rule("suicidal_intent", "dead", r"better off dead\b"),
    make_rule("suicidal_intent", "kms", r"kms\b", hyperbole=True),
    make_rule(
        "suicidal_intent",
        "wake alive live exist living tomorrow",
        rf"(?:dont|do not|dnt|never|no longer|dont even) {ADV}(?:want|wanna|wish) to "
        r"(?:wake up|be alive|live|exist|keep living|continue living|see tomorrow)"
        r"(?: anymore| any more| tomorrow| again| ever)?\b(?! (?:in|with|near|at|there|like|on|by|"
        r"early|late|for|before|so early|this early|til|until|here)\b)",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "anymore more",
        rf"(?:dont|do not|dnt|never|no longer) {ADV}(?:want|wanna) to "
        r"(?:be here|be around|go on|keep going) (?:anymore|any more)\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "wake",
        r"(?:hope|hoping|wish|pray|praying) (?:that )?(?:i |i just )?(?:dont|do not|never|wont|"
        r"will not|dont ever) wake up\b(?! (?:late|early|too|at|before|with|sick|tired|feeling|"
        r"sore|on time|in time|for)\b)",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "wake",
        r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "needing need necesitar",
        r"(?:wont|will not|dont|do not|will no longer|wont ever) (?:be )?(?:needing|need) "
        r"(?:\w+ ){0,3}?(?:refills?|meds|medications?|medicine|prescriptions?|pills|appointments?"
        r"|visits?|checkups?)\b|ya no (?:voy a |vamos a )?necesit\w* (?:\w+ ){0,2}?(?:citas?"
        r"|medicinas?|medicamentos?|recetas?|pastillas|consultas?)\b",
        needs=SIGNING_OFF,
        veto=CARE_MOVES_ELSEWHERE,
    ),
    make_rule(
        "suicidal_intent",
        "better",
        r"better off (?:without me|if i (?:was|were|wasnt|werent) (?:gone|dead|here|around|alive)|"
        r"with me gone|if i died|when im gone)\b",
    ),
    make_rule(
        "suicidal_intent",
        "letter letters note notes",
        r"(?:wrote|writing|written|write|finished|left|leaving|typed|drafted) my "
        r"(?:goodbye|farewell|final|last) (?:letter|letters|note|notes)\b",
    ),
    make_rule(
        "suicidal_intent",
        "garage cochera garaje",
        r"(?:in|inside|en|dentro del?) (?:the |my |a |el |mi )?(?:car|truck|carro|coche|camioneta) "
        r"(?:in|inside|en) (?:the |my |el |la |mi )?(?:garage|garaje|cochera) (?:with|con) (?:the |"
        r"el )?(?:engine|motor|car) (?:running|on|going|prendido|encendido)\b",
    ),
    make_rule(
        "suicidal_intent",
        "rope noose soga cuerda",
        r"(?:the |my |a )?(?:rope|noose) (?:is )?(?:ready|set up|tied|hung|up) (?:in|on|from|over|"
        r"and)\b|(?:tengo|ya tengo|esta) (?:la|una|mi) (?:soga|cuerda) (?:lista|preparada|colgada|"
        r"amarrada)\b",
        veto=compile(
            r"\b(?:jump rope|jumprope|climbing|gym|swing|tire|boat|tent|clothesline|"
            r"tendedero|brincar|saltar)\b"
        ),
    ),
    make_rule(
        "suicidal_intent",
        "pic picture photo video selfie foto",
        r"(?:pic|picture|photo|video|selfie|snap|foto) (?:of|de) (?:\w+ ){0,4}?(?:pills|"
        rf"{PASTILLAS}|(?:a|his|her|their|the) (?:gun|rope|noose|razor|knife)|a bottle of \w+ "
        r"pills|blood|cuts)\b",
        needs=FAREWELL,
    ),
    make_rule(
        "suicidal_intent",
        "goodbye bye despedida adios",
        r"(?:texted|sent|messaged|dmed|posted|wrote|said) (?:me |us |everyone |a |his |her |"
        r"their )?(?:goodbye|good bye|bye forever|a goodbye|his goodbye|her goodbye)"
        r"(?: \w+){0,6}? (?:and|but)(?: now)?(?: (?:he|she|they|hes|shes|theyre))? (?:wont|"
        r"isnt|is not|will not|doesnt|does not|not|arent|stopped) (?:\w+ )?(?:answer|answering|"
        r"pick up|picking up|respond|responding|reply|replying)\b",
        needs=THIRD_PARTY_DANGER,
    ),
    make_rule(
        "suicidal_intent",
        "note notes letter letters",
        r"(?:wrote|writing|written|left|leaving) (?:a|my|the) (?:\w+ )?(?:note|notes|letter|"
        r"letters) (?:for|to) (?:my )?(?:family|kids|children|parents|wife|husband|everyone|"
        r"loved ones)\b",
        needs=FAREWELL,
    ),
    make_rule(
        "suicidal_intent",
        "suicide",
        r"(?:wrote|writing|written|write|finished|left|leaving|typed|drafted) (?:my|a|the) "
        r"suicide (?:letter|letters|note|notes)\b",
    ),
    make_rule(
        "suicidal_intent",
        "reason reasons point purpose",
        r"(?:no|nothing|no more) (?:reason|reasons|point|purpose) (?:to|in|for|of) (?:live|living|"
        r"be alive|being alive|go on|going on|keep going|keep living|stay alive|staying alive|"
        r"exist|existing)\b(?! (?:in|with|like|there|here|on)\b)",
        negatable=False,
    ),
    make_rule("suicidal_intent", "live", r"nothing (?:left )?to live for\b", negatable=False),
    make_rule(
        "suicidal_intent",
        "point",
        r"(?:dont|do not|cant|cannot) see (?:the |any )?point (?:in|of) (?:living|being alive|"
        r"life|going on)\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "point",
        r"whats the point (?:of|in) (?:living|being alive|going on)\b",
    ),
    make_rule(
        "suicidal_intent",
        PILL_WORDS,
        r"(?:take|swallow|down|overdose on|od on|taking|swallowing) (?:all|every one|every single "
        rf"one) (?:of )?(?:my|the|these|those|his|her|my moms|my dads)(?: \w+)? {PILLS}\b",
        veto=ROUTINE_MEDS,
    ),
    make_rule("suicidal_intent", "overdose od", rf"{INTENT} (?:overdose|od)\b"),
    make_rule(
        "suicidal_intent",
        MYSELF,
        r"(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|"
        r"electrocute|suffocate|suffocating) (?:my ?self|meself)\b"
        r"(?! (?:in (?:work|the foot|coffee|books)|with (?:work|coffee))\b)",
        veto=_A_SHOT_GIVEN,
    ),
    make_rule(
        "suicidal_intent",
        "jump jumping throw throwing",
        rf"{INTENT} (?:jump|jumping|throw my ?self|throwing my ?self) (?:off|from|in front of|"
        r"under) (?:a |the |this |my |that )?(?:bridge|building|roof|rooftop|balcony|overpass|"
        r"ledge|tower|train|subway|truck|car|bus|window|parking garage|traffic)\b",
    ),
    make_rule(
        "suicidal_intent",
        "gun bullet pistol",
        r"(?:put|putting) (?:a|the|this|my) (?:gun|bullet|pistol) (?:to|in) my "
        r"(?:head|mouth|temple)\b",
    ),
    make_rule(
        "suicidal_intent",
        "morir morirme",
        r"(?:me quiero|quiero|kiero|me kiero|quisiera|me gustaria|deseo) morir(?:me)?\b"
        rf"(?! {ES_DEATH_IDIOM})",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "matarme suicidarme vida",
        r"(?:quiero|voy a|pienso|estoy pensando en|he pensado en|ganas de|deseo|necesito|decidi|"
        r"intente|trate de|planeo|me dan ganas de|tengo ganas de) (?:matarme|suicidarme|"
        r"quitarme la vida|acabar con mi vida|terminar con mi vida)\b",
    ),
    make_rule(
        "suicidal_intent",
        "suicidar vida",
        r"me (?:quiero|voy a|pienso|dan ganas de|gustaria) (?:suicidar|quitar la vida)\b",
    ),
    make_rule(
        "suicidal_intent",
        "matar",
        r"me voy a matar\b(?! (?:\w+(?:ando|iendo)|de|del|si)\b)",
    ),
    make_rule(
        "suicidal_intent",
        "matar",
        r"me quiero matar\b(?! (?:\w+(?:ando|iendo)|de|del)\b)",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "suicidarme vida",
        r"(?:suicidarme|quitarme la vida|acabar con mi vida)\b(?! (?:social|amorosa)\b)",
    ),
    make_rule(
        "suicidal_intent",
        "vivir viviendo vivo viva existir despertar despertarme aqui vida",
        r"no quiero (?:seguir )?(?:vivir|viviendo|estar viv[oa]|existir|despertar(?:me)?|"
        r"seguir aqui|seguir con vida)\b(?! (?:en|con|aqui|asi|ahi|alli|cerca|sin|temprano|"
        r"tan temprano|a las|para)\b)",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "viviendo vida vivir",
        r"no puedo (?:seguir viviendo|seguir con vida|vivir mas)\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "vivir",
        r"(?:no tengo|sin|perdi las) ganas de vivir\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "mejor felices",
        r"(?:estarian|estarias|estaria|estan|estaran|estariamos|vivirian|serian) (?:todos )?"
        r"(?:mejor|mas felices) sin mi\b",
    ),
    make_rule(
        "suicidal_intent",
        "vivir seguir",
        r"no (?:tengo|hay|encuentro|veo) (?:ninguna |ningun )?(?:razon|razones|motivo|motivos|"
        r"sentido) (?:para|por (?:la )?(?:que|cual)) (?:vivir|seguir viviendo|seguir)\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "sentido",
        r"no (?:le )?(?:veo|encuentro) (?:el )?sentido a (?:la vida|vivir|seguir)\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "vivir",
        r"no tengo (?:por|para) (?:que|quien) vivir\b",
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "carta",
        r"(?:escribi|escribiendo|escrito|termine|deje|dejo|dejando) (?:mi|una|la) carta "
        r"(?:de despedida|suicida)\b",
    ),
    make_rule(
        "suicidal_intent",
        PASTILLA_WORDS,
        r"(?:tomarme|tomar|me voy a tomar|voy a tomarme|tragarme|me quiero tomar|quiero tomarme) "
        rf"todas (?:mis|las) {PASTILLAS}\b",
        veto=ROUTINE_MEDS,
    ),
    make_rule(
        "suicidal_intent",
        "pensamientos ideas",
        r"(?:tengo|tener|teniendo|he tenido|con|ando con|me vienen|me dan|me llegan|sigo teniendo) "
        r"(?:\w+ )?(?:pensamientos|ideas) (?:suicidas|de suicidio|de matarme|de quitarme la vida|"
        r"de morir(?:me)?)\b",
    ),
    make_rule(
        "suicidal_intent",
        "suicida",
        r"(?:soy|estoy|me siento|sentirme|ando|me he sentido|siendo|he sido|sigo|sigo siendo|"
        r"me volvi a sentir|vuelvo a sentirme) (?:muy |bien |un poco |algo |bastante )?suicida\b",
    ),
    make_rule(
        "suicidal_intent",
        "suicidio",
        r"(?:pienso|pensando|he pensado|pensaba) en (?:el )?suicidio\b",
    ),
    make_rule(
        "suicidal_intent",
        "muera despierte despertar despertara muriera muerto muerta durmiera volviera",
        r"ojala (?:me durmiera y )?(?:me muera|no despierte|no despertar|me muriera|"
        r"estuviera muert[oa]|no despertara|nunca despertara|no volviera a despertar|"
        r"me durmiera para siempre)\b",
        hyperbole=True,
    ),
)
