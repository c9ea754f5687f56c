from __future__ import annotations

import re

import numpy as np
import pytest

from triage.classifier.ngrams import char_ngram_counts, prepare, word_ngram_counts

SIZES = range(3, 6)
WIDTH = 2**16


def ngram_count(length: int) -> int:
    return sum(max(length - n + 1, 0) for n in SIZES)


def test_each_text_counts_every_3_to_5_character_window() -> None:
    texts = ["abcab", "ab", "", "chest pain now"]
    counts = char_ngram_counts(prepare(texts), SIZES, WIDTH)
    assert counts.shape == (4, WIDTH)
    assert list(counts.sum(axis=1).A1) == [ngram_count(len(text)) for text in texts]


def test_windows_never_cross_from_one_text_into_the_next() -> None:
    together = char_ngram_counts(prepare(["abc", "def"]), SIZES, WIDTH)
    apart = [char_ngram_counts(prepare([text]), SIZES, WIDTH) for text in ("abc", "def")]
    assert (together[0] != apart[0]).nnz == 0 and (together[1] != apart[1]).nnz == 0


def test_the_same_ngram_lands_in_the_same_column_in_any_text() -> None:
    counts = char_ngram_counts(prepare(["xyz", "aaxyzbb"]), SIZES, WIDTH)
    [column] = counts[0].indices
    assert counts[1, column] >= 1


def test_every_size_of_ngram_lands_in_the_same_column_wherever_it_stands() -> None:
    alone, inside = char_ngram_counts(prepare(["abcde", "zz abcde zz"]), SIZES, WIDTH)
    assert len(alone.indices) == 6  # abc bcd cde, abcd bcde, abcde
    assert set(alone.indices) <= set(inside.indices)


def test_a_repeated_ngram_is_counted_twice() -> None:
    counts = char_ngram_counts(prepare(["abcabc"]), range(3, 4), WIDTH)
    assert sorted(counts.data) == [1.0, 1.0, 2.0]  # abc twice; bca, cab once


def test_runs_of_space_and_accents_do_not_make_new_features() -> None:
    plain, spaced = char_ngram_counts(
        prepare(["dolor de pecho", "dolór  de\n\npecho"]), SIZES, WIDTH
    )
    assert (plain != spaced).nnz == 0


def test_grams_of_different_sizes_are_told_apart() -> None:
    # "aaa" as a 3-gram must not share its column with "aaaa" as a 4-gram by construction.
    counts = char_ngram_counts(prepare(["aaaa"]), SIZES, WIDTH)
    assert len(counts.indices) == 2 and np.array_equal(np.sort(counts.data), [1.0, 2.0])


def test_the_width_must_be_a_power_of_two() -> None:
    with pytest.raises(ValueError, match="power of two"):
        char_ngram_counts(prepare(["abc"]), SIZES, 1000)


# --- words -----------------------------------------------------------------------------------

TOKEN = re.compile(r"\b\w+\b|[^\w\s]")


def columns_of(text: str) -> set[int]:
    return set(word_ngram_counts(prepare([text]), WIDTH).indices)


@pytest.mark.parametrize(
    "text",
    ["chest pain now!!", "", "   ", "a", "¿me ayudan? ñandú_42 😀😀", "x\ny\tz", "dolor—pecho..."],
)
def test_every_token_and_every_pair_of_neighbours_is_counted(text: str) -> None:
    tokens = TOKEN.findall(text)
    counts = word_ngram_counts(prepare([text]), WIDTH)
    assert counts.sum() == len(tokens) + max(len(tokens) - 1, 0)


def test_word_pairs_never_cross_from_one_text_into_the_next() -> None:
    together = word_ngram_counts(prepare(["chest pain", "right now"]), WIDTH)
    apart = [word_ngram_counts(prepare([text]), WIDTH) for text in ("chest pain", "right now")]
    assert (together[0] != apart[0]).nnz == 0 and (together[1] != apart[1]).nnz == 0


def test_a_word_lands_in_the_same_column_wherever_it_stands() -> None:
    assert columns_of("pain") <= columns_of("so much pain") & columns_of("pain pain")


def test_word_order_matters_for_pairs_only() -> None:
    forward, backward = columns_of("pain chest"), columns_of("chest pain")
    assert len(forward & backward) == 2 and forward != backward


def test_accents_do_not_make_new_words() -> None:
    plain, accented = word_ngram_counts(prepare(["me duele el pecho", "mé duélé él pécho"]), WIDTH)
    assert (plain != accented).nnz == 0


def test_an_enormous_word_is_one_token_with_one_column() -> None:
    # Its hash comes from prefix sums, not from a pass over the batch per character: a
    # 200,000-character "word" must not stall a worker (nor be split or dropped).
    huge = "x" * 200_000
    counts = word_ngram_counts(prepare([huge, "short message", f"{huge} {huge}"]), WIDTH)
    [column] = counts[0].indices
    assert counts[0, column] == 1 and counts[2, column] == 2
