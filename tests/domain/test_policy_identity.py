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


# Work on this person's own case: approvals, samples, images read, results on the way.
CASE_WORK = [
    "Your prior authorization for the MRI came through, all set.",
    "Su autorización para la colonoscopía ya fue aprobada.",
    "We received your urine sample this morning, thank you!",
    "Recibimos su muestra de orina, gracias.",
    "Dr. Patel looked over your CT scan and will call this afternoon.",
    "La doctora ya revisó su ultrasonido y le va a llamar.",
    "The nurse will call you about your biopsy results tomorrow.",
    "Since you're already a patient with Dr. Lee, just book through the portal.",
    "Como ya es paciente de la Dra. Ruiz, puede agendar en línea.",
    "Glad the stitches came out ok!",
    "So happy to hear the cast came off without a hitch.",
    "Qué bueno que ya le quitaron los puntos.",
    "Me alegra que la operación haya salido bien.",
    "Grandma Rosa was such a sweetheart in the office yesterday!",
]

# Member numbers and phone numbers written the Spanish and Mexican way.
SPANISH_NUMBERS = [
    ("Su número de afiliado es 7781234, ya quedó registrado.", "phi.record_number"),
    ("Número de afiliación 99812 confirmado.", "phi.record_number"),
    ("Patient ID: 55821, your paperwork is complete.", "phi.record_number"),
    ("Llame a su hermana al 55 1234 5678 para coordinar.", "phi.phone"),
    ("Mándele un WhatsApp a su esposo al 612 34 56 78.", "phi.phone"),
]

# Privacy and process notes name the fields, never a value; wishes name no procedure.
NOTICES = [
    "For your privacy, please don't post your date of birth or insurance details here.",
    "Remember to bring your insurance card; date of birth is required at check-in.",
    "Por su privacidad, no publique su fecha de nacimiento aquí.",
    "Never share your DOB or member ID in comments — send it through the portal.",
    "We're glad you're feeling better! Call us anytime.",
    "Nos alegra que se sienta mejor. Llámenos cuando guste.",
    "Prior authorizations usually take a few days; our billing team can help at 555-0100.",
    "Samples can be dropped off at the lab entrance from 7 to 11 am.",
    "Established patients can book online; new patients please call.",
    "Dr. Kim was in the office today until 5, thanks for your patience.",
    "Event on 10 12 2024 at the community center.",
    "Horario: lunes a viernes 8 a 17 h. Tel. 555-0100.",
]


@pytest.mark.parametrize("text", CASE_WORK)
def test_work_on_someones_own_case_confirms_they_are_a_patient(text: str) -> None:
    assert CONFIRMS in blocking(text)


@pytest.mark.parametrize(("text", "code"), SPANISH_NUMBERS)
def test_member_and_phone_numbers_in_any_format_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", NOTICES)
def test_privacy_and_process_notices_are_safe(text: str) -> None:
    assert not blocking(text)


def test_a_date_of_birth_with_a_value_still_blocks() -> None:
    assert "phi.date_of_birth" in blocking("DOB: March 3, please confirm at the desk.")
    assert "phi.date_of_birth" in blocking("Your date of birth matches what we have.")


# Bookings, visits and tests only the office could know of; health said back to someone.
BOOKED = [
    "You're all set for Friday, see you then!",
    "you're good to go for tomorrow 👍",
    "Remember, no food after midnight before your labs tomorrow.",
    "Drink plenty of water before your ultrasound on Monday.",
    "Loved meeting little Ava at her 6-month checkup!",
    "Great job at her 2-year checkup today, she was a star!",
    "El cargo es de la consulta del 3 de mayo.",
    "Ya quedó agendada para el martes a las 10.",
    "Your rescheduled visit is Monday morning, see you!",
    "Just a heads-up that your mammogram is overdue.",
    "He was such a trooper getting his flu shot!",
]
HEALTH_DETAILS = [
    "Since you're on chemo, please call before coming in.",
    "Because you're pregnant, we'd rather see you in person.",
    "So glad your dad is home from the hospital!",
    "Hope your wife is on the mend after everything.",
    "Como está embarazada, mejor llame antes de venir.",
    "Qué bueno que su mamá ya está en casa después de la operación.",
    "We're so sorry about your stroke, sending love.",
    "Congrats on one year smoke-free, we're cheering for you!",
    "Fuerza con la radiación de su esposo 💛",
]
NAMED_LIKE_REVIEWERS = [
    "Thanks for the lovely review, Megan R.!",
    "Shout-out to Carlos M. for bringing cookies to the front desk!",
]
AGES = [
    "Happy birthday @grandpa_joe! Turning 80 looks good on you!",
    "Happy 40th birthday, @sunny.days!",
    "¡Feliz cumpleaños, @rosita! ¿Ya cumple 70?",
]
READINGS = [
    "Free BP checks at our booth Saturday. @runner_bob yours was a little high last spring!",
    "Glucosa gratis en la feria; la suya salió alta la vez pasada.",
]
STILL_SAFE = [
    "Thank you to everyone who came to our flu clinic! See you next year.",
    "See you next time at the farmers market!",
    "Parents: bring the vaccine card to his or her checkup.",
    "If you're pregnant, call 555-0100 before your first visit.",
    "Happy birthday to our own Dr. Patel!",
    "Turning 65 this year? Call us about Medicare visits.",
    "Free blood pressure checks at the fair: yours could be one of them!",
    "Since you asked: we're open until 5 on Fridays.",
    "Sorry about the broken link in yesterday's post!",
    "Sorry about the wait on the phones this morning.",
    "Congrats to our front desk on the new website!",
    "Your feedback is due to reach our manager today.",
]


@pytest.mark.parametrize("text", BOOKED)
def test_bookings_and_visits_only_we_could_know_of_block(text: str) -> None:
    assert CONFIRMS in blocking(text) or NAME in blocking(text)


@pytest.mark.parametrize("text", HEALTH_DETAILS)
def test_saying_someones_health_back_to_them_blocks(text: str) -> None:
    assert "phi.health_detail" in blocking(text)


@pytest.mark.parametrize("text", NAMED_LIKE_REVIEWERS)
def test_a_first_name_with_an_initial_blocks(text: str) -> None:
    assert NAME in blocking(text)


@pytest.mark.parametrize("text", AGES)
def test_a_birthday_with_the_age_blocks(text: str) -> None:
    assert "phi.date_of_birth" in blocking(text)


@pytest.mark.parametrize("text", READINGS)
def test_a_verdict_on_their_reading_blocks(text: str) -> None:
    assert "medical_advice.results" in blocking(text)


@pytest.mark.parametrize("text", STILL_SAFE)
def test_general_wording_near_those_rules_is_safe(text: str) -> None:
    assert not blocking(text)


LONE_NAMES_SPOKEN_OF = [
    "Our patients Dana, Marisol and Luis were so brave today!",
    "Welcome Dr. Maya Brooks! She saw Luis on Monday.",
    "Sorry you felt rushed, Karen. We will talk with the team.",
    "Mateo was so brave yesterday!",
    "Jessica, we care about you. Please call 988 now.",
    "Gracias por las galletas. ¡Ximena estuvo muy valiente!",
    "Stroke signs like Bob's need the ER right away.",
]
LONE_NAMES_OF_OURS_OR_GREETED = [
    "Hi Brenda, thanks for writing! Please call 555-0100.",
    "Please call 555-0100 and ask for Renata in billing.",
    "Our dietitian, Paula, teaches a free class on Tuesdays.",
    "A huge thank-you to Rosa in our lab for 20 years of early mornings!",
    "Welcome aboard, Jasmine! She joins our team this month.",
    "Thanks for your patience! - Kim",
    "¡Saluden a Dana, que lleva 15 años en nuestra recepción!",
    "Paula, nuestra nutrióloga, da una clase gratis.",
    # Signed by the staff member who wrote it (a blind table's office manager signed 45 safe
    # replies this way, and every one was blocked).
    "Thank you for the lovely note. It truly brightened our day. Deborah",
    "Please call our office at 555-0100. Kind regards, Deborah",
    "Con gusto le atendemos al 555-0100. Atentamente, Deborah 💙",
    # A list of our own staff, and staff who go by first name once introduced with a title.
    "Cheers to our wonderful lab crew: Marisol, Dana and Luis!",
    "Say hello to Physician Assistant Maya Brooks! Maya grew up right here in town.",
]


@pytest.mark.parametrize("text", LONE_NAMES_SPOKEN_OF)
def test_a_lone_first_name_spoken_of_blocks(text: str) -> None:
    assert NAME in blocking(text)


@pytest.mark.parametrize("text", LONE_NAMES_OF_OURS_OR_GREETED)
def test_a_lone_first_name_greeted_or_of_our_staff_does_not_block(text: str) -> None:
    assert NAME not in blocking(text)


# Slips seen in the last blind tables, written again here in other words.
LATE_SLIPS = [
    ("Our team moved the address on file to 42 Larkspur Lane for you.", "phi.address"),
    ("The home nurse will come to the Maple Court apartments, unit 12C.", "phi.address"),
    ("¡feliz cumpleaños 7, valentina!", "phi.date_of_birth"),
    ("Since you're turning 40 soon, let's talk screenings!", "phi.date_of_birth"),
    ("saw you on the schedule for Thursday, see ya!", CONFIRMS),
    ("the nurse can go over it when u come in tomorrow", CONFIRMS),
    ("hope the splint comes off soon, champ!", "phi.health_detail"),
    (
        "Thanks for opening up about your battle with drinking. 988 is there 24/7.",
        "phi.health_detail",
    ),
    ("So sorry your brother is struggling with depression. Call 555-0100.", "phi.health_detail"),
    ("Sorry the migraines keep you up at night 💛", "phi.health_detail"),
    ("We loved seeing Ximena at her checkup!", CONFIRMS),
    ("loved seeing you in clinic this morning 💙", CONFIRMS),
    ("Our driver is at your place, 77 Birchwood Street, at noon.", "phi.address"),
    ("Sorry about the wait, Karen. Mateo says thanks for the stickers!", NAME),
    ("We understand how hard it is living with diabetes.", "phi.health_detail"),
    ("Since you're 23 and starting college, the meningitis shot is a good idea!", "phi.age"),
    ("@gabs your daughter is 9 so she can get the HPV series now.", "phi.age"),
    ("Como tienes 16 años, necesitas permiso de tus papás.", "phi.age"),
    ("Su abuelo ya cumplió 90, ¡qué bendición!", "phi.age"),
    ("Aww, your little one is 2 already? Time flies 💛", "phi.age"),
    ("Ugh, sorry the condom slipped 😬 call 555-0100 this morning.", "phi.health_detail"),
    ("Given your history of kidney stones, keep the water bottle handy.", "phi.health_detail"),
    ("Por sus antecedentes familiares, le conviene el chequeo.", "phi.health_detail"),
    ("Your TB test was placed here Monday, so come back Wednesday.", CONFIRMS),
    ("We gave him his 4-year shots, so he's all caught up!", CONFIRMS),
    ("Ya te aplicamos la segunda dosis, ¡listo!", CONFIRMS),
    ("Great news @rafa, your ultrasound on May 9 is still on!", CONFIRMS),
    ("Yay, you completed your HPV series with us! 🎉", CONFIRMS),
    ("Congrats on the pregnancy, @jen! Prenatal visits can be booked online.", "phi.health_detail"),
    ("Sentimos mucho lo del Parkinson de su abuelo 💛", "phi.health_detail"),
    ("We know how tough it is to live with epilepsy. We're here: 555-0100.", "phi.health_detail"),
    ("Sorry your rapid test came back reactive; please call 555-0100.", "medical_advice.results"),
    ("Our front desk team: Lena, Abe. @tom_r your physical next Tuesday is confirmed.", CONFIRMS),
]
LATE_LOOK_ALIKES = [
    "Our new location at 450 Pine Avenue opens Monday!",
    "Turning 65 this year? Call us about Medicare.",
    "We know waiting for results is stressful; please call 555-0100.",
    "We understand waiting on hold is frustrating; we're adding staff.",
    "Come in tomorrow for the flu clinic, no appointment needed!",
    "We're at 310 Alder Street, next to the post office. Free parking in back!",
    "Estamos en Calle Olmo 42, junto a la biblioteca.",
    "Loved seeing so many of you at our clinic's booth at the fair!",
    "Great seeing everyone at the office open house!",
    "If you're struggling with anxiety, our team can help: 555-0100.",
    "Sorry the phones were down this morning! They're back up now.",
    # The account speaks for its staff: relayed thanks come from one of ours.
    "@jojo Marisol says thank you! 25 years at our front desk 🎉",
    "@lina ¡Dana le manda muchos saludos y las gracias! 🌸",
    "If you're 65 or older, ask about the high-dose flu shot.",
    "Kids 6 months and older can get a flu shot this season.",
    "Si tienes 17 años o menos, la vacuna es gratis.",
    "Since you're 5 minutes away, come on in before we close!",
    "Since your total is 40, you can pay it on the portal.",
    "If the condom broke, call 555-0100: emergency options work best early.",
    "Please update your family history in the portal before any visit.",
    "See which vaccines are in your record under Immunizations in the portal.",
    "We did a vaccine clinic at the library last week, thanks for coming out!",
    "Reschedule your appointment on the portal anytime, day or night.",
    "Ya llegó la vacuna de la gripe para toda la familia. Pida su cita al 555-0100.",
    "Happy Medical Assistants Week to our wonderful MAs, Lorena, Deb and Kofi! 💙",
    "Book your shingles vaccine with us this fall!",
    "A reactive screening test is always confirmed with a second test, so call us to talk.",
    "We know how hard it is to manage the holidays with little ones!",
    "November is Alzheimer's Awareness Month: caregivers, our support group meets Tuesdays.",
]


@pytest.mark.parametrize(("text", "code"), LATE_SLIPS)
def test_late_slips_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", LATE_LOOK_ALIKES)
def test_their_look_alikes_pass(text: str) -> None:
    assert not blocking(text)


# Slips in formal and chatty replies (review tables 30-32): an age, a loss, a medicine
# working on someone, their account handled, their symptoms said back.
FORMAL_SLIPS = [
    ("Hang in there with your 13-year-old! Teen years are a ride.", "phi.age"),
    ("At 52, you qualify for the extended membership tier.", "phi.age"),
    ("¡Feliz cumpleaños a tu princesa, ya 6 añitos!", "phi.age"),
    ("Thank you for writing after your miscarriage; we are so sorry.", "phi.health_detail"),
    ("We wish your wife a smooth recovery from her stroke.", "phi.health_detail"),
    ("Sentimos mucho su pérdida tras el aborto espontáneo.", "phi.health_detail"),
    ("We understand how hard the night sweats you described can be.", "phi.health_detail"),
    ("Entendemos que vivir con diabetes hace que viajar sea complicado.", "phi.health_detail"),
    ("Mucho ánimo con los piojos otra vez 😩", "phi.health_detail"),
    ("Good luck with the croup this week, it's a long one!", "phi.health_detail"),
    ("Sorry the ADHD meds are making him so irritable.", "phi.health_detail"),
    ("Sorry about the delay with your HIV medication prior authorization.", "phi.health_detail"),
    ("Qué pena lo del cáncer de colon de tu esposa.", "phi.health_detail"),
    ("The billing office reversed the late fee on your account.", CONFIRMS),
    ("Recibimos su solicitud de referencia al dermatólogo.", CONFIRMS),
    ("Your first group session is confirmed for Monday at 6 p.m.", CONFIRMS),
    ("With a reading of 300 you need the ER now.", "medical_advice.results"),
    ("You should begin your malaria tablets two days before you fly.", "medical_advice.directive"),
]
FORMAL_LOOK_ALIKES = [
    "Reserva tu cita al 555-0100 o en el portal 😊",
    "Is your 4-year-old ready for kindergarten? Book a school physical!",
    "Good luck with the flu season, everyone! Shots are in.",
    "Heat advisory: everyone should drink water and limit midday activity.",
    "Hot weather alert! Remind everyone in your family to drink water and wear sunscreen.",
    "Cough and cold season tip: honey is not safe for babies under 1!",
    "Recuerden: la miel no es segura para bebés menores de 1 año.",
    "Swapping soda for water is a great habit for all of us!",
    "A reading of 180/120 or higher is an emergency: call 911.",
]


@pytest.mark.parametrize(("text", "code"), FORMAL_SLIPS)
def test_formal_slips_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", FORMAL_LOOK_ALIKES)
def test_formal_look_alikes_pass(text: str) -> None:
    assert not blocking(text)


# Slips the minimal pairs taught (pairs.jsonl): when to come back, their account, claim or
# prescription handled, a photo or a number of theirs read, an age by comparison.
PAIRED_SLIPS = [
    ("Please return in four weeks for your second hepatitis A dose.", "medical_advice.directive"),
    ("We'll recheck that shoulder in two weeks!", "medical_advice.directive"),
    ("Our counselor will see you again in two weeks.", "medical_advice.directive"),
    ("Vuelva en dos semanas para su segunda dosis.", "medical_advice.directive"),
    ("Your payment has posted and the balance is now zero.", CONFIRMS),
    ("ur payment went thru 🙌", CONFIRMS),
    ("Prior auth for your CT approved today.", CONFIRMS),
    ("Oral typhoid Rx sent to your pharmacy.", CONFIRMS),
    ("Su remisión al dermatólogo se envió el viernes.", CONFIRMS),
    ("Su PrEP ya está lista en la farmacia.", CONFIRMS),
    ("so many 5-yr-olds like urs have nut allergies", "phi.age"),
    ("From your photo those look like mosquito bites.", "medical_advice.results"),
    ("Your high ALT isn't alarming.", "medical_advice.results"),
    ("Claim CLM-55021 resubmitted with the corrected code.", "phi.record_number"),
    ("Reclamo n.º 40912 reenviado.", "phi.record_number"),
    ("The Medicare number ending 4471A has been updated.", "phi.record_number"),
    ("Nurse visit at 19 Pike Row, 2 pm.", "phi.address"),
]
PAIRED_TWINS = [
    "School forms are usually done within three business days of a request!",
    "Birth date updates are done at the front desk with ID.",
    "Su comentario fue enviado a la dirección. Gracias.",
    "See everyone at today's vaccine clinic!",
    "If you were exposed, come back in six weeks for a repeat test.",
    "Questions about a payment? Billing is at 555-0100, option 3.",
    "Photos can't tell us much; please book a skin check at 555-0100.",
]


@pytest.mark.parametrize(("text", "code"), PAIRED_SLIPS)
def test_paired_slips_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", PAIRED_TWINS)
def test_paired_twins_pass(text: str) -> None:
    assert not blocking(text)


# Health-education replies (blind tables 33-35): vaccine facts for everyone pass; where
# this person's own series stands, or a visit we look forward to, blocks.
SERIES_SLIPS = [
    ("Your second Shingrix dose is due in March.", CONFIRMS),
    ("her next shots r at the 12-mo visit 💉", CONFIRMS),
    ("Su segunda dosis de VPH toca en noviembre.", CONFIRMS),
    ("Since he already had one dose this season, he needs one more.", CONFIRMS),
    ("Como su niña tiene las dos dosis de MMR, está protegida.", CONFIRMS),
    ("You already had it with us in 2023, so you're covered.", CONFIRMS),
    ("We look forward to your next visit!", CONFIRMS),
    ("We loved seeing you and the kids on Thursday!", CONFIRMS),
    ("Let's talk at your next visit.", CONFIRMS),
    ("Don't go over 3 doses in a day.", "medical_advice.dose"),
    ("No more than 2 doses.", "medical_advice.dose"),
    ("Si se le pasó una dosis no pasa nada.", "medical_advice.dose"),
    ("Fever and soreness are common after your shot.", "medical_advice.prognosis"),
    ("Soreness is a common side effect of the flu shot.", "medical_advice.diagnosis"),
    ("Esa tos le va a durar unas semanas.", "medical_advice.prognosis"),
    ("Ella is feeling better today.", NAME),
    ("Sorry to hear your brother relapsed.", "phi.health_detail"),
    ("Tylenol (acetaminophen) should help her fever.", "medical_advice.medicine"),
]
SERIES_FACTS = [
    "The shingles vaccine is 2 doses, given 2-6 months apart.",
    "Some young children need two doses of flu vaccine in their first season.",
    "VPH: serie de 2 o 3 dosis según la edad.",
    "Fever, soreness and tiredness are common side effects of vaccines for many people.",
    "Sore arms and mild fever are common after vaccines in general.",
    "If you already had both doses, you're considered protected.",
    "Colon cancer screening starts at 45. Ask about options at your next visit.",
    "Pregunta en tu próxima visita por la vacuna contra el RSV.",
    "Please bring your new insurance card to your next appointment.",
    "La tos que dura varias semanas vale la pena consultarla. Llame al 555-0100.",
    "Pregunte por María en recepción. Ella le explica las opciones.",
    "Naloxone (Narcan) is sold over the counter at most pharmacies.",
    "La naloxona (Narcan) se vende sin receta.",
    "If someone is unresponsive, call 911 and give naloxone if you have it.",
]


@pytest.mark.parametrize(("text", "code"), SERIES_SLIPS)
def test_their_own_series_and_visits_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", SERIES_FACTS)
def test_vaccine_facts_for_everyone_pass(text: str) -> None:
    assert not blocking(text)


# Bookings, bills and records of theirs, and their health said back (blind tables 33-35).
THEIR_BOOKINGS_AND_HEALTH = [
    ("Just a reminder that you're booked at 10:15.", CONFIRMS),
    ("we moved your PT to Thursday at 4!", CONFIRMS),
    ("ur spot at 3:30 tmrw is confirmed with dr. reyes 🙌", CONFIRMS),
    ("Annual is booked for May 6 at 9:00.", CONFIRMS),
    ("Yours is overdue per our records, so swing by!", CONFIRMS),
    ("i checked, ur deductible is already met for this year 🎉", CONFIRMS),
    ("The $84 charge was for the rapid flu test on the 3rd.", CONFIRMS),
    ("El cargo es por la prueba rápida que le hicimos el día 7.", CONFIRMS),
    ("Thanks for coming in Thursday!", CONFIRMS),
    ("You got your last one here in September.", CONFIRMS),
    ("The hepatitis A shot you got here in August covers your trip.", CONFIRMS),
    ("Sorry the asthma flared this week.", "phi.health_detail"),
    ("Siento mucho lo del aborto espontáneo.", "phi.health_detail"),
    ("Lamentamos que su papá siga mal del corazón.", "phi.health_detail"),
    ("congrats on being 6 months clear of the melanoma!!!", "phi.health_detail"),
    ("Hope the knee replacement recovery keeps going well!", "phi.health_detail"),
    ("Glad the dizziness settled after the dose change.", "phi.health_detail"),
    ("Happy early 70th birthday on the 12th!", "phi.date_of_birth"),
    ("Born in 1952 like you said, you qualify.", "phi.date_of_birth"),
    ("nos encantó ver a tus gemelos en su chequeo 🥹", CONFIRMS),
    ("we emailed ur after-visit summary to ur work email", CONFIRMS),
    ("Goal is under 130/80. Yours at 128/78 is right on target.", "medical_advice.results"),
]
THEIR_LOOK_ALIKES = [
    "Our community blood pressure screening is set for May 6, 9 to noon.",
    "If you're booked for a physical, bring your ID and insurance card.",
    "A copay is for the office visit itself; labs may be billed separately.",
    "Thanks for coming in to our health fair, everyone!",
    "Interpreters are available free of charge at 555-0100.",
    "Lamentamos que la espera haya sido larga; ya hablamos con el equipo.",
    "We hope the new evening hours help working families.",
    "You can view your visit summary in the portal.",
    "Nos encantó ver a todos en la feria de salud.",
]


@pytest.mark.parametrize(("text", "code"), THEIR_BOOKINGS_AND_HEALTH)
def test_their_bookings_bills_and_health_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", THEIR_LOOK_ALIKES)
def test_their_look_alikes_for_everyone_pass(text: str) -> None:
    assert not blocking(text)


def test_if_youre_due_for_a_booster_is_general() -> None:
    assert not blocking("If you're due for a booster, walk in any weekday.")
    assert CONFIRMS in blocking("You're due for a booster.")


# The front desk saying it saw a message is not care; a clinician reading it, a portal
# message or photo, what the message was about, or their form signed, is.
MESSAGES_SEEN = [
    "@marco_marmot4 we saw your message. pls call 911 right now.",
    "@abuela_az96 vimos su mensaje. Por favor llame al 911 ahora.",
    "Hi! We got your message, please call 555-0100.",
]
MESSAGES_ABOUT_THEIR_CARE = [
    "We got your message about the STD exposure.",
    "Dr. Patel read your message.",
    "we saw your portal message too",
    "We got your photos.",
    "vimos tu comentario sobre la recaída",
    "Dr. Reyes-Holt already signed the school form.",
]


@pytest.mark.parametrize("text", MESSAGES_SEEN)
def test_a_message_seen_by_the_front_desk_passes(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize("text", MESSAGES_ABOUT_THEIR_CARE)
def test_a_message_read_for_their_care_blocks(text: str) -> None:
    assert CONFIRMS in blocking(text)


# Our staff by role (blind table 37): a titled sign-off, or a first name "in billing".
STAFF_BY_ROLE = [
    "@gerry_c happy to help! Call 555-0100 or use the portal. —Coordinator Jenna",
    "@memo_h llame al 555-0100 y le ayudamos paso a paso. —Coordinadora Jenna",
    "@sean_b approvals vary by plan. Rita in billing can explain the process at 555-0100.",
    "@gaby_luna llame al 555-0100 y pida hablar con Rita en facturación.",
]


@pytest.mark.parametrize("text", STAFF_BY_ROLE)
def test_our_staff_by_role_pass(text: str) -> None:
    assert not blocking(text)


def test_a_relative_in_billing_still_blocks() -> None:
    assert NAME in blocking("Sorry your son Tyler is sick. Rita in billing can help.")


# Texting-style slips (blind table 39): the same slips, typed fast.
TEXTED_SLIPS = [
    ("so sorry abt ur dad's copd diagnosis 💛", "phi.health_detail"),
    ("sorry ur aunt's knee replacement got postponed again", "phi.health_detail"),
    ("we mailed the letter to 18 willow st, should arrive mon", "phi.address"),
    ("ur policy # ends in 5521 right?", "phi.record_number"),
    ("ur hep b titers came back good so ur all set", "medical_advice.results"),
    ("dr. lin said it looked fine, no worries", "medical_advice.results"),
    ("ur covid negative so come on in", "medical_advice.results"),
    ("tus anticuerpos salieron bien 👍", "medical_advice.results"),
    ("great seeing u and ur sister for checkups today!", CONFIRMS),
    ("she's still seeing u at 3:15, just running behind", CONFIRMS),
    ("we got u down for fri at 9 🙌", CONFIRMS),
    ("ur school form is signed and ready for pickup", CONFIRMS),
    ("can u come in tmrw to redo the strep swab?", CONFIRMS),
    ("le agendamos la consulta pa el martes", CONFIRMS),
    ("ya salió tu receta a la farmacia", CONFIRMS),
    ("el refuerzo q le pusimos cuenta pa la escuela", CONFIRMS),
    ("the flu shot u got last fall doesn't count for this year", CONFIRMS),
    ("ur immunization record shows 2 doses of mmr", CONFIRMS),
]
TEXTED_LOOKALIKES = [
    "we're a 10 min drive from the high school, parking in back 🚗",
    "forms for sports physicals are on the website, print and bring em 📝",
    "stay positive and hydrated this season, team!! 🏀",
    "flu shots given today 9-noon at the library, no appt needed",
    "bring ur student id and insurance card to the physical 👍",
]


# Chronic-care, prenatal and health-page slips (blind tables 36-38).
CARE_TEAM_SLIPS = [
    ("@ron_b 134/84 is totally fine for a morning reading!", "medical_advice.results"),
    ("138/86 no está tan mal, siga así", "medical_advice.results"),
    ("@meg_a 6.8 is great, keep it up!", "medical_advice.results"),
    ("numbers in the 120s are fine for someone your age", "medical_advice.results"),
    ("the referral to dermatology was sent yesterday", CONFIRMS),
    ("Dr. Lin called in the inhaler refill this morning", CONFIRMS),
    ("ya enviamos la receta a su farmacia", CONFIRMS),
    ("your mom's chart says she's due for a tetanus shot", CONFIRMS),
    ("your son's hearing check is Thursday at 9:40", CONFIRMS),
    ("Dr. Patel will see you again on Tuesday", CONFIRMS),
    ("we rebooked your ultrasound for the 3rd", CONFIRMS),
    ("su mamá de 90 años es bienvenida el sábado", "phi.age"),
    ("sentimos mucho la crisis de asma de su hija", "phi.health_detail"),
    ("congrats on making it to 34 weeks after all that bed rest!", "phi.health_detail"),
    ("felicidades por la cesárea tan bonita 💕", "phi.health_detail"),
]
CARE_TEAM_LOOKALIKES = [
    "For most adults, a reading under 120/80 is considered normal.",
    "Our 4.9 rating is thanks to you! 🙌",
    "Referrals to specialists are usually processed within three business days.",
    "Congrats to our nurses on 10 years of the diabetes class! 🎉",
    "Flu shots for people 65 and older come in a high-dose version. Ask us at 555-0100.",
]


# Staff news names our own people; a patient named beside it still blocks.
STAFF_NEWS = [
    "Please welcome our new receptionist, Dana Whitfield! Dana loves gardening.",
    "Happy Medical Assistants Week to Corinne, Tobias and Imani! 💙",
    "Les presentamos a Rebeca Solís, nuestra nueva enfermera. ¡Salúdenla!",
    "Our practice manager Helen Brandt retires in June after 22 years.",
]
NAMED_BESIDE_STAFF_NEWS = [
    "Welcome our new nurse, Dana Whitfield! Tell Martha Reyes we said hi.",
    "Happy Nurses Week! Shout-out to Tyler Brooks for being so brave at his shots.",
]


@pytest.mark.parametrize("text", STAFF_NEWS)
def test_staff_news_names_pass(text: str) -> None:
    assert not blocking(text)


@pytest.mark.parametrize("text", NAMED_BESIDE_STAFF_NEWS)
def test_a_patient_named_beside_staff_news_blocks(text: str) -> None:
    assert NAME in blocking(text)


def test_wound_care_and_a_moved_test_block() -> None:
    assert "medical_advice.directive" in blocking("keep the bandage dry till Monday 🙏")
    assert CONFIRMS in blocking("@ana_r su resonancia quedó para el martes.")


def test_a_get_well_wish_passes_but_their_new_hip_blocks() -> None:
    assert not blocking("Hope you're back on your feet in no time, @wren_t! 🙏")
    assert "medical_advice.prognosis" in blocking("You'll be back on your feet in a week.")
    assert "phi.health_detail" in blocking("Glad the new knee is holding up on the trail!")
    assert not blocking("Our new knee replacement class starts in May. Sign up at 555-0100.")


# Terse clinical slips (blind tables 34-35): their care under way, said in a few words.
TERSE_SLIPS = [
    ("@kim_o the swab went to the lab this morning.", CONFIRMS),
    ("Prior auth for the CT was approved.", CONFIRMS),
    ("Booster is logged. Card in the portal.", CONFIRMS),
    ("Labs are back and Dr. Chen reviewed them.", CONFIRMS),
    ("the $30 charge is from the June visit", CONFIRMS),
    ("Chart shows your last Tdap was 2015.", CONFIRMS),
    ("Loved seeing your little one at the 4-month checkup!", CONFIRMS),
    ("Your strep test read negative.", "medical_advice.results"),
    ("Back in 10 days for stitch removal. Keep it clean.", "medical_advice.directive"),
]
TERSE_LOOKALIKES = [
    "Results are back within 3 business days, in the portal.",
    "Lab results usually take 2-5 days. We'll message you through the portal.",
    "Keep it dry? Our umbrella stand is by the door ☔",
]


def test_staff_named_with_credentials_go_by_first_name_after() -> None:
    assert not blocking("Welcome Joel Varga, PA-C! Joel comes to us from a rural clinic.")
    assert not blocking("Thanks for the love! We'll pass it along to Imani and Corinne.")


def test_care_of_theirs_beside_staff_thanks_blocks() -> None:
    assert CONFIRMS in blocking("Keep up the exercises Dr. Brennan showed you!")
    assert "phi.health_detail" in blocking("We'll pass it along to Imani. How's the new inhaler?")


# What they are going through, named in sympathy, blocks; sympathy without it passes.
GOING_THROUGH = [
    "So sorry the new statin is giving you leg cramps. Please call 555-0100.",
    "Lamentamos que su hijo tenga fiebre desde el lunes.",
    "Hope your dad's radiation goes smoothly this week 💛",
    "Hoping you recover quickly from the knee surgery!",
]
SYMPATHY_ONLY = [
    "Hope you're staying healthy this flu season!",
    "So sorry for the long wait; you can book flu shots online.",
    "Sorry you're not feeling well! Call 555-0100 for a same-day visit.",
    "Lamentamos la espera. Puede llamar al 555-0100.",
]


@pytest.mark.parametrize("text", GOING_THROUGH)
def test_what_they_are_going_through_blocks(text: str) -> None:
    assert "phi.health_detail" in blocking(text)


@pytest.mark.parametrize("text", SYMPATHY_ONLY)
def test_sympathy_alone_passes(text: str) -> None:
    assert not blocking(text)


def test_their_pregnancy_blocks_but_a_notice_for_families_passes() -> None:
    assert "phi.health_detail" in blocking("Happy birthday! Plus a baby on the way? What a year!")
    assert "phi.health_detail" in blocking("¡Ya faltan cinco semanas para que llegue el bebé!")
    assert "phi.health_detail" in blocking("And with your due date so close, rest up!")
    assert not blocking("If there's a baby on the way, ask us about RSV protection: 555-0100.")


# Shorthand slips (texting, terse clinical and code-switching pairs).
SHORTHAND_SLIPS = [
    ("Colon screening starts at 45. You're 47, so book it!", "phi.age"),
    ("camp physicals m-f, bring ur 9 yr old n the form", "phi.age"),
    ("Clases prenatales los martes. A sus 41 años, le conviene ir.", "phi.age"),
    ("ur $85 copay from april is still open, call opt 3", CONFIRMS),
    ("Según su cuenta, todavía debe la visita de marzo.", CONFIRMS),
    ("Your lisinopril refill is ready at the pharmacy.", CONFIRMS),
    ("saw ur booked w/ dr. lee thurs", CONFIRMS),
    ("ur strep test came back neg!!", "medical_advice.results"),
    ("tu 190 en ayunas está alto eh", "medical_advice.results"),
    ("that wrist should be fine in like 2 wks", "medical_advice.prognosis"),
    ("PT on-site. Expect full recovery in 6 wks.", "medical_advice.prognosis"),
    ("ur gonna be totally fine i promise", "medical_advice.prognosis"),
    ("Dx probable: sinusitis. Cita: 555-0100.", "medical_advice.diagnosis"),
    ("so glad ur knee pain is finally better!!", "phi.health_detail"),
]


def test_shorthand_office_news_passes() -> None:
    assert not blocking("We're 10 minutes from downtown, parking in back.")
    assert not blocking("Expect the portal to be down Sunday 2-4 am for updates.")


# Found on blind tables 40-43 after they were measured.
MEASURED_40_43_SLIPS = [
    ("Sus lentes nuevos ya están listos para recoger en recepción.", CONFIRMS),
    ("your next cpap filter is due nov 3 btw", CONFIRMS),
    ("¡¡saludos a doña carmen!! que disfrute sus audífonos nuevos", NAME),
    ("tu audiometría muestra pérdida leve, muy común", "medical_advice.results"),
    ("qué pena que siga con tos desde el lunes 😢", "phi.health_detail"),
    ("Con 3 meses y sin fiebre, puede observarlo en casa esta noche.", "medical_advice.directive"),
    ("From the pic that looks like hand, foot and mouth.", "medical_advice.diagnosis"),
]
MEASURED_40_43_LOOKALIKES = [
    "Hi, I'm Dana from the answering service. For emergencies, call 911.",
    "Le saluda Rosa del servicio de contestación. Para emergencias, llame al 911.",
    "Le habla Trish. Leo mi tarjeta: emergencias, 911; crisis, 988.",
    "Se las pasamos a María y al equipo. ¡Gracias!",
    "The health fair is at St. Luke's on Saturday, 9-1.",
    "Antes de cambiar cualquier medicina, hable con su médico: él conoce su historial.",
    "Signs of a stroke, like a drooping face or slurred speech, are an emergency. Call 911.",
]


# The slips and look-alikes above, found on measured blind tables and register pairs.
SLIPS_FROM_MEASURED_TABLES = (
    TEXTED_SLIPS + CARE_TEAM_SLIPS + TERSE_SLIPS + SHORTHAND_SLIPS + MEASURED_40_43_SLIPS
)
LOOKALIKES_FROM_MEASURED_TABLES = (
    TEXTED_LOOKALIKES + CARE_TEAM_LOOKALIKES + TERSE_LOOKALIKES + MEASURED_40_43_LOOKALIKES
)


@pytest.mark.parametrize(("text", "code"), SLIPS_FROM_MEASURED_TABLES)
def test_slips_from_measured_tables_block(text: str, code: str) -> None:
    assert code in blocking(text)


@pytest.mark.parametrize("text", LOOKALIKES_FROM_MEASURED_TABLES)
def test_replies_from_measured_tables_pass(text: str) -> None:
    assert not blocking(text)
