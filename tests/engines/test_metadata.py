"""Metadata extraction: attributes from realistic product text and from real catalog pages."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pdfqueue.engines.metadata import extract_metadata

GROUPS = {"identity", "physical", "visual", "technical", "commercial", "sustainability"}


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [
            pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf))
        ]
    finally:
        pdf.close()


def test_a_tile_data_sheet_yields_every_group() -> None:
    text = (
        "Porcelain stoneware tile Art. No. FT-6012, 60 x 120 cm, thickness 10 mm, matt "
        "anthracite finish. Slip resistance R10, PEI 4, EN 14411, ISO 10545-2. Price: €34.90. "
        "Weight 23 kg/m². Glue-down installation, suitable for underfloor heating. "
        "FSC certified, 30% recycled content."
    )
    found = extract_metadata(text)
    assert found["identity"]["product_codes"] == ["FT-6012"]
    assert found["physical"] == {
        "dimensions": ["60 × 120 cm"],
        "thickness": ["10 mm"],
        "weight": ["23 kg/m²"],
    }
    assert found["visual"] == {"colours": ["anthracite"], "finishes": ["matt"]}
    assert set(found["technical"]["materials"]) == {"porcelain", "stoneware"}
    assert found["technical"]["standards"] == ["EN 14411", "ISO 10545-2"]
    assert found["technical"]["ratings"] == ["R10 (slip resistance)", "PEI 4 (abrasion (PEI))"]
    assert found["commercial"]["prices"] == ["€34.90"]
    assert found["sustainability"]["certifications"] == ["FSC"]
    assert found["sustainability"]["recycled_content"] == ["30 %"]
    assert found["installation"]["methods"] == ["glue-down", "underfloor heating"]
    assert found["found"] == sum(
        len(v) for g in GROUPS | {"installation"} for v in found[g].values()
    )
    assert found["reason"] is None


@pytest.mark.parametrize(
    ("text", "dimensions"),
    [
        ("Format 600×600mm rectified", ["600 × 600 mm"]),
        ("Plank 1200 x 190 mm, board 20 x 20 x 2 cm", ["1200 × 190 mm", "20 × 20 × 2 cm"]),
        ("Rug 160cm x 230cm", ["160 × 230 cm"]),
        ("Panel 24 x 48 in", ["24 × 48 in"]),
        ("3 x 4 is twelve", []),
    ],
)
def test_dimensions(text: str, dimensions: list[str]) -> None:
    assert extract_metadata(text)["physical"]["dimensions"] == dimensions


def test_ratings_and_standards_of_lighting_and_furniture() -> None:
    found = extract_metadata(
        "Pendant lamp, IP65, energy class A++, UL 94 V-0 housing; tested to DIN EN 16139 "
        "and ASTM E84. Brushed brass and tempered glass, model: Aurora X200."
    )
    assert {"IP65 (ingress protection)", "A++ (energy class)"} <= set(found["technical"]["ratings"])
    assert "ASTM E84" in found["technical"]["standards"]
    assert any(s.startswith("DIN") for s in found["technical"]["standards"])
    assert {"brass", "tempered glass"} <= set(found["technical"]["materials"])
    assert found["visual"]["finishes"] == ["brushed"]
    assert found["identity"]["names"] == ["Aurora X200"]


def test_a_menu_page_gives_its_prices(corpus: Path) -> None:
    page = page_texts(corpus / "gen-menu-es-4p.pdf")[3]
    prices = extract_metadata(page)["commercial"]["prices"]
    assert {"8$", "12$", "15$"} <= set(prices)


def test_a_grocery_page_gives_codes_and_names(corpus: Path) -> None:
    page = page_texts(corpus / "gen-catalog-grocery-9p.pdf")[4]  # page 5: fruit
    found = extract_metadata(page)
    assert len(found["identity"]["product_codes"]) == 16
    assert all(len(code) == 6 and code.isdigit() for code in found["identity"]["product_codes"])
    assert {"Kiwi", "Mango", "Banana"} <= set(found["identity"]["names"])


def test_an_engineering_brochure_gives_its_standards(corpus: Path) -> None:
    text = "\n".join(page_texts(corpus / "catalog-precast-services-brochure-11p.pdf")[:6])
    found = extract_metadata(text)
    assert "ACI 318" in found["technical"]["standards"]
    assert "EN 1992" in found["technical"]["standards"]
    assert any("concrete" in m for m in found["technical"]["materials"])


def test_nothing_found_says_why() -> None:
    found = extract_metadata("It was a dark and stormy night; the rain fell in torrents.")
    assert found["found"] == 0
    assert found["reason"] == (
        "no dimensions, materials, colours, finishes, codes, standards, ratings or prices "
        "found in 58 characters of text"
    )
    assert set(found) >= GROUPS  # every group present, empty


def test_empty_and_non_latin_text_say_why() -> None:
    assert extract_metadata("")["reason"] == "the chunk has no text to look for attributes in"
    arabic = extract_metadata("الدليل الشامل للأحجار الكريمة")
    assert arabic["found"] == 0
    assert "non-Latin script" in arabic["reason"]


def test_years_and_standards_are_not_product_codes() -> None:
    codes = extract_metadata("Catalog 2024. Complies with EN 14411 and ISO 9001.")["identity"]
    assert codes["product_codes"] == []
