"""Physical emergencies told by bystanders, parents and the injured themselves (falls, people hit
by cars, major burns, severed fingers and open fractures, someone doing CPR, a birth under way or
a pregnancy in danger, a heart device that keeps shocking, carbon monoxide, a child who got into
adult medicines, a sick young baby, a child with a purple rash or dried out, low oxygen, an
asthma attack, a plea to call 911), and the self-harm and
third-party suicide signals written beside them, with the look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from triage.domain.safety_net import SafetyNetHit, scan

PHYSICAL = [
    ("my toddler just fell out of a second story window", "serious_injury"),
    ("my son fell off the roof, about 20 feet, he's not moving", "serious_injury"),
    (
        "guy at the construction site fell 3 stories and is breathing but not answering us",
        "serious_injury",
    ),
    ("a car just hit a kid in front of your clinic, he isn't getting up", "serious_injury"),
    ("atropellaron a un señor aquí afuera y no se mueve", "serious_injury"),
    ("mi hijo se cayó del segundo piso y no reacciona bien", "serious_injury"),
    ("se cayó de la azotea y está sangrando de la cabeza", "serious_injury"),
    ("someone call 911 for me i can't talk", "asks_for_911"),
    ("please call 911, I'm at 14 elm st and can't get up", "asks_for_911"),
    ("llamen al 911 por favor no puedo hablar", "asks_for_911"),
    ("pulse ox reading 79% and i feel like i'm suffocating", "low_oxygen"),
    ("my dad's oxygen is 84 on the finger monitor and he's confused", "low_oxygen"),
    ("her o2 sat keeps dropping, 85% now", "low_oxygen"),
    ("burned my whole arm on the exhaust pipe, it's white and charred", "serious_injury"),
    (
        "my kid pulled boiling water on himself, his chest and arm are blistering and the skin is "
        "peeling off",
        "serious_injury",
    ),
    ("se quemó con aceite hirviendo toda la cara y se le está pelando la piel", "serious_injury"),
    ("my water broke and i can feel the cord", "birth_emergency"),
    ("se me rompió la fuente y siento el cordón", "birth_emergency"),
    (
        "help my wife is in labor and the baby is coming out feet first and we're in the car",
        "birth_emergency",
    ),
    ("the baby's head is coming out and we're still at home", "birth_emergency"),
    ("my pacemaker keeps giving me shocks, 3 in the last 10 min", "device_shocks"),
    ("my defibrillator shocked me twice in the past hour and I feel dizzy", "device_shocks"),
    ("mi desfibrilador me dio 3 descargas seguidas", "device_shocks"),
    (
        "me and my wife both have pounding headaches and nausea and the dog is acting drunk, the "
        "furnace just came on for the first time this year",
        "carbon_monoxide",
    ),
    ("the carbon monoxide alarm is going off and my kids are throwing up", "carbon_monoxide"),
    (
        "la alarma de monóxido de carbono está sonando y todos tenemos dolor de cabeza",
        "carbon_monoxide",
    ),
    (
        "my 3yo has a fever 104.5 and a rash of tiny purple dots and is super lethargic",
        "purple_rash",
    ),
    ("fever and purple spots that don't fade when I press a glass on them", "purple_rash"),
    (
        "my daughter hasn't peed since yesterday, eyes sunken and she's too weak to sit up",
        "dehydration",
    ),
    ("tomé pastillas con alcohol, no le digan a mis papás", "overdose"),
    ("my grandson fell out of the upstairs window onto the driveway", "serious_injury"),
    (
        "my dad just fell off the roof cleaning the gutters and he's not making sense",
        "serious_injury",
    ),
    ("a worker fell 4 floors at the site next to your office", "serious_injury"),
    (
        "my daughter got hit by a car in the school pickup line, she's crying and won't move her "
        "leg",
        "serious_injury",
    ),
    ("a truck hit a cyclist right outside your building", "serious_injury"),
    ("i burned my entire hand on the grill and the skin is coming off", "serious_injury"),
    ("the baby pulled a pot of boiling water onto her chest", "serious_injury"),
    ("he has third degree burns from the bonfire", "serious_injury"),
    ("mi papá se cayó del andamio y está tirado en el suelo", "serious_injury"),
    ("a mi vecino lo atropelló un carro y no se mueve", "serious_injury"),
    ("le cayó aceite hirviendo en la cara a mi esposa", "serious_injury"),
    ("se le está cayendo la piel del brazo por la quemadura", "serious_injury"),
    ("please someone call 911 my husband is on the floor", "asks_for_911"),
    ("call an ambulance for my mom, 22 birch lane", "asks_for_911"),
    ("llamen a una ambulancia, mi abuela no responde bien", "asks_for_911"),
    ("my husband's oxygen level is 86 and his lips look dusky", "low_oxygen"),
    ("spo2 82 on the home monitor, what do I do", "low_oxygen"),
    ("la saturación de mi mamá está en 84", "low_oxygen"),
    (
        "i'm 38 weeks, my water just broke and there's something like a cord coming out",
        "birth_emergency",
    ),
    (
        "contractions 1 min apart and the baby's head is crowning, we can't make it to the "
        "hospital",
        "birth_emergency",
    ),
    ("ya se le ve la cabeza al bebé y seguimos en la casa", "birth_emergency"),
    ("my ICD went off three times this morning and I'm lightheaded", "device_shocks"),
    ("el desfibrilador me dio dos descargas seguidas", "device_shocks"),
    ("the CO alarm keeps going off and we all feel dizzy", "carbon_monoxide"),
    (
        "we all have headaches and feel sick since we started running the generator in the garage",
        "carbon_monoxide",
    ),
    (
        "my son has a fever and purple spots on his belly that don't fade when I press them",
        "purple_rash",
    ),
    ("mi bebé tiene calentura y manchas moradas en la panza", "purple_rash"),
    ("my toddler hasn't peed since last night and she's so weak she can't stand", "dehydration"),
    ("me tomé unas pastillas para dormir con tequila y me siento muy rara", "overdose"),
    ("doing CPR on my husband right now, the ambulance is coming", "unresponsive"),
    ("a man dropped at the gym and someone is doing chest compressions", "unresponsive"),
    ("le estoy haciendo RCP a mi hijo, ya viene la ambulancia", "unresponsive"),
    ("an old man just grabbed his chest and fell in the checkout line", "chest_pain"),
    ("mi abuelo se agarró el pecho y se cayó al piso", "chest_pain"),
    ("a stranger collapsed at the bus stop across from your office", "unresponsive"),
    ("a customer just passed out in line and isn't answering", "unresponsive"),
    ("my son's finger got cut off in the car door", "serious_injury"),
    ("finger almost cut off on the table saw, it's hanging by skin", "serious_injury"),
    ("bone is sticking out of his leg after the fall", "serious_injury"),
    ("se le ve el hueso salido del brazo", "serious_injury"),
    ("my toddler got into grandma's pill organizer and a few days are empty", "overdose"),
    ("my 2 year old swallowed a fentanyl patch", "overdose"),
    ("the baby chewed on one of my fentanyl patches", "overdose"),
    ("mi hijo de 3 años se comió unas pastillas de la presión de su abuela", "overdose"),
    ("el niño se tragó unos imanes", "overdose"),
    ("my dad is jerking on the floor and won't respond, he's never had a seizure", "seizure"),
    ("my daughter is having a really bad asthma attack and her inhaler is empty", "cant_breathe"),
    ("mi hijo tiene un ataque de asma muy fuerte y no tenemos el inhalador", "cant_breathe"),
    ("i just coughed up a cup of blood", "severe_bleeding"),
    ("my water broke at 31 weeks and i'm having contractions", "birth_emergency"),
    ("36 weeks and the baby hasn't moved all day", "birth_emergency"),
    ("34 weeks pregnant, pounding headache and my bp is 168/112", "birth_emergency"),
    ("had my baby last week and my blood pressure is 175/115 with a headache", "birth_emergency"),
    ("se me rompió la fuente y tengo 30 semanas", "birth_emergency"),
    ("my 1 month old has a fever 100.8", "sick_infant"),
    ("2 month old, 101.3 rectal and sleepy", "sick_infant"),
    ("3 week old, 100.9 rectal, not eating much", "sick_infant"),
    ("took my whole prescription 20 min ago", "overdose"),
    ("i swallowed my whole month's supply of sertraline", "overdose"),
    ("le medimos la glucosa y marca 35 y está sudando", "low_blood_sugar"),
]

CRISIS = [
    (
        "my best friend just sent me a pic of a bunch of pills and said bye. she lives alone",
        "suicidal_intent",
    ),
    (
        "my brother texted me goodbye and now he won't answer his phone, he has pills",
        "suicidal_intent",
    ),
    ("can't stop the urge to cut, i already did 3 and want more", "self_harm"),
    ("my cousin posted a photo of his gun with the caption goodbye everyone", "suicidal_intent"),
    (
        "my roommate texted me goodbye and now she isn't answering, she's been so depressed",
        "suicidal_intent",
    ),
    ("the urge to cut is so strong tonight, i have the razor out", "self_harm"),
    ("sitting in my car in the garage with the engine running", "suicidal_intent"),
    ("estoy en el carro en la cochera con el motor prendido", "suicidal_intent"),
    ("tengo la soga lista en el closet", "suicidal_intent"),
    ("the rope is ready in the garage", "suicidal_intent"),
]

LOOK_ALIKES = [
    "my son fell off the monkey bars last week, his wrist still hurts, should we get an xray?",
    "I fell down the stairs two years ago and my back still aches",
    "fell off my bike lol my ego is bruised",
    "the stock market fell 3 stories worth today",
    "when a toddler falls from a window what injuries should parents watch for?",
    "the roof of the old barn collapsed last winter",
    "my sister collapsed from heat exhaustion last summer, what should she do to prevent it?",
    "do I need to call 911 for a sprained ankle or can I come in?",
    "if it's an emergency call 911, got it, thanks",
    "my mom said she'd call 911 if my fever went over 104 lol",
    "my pulse ox says 97%, is that good?",
    "my oxygen was 88 when I was in the hospital last year",
    "what oxygen level is too low for covid?",
    "burned my finger on the pan, small blister, should I pop it?",
    "got a sunburn at the beach, it's peeling",
    "my water broke with my first baby at 39 weeks, how do I know when to go in this time?",
    "is it normal to feel the baby kick a lot at 30 weeks?",
    "my pacemaker check is next week, do I need to bring anything?",
    "I got shocked by my ICD once last year, it was scary",
    "we just installed a carbon monoxide alarm, where should it go?",
    "is it true carbon monoxide poisoning can cause headaches?",
    "my son has a red rash after amoxicillin, no fever, should I stop it?",
    "my best friend said bye and moved to texas last week",
    "can I take tylenol with a glass of wine?",
    "¿puedo tomar pastillas para la presión con alcohol?",
    "had the urge to cut my hair short lol",
    "my son fell out of bed last night, there's a small bump, should I worry?",
    "fell off a ladder last summer and my knee still clicks",
    "this week has hit me like a truck",
    "my cat fell off the balcony but she's fine",
    "my phone fell out the window of the car lol",
    "got hit by a car in 2019, do you have my records from then?",
    "small burn on my hand from the oven, how do i treat it?",
    "my dog got hit by a car, do you know a good vet?",
    "se cayó mi celular por la ventana jaja",
    "¿cómo se trata una quemadura leve en el brazo?",
    "when should i call 911 instead of the nurse line?",
    "please call 911 if you have chest pain, do not message us",
    "si tiene una emergencia, llamen al 911",
    "do I need to call 911 for a bee sting if I'm not allergic?",
    "my oxygen is 98, heart rate 72, all good after the run",
    "my grandma is 86 and on oxygen at night, can she get the flu shot?",
    "oxygen at 88 was my lowest when I had covid two years ago",
    "is it normal to feel pressure like the baby is coming at 34 weeks?",
    "what is cord blood banking and do you recommend it?",
    "my baby's umbilical cord stump fell off, is that ok?",
    "my pacemaker battery needs replacing soon, who schedules that?",
    "my ICD fired once last year and they adjusted it",
    "should I get a carbon monoxide detector for my apartment?",
    "we all have headaches from the heat wave, the AC is broken",
    "my daughter has purple spots on her shin from soccer, no fever, just bruises?",
    "my baby hasn't pooped in 3 days, is that normal?",
    "my friend texted me goodbye before her flight and isn't answering, probably on the plane",
    "¿puedo tomar mis pastillas de la presión con una cerveza?",
    "resisting the urge to cut my own bangs again",
    "the urge to cut carbs completely is strong lol",
    "i took a CPR class last month, do you offer recertification?",
    "does the clinic teach infant cpr classes?",
    "he clutched his chest and fell to the floor laughing lol",
    "a stranger passed out flyers outside your office all day",
    "i cut off the tip of my fingernail trimming it too short, it stings",
    "my cousin cut off all his hair for charity",
    "my toddler swallowed a watermelon seed, is that ok?",
    "my son takes his adhd pills with breakfast, can he take them with juice?",
    "my dog was shaking on the floor during the fireworks",
    "i had an asthma attack last week, can i get a refill on my inhaler?",
    "what should i do if my child has an asthma attack at school?",
    "coughed up a little blood-tinged phlegm with this cold, should I worry?",
    "my water broke at 40 weeks with my first, how long did labor take for most people?",
    "my bp was 150/95 at my last pregnancy appointment, should I worry?",
    "baby moves a lot at night at 28 weeks, is that normal?",
    "my 10 month old has a fever of 100.8 and is teething",
    "warming up the car in the driveway with the engine running, is that bad for it?",
    "the jump rope is ready for gym class",
    "the knife is against the cutting board",
    "I took my whole prescription of antibiotics like you said, the infection is gone",
    "mi glucosa en ayunas marca 95",
]


@pytest.mark.parametrize(("text", "reason"), PHYSICAL)
def test_physical_emergencies_are_raised_without_the_crisis_line(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=False)


@pytest.mark.parametrize(("text", "reason"), CRISIS)
def test_self_harm_and_someone_elses_goodbye_carry_the_crisis_line(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=True)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_left_to_the_model(text: str) -> None:
    assert scan(text) is None
