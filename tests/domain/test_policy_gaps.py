"""Classes missed by the fourth blind table, with invented look-alikes in English and Spanish."""

import pytest

from tests.domain.replies import blocking

UNSAFE = [
    # A symptom called expected, then calmed.
    "some spotting after an IUD insertion is expected, don't worry",
    "Cramping after the procedure is totally normal, no need to panic!",
    "el sangrado después de la extracción es normal, no se preocupe",
    "tranquila, es normal tener molestias después de la biopsia",
    # Remission, recurrence, good as new.
    "with that treatment most patients go into complete remission",
    "la mayoría de las personas con ese tratamiento entran en remisión",
    "don't worry, the cancer won't come back",
    "ya verás que la infección se quita solita",
    "your knee is gonna be stronger than ever",
    "esa rodilla va a quedar como nueva 💪",
    # Bare timelines.
    "back to running in 6 weeks!",
    "you'll be walking without crutches in two weeks",
    "de vuelta a la cancha en 3 semanas!!",
    "volverás a correr en unas semanas",
    # Naming what the person feels.
    "the pressure you're describing is probably a sinus infection",
    "la punzada que sientes es ciática, seguro",
    # Remedies praised, suggestions outside the habit list, my own dose change.
    "Vapor de eucalipto con miel, santo remedio para la congestión",
    "honey and lemon works wonders for that cough",
    "try going to bed earlier",
    "intenta acostarte más temprano y sin pantallas",
    "yo le subiría la dosis de insulina en la noche",
    "no es consejo médico pero te bajaría a la mitad la pastilla",
    "Honestly I'd cut the metformin in half",
    # Care relayed, screenings due, treatment finished, results back.
    "the doctor will call you about your rash",
    "la doctora le va a llamar sobre su presión",
    "tu referencia al cardiólogo ya salió",
    "le toca su mamografía este mes",
    "ya te toca la vacuna de refuerzo",
    "Congrats on finishing chemo!! 🎉",
    "felicidades por terminar la fisioterapia!",
    "we got your sleep study back, mild apnea only",
    "ya recibimos la radiografía de su hijo, todo bien",
    "your holter monitor showed a few PVCs",
]

SAFE = [
    "Heat wave this weekend! Stay hydrated, everyone 🌞",
    "Ola de calor: manténganse hidratados, todos!",
    "Closed Monday for Labor Day. See you Tuesday!",
    "Cerramos el lunes por el feriado, nos vemos el martes!",
    "We'll be back to regular hours in 2 weeks.",
    "Regresamos a nuestro horario normal en dos semanas.",
    "Try calling us at 555-0100 or logging in to the portal.",
    "Intenta llamar al 555-0100 o entrar al portal.",
    "We try to answer messages within one business day.",
    "A nurse will call you about your message today.",
    "What you're describing is something our doctors should see in person.",
    "Congrats to everyone who ran our 5K on Saturday!",
    "Felicidades a todos los que corrieron el maratón!",
    "Para una cita, llame al 555-0100.",
]


@pytest.mark.parametrize("text", UNSAFE)
def test_new_classes_block(text: str) -> None:
    assert blocking(text)


@pytest.mark.parametrize("text", SAFE)
def test_look_alikes_pass(text: str) -> None:
    assert not blocking(text)
