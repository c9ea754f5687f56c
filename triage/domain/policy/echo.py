"""Text copied from the message the reply answers."""

import math
from collections.abc import Iterable, Iterator

from triage.domain.policy.findings import Finding, Severity, finding
from triage.domain.policy.matching import Folded, fold_plain, lazy, words

# A reply must never repeat what the person wrote. Runs made of common words ("thank you
# so much for the") or of office vocabulary ("accept blue cross blue shield") are fine.

_WORD = lazy(r"\w+")
_ECHO_RUN = 6
_ECHO_SHORT_MESSAGE = 12
_ECHO_SHORT_SHARE = 0.75
_ECHO_COMMON = words(
    "a an the i me my mine you your yours he him his she her it its we us our they them"
    " their am is are was were be been being have has had do does did not no nor but or"
    " and if then so than too very just can could would should will shall may might must"
    " of at by for with without about to from in on into through during before after up"
    " down out off over under again once here there all any both each few more most other"
    " some such only own same s t don doesn didn isn aren wasn weren won wouldn couldn"
    " shouldn what which who whom whose this that these those im ive id ill youre how when"
    " where why accept accepts accepting take takes new patient patients insurance plans"
    " plan open hours office clinic practice appointment appointments schedule call phone"
    " number thanks thank please hi hello hey question questions help like know get got"
    " want need also really much many today tomorrow blue cross shield aetna cigna humana"
    " united healthcare medicare medicaid kaiser anthem tricare"
    " yo mi mis tu tus su sus nos el ella ellos ellas lo la las los le les me te se un una"
    " unos unas y o pero si no que de del al a en con por para sin sobre entre hasta desde"
    " es son era fue ser estar esta estan estoy tengo tiene tienen hay puedo puede pueden"
    " quiero muy mas ya tambien como cuando donde porque gracias hola favor cita citas"
    " seguro seguros aceptan aceptamos horario oficina clinica llamar"
)


# The person writes "my daughter", the reply says "your daughter": the same words.
_PERSON_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "im": "youre", "am": "are",
    "myself": "yourself", "yo": "tu", "mi": "tu", "mis": "tus",
}  # fmt: skip


def _echo_words(text: str) -> list[str]:
    return [_PERSON_SWAP.get(word, word) for word in _WORD.findall(text)]


def check_echo(reply: Folded, inbound: str) -> Iterator[Finding]:
    inbound_words = _echo_words(fold_plain(inbound))
    spans = [match.span() for match in _WORD.finditer(reply.text)]
    reply_words = [_PERSON_SWAP.get(reply.text[a:b], reply.text[a:b]) for a, b in spans]
    run = _long_echo(reply_words, inbound_words) or _short_echo(reply_words, inbound_words)
    if run:
        start, end = run
        yield finding("phi.echo", Severity.BLOCK, reply.quote(spans[start][0], spans[end - 1][1]))


def _content_count(words: Iterable[str]) -> int:
    return sum(word not in _ECHO_COMMON for word in words)


def _long_echo(reply: list[str], inbound: list[str]) -> tuple[int, int] | None:
    grams = set(_ngrams(inbound, _ECHO_RUN).values())
    for start, gram in _ngrams(reply, _ECHO_RUN).items():
        if gram in grams and _content_count(gram) >= 3:
            return start, start + _ECHO_RUN
    return None


def _short_echo(reply: list[str], inbound: list[str]) -> tuple[int, int] | None:
    """Most of a short message copied, e.g. "chest pain since yesterday"."""
    if not 3 <= len(inbound) <= _ECHO_SHORT_MESSAGE or _content_count(inbound) < 2:
        return None
    shortest = max(3, math.ceil(len(inbound) * _ECHO_SHORT_SHARE))
    for size in range(len(inbound), shortest - 1, -1):
        wanted = {gram for gram in _ngrams(inbound, size).values() if _content_count(gram) >= 2}
        for start, gram in _ngrams(reply, size).items():
            if gram in wanted:
                return start, start + size
    return None


def _ngrams(words: list[str], size: int) -> dict[int, tuple[str, ...]]:
    return {start: tuple(words[start : start + size]) for start in range(len(words) - size + 1)}
