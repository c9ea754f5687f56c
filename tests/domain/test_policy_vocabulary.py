"""The word lists and folding the rules stand on."""

import re

from triage.domain.policy.matching import fold
from triage.domain.policy.vocabulary import DRUG, GIVEN_NAMES, alternation, terms


def test_terms_are_folded_with_their_spelling_variants() -> None:
    found = terms("Swimmer's Ear, Z-Pak, acetaminofén")
    assert {"swimmer's ear", "swimmers ear", "z-pak", "z pak", "zpak", "acetaminofen"} <= found


def test_an_alternation_prefers_the_longest_term() -> None:
    pattern = re.compile(alternation({"ice", "ice pack", "ice packs"}) + r"\b")
    match = pattern.match("ice packs help")
    assert match and match.group() == "ice packs"
    dotted = alternation({"a.b"})
    assert re.fullmatch(dotted, "a.b")
    assert not re.fullmatch(dotted, "axb")


def test_brand_and_generic_names_in_both_languages_are_medicines() -> None:
    pattern = re.compile(rf"\b{DRUG}\b")
    for name in ("advil", "ibuprofeno", "zpack", "sumatriptan", "loratadina", "mucinex"):
        assert pattern.fullmatch(name), name


def test_common_words_are_not_taken_for_first_names() -> None:
    assert {"maria", "mateo", "ethan"} <= GIVEN_NAMES
    assert not {"mark", "hope", "grace", "april"} & GIVEN_NAMES


def test_texting_shorthand_is_spelled_out_but_quoted_as_typed() -> None:
    folded = fold("U should def take ur meds")
    assert folded.text == "you should definitely take your meds"
    assert folded.quote(0, len(folded.text)) == "U should def take ur meds"
    assert fold("Made in the U.S.").text == "made in the u.s."
