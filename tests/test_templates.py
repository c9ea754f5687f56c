from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from jinja2 import UndefinedError
from jinja2.exceptions import SecurityError

from tests.conftest import FACTS, HOURS
from tests.fakes.ports import make_message
from triage.config import BUNDLED_TEMPLATES
from triage.domain.model import Action, Label, MessageKind, Platform
from triage.templates import JinjaTemplates, parse_name

MESSAGE = make_message("m1", "is 2 tylenol ok with my meds?")
OPEN = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)  # Wednesday 10:00 in Chicago
CLOSED = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)  # Friday 21:00 in Chicago


def bundled() -> JinjaTemplates:
    return JinjaTemplates(BUNDLED_TEMPLATES, FACTS, HOURS, "en")


def test_every_bundled_template_passes_the_check() -> None:
    assert bundled().check(OPEN) == []


def test_the_check_finds_an_unknown_variable(tmp_path: Path) -> None:
    (tmp_path / "general.en.j2").write_text("Call {{ practice.phone }} or fax {{ fax }}")
    problems = JinjaTemplates(tmp_path, FACTS, HOURS, "en").check(OPEN)
    assert problems == ["general.en.j2: unknown variable 'fax'"]


def test_the_check_finds_a_missing_disclaimer_and_an_overlong_x_reply(tmp_path: Path) -> None:
    (tmp_path / "medical-question.en.j2").write_text(
        "Please call {{ practice.phone }}." + " " * 300 + "ok " * 100
    )
    problems = JinjaTemplates(tmp_path, FACTS, HOURS, "en").check(OPEN)
    assert any("disclaimer" in p.lower() for p in problems)
    assert any("[x comment, open]" in p and "Too long" in p for p in problems)


def test_the_check_finds_advice_a_template_gives(tmp_path: Path) -> None:
    (tmp_path / "general.en.j2").write_text("Just take 400 mg of ibuprofen and rest.")
    assert JinjaTemplates(tmp_path, FACTS, HOURS, "en").check(OPEN)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_emergencies_name_911(templates: JinjaTemplates, lang: str) -> None:
    assert "911" in templates.draft(Label.EMERGENCY, lang, MESSAGE, False, OPEN).text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_self_harm_names_the_crisis_line(templates: JinjaTemplates, lang: str) -> None:
    assert "988" in templates.draft(Label.EMERGENCY, lang, MESSAGE, True, OPEN).text
    assert "988" in templates.draft(Label.EMERGENCY, lang, MESSAGE, None, OPEN).text
    assert "988" not in templates.draft(Label.EMERGENCY, lang, MESSAGE, False, OPEN).text


def test_medical_questions_carry_the_disclaimer(templates: JinjaTemplates) -> None:
    english = templates.draft(Label.MEDICAL_QUESTION, "en", MESSAGE, False, OPEN)
    spanish = templates.draft(Label.MEDICAL_QUESTION, "es", MESSAGE, False, OPEN)
    assert "not medical advice" in english.text
    assert "no es consejo médico" in spanish.text


def test_after_hours_the_reply_says_when_the_office_reopens(templates: JinjaTemplates) -> None:
    english = templates.draft(Label.MEDICAL_QUESTION, "en", MESSAGE, False, CLOSED).text
    spanish = templates.draft(Label.MEDICAL_QUESTION, "es", MESSAGE, False, CLOSED).text
    assert "reopens Monday at 08:00" in english and "911" in english
    assert "abre lunes a las 08:00" in spanish and "911" in spanish


def test_a_troll_gets_no_reply_and_a_mute(templates: JinjaTemplates) -> None:
    draft = templates.draft(Label.TROLL, "en", MESSAGE, False, OPEN)
    assert (draft.action, draft.text) == (Action.MUTE, "")


def test_an_unknown_language_falls_back_to_the_default(templates: JinjaTemplates) -> None:
    assert templates.draft(Label.GENERAL, "fr", MESSAGE, False, OPEN).template == "general.en.j2"


def test_a_fallback_reply_names_the_day_in_its_own_language() -> None:
    spanish_first = JinjaTemplates(BUNDLED_TEMPLATES, FACTS, HOURS, "es")
    draft = spanish_first.draft(Label.MEDICAL_QUESTION, "other", MESSAGE, False, CLOSED)
    assert draft.template == "medical-question.es.j2"
    assert "abre lunes a las 08:00" in draft.text


def test_a_platform_variant_is_used_where_it_exists(tmp_path: Path) -> None:
    (tmp_path / "general.en.j2").write_text("Thanks! Call {{ practice.phone }}.")
    (tmp_path / "general.en.x.j2").write_text("Thanks! DM us or call {{ practice.phone }}.")
    templates = JinjaTemplates(tmp_path, FACTS, HOURS, "en")
    on_x = make_message("m2", platform=Platform.X)
    assert templates.draft(Label.GENERAL, "en", on_x, False, OPEN).template == "general.en.x.j2"
    assert templates.draft(Label.GENERAL, "en", MESSAGE, False, OPEN).template == "general.en.j2"


def test_replies_never_repeat_the_message(templates: JinjaTemplates) -> None:
    dm = make_message("d1", "my name is Jane Roe, DOB 1/2/1980", kind=MessageKind.DM)
    for label in Label:
        assert "Jane" not in templates.draft(label, "en", dm, None, CLOSED).text


def test_an_undefined_variable_fails_instead_of_rendering_blank(tmp_path: Path) -> None:
    (tmp_path / "general.en.j2").write_text("Call {{ practice.fax }}")
    broken = JinjaTemplates(tmp_path, FACTS, HOURS, "en")
    with pytest.raises(UndefinedError):
        broken.draft(Label.GENERAL, "en", MESSAGE, False, OPEN)


@pytest.mark.parametrize(
    "attack",
    [
        "{{ practice.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ ''.__class__.__base__.__subclasses__() }}",
        "{% set x = practice.update({'phone': '1'}) %}{{ practice.phone }}",
    ],
)
def test_a_template_cannot_escape_the_sandbox(tmp_path: Path, attack: str) -> None:
    (tmp_path / "general.en.j2").write_text(attack)
    hostile = JinjaTemplates(tmp_path, FACTS, HOURS, "en")
    with pytest.raises((SecurityError, UndefinedError)):
        hostile.draft(Label.GENERAL, "en", MESSAGE, False, OPEN)


@pytest.mark.parametrize(
    ("costly", "refused"),
    [
        ("{{ practice.name * 999999999 }}", "mul"),
        ("{{ 10 ** 10 ** 10 }}", "pow"),
        ("{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}", "for"),
        ("{{ practice.name|replace('a', practice.name * 9) }}", "'replace'"),
        ("{{ '%0999999999d'|format(1) }}", "'format'"),
        ("{{ practice.name|center(999999999) }}", "'center'"),
        ("{{ lipsum(99999) }}", "call"),
    ],
)
def test_what_could_make_a_rendering_huge_or_endless_is_refused_before_rendering(
    tmp_path: Path, costly: str, refused: str
) -> None:
    templates = JinjaTemplates(tmp_path, FACTS, HOURS, "en")
    problems = templates.check_source("general.en.j2", f"Hi. {costly}", OPEN)
    assert any(refused in problem and "not allowed" in problem for problem in problems)
    assert templates.preview("general.en.j2", costly, OPEN).renderings == ()


def test_conditions_and_the_small_filters_are_allowed(tmp_path: Path) -> None:
    source = (
        "Thanks {{ author|default('there') }}! Call {{ practice.name|upper }} at "
        "{{ practice.phone }}{% if not office_open %} when we reopen{% endif %}."
    )
    templates = JinjaTemplates(tmp_path, FACTS, HOURS, "en")
    problems = templates.check_source("general.en.j2", source, OPEN)
    assert not any("not allowed" in problem for problem in problems)


def test_the_bundled_folder_has_every_label_in_english_and_spanish() -> None:
    names = {p.name for p in BUNDLED_TEMPLATES.glob("*.j2")}
    assert names == {f"{label.value}.{lang}.j2" for label in Label for lang in ("en", "es")}


def test_template_names_are_parsed_or_ignored() -> None:
    parsed = parse_name("medical-question.es.x.j2")
    assert parsed is not None and (parsed.label, parsed.lang, parsed.platform) == (
        Label.MEDICAL_QUESTION,
        "es",
        Platform.X,
    )
    assert parse_name("notes.j2") is None and parse_name("general.en.myspace.j2") is None
    assert parse_name("general.en") is None and parse_name("general.txt") is None
