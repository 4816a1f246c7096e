"""THG benchmarks (run with ``-m benchmark -s``); they print figures and assert no timings.

1. Listing and filtering 20,000 vehicles in the table: each filter change, including the
   view's repaint, against a QSortFilterProxyModel with a Python ``filterAcceptsRow`` as the
   baseline.
2. UI stall (``StallMonitor``: lateness of a 5 ms timer) while 200 documents are dropped,
   previewed, queued and uploaded to the simulator, with the tab refreshing after every write.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QApplication, QTableView

from fleetdesk.core.aio import run_blocking, shutdown_executor
from fleetdesk.ui.thg.vehicles_model import LocalFilter, VehicleTableModel, filter_rows, make_rows
from test_thg_support import ThgEnv

pytestmark = pytest.mark.benchmark
DEMO_DOCS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "thg"
STATUSES = ["verified"] * 7 + ["pending", "not_verified_unreadable", "not_verified_wrong_fuel_code"]


def synthetic(n: int) -> list[dict]:
    out = []
    for i in range(n):
        out.append(
            {
                "id": i + 1,
                "status": STATUSES[i % len(STATUSES)],
                "status_reason": "",
                "customer_reference1": f"FD-{i:06d}",
                "customer_reference2": f"B-MX {i % 9999}E",
                "customer_reference3": "",
                "pending_refs": None,
                "vin": f"WVWZZZE1ZPP{i:06d}",
                "owner_first_name": "",
                "owner_last_name_or_organization": f"Fleet {i % 37} GmbH",
                "status_update": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T09:00:00Z",
            }
        )
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def test_filtering_20000_vehicles(qapp):
    rows = make_rows(synthetic(20_000))
    model = VehicleTableModel()
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(26)
    view.resize(1000, 700)
    view.show()
    started = time.perf_counter()
    model.render(rows)
    qapp.processEvents()
    first = time.perf_counter() - started
    filters = [
        LocalFilter(status="verified"),
        LocalFilter(status="not_verified"),
        LocalFilter(text="fd-0123"),
        LocalFilter(text="fleet 3"),
        LocalFilter(since="2026-06-01T00:00:00Z"),
        LocalFilter(status="verified", text="b-mx 12", since="2026-03-01T00:00:00Z"),
        LocalFilter(),
    ]
    times = []
    for _ in range(3):
        for flt in filters:
            started = time.perf_counter()
            model.set_filter(flt)
            view.viewport().repaint()
            qapp.processEvents()
            times.append(time.perf_counter() - started)
            model.set_filter(LocalFilter(text="\x00"))  # so the next one is a change again
    started = time.perf_counter()
    model.sort(6)
    qapp.processEvents()
    sort_time = time.perf_counter() - started

    class PythonProxy(QSortFilterProxyModel):
        flt = LocalFilter()

        def filterAcceptsRow(self, source_row, source_parent):
            return self.flt.accepts(model.rows[model.visible[source_row]])

    model.set_filter(LocalFilter())
    proxy = PythonProxy()
    proxy.setSourceModel(model)
    proxy_times = []
    for flt in filters[:4]:
        started = time.perf_counter()
        proxy.flt = flt
        proxy.invalidateFilter()
        proxy.rowCount()
        proxy_times.append(time.perf_counter() - started)
    view.close()
    view.deleteLater()
    print(
        f"\nTHG vehicles table, 20,000 rows: first render {ms(first)}; per filter change "
        f"(incl. repaint) median {ms(statistics.median(times))}, max {ms(max(times))} over "
        f"{len(times)} changes; sort by status time {ms(sort_time)}"
    )
    print(
        f"  QSortFilterProxyModel with a Python filterAcceptsRow: median "
        f"{ms(statistics.median(proxy_times))} per change "
        f"({statistics.median(proxy_times) / statistics.median(times):.1f}x slower)"
    )
    print(f"  filter_rows alone: {ms(min(_timed(lambda: filter_rows(rows, filters[3])) for _ in range(5)))}")


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def test_ui_stall_during_a_200_document_bulk_upload(config, fake_clock, monkeypatch, qloop, qtbot, tmp_path):
    from fleetdesk.thg.ramp import RampSettings
    from fleetdesk.thg.statussync import sync_all
    from fleetdesk.ui.context import AppContext
    from fleetdesk.ui.stall import StallMonitor
    from fleetdesk.ui.thg.tab import ThgTab

    env = ThgEnv(config, fake_clock, monkeypatch, ramp=RampSettings(first_gap=0.0, min_gap=0.0))
    env.sign_in()
    env.sim.seed_bulk(5_000)
    sync_all(env.svc)
    folder = tmp_path / "bulk"
    folder.mkdir()
    sources = sorted(
        p for p in DEMO_DOCS.iterdir() if p.suffix in (".jpg", ".pdf") and "whatsapp" not in p.name
    )
    for i in range(200):
        src = sources[i % len(sources)]
        target = folder / f"BULK-{i:03d}{src.suffix}"
        shutil.copy(src, target)
        if src.suffix == ".jpg":  # a different document each time (VIN marker after the image)
            with open(target, "ab") as fh:
                fh.write(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZPP%06d" % (900000 + i))
    ctx = AppContext.create(env.rt)
    tab = ThgTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitUntil(lambda: len(tab.vehicles.model.rows) == 5_000, timeout=10_000)
    monitor = StallMonitor()
    phases = {}
    try:
        monitor.start()
        started = time.perf_counter()
        tab.upload.stage_paths([str(folder)])
        qtbot.waitUntil(lambda: len(tab.upload.staged) == 200, timeout=60_000)
        phases["drop + check + previews"] = (time.perf_counter() - started, monitor.summary())
        worst = sorted(monitor.samples)[-4:]
        monitor.start()
        started = time.perf_counter()
        tab.upload.upload_button.click()
        qtbot.waitUntil(lambda: tab.upload.queue_model.rowCount() == 200, timeout=30_000)
        phases["queue (copy + outbox)"] = (time.perf_counter() - started, monitor.summary())
        monitor.start()
        started = time.perf_counter()
        sender = asyncio.ensure_future(run_blocking(env.send))
        qtbot.waitUntil(sender.done, timeout=120_000)
        qtbot.waitUntil(
            lambda: all(s[0] == "uploaded" for s in tab.upload.queue_model.states), timeout=30_000
        )
        phases["upload 200 + tab refreshes"] = (time.perf_counter() - started, monitor.summary())
    finally:
        monitor.stop()
        tab.close()
        done = asyncio.ensure_future(ctx.tasks.shutdown())
        qtbot.waitUntil(done.done, timeout=5000)
        ctx.detach()
        ctx.bus.deleteLater()
        shutdown_executor(wait=True)
        env.close()
    print("\nUI stall during a 200-document bulk upload (5,000 vehicles in the table):")
    print(f"  worst lateness while previewing: {[round(w, 1) for w in worst]} ms")
    for name, (seconds, s) in phases.items():
        print(
            f"  {name:<28} {seconds:6.1f} s  stall p50 {s['p50_ms']:5.1f} ms  p99 {s['p99_ms']:5.1f} ms"
            f"  max {s['max_ms']:6.1f} ms  ({s['samples']} samples)"
        )
    assert len(env.sim.store.vehicles) == 5_200
    QApplication.processEvents()
