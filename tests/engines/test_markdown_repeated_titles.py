"""A title printed again over the next page a table runs on to, or over the next chart, with
no other heading between, repeats the section it stands in: Markdown prints it in bold, no
heading of a section of its own. Controls: the first title stays a heading; a name that
recurs under another heading ("Example" under each of two clauses) and a title that recurs
pages apart ("Exercises" closing each chapter) open a section each time."""

from __future__ import annotations

from pdfqueue.engines.chunking import chunk_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.markdown import to_markdown

BODY = "Some text of the section, set in the body's type, as a paragraph reads."


def _document(pages: list[list[str]]) -> DocumentLayout:
    """One page per list of headings, each heading bold in 14 points over a paragraph."""
    out = []
    for number, headings in enumerate(pages, start=1):
        page = PageLayout(number, 600, 800)
        y = 40.0
        for text in headings:
            page.blocks.append(Block("heading", (40, y, 400, y + 14), text, 14, bold=True))
            y += 30
            page.blocks.append(Block("paragraph", (40, y, 400, y + 10), BODY, font_size=10))
            y += 30
        out.append(page)
    return DocumentLayout(out)


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_a_title_printed_again_on_the_next_page_opens_no_section() -> None:
    plan = "Plan of action 2021-2026"
    markdown = to_markdown(_document([[plan], [plan], [plan]]))
    assert _headings(markdown) == [f"# {plan}"], markdown
    assert markdown.count(f"**{plan}**") == 2, markdown


def test_a_title_printed_again_starts_no_chunk() -> None:
    plan = "Plan of action 2021-2026"
    chunks = chunk_layout(_document([[plan], [plan], [plan]]), size=2000)
    assert [c.heading_path for c in chunks] == [[plan]], chunks


def test_a_chart_title_set_again_on_its_page_opens_no_section() -> None:
    markdown = to_markdown(_document([["Results", "Summary of results", "Summary of results"]]))
    assert _headings(markdown) == ["# Results", "# Summary of results"], markdown


def test_control_a_name_under_another_heading_or_pages_apart_opens_a_section() -> None:
    document = _document(
        [
            ["F.4.2.3 Document profile", "Example"],
            ["F.4.2.4 Layout object", "Example"],
            ["Exercises"],
            [],
            [],
            ["Exercises"],
        ]
    )
    headings = _headings(to_markdown(document))
    assert sum(line.endswith(" Example") for line in headings) == 2, headings
    assert sum(line.endswith(" Exercises") for line in headings) == 2, headings
