"""Reading a result: a value or a verdict tied to a named test, with or without "your"."""

import pytest

from tests.domain.replies import blocking

RESULTS = "medical_advice.results"

READINGS = [
    "A TSH of 4.8 is borderline.",
    "An AST of 80 is a bit high.",
    "a PSA below 2 is totally normal",
    "A blood pressure of 128/84 is considered elevated.",
    "Platelets of 140 are only slightly low.",
    "Anything under 100 fasting is normal.",
    "that sodium level is just a little low",
    "the creatinine is fine, kidneys look good",
    "Your sugar at 250 is way too high.",
    "A resting heart rate of 110 is high for an adult.",
    "He's in the 50th percentile, perfectly normal.",
    "Your baby's weight gain is right on track.",
    "Everything came back normal 🙂",
    "The mammogram showed nothing concerning.",
    "The culture grew strep.",
    "Un colesterol de 220 está un poco alto.",
    "La presión de 130/85 está bien para su edad.",
    "El potasio salió un poco bajo.",
    "Con 7 de hemoglobina glicosilada hay que cambiar la dieta.",
    "El peso de su bebé va muy bien.",
    "No salió nada malo en la biopsia.",
    # What someone's own numbers say about them.
    "Your glucose log numbers look like you're dipping at night.",
    "Those temperature readings seem like he's getting better.",
    "Esos números parecen indicar que usted ovula tarde.",
]

SAFE = [
    "Free blood pressure checks at our health fair on Saturday from 10 to 2!",
    "Get your cholesterol checked: screenings are free this month.",
    "Free A1c screenings this Saturday from 9 to 12!",
    "Our lab is open 7 to 11 am for blood draws.",
    "Results are posted to the portal once a provider reviews them.",
    "For questions about your results, please message your care team in the portal.",
    "Our team can't interpret test results online. Please call 555-0100.",
    "Survey results show our patients love our evening hours!",
    "Parking is on level 2 of the garage.",
    "Ofrecemos pruebas de presión arterial gratis el sábado.",
    "Los resultados se publican en el portal en 3 a 5 días hábiles.",
    "These photos look like you had a blast at the 5K!",
    "Our survey data suggests you love Saturday hours!",
    "These numbers show you why flu shots matter.",
]


@pytest.mark.parametrize("text", READINGS)
def test_reading_a_result_blocks(text: str) -> None:
    assert RESULTS in blocking(text)


@pytest.mark.parametrize("text", SAFE)
def test_tests_offered_or_explained_are_safe(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "Un triglicérido de 250 está alto.",
        "A triglyceride of 400 is high.",
        "His ultrasound showing fluid is typical.",
        "Your EKG showing a small change is usually nothing.",
    ],
)
def test_a_single_reading_or_a_test_showing_something_blocks(text: str) -> None:
    assert RESULTS in blocking(text)


# A range taught to everyone passes; the same range applied to their number does not.
RANGES_FOR_EVERYONE = [
    "For most adults, a blood pressure under 120/80 is considered normal.",
    "For adults, a BMI of 18.5 to 24.9 is generally classed as healthy weight.",
    "Una presión de 180/120 o más con dolor de pecho es una emergencia. Llame al 911.",
]
RANGES_APPLIED = [
    "For most adults, under 120/80 is considered normal, so your 118/76 is fine.",
    "@gina_lt a fasting sugar of 130 is considered high.",
    "Ranges vary by lab. @tomas_rj, your 61 is only mildly up.",
    "Entre 5.7 y 6.4 % indica prediabetes. Con su 6.3, usted ya tiene prediabetes.",
]


@pytest.mark.parametrize("text", RANGES_FOR_EVERYONE)
def test_a_range_taught_to_everyone_passes(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize("text", RANGES_APPLIED)
def test_a_range_applied_to_their_number_blocks(text: str) -> None:
    assert "medical_advice.results" in blocking(text)
