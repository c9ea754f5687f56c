from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from triage.classifier import store
from triage.classifier.embedding import load_shipped
from triage.classifier.pipeline import (
    NGRAM_FEATURES,
    RATIO_FLOOR,
    LinearModel,
    fit,
    label_counts,
    ngram_scale,
    read_examples,
)
from triage.domain.model import Label

TINY = [
    ("i cant breathe my chest hurts call help", Label.EMERGENCY),
    ("he collapsed and is not breathing", Label.EMERGENCY),
    ("i want to end my life tonight", Label.EMERGENCY),
    ("can i take ibuprofen with my blood pressure pills", Label.MEDICAL_QUESTION),
    ("is a cough for two weeks normal", Label.MEDICAL_QUESTION),
    ("what dose of tylenol for my toddler", Label.MEDICAL_QUESTION),
    ("you are a fraud and a quack", Label.TROLL),
    ("vaccines are poison wake up sheeple", Label.TROLL),
    ("win free crypto click qk.example now", Label.TROLL),
    ("what time do you open saturday", Label.GENERAL),
    ("do you take blue cross insurance", Label.GENERAL),
    ("thanks so much, great visit today", Label.GENERAL),
]


def test_label_counts_count_messages_not_occurrences() -> None:
    matrix = sparse.csr_matrix(np.array([[2.0, 0.0, 1.0], [0.5, 0.0, 0.0], [0.0, 3.0, 1.0]]))
    counts = label_counts(matrix, np.array([0, 0, 1]))
    assert counts[:2].tolist() == [[2.0, 0.0, 1.0], [0.0, 1.0, 1.0]]
    assert not counts[2:].any()


def test_an_ngram_that_tells_a_label_apart_weighs_more_than_one_that_does_not() -> None:
    inside, outside = np.zeros(NGRAM_FEATURES + 2), np.zeros(NGRAM_FEATURES + 2)
    inside[:2] = outside[:2] = 10  # spread evenly
    inside[2], outside[3] = 20, 20  # only in the label; only in the rest
    inside[NGRAM_FEATURES:] = 50  # embedding columns: never scaled
    scale = ngram_scale(inside, outside)
    assert scale[0] == pytest.approx(scale[1]) == pytest.approx(RATIO_FLOOR, abs=1e-4)
    assert scale[2] > 3 * RATIO_FLOOR and scale[3] > 3 * RATIO_FLOOR
    assert scale[4] == pytest.approx(RATIO_FLOOR, abs=1e-4)  # seen nowhere
    assert scale[NGRAM_FEATURES:].tolist() == [1.0, 1.0]


@pytest.fixture(scope="module")
def model() -> LinearModel:
    texts, labels = zip(*TINY, strict=True)
    return fit(list(texts), list(labels))


def test_predictions_are_probabilities_in_label_order(model: LinearModel) -> None:
    [prediction] = model.predict(["is a cough normal"])
    assert prediction.label is Label.MEDICAL_QUESTION
    assert sum(prediction.scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert prediction.confidence == max(prediction.scores.values())


def test_it_learns_from_its_training_texts(model: LinearModel) -> None:
    texts = [text for text, _ in TINY]
    assert [p.label for p in model.predict(texts)] == [label for _, label in TINY]


def test_who_is_tagged_and_where_a_link_points_do_not_change_a_label(
    model: LinearModel,
) -> None:
    texts = [
        "@MapleStreetFM what time do you open saturday https://t.co/Ab12Cd34Ef",
        "@i_want_to_end_my_life what time do you open saturday https://t.co/VaccinesArePoison",
    ]
    first, second = model.predict(texts)
    assert first.scores == second.scores


def test_an_empty_batch_gives_nothing(model: LinearModel) -> None:
    assert model.predict([]) == []


def test_training_needs_every_label() -> None:
    with pytest.raises(ValueError, match="no example"):
        fit(["hello", "hi"], [Label.GENERAL, Label.GENERAL])


def test_save_and_load_give_the_same_predictions(model: LinearModel, tmp_path: Path) -> None:
    store.save(model, tmp_path)
    loaded = store.load(tmp_path)
    texts = ["chest pain now", "what are your hours"]
    assert np.allclose(loaded.probabilities(texts), model.probabilities(texts), atol=1e-5)
    assert loaded.version == model.version


def test_a_tampered_model_file_is_refused(model: LinearModel, tmp_path: Path) -> None:
    folder = store.save(model, tmp_path)
    arrays = folder / store.ARRAYS
    arrays.write_bytes(arrays.read_bytes()[:-8] + b"12345678")
    with pytest.raises(store.ModelStoreError, match="checksum"):
        store.load(tmp_path)


def test_a_new_version_keeps_the_previous_one(model: LinearModel, tmp_path: Path) -> None:
    store.save(model, tmp_path)
    texts, labels = zip(*TINY[:-1], strict=True)
    newer = fit(list(texts), list(labels))
    store.save(newer, tmp_path)
    assert store.current_version(tmp_path) == newer.version
    assert store.previous_version(tmp_path) == model.version


def test_no_model_yet_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(store.ModelStoreError, match="triage train"):
        store.load(tmp_path)


def test_examples_with_a_bad_label_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "hi", "label": "general"}\n{"text": "x", "label": "spam"}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_examples([path])


@pytest.mark.parametrize(
    "recorded",
    [
        "ngrams2-0123456789ab",  # other sentence embeddings
        f"ngrams1-{load_shipped().fingerprint}",  # other n-gram hashing
        None,  # saved before models recorded their features
    ],
)
def test_a_model_trained_with_other_features_is_refused(
    model: LinearModel, tmp_path: Path, recorded: str | None
) -> None:
    folder = store.save(model, tmp_path)
    manifest = json.loads((folder / store.MANIFEST).read_text())
    manifest.pop("features")
    (folder / store.MANIFEST).write_text(json.dumps({**manifest, "features": recorded}))
    with pytest.raises(store.ModelStoreError, match=r"other features.*triage train"):
        store.load(tmp_path)
