"""Dependency minimums exclude releases with known security advisories."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"

# package -> first release with the fix, and what was fixed
FIXED_IN = {
    "starlette": ("0.49.1", "CVE-2024-47874, CVE-2025-54121, CVE-2025-62727: denial of service"),
    "python-multipart": ("0.0.22", "CVE-2024-53981 and later advisories"),
    "h11": ("0.16.0", "CVE-2025-43859: request smuggling"),
    "pillow": ("12.1.1", "CVE-2025-48379 and later advisories"),
    "pyjwt": ("2.12.0", "CVE-2024-53861 and later advisories"),
    "pypdfium2": ("5.0", "the PDFium builds of pypdfium2 4 predate many PDFium security fixes"),
    "jinja2": ("3.1.6", "CVE-2025-27516: sandbox escape"),
    "cryptography": ("46.0.5", "advisories fixed in 46.0.5"),
}


def _minimums() -> dict[str, Version]:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    found = {}
    for line in project["dependencies"]:
        requirement = Requirement(line)
        for spec in requirement.specifier:
            if spec.operator == ">=":
                found[requirement.name.lower()] = Version(spec.version)
    return found


def test_minimums_exclude_releases_with_known_advisories() -> None:
    minimums = _minimums()
    too_low = {
        name: f"{minimums.get(name)} < {fixed} ({why})"
        for name, (fixed, why) in FIXED_IN.items()
        if minimums.get(name) is None or minimums[name] < Version(fixed)
    }
    assert too_low == {}
