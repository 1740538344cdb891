"""Zero-shot classification on real corpus chunks: sensible majorities, not exact answers."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from pdfqueue.engines.chunking import SourceText, chunk_texts
from pdfqueue.engines.classification import CATEGORIES, Classification, classify
from pdfqueue.engines.embedding import Embedder, get_embedder


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return get_embedder()


def corpus_chunks(path: Path, pages: int, size: int = 1200) -> list[str]:
    """Chunks of the first `pages` pages, as the pipeline would make them."""
    pdf = pdfium.PdfDocument(path)
    try:
        sources = [
            SourceText(pdf[i].get_textpage().get_text_range().replace("\r\n", "\n").strip(), i + 1)
            for i in range(min(pages, len(pdf)))
        ]
    finally:
        pdf.close()
    return [c.content for c in chunk_texts(sources, size=size, overlap=150)]


def labels(texts: list[str], embedder: Embedder) -> Counter[str]:
    vectors = embedder.embed(texts)
    return Counter(classify(t, v, embedder).label for t, v in zip(texts, vectors, strict=True))


def test_catalog_chunks_are_mostly_products(corpus: Path, embedder: Embedder) -> None:
    texts = []
    for name in (
        "gen-catalog-product-grid-2p.pdf",
        "gen-catalog-grocery-9p.pdf",
        "gen-menu-es-4p.pdf",
        "gen-catalog-parts-3p.pdf",
    ):
        texts += corpus_chunks(corpus / name, pages=9)
    counts = labels(texts, embedder)
    assert counts["PRODUCT"] >= 0.75 * len(texts), counts


def test_paper_and_story_chunks_are_rarely_products(corpus: Path, embedder: Embedder) -> None:
    texts = corpus_chunks(corpus / "text-multi-column-paper-13p.pdf", pages=2)
    texts += corpus_chunks(corpus / "text-public-domain-stories-55p.pdf", pages=3)
    counts = labels(texts, embedder)
    assert len(texts) >= 10
    assert counts["PRODUCT"] <= 0.15 * len(texts), counts
    assert counts["LEGAL_DISCLAIMER"] <= 0.15 * len(texts), counts


def test_a_paper_introduction_is_an_introduction(corpus: Path, embedder: Embedder) -> None:
    texts = corpus_chunks(corpus / "text-multi-column-paper-13p.pdf", pages=1)
    intro = next(t for t in texts if "1 Introduction" in t)
    assert classify(intro, embedder=embedder).label == "INTRODUCTION"


@pytest.mark.parametrize(
    "text",
    [
        "© 2024 Example Tiles Ltd. All rights reserved. No part of this catalogue may be "
        "reproduced without written permission. Specifications are subject to change without "
        "notice.",
        "DISCLAIMER: The information in this brochure is provided as is, without warranty of any "
        "kind. The manufacturer shall not be liable for any damages arising from its use.",
        "Warranty: this product is guaranteed for two years from the date of purchase. The "
        "warranty does not cover damage caused by improper installation, misuse or normal wear. "
        "Our liability is limited to replacement of the product.",
    ],
)
def test_legal_boilerplate_is_a_legal_disclaimer(text: str, embedder: Embedder) -> None:
    assert classify(text, embedder=embedder).label == "LEGAL_DISCLAIMER"


def test_a_data_sheet_is_a_specification(embedder: Embedder) -> None:
    text = (
        "Technical data\nFormat: 60 x 120 cm\nThickness: 10 mm\nWater absorption: < 0.5 %\n"
        "Slip resistance: R10 (DIN 51130)\nBreaking strength: > 1300 N (ISO 10545-4)\n"
        "Frost resistance: yes (EN ISO 10545-12)"
    )
    assert classify(text, embedder=embedder).label == "SPECIFICATION"


def test_scores_are_a_calibrated_distribution(embedder: Embedder) -> None:
    text = "Oak plank flooring, natural oiled finish, 1200 x 190 mm, Art. No. OK-1290, €54.90/m²."
    result = classify(text, embedder=embedder)
    assert isinstance(result, Classification)
    assert set(result.scores) == set(CATEGORIES)
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=1e-3)
    assert 0.0 <= result.confidence <= 1.0
    assert result.label == max(result.scores, key=result.scores.get)
    assert result.confidence == result.scores[result.label]
    assert result.label == "PRODUCT"


def test_a_precomputed_embedding_gives_the_same_answer(embedder: Embedder) -> None:
    text = "Discover our exclusive collection, designed to inspire your home. Visit us today!"
    vector = embedder.embed([text])[0]
    assert classify(text, vector, embedder) == classify(text, embedder=embedder)
    # the embedding decides: a very different vector changes the scores
    other = embedder.embed(["Table of contents ........ 3"])[0]
    assert classify(text, other, embedder).scores != classify(text, vector, embedder).scores
    assert np.allclose(np.linalg.norm(vector), 1.0, atol=1e-3)


def test_too_little_text_is_other_and_says_so(embedder: Embedder) -> None:
    result = classify("  12  ", embedder=embedder)
    assert result.label == "OTHER"
    assert result.method == "too little text to classify"


def test_the_heading_above_a_chunk_names_its_section(embedder: Embedder) -> None:
    text = (
        "Smith, J. and Lee, K. (2019). Fast retrieval of passages. In Proceedings of ACL, "
        "pp. 12-20.\nGarcia, M. et al. (2021). Dense indexes at scale. In EMNLP, pp. 101-110."
    )
    assert classify(text, embedder=embedder, heading_path=["References"]).label == "OTHER"
    intro = "Dieses Skript wurde im Wintersemester geschrieben und enthält die Vorlesung."
    found = classify(intro, embedder=embedder, heading_path=["Vorwort"], page=2)
    assert found.label == "INTRODUCTION"


def test_an_introduction_deep_in_a_document_needs_its_heading(embedder: Embedder) -> None:
    text = (
        "Looking back, the early years of the project were spent on questions that only "
        "became clear much later, as the following pages tell."
    )
    early = classify(text, embedder=embedder, page=2).scores["INTRODUCTION"]
    deep = classify(text, embedder=embedder, page=240).scores["INTRODUCTION"]
    headed = classify(text, embedder=embedder, page=240, heading_path=["Introduction"])
    assert deep < early
    assert headed.scores["INTRODUCTION"] > early
    assert headed.label == "INTRODUCTION"


def test_a_specification_needs_measurements(embedder: Embedder) -> None:
    with_values = "Technical data\nThickness: 10 mm\nWeight: 24 kg\nFormat: 60 x 120 cm"
    assert classify(with_values, embedder=embedder).label == "SPECIFICATION"
    without = classify(
        "The specification of the protocol describes how terminals negotiate their options "
        "and which procedure each side follows.",
        embedder=embedder,
    )
    assert without.label != "SPECIFICATION"


def test_text_the_model_cannot_read_is_other_unless_cued(embedder: Embedder) -> None:
    korean = "적립한도 없이 할인점 주유 온라인쇼핑몰 빅포인트 적립 서비스 제공 기준 전월 이용금액"
    assert classify(korean, embedder=embedder).label == "OTHER"
    priced = "할인점 이마트 ₩ 12,000\n편의점 CU $ 8\n주유 SK $ 40\n카페 $ 5"
    assert classify(priced, embedder=embedder).label == "PRODUCT"
