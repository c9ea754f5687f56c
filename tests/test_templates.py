from __future__ import annotations

import pytest
from jinja2 import UndefinedError
from jinja2.exceptions import SecurityError
from triage.domain.policy import PracticeFacts, ReplyContext, check_reply, is_blocked

from tests.conftest import PRACTICE
from tests.fakes.ports import make_message
from triage.config import BUNDLED_TEMPLATES
from triage.domain.model import Action, Label, MessageKind
from triage.templates import JinjaTemplates

FACTS = PracticeFacts(
    name=PRACTICE["name"], phone=PRACTICE["phone"], portal_url=PRACTICE["portal_url"]
)
MESSAGE = make_message("m1", "is 2 tylenol ok with my meds?")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("label", list(Label))
@pytest.mark.parametrize("crisis", [True, False, None])
def test_every_template_renders_and_passes_the_reply_policy(
    templates: JinjaTemplates, label: Label, lang: str, crisis: bool | None
) -> None:
    draft = templates.draft(label, lang, MESSAGE, crisis)
    assert draft.template == f"{label.value}.{lang}.j2"
    if draft.action is Action.REPLY:
        context = ReplyContext(
            facts=FACTS,
            inbound_text=MESSAGE.text,
            author_handle=MESSAGE.author_handle,
            max_length=280,
            requires_disclaimer=label is Label.MEDICAL_QUESTION,
        )
        assert not is_blocked(check_reply(draft.text, context)), draft.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_emergencies_name_911(templates: JinjaTemplates, lang: str) -> None:
    assert "911" in templates.draft(Label.EMERGENCY, lang, MESSAGE, False).text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_self_harm_names_the_crisis_line(templates: JinjaTemplates, lang: str) -> None:
    assert "988" in templates.draft(Label.EMERGENCY, lang, MESSAGE, True).text
    assert "988" in templates.draft(Label.EMERGENCY, lang, MESSAGE, None).text
    assert "988" not in templates.draft(Label.EMERGENCY, lang, MESSAGE, False).text


def test_medical_questions_carry_the_disclaimer(templates: JinjaTemplates) -> None:
    assert (
        "not medical advice" in templates.draft(Label.MEDICAL_QUESTION, "en", MESSAGE, False).text
    )
    assert (
        "no es consejo médico" in templates.draft(Label.MEDICAL_QUESTION, "es", MESSAGE, False).text
    )


def test_a_troll_gets_no_reply_and_a_mute(templates: JinjaTemplates) -> None:
    draft = templates.draft(Label.TROLL, "en", MESSAGE, False)
    assert (draft.action, draft.text) == (Action.MUTE, "")


def test_an_unknown_language_falls_back_to_the_default(templates: JinjaTemplates) -> None:
    assert templates.draft(Label.GENERAL, "fr", MESSAGE, False).template == "general.en.j2"


def test_replies_never_repeat_the_message(templates: JinjaTemplates) -> None:
    dm = make_message("d1", "my name is Jane Roe, DOB 1/2/1980", kind=MessageKind.DM)
    for label in Label:
        assert "Jane" not in templates.draft(label, "en", dm, None).text


def test_an_undefined_variable_fails_instead_of_rendering_blank(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "general.en.j2").write_text("Call {{ practice.fax }}")
    broken = JinjaTemplates(tmp_path, PRACTICE, "en")
    with pytest.raises(UndefinedError):
        broken.draft(Label.GENERAL, "en", MESSAGE, False)


def test_a_template_cannot_reach_python_internals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "general.en.j2").write_text("{{ practice.__class__.__mro__[1].__subclasses__() }}")
    hostile = JinjaTemplates(tmp_path, PRACTICE, "en")
    with pytest.raises((SecurityError, UndefinedError)):
        hostile.draft(Label.GENERAL, "en", MESSAGE, False)


def test_the_bundled_folder_has_every_label_in_english_and_spanish() -> None:
    names = {p.name for p in BUNDLED_TEMPLATES.glob("*.j2")}
    assert names == {f"{label.value}.{lang}.j2" for label in Label for lang in ("en", "es")}
