"""Benchmark: 1,000 VINs imported from a CSV are queued in under a second and the clearance
table stays responsive (UI stall p99 < 16 ms, measured with StallMonitor). Prints figures;
no timed asserts. Run: pytest tests/benchmarks/test_highmobility_bench.py -m benchmark -s"""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import Qt

from fleetdesk.core.config import Config
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.importing import parse_vehicles, requests_of
from fleetdesk.highmobility.plugin import PLUGIN
from fleetdesk.highmobility.service import ClearanceService
from fleetdesk.runtime import Runtime
from fleetdesk.ui.stall import StallMonitor

N = 1000
BRANDS = ("bmw", "mercedes-benz", "peugeot", "ford", "opel")


def fleet_csv(n: int = N) -> str:
    lines = ["VIN,brand,tags,depot"]
    lines += [f"WBA{n_:014d},{BRANDS[n_ % len(BRANDS)]},cost-centre=C{n_ % 7},Kiel" for n_ in range(n)]
    return "\n".join(lines) + "\n"


@pytest.fixture
def rt(tmp_path, fake_clock):
    environ = {
        "FLEETDESK_HIGHMOBILITY_URL": "http://127.0.0.1:9/v1",  # never contacted here
        "FLEETDESK_HIGHMOBILITY_CLIENT_ID": "id",
        "FLEETDESK_HIGHMOBILITY_CLIENT_SECRET": "s",
    }
    runtime = Runtime(
        Config.load(tmp_path / "data", environ=environ), clock=fake_clock, integrations=[PLUGIN]
    )
    yield runtime
    ClearanceService.of(runtime).close()
    runtime.close()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


@pytest.mark.benchmark
def test_queue_1000_vins_from_csv(rt):
    text = fleet_csv()
    t0 = time.perf_counter()
    rows = parse_vehicles(text)
    t1 = time.perf_counter()
    report = ClearanceService.of(rt).queue(requests_of(rows))
    t2 = time.perf_counter()
    listed = rt.store.read(hs.list_vehicles)
    t3 = time.perf_counter()
    assert len(report.queued) == N and len(listed) == N
    print(
        f"\n[highmobility] CSV of {N} VINs: parse+check {ms(t1 - t0)}, queue (one transaction, "
        f"{N} outbox items) {ms(t2 - t1)}, total {ms(t2 - t0)}; list with states {ms(t3 - t2)}"
    )


@pytest.mark.benchmark
def test_table_stays_responsive_while_1000_vins_are_imported_and_queued(rt, qloop, qtbot, tmp_path):
    from fleetdesk.ui.context import AppContext
    from fleetdesk.ui.highmobility.tab import FleetClearanceTab

    path = tmp_path / "fleet.csv"
    path.write_text(fleet_csv())
    ctx = AppContext.create(rt)
    tab = FleetClearanceTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitUntil(lambda: tab._rendered, timeout=3000)
    monitor = StallMonitor()
    try:
        monitor.start()
        tab._on_add_clicked()
        dialog = tab.add_dialog
        t0 = time.perf_counter()
        dialog.import_file(str(path))
        qtbot.waitUntil(lambda: dialog.model.rowCount() == N, timeout=10000)
        t1 = time.perf_counter()
        dialog.submit_button.click()
        qtbot.waitUntil(lambda: len(tab.table.model_.rows) == N, timeout=10000)
        t2 = time.perf_counter()
        import_stall = monitor.summary()
        # use the full table: scroll, sort, filter, select, and five store-driven refreshes
        monitor.start()
        bar = tab.table.verticalScrollBar()
        for step in range(0, bar.maximum(), max(1, bar.maximum() // 40)):
            bar.setValue(step)
            qtbot.wait(5)
        tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        qtbot.wait(20)
        tab.search.setText("WBA000000000005")
        qtbot.wait(20)
        tab.search.clear()
        for row in (0, 10, 500, 999):
            tab.table.selectRow(row)
            qtbot.wait(20)
        t3 = time.perf_counter()
        # five status polls that change every row: each one re-reads and re-renders 1,000 rows
        for i, status in enumerate(("pending", "approved", "pending", "approved", "pending")):
            rt.store.submit_write(
                lambda db, s=status, n=i: db.execute(
                    "UPDATE hm_vehicles SET status = ?, status_since = ?, updated_at = ?",
                    [s, f"2026-11-22T10:0{n}:00.000000Z", f"2026-11-22T10:0{n}:00.000000Z"],
                )
            )
            qtbot.waitUntil(lambda s=status: all(r.status == s for r in tab.table.model_.rows), timeout=10000)
        t4 = time.perf_counter()
        use_stall = monitor.summary()
    finally:
        monitor.stop()
        done = asyncio.ensure_future(ctx.tasks.shutdown())
        qtbot.waitUntil(done.done, timeout=5000)
        ctx.detach()
        ctx.bus.deleteLater()
    print(
        f"\n[highmobility] GUI: CSV import to preview of {N} rows {ms(t1 - t0)}; "
        f"request clearance to {N} rows in the table {ms(t2 - t1)}"
    )
    print(
        f"[highmobility] UI stall during import+queue: p50 {import_stall['p50_ms']} ms, "
        f"p99 {import_stall['p99_ms']} ms, max {import_stall['max_ms']} ms "
        f"({import_stall['samples']} samples)"
    )
    print(
        f"[highmobility] UI stall while scrolling/sorting/filtering/selecting ({ms(t3 - t2)}) and "
        f"5 status changes of all rows ({ms(t4 - t3)}): p50 {use_stall['p50_ms']} ms, p99 {use_stall['p99_ms']} ms, "
        f"max {use_stall['max_ms']} ms ({use_stall['samples']} samples)"
    )
