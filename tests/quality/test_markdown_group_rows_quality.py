"""The heldout `rightcode` price list prints a category's title across its zebra rows over
each group, under a section heading that opens the list: in the Markdown each category is a
heading at that first group's level over its own rows, not a row of the table with empty cells
(see tests/engines/test_markdown_group_headings_in_tables.py)."""

from __future__ import annotations

from pathlib import Path

import generate

from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.markdown import to_markdown


def test_a_generated_price_list_s_group_rows_are_no_table_rows(tmp_path: Path) -> None:
    (path,) = generate.generate(tmp_path, layouts=("rightcode",))
    markdown = to_markdown(analyse_document(path))
    for category in generate.CATEGORIES:
        assert f"| {category} |  |  |  |" not in markdown
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert len(headings) >= 2 and all(
        line.lstrip("#").strip() in generate.CATEGORIES for line in headings
    )
    assert len({line.split(" ")[0] for line in headings}) == 1  # one level for every group
