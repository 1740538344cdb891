"""Products from real catalog chunks: named, typed, on their pages, duplicates merged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from pdfqueue.engines.chunking import SourceText, chunk_texts
from pdfqueue.engines.classification import classify
from pdfqueue.engines.embedding import Embedder, get_embedder
from pdfqueue.engines.metadata import extract_metadata
from pdfqueue.engines.products import PRODUCT_TYPES, ChunkInfo, build_products


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return get_embedder()


def pages(path: Path) -> list[SourceText]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [
            SourceText(pdf[i].get_textpage().get_text_range().replace("\r\n", "\n").strip(), i + 1)
            for i in range(len(pdf))
        ]
    finally:
        pdf.close()


def analysed(
    sources: list[SourceText], embedder: Embedder, size: int = 1200, overlap: int = 150
) -> list[ChunkInfo]:
    """The chunks as stage 4 leaves them: classified, with metadata and embedding."""
    chunks = chunk_texts(sources, size=size, overlap=overlap)
    vectors = embedder.embed([c.content for c in chunks])
    out = []
    for chunk, vector in zip(chunks, vectors, strict=True):
        label = classify(chunk.content, vector, embedder)
        out.append(
            ChunkInfo(
                id=f"chunk-{chunk.index}",
                index=chunk.index,
                content=chunk.content,
                page_numbers=chunk.page_numbers,
                classification=label.label,
                confidence=label.confidence,
                metadata=extract_metadata(chunk.content),
                embedding=vector,
            )
        )
    return out


def images(n_pages: int) -> dict[int, list[str]]:
    return {page: [f"img-{page}-a", f"img-{page}-b"] for page in range(1, n_pages + 1)}


def test_a_product_grid_gives_each_captioned_product(corpus: Path, embedder: Embedder) -> None:
    truth = json.loads((corpus / "gen-catalog-product-grid-2p.truth.json").read_text())
    chunks = analysed(pages(corpus / "gen-catalog-product-grid-2p.pdf"), embedder)
    products = build_products(chunks, images(2))
    by_name = {p.name: p for p in products}
    assert set(by_name) == {t["name"] for t in truth["products"]}
    for label in truth["products"]:
        product = by_name[label["name"]]
        assert product.description == label["description"]
        assert product.page_numbers == [label["page"]]
        assert product.image_ids == [f"img-{label['page']}-a", f"img-{label['page']}-b"]
    assert sum(p.product_type == "electronics" for p in products) >= 5
    for product in products:
        assert product.product_type in PRODUCT_TYPES
        assert 0.0 < product.confidence <= 1.0
        assert product.chunk_ids == ["chunk-0"]


def test_a_grocery_catalog_gives_every_article_once(corpus: Path, embedder: Embedder) -> None:
    sources = pages(corpus / "gen-catalog-grocery-9p.pdf")
    codes = re.findall(r"^\d{6}$", "\n".join(s.text for s in sources), re.MULTILINE)
    products = build_products(analysed(sources, embedder), images(9))
    found = [c for p in products for c in p.codes]
    assert sorted(found) == sorted(codes)  # each of the 86 articles exactly once
    truth = json.loads((corpus / "gen-catalog-grocery-9p.truth.json").read_text())
    (label,) = [t for t in truth["products"] if t["name"] == "Kiwi"]
    kiwi = next(p for p in products if p.name == "Kiwi")
    assert kiwi.page_numbers == [label["page"]] == [5]
    assert kiwi.attributes["identity"]["product_codes"] == label["codes"]
    assert kiwi.product_type == "food and drink"
    # Two articles share a name but not a code: they stay two products.
    assert sum(p.name == "Espresso" for p in products) == 2


def test_chunk_overlap_duplicates_are_merged(corpus: Path, embedder: Embedder) -> None:
    """Small chunks overlap, so articles at their borders appear in two chunks."""
    sources = pages(corpus / "gen-catalog-grocery-9p.pdf")
    chunks = analysed(sources, embedder, size=120, overlap=50)
    for chunk in chunks:  # decide on layout alone: tiny chunks are hard to classify
        chunk.classification = "PRODUCT"
    products = build_products(chunks, images(9))
    codes = [c for p in products for c in p.codes]
    assert len(codes) == len(set(codes)) == 86
    merged = [p for p in products if len(p.chunk_ids) > 1]
    assert merged, "no article appeared in two overlapping chunks"


def test_a_menu_gives_priced_dishes(corpus: Path, embedder: Embedder) -> None:
    products = build_products(analysed(pages(corpus / "gen-menu-es-4p.pdf"), embedder), images(4))
    by_name = {p.name: p for p in products}
    assert len(products) >= 20
    assert by_name["Margherita"].attributes["commercial"]["prices"] == ["8$"]
    assert by_name["Margherita"].page_numbers == [4]
    assert "mozzarella" in by_name["Margherita"].description


def test_same_product_on_two_pages_is_one_product() -> None:
    spec = "Technical data: format 60 x 120 cm, thickness 10 mm, R10, EN 14411."
    vector = np.ones(384, dtype=np.float32) / np.sqrt(384)
    chunks = [
        ChunkInfo(
            "a",
            0,
            "Calacatta Gold\nPolished porcelain tile for floors.",
            [3],
            "PRODUCT",
            0.9,
            {},
            vector,
        ),
        ChunkInfo("b", 1, spec, [3], "SPECIFICATION", 0.8, {}, None),
        ChunkInfo(
            "c", 2, "The history of our company begins in 1950.", [4], "OTHER", 0.7, {}, None
        ),
        ChunkInfo(
            "d",
            3,
            "CALACATTA GOLD\nAlso available in matt, 30 x 60 cm.",
            [7],
            "PRODUCT",
            0.8,
            {},
            vector,
        ),
    ]
    products = build_products(chunks, {3: ["i3"], 7: ["i7"]})
    assert len(products) == 1
    tile = products[0]
    assert tile.name == "Calacatta Gold"
    assert tile.chunk_ids == ["a", "b", "d"]  # the neighbouring specification joins
    assert tile.page_numbers == [3, 7]
    assert tile.image_ids == ["i3", "i7"]
    assert set(tile.attributes["physical"]["dimensions"]) == {"60 × 120 cm", "30 × 60 cm"}
    assert tile.attributes["technical"]["standards"] == ["EN 14411"]
    assert tile.product_type == "flooring"


def test_no_product_chunks_no_products() -> None:
    chunks = [ChunkInfo("a", 0, "Once upon a time.", [1], "OTHER", 0.9, {}, None)]
    assert build_products(chunks, {1: ["i"]}) == []


def _big_catalog(seed: int) -> list[ChunkInfo]:
    """A long price list and code list: 1,200 entries of 400 products, each written several
    ways (case, a typo, a plural), some sharing article numbers, on 60 pages."""
    rng = np.random.default_rng(seed)
    letters = list("abcdefghijklmnopqrstuvwxyz")
    words = ["".join(rng.choice(letters, size=rng.integers(3, 9))) for _ in range(300)]
    bases = [" ".join(rng.choice(words, size=rng.integers(2, 5))) for _ in range(400)]
    vectors = rng.normal(size=(8, 384)).astype(np.float32)
    chunks = []
    for index in range(60):
        lines = []
        coded = index % 3 == 0
        for _ in range(20):
            n = int(rng.integers(len(bases)))
            name = bases[n].title() + f" {n}"
            variant = rng.integers(4)
            if variant == 1:
                name = name.upper()
            elif variant == 2:
                name = name[:3] + "x" + name[4:]
            elif variant == 3:
                name = name + "s"
            if coded:
                lines += [f"{10_000_000 + n * 7 + int(rng.integers(2))}", name]
            else:
                lines.append(f"{name} ${n % 90 + 10}.50")
        chunks.append(
            ChunkInfo(
                f"c{index}",
                index,
                "\n".join(lines),
                [index + 1],
                "PRODUCT",
                0.9,
                {},
                vectors[index % len(vectors)],
            )
        )
    return chunks


def test_merging_compares_a_product_only_with_those_it_may_be(monkeypatch) -> None:
    """The name index only spares comparisons that could not merge: the same products as
    comparing every pair, with a small fraction of the comparisons."""
    from pdfqueue.engines import products as engine

    chunks = _big_catalog(seed=7)
    pages_images = {c.index + 1: [f"img-{c.index}"] for c in chunks}
    compared = {"n": 0}
    same = engine._same

    def counted(a, b):
        compared["n"] += 1
        return same(a, b)

    monkeypatch.setattr(engine, "_same", counted)
    indexed = build_products(chunks, pages_images)
    indexed_comparisons = compared["n"]

    compared["n"] = 0
    monkeypatch.setattr(engine._NameIndex, "candidates", lambda self, key: np.arange(self._size))
    every_pair = build_products(chunks, pages_images)

    def summary(found):
        return [(p.name, p.chunk_ids, p.page_numbers, p.codes, p.confidence) for p in found]

    assert 50 < len(indexed) < 1_000  # entries were read, and variants merged
    assert summary(indexed) == summary(every_pair)
    assert indexed_comparisons * 10 < compared["n"]
