"""One normal form for messages and for rule patterns.

Handles and links stood in for (`without_addresses`), lower case, no accents, no apostrophes,
every run of a repeated letter squeezed to one ("killl myselfff" -> "kil myself"), punctuation
reduced to "." "?" ",". Rule patterns are written in plain spelling and squeezed the same way
when compiled.
"""

from __future__ import annotations

import re
import unicodedata

from triage.domain.addresses import without_addresses

_NON_ASCII_APOSTROPHES = re.compile("[\u00b4\u2018\u2019\u02bc]")
_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")
_SENTENCE_ENDS = ".!;\n\r"
_OTHER_PUNCTUATION = '"#$%&()*+-/:<=>@[\\]^_{|}~\t'
# One character for one keeps str.translate on its fast path.
_PUNCTUATION = str.maketrans(
    _SENTENCE_ENDS + _OTHER_PUNCTUATION, "." * len(_SENTENCE_ENDS) + " " * len(_OTHER_PUNCTUATION)
)
WORDS_ONLY = str.maketrans(".?,", "   ")
# A literal replacement keeps re.sub in C; "\1" would expand a template per match.
_REPEATED_LETTER = re.compile(r"(?<=([a-z]))\1+")
_PATTERN_PIECE = re.compile(r"\\.|([a-z])\1+")


def normalise_text(text: str) -> str:
    text = without_addresses(text).replace("'", "").replace("`", "")
    if not text.isascii():
        text = _NON_ASCII_APOSTROPHES.sub("", text)
        text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
        text = _NON_ASCII_RUN.sub(r" \1 ", text.replace("\u00bf", ".").replace("\u00a1", "."))
    text = _REPEATED_LETTER.sub("", text.lower().translate(_PUNCTUATION))
    return " ".join(text.split())


def squeeze(source: str) -> str:
    # Escapes such as \b must survive: "\bbleed" may not become "\bled".
    return _PATTERN_PIECE.sub(lambda piece: piece.group(1) or piece.group(0), source)


def compile(source: str) -> re.Pattern[str]:
    return re.compile(squeeze(source))
