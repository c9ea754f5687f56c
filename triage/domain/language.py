"""Tell English from Spanish without a network or a model: function words and Spanish letters.

A text written mostly in letters neither language uses (another script, or Vietnamese) is
`OTHER`: the classifier was trained on English and Spanish only, so its label for such a text
is a guess, and staff are told so.
"""

from __future__ import annotations

import re
import unicodedata

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
_LETTER = re.compile(r"[^\W\d_]")
_FOREIGN_LETTER = re.compile(r"[^\W\da-záéíóúñü_]")
OTHER = "other"
READ = frozenset({"en", "es"})


def detect_language(text: str, default: str = "en") -> str:
    """'es', 'en' or `OTHER`; the default when the text gives no evidence either way."""
    # NFKC first: spam writes in mathematical bold or italic letters, plain ones underneath.
    lowered = _plain_letters(without_addresses(text)).lower()
    if _mostly_foreign(lowered):
        return OTHER
    words = _WORD.findall(lowered)
    spanish = sum(word in _SPANISH for word in words) + 2 * len(_SPANISH_LETTERS.findall(lowered))
    english = sum(word in _ENGLISH for word in words)
    if spanish == english:
        return default
    return "es" if spanish > english else "en"


def _plain_letters(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def is_read(lang: str) -> bool:
    """Whether the classifier was trained on text in this language ('pt' from a platform: no)."""
    return lang in READ


def unread_reason(lang: str) -> str:
    """Why a message in this language is uncertain whatever its score; empty if it is read."""
    return "" if is_read(lang) else "not English or Spanish, which the model cannot read"


def _mostly_foreign(lowered: str) -> bool:
    if lowered.isascii():
        return False
    foreign = len(_FOREIGN_LETTER.findall(lowered))
    if foreign < 2:
        return False
    # A name or a borrowed word ("naïve", "Zoë") is a letter or two; a sentence in another
    # script, or in Vietnamese, is mostly such letters. Languages written nearly in our own
    # letters (Portuguese, French, Tagalog) still come out English or Spanish: telling them
    # apart would need word lists of their own.
    return foreign * 8 >= len(_LETTER.findall(lowered))
