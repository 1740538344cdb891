"""The systemd units in deploy/systemd are valid (`systemd-analyze verify`) and run commands
that exist, and docs/deploy.md describes the files that are there."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
UNITS = REPO / "deploy" / "systemd"
INSTALLED_BIN = "/opt/pdfqueue/venv/bin/"  # where deploy.md installs pdfqueue
ENV_FILE = "/etc/pdfqueue/pdfqueue.env"


def test_every_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (it comes with systemd)")
    # The units name the installed paths; verify them against this checkout's instead (the
    # checks include "is ExecStart executable").
    names = []
    for unit in sorted(UNITS.glob("*.service")):
        text = unit.read_text()
        assert INSTALLED_BIN in text and ENV_FILE in text, unit.name
        text = text.replace(INSTALLED_BIN, str(Path(sys.executable).parent) + "/")
        text = text.replace(ENV_FILE, str(UNITS / "pdfqueue.env"))
        name = unit.name.replace("@.service", "@8001.service")  # an instance of a template
        (tmp_path / name).write_text(text)
        names.append(f"./{name}")
    assert len(names) == 3
    done = subprocess.run(
        ["systemd-analyze", "verify", *names],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr


def test_deploy_guide_names_every_unit_and_setting_it_uses() -> None:
    guide = (REPO / "docs" / "deploy.md").read_text()
    for unit in UNITS.glob("*.service"):
        assert unit.name in guide
    env = (UNITS / "pdfqueue.env").read_text()
    for line in env.splitlines():
        name = line.lstrip("# ").split("=", 1)[0]
        if name.startswith("PDFQUEUE_") and "=" in line:
            assert name in guide, name
