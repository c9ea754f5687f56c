"""Saying what someone has, or how it will go, in any wording (all cases invented)."""

import pytest

from tests.domain.replies import blocking

DIAGNOSIS = "medical_advice.diagnosis"
PROGNOSIS = "medical_advice.prognosis"

DIAGNOSES = [
    "That's textbook shingles.",
    "Pretty sure that's just a stye.",
    "That rash = heat rash, no question.",
    "Those are classic migraine symptoms.",
    "Sounds viral to me.",
    "Could just be a stomach virus going around.",
    "Allergies for sure, everyone's sneezing this week.",
    "Your daughter's symptoms sound like strep to me.",
    "She probably just picked up a virus at daycare.",
    "Your headaches are probably from dehydration.",
    "That cough is a side effect of the lisinopril.",
    "A TSH like that just means your thyroid is a little slow.",
    "Chest pain that gets better when you lean forward is usually pericarditis.",
    "its def not covid",
    "Eso es una otitis, seguro.",
    "Tiene toda la pinta de ser una infección urinaria.",
    "Lo más seguro es que sea un virus.",
    "Eso viene del estrés, no se preocupe.",
    "Suena a que se torció el tobillo.",
    "Los dolores de cabeza seguramente son por falta de agua.",
    "Generally speaking, a reading like yours would be considered stage 1 hypertension.",
    "Sus síntomas son compatibles con una infección viral.",
    "That'll be the gallstones acting up again.",
]

PROGNOSES = [
    "You'll be right as rain in a couple of days.",
    "That lump is almost certainly nothing.",
    "The swelling goes down in a few days.",
    "This kind of sprain heals in 4-6 weeks.",
    "Your son will outgrow it by age 5.",
    "It'll be sore for a few days, then better.",
    "You should be totally fine by the weekend.",
    "You're out of the woods now!",
    "A low-grade fever after vaccines is normal.",
    "Spotting is normal in early pregnancy.",
    "ur fine, everyone gets dizzy when they stand up too fast",
    "Moles that change shape should be checked, but yours sounds fine.",
    "the worst of it is usually over by day 4",
    "No es nada grave, en unos días estará bien.",
    "Eso se quita solito en una semana.",
    "Va a quedar como nueva.",
    "Es normal que le duela unos días.",
    "Una fiebre de 38 en un niño no es para preocuparse.",
    "From the photo you shared, the area appears to be healing appropriately.",
    "Qué bueno que a su hija ya se le quitó la fiebre.",
    "En general, este tipo de molestias desaparece en pocos días.",
    "A cough like that can linger for weeks after a cold.",
    "Qué bueno que la rodilla de su mamá ya va mejor.",
]

SAFE = [
    "It's cold and flu season! Flu shots are available Mondays.",
    "Allergy season is starting early; our allergists are accepting new patients.",
    "Our physicians see patients for anxiety and depression.",
    "Breast Cancer Awareness Month is a great time to book your mammogram.",
    "We treat colds, flu, sprains and more at our walk-in clinic.",
    "Please bring your inhaler to your asthma follow-up visit.",
    "We're closed today due to weather. Stay safe!",
    "It's normal to have questions about new vaccines; our staff is happy to talk.",
    "If you think you might have COVID-19, stay home and call us.",
    "We can't tell whether something is broken without an exam. Please call us.",
    "Sorry, that's a glitch in our portal; we're fixing it.",
    "Our wait is usually over in 10 minutes on weekdays.",
    "La temporada de gripe ya comenzó: vacúnese.",
    "Tratamos resfriados, gripe y esguinces en nuestra clínica sin cita.",
    "Lávese las manos seguido para prevenir la gripe.",
]


@pytest.mark.parametrize("text", DIAGNOSES)
def test_saying_what_someone_has_blocks(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", PROGNOSES)
def test_predicting_or_reassuring_blocks(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", SAFE)
def test_conditions_named_as_services_or_prevention_are_safe(text: str) -> None:
    assert not blocking(text)


def test_each_wording_blocks_with_its_own_code() -> None:
    assert DIAGNOSIS in blocking("ear pain after swimming = swimmers ear, lol")
    assert PROGNOSIS in blocking("That spot is almost certainly benign.")
    assert PROGNOSIS in blocking("Don't stress, the flu is usually over by day 5.")


def test_not_medical_advice_never_makes_a_diagnosis_safe() -> None:
    text = "This isn't medical advice, but that sounds like pink eye."
    assert DIAGNOSIS in blocking(text, medical_question=True)
    assert "disclaimer.missing" not in blocking(text, medical_question=True)


# Recovery timelines, "you'll grow out of it", reassurance and medicines called safe.
TIMELINES = [
    "He'll grow out of it by first grade.",
    "You're going to be just fine!",
    "You're gonna be ok, it's very treatable.",
    "That cough will be gone soon.",
    "You'll notice a difference within a week.",
    "You'll be back on your feet in no time.",
    "A sprain like that takes about 3 weeks to heal.",
    "Recovery is usually 6-8 weeks.",
    "the gas should stop once she's on the new formula",
    "Va a notar la diferencia en unos días.",
    "La recuperación tarda unas seis semanas.",
    "En dos semanas ya va a poder caminar normal.",
    "Se tarda como un mes en sanar.",
    "Both meds are safe together.",
    "I wouldn't worry about it, it's super common.",
    "Not something to worry about.",
]

LOOKS_LIKE = [
    "We can't diagnose online, though that does sound a lot like pink eye.",
    "Honestly it looks a lot like eczema.",
    "Your symptoms fit a sinus infection.",
    "What you describe is consistent with a UTI.",
    "Eso se parece mucho a una alergia.",
    "Sus síntomas coinciden con una infección urinaria.",
    "Suena mucho a gastritis.",
]

# Public-health notices addressed to everyone.
PUBLIC_NOTICES = [
    "Flu season usually peaks in winter; flu shots are available at all our locations.",
    "Allergy season typically peaks in May; our allergy clinic is open Saturdays.",
    "Heat advisory this weekend: stay hydrated and check on elderly neighbors.",
    "Adults should get a tetanus booster every 10 years — ask us at your next checkup.",
    "Kids should get their flu shot every fall — walk-ins welcome.",
    "Los niños deben recibir su vacuna contra la gripe cada otoño.",
    "Results typically take 3-5 business days to come back.",
    "Recovery support meetings are held Mondays at 7 pm.",
    "If your symptoms suggest an emergency, call 911.",
]


@pytest.mark.parametrize("text", TIMELINES)
def test_timelines_and_reassurance_block(text: str) -> None:
    assert PROGNOSIS in blocking(text)


@pytest.mark.parametrize("text", LOOKS_LIKE)
def test_sounds_a_lot_like_is_a_diagnosis(text: str) -> None:
    assert DIAGNOSIS in blocking(text)


@pytest.mark.parametrize("text", PUBLIC_NOTICES)
def test_public_health_notices_are_safe(text: str) -> None:
    assert not blocking(text)
