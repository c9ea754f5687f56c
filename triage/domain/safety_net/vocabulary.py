"""Vocabulary shared by rules: word lists, and the vetoes and cues rules check nearby."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile

ADV = (
    r"(?:(?:really|just|so|literally|honestly|seriously|actually|truly|kinda|kind of|lowkey|"
    r"genuinely|fucking|fking|freaking|still|sometimes|totally|completely|legit|very) )?"
)
PERSON = (
    r"(?:he|she|hes|shes|they|theyre|baby|mom|mother|mum|dad|father|husband|hubby|wife|son|"
    r"daughter|kid|child|toddler|newborn|infant|grandma|grandpa|grandmother|grandfather|granny|"
    r"brother|sister|friend|boyfriend|girlfriend|bf|gf|partner|roommate|uncle|aunt|someone|"
    r"somebody|man|woman|guy|lady|patient|nephew|niece|cousin|coworker|neighbor|stranger|"
    r"customer|passenger|worker|driver|rider|cyclist)"
)
INTENT = (
    r"(?:going to|gonna|goin to|about to|want to|wanna|will|ill|imma|ima|plan to|planning to|"
    r"ready to|decided to|need to|gotta|might|thinking about|thinking of)"
)
PILLS = (
    r"(?:pills|pill|tablets|tabs|capsules|caps|meds|medication|medications|medicine|"
    r"sleeping pills|tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|xanax|benadryl|"
    r"oxy|oxycodone|percocet|percs|vicodin|ambien|lithium|klonopin|valium|insulin|"
    r"antidepressants|painkillers|pain killers|opioids)"
)
PILL_WORDS = (
    "pills pill tablets tabs capsules caps meds medication medications medicine tylenol "
    "acetaminophen paracetamol advil ibuprofen aspirin xanax benadryl oxy oxycodone percocet "
    "percs vicodin ambien lithium klonopin valium insulin antidepressants painkillers killers "
    "opioids"
)
PASTILLAS = r"(?:pastillas|pildoras|tabletas|capsulas|medicinas|medicamentos|pastas)"
PASTILLA_WORDS = "pastillas pildoras tabletas capsulas medicinas medicamentos pastas"
MYSELF = "myself self meself"
# Where people go to jump, and how high.
PLACE = (
    r"(?:bridge|building|roof|rooftop|balcony|overpass|ledge|cliff|tower|window|skyscraper|"
    r"parking garage|parking structure)"
)
HEIGHT = r"(?:floor|floors|story|stories|storey|storeys)"
PLACE_WORDS = (
    "place places spot spots location bridge bridges building buildings roof rooftop cliff "
    "ledge overpass tower skyscraper garage"
)
# The ways a first-person disclosure names dying by one's own hand.
SELF_ENDING = (
    r"(?:kill my ?self|killing my ?self|end my (?:own )?life|ending my (?:own )?life|"
    r"take my (?:own )?life|taking my (?:own )?life|commit suicide|committing suicide|suicide|"
    r"unalive my ?self|unaliving my ?self|off my ?self|hang my ?self|hanging my ?self|ctb)"
)
# "die" and "end it" are everyday words: "die of laughter", "die my hair", "end it with him".
DIE = r"(?:die|dying)(?! (?:of|from|laughing|(?:my|her|his|their|your|the|it) (?:\w+ )?hair)\b)"
END_IT = (
    r"(?:end|ending) (?:it(?: all)?|things|everything)(?! (?:with|between|for (?:good|now) with)\b)"
)
# The shape of a method question: "the least painful way to", "the quickest method of".
WAY = (
    r"(?:best|easiest|quickest|fastest|surest|simplest|quietest|cleanest|least (?:painful|messy|"
    r"traumatic|violent|scary)|most (?:reliable|effective|peaceful|painless|certain|humane|"
    r"comfortable)|painless|pain free|peaceful|quick and painless|foolproof|surefire|sure fire) "
    r"(?:and (?:\w+ )?(?:painless|quickest|easiest|fastest|surest|peaceful) )?(?:way|ways|method|"
    r"methods)"
)
PAINLESS_WAY = (
    r"(?:least painful|painless|most painless|pain free|quick and painless|most peaceful|"
    r"peaceful) (?:way|ways|method|methods)"
)
FIREARM = r"(?:gun|pistol|revolver|handgun|rifle|shotgun|barrel|muzzle|glock)"
ES_SPOT = (
    r"(?:puente|edificio|lugar|sitio|azotea|techo|barranco|precipicio|acantilado|risco|torre|"
    r"paso a desnivel|balcon|piso)"
)
# "Morirse de risa / de calor / de hambre" is an everyday figure of speech, never a plan.
ES_DEATH_IDIOM = (
    r"de (?:tant[oa]s? |la |el )?(?:risa|viej(?:it)?[oa]|ganas|hambre|sed|calor|frio|sueno|amor|"
    r"aburrimiento|pena|verguenza|envidia|nervios|cansancio)\b"
)
ES_SELF_ENDING = (
    rf"(?:matarme|suicidarme|quitarme la vida|morirme|morir(?! {ES_DEATH_IDIOM})|"
    r"no despertar(?:me)?|"
    r"nunca despertar(?:me)?|(?:tirarme|aventarme|lanzarme|arrojarme) (?:de|del|desde|por|"
    r"al vacio|a las vias|al tren|al metro|frente a|bajo)|colgarme|ahorcarme|"
    r"cortarme las venas|dejar de existir|acabar con (?:todo|mi vida)|terminar con (?:todo|"
    r"mi vida)|desaparecer para siempre|(?:estrellar|chocar) (?:mi|el) (?:carro|coche|auto)|"
    r"estar muert[oa]|el suicidio)"
)


MINOR_BLEEDING = compile(
    r"\b(?:gums?|encias|period|periods|menstrual|menstruation|regla|periodo|menstruacion|"
    r"spotting|brush|brushing|cepill\w*|floss\w*|blood (?:work|test|tests|draw|donation)|donat\w*|"
    r"movie|film|show|episode|scene|game|stopped|has stopped|finally stopped|paro|se detuvo)\b"
)
INTOXICATED = compile(
    r"\b(?:drunk|drinking|wasted|hammered|tipsy|beers?|wine|shots|high|stoned|borrach\w*|pedo|"
    r"pisto|tomado|cruda|hangover)\b"
)
NUMB_FROM_POSTURE = compile(
    r"\b(?:sitting|sat|slept|sleeping on|asleep|crossed|gym|workout|lifting|injur\w*|broke|"
    r"broken|cast|sprain\w*|surgery|dentist|dental|novocaine|numbing|anesthesia|filling|"
    r"root canal|dentista|anestesia|botox|filler|aging|age|wrinkles)\b"
)
ALLERGEN = compile(
    r"\b(?:allergic|allergy to|alergic[oa]|alergia a|anaphyla\w*|anafila\w*|peanuts?|nuts?|"
    r"almonds?|cashews?|shellfish|shrimp|crab|lobster|fish|eggs?|milk|dairy|sesame|bees?|wasps?|"
    r"hornets?|stung|sting|stings|bit(?:ten)? by|penicillin|amoxicillin|antibiotics?|sulfa|"
    r"latex|new (?:medication|medicine|med)|hives|epi ?pen|reaction|mani|cacahuates?|nueces|"
    r"mariscos|camaron(?:es)?|abejas?|avispas?|picadura|pico|penicilina|amoxicilina|"
    r"antibiotico|ronchas|reaccion)\b"
)
NOT_ALLERGIC_SWELLING = compile(
    r"\b(?:filler|fillers|injections?|botox|dentist|tooth|wisdom|punched|hit|fell|bit my|bite my|"
    r"dentista|muela|golpe)\b"
)
ROUTINE_MEDS = compile(
    r"\b(?:forgot|forget|forgetting|remember\w*|remind\w*|did i|should i|do i|need to|have to|"
    r"supposed to|make sure|can i|schedule|refill\w*|prescription|pharmacy|as prescribed|a day|"
    r"daily|every day|every morning|every night|morning|with food|on time|today|vacation|trip|"
    r"pill box|pill organi[sz]er|olvid\w*|record\w*|debo|tengo que|receta|al dia|diario|"
    r"cada dia|en la manana|con comida|horario|hoy)\b"
)
DRINKS = compile(
    r"\b(?:wine|vodka|whiskey|whisky|beer|tequila|rum|gin|champagne|soda|water|juice|milk|coke|"
    r"kombucha|ketchup|sauce|lotion|shampoo)\b"
)
TRIVIAL_OVERDOSE = compile(
    r"\b(?:caffeine|coffee|sugar|candy|chocolate|netflix|memes|anime|love|cuteness|tiktok|"
    r"sunshine|vitamin c|carbs|pizza|music|drama)\b"
)
SLEEPY = compile(
    r"\b(?:school|class|work|alarm|church|early|morning|noon|lazy|teen|teenager|weekend|bus|"
    r"breakfast|nap|escuela|trabajo|alarma|clase|temprano|flojo|floja)\b"
)
BREATHLESS = compile(
    r"\b(?:wheez\w*|cant (?:breathe|talk|speak)|can only say|blue|gray|grey|struggling|gasping|"
    r"tight|ribs|no puede (?:respirar|hablar)|ya no puede|morad[oa]|asfixi\w*|ahog\w*)\b"
)
# A baby under about three months: a fever or limpness is an emergency whatever else is said.
YOUNG_INFANT = compile(
    r"\b(?:(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[ -](?:day|"
    r"days|week|weeks|wk|wks)[ -]olds?|(?:baby|son|daughter|newborn|infant|bebe|nino|nina) "
    r"(?:is |es de |de |tiene )?(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:days|weeks|wks|dias|semanas)|newborn|recien nacid[oa]|(?:1|2|one|two)[ -](?:month|"
    r"mo)[ -]olds?|(?:un|1|dos|2) mes(?:es)? de nacid[oa])\b"
)
# A smile crooked since the braces came off, a crooked photo: not a stroke.
NOT_STROKE_FACE = compile(
    r"\b(?:braces|teeth|tooth|dentist|orthodont\w*|photo|picture|pic|selfie|filler|botox|frame)"
    r"\b"
)
NOT_COLLAPSE = compile(
    r"\b(?:drunk|wasted|couch|sofa|asleep|nap|tired|movie|watching|party|hangover|laughing|risa|"
    r"borrach\w*|bridge|building|market|economy|roof|tent|flyers|fliers|leaflets|pamphlets|"
    r"handouts|samples|candy|papers|tickets|cards|cookies)\b"
)
NOT_CYANOSIS = compile(
    r"\b(?:cold|raynaud\w*|hair|dye|dyed|paint|bruise\w*|makeup|lipstick|jeans|popsicle|candy|"
    r"slushie|freezing|pool|frozen|sky|screen|light)\b"
)
FAREWELL = compile(
    r"\b(?:goodbye|good bye|bye|farewell|final|last|forgive me|im sorry|i am sorry|im done|"
    r"sorry for everything|love you all|cant do this anymore|despedida|adios|perdon|"
    r"perdonenme)\b"
)
# A goodbye after cancelling one's own care ("won't be needing that refill... take care of
# yourselves"), unless the care simply moves elsewhere or is no longer needed.
SIGNING_OFF = compile(
    r"\b(?:take care of (?:yourselves|yourself|everyone|each other)|goodbye|good bye|farewell"
    r"|thank you for everything|thanks for everything|(?:for|over) all these years|putting up"
    r" with me|forgive me|cuidense|gracias por todo|adios a todos|perdonenme)\b"
)
CARE_MOVES_ELSEWHERE = compile(
    r"\b(?:moving|moved|move|relocat\w*|switching|switched|transferr?\w*|new (?:doctor|provider"
    r"|clinic|practice|insurance|job)|another (?:doctor|clinic|practice|provider)|insurance"
    r"|mail order|90 day|pharmacy|cured|all better|feeling better|healed|me mudo|nos mudamos"
    r"|otro doctor|otra clinica|seguro)\b"
)
ACCIDENT = compile(r"\b(?:accident\w*|by mistake|hunting|cleaning (?:his|her|the) gun)\b")
MEDIA = compile(
    r"\b(?:song|songs|album|lyrics|track|band|movie|film|show|series|episode|book|novel|"
    r"character|cancion|pelicula|serie|libro|quote|quoting|verse|chorus|poem|rapper|poema|"
    r"verso|coro|novela|personaje)\b"
)
CHEST_WALL = compile(
    r"\b(?:when (?:i )?(?:cough|sneeze|press|push on it|touch it)|(?:from|after|when) coughing|"
    r"chest cold|pulled (?:a )?muscle|cuando toso|al toser|(?:giving|gives|gave|give) me "
    r"(?:\w+ )?chest pains?)\b"
)
NOT_SEIZURE = compile(r"\b(?:engine|car|motor|bike|transmission|muscles?|back|neck|a day|a week)\b")
# Without one of these nearby, "do it" or "bought a rope" is not a suicidal disclosure.
_CRISIS_TALK = (
    r"suicid\w*|kill (?:my ?self|me)|end (?:it all|my life|things|everything)|ending it all|"
    r"(?:want|wanted|wanna|ready|going|gonna|deserve) to die|be dead|better off (?:dead|"
    r"without me)|"
    r"not wake up|never wake up|(?:fall asleep|sleep) forever|goodbye|good bye|farewell|"
    r"(?:suicide|goodbye|farewell|final|last) (?:note|notes|letter|letters)|(?:wrote|left|"
    r"writing|written) (?:a |my |the )?(?:note|notes|letter|letters) (?:for|to) (?:my )?"
    r"(?:family|kids|mom|dad|parents|wife|husband|everyone)|no (?:future|way out|reason to live)|"
    r"(?:dont|cant|no longer) see (?:a|any) (?:future|way out|point)|cant (?:do this|go on|"
    r"take (?:it|this) anymore|keep (?:going|doing this))|done (?:with (?:life|everything|"
    r"it all)|trying|fighting)|tired of (?:living|life|being alive)|unalive|ctb|"
    r"not for (?:protection|hunting|self defen[cs]e)|thinking about (?:it|doing it|using it)|"
    r"(?:no|whats the) point (?:anymore|in (?:living|trying|going on|any of this))|"
    r"nothing matters|(?:dont|do not) want to (?:be here|exist|live)(?: anymore)?|"
    r"no quiero (?:vivir|seguir|estar aqui)|ya no doy mas|no es para (?:protegerme|proteccion)|"
    r"(?:nobody|no one) (?:will|would) (?:miss|notice|care|find) me|matarme|morir(?:me)?|"
    r"quitarme la vida|no despertar|sobredosis|despedida|despid\w*|carta de despedida|"
    r"ya no (?:aguanto|puedo mas)|acabar con todo|terminar con todo"
)
CRISIS_CUE = compile(rf"\b(?:{_CRISIS_TALK})\b")
# Pills put aside: the circumstances tell ("so nobody knows", "to take them all at once").
STASH_CUE = compile(
    rf"\b(?:{_CRISIS_TALK}|(?:take|taking) (?:them all|all of them)|all at once|"
    r"(?:nobody|no one) (?:knows|cares|is home)|nobody home|home alone|for when|ready to go|"
    r"when im ready|when the time comes|nadie sabe|de una vez|todas juntas|tomarmelas|"
    r"(?:im|i am) (?:so |just )?(?:done|out)\b(?! (?:with (?:work|school|the|my|this)|for (?:today|"
    r"the day|now)|of))|(?:have|got) enough(?: now)?\b(?! (?:for|to (?:last|get|cover)))|"
    r"sin (?:molestar|que nadie sepa))\b"
)
CRISIS_OR_MEANS = compile(
    rf"\b(?:{_CRISIS_TALK}|rope|noose|gun|pistol|loaded|pills|razor|blade|bridge|pastillas|"
    r"pistola|soga|cuerda|navaja|puente)\b"
)
# Someone else's goodbye followed by silence is an emergency when something nearby says why.
# Not CRISIS_OR_MEANS: its crisis talk counts the goodbye itself.
THIRD_PARTY_DANGER = compile(
    r"\b(?:pills|gun|rope|knife|razor|bridge|kill|suicid\w*|overdose|end it|pastillas|pistola|"
    r"matarse|depressed|deprimid[oa]|lives alone|vive sol[oa]|hurt (?:him|her|them)self)\b"
)
# Someone else holding the weapon is an assault, not a disclosure.
ASSAULT = compile(
    r"\b(?:he|she|they|someone|somebody|guy|man|dude|robber|mugger|attacker|officer|cop|ex|"
    r"stranger) (?:\w+ ){0,2}(?:put|held|holding|pointed|pointing|pressed|pressing|shoved|had)\b|"
    r"\b(?:robbed|robbery|mugged|mugging|held up|carjack\w*|at gunpoint|at knifepoint|"
    r"assault\w*|attacked|by accident|accidental\w*|cooking|kitchen|chopping|slicing|shaving|"
    r"me (?:asaltaron|robaron|amenazaron|apuntaron|pusieron)|asalt\w*|ladron\w*|un tipo|"
    r"un hombre|a punta de)\b"
)
FIGURATIVE_NOOSE = compile(
    r"\b(?:like|is|s|as|was|are|como|es)\s+(?:a|an|the|una|un)\s+(?:\w+\s+)?"
    r"(?:noose|rope|soga)\b|\b(?:metaphor\w*|figurative\w*|halloween|decoration|prop|costume|"
    r"knot|knots|scouts?|sailing|western|haunted|theater|theatre|disfraz|adorno)\b"
)
NOT_SUICIDAL_JUMP = compile(
    r"\b(?:pool|pools|lake|river|ocean|sea|water|trampoline|parachute|bungee|skydiv\w*|dive|"
    r"diving|swim\w*|cannonball|foam|airbag|snow|ski|skiing|skate\w*|parkour|bike|alberca|"
    r"piscina|pileta|paracaidas|trampolin|agua|nadar|rio|lago|mar)\b"
)
# A game, a story, a pet or a relationship can end, and can "die", without anyone dying.
NOT_SELF_ENDING = compile(
    r"\b(?:game|games|minecraft|fortnite|roblox|zombie|zombies|apocalypse|story|stories|novel|"
    r"character|screenplay|dnd|rpg|relationship|friendship|marriage|conversation|meeting|email|"
    r"speech|presentation|essay|argument|boyfriend|girlfriend|bf|gf|lease|contract|"
    r"subscription|membership|dog|dogs|cat|cats|pet|pets|puppy|kitten|hamster|horse|vet|"
    r"euthan\w*|hospice|palliative|plant|plants|weeds|lobster|mice|mouse|rats|roaches|bugs|ants|"
    r"pests?|show|series|season|episode|streak|diet|cleanse|call|situationship|affair)\b"
)
# "I'm going to end it" is the writer's; "they're going to end it" (a show, a contract) is not.
ENDING_INTENT = (
    r"(?:going to|gonna|goin to|about to|ready to|decided to|want to|wanna|need to|gotta|"
    r"have to|might|plan to|planning to|will)"
)
SOMEONE_ELSE_ENDING = compile(
    rf"{NOT_SELF_ENDING.pattern}|\b(?:they|theyre|we|were|he|she|hes|shes|you|youre|is|are)"
    rf"\s+(?:\w+\s+)?{ENDING_INTENT}\s+(?:\w+\s+)?end it\b"
)
# "I attempted suicide" alone may be history; with one of these it is recent behaviour.
JUST_NOW = compile(
    r"\b(?:last night|yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend)|"
    r"earlier|again|just|an hour ago|hours ago|(?:\d+|two|three|a few|few|couple of) (?:hours|"
    r"days) ago|recently|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"still here|woke up|in the (?:hospital|er)|ambulance|survived)\b"
)
FATAL_QUESTION = compile(
    r"\b(?:die|dead|death|kill|enough|survive|fatal|instant|painless|hurt|sure|morir|matarme)\b"
)
