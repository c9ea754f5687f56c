from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from triage.classifier import embedding
from triage.classifier.embedding import EmbeddingError, StaticEmbedding, load_shipped


@pytest.fixture(scope="module")
def shipped() -> StaticEmbedding:
    return load_shipped()


def similarity(model: StaticEmbedding, a: str, b: str) -> float:
    first, second = model.encode([a, b])
    return float(first @ second)


def test_every_text_gets_a_unit_length_row(shipped: StaticEmbedding) -> None:
    rows = shipped.encode(["my chest hurts", "¿a qué hora abren?", "ok"])
    assert rows.shape == (3, shipped.dimensions)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)


def test_a_text_with_no_known_token_is_a_zero_row(shipped: StaticEmbedding) -> None:
    rows = shipped.encode(["", "🙂🙂", "hello"])
    assert not rows[0].any() and not rows[1].any() and rows[2].any()


def test_an_empty_batch_gives_no_rows(shipped: StaticEmbedding) -> None:
    assert shipped.encode([]).shape == (0, shipped.dimensions)


def test_an_unknown_token_does_not_change_the_meaning(shipped: StaticEmbedding) -> None:
    assert similarity(shipped, "i cant breathe", "i cant breathe 🙏") == pytest.approx(1.0)


def test_meaning_is_close_where_words_differ(shipped: StaticEmbedding) -> None:
    # The reason the embedding is there: no word in common, same meaning.
    near = similarity(shipped, "i am unable to breathe", "cant get any air into my lungs")
    far = similarity(shipped, "i am unable to breathe", "where do i park for my appointment")
    assert near > far + 0.2


def test_a_batch_encodes_like_one_text_at_a_time(shipped: StaticEmbedding) -> None:
    texts = ["chest pain", "", "what are your hours on saturday", "no"]
    together = shipped.encode(texts)
    apart = np.vstack([shipped.encode([text]) for text in texts])
    assert np.allclose(together, apart, atol=1e-6)


@pytest.mark.parametrize(
    "text",
    [
        "My chest HURTS!!! since 3am...",
        "¿Dónde   está la clínica?\n\nGracias 🙏",
        "e-mail: ana@clinic.example, re:appt (tues)",
        "中文 mixed with english and 😀😀emoji",
    ],
)
def test_tokens_read_word_by_word_are_the_tokenizers_own(text: str) -> None:
    fresh = embedding.load(embedding.SHIPPED)
    whole = fresh.tokenizer.encode(text, add_special_tokens=False).ids
    assert fresh.token_ids([text]) == fresh.token_ids([text]) == [whole]  # cold, then cached


def test_the_word_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = embedding.load(embedding.SHIPPED)
    monkeypatch.setattr(embedding, "WORDS_KEPT", 5)
    fresh.token_ids(["one two three four"])
    assert len(fresh._word_ids) == 4
    assert fresh.token_ids(["five six seven"]) == [
        fresh.tokenizer.encode("five six seven", add_special_tokens=False).ids
    ]
    assert len(fresh._word_ids) <= 5
    one_huge_batch = " ".join(f"word{n}" for n in range(20))
    assert fresh.token_ids([one_huge_batch]) == [
        fresh.tokenizer.encode(one_huge_batch, add_special_tokens=False).ids
    ]
    assert len(fresh._word_ids) <= 5


def test_altered_vectors_are_refused(tmp_path: Path) -> None:
    copy = tmp_path / "embeddings"
    shutil.copytree(embedding.SHIPPED, copy)
    vectors = copy / embedding.VECTORS
    vectors.write_bytes(vectors.read_bytes()[:-4] + b"\0\0\0\0")
    with pytest.raises(EmbeddingError, match="altered"):
        embedding.load(copy)


def test_a_missing_manifest_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingError, match=r"manifest\.json"):
        embedding.load(tmp_path)


def test_the_shipped_files_carry_their_licence_and_provenance() -> None:
    assert "Apache License" in (embedding.SHIPPED / "LICENSE").read_text(encoding="utf-8")
    assert "all-MiniLM-L6-v2" in (embedding.SHIPPED / "README.md").read_text(encoding="utf-8")
