"""Advice that hides in small talk: hedges, timelines, care we already gave, reassurance.

Every case is invented. Each class has unsafe replies (English and Spanish) and safe
look-alikes that use the same words about the office or the public.
"""

import pytest

from tests.domain.replies import blocking

# Soft suggestions aimed at the person: "worth trying", "try sleeping", "le sirve".
SOFT_SUGGESTIONS = [
    "Might be worth skipping the wine for a few nights and seeing if the reflux settles.",
    "Try lying on your left side, that usually eases the cramping.",
    "Could be worth cutting out dairy for a week and seeing if the bloating calms down.",
    "Try propping your leg up on a pillow when you sleep.",
    "A lo mejor le sirve caminar un poco después de comer para la acidez.",
    "Le ayudaría dormir de lado izquierdo por el reflujo.",
    "I'm not a doctor but I'd cut back on the caffeine.",
    "Not a nurse or anything, but magnesium at night helps a lot of people sleep.",
    "Most people in your situation do well with a little more fiber.",
    "What helped me was a warm bath before bed.",
    "A mí me funcionó mucho el té de jengibre para las náuseas.",
    "No soy médico pero yo probaría con menos sal.",
]
SOFT_SUGGESTIONS_SAFE = [
    "Try calling us at 555-0100 if the portal gives you trouble.",
    "Worth checking the portal first: most refill requests are answered there.",
    "Try logging out and back in, that usually fixes the portal error.",
    "Le sirve llamar temprano: a las 8 hay menos espera.",
    "We're not able to give medical advice here, please call 555-0100.",
]

# When the person can get back to an activity, or out of a cast: a recovery timeline.
TIMELINES = [
    "You should be back to swimming about a month after the shoulder scope.",
    "She'll be off the crutches in two weeks or so.",
    "You'll be out of the boot in about 6 weeks.",
    "You can start jogging again around week 4.",
    "The stiffness can hang around 2-3 weeks after the injection, that's normal for you.",
    "En unas 3 semanas ya puede volver a manejar.",
    "En un mes ya puede apoyar el pie sin muletas.",
    "Podrá volver a correr en unas seis semanas.",
    "No lifting anything over 10 pounds for 2 weeks.",
    "Avoid heavy lifting for the next six weeks.",
    "Nada de esfuerzos ni cargar peso por dos semanas.",
    "The heartburn usually eases off by the second trimester.",
    "Ese dolor debería quitarse en unos días.",
]
TIMELINES_SAFE = [
    "You can start booking spring physicals in two weeks through the portal.",
    "The new clinic will be back to regular hours in about a month.",
    "Registration for the fun run opens in 3 weeks: everyone is welcome!",
    "El consultorio vuelve a su horario normal en dos semanas.",
    "You'll be able to see the new portal in about a week.",
    "The phone lines usually ease up after 10 am.",
    "El estacionamiento debería abrir en una semana.",
]

# Things only our own staff could know: messages the doctor read, care we arranged.
CONFIRMS_CARE = [
    "The doctor saw your message about the cough and will call you this afternoon.",
    "Dr. Patel read your portal message about the swelling.",
    "La doctora ya vio su foto de la herida y le va a llamar.",
    "El doctor revisó su mensaje sobre la fiebre.",
    "Hope your recovery from the knee surgery is going smoothly!",
    "Hope the new dose is working better for you.",
    "Since Dr. Kim changed your meds, how are you sleeping?",
    "We referred you to the cardiologist last spring, right?",
    "Le referimos al especialista la semana pasada.",
    "You're due for your annual mammogram.",
    "Your wrist should be out of the splint in three weeks.",
]
CONFIRMS_CARE_SAFE = [
    "A nurse will call you back within one business day.",
    "Send us a portal message and the doctor's team will get back to you.",
    "We can't discuss anyone's care here, please call 555-0100.",
    "Referrals to specialists can be requested through the portal.",
    "Wishing everyone a healthy and happy holiday season!",
]

# How likely it is to come back, spread or go wrong.
PROGNOSIS = [
    "Your chances of it coming back are very slim now.",
    "The odds of the cancer returning after that surgery are really low.",
    "It's very unlikely to come back once it's removed.",
    "Sus probabilidades de que regrese son muy bajas.",
    "Es muy poco probable que le vuelva a salir.",
]
PROGNOSIS_SAFE = [
    "Your chances of getting a same-day appointment are better before 9am.",
    "Es poco probable que haya citas el sábado, mejor llame el lunes.",
]

# A remedy or supplement recommended for a complaint.
SUPPLEMENTS = [
    "St. John's wort is a nice natural option for the low mood.",
    "Magnesium glycinate is a great option for the sleep trouble.",
    "Turmeric is a good natural choice for the joint pain.",
    "La manzanilla es una buena opción para los nervios.",
]
SUPPLEMENTS_SAFE = [
    "Telehealth is a great option for busy parents.",
    "Our Saturday clinic is a good option for flu shots.",
]

# "Looks fine to me", "safe to keep doing it", "totally normal at your age".
REASSURANCE = [
    "That mole looks fine to me from the picture.",
    "The rash looks ok to me, nothing alarming.",
    "Looks fine from the photo you sent 👍",
    "It's safe to keep breastfeeding while you're on that.",
    "It's fine to continue nursing on the amoxicillin.",
    "Es seguro seguir dando pecho con ese antibiótico.",
    "Totally normal at your age to have some hot flashes.",
    "Totally normal after a c-section to feel sore for a while.",
    "Perfectly normal in pregnancy to get a little spotting.",
]
REASSURANCE_SAFE = [
    "Sounds good to me, see you at the health fair!",
    "Longer hold times are totally normal after a holiday weekend.",
    "It's safe to park in the back lot during construction.",
    "Your photo ID looks fine, no need to bring another.",
]

# A condition named from symptoms, even with "those symptoms" or a giveaway sign.
DIAGNOSIS = [
    "Those symptoms sound a lot like shingles.",
    "Those signs sound very much like strep to me.",
    "The bullseye rash is the giveaway for Lyme.",
    "Those spots are a classic sign of chickenpox.",
    "Esos síntomas se parecen mucho a una migraña.",
]
DIAGNOSIS_SAFE = [
    "Those who have questions about shingles vaccines can call 555-0100.",
    "Flu season is here: the giveaway is the long line at the pharmacy!",
]

# Care of a wound, a pregnancy, a baby or a low mood, aimed at the person.
HOME_CARE = [
    "Keep the incision dry and change the dressing every day.",
    "Don't soak the wound in the bath until it closes.",
    "Mantenga la herida seca y cambie el vendaje diario.",
    "Avoid sushi and deli meats while you're pregnant.",
    "Feed him every two to three hours until he gains weight.",
    "Try a little gripe water for the fussiness.",
    "When the anxiety hits, try some deep breathing and a walk outside.",
    "Journaling before bed might help with the racing thoughts.",
    "Cuando le dé la ansiedad, respire profundo y salga a caminar.",
]
HOME_CARE_SAFE = [
    "Our prenatal class covers wound care and newborn feeding: sign up on the portal!",
    "Please don't share health details here; call 555-0100 instead.",
    "We're hiring a medical assistant: apply at maplestreet.example.",
    "Closed Monday for the holiday. Walk-in flu shots are $0 with most insurance.",
    "Billing questions? Call 555-0100 and ask for the billing office.",
    "Mental health matters: our new counselor joins in May.",
]

UNSAFE = [
    *SOFT_SUGGESTIONS,
    *TIMELINES,
    *CONFIRMS_CARE,
    *PROGNOSIS,
    *SUPPLEMENTS,
    *REASSURANCE,
    *DIAGNOSIS,
    *HOME_CARE,
]
SAFE = [
    *SOFT_SUGGESTIONS_SAFE,
    *TIMELINES_SAFE,
    *CONFIRMS_CARE_SAFE,
    *PROGNOSIS_SAFE,
    *SUPPLEMENTS_SAFE,
    *REASSURANCE_SAFE,
    *DIAGNOSIS_SAFE,
    *HOME_CARE_SAFE,
]


@pytest.mark.parametrize("text", UNSAFE)
def test_hidden_advice_is_blocked(text: str) -> None:
    assert blocking(text), text


@pytest.mark.parametrize("text", SAFE)
def test_office_look_alikes_pass(text: str) -> None:
    assert not blocking(text), text


def test_a_spanish_timeline_to_feeling_better_blocks() -> None:
    assert blocking("En unos días debería sentirse mucho mejor, @tere.")
