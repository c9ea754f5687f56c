"""The safety net raises clear emergencies and stays quiet on what only sounds like one."""

from __future__ import annotations

import dataclasses

import pytest

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


@pytest.mark.parametrize(("text", "reason"), PHYSICAL_ENGLISH + PHYSICAL_SPANISH)
def test_physical_emergencies_are_raised_without_the_crisis_line(text: str, reason: str) -> None:
    assert scan(text) == SafetyNetHit(reason, crisis=False)


@pytest.mark.parametrize(("text", "reason"), CRISIS_ENGLISH + CRISIS_SPANISH)
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
def test_a_symptom_brought_on_by_a_routine_trigger_is_not_an_emergency(text: str) -> None:
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
