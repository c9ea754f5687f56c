"""Static sentence embeddings: the mean of shipped token vectors, no torch at run time.

The vectors are a model2vec distillation of all-MiniLM-L6-v2 (see `data/embeddings/`):
they place "i can't go on" near "i want to end it" where n-grams share nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy import sparse
from tokenizers import Tokenizer

from triage.config import PACKAGE_DIR

# Tokenizers' Rust thread pool does not survive fork, and `triage classify` forks its workers
# after loading the model: with parallelism on (TOKENIZERS_PARALLELISM=true in the user's
# environment, say) the workers hang. One thread per process is also what 2-4 workers want.
os.environ["TOKENIZERS_PARALLELISM"] = "false"

SHIPPED = PACKAGE_DIR / "data" / "embeddings"
VECTORS = "vectors.safetensors"
TOKENIZER = "tokenizer.json"
MANIFEST = "manifest.json"
# Distinct words whose token ids are kept: enough for an inbox's everyday vocabulary, a few MB.
WORDS_KEPT = 50_000


class EmbeddingError(Exception):
    """The embedding files are missing or are not the ones their manifest describes."""


@dataclass(frozen=True)
class StaticEmbedding:
    vectors: np.ndarray
    tokenizer: Tokenizer
    fingerprint: str
    unknown_id: int | None = None
    _word_ids: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's token ids, as the tokenizer gives them for the whole text.

        Tokenizing splits at every space before anything else, so a text's ids are its words'
        ids in order; words repeat, and looking them up is several times faster than asking
        the tokenizer again (which was a third of the time spent on each message). The one
        difference: Python splits at the separators U+001C-U+001F, which the tokenizer drops.
        """
        words = [text.split() for text in texts]
        known = self._word_ids
        new = list({word for text in words for word in text if word not in known})
        if new:
            encodings = self.tokenizer.encode_batch_fast(new, add_special_tokens=False)
            known.update(zip(new, (encoding.ids for encoding in encodings), strict=True))
        ids = [list(chain.from_iterable(map(known.__getitem__, text))) for text in words]
        if len(known) > WORDS_KEPT:  # after the lookup, so even one huge batch leaves it bounded
            known.clear()
        return ids

    @property
    def dimensions(self) -> int:
        return int(self.vectors.shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length row per text (the direction of its tokens' mean); zeros for none."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        ids = self.token_ids(texts)
        lengths = np.fromiter(map(len, ids), np.int64, len(texts))
        tokens = np.fromiter(chain.from_iterable(ids), np.int64, lengths.sum())
        owners = np.repeat(np.arange(len(texts)), lengths)
        # An unknown token (an emoji, say) would pull every text that has one towards the same
        # point; model2vec leaves it out of the mean too.
        known = tokens != self.unknown_id
        counts = sparse.csr_matrix(
            (np.ones(int(known.sum()), np.float32), (owners[known], tokens[known])),
            shape=(len(texts), self.vectors.shape[0]),
        )
        rows = np.asarray(counts @ self.vectors, dtype=np.float32)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)


@cache
def load_shipped() -> StaticEmbedding:
    """The embedding shipped with the package, read once per process."""
    return load(SHIPPED)


def load(folder: Path) -> StaticEmbedding:
    """The vectors and tokenizer, refused if they differ from what the manifest records."""
    manifest = _manifest(folder)
    for name in (VECTORS, TOKENIZER):
        path = folder / name
        if not path.is_file() or digest(path) != manifest.get(name):
            raise EmbeddingError(f"{path}: missing or altered (its sha256 is not in {MANIFEST})")
    tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
    tokenizer.no_padding()
    vectors = load_file(str(folder / VECTORS))["embeddings"].astype(np.float32)
    unknown = tokenizer.token_to_id(str(manifest.get("unknown_token", "[UNK]")))
    return StaticEmbedding(vectors, tokenizer, str(manifest[VECTORS])[:12], unknown)


def _manifest(folder: Path) -> dict[str, object]:
    try:
        return dict(json.loads((folder / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise EmbeddingError(f"{folder / MANIFEST}: unreadable ({error})") from None


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
