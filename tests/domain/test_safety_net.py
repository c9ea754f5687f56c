"""The safety net raises clear emergencies and stays quiet on what only sounds like one."""

from __future__ import annotations

import dataclasses

import pytest

from tests.domain.safety_net_cases import (
    BYSTANDERS_CRISIS,
    BYSTANDERS_LOOK_ALIKES,
    BYSTANDERS_PHYSICAL,
)
from triage.domain.safety_net import SafetyNetHit, scan

PHYSICAL_ENGLISH = [
    ("my husband has crushing chest pain right now", "chest_pain"),
    ("I'm having chest pain and my left arm feels weird", "chest_pain"),
    ("pressure in my chest, sweating a lot", "chest_pain"),
    ("my chest hurts so bad", "chest_pain"),
    ("I think I'm having a heart attack", "chest_pain"),
    ("I can't breathe", "cant_breathe"),
    ("my baby is choking", "cant_breathe"),
    ("she's having trouble breathing and wheezing", "cant_breathe"),
    ("something is stuck in my throat and I can't breathe", "cant_breathe"),
    ("my mom's face is drooping and her speech is slurred", "stroke_signs"),
    ("I think I'm having a stroke", "stroke_signs"),
    ("my dad is having a stroke", "stroke_signs"),
    ("left side of his body went numb all of a sudden", "stroke_signs"),
    ("I suddenly can't move my right arm", "stroke_signs"),
    ("my kid drank bleach", "overdose"),
    ("she took a whole bottle of tylenol", "overdose"),
    ("I took 30 pills", "overdose"),
    ("toddler swallowed a button battery", "overdose"),
    ("I think my son overdosed", "overdose"),
    ("cut my hand and it won't stop bleeding", "severe_bleeding"),
    ("there's blood everywhere, bleeding heavily from his leg", "severe_bleeding"),
    ("soaking through a pad every hour after delivery", "severe_bleeding"),
    ("her throat is closing up", "anaphylaxis"),
    ("ate shrimp and now my lips are swelling", "anaphylaxis"),
    ("she's going into anaphylactic shock", "anaphylaxis"),
    ("my baby is not breathing", "unresponsive"),
    ("he passed out and won't wake up", "unresponsive"),
    ("her lips are turning blue", "unresponsive"),
    ("HELP my dad collapsed and isn't breathing", "unresponsive"),
    ("found my brother unresponsive", "unresponsive"),
    ("my son is having a seizure", "seizure"),
    ("she's been seizing for 5 minutes", "seizure"),
    ("the seizure won't stop", "seizure"),
]

PHYSICAL_SPANISH = [
    ("tengo dolor de pecho", "chest_pain"),
    ("me duele mucho el pecho", "chest_pain"),
    ("creo que le está dando un infarto", "chest_pain"),
    ("no puedo respirar", "cant_breathe"),
    ("mi hijo se está ahogando", "cant_breathe"),
    ("mi esposo no puede respirar", "cant_breathe"),
    ("a mi papá se le cayó la cara y habla arrastrando las palabras", "stroke_signs"),
    ("creo que me está dando un derrame", "stroke_signs"),
    ("mi niño se tomó cloro", "overdose"),
    ("se tomó todo el frasco de pastillas", "overdose"),
    ("sangra mucho y no para", "severe_bleeding"),
    ("no para de sangrar la herida", "severe_bleeding"),
    ("se me está cerrando la garganta", "anaphylaxis"),
    ("comí camarones y tengo los labios hinchados", "anaphylaxis"),
    ("mi bebé no respira", "unresponsive"),
    ("mi mamá se desmayó", "unresponsive"),
    ("mi abuelo no reacciona", "unresponsive"),
    ("mi hija está convulsionando", "seizure"),
    ("le está dando una convulsión", "seizure"),
]

CRISIS_ENGLISH = [
    # The injection veto ("got every shot myself") must not swallow a gun.
    ("i got a gun to shoot myself", "suicidal_intent"),
    ("i want to kill myself", "suicidal_intent"),
    ("I'm going to end my life", "suicidal_intent"),
    ("i want to die", "suicidal_intent"),
    ("kms", "suicidal_intent"),
    ("I'm suicidal", "suicidal_intent"),
    ("don't want to wake up tomorrow", "suicidal_intent"),
    ("everyone would be better off without me", "suicidal_intent"),
    ("I wrote my goodbye letter", "suicidal_intent"),
    ("there's no reason to live anymore", "suicidal_intent"),
    ("i'm going to take all my pills tonight", "suicidal_intent"),
    ("thinking about suicide a lot lately", "suicidal_intent"),
    ("i wish i was dead", "suicidal_intent"),
    ("I don't see the point in living anymore", "suicidal_intent"),
    ("my son said he wants to kill himself", "suicidal_intent"),
    ("my friend is suicidal, what do I do", "suicidal_intent"),
    ("he shot himself", "suicidal_intent"),
    ("#suicidal", "suicidal_intent"),
    ("suicidal thoughts every day", "suicidal_intent"),
    ("this is my goodbye. I wrote a note for my family", "suicidal_intent"),
    ("cutting myself again", "self_harm"),
    ("I'm going to hurt myself tonight", "self_harm"),
    ("i've been self harming", "self_harm"),
    ("I relapsed and cut myself last night", "self_harm"),
    ("won't be needing any more appointments. thank you for everything", "suicidal_intent"),
]

CRISIS_SPANISH = [
    ("me quiero morir", "suicidal_intent"),
    ("quiero suicidarme", "suicidal_intent"),
    ("me voy a matar", "suicidal_intent"),
    ("ya no quiero vivir", "suicidal_intent"),
    ("todos estarían mejor sin mí", "suicidal_intent"),
    ("tengo pensamientos suicidas", "suicidal_intent"),
    ("escribí mi carta de despedida", "suicidal_intent"),
    ("voy a tomarme todas mis pastillas", "suicidal_intent"),
    ("mi hija amenaza con suicidarse", "suicidal_intent"),
    ("me corto", "self_harm"),
    ("me corto los brazos cuando estoy triste", "self_harm"),
    ("quiero hacerme daño", "self_harm"),
    ("ya no voy a necesitar mis recetas. gracias por todo, cuídense", "suicidal_intent"),
]

NEGATED = [
    "no chest pain",
    "no chest pain, just a cough",
    "denies chest pain",
    "no fever, no cough, no chest pain",
    "no fever, cough, headache, nausea or chest pain",
    "no tengo fiebre, tos, náuseas o dolor de pecho",
    "I don't have any trouble breathing",
    "chest pain? no",
    "not suicidal",
    "not suicidal, just exhausted",
    "I don't want to kill myself, just tired",
    "I would never kill myself",
    "I'm not going to end my life, don't worry",
    "I'm not going to hurt myself",
    "I don't feel suicidal",
    "I'm not having a seizure, just a tremor",
    "sin dolor de pecho",
    "no tengo pensamientos suicidas",
    "no me duele el pecho",
    "no me quiero morir",
    "no tengo dolor de pecho ni fiebre",
]

PHRASE_CONTAINS_ITS_OWN_NEGATION = [
    ("I can't breathe", "cant_breathe"),
    ("no, I can't breathe", "cant_breathe"),
    ("no puedo respirar", "cant_breathe"),
    ("it won't stop bleeding", "severe_bleeding"),
    ("he isn't breathing", "unresponsive"),
    ("no respira", "unresponsive"),
    ("I don't want to be alive anymore", "suicidal_intent"),
]

PSEUDO_NEGATION_DOES_NOT_CANCEL = [
    ("I don't know what to do, I can't breathe", "cant_breathe"),
    ("idk what's happening my chest hurts so bad", "chest_pain"),
    ("I'm not ok, I want to kill myself", "suicidal_intent"),
    ("no one cares, I want to die", "suicidal_intent"),
    ("I have no friends and I want to die", "suicidal_intent"),
    ("I'm not sure but I think I'm having a heart attack", "chest_pain"),
    ("no chest pain but my face is drooping", "stroke_signs"),
    ("no estoy bien, me quiero morir", "suicidal_intent"),
    ("no sé qué hacer, no puedo respirar", "cant_breathe"),
]

PAST = [
    "I had chest pain last year",
    "my grandma had a stroke in 2019",
    "I was suicidal in high school but I'm doing great now",
    "I had suicidal thoughts a few years ago",
    "He had a seizure last month, need a neurology referral",
    "overdosed on pills 5 yrs ago, clean since. can I get a dental referral?",
    "my son's seizure was 3 wks ago, when is the follow-up",
    "tuve dolor de pecho el año pasado",
    "a mi abuela le dio un infarto en 2019",
    "a mi esposo le dio un derrame hace dos años",
    "mi hija tiene convulsiones desde bebé y necesita cita",
]

INFORMATIONAL = [
    "what are the signs of a stroke",
    "how do I know if it's a heart attack",
    "what does a heart attack feel like?",
    "can anxiety cause chest pain?",
    "is chest pain after covid normal?",
    "what should I do if my child is choking?",
    "if I have chest pain should I go to the ER?",
    "Learn the warning signs of a stroke: face drooping, arm weakness, speech difficulty",
    "¿cuáles son los síntomas de un derrame?",
    "¿Qué síntomas tiene un infarto?",
    "qué hacer si alguien tiene dolor de pecho",
    "si tengo dolor de pecho voy a urgencias?",
]

JOKES = [
    "this post gave me a heart attack lol",
    "I'm dying 😂",
    "dying of laughter",
    "killing it at work today",
    "kill me now, mondays",
    "this heat is killing me",
    "me muero de risa",
    "me mata de la risa",
    "lmao i want to die this is so cringe",
    "i can't breathe 😂😂",
    "no puedo respirar jajaja",
    "me quiero morir jajaja",
    "kms lol",
    "this meeting makes me want to kill myself lol",
    "i'm having a heart attack lmao",
    "bro i'm literally having a stroke reading this lol",
    "are you having a stroke lol",
    "omg I could kill myself for forgetting my appointment",
    "mi mamá me va a matar",
]

EXPLICIT_DESPITE_LAUGHTER = [
    ("i'm going to kill myself tonight lol", "suicidal_intent"),
    ("i took 30 pills lol", "overdose"),
    ("lol i want to die, i have the pills ready", "suicidal_intent"),
    ("I'm not joking, I want to die lol", "suicidal_intent"),
]

AWARENESS = [
    "September is suicide prevention month",
    "call 988 if you are struggling",
    "If you're feeling suicidal, call or text 988",
    "I watched a documentary about suicide prevention",
    "Our clinic supports mental health awareness month. Call 988 if you need help.",
    "why do people commit suicide",
    "you want to die?",
]

ORDINARY = [
    "won't need my appointment next week, we're moving to ohio. thanks for everything!",
    "I won't need the refill anymore, I'm all better. Thank you for everything!",
    "Please cancel my appointment, I don't need it anymore.",
    "Can I book an appointment for next Tuesday?",
    "My son has a fever and a cough",
    "Hola, ¿tienen citas disponibles mañana?",
    "Necesito una receta para mi presión",
    "I need a refill of my blood pressure meds",
    "my gums bleed a lot when I brush",
    "my period is really heavy and I'm bleeding a lot, is that normal?",
    "my nose is stuffy and I can't breathe through my nose",
    "I cut myself shaving",
    "I can't talk right now, call me later",
    "he's seizing the opportunity",
    "my teenager won't wake up for school",
    "the doctor is not responding to my messages",
    "I take all my pills every morning",
    "I forgot to take all my pills today",
    "me corto el pelo mañana",
    "my left leg went numb from sitting",
    "my face is numb from the dentist",
    "my throat is swollen and sore, strep?",
    "My chest hurts when I cough, is it pneumonia?",
    "I hope I don't wake up late tomorrow",
    "I don't want to live in this city anymore",
    "ending my life insurance policy, who do I call?",
    "I've been cutting carbs again",
    "I took two tylenol for my headache",
    'my favourite song is "suicidal thoughts" by biggie',
    "my son hung himself in 2012",
    "I'm having a stroke of genius",
    "finished my whole prescription of antibiotics",
    "I wrote a thank you note for my family",
]

HABITUAL = [
    "my chest hurts when I run",
    "I can't breathe when I lie down",
    "I feel like I can't breathe when I'm anxious, is that normal?",
    "me duele el pecho cuando hago ejercicio",
    "I've had chest pains on and off for months, mostly after eating",
    "chest tightness that comes and goes for the past two months, what tests should I ask for",
    "tengo dolor de pecho que va y viene desde hace meses",
]

# The same patterns turning into an event now.
INTERMITTENT_NOW = [
    (
        "chest pain on and off all week and now it's crushing and going down my left arm",
        "chest_pain",
    ),
    ("my chest pain comes and goes but right now it is really bad and I'm sweating", "chest_pain"),
    ("I have chest pain. It comes and goes but right now it is crushing", "chest_pain"),
]

SPELLING_VARIANTS = [
    ("I CAN'T BREATHE", "cant_breathe"),
    ("i cnt breathe", "cant_breathe"),
    ("I can\u2019t breathe", "cant_breathe"),
    ("helppp i cant breatheeee", "cant_breathe"),
    ("\uff49 \uff43\uff41\uff4e\uff54 \uff42\uff52\uff45\uff41\uff54\uff48\uff45", "cant_breathe"),
    ("NO PUEDO RESPIRAR", "cant_breathe"),
    ("no puédo respirár", "cant_breathe"),
    ("Mi bebe NO RESPIRA", "unresponsive"),
    ("me quieroooo morirrrr", "suicidal_intent"),
    ("i want to kiiiill myselfff", "suicidal_intent"),
    ("se desmayo", "unresponsive"),
    ("se desmayó", "unresponsive"),
]

SELF_HARM_AND_PHYSICAL = [
    ("I can't breathe and I want to kill myself", "suicidal_intent"),
    ("my chest hurts and I've been cutting myself", "self_harm"),
    ("tengo dolor de pecho y me quiero morir", "suicidal_intent"),
    ("I took 30 pills because I want to die", "suicidal_intent"),
]

# First-person disclosures along the Columbia scale (wish to be dead, active thoughts, method,
# intent, plan, preparation, recent behaviour). Each is an emergency that names the crisis line.
WISH_TO_BE_DEAD = [
    "I daydream about not waking up every night",
    "I think about not waking up every single day",
    "i just want it all to end",
    "I'm worth more dead than alive, at least the life insurance would pay off the house",
    "I wish I had never been born",
    "it would be so peaceful to not wake up",
    "honestly I wouldn't care if I died tomorrow",
    "tengo ganas de no despertar",
    "ojalá me durmiera y no despertara nunca",
    "sueño con no despertar",
    "quiero desaparecer para siempre, ya no aguanto",
    "kiero morirme ya",
]

ACTIVE_THOUGHTS = [
    "thinking about ending it tonight",
    "I've been thinking about ending things",
    "my thoughts of killing myself are getting louder",
    "i want to ctb soon",
    "planning to ctb this weekend",
    "ctb date is set for friday",
    "i want to unalive myself",
    "i keep thinking about unaliving myself",
    "i keep fantasizing about jumping off my balcony",
    "I fantasize about crashing my car into a wall on the way to work",
    "i keep imagining stepping in front of a train",
    "can't stop picturing myself jumping off the overpass on my way home",
    "I've been suicidal for weeks, can I get an earlier appointment?",
    "I felt suicidal all weekend and I'm scared to call the crisis line",
    "pienso en quitarme la vida todos los días",
    "fantaseo con tirarme del balcón",
    "me siento suicida otra vez",
    "llevo meses siendo suicida y nadie lo sabe",
]

METHOD_SEEKING = [
    "what's the least painful way to die",
    "what is the most painless way to go? i'm so tired of everything",
    "easiest way to end it? i can't keep doing this",
    "quickest way to kill myself without my family finding me",
    "I need help, I've been looking up the least painful ways to die",
    "been googling suicide methods all night",
    "how many of my sertraline pills would it take to not wake up",
    "how many tylenol would it take to kill me",
    "how many ambien would it take to not wake up",
    "how many units of insulin would kill someone my size",
    "would 40 advil be painless?",
    "is overdosing on sleeping pills painless",
    "is jumping off a bridge painless if it's high enough",
    "does it hurt to jump from a 10 story building",
    "how high does a bridge need to be to die for sure",
    "if i jump off the 8th floor will i die instantly",
    "¿cuál es la forma menos dolorosa de morir?",
    "¿cuál es la manera más fácil de suicidarse?",
    "la manera más rápida de matarme",
    "¿cuántas pastillas de paracetamol se necesitan para no despertar?",
]

INTENT_AND_PLAN = [
    "im going to end it tonight, I can't take it anymore",
    "lol gonna end it tonight fr",
    "I've worked out exactly how I would do it. I'm suicidal and can't stop thinking about it",
    "I have a plan to kill myself on Sunday, how do I get an appointment before then",
    "I'm going to take all my pills at once tonight",
    "I picked the day. goodbye everyone",
    "I've decided I won't be alive by Christmas",
    "he planeado mi suicidio y no sé cómo pedir ayuda",
    "ya tengo un plan para matarme",
    "voy a tirarme del puente esta noche",
    "quiero aventarme del puente",
    "esta noche lo hago, ya escribí mi carta de despedida",
    "me voy a tomar las pastillas de dormir todas juntas",
    "ya escogí el día, ya no puedo más",
]

MEANS_AND_PREPARATION = [
    "I'm sitting here with the gun in my mouth",
    "I had the pistol against my head for an hour last night",
    "right now there's a knife against my wrist",
    "tied a rope around my neck tonight but stopped",
    "I've been stockpiling my sleeping pills so I can take them all at once",
    "saving up my meds for when I'm ready to go. nobody knows",
    "I've been counting my pills and thinking about taking them all",
    "I have my pills lined up on the desk, nobody knows",
    "i'm so done. the pills are in my hand",
    "bought a rope today, there's no point anymore",
    "i bought a rope yesterday. i don't see a future anymore",
    "I keep holding the gun and thinking about it",
    "tengo la pistola en la boca",
    "tengo la navaja en la muñeca ahora mismo",
    "tengo la soga alrededor del cuello",
    "he estado juntando pastillas para tomármelas todas",
    "he estado guardando pastillas, nadie sabe",
    "ya compré la pistola, no es para protegerme",
    "tengo las pastillas en la mano y ya no doy más",
]

LOOKING_FOR_A_PLACE = [
    "does anyone know a good place to jump around here",
    "looking for a bridge high enough to jump from",
    "i need a tall building to jump off, any ideas",
    "what's a quiet spot to do it where nobody will find me? I have the rope",
    "found a bridge that's high enough to jump from, I'm going tonight",
    "i found the spot, nobody will find me there. I don't want to be here anymore",
    "busco un puente para tirarme",
    "busco un edificio alto para aventarme",
]

RECENT_BEHAVIOUR = [
    "attempted suicide last night, still here, don't know what to do",
    "I tried to overdose yesterday and nobody knows",
    "intenté matarme anoche",
]

# Disclosures asked as questions or while seeking help are still disclosures.
DISCLOSED_IN_A_QUESTION = [
    "how do I start counselling? I've already planned my suicide and I'm scared of myself",
    "I have planned my death down to the date, should I tell my therapist?",
    "been planning how I'd do it for a couple of weeks now, is therapy even worth it",
    "i've got a plan for how to end it and I don't know who to tell",
    "should I tell my therapist that I have a suicide plan?",
    "should I tell my therapist that I want to die?",
    "can I get a same-day appointment? I have a plan to overdose this weekend",
    "is it normal to be suicidal for months?",
    "is it normal that I've been suicidal for months and nobody noticed",
    "is it normal to want to die every day?",
    "is it normal to still want to die after starting lexapro?",
    "Is it normal to have suicidal thoughts on sertraline? I started it 2 weeks ago",
    "how do I ask for help when I'm thinking about ending it",
    "what should I do when I feel suicidal at night",
    "I feel suicidal but if I call the hotline will my job find out?",
    "feeling suicidal again today. will calling 988 get me fired?",
    "Feeling suicidal again. Is 988 free?",
    "suicidal lately and the hotline put me on hold, what do I do",
    "is calling the suicide hotline going to get me committed? I've been suicidal since March",
    "¿cómo empiezo terapia? ya tengo planeada mi muerte",
    "llevo semanas pensando en matarme, ¿es normal?",
    "¿es normal querer morir todo el tiempo?",
    "¿es normal pensar en matarme todos los días?",
    "¿debo decirle a mi terapeuta que pienso en quitarme la vida?",
    "ya sé qué puente, ya tengo planeado mi suicidio",
]

# Look-alikes of the disclosures above: none of them is an emergency.
GENERAL_QUESTIONS_ABOUT_SUICIDE = [
    "what are the warning signs of suicide",
    "how do I talk to my son about suicide?",
    "how do I talk to my teenager about suicide after his classmate died",
    "how do I know if my friend is suicidal",
    "what is the most common method of suicide among veterans",
    "is it normal for teens to talk about suicide in health class",
    "what are the risk factors for suicide in older men",
    "what should I do if my son says he wants to die?",
    "is it normal for my teenager to joke about wanting to die?",
    "how do I know if I'm depressed or just tired",
    "¿cuáles son las señales de alerta del suicidio?",
    "¿cómo hablo con mi hijo sobre el suicidio?",
    "mi hijo dice que quiere morir, ¿qué hago si lo vuelve a decir?",
]

AWARENESS_AND_NEWS = [
    "September is suicide prevention month, know the signs and call 988",
    "We are walking to raise money for suicide prevention. Join our team!",
    "News: the city installs nets on the bridge to prevent people jumping",
    "Feeling suicidal? You are not alone. Call or text 988.",
    "Struggling? Call 988, our clinic cares about suicide prevention",
    "caminata por la prevención del suicidio este sábado, llama al 988",
]

RECOVERY_STORIES = [
    "two years ago I attempted, today I'm grateful to be alive",
    "I attempted suicide in 2015 and I'm doing great now",
    "I used to fantasize about dying when I was a teenager, therapy helped so much",
    "when I was 16 I planned my suicide, now I volunteer at a crisis line",
    "I was suicidal for years but I've been stable since 2020",
    "three years ago I planned my suicide. today I run a support group",
    "back in college I had thoughts of killing myself, I'm good now",
    "hace cinco años intenté quitarme la vida y hoy estoy agradecida",
    "hace años pensaba en matarme, hoy estoy bien",
]

HYPERBOLE = [
    "this homework makes me want to die lol",
    "what's the quickest way to die of embarrassment lol",
    "i'm going to end it all if this printer jams one more time lmao",
    "planning my death by chocolate cake this weekend 😂",
    "what's the easiest way to die in minecraft lol",
    "I'd rather die than go to the DMV again lol",
    "it would be nice to not wake up at 5am for once lol",
    "I don't care if I die on this hill, pineapple belongs on pizza",
    "I wish I'd never been born in January, winter birthdays are the worst",
    "lol I'm out, see you at the 3pm appointment",
    "me quiero morir de la vergüenza jajaja",
]

NEGATED_DISCLOSURES = [
    "I'm not suicidal, just tired",
    "I'm not suicidal, I just can't sleep",
    "I don't have a plan to hurt myself, I just feel low",
    "no tengo un plan para matarme, solo estoy triste",
    "no pienso en quitarme la vida, solo estoy cansada",
    "no quiero morir, solo estoy cansada",
]

LYRICS_AND_STORIES = [
    'my favourite line is "I wanna die in my sleep" from that song',
    "the character in the book planned his suicide for months, such a sad novel",
    "this song is about a man who wants to die",
    "that song 'I want to die' is so sad",
    "he said in the movie 'I want to end it all'",
    "la película trata de un hombre que planea su suicidio",
]

LOOKALIKES = [
    # A shot is also an injection; "I'd rather be hit by a bus than..." is a preference.
    "mandates overstep, even though I got every shot myself",
    "i give the insulin shot myself every night",
    "I'd rather be hit by a bus than deal with the pharmacy drive-thru again",
    "my grandma died peacefully in her sleep last spring",
    "my grandpa wants to die at home, is hospice the best way to do it",
    "the least painful way for my dog to go, the vet says euthanasia",
    "I want to jump in the pool",
    "any recommendations for a good place to hang out in town?",
    "a great place to hang out with kids",
    "looking for a good place to jump into the river with my kids this summer",
    "looking for a good spot to jump into the water",
    "a good spot to jump on the trampoline",
    "found a great spot for our picnic",
    "is the ferris wheel high enough to see the whole city",
    "how many pills of ibuprofen can I take for my back",
    "how many tylenol can I take in a day",
    "how many melatonin pills does it take to fall asleep",
    "how many advil for a migraine",
    "how many units of insulin should I take before dinner",
    "how much tylenol is too much for a 5 year old",
    "what is the best way to go to the clinic",
    "what's the best way to get to your office from the train station",
    "the quickest way to go downtown from here?",
    "best way to end a conversation politely?",
    "easiest way to end it with my boyfriend?",
    "best way to die my hair without damaging it",
    "I think about dying my hair pink",
    "most painless way to remove a band-aid",
    "a painless way to get blood drawn?",
    "is the insulin pump painless?",
    "is the flu shot painless for kids",
    "does it hurt to get a shot in the arm",
    "does it hurt to jump on a trampoline after knee surgery",
    "does it hurt to jump with a sprained ankle",
    "gonna kill it at the gym today",
    "I daydream about jumping into the lake every summer",
    "daydreaming about my vacation",
    "I fantasize about quitting my job",
    "I fantasize about quitting and moving to Italy",
    "crashing at my friend's place tonight",
    "I'm saving up for my pills, the copay is huge",
    "stockpiling my insulin before the insurance changes",
    "I stockpiled my insulin before the hurricane",
    "hiding my pills from the toddler, any tips?",
    "my pills are ready for pickup?",
    "my pills are lined up in the weekly organizer, is that ok?",
    "can I take all my morning pills at once with food?",
    "I bought a gun for hunting season",
    "my dad bought a gun for hunting",
    "I have my dad's gun safe in the closet, is that ok with kids around?",
    "bought a rope for the tire swing, I'm done with the yard finally",
    "he held a knife to my throat during the robbery, I need a tetanus shot for the cut",
    "the mugger held a gun to my head and took my phone",
    "the barber put the razor on my neck and I flinched lol",
    "this mortgage feels like a noose around my neck",
    "we put up a noose decoration for halloween, is that bad taste",
    "I'm planning my funeral with the funeral home since I'm 90",
    "I've planned my wedding down to the date",
    "my dad has a plan for his retirement",
    "my plan is to get a second opinion",
    "I have a plan to lose weight",
    "we made a plan to jump into the lake at the party",
    "our kids love jumping off the dock at the lake",
    "we picked a date for the surgery, I need a doctor's note for work",
    "picked the day for my colonoscopy, nobody knows how nervous I am",
    "thinking about ending my gym membership",
    "I'm thinking of ending things with my girlfriend",
    "I'm going to end it with him tonight, wish me luck",
    "I'm going to end it with my therapist, she doesn't get me",
    "we're going to end it early today",
    "this show is going to end it next season",
    "I want it all to end well for the team",
    "tired of living paycheck to paycheck",
    "I decided I won't be here for the holidays, we're visiting family",
    "I'm so done with this week, the pills you gave me aren't working",
    "I've been researching methods for my thesis on bridge engineering",
    "googling methods to lower my cholesterol",
    "life insurance quote please",
    "busco un lugar para tirarme a la alberca con los niños",
    "busco un buen lugar para pasar el rato",
    "busco un lugar para saltar en paracaídas",
    "¿cuántas pastillas de ibuprofeno puedo tomar para el dolor de espalda?",
    "¿cuál es la mejor forma de llegar a la clínica?",
    "¿cuál es la manera más rápida de llegar al hospital?",
    "mi abuela murió tranquila mientras dormía",
    "mi abuelo tiene planeado todo su funeral",
    "sueño con ir a la playa",
    "fantaseo con renunciar a mi trabajo",
    "fantaseo con vivir en la playa",
    "pienso en morir de viejo con mis nietos",
    "quiero tirarme en la cama todo el día",
    "quiero tirarme al sofá y dormir todo el fin de semana",
    "estoy ahorrando para mis pastillas",
    "estoy guardando mis pastillas en el refri como dijo la farmacia",
    "tengo ganas de no ir a trabajar",
    "esta noche lo hago, el pastel de cumpleaños para mi hija",
    "ya escogí el día para la cita, gracias",
    "compré una cuerda para tender la ropa",
    "tengo las pastillas en la mano, ¿me las tomo con comida?",
    "me voy a tomar las pastillas todas juntas en la mañana, ¿está bien?",
]

HOSTILE = [
    "a" * 10_000,
    "help" + "p" * 9_996,
    ("no chest pain " * 800)[:10_000],
    ("i want to die lol " * 600)[:10_000],
    "!?.," * 2_500,
    "\U0001f602" * 10_000,
    ("(((((" * 2_000)[:10_000],
    ("can not " * 1_250)[:10_000],
    ("él está bien, sí señor " * 500)[:10_000],
]


@pytest.mark.parametrize(("text", "reason"), PHYSICAL_ENGLISH + PHYSICAL_SPANISH + INTERMITTENT_NOW)
def test_physical_emergencies_are_raised_without_the_crisis_line(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=False)


@pytest.mark.parametrize(("text", "reason"), CRISIS_ENGLISH + CRISIS_SPANISH + BYSTANDERS_CRISIS)
def test_suicide_and_self_harm_are_raised_with_the_crisis_line(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=True)


@pytest.mark.parametrize("text", NEGATED)
def test_a_negation_shortly_before_the_phrase_cancels_it(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize(("text", "reason"), PHRASE_CONTAINS_ITS_OWN_NEGATION)
def test_a_negation_inside_the_phrase_is_part_of_the_emergency(text: str, reason: str) -> None:
    hit = scan(text)
    assert hit is not None
    assert hit.reason == reason


@pytest.mark.parametrize(("text", "reason"), PSEUDO_NEGATION_DOES_NOT_CANCEL)
def test_negative_sounding_words_elsewhere_do_not_cancel_an_emergency(
    text: str, reason: str
) -> None:
    hit = scan(text)
    assert hit is not None
    assert hit.reason == reason


@pytest.mark.parametrize("text", PAST)
def test_past_events_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize("text", INFORMATIONAL)
def test_general_and_hypothetical_questions_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize("text", JOKES)
def test_jokes_and_idioms_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize(("text", "reason"), EXPLICIT_DESPITE_LAUGHTER)
def test_laughter_does_not_cancel_explicit_intent_or_a_plan(text: str, reason: str) -> None:
    hit = scan(text)
    assert hit is not None
    assert hit.reason == reason


@pytest.mark.parametrize("text", HABITUAL)
def test_a_routine_trigger_or_a_symptom_that_comes_and_goes_is_not_an_emergency(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize("text", AWARENESS)
def test_awareness_posts_and_advice_to_others_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_with_medical_words_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize(("text", "reason"), SPELLING_VARIANTS)
def test_case_accents_apostrophes_and_elongation_are_normalised(text: str, reason: str) -> None:
    hit = scan(text)
    assert hit is not None
    assert hit.reason == reason


@pytest.mark.parametrize(("text", "reason"), SELF_HARM_AND_PHYSICAL)
def test_self_harm_wins_over_a_physical_signal(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=True)


@pytest.mark.parametrize(
    "text",
    WISH_TO_BE_DEAD
    + ACTIVE_THOUGHTS
    + METHOD_SEEKING
    + INTENT_AND_PLAN
    + MEANS_AND_PREPARATION
    + LOOKING_FOR_A_PLACE
    + RECENT_BEHAVIOUR,
)
def test_first_person_suicidal_disclosures_raise_the_crisis_line(text: str) -> None:
    assert scan(text) == SafetyNetHit("suicidal_intent", crisis=True)


@pytest.mark.parametrize("text", DISCLOSED_IN_A_QUESTION)
def test_a_disclosure_asked_as_a_question_is_still_an_emergency(text: str) -> None:
    assert scan(text) == SafetyNetHit("suicidal_intent", crisis=True)


@pytest.mark.parametrize("text", GENERAL_QUESTIONS_ABOUT_SUICIDE + AWARENESS_AND_NEWS)
def test_general_questions_about_suicide_and_awareness_posts_are_not_emergencies(
    text: str,
) -> None:
    assert scan(text) is None


@pytest.mark.parametrize("text", RECOVERY_STORIES)
def test_recovery_stories_told_in_the_past_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


# Spanish "morirse de calor / de hambre / de risa" is a figure of speech.
SPANISH_IDIOMS_OF_DYING = [
    "me quiero morir de calor, a qué hora abren la clínica",
    "quiero morirme de hambre, la cita fue a las 7 y no he desayunado",
    "me quiero morir de tanta risa con este video",
    "deseo morir de viejita rodeada de mis nietos",
]
REPORTED_IDIOMS_AND_OLD_NEWS = [
    "mi abuela dice que se mata trabajando",
    "dijo que se mata de risa con ese programa",
    "she said she would end her life story with a twist",
    "years ago my dad said he wanted to end his life, he is doing great now",
]
# Dying "for real" or "of sorrow" is no idiom; a plan told in someone else's words is a plan.
DYING_FOR_REAL_AND_REPORTED_PLANS = [
    "me quiero morir de verdad",
    "me quiero morir de una vez",
    "quiero morir de tristeza",
    "mi compañero dijo que hoy se quita la vida después del turno",
    "mi novio me dijo que esta noche se mata",
    "my friend said she will end her life tonight",
    "he texted me that he'll kill himself",
    "my brother told me he is going to hang himself tonight",
]


@pytest.mark.parametrize(
    "text",
    HYPERBOLE
    + NEGATED_DISCLOSURES
    + LYRICS_AND_STORIES
    + SPANISH_IDIOMS_OF_DYING
    + REPORTED_IDIOMS_AND_OLD_NEWS,
)
def test_hyperbole_negations_and_quotations_are_not_disclosures(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize("text", DYING_FOR_REAL_AND_REPORTED_PLANS)
def test_dying_for_real_and_plans_told_by_someone_else_raise_the_crisis_line(text: str) -> None:
    hit = scan(text)
    assert hit is not None and hit.crisis


@pytest.mark.parametrize("text", LOOKALIKES)
def test_everyday_lookalikes_of_a_disclosure_are_not_emergencies(text: str) -> None:
    assert scan(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("his lips are blue and he's having chest pain", "unresponsive"),
        ("chest pain and I can't breathe", "cant_breathe"),
    ],
)
def test_the_most_urgent_physical_signal_is_reported(text: str, reason: str) -> None:
    hit = scan(text)
    assert hit is not None
    assert hit.reason == reason


@pytest.mark.parametrize("text", HOSTILE)
def test_long_hostile_input_returns(text: str) -> None:
    hit = scan(text)
    assert hit is None or isinstance(hit, SafetyNetHit)


def test_an_emergency_at_the_end_of_a_long_message_is_found() -> None:
    text = "thanks for the great care last week. " * 250 + "now my dad is not breathing"
    assert len(text) > 9_000
    assert scan(text) == SafetyNetHit("unresponsive", crisis=False)


@pytest.mark.parametrize("text", ["", " ", "\n\t", "...", "\U0001f602"])
def test_empty_or_blank_text_has_no_signal(text: str) -> None:
    assert scan(text) is None


def test_a_hit_is_an_immutable_value() -> None:
    hit = scan("I can't breathe")
    assert hit == SafetyNetHit("cant_breathe", crisis=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.crisis = True  # type: ignore[misc,union-attr]


# Physical emergencies told by someone beside the patient, in words a keyword list misses
# (cases invented for these rules, not taken from any corpus).
BYSTANDER_ENGLISH = [
    ("grandma's smile looks crooked and she keeps dropping her cup", "stroke_signs"),
    ("he can't smile on the left side since about 20 minutes ago", "stroke_signs"),
    ("my arm and leg on the right side just went numb", "stroke_signs"),
    ("worst headache of my life came on all at once while lifting", "sudden_headache"),
    ("three seizures in a row and he hasn't woken up in between", "seizure"),
    ("blood is spurting out of the cut on his wrist", "severe_bleeding"),
    ("I had the baby yesterday and I'm soaking a pad every hour", "severe_bleeding"),
    ("my brother is really hard to wake and his breathing is slow", "unresponsive"),
    ("she won't wake up even when we shake her", "unresponsive"),
    ("dad is barely breathing on the couch", "unresponsive"),
    ("can only say two words at a time, chest so tight", "cant_breathe"),
    ("my son's ribs are sucking in with every breath", "cant_breathe"),
    ("the baby's chest sucks in under her ribs when she breathes", "cant_breathe"),
    ("our 3 week old is grunting with every breath", "cant_breathe"),
    ("her inhaler did nothing and she's wheezing hard", "cant_breathe"),
    ("my 5 week old has a fever of 100.9", "sick_infant"),
    ("our 2-week-old is limp and won't nurse", "sick_infant"),
    ("my blood sugar is 36 and I'm shaky and sweating", "low_blood_sugar"),
    ("her meter says LO and she's not making sense", "low_blood_sugar"),
    ("my toddler swallowed a coin battery from the remote", "overdose"),
    ("he drank some of the lamp oil from the tiki torch", "overdose"),
]
BYSTANDER_SPANISH = [
    ("se le durmió la mitad de la cara a mi papá", "stroke_signs"),
    ("le dio un dolor de cabeza como un trancazo y no aguanta la luz", "sudden_headache"),
    ("me corté y la sangre sale a borbotones", "severe_bleeding"),
    ("a mi hija se le hunden las costillas al respirar", "cant_breathe"),
    ("mi bebé de 3 semanas tiene calentura", "sick_infant"),
    ("la glucosa marca 35 y está muy confundido", "low_blood_sugar"),
    ("mi niño se tragó una pila de reloj", "overdose"),
]
BYSTANDER_LOOK_ALIKES = [
    "my smile has been crooked since the braces came off, can you refer me?",
    "this meeting is giving me the worst headache of my life lol",
    "my 2 week old had a fever last week, all good now. when is her next checkup?",
    "our newborn photos are up!! no fever, just cuteness",
    "my newborn doesn't have a fever but she's sneezing, is that normal?",
    "my son is 10 weeks old and his temp is 99, is that a fever?",
    "my inhaler isn't working as well lately, should I ask about a new one?",
    "no grunting and her chest isn't sucking in, just a stuffy nose. ok to wait?",
    "he grunts with every breath at the gym lol, deadlift season",
    "he's so hard to wake up for school every morning",
    "my sugar was 45 this morning but I ate and I'm fine now",
    "sugar in my coffee is 40 calories",
    "I put a new battery in the thermometer",
    "my hearing aid has a new battery",
]


@pytest.mark.parametrize(
    ("text", "reason"), BYSTANDER_ENGLISH + BYSTANDER_SPANISH + BYSTANDERS_PHYSICAL
)
def test_bystander_and_caregiver_emergencies_are_raised(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=False)


@pytest.mark.parametrize("text", BYSTANDER_LOOK_ALIKES + BYSTANDERS_LOOK_ALIKES)
def test_their_look_alikes_are_not(text: str) -> None:
    assert scan(text) is None
