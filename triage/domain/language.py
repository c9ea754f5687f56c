"""Tell English from Spanish without a network or a model: function words and Spanish letters."""

from __future__ import annotations

import re

from triage.domain.addresses import without_addresses

_WORD = re.compile(r"[a-záéíóúñü]+")
_SPANISH_LETTERS = re.compile(r"[ñ¿¡áéíóú]")
_SPANISH_WORDS = """
el la los las un una de del que y en es por para con no mi me se lo le su al como pero muy
tengo tiene estoy esta está hola gracias favor doctora puedo quiero necesito cita dolor hijo
hija mamá mama ayuda porque cuando donde qué dónde cómo usted ustedes yo tu tú nos hay ser
son fue ya bien mal también tambien
"""
_ENGLISH_WORDS = """
the a an of and to in is it you i my me for on with that this was are be have has not but
what when can do does your we they he she how why will just so if at from please thanks
thank hi hello appointment pain
"""
_SPANISH = frozenset(_SPANISH_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())


def detect_language(text: str, default: str = "en") -> str:
    """'es' or 'en'; the default when the text gives no evidence either way."""
    lowered = without_addresses(text).lower()
    words = _WORD.findall(lowered)
    spanish = sum(word in _SPANISH for word in words) + 2 * len(_SPANISH_LETTERS.findall(lowered))
    english = sum(word in _ENGLISH for word in words)
    if spanish == english:
        return default
    return "es" if spanish > english else "en"
