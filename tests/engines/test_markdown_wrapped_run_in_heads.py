"""A bold run-in head wrapped over two lines, its first line alone in bold and cut off
mid-sentence ("Exception for dual citizens and"), its last words bold at the start of its
text ("certain minors. Dual citizens and ..."), is one head in Markdown, run into its text:
"**Exception for dual citizens and certain minors.** Dual citizens ...". Controls: a line cut
off mid-sentence over text with no bold head of its own, and one set in another column, stay
apart; a heading that names its section stays a heading."""

from __future__ import annotations

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.markdown import to_markdown

TEXT = [
    "certain minors. Dual citizens and",
    "certain minors are not subject to the",
    "Expatriation tax applies even if they meet the",
    "conditions set out above on this page.",
]


def _page(first: str, head: str, left: float = 222, lines: list[str] = TEXT) -> DocumentLayout:
    page = PageLayout(1, 612, 792)
    above = Block("heading", (222, 571, 362, 580), first, font_size=9.5, bold=True)
    above.lines = [first]
    text = Block("paragraph", (left, 581, left + 165, 621), " ".join(lines), font_size=9.5)
    text.lines = list(lines)
    text.head = head
    page.blocks = [above, text]
    return DocumentLayout([page])


def test_a_wrapped_run_in_head_is_one_head_run_into_its_text() -> None:
    markdown = to_markdown(_page("Exception for dual citizens and", "certain minors."))
    head = "**Exception for dual citizens and certain minors.** Dual citizens and certain"
    assert head in markdown, markdown


def test_control_a_cut_line_over_text_without_a_bold_head_stays_apart() -> None:
    markdown = to_markdown(_page("Exception for dual citizens and", ""))
    assert "**Exception for dual citizens and**\n\ncertain minors." in markdown, markdown


def test_control_a_cut_line_over_text_in_another_column_stays_apart() -> None:
    markdown = to_markdown(_page("Exception for dual citizens and", "certain minors.", left=400))
    assert "**Exception for dual citizens and**\n\n" in markdown, markdown


def test_control_a_heading_naming_its_section_stays_a_heading() -> None:
    markdown = to_markdown(_page("Expatriation tax", "", lines=TEXT[2:]))
    assert "# Expatriation tax\n" in markdown, markdown
