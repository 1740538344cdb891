"""Text embeddings: the bundled all-MiniLM-L6-v2 run by onnxruntime, or any sentence-transformers
model when that extra is installed.

Why ONNX: the torch stack costs 1.4 GB on disk and about 1 GB per process; onnxruntime with the
`tokenizers` library runs the same model in ~150 MB, fast enough on one thread per worker
process (parallelism is by process, so each session uses one intra-op thread by default).

The bundled graph (scripts/export_embedding_model.py made it; models/all-MiniLM-L6-v2/README.md
says how and what it measured) already contains mean pooling and L2 normalisation: its output
`sentence_embedding` is (batch, 384), unit length. The tokenizer truncates at 256 word pieces,
like sentence-transformers does for this model, and pads each batch to its longest text.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pdfqueue.errors import ConfigurationError

__all__ = [
    "BUNDLED_MODEL",
    "BUNDLED_MODEL_DIR",
    "Embedder",
    "OnnxEmbedder",
    "SentenceTransformersEmbedder",
    "get_embedder",
]

BUNDLED_MODEL = "all-MiniLM-L6-v2"
BUNDLED_MODEL_DIR = Path(__file__).resolve().parent / "models" / BUNDLED_MODEL
# Texts per model call. One at a time is the fastest here (no padding: a batch pads every text
# to its longest, and the exported attention pays for it quadratically; bench/embedding.py
# measured batch 1 ~1.4x faster than 8 on one thread) and the leanest in memory. It
# also makes a text's vector independent of its neighbours: dynamic int8 picks activation
# scales per call, so a batched text's vector moves slightly (cosine ~0.98) with its company.
BATCH_SIZE = 1


class Embedder(ABC):
    """Maps texts to unit-length float32 vectors; similar meaning gives a high dot product."""

    dimension: int
    model_name: str

    @abstractmethod
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dimension) float32, each row L2-normalised; (0, dimension) for none."""


class OnnxEmbedder(Embedder):
    """A sentence-embedding ONNX graph (inputs input_ids/attention_mask, pooled output)."""

    def __init__(
        self,
        model_dir: Path = BUNDLED_MODEL_DIR,
        *,
        threads: int = 1,
        batch_size: int = BATCH_SIZE,
        model_name: str = BUNDLED_MODEL,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_file, tokenizer_file = model_dir / "model.onnx", model_dir / "tokenizer.json"
        for needed in (model_file, tokenizer_file):
            if not needed.is_file():
                raise ConfigurationError(
                    f"The embedding model file {needed} is missing; reinstall pdfqueue "
                    "(the model ships inside the package)."
                )
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Memory patterns pre-plan one arena block per input shape seen and keep them: with
        # texts of every length that is ~12 MB more per worker for no measurable speed.
        options.enable_mem_pattern = False
        self._session = ort.InferenceSession(
            str(model_file), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._lock = threading.Lock()  # a Tokenizer's padding state is not shared safely
        self.batch_size = max(1, batch_size)
        self.model_name = model_name
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        parts = [
            self._run(list(texts[start : start + self.batch_size]))
            for start in range(0, len(texts), self.batch_size)
        ]
        if not parts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.concatenate(parts)

    def _run(self, batch: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        feeds = {
            "input_ids": ids,
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        }
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        vectors = self._session.run(None, feeds)[0].astype(np.float32, copy=False)
        # The graph normalises already; doing it again costs nothing and guards other graphs.
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


class SentenceTransformersEmbedder(Embedder):
    """Any sentence-transformers model (name or path), for users who install that extra."""

    def __init__(self, model: str, *, threads: int = 1, batch_size: int = 8) -> None:
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigurationError(
                f"PDFQUEUE_EMBEDDING_MODEL={model!r} needs sentence-transformers: install the "
                "extra with `pip install 'pdfqueue[sentence-transformers]'`, or unset the "
                "setting to use the bundled all-MiniLM-L6-v2."
            ) from exc
        torch.set_num_threads(threads)
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:
            raise ConfigurationError(
                f"The embedding model {model!r} could not be loaded ({exc}); check "
                "PDFQUEUE_EMBEDDING_MODEL (a sentence-transformers name or a local path)."
            ) from exc
        self.batch_size = max(1, batch_size)
        self.model_name = model
        # sentence-transformers 6 renamed get_sentence_embedding_dimension
        dimension_of = getattr(self._model, "get_embedding_dimension", None)
        dimension = (dimension_of or self._model.get_sentence_embedding_dimension)()
        self.dimension = int(dimension or self._model.encode(["x"]).shape[-1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True
        )
        return np.asarray(vectors, dtype=np.float32)


_embedders: dict[tuple[str | None, int], Embedder] = {}
_embedders_lock = threading.Lock()


def get_embedder(model: str | None = None, *, threads: int = 1) -> Embedder:
    """The process's embedder for `model`, loaded on first use and then reused.

    `model` None (or "all-MiniLM-L6-v2") is the bundled ONNX model; any other value is a
    sentence-transformers model name or path, which needs that library installed.
    """
    if model in ("", BUNDLED_MODEL, f"sentence-transformers/{BUNDLED_MODEL}"):
        model = None
    key = (model, threads)
    with _embedders_lock:
        embedder = _embedders.get(key)
        if embedder is None:
            if model is None:
                embedder = OnnxEmbedder(threads=threads)
            else:
                embedder = SentenceTransformersEmbedder(model, threads=threads)
            _embedders[key] = embedder
        return embedder
