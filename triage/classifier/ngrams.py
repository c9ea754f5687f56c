"""Hashed counts of word and character n-grams, computed with numpy over a whole batch at once.

The same features as scikit-learn's HashingVectorizer (words: the token pattern
`\\b\\w+\\b|[^\\w\\s]`, unigrams and bigrams; characters: 3 to 5, spaces squeezed) up to the
hash function, and several times faster: that one builds every n-gram as a Python string.
Needing no scikit-learn to predict also keeps it out of `triage classify`'s start-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

_RUNS_OF_SPACE = re.compile(r"\s\s+")
_MULTIPLIER = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime: spreads code points apart
_MIX = np.uint64(0xFF51AFD7ED558CCD)  # murmur3's finaliser constant
_SHIFT = np.uint64(33)
_BIGRAM = np.uint64(0x9E3779B97F4A7C15)  # keeps "a b" apart from "b a" and from unigrams
_BASE = np.uint64(0x5BD1E995)  # odd, so it has an inverse modulo 2**64
_BASE_INVERSE = np.uint64(pow(0x5BD1E995, -1, 2**64))


def strip_accents(text: str) -> str:
    """ "canción" -> "cancion": the accents Spanish speakers often leave out online."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Batch:
    """Every code point of a batch of texts, the text each belongs to, and where that text ends.

    Built once and read by both kinds of n-gram. Accents are stripped and runs of space squeezed
    first: the character n-grams want both, and words never include space.
    """

    codes: np.ndarray
    owners: np.ndarray
    ends: np.ndarray
    size: int


def prepare(texts: Sequence[str]) -> Batch:
    prepared = [_RUNS_OF_SPACE.sub(" ", strip_accents(text)) for text in texts]
    lengths = np.fromiter(map(len, prepared), np.int64, len(prepared))
    codes = np.frombuffer("".join(prepared).encode("utf-32-le"), np.uint32).astype(np.uint64)
    owners = np.repeat(np.arange(len(prepared)), lengths)
    return Batch(codes, owners, np.cumsum(lengths)[owners], len(prepared))


def char_ngram_counts(batch: Batch, sizes: range, n_features: int) -> sparse.csr_matrix:
    """Rows of n-gram counts, columns chosen by a 64-bit hash of (n, the n characters)."""
    codes, owners, ends = batch.codes, batch.owners, batch.ends
    rows, hashes = [], []
    for n in sizes:
        starts = np.flatnonzero(np.arange(len(codes)) + n <= ends)
        rows.append(owners[starts])
        hashes.append(_hash(codes, starts, n))
    return _counts(rows, hashes, batch.size, n_features)


def word_ngram_counts(batch: Batch, n_features: int) -> sparse.csr_matrix:
    """Rows of word unigram and bigram counts; a punctuation mark or emoji is a word of its own."""
    codes, owners = batch.codes, batch.owners
    starts, lengths = _tokens(codes, owners)
    words = _hash_spans(codes, starts, lengths)
    same_text = owners[starts[1:]] == owners[starts[:-1]] if len(starts) else np.zeros(0, bool)
    with np.errstate(over="ignore"):
        pairs = _finalise((words[:-1] * _BIGRAM) ^ words[1:])[same_text]
    rows = [owners[starts], owners[starts[:-1]][same_text]]
    return _counts(rows, [words, pairs], batch.size, n_features)


def _tokens(codes: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and lengths of runs of word characters, and of single other non-space characters."""
    kinds = _kinds(codes)
    word, mark = kinds == _WORD, kinds == _MARK
    new_text = np.ones(len(codes), bool)
    new_text[1:] = owners[1:] != owners[:-1]
    after_word = np.zeros(len(codes), bool)
    after_word[1:] = word[:-1]
    starts = np.flatnonzero((word & (new_text | ~after_word)) | mark)
    # A run ends at the first later character that is not a word character or starts a text.
    breaks = np.append(np.flatnonzero(~word | new_text), len(codes))
    run_ends = breaks[np.searchsorted(breaks, starts, side="right")]
    return starts, np.where(mark[starts], 1, run_ends - starts)


def _kinds(codes: np.ndarray) -> np.ndarray:
    """Each code point's kind; a table for ASCII, which is most text, and a lookup for the rest."""
    kinds = np.empty(len(codes), np.int8)
    ascii_ = codes < len(_ASCII_KINDS)
    kinds[ascii_] = _ASCII_KINDS[codes[ascii_]]
    if not ascii_.all():
        alphabet, index = np.unique(codes[~ascii_], return_inverse=True)
        kinds[~ascii_] = np.array([_kind(chr(int(code))) for code in alphabet], np.int8)[index]
    return kinds


def _kind(character: str) -> int:
    if character.isalnum() or character == "_":
        return _WORD
    return _SPACE if character.isspace() else _MARK


_SPACE, _WORD, _MARK = 0, 1, 2
_ASCII_KINDS = np.array([_kind(chr(code)) for code in range(128)], np.int8)


def _hash_spans(codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A polynomial hash of each span from prefix sums: time linear in the batch's length,
    however long one token is (a 100,000-character "word" must not stall a worker)."""
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        powers, inverse_powers = _powers(_BASE, len(codes)), _powers(_BASE_INVERSE, len(codes))
        prefix = np.concatenate([np.zeros(1, np.uint64), np.cumsum(codes * powers)])
        value = (prefix[starts + lengths] - prefix[starts]) * inverse_powers[starts]
        return _finalise(value ^ (lengths.astype(np.uint64) * _MULTIPLIER))


def _powers(base: np.uint64, count: int) -> np.ndarray:
    """1, base, base**2, ... modulo 2**64."""
    steps = np.full(count, base, np.uint64)
    if count:
        steps[0] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(steps, dtype=np.uint64)


def _hash(codes: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        value = np.full(len(starts), n, np.uint64)
        for offset in range(n):
            value = (value ^ codes[starts + offset]) * _MULTIPLIER
    return _finalise(value)


def _finalise(value: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        value = value ^ (value >> _SHIFT)
        value = value * _MIX
        return value ^ (value >> _SHIFT)


def _counts(
    rows: list[np.ndarray], hashes: list[np.ndarray], n_rows: int, n_features: int
) -> sparse.csr_matrix:
    if n_features & (n_features - 1):
        raise ValueError("n_features must be a power of two")
    row = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    column = (np.concatenate(hashes) & np.uint64(n_features - 1)).astype(np.int64)
    counts = sparse.csr_matrix(
        (np.ones(len(row), np.float64), (row, column)), shape=(n_rows, n_features)
    )
    counts.sum_duplicates()
    return counts
