import pytest

from triage.domain.language import detect_language


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
