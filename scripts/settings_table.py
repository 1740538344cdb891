"""Print the README's configuration table from pdfqueue.config.Settings.

    .venv/bin/python scripts/settings_table.py

tests/test_readme.py checks that the README lists every setting, so the two cannot drift.
"""

from __future__ import annotations

from pdfqueue.config import Settings


def rows() -> list[str]:
    lines = ["| variable | default | what it does |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "(unset)" if default is None or hasattr(default, "get_secret_value") else default
        lines.append(f"| `PDFQUEUE_{name.upper()}` | `{shown}` | {field.description} |")
    return lines


if __name__ == "__main__":
    print("\n".join(rows()))
