"""Helpers shared by the frozen-bundle tests (imported by conftest.py and the tests)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 600  # the CI budget for the build


@dataclass
class Bundle:
    path: Path  # dist/fleetdesk
    summary: dict = field(default_factory=dict)  # packaging/build.py --json (empty when reused)

    @property
    def exe(self) -> Path:
        return self.path / ("fleetdesk.exe" if sys.platform.startswith("win") else "fleetdesk")


def report(config: pytest.Config, line: str) -> None:
    """A measurement line shown in the test output even with capture on."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print(f"[frozen] {line}")
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(f"\n[frozen] {line}")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a fresh desktop session gives a program: no Python, no venv, no FLEETDESK_* settings."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **extra,
    }
