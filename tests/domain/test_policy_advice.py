"""Medical advice in every shape staff write it: doses, changes, home care, claims, triage.

Every case is invented. Each class has unsafe replies (English and Spanish, formal and
casual) and safe look-alikes that use the same words about the office.
"""

import pytest

from tests.domain.replies import PRACTICE, blocking
from triage.domain.policy import ReplyContext, check_reply

DOSE = "medical_advice.dose"
DIRECTIVE = "medical_advice.directive"
MEDICINE = "medical_advice.medicine"

# A count, strength, schedule or course of a medicine, with or without a unit.
DOSES = [
    "just take a couple advil and lie down for a bit",
    "Give her half a Benadryl before the car ride.",
    "metformin 500 with dinner is a normal starting point",
    "Two Tylenol and a nap usually does it for me!",
    "A 7-day course of Keflex usually handles it.",
    "Amoxicillin for 10 days should clear it.",
    "Use the inhaler 2x a day until the wheezing stops.",
    "Warm compresses a few times a day.",
    "dos pastillas de paracetamol y a dormir",
    "Dele 5 ml de jarabe cada 8 horas.",
    "Tómelo con comida, dos veces al día.",
    "Le puede dar un ibuprofeno infantil.",
]

# Starting, stopping, skipping, holding, switching: plain, soft, or as a question.
CHANGES = [
    "Hold your lisinopril tonight and call us in the morning.",
    "I'd hold off on the statin until your labs are back.",
    "It might be worth pausing the Zoloft for a week.",
    "Go ahead and restart the insulin at the old dose.",
    "Maybe try cutting back on the Adderall.",
    "Have you tried Zyrtec? Claritin is another option.",
    "What about some Benadryl before bed?",
    "Keep taking the antibiotics even if you feel better.",
    "Ibuprofen should be taken with food.",
    "Sáltese la dosis de la noche si se siente mareado.",
    "Yo dejaría la metformina hasta su cita.",
    "Puede cambiar a loratadina si la cetirizina le da sueño.",
    "¿Ya probó con una bolsa de agua caliente?",
]

# Home care and what a treatment will do.
HOME_CARE = [
    "Ice and elevate it for 20 minutes at a time.",
    "Honey and lemon tea works wonders for that cough.",
    "A humidifier at night really helps with croup.",
    "Saline drops and a bulb syringe will clear the congestion.",
    "Stay off the ankle for a few days.",
    "Keep the splint on for another week.",
    "Cut back on salt and your blood pressure should come down.",
    "tbh ice + rest is all u need",
    "Haga compresas de agua fría en la frente.",
    "El té de manzanilla le ayuda mucho con los cólicos.",
    "Mucho líquido y reposo, y se le pasa.",
    "Dele baños con agua tibia para bajarle la fiebre.",
    "The itch from chickenpox responds well to oatmeal baths.",
]

# Triage and clearance: telling someone they need not come in, or may go back.
TRIAGE = [
    "It's not an emergency, you can wait for Monday's appointment.",
    "Don't bother with the ER for a sprained ankle.",
    "He can go back to daycare tomorrow.",
    "You're fine to go back to work tomorrow.",
    "That can wait until your regular appointment.",
    "Stitches aren't needed for a cut that small.",
    "No necesita venir, con el tiempo se quita.",
    "Su niña ya puede regresar a la escuela.",
    "We reviewed what you sent and it does not appear to be anything urgent.",
    "The provider says you can resume your normal activities.",
    "Nos alegra saber que la nueva dosis le está funcionando.",
]

# Naming a medicine at all, outside an office matter, is treatment talk.
MEDICINES = [
    "Motrin is better than Tylenol for teething pain.",
    "dayquil during the day, nyquil at night 👍",
    "Lisinopril causes that cough in a lot of people.",
]

# The same words about the office, a refusal, or general public information.
SAFE = [
    "We're open until 5 today.",
    "Flu shots are available Mondays from 9 to noon.",
    "Parking is $5 for the garage on level 2.",
    "Our new patient visit costs $150 without insurance.",
    "Walk-in hours are 8-11 on Saturdays.",
    "Questions about your medications? Our nurses can help at 555-0100.",
    "Please bring a list of your medications to your visit.",
    "Never stop a medication without talking to your doctor first.",
    "Before starting any new supplement, talk with your clinician.",
    "Drop off unused medications at our take-back event on Saturday.",
    "Keep all medications out of reach of children.",
    "We can't say whether it's safe to mix medications online; please call our nurses.",
    "Questions about Ozempic? Our providers can discuss it at a visit.",
    "We now offer Ozempic and Wegovy consultations; call to learn more.",
    "Our in-house pharmacy carries Tylenol, Advil and other OTC items.",
    "Vitamin D testing is available with a provider order.",
    "Have you tried our online check-in? It saves time!",
    "Use the portal to request a refill.",
    "Avoid the ER wait: our urgent care is open until 9.",
    "You can wait in your car; we'll text you when we're ready.",
    "This is not an emergency line; for emergencies call 911.",
    "If it's not an emergency, call during business hours.",
    "We'll keep an eye on the portal issue and fix it soon.",
    "Traiga una lista de sus medicamentos a la cita.",
    "No deje de tomar ningún medicamento sin hablar con su médico.",
    "Si no es una emergencia, llame en horario de oficina.",
    "Bug spray and long sleeves help prevent tick bites this summer!",
    "No recetamos antibióticos sin una consulta.",
]


@pytest.mark.parametrize("text", DOSES)
def test_a_count_or_schedule_of_a_medicine_blocks(text: str) -> None:
    assert blocking(text) & {DOSE, DIRECTIVE, MEDICINE}


@pytest.mark.parametrize("text", CHANGES + HOME_CARE + TRIAGE)
def test_telling_someone_what_to_do_about_treatment_blocks(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", MEDICINES)
def test_naming_a_medicine_outside_office_matters_blocks(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", SAFE)
def test_office_words_that_look_like_advice_are_safe(text: str) -> None:
    assert not blocking(text)


def test_counts_without_units_are_doses() -> None:
    assert DOSE in blocking("2 tabs of Motrin at bedtime")
    assert DOSE in blocking("Toma dos Advil")
    assert DOSE not in blocking("We have 2 pediatricians and 3 nurses.")


def test_a_refusal_before_advice_does_not_excuse_it() -> None:
    assert blocking("We can't give medical advice online, but Imodium works great for that.")
    assert blocking("No podemos dar consejos médicos, pero tome paracetamol.")


def test_the_medicine_finding_quotes_the_name_as_typed() -> None:
    [finding] = [
        f
        for f in check_reply("Honestly MUCINEX is the move.", ReplyContext(facts=PRACTICE))
        if f.code == MEDICINE
    ]
    assert '"MUCINEX"' in finding.message and finding.message.endswith(".")


# A remedy as the whole instruction, soft suggestions, supplements with no dose.
SOFT_ADVICE = [
    # Activity and exercise orders, as physical therapy gives them.
    "no lifting this weekend, deal?",
    "No nades hasta el lunes, porfa.",
    "Add a rep each day until you're up to 3 sets of 15.",
    "Let that wrist rest and skip the tournament.",
    "Tu tobillo necesita reposo esta semana.",
    "Warm compresses and an extra pillow tonight.",
    "Ginger tea for the nausea, then crackers in the morning.",
    "Cold pack, not heat, for the first 48 hours.",
    "Stay off caffeine for a week and see.",
    "Switch him to a soy formula and the fussiness should ease up.",
    "Cámbiele a fórmula sin lactosa y los gases se le van a quitar.",
    "thyroid pill: take it first thing in the am on an empty stomach",
    "take em at night instead, the dizziness is less noticeable",
    "Magnesium at bedtime might be worth a shot.",
    "Might be worth looking into an iron supplement.",
    "Vale la pena probar el magnesio antes de dormir.",
    "Podría considerar un suplemento de hierro.",
    "Tiene que reducir los azúcares.",
]

OFFICE_LOOKALIKES = [
    "No running in the hallway, little ones! 😅",
    "Our 30-day wellness challenge: 3 sets of 10 squats a day. Who's in?",
    "Skip the line: check in online before you come.",
    "Ice cream social for the staff on Friday!",
    "Tea, coffee and snacks will be served at the open house.",
    "Our phone lines will stop taking calls at 5 pm.",
    "Questions about whether a medication is safe for you? Call 555-0100.",
    "Summer reminder: stay hydrated and wear sunscreen!",
]


@pytest.mark.parametrize("text", SOFT_ADVICE)
def test_soft_suggestions_and_bare_remedies_block(text: str) -> None:
    assert DIRECTIVE in blocking(text)


@pytest.mark.parametrize("text", OFFICE_LOOKALIKES)
def test_food_events_and_office_hours_are_not_remedies(text: str) -> None:
    assert not blocking(text)


# Public notices to everyone, and a doctor's thanks, read like advice to one person.
NOTICES_TO_EVERYONE = [
    "Air quality alert today: drink plenty of water and keep windows closed.",
    "Aviso de ola de calor: beba mucha agua y no deje a nadie en el carro.",
    "Heat wave this week, y'all! Drink water and check on your neighbors ☀️",
    "Cold snap coming, everyone: drink plenty of fluids and layer up!",
    "Dr. Patel wants to say thank you to everyone who ran the 5K!",
    "Dr. Lin says she is thrilled to be joining Maple Street this fall!",
    "Melatonin is a hot topic lately! Our sleep talk on Thursday covers it.",
    "Any player with a possible concussion should stop playing and get checked.",
]
STILL_ADVICE_TO_ONE_PERSON = [
    "@maria everyone gets colds, drink plenty of fluids and rest",
    "Flu season: @maria drink plenty of fluids and rest up.",
    "@maria you should drink more water for those headaches",
    "Dr. Patel wants you to finish the whole course.",
    "Dr. Lin says she should be fine to swim by Friday.",
]


@pytest.mark.parametrize("text", NOTICES_TO_EVERYONE)
def test_a_notice_addressed_to_everyone_is_not_advice(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize("text", STILL_ADVICE_TO_ONE_PERSON)
def test_advice_to_one_person_still_blocks(text: str) -> None:
    assert "medical_advice.directive" in blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'd recommend getting that mole removed rather than waiting.",
        "I would recommend you take it with food.",
    ],
)
def test_a_recommendation_for_one_persons_care_blocks(text: str) -> None:
    assert "medical_advice.directive" in blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "We recommend getting your flu shot every fall.",
        "We recommend that you call the office to discuss.",
        "We suggest you try the portal first.",
    ],
)
def test_a_recommendation_to_call_or_for_everyone_passes(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        # "something" ends in -ing but is not a remedy being tried.
        "Nervous about trying something new? Our team can walk you through it: 555-0100.",
        # Sunscreen is reapplied every two hours by everyone.
        "Pool season, friends! Reapply sunscreen every 2 hours and after swimming.",
        "Reaplica el protector solar cada 2 horas en la playa 🌞",
        # A list after a colon addressed to a group, or to those who share an activity.
        "Heart month tips for everyone: cut back on salt and get your blood pressure checked.",
        "Anyone short of breath: don't wait it out, call 911.",
        "Si trabaja al sol, tome mucha agua y descanse en la sombra.",
        "Hot day for the parade! Take breaks in the shade and wear a hat.",
    ],
)
def test_general_wording_near_dose_and_trial_words_passes(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reapply the hydrocortisone every 4 hours until the itch calms down.",
        "try soaking that foot in warm salt water tonight",
        "If you're still sore tomorrow, drink plenty of water and rest it.",
        "For your cough: drink water and take 2 tylenol.",
        "Your fever usually breaks in 2 days.",
    ],
)
def test_a_schedule_or_a_remedy_for_one_person_still_blocks(text: str) -> None:
    advice = {"medical_advice.dose", "medical_advice.directive", "medical_advice.prognosis"}
    assert blocking(text) & advice


# Health education: a sentence framed as a fact for everyone, turned to no one.
TAUGHT_TO_EVERYONE = [
    "Myth: antibiotics help with the flu. Fact: the flu is caused by a virus.",
    "An ACE inhibitor is a type of blood pressure medicine.",
    "Signs of a stroke include a drooping face and slurred speech. Call 911 right away.",
    "A ferritin test measures how much iron the body has stored.",
    "Hives and mild itching are common side effects of some antibiotics.",
    "Mito: la gripe se cura con antibióticos. Realidad: la causa un virus.",
    "Winter reminder: Handwashing and staying home when sick protect everyone.",
    "If you take blood thinners, ask your pharmacist before any new supplement.",
    "Hi! For questions about whether a cold medicine is safe while pregnant, call 555-0100.",
    "People who take warfarin are often asked about new antibiotics at each visit.",
]
# The same facts, turned to one person, or guessed, or soothed.
TAUGHT_TO_ONE_PERSON = [
    "Myth: antibiotics help with the flu. Fact: yours is caused by a virus.",
    "That rash is a common side effect of amoxicillin, nothing to worry about.",
    "Most people find ibuprofen works better than Tylenol for sprains.",
    "Colds are caused by viruses, so this one should clear up in a week.",
    "@leo_r Tdap given today. Arm soreness is a common side effect.",
    "@nina_p Flu shots often sting. Yours is probably just a mild reaction.",
    "People on metformin usually find taking it with dinner helps.",
    "Since you take warfarin, people taking it should skip aspirin.",
]


@pytest.mark.parametrize("text", TAUGHT_TO_EVERYONE)
def test_health_education_for_everyone_passes(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize("text", TAUGHT_TO_ONE_PERSON)
def test_the_same_facts_turned_to_one_person_block(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hold times have been long this week but should settle down by Friday.",
        "Sorry, the phone lines were jammed this morning; should be better now.",
        "Los teléfonos se saturan después de un fin de semana largo; es normal.",
    ],
)
def test_an_outlook_for_the_office_is_not_a_prognosis(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hold times are long, but your cough should settle down by Friday.",
        "The portal is slow and the rash should be better in a few days.",
    ],
)
def test_a_prognosis_beside_office_news_still_blocks(text: str) -> None:
    assert "medical_advice.prognosis" in blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "Infant Tylenol dosing goes by weight; our nurse line is 555-0100.",
        "La dosis infantil de ibuprofeno depende del peso. Llame al 555-0100.",
        "Free Narcan kits at the front desk, no name needed.",
        "Air quality alert today! 😷 Keep windows closed and limit time outdoors.",
    ],
)
def test_weight_based_dosing_kits_and_alerts_are_not_advice(text: str) -> None:
    assert not blocking(text)


def test_a_prefixed_claim_number_blocks() -> None:
    assert "phi.record_number" in blocking("We resubmitted claim #CLM-448201 to your plan.")
