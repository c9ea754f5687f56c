"""Treatment advice in so many words: telling the person what to take, stop or do."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import (
    BODY,
    CANNOT,
    CONDITIONAL,
    HOW_MANY,
    MED,
    NOT_META,
    SYMPTOM,
    TIME_UNIT,
    WITHOUT,
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
# Verbs that act on a medicine or remedy named within three words: plain, soft or in -ing
# form ("take", "I'd hold off on", "might be worth skipping", "go ahead and restart").
_TREAT_EN = (
    r"(?:tak(?:e|ing)|tr(?:y|ying)|us(?:e|ing)|apply(?:ing)?|drink(?:ing)?|alternat(?:e|ing)"
    r"|mix(?:ing)?|combin(?:e|ing)|pop(?:ping)?|giv(?:e|ing)|stop(?:ping)?(?! by| in| at)"
    r"|quit(?:ting)?|increas(?:e|ing)|decreas(?:e|ing)|doubl(?:e|ing)(?![- ]check)"
    r"|halv(?:e|ing)|skip(?:ping)?|discontinu(?:e|ing)|bump(?:ing)? (?:up|down)"
    r"|hold(?:ing)?(?: off(?: on)?)?|paus(?:e|ing)|restart(?:ing)?|resum(?:e|ing)"
    r"|start(?:ing)?(?: on| back on)?|begin(?:ning)?(?: taking)?"
    r"|switch(?:ing)?(?: to| over to| back to)?|swap(?:ping)?"
    r"|cut(?:ting)?(?: back| down)?(?: on)?|lower(?:ing)?|rais(?:e|ing)|reduc(?:e|ing)"
    r"|taper(?:ing)?(?: off)?|wean(?:ing)?(?: off)?|com(?:e|ing) off|go(?:ing)? off"
    r"|get(?:ting)? off|keep(?:ing)? (?:taking|using|on)|continu(?:e|ing)(?: taking| using)?"
    r"|add(?:ing)?|split(?:ting)?|crush(?:ing)?|chew(?:ing)?|finish(?:ing)?|rub(?:bing)?"
    r"|put(?:ting)?(?: on)?|slather(?:ing)?|spray(?:ing)?|gargl(?:e|ing)|sip(?:ping)?"
    r"|load(?:ing)? up on|stock(?:ing)? up on|grab(?:bing)?|pick(?:ing)? up some"
    r"|suck(?:ing)? on|wear(?:ing)?|soak(?:ing)? in|sit(?:ting)? in|have you tried"
    r"|did you try|have you thought about|ever tried|what about|how about|maybe|avoid(?:ing)?"
    r"|throw(?:ing)? (?:out|away)|toss(?:ing)?|replac(?:e|ing)|lay(?:ing)? off|stay(?:ing)?"
    r" away from|give up|giving up|cut(?:ting)? out"
    r"|(?:ok|okay|fine|safe) to (?:take|mix|combine|use|give)|stay(?:ing)? off(?: of)?"
    r"|consider(?:ing)?|look(?:ing)? into|worth (?:trying|a try|a shot|looking into|considering))"
)
_TREAT_ES = (
    r"(?:toma|tome|tomar|tomate|tomese|tomarse|tomarte|tomando|tomelo|tomela|tomelos|tomelas"
    r"|prueba|pruebe|probar|probando|usa|usar|usando|aplica|aplique|aplicar|aplicate"
    r"|apliquese|aplicando|ponte|pongase|ponle|pongale|ponerse|ponerte|ponerle|bebe|beba"
    r"|beber|dale|dele|darle|combina|combine|alterna|alterne|mezcla|mezcle|suspende|suspenda"
    r"|suspender|suspenderia|aumenta|aumente|duplica|duplique|deja|deje|dejaria|dejar"
    r"|salte|saltese|saltar|saltarse|saltate|omita|omite|omitir|pause|pausar|reanude|reanudar"
    r"|vuelva a tomar|volver a tomar|empiece con|empezar con|comience con|cambie a|cambiar a"
    r"|siga con|seguir con|sigue con|continue con|baje|bajele|suba|subale|reduzca|reducir"
    r"|disminuya|disminuir|unte|untar|frote|frotar|haga gargaras con|hacer gargaras con"
    r"|haga|hagale|hagase|hazle|hacerle|probo|probaste|ha probado|has probado|intente"
    r"|intenta|intente con|pruebe con"
    r"|tomaria|usaria|probaria|pondria|daria|aplicaria|compraria|dejaria de tomar"
    r"|vale la pena (?:probar|tomar|usar)|considere|cambiele a|cambiela a|cambielo a)"
)
_RECOMMEND = (
    r"(?:\b(?:i|we)(?:'d| would)? (?:recommend|suggest|advise)|\b(?:te|le|les) (?:recomiendo"
    r"|recomendaria|recomendamos|sugiero|sugeriria|sugerimos|aconsejo|aconsejaria))"
)
_DEBES = (
    r"\b(?:deberias|deberia|debes|debe|debera|tienes que|tiene que|necesitas|necesita"
    r"|te conviene|le conviene|hay que|puedes|puede|podrias|podria)(?: usted)?"
    r"(?: tambien| solo| mejor| simplemente)?"
)
_DEBES_VERB = (
    r"(?:usar|aplicar|aplicarte|aplicarse|probar|ponerte|ponerse|ponerle|beber|evitar"
    r"|cambiar a|dar|darle|darles|tomar|tomarse|tomarle|untar|untarle"
    r"|combinar|mezclar|bajar|bajarle|reducir|disminuir|dejar|cortar|limitar|eliminar"
    r"|considerar|comer menos)"
)
# "Before starting any medication, call us" and "questions about your insulin?" are general.
GENERAL = lazy(
    rf"(?:{CANNOT.pattern})|\b(?:before|prior to|antes de|questions? (?:about|on|regarding)"
    r"|preguntas? (?:sobre|acerca de)|dudas? sobre|whether|if you(?:'re| are)? (?:thinking"
    r"|considering|wondering|unsure))\b[^.!?]{0,25}$"
)

# A public notice addressed to everyone ("Heat wave, y'all! Drink water...", "Heat advisory
# today: drink water"): not one person's care. Only when the address or the heading comes
# straight before the advice, not "everyone gets colds, ...".
_TO_EVERYONE = (
    r"\b(?:everyone|everybody|y'all|folks|friends|neighbors|todos|todas)\W{0,8}$"
    r"|\b(?:advisory|alert|warning|heat wave|cold snap|season|aviso|alerta|ola de calor"
    r"|temporada)\b[^.!?:]{0,20}:\W{0,4}$"
    # ...or just before, as a heading: "Heat advisory this week! ☀️ Drink water".
    r"|^\W*(?:[\w'-]+ ){0,2}(?:advisory|alert|warning|heat wave|cold snap|aviso|alerta"
    r"|ola de calor)\b[^.!?:]{0,25}[!.:]\W{0,6}$"
    # "everyone should drink water", "remind everyone in your family to wear sunscreen"
    r"|\b(?:everyone|everybody|we all|all of us|todos|todas) (?:should|must|needs? to|can"
    r"|debe|deben|debemos|pueden)\W{0,4}$|\b(?:remind|tell|encourage|ask|recuerde|recuerda"
    r"|recuerden|pidan) (?:everyone|everybody|your family|your kids|family|loved ones|friends"
    r"|neighbors|a todos|a su familia|a tu familia)(?: [\w'-]+){0,3} (?:to|que)\W{0,2}$"
    # A list after a colon addressed to a group: "Everyone working outside: take breaks,
    # drink water often", "Anyone having trouble breathing: don't wait it out".
    r"|\b(?:everyone|everybody|anyone|anybody|y'all|folks|todos|todas|cualquier persona)"
    r"(?: [\w'-]+){0,6}:[^.!?:]{0,60}$"
    # First aid for whoever is at hand: "If someone is unresponsive, call 911 and give".
    r"|\b(?:if|when|si|cuando) (?:someone|somebody|a person|anyone|alguien|una persona)"
    r" [^.!?]{0,40},[^.!?]{0,40}$"
    # Or after an activity many share: "If you work outside, drink plenty of water".
    r"|\b(?:if you(?:'re| are)?|si(?: usted)?) (?:work(?:ing)?|trabaja|trabajas|spend(?:ing)?"
    r"|play(?:ing)?|hik(?:e|ing)|travel(?:ing)?|viaja|viajas|exercis(?:e|ing)|hace ejercicio"
    r"|haces ejercicio|camp(?:ing)?|heading|going) (?:outside|outdoors|afuera|al aire libre"
    r"|abroad|al extranjero|sports|deportes|in the heat|al sol|in the sun)\b[^.!?]{0,30}"
    r",[^.!?]{0,40}$"
)

_DIRECTIVE_RULES = (
    Rule(
        "medical_advice.directive",
        rx(
            rf"(?:{_YOU_CAN}{_ADVERB} {_WEAK_EN}|\b{_TREAT_EN}|\b{_TREAT_ES}|{_RECOMMEND}"
            rf"|{_DEBES} {_DEBES_VERB})(?: [\w'-]+){{0,3}}? {MED}\b{NOT_META}",
        ),
        unless_before=lazy(rf"(?:{GENERAL.pattern})|{_TO_EVERYONE}"),
        # "Swapping soda for water is an easy habit for all of us."
        unless_after=lazy(
            rf"{WITHOUT.pattern}|[^.!?]{{0,60}}\b(?:for all of us|for everyone|for everybody"
            r"|para todos)\b"
        ),
        # "If you take medicines that affect fluids, ask your care team how heat affects you."
        unless_in_sentence=lazy(
            r"^\W*(?:if|si) [^.!?,]{0,60}, (?:please )?(?:ask|talk to|talk with|check with|call"
            r"|pregunte|preguntele|consulte|hable con|llame)\b"
        ),
    ),
    Rule(
        "medical_advice.directive",
        rx(
            rf"{_YOU_CAN}{_ADVERB} {_STRONG_EN}",
            rf"{_YOU_SHOULD}{_ADVERB} (?:get|have) (?:an? |your )?(?:\w+ )?(?:x-?ray|mri"
            r"|ct scan|ultrasound|blood ?work|biopsy|ekg|colonoscopy|tested|checked for"
            r"|screened for)\b",
            r"\b(?:stop|quit|keep|continue|start|resume|avoid) taking\b(?! (?:calls"
            r"|appointments|new patients|walk-?ins|requests|orders|payments|cash|checks))",
            r"\b(?:double|increase|decrease|reduce|lower|raise|halve|adjust|change|cut|up|skip"
            r"|split|hold|stop|switch) (?:your|the|his|her|their|that|this|a|one) (?:\w+ )?"
            r"(?:dose|dosage)\b",
            r"\bcut (?:it|them|the (?:pill|tablet)s?) in half\b",
            r"\b(?:we'd|we would|i'd|i would|we|i) (?:strongly )?(?:recommend|suggest|advise)"
            r" (?:(?:getting|having) (?:that|this|it|those|these|them)|(?:that )?you (?:take|stop"
            r"|avoid|increase|skip|switch))\b",
            r"\b(?:need|try|get|ask for) (?:a |an )?(?:stronger|higher|lower|different|smaller"
            r"|bigger) (?:dose|dosage|medication|prescription|inhaler|antibiotic)\b",
            r"\b(?:can|may) safely (?:take|use|mix|combine|stop)\b",
            r"\bkeep (?:him|her|them|yourself|the baby|your \w+) (?:hydrated|home|cool|warm"
            r"|elevated|iced|on (?:the|a) \w+)\b",
            r"\bkeep (?:it|them|the (?:[\w-]+ )?\w+|your (?:[\w-]+ )?\w+) (?:elevated|covered"
            r"|clean and dry|iced|moisturized|wrapped|immobilized|bandaged)\b",
            r"\b(?:no need|there's no need|you don't need|you do not need) to (?:come in"
            r"|be seen|see (?:a|the|your) (?:doctor|provider)|go to the (?:er|hospital"
            r"|emergency room|urgent care))\b",
            r"\b(?:call in|send in|phone in) (?:a |the |your |that )?(?:prescription|rx"
            r"|refill|script)\b|\bprescribe (?:you|him|her|them)\b",
            r"\b(?:te|le|les) (?:recetamos|receto|recetare|recetaremos|recetara)\b",
            r"\b(?:lose (?:some )?weight|exercise more|cut out (?:sugar|salt|carbs|dairy"
            r"|caffeine|alcohol|gluten|red meat|sweets)|go on a diet|bajar de peso|perder peso"
            r"|hacer mas ejercicio|deje (?:las|los|el|la) (?:grasas|harinas|azucar|sal|cafe"
            r"|refrescos|dulces|huevos|alcohol))\b",
            rf"\b(?:ice|elevate|massage|rest|wrap|stretch|splint|immobilize) (?:it|them|the"
            rf" area|up|your (?:[\w-]+ )?(?:{BODY}|brain|body)|the (?:[\w-]+ )?{BODY})\b",
            r"\btake it easy (?:for|on|until|till)\b|\b(?:sleep|walk|sweat) it off\b"
            r"|\b(?:ride|tough|wait) it out\b|\bwatch and wait\b|\bwait and see\b",
            r"\bget (?:some|plenty of|lots of|more|extra) (?:rest|sleep|fluids)\b",
            r"\b(?:drink|push|increase|up) (?:plenty of|lots of|more|extra|some|the|your)?"
            r" ?(?:water|fluids|liquids|fluid intake|water intake)\b|\b(?:lots|plenty) of"
            r" (?:fluids|water|rest|liquids)\b",
            r"\b(?:gargle|rinse) with\b",
            r"\b(?:stay|keep|staying) off (?:it|of it|that|the|your|his|her)\b|\b(?:don't"
            r"|do not|avoid|try not to|no) (?:put|putting) (?:any )?weight on\b|\bno (?:sports"
            r"|screens|school|work|daycare|exercise|running|lifting|swimming|contact sports"
            r"|dairy|caffeine|alcohol|heavy lifting|gym|baths?|showers?)(?: or \w+)?"
            r"(?: [\w'-]+){0,4}? (?:for|until"
            r"|till)\b",
            r"\b(?:can|may|is cleared to|are cleared to|should be able to|is ok to|is okay to"
            r"|is fine to|'s fine to) resume (?:your |his |her |their )?(?:normal |usual |regular"
            r" )?(?:activities|activity|exercise|work|school|sports|routine|diet|running)\b",
            r"\b(?:can|may|is cleared to|are cleared to|should be able to|is ok to|is okay to"
            r"|is fine to|'s ok to|'s fine to) (?:go back|return|get back|go) to (?:school|daycare"
            r"|work|sports|practice|the gym|running|exercise|swimming|normal activities|normal"
            r"|soccer|football|baseball|basketball|class|camp)\b",
            r"\b(?:ya )?(?:puede|pueden|podra) (?:regresar|volver|ir) a (?:la escuela|la guarderia"
            r"|trabajar|el trabajo|clases|la escuela|hacer ejercicio|correr|nadar|su rutina"
            r"|sus actividades|jugar|entrenar)\b",
            r"\bno need (?:for|to go to) (?:the |a |an )?(?:er|emergency room|hospital|urgent care"
            r"|antibiotics|stitches|x-?rays?|a doctor|a visit)\b|\b(?:urgent care|the er|a"
            r" walk-in|your pharmacist) (?:can|could|should|will) (?:handle|take care of|deal"
            r" with) (?:that|it|this)\b|\bno (?:necesita|necesitas|hace falta|es necesario)"
            r" (?:venir|ir al|ir a la|que venga|que vengas)\b",
            r"\b(?:dr\.? \w+|doctor \w+|the doctor|your doctor|the nurse|our nurse|the provider"
            r"|your provider|our provider|the pa|the np|el doctor|la doctora|el dr\.? \w+|la"
            r" dra\.? \w+|la enfermera|el medico|la medica) (?:says|said|wants|recommends"
            r"|recommended"
            r"|suggests|suggested|thinks|told us|asked us to tell you|dice|dijo|quiere|recomienda"
            r"|sugiere) (?:that )?(?:you|your|it's|it is|to(?! (?:say|thank|welcome|wish"
            r"|congratulate|invite|share|celebrate|introduce))|he|she|they|que)\b"
            # ...but not what the doctor says of herself: "Dr. Okafor says she feels at home".
            r"(?! (?:already |really |truly )?(?:feels?|loves?|enjoys?|misses|can't wait|cannot"
            r" wait|is (?:so |really |very )?(?:excited|thrilled|happy|glad|grateful|honou?red"
            r"|proud)|se siente|esta (?:feliz|encantad[oa]|muy feliz)))",
            r"\b(?:keep|leave) (?:it|them) on (?:for|until|overnight|at night|all day)\b"
            r"|\bavoid (?:alcohol|caffeine|dairy|gluten|sugar|salt|spicy foods?|fatty foods?)\b"
            r"|\ball (?:you|he|she) (?:really )?(?:need|needs) is\b",
            r"\b(?:take|do|get|repeat|retake)(?: a| another| an)? (?:home |at-home |rapid )?"
            r"(?:pregnancy|covid|flu|strep|home|rapid) test (?:in|after|again|tomorrow|on|if)\b",
            r"\brice it\b|\br\.i\.c\.e\.?",
            r"\byou (?:don't|do not|won't|will not) need (?:a |an |the |another |your )?(?:\w+ )?"
            r"(?:booster|shot|vaccine|dose|test|scan|x-?ray|antibiotics|stitches|surgery|to be seen"
            r"|to come in|to worry)\b",
            r"\b(?:safe|fine|ok|okay|alright) to (?:get|have|do|delay|space out|skip|mix|combine"
            r"|wait on|postpone) (?:the|both|them|it|your|a|an|his|her)\b",
            r"\b(?:don't|do not|no need to|you don't have to) (?:bother|go|rush|run) (?:with|to)"
            r" (?:the )?(?:er|emergency room|hospital|urgent care)\b",
            r"\b(?:you|he|she|they)(?: \w+)? can (?:drive|shower|bathe|swim|lift|exercise|fly"
            r"|travel|drink|eat) (?:again|after|now|tomorrow|in \d|normally)\b|\b(?:ya )?(?:puede"
            r"|pueden|podra) (?:manejar|trabajar|banarse|ducharse|hacer ejercicio|correr|nadar"
            r"|cargar|comer|viajar|volar) (?:ya|despues|manana|otra vez|normal)\b",
            r"\bno (?:le|te|les) (?:de|des|den|ponga|pongas|unte) (?:leche|comida|jugo|jugos|agua"
            r"|lacteos|dulces|nada de comer|medicina|medicamentos?)\b",
            r"\byou can (?:just |probably |safely )?wait (?:for|until|till|and)\b|\bpuede"
            r" esperar (?:a|hasta) (?:su|tu|el|la|manana)\b",
            r"\b(?:sounds|looks|seems) like you (?:need|needs|should|might need|may need) (?:a |an"
            r" |some |to )",
            r"\b(?:we'll|we will|i'll|i will|we can|we'd|let us|let me) (?:send (?:over )?(?:a"
            r" refill|a prescription|one over|some)|call in some|refill (?:it|that|your \w+)"
            r"|renew (?:it|that|your \w+)|prescribe (?:some|you|it|that))\b",
            r"\b(?:tak(?:e|ing)|giv(?:e|ing)|us(?:e|ing)) (?:it|them|this|that|one|these|those)"
            r" (?:with food|with meals|on an empty stomach|before bed|at bedtime|at night|in the"
            r" morning|twice|once|every|daily|with water|with milk|first thing|in the am|in the pm"
            r"|in the evening|after dinner|after breakfast|with breakfast|with dinner|before meals"
            r"|after meals|at night instead|instead)\b|\btom(?:elo|ela|arlo"
            r"|arla|andolo|andola|ese|arse) (?:con comida|con alimentos|en ayunas|antes de dormir"
            r"|en la noche|en la manana|cada)\b",
            r"\bsee(?:ing)? if (?:it|that|the \w+|your \w+|things?)"
            r" (?:stops?|improves?|gets? better"
            r"|helps?"
            r"|goes? away|settles? down|calms? down|clears? up)\b|\b(?:esperar|espere|espera) a"
            r" ver\b|\ba ver si (?:mejora|se le quita|se le pasa|baja|se quita|se pasa)\b",
            r"\b(?:stitches|antibiotics|an x-?ray|x-?rays|surgery|a cast|a splint|treatment"
            r"|medication|a visit|an appointment|a doctor) (?:aren't|isn't|are not|is not|won't be"
            r"|will not be|probably aren't|probably isn't) (?:needed|necessary|required)\b",
            r"\b(?:you're|you are|he's|he is|she's|she is|they're|they are|you'll be|he'll be"
            r"|she'll be|you should be|he should be|she should be) (?:totally |perfectly"
            r" |probably |completely |good and )?(?:fine|ok|okay|safe|good|cleared|clear"
            r"|alright) to (?:go back|return|resume|exercise|swim|play|run|work|travel|fly"
            r"|drive|lift|shower|bathe|breastfeed|go to|get back)\b",
            r"\bif i were you\b|\bmy advice (?:is|would be)\b|\bi(?:'d| would) (?:try|take|stop"
            r"|use|start|go with)\b|\bwhat (?:works|worked|helps|helped) for me\b"
            r"|\bmy go-to\b|\bi swear by\b",
            r"\bmuch[oa]s? liquidos?\b",
            r"\byou (?:don't|do not) need (?:antibiotics|stitches|an x-?ray|a test"
            r"|to see a doctor|to go to the (?:er|hospital|emergency room)|to come in"
            r"|medication|treatment)\b",
            r"\b(?:it|that|this|they|he|she) can (?:probably |likely |safely |definitely"
            r" |usually |easily )?wait\b(?! (?:times?|list|room))",
            r"\b(?:it's|it is|its|it should be|it'd be|(?:that|this) is) (?:perfectly |totally"
            r" |completely )?(?:safe|fine|ok|okay|alright|all right) to (?:take|mix|combine|use"
            r"|drink|stop|skip|double|keep taking|exercise|breastfeed|give|eat|fly|travel"
            r"|drive|swim|shower|go back|return|lift|run|wait)\b",
            r"\b(?:is|are) (?:perfectly |totally )?safe (?:to take )?(?:during|while|in|for)"
            r" (?:pregnancy|breastfeeding|pregnant|kids|children|babies)\b",
            rf"{_DEBES} (?:tomar(?! (?:unos|algunos|un par|varios|hasta|mas|tiempo|asiento"
            r"|en cuenta|nota))|dejar de tomar|suspender|aumentar|disminuir|duplicar|doblar"
            r"|empezar a tomar|comenzar a tomar|seguir tomando|continuar tomando"
            r"|(?:reducir|bajar|subir) la dosis)\b",
            r"\b(?:deja|deje|dejar|dejes) de tomar\b",
            r"\b(?:sigue|siga|continua|sigas) (?:tomando|con (?:el|la|los|las|tu|su)"
            r" (?:\w+ )?(?:medicamento|medicina|tratamiento|pastillas?|antibiotico))\b",
            r"\b(?:aumenta|aumente|disminuye|disminuya|baja|baje|sube|suba|duplica|duplique"
            r"|reduzca|dobla|salta|salte|saltese|omite|omita|suspende|suspenda|cambia|cambie)"
            r" (?:la|tu|su|el) (?:\w+ )?(?:dosis|medicamento|medicina|insulina|pastilla"
            r"|tratamiento)\b",
            r"\byo que (?:tu|usted)\b|\byo en (?:tu|su) lugar\b|\bsi (?:yo )?fuera (?:tu|usted)\b"
            r"|\bmi consejo (?:es|seria)\b|\ben su lugar yo\b",
            r"\b(?:bebe|beba|toma|tome|tomar) (?:mucha|mucho|mas|suficiente|abundante)s?"
            r" (?:agua|liquidos?)\b|\bmuchos liquidos\b",
            r"\b(?:descansa|descanse|guarde reposo|guarda reposo|haga reposo|haz reposo)\b",
            r"\bno (?:necesitas|necesita) (?:antibioticos?|puntos|ir al (?:medico|hospital"
            r"|doctor)|ver a un (?:medico|doctor)|una radiografia|medicamentos?|tratamiento)\b",
            r"\b(?:es|esta) (?:seguro|bien) (?:tomar|mezclar|combinar|usar|dejar de tomar"
            r"|suspender)\b",
            r"\bno (?:tomes|tome|mezcles|mezcle)\b",
            # Activity and exercise orders, as physical therapy gives them: "no running this
            # weekend", "bump your squats to 4 sets of 12", "let that ankle rest".
            r"\bno (?:running|sports|soccer|football|basketball|baseball|practice|lifting|gym"
            r"|contact sports|jogging|skating) (?:this (?:week|weekend)|for now|yet|today"
            r"|tomorrow)\b",
            r"\bno (?:corras|corra|juegues|juegue|entrenes|entrene|levantes|levante|nades|nade"
            r"|patines|patine|hagas ejercicio|haga ejercicio)\b",
            r"\b(?:your|tus|sus|bump|increase|add|up|aumenta|aumente|sube|suba|haz|haga)"
            r" (?:[\w-]+ ){0,3}?(?:up )?(?:to |a )?\d+ (?:sets|series|rounds|reps|repeticiones)\b",
            rf"\blet (?:it|that|the|your|his|her) (?:[\w-]+ )?(?:{BODY} )?(?:rest|heal|recover)\b"
            rf"|\b(?:your|his|her|that|the|tus|sus|tu|su) (?:[\w-]+ )?{BODY} (?:needs?|could use"
            r"|necesita|necesitan) (?:some |a little |more )?(?:rest|ice|a break|time off|descanso"
            r"|reposo|hielo)\b",
            r"\b(?:skip|sit out|miss) (?:practice|the game|this game|the gym|your run|your"
            r" workout|the meet|the tournament|the match)\b",
            # Watching at home instead of coming in: "puede observarla en casa esta noche sin
            # ir a urgencias", "you can watch him at home tonight".
            r"\b(?:puede|pueden|puedes) (?:observarl[oa]s?|vigilarl[oa]s?|cuidarl[oa]s?"
            r"|tenerl[oa]s?) en casa\b|\bsin (?:ir|llevarl[oa]s?) a (?:urgencias|emergencias"
            r"|la sala de emergencias)\b|\byou can (?:watch|monitor|keep an eye on) (?:him|her"
            r"|them|it) at home\b",
            # Wound care: "keep that dressing dry until Friday".
            r"\b(?:keep|leave) (?:(?:that|the|your|his|her|this) (?:[\w-]+ )?(?:dressing|bandage"
            r"|incision|wound|cut|cast|stitches|splint|steri-?strips|gauze|sling|brace)s?"
            r" (?:dry|clean|covered|on|elevated|uncovered|open)|(?:it|them) (?:dry|clean|covered"
            r"|elevated) (?:until|till|for (?:\d|a |the next|two|three)))\b",
            r"\bback(?<![a-z] back) in (?:a|one|two|three|four|six|\d+)[- ](?:days?|weeks?"
            r"|months?) for\b",
        ),
        # "...whether a medicine is safe while breastfeeding, ask your provider"
        unless_before=lazy(rf"(?:{CANNOT.pattern})|{_TO_EVERYONE}|\bwhether\b[^.!?]{{0,30}}$"),
        unless_after=WITHOUT,
    ),
    Rule(
        "medical_advice.directive",
        rx(
            # "keep an eye on it for a few days": waiting is advice too.
            rf"\b(?:keep an eye on|watch|monitor) (?:it|that|them|(?:the|your|his|her|that)"
            rf" (?:[\w-]+ )?(?:{SYMPTOM}|{BODY}))(?: for| over| and| until)\b",
        ),
        unless_before=lazy(r"\b(?:we|we'll|we will|i'll|i will|our team)\b[^.!?]{0,20}$"),
    ),
)

# When to come back, for them: "return in four weeks for your second dose", "we'll recheck
# that shoulder in two weeks", "vuelva en dos semanas".
_SPAN = rf"{HOW_MANY}[- ]{TIME_UNIT}"
_FOLLOW_UP = Rule(
    "medical_advice.directive",
    rx(
        rf"\b(?:come|return|head|bring (?:him|her|them|the baby|baby|your [a-z]+)) back (?:in"
        rf"|after|at) (?:{_SPAN}|\d+ (?:months|years))\b|\breturn (?:in|after) {_SPAN}\b",
        rf"\b(?:repeat|redo|recheck|re-check|retest) (?:the |your |that |this |his |her )?"
        rf"(?:[\w-]+ ){{0,2}}?(?:in|after) {_SPAN}\b",
        rf"\b(?:see|check on) (?:you|him|her|them|your [a-z]+)(?: again| back)? in {_SPAN}\b",
        rf"\b(?:vuelva|vuelve|regrese|regresa|traigalo|traigala|traelo|traela) (?:\w+ )?(?:en"
        rf"|dentro de) {_SPAN}\b|\b(?:lo|la|le|los|las|te) (?:vemos|veremos|esperamos)"
        rf" (?:de nuevo |otra vez )?en {_SPAN}\b",
    ),
    unless_before=CONDITIONAL,
)

RULES: tuple[Rule, ...] = (*_DIRECTIVE_RULES, _FOLLOW_UP)
