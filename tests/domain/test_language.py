import pytest

from triage.domain.language import OTHER, detect_language, is_read, unread_reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hola, a que hora abren el sabado?", "es"),
        ("necesito una cita para mi hijo", "es"),
        ("what time do you open on saturday?", "en"),
        ("can I get a refill of my meds", "en"),
        ("¿Aceptan Medicaid?", "es"),
        ("@la_doctora_de_la_casa_de_la_salud thanks, see you monday", "en"),
    ],
)
def test_tells_english_from_spanish(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_no_evidence_falls_back_to_the_default() -> None:
    assert detect_language("👍👍", default="es") == "es"


@pytest.mark.parametrize(
    "text",
    [
        "Tôi bị đau ngực dữ dội, không thở được",
        "我胸口很痛 喘不过气来",
        "가슴이 너무 아파요 도와주세요",
        "@MapleStreetFM 请问周六几点开门",
    ],
)
def test_text_in_letters_neither_language_uses_is_other(text: str) -> None:
    assert detect_language(text) == OTHER
    assert not is_read(detect_language(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanks Zoë, see you on friday", "en"),
        ("is the naïve T-cell test covered?", "en"),
        ("gracias Dr. Nguyễn, nos vemos el lunes", "es"),
    ],
)
def test_a_name_or_a_borrowed_word_keeps_the_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_styled_letters_are_read_as_the_plain_ones() -> None:
    styled_click = "\U0001d63e\U0001d661\U0001d65e\U0001d658\U0001d660"
    assert detect_language(f"{styled_click} the link for cash") == "en"


def test_only_an_unread_language_gives_a_reason_for_doubt() -> None:
    assert unread_reason("en") == unread_reason("es") == ""
    assert "not English or Spanish" in unread_reason("pt")
    assert "not English or Spanish" in unread_reason(OTHER)
