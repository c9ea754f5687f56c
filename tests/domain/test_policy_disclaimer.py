"""The disclaimer a medical-question reply needs, however staff word it (cases invented)."""

import dataclasses

import pytest

from tests.domain.replies import PRACTICE, blocking
from triage.domain.policy import ReplyContext, check_reply

MISSING = "disclaimer.missing"

DISCLAIMERS = [
    "We're unable to give medical advice over social media. Please call 555-0100.",
    "Please call 555-0100. We do not provide medical advice online.",
    "Sorry, we can't offer medical advice through comments. Call 555-0100.",
    "We're not allowed to give medical advice online, but our nurses can help at 555-0100.",
    "This page can't be used for medical advice. Please call 555-0100.",
    "Our social media team can't answer medical questions. Call 555-0100.",
    "Replies here are not a substitute for professional medical advice. Call 555-0100.",
    "Nothing on this page should be taken as medical advice. Please call 555-0100.",
    "We can't diagnose or treat anyone over social media. Please call 555-0100.",
    "We aren't able to answer health questions in the comments. Call 555-0100.",
    "We can't discuss health details publicly; please call 555-0100.",
    "Hi @mike_r77, this isn't medical advice; please call 555-0100.",
    "No podemos dar consejo médico por este medio. Llame al 555-0100.",
    "No ofrecemos asesoría médica por redes sociales. Llame al 555-0100.",
    "Por aquí no podemos responder preguntas de salud. Llame al 555-0100.",
    "Esto no sustituye una consulta médica. Llame al 555-0100.",
    "Lo sentimos, no damos recomendaciones médicas por internet. Llame al 555-0100.",
    "Por su privacidad, no hablamos de temas de salud aquí. Llame al 555-0100.",
]

NO_DISCLAIMER = [
    "Please call 555-0100 and a nurse will help you.",
    "Great question! Give us a call at 555-0100.",
    "Please message us in the portal: https://portal.maplestreet.example",
    "Please don't share health details here; call 555-0100 instead.",
    "This is best discussed by phone: 555-0100.",
    "Llame al 555-0100 y con gusto le ayudamos.",
    "Por favor escríbanos por el portal.",
    "Nos gustaría ayudarle. Llame al 555-0100.",
]


@pytest.mark.parametrize("text", DISCLAIMERS)
def test_any_wording_of_no_medical_advice_here_counts(text: str) -> None:
    assert not blocking(text, medical_question=True)


@pytest.mark.parametrize("text", NO_DISCLAIMER)
def test_a_kind_redirect_without_the_disclaimer_blocks(text: str) -> None:
    assert blocking(text, medical_question=True) == {MISSING}


def test_a_practice_may_insist_on_its_own_wording() -> None:
    context = ReplyContext(facts=PRACTICE, requires_disclaimer=True)
    own = dataclasses.replace(context, disclaimer_markers=("for education only",))
    text = "We can't give medical advice online. Please call 555-0100."
    assert not check_reply(text, context)
    assert [f.code for f in check_reply(text, own)] == [MISSING]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your question about Tylenol! We can't give medical advice online.",
        "Questions about your blood sugar are best answered by phone. Not medical advice.",
        "Sorry about the back pain. We can't give medical advice online, but we can see you"
        " this week: 555-0100.",
        "Chest pain can be serious. Please call 911 now. We can't give medical advice online.",
        "We can't recommend treatments online; please call 555-0100.",
        "Entendemos su preocupación por la presión arterial. No podemos dar consejos médicos"
        " en redes; llame al 555-0100.",
    ],
)
def test_a_medical_question_reply_may_name_the_topic_it_declines(text: str) -> None:
    assert not blocking(text, medical_question=True)
