"""A survey's report: each page titled by a question's theme, with a chart and a table of the
same answers over their counts ("Totalement en accord" over "157", "Total" over "247"). The
keys recur page after page and a chart stands by them, as a guide's sheet pages have their
box and photo; but a product's box says what it is in words, and these values are all
counts: no products. Control: the same pages with a box of words ("Origin" over "Brazil")
are a guide's items, one a page."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

TITLES = ("Investir en transport actif", "Pistes cyclables", "Connexions du réseau")
TITLES += ("Sentier communautaire",)
ANSWERS = ["Totalement en accord", "En accord", "En désaccord", "Total"]


def _page(number: int, title: str, rows: list[list[str]]) -> PageLayout:
    page = PageLayout(number, 612, 792)
    prose = (
        "Les répondants ont donné leur avis sur la proposition de la Municipalité, et la "
        "plupart se sont dits en accord avec elle, comme le montre le graphique ci-dessous."
    )
    page.blocks = [
        Block("heading", (90, 70, 300, 92), title, font_size=16, lines=[title]),
        Block("paragraph", (90, 110, 500, 150), prose, font_size=10, lines=[prose]),
        Block("figure", (90, 200, 520, 370), "", image_index=0),
        Block(
            "table",
            (90, 440, 520, 470),
            " | ".join(" | ".join(r) for r in rows),
            rows=rows,
            ruled=True,
        ),
    ]
    return page


def test_a_survey_s_pages_of_counts_by_a_chart_are_no_products() -> None:
    pages = [
        _page(n, title, [ANSWERS, [str(100 + n), str(40 + n), str(10 + n), str(150 + 3 * n)]])
        for n, title in enumerate(TITLES, start=1)
    ]
    assert products_from_layout(DocumentLayout(pages)) == []


def test_a_guide_s_pages_with_a_box_of_words_are_its_items() -> None:
    keys = ["Origin", "Colour", "Hardness"]
    values = (["Brazil", "Yellow", "7"], ["India", "Green", "8"], ["Peru", "Blue", "6"])
    values += (["Chile", "Red", "9"],)
    names = ("Citrine Stone", "Green Beryl", "Blue Topaz", "Red Garnet")
    pages = [
        _page(n, name, [keys, value])
        for n, (name, value) in enumerate(zip(names, values, strict=True), start=1)
    ]
    products = products_from_layout(DocumentLayout(pages))
    assert [p.name for p in products] == list(names)
    assert products[0].attributes["Origin"] == "Brazil"
