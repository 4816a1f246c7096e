"""Start-up (issue 15): time from interpreter start to the main window's first paint, from
source, with tabs built lazily (now) and all built first (before), on an empty data folder
(a first start: every migration runs) and on the folder a first start left (every later start).
Prints medians, the CPU time used by the first paint and the load average; asserts nothing
about time (tests/unit/test_startup_imports.py guards what the first paint does not import)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark
CHILD = Path(__file__).with_name("startup_child.py")
RUNS = int(os.environ.get("FLEETDESK_STARTUP_RUNS", "7"))


def _start(*flags: str, retries: int = 1) -> dict:
    # A source checkout keeps its bytecode caches; without them (PYTHONDONTWRITEBYTECODE) every
    # start compiles ~600 modules again, which is not what a user's start costs.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, str(CHILD), *flags],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env=env,
    )
    if out.returncode != 0 and retries:  # a crash of the child (say so, then measure again)
        print(f"\nchild {' '.join(flags)} exited {out.returncode}: {out.stderr[-800:]}")
        return _start(*flags, retries=retries - 1)
    assert out.returncode == 0, f"exit {out.returncode}: {out.stderr[-2000:]}"
    return json.loads(out.stdout.strip().splitlines()[-1])


def _load() -> str:
    """The 1, 5 and 15 minute load averages (Linux), to judge how busy the machine was."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def test_first_paint_lazy_tabs_vs_all_tabs_built_first(tmp_path):
    existing = tmp_path / "data"
    _start("--data-dir", str(existing))  # warms the OS file cache and the .pyc files; leaves a data folder
    load_before = _load()
    variants: dict[str, list[dict]] = {
        "lazy, existing data folder": [],
        "lazy, empty data folder": [],
        "all tabs first, empty data folder": [],
    }
    for _ in range(RUNS):  # interleaved, so all see the same machine load
        variants["lazy, existing data folder"].append(_start("--data-dir", str(existing)))
        variants["lazy, empty data folder"].append(_start())
        variants["all tabs first, empty data folder"].append(_start("--eager"))
    print(f"\nload average before {load_before}, after {_load()}; median of {RUNS}")
    for label, runs in variants.items():
        stages = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        paints = sorted(r["first_paint"] for r in runs)
        print(
            f"{label}: "
            + ", ".join(f"{k} {v:.0f} ms" for k, v in stages.items())
            + f" (first paint min {paints[0]:.0f}, max {paints[-1]:.0f})"
        )
    lazy = statistics.median(r["first_paint"] for r in variants["lazy, empty data folder"])
    eager = statistics.median(r["first_paint"] for r in variants["all tabs first, empty data folder"])
    print(
        f"first paint, empty folder: lazy {lazy:.0f} ms vs all tabs first {eager:.0f} ms ({eager / lazy:.2f}x)"
    )
