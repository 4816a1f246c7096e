"""The frozen bundle, built once per session (or taken from FLEETDESK_FROZEN_BUNDLE).

uv run pytest -m frozen tests/frozen            # builds with packaging/build.py (~0.5-2 min)
FLEETDESK_FROZEN_BUNDLE=dist/fleetdesk uv run pytest -m frozen tests/frozen   # reuse a build
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from frozen_support import BUILD_TIMEOUT_S, ROOT, Bundle, report


@pytest.fixture(scope="session")
def bundle(tmp_path_factory, pytestconfig) -> Bundle:
    if not sys.platform.startswith("linux"):
        pytest.skip("the frozen smoke test builds and runs the Linux bundle")
    reuse = os.environ.get("FLEETDESK_FROZEN_BUNDLE")
    if reuse:
        path = Path(reuse).resolve()
        assert (path / "fleetdesk").is_file(), f"FLEETDESK_FROZEN_BUNDLE={reuse} has no fleetdesk executable"
        report(pytestconfig, f"reusing the bundle in {path}")
        return Bundle(path)
    out = tmp_path_factory.mktemp("frozen-build")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--json",
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, f"build failed:\n{result.stderr[-6000:]}"
    summary = json.loads(result.stdout)
    report(
        pytestconfig,
        f"build: {summary['build_seconds']} s (budget {BUILD_TIMEOUT_S} s); bundle "
        f"{summary['bundle_mb']} MB on disk, {summary['files']} files",
    )
    return Bundle(Path(summary["bundle"]), summary)
