"""Dependency minimums exclude releases with known security advisories, and the lock files that
`make up` and `make test` install agree with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
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


# The lock files that `make up` and `make test` install (`pip install --require-hashes -r`),
# each with the extras of pyproject.toml it covers.
REPO = PYPROJECT.parent
LOCKS = {"requirements/lock.txt": (), "requirements/dev-lock.txt": ("dev",)}
RELOCK = "pyproject.toml and {lock} disagree; run `make lock` and commit the result"


@dataclass
class Pin:
    version: Version
    marker: Marker | None
    hashes: list[str]
    direct: bool  # the lock says pyproject.toml asks for it


def _pins(lock_text: str) -> dict[str, list[Pin]]:
    """A requirements file as uv writes it: `name==version ; marker \\` and its `--hash` lines,
    then `# via` comments naming who needs it (`pdfqueue (pyproject.toml)` for a direct one)."""
    pins: dict[str, list[Pin]] = {}
    logical, last = "", None
    for line in [*lock_text.splitlines(), ""]:
        if logical or (line and not line.startswith((" ", "#"))):
            logical += line.rstrip("\\").strip() + " "
            if line.endswith("\\"):
                continue
            spec, *hashes = logical.split(" --hash=")
            requirement = Requirement(spec)
            (pinned,) = requirement.specifier
            assert pinned.operator == "==", f"{spec}: not pinned"
            last = Pin(
                Version(pinned.version), requirement.marker, [h.strip() for h in hashes], False
            )
            pins.setdefault(canonicalize_name(requirement.name), []).append(last)
            logical = ""
        elif last is not None and "pdfqueue (pyproject.toml)" in line:
            last.direct = True
    return pins


def _disagreements(pyproject_text: str, lock_text: str, extras: tuple[str, ...]) -> list[str]:
    project = tomllib.loads(pyproject_text)["project"]
    wanted = [Requirement(line) for line in project["dependencies"]]
    for extra in extras:
        wanted += [Requirement(line) for line in project["optional-dependencies"][extra]]
    pins = _pins(lock_text)
    problems = []
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        locked = pins.get(name, [])
        if not locked:
            problems.append(f"{requirement} is not in the lock")
        for pin in locked:
            if pin.version not in requirement.specifier:
                problems.append(f"{name}=={pin.version} is outside {requirement}")
    names = {canonicalize_name(r.name) for r in wanted}
    direct = {name for name, found in pins.items() if any(pin.direct for pin in found)}
    problems += [
        f"{name} is locked for pyproject.toml, which no longer asks for it"
        for name in sorted(direct - names)
    ]
    return problems


@pytest.mark.parametrize("lock", LOCKS)
def test_lock_agrees_with_pyproject(lock: str) -> None:
    """Every dependency of pyproject.toml is locked at a version in its range, and the lock
    has no direct dependency that pyproject.toml dropped."""
    problems = _disagreements(PYPROJECT.read_text(), (REPO / lock).read_text(), LOCKS[lock])
    assert problems == [], f"{RELOCK.format(lock=lock)}: {problems}"


@pytest.mark.parametrize("lock", LOCKS)
def test_every_locked_package_is_pinned_with_hashes(lock: str) -> None:
    pins = _pins((REPO / lock).read_text())
    assert len(pins) > 30
    unhashed = [name for name, found in pins.items() if any(not pin.hashes for pin in found)]
    assert unhashed == []
    assert all(h.startswith("sha256:") for found in pins.values() for p in found for h in p.hashes)


def test_lock_names_no_index() -> None:
    """pip reads options in a requirements file: a lock must not send installs to the index of
    the machine that wrote it."""
    for lock in LOCKS:
        options = [line for line in (REPO / lock).read_text().splitlines() if line.startswith("-")]
        assert options == [], lock


def test_dev_lock_keeps_the_runtime_locks_versions() -> None:
    """`make test` installs the runtime lock, then the dev lock on top: the second must not move
    a package the first pinned."""
    runtime = _pins((REPO / "requirements/lock.txt").read_text())
    dev = _pins((REPO / "requirements/dev-lock.txt").read_text())
    moved = {
        name: ([str(p.version) for p in found], [str(p.version) for p in dev.get(name, [])])
        for name, found in runtime.items()
        if [(p.version, p.marker) for p in found]
        != [(p.version, p.marker) for p in dev.get(name, [])]
    }
    assert moved == {}, RELOCK.format(lock="requirements/dev-lock.txt")


def test_a_pyproject_change_without_relocking_is_caught() -> None:
    """The check above on a pyproject.toml edited the ways that need `make lock`: a raised
    minimum, a new dependency, a dropped one."""
    text = PYPROJECT.read_text()
    lock = (REPO / "requirements/lock.txt").read_text()
    assert _disagreements(text, lock, ()) == []
    (starlette,) = _pins(lock)["starlette"]
    raised = re.sub(r'"starlette[^"]*"', f'"starlette>{starlette.version}"', text, count=1)
    added = text.replace("dependencies = [", 'dependencies = ["left-pad-for-python>=1",', 1)
    dropped = re.sub(r'"psutil[^"]*",', "", text, count=1)
    assert raised != text and added != text and dropped != text
    assert _disagreements(raised, lock, ()) == [
        f"starlette=={starlette.version} is outside starlette>{starlette.version}"
    ]
    assert _disagreements(added, lock, ()) == ["left-pad-for-python>=1 is not in the lock"]
    assert _disagreements(dropped, lock, ()) == [
        "psutil is locked for pyproject.toml, which no longer asks for it"
    ]
