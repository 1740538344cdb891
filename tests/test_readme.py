"""The README documents every setting and keeps the two-command quick start."""

from __future__ import annotations

import re
from pathlib import Path

from pdfqueue.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_configuration_table() -> None:
    missing = [n for n in Settings.model_fields if f"`PDFQUEUE_{n.upper()}`" not in README]
    assert missing == [], f"add these to README's configuration table: {missing}"


def test_quick_start_is_exactly_make_up_and_make_test() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s*(make \w+)\s*$", section, flags=re.MULTILINE)
    assert commands == ["make up", "make test"]
