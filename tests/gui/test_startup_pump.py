"""Start-up (issue 15): the background pump (recovery, polling, sends) starts after the main
window's first paint, so the first paint does not share the CPU with it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fleetdesk.ui.shell.startup import OutboxPump


def test_the_pump_starts_after_the_first_paint_not_before(app_context, qtbot):
    pump = OutboxPump(app_context)
    window = QWidget()
    qtbot.addWidget(window)
    pump.start_after_first_paint(window, at_latest_ms=60_000)
    qtbot.wait(50)
    assert not app_context.tasks.running("outbox.pump"), "not before the window paints"
    window.show()
    qtbot.waitUntil(lambda: bool(app_context.tasks.running("outbox.pump")), timeout=5000)
    pump.start()  # a second start is a no-op
    assert len(app_context.tasks.running("outbox.pump")) == 1


def test_the_pump_starts_anyway_when_the_window_does_not_paint(app_context, qtbot):
    pump = OutboxPump(app_context)
    window = QWidget()  # never shown (e.g. opened minimised): no paint
    qtbot.addWidget(window)
    pump.start_after_first_paint(window, at_latest_ms=100)
    qtbot.waitUntil(lambda: bool(app_context.tasks.running("outbox.pump")), timeout=5000)
