"""Embedding throughput of the bundled model: chunks of ~90 words per second on one thread.

Runs pdfqueue.engines.embedding.OnnxEmbedder (tokenization included) over chunks of
--words words cut from corpus text PDFs, at each batch size, each in a fresh child process so
the peak RSS reported belongs to that batch size alone. The issue's target: at least 40
chunks/s per worker process on one thread.

    .venv/bin/python bench/embedding.py                     # batch 1, 8, 32
    .venv/bin/python bench/embedding.py --batches 1 --chunks 400
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = (
    "text-multi-column-paper-13p.pdf",
    "text-federal-register-15p.pdf",
    "text-cweb-manual-28p.pdf",
    "text-public-domain-stories-55p.pdf",
    "catalog-precast-services-brochure-11p.pdf",
)


def chunks(corpus: Path, n: int, words: int) -> list[str]:
    import pypdfium2 as pdfium

    out: list[str] = []
    per_file = -(-n // len(FILES))
    for name in FILES:
        pdf = pdfium.PdfDocument(corpus / name)
        tokens: list[str] = []
        for i in range(len(pdf)):
            tokens += re.sub(r"\s+", " ", pdf[i].get_textpage().get_text_range()).split()
            if len(tokens) > per_file * words:
                break
        pdf.close()
        out += [" ".join(tokens[k : k + words]) for k in range(0, per_file * words, words)]
    return out[:n]


def child(batch: int, texts: list[str], threads: int) -> dict:
    """Runs in a fresh process: load, warm up, time, report peak RSS."""
    import resource

    from pdfqueue.engines.embedding import OnnxEmbedder

    start = time.perf_counter()
    embedder = OnnxEmbedder(threads=threads, batch_size=batch)
    load = time.perf_counter() - start
    embedder.embed(texts[: max(batch, 4)])
    start, cpu_start = time.perf_counter(), time.process_time()
    embedder.embed(texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "batch": batch,
        "chunks": len(texts),
        "chunks_per_s": round(len(texts) / elapsed, 1),
        # per CPU-second: what one thread does when it has a core to itself; on a busy machine
        # wall-clock throughput measures the neighbours, not the model
        "chunks_per_cpu_s": round(len(texts) / cpu, 1),
        "load_s": round(load, 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "tests" / "corpus")
    parser.add_argument("--chunks", type=int, default=200, help="chunks per measurement")
    parser.add_argument("--words", type=int, default=90, help="words per chunk")
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    texts = chunks(args.corpus, args.chunks, args.words)
    if args.child is not None:
        print(json.dumps(child(args.child, texts, args.threads)))
        return

    import numpy
    import onnxruntime
    import tokenizers

    from pdfqueue.engines.embedding import BUNDLED_MODEL_DIR

    model = BUNDLED_MODEL_DIR / "model.onnx"
    print(
        f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"python {platform.python_version()}, onnxruntime {onnxruntime.__version__}, "
        f"tokenizers {tokenizers.__version__}, numpy {numpy.__version__}"
    )
    print(
        f"model: {model.relative_to(REPO)} ({model.stat().st_size / 2**20:.1f} MB), "
        f"{args.threads} thread(s), {len(texts)} chunks of {args.words} words"
    )
    for batch in args.batches:
        command = [
            sys.executable,
            __file__,
            "--child",
            str(batch),
            "--chunks",
            str(args.chunks),
            "--words",
            str(args.words),
            "--threads",
            str(args.threads),
            "--corpus",
            str(args.corpus),
        ]
        result = json.loads(
            subprocess.run(command, check=True, capture_output=True, text=True)
            .stdout.strip()
            .splitlines()[-1]
        )
        print(
            f"batch {batch:>3}: {result['chunks_per_s']:>6} chunks/s wall, "
            f"{result['chunks_per_cpu_s']:>6} chunks per CPU-second, peak RSS "
            f"{result['peak_rss_mb']} MB, model load {result['load_s']} s"
        )


if __name__ == "__main__":
    main()
