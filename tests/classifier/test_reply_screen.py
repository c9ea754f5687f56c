"""The learned reply screen: trained on the shipped invented replies, saved, reloaded."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from triage.classifier import pipeline, reply_screen, store
from triage.classifier.reply_screen import ReplyScreenModel, masked


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> ReplyScreenModel:
    return reply_screen.load_or_train(tmp_path_factory.mktemp("models") / "reply-screen")


@pytest.mark.parametrize(
    "reply",
    [
        "sounds like a pulled muscle, ice it twice a day and you'll be fine by friday",
        "we saw you on tuesday, your labs came back totally normal!",
        "a lot of folks find that cutting the pill in half helps with the dizziness",
        "su hijo puede tomar media cucharadita del jarabe cada 6 horas",
    ],
)
def test_it_flags_advice_and_care_details(shipped: ReplyScreenModel, reply: str) -> None:
    assert shipped.flags(reply) is not None


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks for reaching out! Please call us at 555-0100 so we can help.",
        "We're closed Monday for the holiday. For an emergency, call 911.",
        "Gracias por escribirnos. Llámenos al 555-0100 y con gusto le ayudamos.",
        "Flu shot clinic this Saturday 9-12 in our lobby, no appointment needed!",
    ],
)
def test_it_lets_ordinary_safe_replies_through(shipped: ReplyScreenModel, reply: str) -> None:
    assert shipped.flags(reply) is None


def test_a_verdict_quotes_the_sentence_that_reads_most_unsafe(
    shipped: ReplyScreenModel,
) -> None:
    reply = (
        "Thanks so much for reaching out, we hear you! Our front desk is open until 5 today. "
        "In the meantime, just double your lisinopril tonight. Call us at 555-0100 anytime."
    )
    verdict = shipped.flags(reply)
    assert verdict is not None
    assert verdict.passage == "In the meantime, just double your lisinopril tonight."
    assert shipped.threshold <= verdict.certainty < 1.0


def test_the_threshold_is_a_probability(shipped: ReplyScreenModel) -> None:
    assert 0.5 <= shipped.threshold < 1.0


def test_numbers_handles_links_and_emails_are_masked() -> None:
    text = (
        "@ann_1 call 555-0187 or (312) 555-0100, mail jo.b@clinic.example, see https://x.example/a"
    )
    assert masked(text) == "@someone call number or number, mail email, see link"
    assert masked("call 911 or 988 at 3:30 on 10/12") == "call 911 or 988 at 3:30 on 10/12"


def test_a_saved_screen_loads_with_the_same_scores(
    shipped: ReplyScreenModel, tmp_path: Path
) -> None:
    reply_screen.save(shipped, tmp_path)
    loaded = reply_screen.load(tmp_path)
    texts = ["take two tylenol", "call us at 555-0100"]
    assert np.allclose(loaded.probabilities(texts), shipped.probabilities(texts))
    assert (loaded.threshold, loaded.version) == (shipped.threshold, shipped.version)


def corpus(folder: Path, lines: list[tuple[str, bool]]) -> Path:
    folder.mkdir(exist_ok=True)
    rows = [json.dumps({"text": text, "unsafe": unsafe}) for text, unsafe in lines]
    (folder / "replies.jsonl").write_text("\n".join(rows) + "\n")
    return folder


SMALL = [(f"take {n} pills of ibuprofen twice a day", True) for n in range(12)] + [
    (f"please call our office about question {n}", False) for n in range(12)
]


def test_it_is_trained_once_and_again_when_the_replies_change(tmp_path: Path) -> None:
    replies = corpus(tmp_path / "replies", SMALL)
    folder = tmp_path / "screen"
    first = reply_screen.load_or_train(folder, replies)
    assert reply_screen.load_or_train(folder, replies).version == first.version
    corpus(replies, [*SMALL, ("you should double the dose tonight", True)])
    second = reply_screen.load_or_train(folder, replies)
    assert second.version != first.version
    assert store.previous_version(folder) == first.version


def test_it_is_trained_again_when_triage_hashes_ngrams_differently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = corpus(tmp_path / "replies", SMALL)
    folder = tmp_path / "screen"
    first = reply_screen.load_or_train(folder, replies)
    monkeypatch.setattr(pipeline, "NGRAM_SCHEME", "ngrams-next")
    assert reply_screen.load_or_train(folder, replies).version != first.version


def test_a_reply_without_a_verdict_names_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "bad.jsonl").write_text('{"text": "hi", "unsafe": false}\n{"text": "x"}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        reply_screen.read_replies(folder)


def test_sentences_safe_replies_share_become_safe_examples() -> None:
    texts = [
        "Thanks for reaching out! Take two ibuprofen.",
        "Thanks for reaching out! Call @desk at 555-0100.",
        "Thanks for reaching out! Call @desk at 555-0100.",
        "Take two ibuprofen. Feel better!",
    ]
    shared = reply_screen.shared_safe_sentences(texts, [True, False, False, True])
    assert shared == ["Call @someone at number.", "Thanks for reaching out!"]


def test_the_lazy_screen_loads_once_and_remembers_each_verdict(
    shipped: ReplyScreenModel,
) -> None:
    loads: list[int] = []

    def loader() -> ReplyScreenModel:
        loads.append(1)
        return shipped

    screen = reply_screen.LazyReplyScreen(loader)
    assert loads == []  # nothing is read until a reply is checked
    verdicts = [screen.flags("take two tylenol every 4 hours") for _ in range(3)]
    assert loads == [1] and verdicts[0] is not None and len(set(verdicts)) == 1
    assert screen.flags.cache_info().hits == 2
