"""Tachograph file parser benchmark (run with ``-m benchmark -s``): parse the headers of 10,000
files (cards and vehicle units of all generations) and print the median per-file time.
Target from issue #13: under 1 ms per file, median. Prints figures; no timed assert."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

import pytest

from fleetdesk.tachoshare.ddd import parse_bytes
from tachofile_builder import driver_card_file, vu_file

pytestmark = pytest.mark.benchmark


def corpus(n: int) -> list[bytes]:
    kinds = []
    for i in range(20):
        start = date(2025, 1, 1) + timedelta(days=i * 7)
        gen = ("gen1", "gen2", "gen2v2")[i % 3]
        kinds.append(
            driver_card_file(
                generation=gen,
                days=[start + timedelta(d) for d in range(28 + i)],
                prefix=i % 2 == 0,
                surname=f"Driver{i}",
            )
        )
        kinds.append(
            vu_file(
                generation=gen,
                days=[start + timedelta(d) for d in range(1 + i % 10)],
                vin=f"WDB9634031L{i:06d}",
            )
        )
    return [kinds[i % len(kinds)] for i in range(n)]


def test_parse_10000_files_median_under_1ms():
    files = corpus(10_000)
    times = []
    for data in files:
        t0 = time.perf_counter()
        parse_bytes(data)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times) * 1000
    p99 = sorted(times)[int(len(times) * 0.99)] * 1000
    mean_kb = sum(map(len, files)) / len(files) / 1024
    print(
        f"\ntacho parser: {len(files)} files (mean {mean_kb:.1f} KiB): median {median:.3f} ms/file, "
        f"p99 {p99:.3f} ms, total {sum(times):.2f} s (target: median < 1 ms)"
    )


def test_parse_1000_files_with_details():
    """The same corpus read with ``details=True`` (daily activity, vehicles used, events, VU
    technical data): what ``tacho inspect`` and the indexer pay, once per file."""
    files = corpus(1_000)
    times = []
    for data in files:
        t0 = time.perf_counter()
        parse_bytes(data, details=True)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times) * 1000
    p99 = sorted(times)[int(len(times) * 0.99)] * 1000
    print(f"\ntacho parser with details: {len(files)} files: median {median:.3f} ms/file, p99 {p99:.3f} ms")
