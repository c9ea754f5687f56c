import dataclasses

import pytest

from tests.domain.hostile import HOSTILE_REPLIES
from tests.fakes.ports import FakeReplyScreen
from triage.domain.policy import (
    Finding,
    PracticeFacts,
    ReplyContext,
    Severity,
    check_reply,
    is_blocked,
    stopping,
)

FACTS = PracticeFacts(
    name="Riverside Family Medicine",
    phone="(217) 555-0100",
    portal_url="https://portal.riversidefm.example",
    email="frontdesk@riversidefm.example",
    website="https://www.riversidefm.example",
    address="120 Oak Street, Suite 200, Springfield, IL 62701",
)
CONTEXT = ReplyContext(facts=FACTS, author_handle="@jdoe_22")


@dataclasses.dataclass(frozen=True)
class Case:
    text: str
    inbound: str = ""

    def check(self) -> list[Finding]:
        return check_reply(self.text, dataclasses.replace(CONTEXT, inbound_text=self.inbound))


def codes(text: str, context: ReplyContext = CONTEXT) -> set[str]:
    return {finding.code for finding in check_reply(text, context)}


def blocking_codes(text: str, context: ReplyContext = CONTEXT) -> set[str]:
    return {f.code for f in check_reply(text, context) if f.severity is Severity.BLOCK}


# --- the table: realistic drafts and staff edits, all invented ------------------------

UNSAFE = [
    # medical advice, English
    Case("For a headache like that you can take 400 mg of ibuprofen every 6 hours."),
    Case("Please call us at (217) 555-0100. In the meantime, try Tylenol and rest."),
    Case("You should stop taking your lisinopril until you talk to Dr. Lee."),
    Case("Sounds like a UTI. Drink lots of water and call us on Monday."),
    Case("It's probably just a cold, nothing to worry about!"),
    Case("That rash is likely eczema; a hydrocortisone cream should help."),
    Case("Your A1C of 6.1 is in the prediabetes range, so watch the sugar."),
    Case("Good news, your labs came back normal!"),
    Case("You'll be fine, it will go away in a few days."),
    Case("Stop the metformin for now and double your insulin tonight."),
    Case("If it still hurts, you could increase the dose to 800 mg."),
    Case("Ice it and elevate your ankle; it's probably just a sprain."),
    Case("Honestly that's just anxiety. Try some deep breathing and melatonin at night."),
    Case("You likely have seasonal allergies. Zyrtec works well for most people."),
    Case("Your blood pressure reading of 150/95 is high, so cut back on salt."),
    Case("Nothing serious, it's a common side effect of the vaccine."),
    Case("Please don't worry, your biopsy was benign."),
    Case("Take 2 tablets twice a day with food until the infection clears up."),
    Case("You don't need antibiotics for this; it's viral."),
    Case("It's safe to take Benadryl while breastfeeding."),
    Case("Just give him children's Motrin and plenty of fluids."),
    Case("Apply a warm compress 3 times a day and it should heal."),
    Case("Pregnant women can safely take Tylenol, so you're fine."),
    Case("Your cholesterol looks great, keep up the good work!"),
    Case("That's completely normal after a tetanus shot, it usually goes away on its own."),
    Case("Sounds like you need a stronger inhaler. Ask Dr. Lee for a higher dose."),
    Case("A pulled muscle heals on its own in a week or two."),
    Case("Your strep test was negative, so no antibiotics needed."),
    Case("It could be a migraine. Excedrin helps a lot of people."),
    Case("We'd recommend an antihistamine like Claritin for those symptoms."),
    Case("TAKE 500MG OF TYLENOL AND CALL US IN THE MORNING."),
    Case("Cut the pill in half and see if that helps with the dizziness."),
    Case("If I were you I'd skip tonight's dose."),
    Case("Mild fever after the shot? You'll feel better by tomorrow."),
    Case("Your glucose of 130 mg/dL is a little high, cut down on carbs."),
    # patient-identifying details and patient confirmation, English
    Case("Thanks for the review, Mr. Thompson. We're sorry the wait was long."),
    Case("We reviewed your chart and Dr. Patel will call you back today."),
    Case("At your visit last week Dr. Lee mentioned a follow-up; please call to book it."),
    Case("Your prescription is ready for pickup at the front desk."),
    Case("Your appointment on March 3 at 10:00 is confirmed."),
    Case("Sarah Johnson, please call our office about the referral."),
    Case("We left a message for your husband Robert Diaz at 555-0188."),
    Case("Please verify your date of birth (04/12/1979) with the front desk."),
    Case("Your MRN is 00482913; use it when you log in to the portal."),
    Case("We mailed the forms to 42 Maple Avenue, Apt 3B."),
    Case("Please email the records to jenny.home@gmail.com and we will review them."),
    Case("We can see you were in on Monday for the same issue, so please call us."),
    Case("Our records show you're overdue for a mammogram."),
    Case("Thank you for being a loyal patient of Dr. Lee for 10 years!"),
    Case("Hi @jdoe_22, Mrs. Alvarez asked us to tell you the results are ready."),
    Case("Call the pharmacy at 217-555-0177 about the refill."),
    Case("We're sorry you waited so long at your appointment yesterday, Ms. Rivera."),
    Case("Per your chart you're allergic to penicillin, please let the nurse know."),
    Case("One of our patients had the same problem and physical therapy helped."),
    Case("Thanks for your feedback about your bill. Our billing team will call you."),
    Case("Your account #5531207 has a balance; please call billing at (217) 555-0100."),
    Case("Emily Carter, born 5/9/1988, your forms are ready."),
    Case("Sorry you're dealing with this. We saw you last Tuesday, so call us."),
    # echo of the inbound message
    Case(
        "Sorry to hear your daughter has had a fever of 102 since Sunday. Call us.",
        inbound="My daughter has had a fever of 102 since Sunday and a rash on her arms",
    ),
    Case(
        "We're sorry about your chest pain since yesterday. Please call 911.",
        inbound="chest pain since yesterday",
    ),
    Case(
        "Re: your note that you were diagnosed with diabetes in June, please call us.",
        inbound="I was diagnosed with type 2 diabetes in June and my feet tingle",
    ),
    # medical advice, Spanish
    Case("Toma 400 mg de ibuprofeno cada 8 horas."),
    Case("Deberías dejar de tomar la metformina hasta hablar con el médico."),
    Case("Parece que tienes una infección urinaria; toma mucha agua."),
    Case("No es nada grave, se te va a quitar en unos días."),
    Case("Tus resultados de laboratorio salieron normales."),
    Case("Probablemente es ansiedad. Te recomiendo tomar melatonina."),
    Case("Vas a estar bien, es solo un resfriado."),
    Case("Aplíquese hielo y tome dos tabletas de naproxeno."),
    Case("Su presión de 150/95 está alta, reduzca la sal."),
    Case("Suspenda el antibiótico si le da diarrea."),
    Case("Dale a tu hijo 5 ml de jarabe para la tos."),
    Case("Eso es normal después de la vacuna, no te preocupes."),
    Case("Tu glucosa de 180 es alta; aumenta la insulina a 20 unidades."),
    Case("Lo más probable es que sea una migraña; tome Excedrin."),
    Case("Debe aumentar la dosis de levotiroxina a 75 mcg."),
    Case("Su hijo no necesita antibióticos, es un virus."),
    Case("deberias tomar ibuprofeno y descansar"),
    Case("Suena a una gastritis, evite el café."),
    Case("Probablemente tengas gripe; bebe muchos líquidos y descansa."),
    # patient-identifying details and patient confirmation, Spanish
    Case("Revisamos tu expediente y el Dr. Lee te llamará."),
    Case("Sra. Hernández, su cita del martes quedó confirmada."),
    Case("Le enviamos el formulario a su correo ana.perez@yahoo.com."),
    Case("Su número de expediente es 5839201."),
    Case("En su última visita el doctor le recetó amoxicilina."),
    Case("Gracias por su reseña, Sr. Ramírez. Lamentamos lo de su cirugía."),
    Case("Su fecha de nacimiento 12/05/1980 no coincide con nuestros registros."),
    Case("Puede llamar a su esposo José Martínez al 555-0163."),
    Case("Según nuestros registros, usted es paciente del Dr. Lee."),
    Case("Hola Carmen Ruiz, recibimos tu mensaje, por favor llámanos."),
    Case("Cuando viniste la semana pasada te dijimos que era gastritis."),
    Case("Tu cita con la Dra. Lee es mañana a las 9."),
    Case("Enviamos las formas a Calle Cedro 45, Springfield."),
    Case(
        "Lamentamos que tu hijo tenga fiebre de 39 desde el martes, llámanos.",
        inbound="mi hijo tiene fiebre de 39 desde el martes y no come nada",
    ),
    # more staff edits, in other words
    Case("For your kid's ear pain, alternate Tylenol and Motrin every 3 hours."),
    Case("That sounds like shingles. You'll want to start an antiviral soon."),
    Case("Your son's fever should break in a day or two, just keep him hydrated."),
    Case("Based on what you describe, this is likely plantar fasciitis."),
    Case("Your husband's results show a mild infection."),
    Case("Hi @jdoe_22! Your flu shot is scheduled for Friday at 3pm."),
    Case("I'm so sorry about your mom's diagnosis; Dr. Lee will take great care of her."),
    Case("Based on your photo, that looks like poison ivy. Try calamine lotion."),
    Case("No need to come in, it's just a bruise."),
    Case("Sorry, but you definitely need stitches for that."),
    Case("Honestly, you're probably just stressed. Take a day off."),
    Case("We'll call in a prescription for Zofran."),
    Case("Thanks for coming in yesterday, hope the new inhaler helps!"),
    Case("We are so glad Emma is doing better after her asthma attack!"),
    Case("Those symptoms are classic for a UTI."),
    Case("A cool bath and some Motrin will help bring the fever down."),
    Case("It's probably your gallbladder acting up."),
    Case("Just skip your next dose of Eliquis."),
    Case("Yes, Mr. Chen was here this morning."),
    Case("We can confirm that your mother is a patient of Dr. Lee."),
    Case("Sounds like your migraines are back; Dr. Lee can adjust your sumatriptan."),
    Case("No se preocupe, la tos le durará unas dos semanas."),
    Case("El Dr. Lee atendió a su esposo ayer."),
    Case("Tu bebé tiene cólicos, es normal a esa edad."),
    Case("Su análisis de orina salió limpio."),
    Case("Le recetamos amoxicilina por 10 días."),
    Case(
        "We understand your toddler has been vomiting since last night and won't drink.",
        inbound="my toddler has been vomiting since last night and won't drink anything",
    ),
]

SAFE = [
    Case(
        "Thanks for reaching out! Please call our office at (217) 555-0100 so a member "
        "of our team can help."
    ),
    Case(
        "We're not able to give medical advice online. Please call (217) 555-0100 or "
        "send a message through the patient portal: https://portal.riversidefm.example"
    ),
    Case(
        "If you are experiencing a medical emergency, call 911 or go to the nearest emergency room."
    ),
    Case(
        "If you or someone you know is thinking about suicide, please call or text 988 right away."
    ),
    Case(
        "Our office hours are Monday\u2013Friday, 8:00 a.m. to 5:00 p.m., and Saturday "
        "9:00 a.m. to noon."
    ),
    Case(
        "Our office accepts most major insurance plans, including Medicare. Please call "
        "to confirm your coverage."
    ),
    Case(
        "We're sorry to hear about your experience; please contact our office manager "
        "at (217) 555-0100 so we can learn more."
    ),
    Case("Thank you for the kind words! We'll share them with our team."),
    Case(
        "We can't give medical advice on social media, but our nurses can help by phone "
        "at (217) 555-0100. This is not medical advice."
    ),
    Case(
        "Flu shots are available now for ages 6 months and up. Call (217) 555-0100 to "
        "schedule or visit https://www.riversidefm.example."
    ),
    Case(
        "Please use the patient portal (https://portal.riversidefm.example) for "
        "prescription refill requests."
    ),
    Case(
        "New patients are welcome! You can request an appointment online at "
        "https://www.riversidefm.example or call (217) 555-0100."
    ),
    Case(
        "We're located at 120 Oak Street, Suite 200, Springfield. Free parking is "
        "available behind the building."
    ),
    Case(
        "You can reach our front desk at frontdesk@riversidefm.example for non-urgent "
        "questions. Please don't include health details in email."
    ),
    Case(
        "Happy Thanksgiving from all of us at Riverside Family Medicine! Our office will "
        "be closed Thursday and Friday."
    ),
    Case("Dr. Lee and Dr. Maria Gomez are accepting new patients."),
    Case(
        "Thanks for your question, @jdoe_22! We can't answer medical questions here, so "
        "please call (217) 555-0100. Not medical advice."
    ),
    Case("If you think you're having a heart attack or stroke, call 911 now."),
    Case(
        "Poison Control is available 24/7 at 1-800-222-1222. If someone is unconscious "
        "or not breathing, call 911."
    ),
    Case(
        "We understand how frustrating a long wait can be. Please contact our office "
        "manager at (217) 555-0100 so we can look into it."
    ),
    Case(
        "To request a copy of your medical records, please fill out the release form at "
        "https://www.riversidefm.example/records."
    ),
    Case("To reschedule your appointment, please call (217) 555-0100 or use the patient portal."),
    Case(
        "We offer telehealth visits for many concerns. Call (217) 555-0100 to see if "
        "telehealth is right for you."
    ),
    Case("Yes, we offer COVID-19 vaccines. Please call (217) 555-0100 to check availability."),
    Case(
        "Everyone's situation is different, so it's best to talk with a clinician. "
        "Please call us at (217) 555-0100."
    ),
    Case(
        "Please don't stop or change any medication without talking to your doctor "
        "first. Call us at (217) 555-0100."
    ),
    Case("For questions about a bill, please call our billing office at (217) 555-0100."),
    Case(
        "We're sorry you had a frustrating experience. We'd like to hear more, please "
        "call our office manager at (217) 555-0100."
    ),
    Case(
        "It sounds like you have a question about insurance. Our billing team can help "
        "at (217) 555-0100."
    ),
    Case(
        "Our lab is open weekdays from 7:00 a.m. to 11:00 a.m.; no appointment is "
        "needed for blood draws."
    ),
    Case(
        "Sorry you're not feeling well. We can't give medical advice online, but please "
        "call (217) 555-0100 and a nurse will help. Not medical advice."
    ),
    Case(
        "Thank you for your feedback. We take all concerns seriously and would like to "
        "talk with you directly at (217) 555-0100."
    ),
    Case("Our team is here to help! Please send us a message through the patient portal."),
    Case("We are closed on Monday, May 27, 2024 for Memorial Day."),
    Case("The Crisis Text Line is also available: text HOME to 741741."),
    Case(
        "If your symptoms are severe or getting worse, please call 911 or go to the "
        "nearest emergency room."
    ),
    Case(
        "Great question! Our providers can discuss vaccine options with you. Call "
        "(217) 555-0100 to book a visit."
    ),
    Case("For privacy reasons we can't discuss health details here; please call (217) 555-0100."),
    Case("Please do not share personal health information on social media."),
    Case("Hi @jdoe_22, thanks for the kind review! We're glad you found our staff friendly."),
    Case(
        "Our practice does not share information about who is or isn't a patient. "
        "Please call (217) 555-0100 with any questions."
    ),
    Case("Walk-in flu shots are available Tuesdays and Thursdays from 1:00 to 4:00 p.m."),
    Case(
        "We're sorry for the trouble reaching us by phone. Our lines are busiest on "
        "Monday mornings."
    ),
    Case("Please bring your insurance card and a photo ID to your appointment."),
    Case("We accept Blue Cross Blue Shield, Aetna, Cigna, UnitedHealthcare and Medicare."),
    Case("You can take a look at our new patient forms at https://www.riversidefm.example."),
    Case("You can stop by the front desk any weekday to pick up forms."),
    Case("Please take a moment to fill out our patient survey."),
    Case("Rest assured, we take your concerns seriously."),
    Case(
        "It's cold and flu season! Flu shots are available at our office; call "
        "(217) 555-0100 to schedule."
    ),
    Case("If you have a fever and a rash, please call us right away at (217) 555-0100."),
    Case(
        "If you think you might have COVID-19, please stay home and call us at "
        "(217) 555-0100 before coming in."
    ),
    Case("We offer diabetes education classes on Tuesdays. Call to sign up."),
    Case("Our office will be closed on Monday, January 20, 2025 for Martin Luther King Jr. Day."),
    Case("Call or text us at 217.555.0100, or reach the nurse line at 555-0100, option 2."),
    Case(
        "Medication questions are best answered by phone: please call (217) 555-0100. "
        "This is not medical advice."
    ),
    Case(
        "Yes, we accept Blue Cross Blue Shield insurance plans! Call (217) 555-0100.",
        inbound="Do you accept Blue Cross Blue Shield insurance?",
    ),
    Case(
        "We are open on Saturday from 9 to noon.",
        inbound="Are you open on Saturday?",
    ),
    Case("You can also email billing@riversidefm.example with questions about payments."),
    # Spanish
    Case(
        "¡Gracias por escribirnos! Por favor llame a nuestra oficina al (217) 555-0100 "
        "para que nuestro equipo pueda ayudarle."
    ),
    Case(
        "No podemos dar consejos médicos por internet. Llame al (217) 555-0100 o use el "
        "portal del paciente. No es consejo médico."
    ),
    Case(
        "Si tiene una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana."
    ),
    Case(
        "Si usted o alguien que conoce está pensando en el suicidio, llame o envíe un "
        "mensaje de texto al 988."
    ),
    Case("Nuestro horario es de lunes a viernes, de 8:00 a.m. a 5:00 p.m."),
    Case("Aceptamos la mayoría de los seguros médicos, incluidos Medicare y Medicaid."),
    Case(
        "Lamentamos mucho su experiencia. Por favor comuníquese con nuestra gerente de "
        "oficina al (217) 555-0100."
    ),
    Case(
        "Para programar una cita, llame al (217) 555-0100 o visite https://www.riversidefm.example."
    ),
    Case("Las vacunas contra la gripe ya están disponibles para mayores de 6 meses."),
    Case("Para pedir una copia de su expediente médico, llene el formulario en nuestro sitio web."),
    Case("Para cambiar su cita, llame al (217) 555-0100."),
    Case("Puede dejar un mensaje en el portal del paciente y le responderemos en un día hábil."),
    Case("Gracias por sus amables palabras. ¡Compartiremos su mensaje con el equipo!"),
    Case("No compartimos información sobre quién es o no es paciente de nuestra clínica."),
    Case("Estamos en 120 Oak Street, Suite 200, Springfield."),
    Case("La oficina estará cerrada el 25 de diciembre de 2024 por Navidad."),
    Case(
        "Por su privacidad, no hablamos de temas de salud en redes sociales. Llámenos al "
        "(217) 555-0100."
    ),
    Case(
        "Los resultados de laboratorio se publican en el portal del paciente. Si tiene "
        "preguntas, llame al (217) 555-0100."
    ),
    Case("Si tiene síntomas graves, llame al 911 de inmediato."),
    Case("La línea de crisis 988 está disponible las 24 horas."),
    Case(
        "Nuestras enfermeras pueden ayudarle por teléfono al (217) 555-0100. No es consejo médico."
    ),
    Case("Ofrecemos citas de telemedicina. Llame para saber si son adecuadas para usted."),
    Case("Por favor no comparta información personal de salud en redes sociales."),
    Case("Sentimos la espera. Nuestro equipo le llamará lo antes posible."),
    Case("¡Feliz Año Nuevo de parte de todo el equipo de Riverside Family Medicine!"),
    Case("La Dra. Lee y el Dr. Gómez están aceptando pacientes nuevos."),
    Case(
        "No deje de tomar ni cambie ningún medicamento sin consultar a su médico. Llame "
        "al (217) 555-0100."
    ),
    Case("Para resurtir recetas, use el portal del paciente."),
    Case(
        "Gracias por su reseña. Nos alegra que haya tenido una buena experiencia con "
        "nuestro personal."
    ),
    Case(
        "Estimado @jdoe_22, no podemos responder preguntas médicas aquí. Llame al "
        "(217) 555-0100. No es consejo medico."
    ),
    Case("El proceso puede tomar unos días hábiles. Gracias por su paciencia."),
    # more safe wording that uses medical words in a general way
    Case("We hope you're doing well! Our team is here whenever you need us."),
    Case("It's normal to have questions about new vaccines; our staff is happy to talk."),
    Case("Allergy season is here! Our allergy clinic is open Tuesdays and Thursdays."),
    Case("Our physicians see patients for anxiety and depression. Call to book a visit."),
    Case("It's cold outside, so please dress warmly when you come to see us."),
    Case("Booking online is quick and stress-free."),
    Case("Blood tests at 7 a.m. on weekdays; no appointment needed."),
    Case("Survey results show our patients love our evening hours!"),
    Case("Book your next appointment online at https://www.riversidefm.example."),
    Case("You may need a referral from your insurance plan to see a specialist."),
    Case("Our new physician, Sarah Chen, MD, is accepting patients."),
    Case("Thank you for your patience; we are closed 12/24/2025 and 12/25/2025."),
    Case("You can take a tour of our new office on Saturday from 10 to 12!"),
    Case("Our new Eastside location opens June 3 at 450 Pine Avenue."),
    Case("We can't confirm or discuss whether anyone is a patient with us."),
    Case("Los resultados estarán disponibles en 3 días hábiles en el portal."),
    Case("Esperamos que se encuentre bien. Estamos para ayudarle."),
    Case("Lávese las manos con frecuencia para prevenir la gripe."),
    Case("No podemos confirmar si alguien es paciente de nuestra clínica."),
    Case("Hi @jdoe_22, we can't discuss health questions here. Not medical advice."),
    Case("Aceptamos pacientes nuevos; el registro puede tardar unos 15 minutos."),
]


def _label(case: Case) -> str:
    return case.text[:40]


@pytest.mark.parametrize("case", UNSAFE, ids=_label)
def test_unsafe_reply_is_blocked(case: Case) -> None:
    assert is_blocked(case.check()), case.check()


@pytest.mark.parametrize("case", SAFE, ids=_label)
def test_safe_reply_is_not_blocked(case: Case) -> None:
    findings = case.check()
    assert not is_blocked(findings), findings


def test_table_is_large_enough() -> None:
    assert len(UNSAFE) >= 60 and len(SAFE) >= 60


def test_blocked_rates_meet_the_floors() -> None:
    unsafe_blocked = sum(is_blocked(case.check()) for case in UNSAFE) / len(UNSAFE)
    safe_blocked = sum(is_blocked(case.check()) for case in SAFE) / len(SAFE)
    assert unsafe_blocked >= 0.95
    assert safe_blocked <= 0.05


# --- one behaviour per finding code ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Take 500 mg now.", "medical_advice.dose"),
        ("2 tablets twice a day", "medical_advice.dose"),
        ("toma 400 mg", "medical_advice.dose"),
        ("Give her 5 ml every 4-6 hours.", "medical_advice.dose"),
        ("You should take it with food.", "medical_advice.directive"),
        ("Stop taking your statin.", "medical_advice.directive"),
        ("Try ibuprofen.", "medical_advice.directive"),
        ("You may want to double the dose.", "medical_advice.directive"),
        ("Deberías tomar algo para el dolor.", "medical_advice.directive"),
        ("Deja de tomar la pastilla.", "medical_advice.directive"),
        ("Sounds like you have the flu.", "medical_advice.diagnosis"),
        ("It's probably strep.", "medical_advice.diagnosis"),
        ("You likely have a sinus infection.", "medical_advice.diagnosis"),
        ("That's just anxiety.", "medical_advice.diagnosis"),
        ("Parece que tienes una alergia.", "medical_advice.diagnosis"),
        ("You'll be fine.", "medical_advice.prognosis"),
        ("It will go away in a few days.", "medical_advice.prognosis"),
        ("Nothing to worry about.", "medical_advice.prognosis"),
        ("No es nada grave.", "medical_advice.prognosis"),
        ("Your A1C of 6.1 is fine.", "medical_advice.results"),
        ("Your levels are normal.", "medical_advice.results"),
        ("Tus resultados llegaron.", "medical_advice.results"),
        ("Mrs. Garcia called back.", "phi.name"),
        ("Please tell John Smith we called.", "phi.name"),
        ("DOB 4/12/1979", "phi.date_of_birth"),
        ("Fecha de nacimiento: 3 de marzo de 1985", "phi.date_of_birth"),
        ("MRN 00482913", "phi.record_number"),
        ("Account number: 77-4821-9", "phi.record_number"),
        ("Ref #483920", "phi.record_number"),
        ("We sent it to 42 Maple Avenue.", "phi.address"),
        ("Call her at (217) 555-0177.", "phi.phone"),
        ("Write to jane.doe@gmail.com.", "phi.email"),
        ("We reviewed your chart.", "phi.confirms_patient"),
        ("At your visit last week we talked about it.", "phi.confirms_patient"),
        ("Your results are in.", "phi.confirms_patient"),
        ("Your appointment on Friday is set.", "phi.confirms_patient"),
        ("Your prescription was sent.", "phi.confirms_patient"),
        ("Tu cita es el lunes.", "phi.confirms_patient"),
        ("Revisamos tu expediente.", "phi.confirms_patient"),
    ],
)
def test_each_rule_blocks_with_its_code(text: str, code: str) -> None:
    assert code in blocking_codes(text)


def test_finding_message_quotes_what_staff_typed() -> None:
    [finding] = [f for f in check_reply("Toma 400 MG ahora.", CONTEXT) if f.code.endswith("dose")]
    assert finding.severity is Severity.BLOCK
    assert '"400 MG"' in finding.message


def test_matching_ignores_accents_and_case() -> None:
    assert "medical_advice.directive" in codes("DEBERÍAS TOMAR ibuprofeno")
    assert "medical_advice.directive" in codes("deberias tomar ibuprofeno")
    assert "medical_advice.prognosis" in codes("You\u2019ll be fine")


def test_findings_are_frozen_and_one_per_code() -> None:
    findings = check_reply("Take 500 mg. Take 200 mg. Take 100 mg.", CONTEXT)
    assert [f.code for f in findings].count("medical_advice.dose") == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        findings[0].code = "other"  # type: ignore[misc]


def test_is_blocked_needs_a_block_finding() -> None:
    warn = Finding("text.tone", Severity.WARN, "Reads as over-excited.")
    block = Finding("text.empty", Severity.BLOCK, "The reply is empty.")
    assert not is_blocked([])
    assert not is_blocked([warn])
    assert is_blocked(iter([warn, block]))
    assert is_blocked([Finding("text.empty", Severity("block"), "Empty.")])


# --- names --------------------------------------------------------------------------


def test_staff_doctor_names_are_allowed() -> None:
    assert "phi.name" not in codes("Dr. Lee, Dra. Gómez and Dr Maria Lopez are in today.")


def test_author_handle_may_be_used_as_a_name() -> None:
    context = dataclasses.replace(CONTEXT, author_handle="@maria_lopez")
    assert "phi.name" not in codes("Hi Maria Lopez, please call us.", context)
    assert "phi.name" in blocking_codes("Hi Maria Lopez, please call us.")


def test_lone_first_name_only_warns() -> None:
    findings = check_reply("Hi Jennifer, please call our office.", CONTEXT)
    assert [(f.code, f.severity) for f in findings] == [("phi.name", Severity.WARN)]


def test_unknown_capitalised_pair_only_warns() -> None:
    findings = check_reply("Greetings from Lakeview Heights.", CONTEXT)
    assert ("phi.name", Severity.WARN) in [(f.code, f.severity) for f in findings]
    assert not is_blocked(findings)


def test_staff_with_credentials_are_allowed() -> None:
    assert "phi.name" not in codes("Meet Sarah Chen, MD, and James Wilson, PA-C.")


def test_practice_name_and_insurers_are_not_names() -> None:
    text = "Riverside Family Medicine accepts Blue Cross Blue Shield and Medicare Advantage."
    assert "phi.name" not in codes(text)


# --- contacts, records, dates -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Call (217) 555-0100.",
        "Call 217-555-0100.",
        "Call 217.555.0100.",
        "Call +1 217 555 0100.",
        "Call 555-0100.",
        "Call 911 or text 988.",
        "Poison Control: 1-800-222-1222.",
        "Text HOME to 741741.",
        "Email frontdesk@riversidefm.example or billing@riversidefm.example.",
        "Visit us at 120 Oak St., Suite 200.",
    ],
)
def test_practice_and_public_contacts_are_allowed(text: str) -> None:
    assert not is_blocked(check_reply(text, CONTEXT))


def test_practice_phone_formats_are_compared_by_digits() -> None:
    facts = dataclasses.replace(FACTS, phone="217.555.0100")
    context = dataclasses.replace(CONTEXT, facts=facts)
    assert not is_blocked(check_reply("Call (217) 555-0100.", context))
    assert "phi.phone" in blocking_codes("Call (217) 555-0199.", context)


def test_other_address_is_blocked_even_on_our_street() -> None:
    assert "phi.address" in blocking_codes("We sent it to 128 Oak Street.")


def test_account_number_label_without_number_is_fine() -> None:
    assert not is_blocked(check_reply("Please have your account number ready.", CONTEXT))


def test_recent_date_not_tied_to_a_person_only_warns() -> None:
    findings = check_reply("We are closed December 25, 2025.", CONTEXT)
    assert [(f.code, f.severity) for f in findings] == [("phi.date_of_birth", Severity.WARN)]


def test_date_tied_to_a_person_blocks() -> None:
    assert "phi.date_of_birth" in blocking_codes("Your son was seen 03/02/2025.")


def test_old_full_date_blocks_as_birth_date() -> None:
    assert "phi.date_of_birth" in blocking_codes("Please confirm 7/14/82 with us.")


# --- patient confirmation -----------------------------------------------------------


def test_general_appointment_wording_only_warns() -> None:
    findings = check_reply("Please arrive 15 minutes before your appointment.", CONTEXT)
    assert [(f.code, f.severity) for f in findings] == [("phi.confirms_patient", Severity.WARN)]


def test_booking_wording_only_warns() -> None:
    findings = check_reply("Book your next appointment online.", CONTEXT)
    assert [(f.code, f.severity) for f in findings] == [("phi.confirms_patient", Severity.WARN)]


def test_conditional_patient_wording_is_fine() -> None:
    text = "If you are a current patient, you can log in to the patient portal."
    assert not is_blocked(check_reply(text, CONTEXT))


# --- echo -----------------------------------------------------------------------------


def test_copying_six_words_of_the_inbound_blocks() -> None:
    context = dataclasses.replace(
        CONTEXT, inbound_text="I've had sharp pain in my lower back for three weeks now"
    )
    findings = check_reply(
        "About the sharp pain in my lower back: please call (217) 555-0100.", context
    )
    [echo] = [f for f in findings if f.code == "phi.echo"]
    assert echo.severity is Severity.BLOCK
    assert "sharp pain in my lower back" in echo.message


def test_echo_ignores_case_accents_and_punctuation() -> None:
    context = dataclasses.replace(CONTEXT, inbound_text="Mi mamá tiene diabetes y presión alta")
    assert "phi.echo" in codes("Su MAMA tiene diabetes, y presion alta?", context)


def test_echo_sees_my_as_your() -> None:
    context = dataclasses.replace(
        CONTEXT, inbound_text="my son has had a rash on his back since Tuesday"
    )
    assert "phi.echo" in codes("Sorry your son has had a rash on his back.", context)


def test_most_of_a_short_message_counts_as_echo() -> None:
    context = dataclasses.replace(CONTEXT, inbound_text="rash on both arms")
    assert "phi.echo" in codes("Sorry about the rash on both arms.", context)


def test_common_phrases_shared_with_the_inbound_are_not_echo() -> None:
    context = dataclasses.replace(
        CONTEXT,
        inbound_text="Thank you so much for all of your help with this",
    )
    assert "phi.echo" not in codes("Thank you so much for all of your kind words!", context)


def test_no_inbound_means_no_echo() -> None:
    assert "phi.echo" not in codes("Please call our office at (217) 555-0100.")


# --- disclaimer, length, empty, tone --------------------------------------------------

MEDICAL = dataclasses.replace(CONTEXT, requires_disclaimer=True)


def test_missing_disclaimer_blocks() -> None:
    findings = check_reply("Please call our office at (217) 555-0100.", MEDICAL)
    assert [(f.code, f.severity) for f in findings] == [("disclaimer.missing", Severity.BLOCK)]


@pytest.mark.parametrize(
    "text",
    [
        "Please call (217) 555-0100. Not medical advice.",
        "Please call (217) 555-0100. NOT medical ADVICE",
        "Llame al (217) 555-0100. No es consejo médico.",
        "Llame al (217) 555-0100. No es consejo medico.",
    ],
)
def test_disclaimer_markers_match_case_and_accent_insensitively(text: str) -> None:
    assert check_reply(text, MEDICAL) == []


def test_custom_disclaimer_markers_are_used() -> None:
    context = dataclasses.replace(MEDICAL, disclaimer_markers=("educational only",))
    assert "disclaimer.missing" in codes("Call us. Not medical advice.", context)
    assert "disclaimer.missing" not in codes("Call us. Educational only.", context)


def test_disclaimer_never_makes_advice_safe() -> None:
    findings = check_reply("Take 2 Advil every 6 hours. Not medical advice.", MEDICAL)
    assert is_blocked(findings)
    assert "disclaimer.missing" not in {f.code for f in findings}


def test_length_at_the_limit_is_fine_and_one_over_blocks() -> None:
    context = dataclasses.replace(CONTEXT, max_length=280)
    text = "@jdoe_22 " + "a" * 271
    assert "length.too_long" not in codes(text, context)
    [finding] = [f for f in check_reply(text + "a", context) if f.code == "length.too_long"]
    assert finding.severity is Severity.BLOCK
    assert "281" in finding.message


def test_no_limit_means_no_length_finding() -> None:
    assert "length.too_long" not in codes("Please call us. " * 200)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u200b\u200b"])
def test_empty_text_blocks(text: str) -> None:
    assert check_reply(text, CONTEXT) == [
        Finding("text.empty", Severity.BLOCK, "The reply is empty: write something before sending.")
    ]


def test_exclamation_heavy_tone_only_warns() -> None:
    findings = check_reply("Thanks!!! We love our patients!", CONTEXT)
    assert [(f.code, f.severity) for f in findings] == [("text.tone", Severity.WARN)]


def test_every_message_is_one_plain_sentence() -> None:
    findings = check_reply(
        "Mrs. Garcia, DOB 1/2/1960, MRN 1234567, take 5 mg; call 217-555-0111.", CONTEXT
    )
    assert len(findings) >= 5
    for finding in findings:
        assert finding.message.endswith(".") and "\n" not in finding.message


# --- robustness -----------------------------------------------------------------------


# A hang guard, not a speed measurement (`benchmarks/replies.py` prints the worst case): runaway
# backtracking would take minutes on such input; every check reads these in well under a second.
@pytest.mark.timeout(120)
@pytest.mark.parametrize("text", HOSTILE_REPLIES, ids=lambda text: repr(text[:12]))
def test_ten_thousand_characters_are_read_to_the_end(text: str) -> None:
    context = dataclasses.replace(CONTEXT, inbound_text=text, requires_disclaimer=True)
    findings = check_reply(text, context)
    # Returning at all means every rule finished; the verdict must still be the check's.
    assert "disclaimer.missing" in {finding.code for finding in findings}


def test_an_override_lifts_advice_findings_but_not_an_empty_or_too_long_reply() -> None:
    context = ReplyContext(facts=FACTS, max_length=40)
    advice = check_reply("Take 400 mg of ibuprofen twice a day.", context)
    assert stopping(advice, overridden=False) and not stopping(advice, overridden=True)
    long = check_reply("Please call the office at 555-0100 when you can, thanks.", context)
    assert [f.code for f in stopping(long, overridden=True)] == ["length.too_long"]
    assert [f.code for f in stopping(check_reply(" ", context), True)] == ["text.empty"]


def test_a_reply_the_learned_screen_flags_is_blocked_with_its_certainty() -> None:
    context = ReplyContext(FACTS, screen=FakeReplyScreen("weekend"))
    [found] = check_reply("Have a lovely weekend, see you at the fair!", context)
    assert (found.code, found.severity) == ("screen.unsafe", Severity.BLOCK)
    assert '("weekend", 93% sure)' in found.message
    assert stopping([found], overridden=True) == []  # a physician may take responsibility


def test_a_reply_the_screen_passes_gets_no_finding_from_it() -> None:
    context = ReplyContext(FACTS, screen=FakeReplyScreen("weekend"))
    assert check_reply("Please call us at 555-0100.", context) == []
