"""Who a reply names, and whether it lets on that someone is our patient (cases invented)."""

import pytest

from tests.domain.replies import blocking

NAME = "phi.name"
CONFIRMS = "phi.confirms_patient"

# A relative's name is never the author's: it blocks even as a lone first name.
RELATIVES = [
    "Tell your wife Maria we said congrats on the baby!",
    "Hope your son Tyler is feeling better.",
    "Is this about your husband Bernard?",
    "tell ur mom linda hi",
    "Is this Jake's mom? We need to update his shot record.",
    "¡Saludos a su esposa Lupita!",
    "Su hija Valentina tiene cita el jueves.",
    "Su hijo Thiago ya puede venir.",
    "¿Es usted la mamá de Sofía?",
]

# A first name spoken of, not to: "say hi to Sophie", "Bobby did great at his checkup".
THIRD_PARTIES = [
    "Say hi to little Sophie for us!",
    "We spoke with Maria yesterday about the forms.",
    "Bobby did great at his checkup!",
    "Dígale a Diego que ya están listos.",
]

CONFIRMATIONS = [
    "Great seeing you yesterday, @runner_jen!",
    "See you Thursday at 2:30!",
    "Confirming your 10:30 tomorrow with Dr. Lee.",
    "Your son is all set for his physical.",
    "Your little guy was such a trooper today!",
    "We miss you! It's been a year since your last physical.",
    "We got your voicemail about the rash.",
    "We faxed your prescription to the pharmacy this morning.",
    "Hope the surgery went well yesterday!",
    "Your daughter is up to date on her shots.",
    "ur appt is tmrw at 3",
    "Fue un gusto verla ayer en la clínica.",
    "Lo esperamos el lunes a las 9 para su cita.",
    "Gracias por venir ayer a su consulta.",
    "Ya vimos sus rayos X.",
    "Ya le toca su colonoscopía.",
    "Su hija ya tiene todas sus vacunas al día.",
    "Thank you for trusting Dr. Lee with your knee replacement!",
    "We have your new insurance on file now.",
]

CONTACTS = [
    "WhatsApp me at +52 55 1234 5678.",
    "Text our nurse Kim at (555) 201-3344.",
    "My personal email is dana_frontdesk@hotmail.com if you need anything.",
    "Meet us at 55 N. Main Street, Apt 4.",
    "Patient ID: AB-448213",
]

SAFE = [
    "Hi @runner_jen, thanks for reaching out!",
    "Hi Jennifer, please call our office.",
    "Meet Jessica, our new front desk lead! She'll help with appointments.",
    "Say hi to Lupe at the front desk when you come in!",
    "Dr. Maria Lopez is accepting new patients for checkups.",
    "Congrats to Dr. Patel on 10 years with us!",
    "Mark your calendars: flu shot clinic Oct 5!",
    "Tell your friends: we're accepting new patients!",
    "Happy Mother's Day to all the moms out there!",
    "We hope your visit with us is a pleasant one.",
    "Your copay depends on your plan; call your insurer to check.",
    "We can't discuss your records online; please call.",
    "Your feedback has been shared with our team.",
    "Your message was received; someone will reply within 1 business day.",
    "See you at the health fair!",
    "Great seeing everyone at the 5K on Saturday!",
    "Our portal is https://portal.maplestreet.example",
    "Call 911 or text 988 any time.",
    "Call us at 555-0100 or visit https://maplestreet.example.",
    "Le esperamos con gusto, llame al 555-0100 para una cita.",
    "Lleve sus medicamentos a su próxima consulta.",
    "Le recomendamos reservar su cita por el portal.",
    "Hola @abuela_rosa, gracias por escribirnos.",
]


@pytest.mark.parametrize("text", RELATIVES + THIRD_PARTIES)
def test_naming_someone_other_than_the_author_blocks(text: str) -> None:
    assert NAME in blocking(text)


@pytest.mark.parametrize("text", CONFIRMATIONS)
def test_letting_on_that_someone_is_our_patient_blocks(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", CONTACTS)
def test_contacts_that_are_not_ours_block(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", SAFE)
def test_our_staff_the_author_and_general_wording_are_safe(text: str) -> None:
    assert not blocking(text)


def test_the_author_may_be_named_after_a_greeting() -> None:
    assert NAME not in blocking("Hi Linda, thanks for writing!", handle="Linda Whitfield")
