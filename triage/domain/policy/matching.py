"""Folded text and phrase rules: what every check matches on."""

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from triage.domain.policy.findings import Severity

# Rules match on a folded copy (lower case, no accents, one space); `origin` maps each
# folded character back to the source so that messages quote what staff actually typed.

_QUOTES = str.maketrans(
    "\u2019\u2018\u02bc`\u00b4\u201c\u201d\u2013\u2014\u2010\u2011", "'''''\"\"----"
)


@dataclass(frozen=True)
class Folded:
    source: str
    text: str
    origin: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        return self.source[self.origin[start] : self.origin[end - 1] + 1]


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if unicodedata.category(char) == "Cf":
        return ""
    decomposed = unicodedata.normalize("NFKD", char.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Staff type fast: "u should take", "ur meds", "dont". Rules see the words spelled out.
_SLANG = {
    "u": "you", "ur": "your", "im": "i'm", "ive": "i've", "youre": "you're",
    "youll": "you'll", "youd": "you'd", "youve": "you've", "dont": "don't",
    "doesnt": "doesn't", "cant": "can't", "wont": "won't", "shouldnt": "shouldn't",
    "isnt": "isn't", "thats": "that's", "theres": "there's", "hes": "he's", "shes": "she's",
    "itll": "it'll", "itd": "it'd", "pls": "please", "plz": "please", "b4": "before",
    "tho": "though", "abt": "about", "ppl": "people", "gonna": "going to", "gotta": "got to",
    "wanna": "want to", "prolly": "probably", "probs": "probably", "prob": "probably",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "appt": "appointment",
    "appts": "appointments", "def": "definitely", "em": "them",
    "defo": "definitely", "q": "que", "xq": "porque", "pq": "porque", "tmb": "tambien",
    "w": "with", "lil": "little", "thx": "thanks", "idk": "i don't know", "bc": "because",
    "wks": "weeks", "hrs": "hours", "mins": "minutes", "fri": "friday", "thurs": "thursday",
    "tues": "tuesday", "weds": "wednesday", "sept": "september", "pa": "para",
    "ntp": "no te preocupes",
}  # fmt: skip
_SLANG_WORD = re.compile(
    r"(?<![\w.'/-])(?:" + "|".join(sorted(_SLANG, key=len, reverse=True)) + r")(?![\w.'/-])"
)


def fold(source: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(source):
        for folded in _fold_char(char):
            if folded.isspace():
                if chars and chars[-1] == " ":
                    continue
                folded = " "
            chars.append(folded)
            origin.append(index)
    return _spell_out(Folded(source, "".join(chars), tuple(origin)))


def _spell_out(folded: Folded) -> Folded:
    text, origin = folded.text, folded.origin
    chars: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in _SLANG_WORD.finditer(text):
        start, end = match.span()
        word = _SLANG[match.group()]
        chars.append(text[last:start] + word)
        mapped.extend(origin[last:start])
        mapped.extend(origin[min(start + i, end - 1)] for i in range(len(word)))
        last = end
    if not last:
        return folded
    chars.append(text[last:])
    mapped.extend(origin[last:])
    return Folded(folded.source, "".join(chars), tuple(mapped))


@lru_cache(maxsize=4096)
def fold_plain(text: str) -> str:
    return fold(unicodedata.normalize("NFC", text)).text


class Lazy:
    """A regular expression compiled on first use, so that importing the rules stays cheap.

    The rules are hundreds of large alternations; compiling them all at import cost every
    CLI command half a second, whether it checked a reply or not.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.compiled.findall(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text)


def lazy(pattern: str, flags: int = 0) -> Lazy:
    return Lazy(pattern, flags)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def sentence_around(text: str, match: re.Match[str]) -> str:
    """The sentence a match sits in ("18.5" does not end one)."""
    ends = [end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())]
    after = _SENTENCE_END.search(text, match.end())
    return text[ends[-1] if ends else 0 : after.start() if after else len(text)]


@dataclass(frozen=True)
class Rule:
    code: str
    pattern: Lazy
    severity: Severity = Severity.BLOCK
    unless_before: Lazy | None = None
    unless_after: Lazy | None = None
    unless_in_sentence: Lazy | None = None

    def first_match(self, text: str) -> re.Match[str] | None:
        for match in self.pattern.finditer(text):
            if not self._excused(text, match):
                return match
        return None

    def _excused(self, text: str, match: re.Match[str]) -> bool:
        before = text[max(0, match.start() - 50) : match.start()]
        after = text[match.end() : match.end() + 50]
        return bool(
            (self.unless_before and self.unless_before.search(before))
            or (self.unless_after and self.unless_after.match(after))
            or (
                self.unless_in_sentence
                and self.unless_in_sentence.search(sentence_around(text, match))
            )
        )


def rx(*parts: str) -> Lazy:
    return Lazy("|".join(parts))


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())
