"""`fleetdesk screenshots` waits until each tab says it is ready, also for tabs built lazily
(issue 15): the page in the tab widget is a LazyTab, the tab with ``screenshot_ready`` is inside."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fleetdesk.ui.screenshots import screenshot_ready_of
from fleetdesk.ui.shell.lazy_tab import LazyTab


class _Tab(QWidget):
    ready = False

    def screenshot_ready(self) -> bool:
        return self.ready


def test_the_readiness_of_a_lazy_page_is_its_tabs(qapp):
    page = LazyTab("acme", lambda ctx: _Tab(), ctx=None)
    ready = screenshot_ready_of(page)
    assert ready is not None and page.built and ready() is False
    page.content.ready = True
    assert ready() is True


def test_a_page_without_readiness_needs_no_wait(qapp):
    assert screenshot_ready_of(QWidget()) is None
    assert screenshot_ready_of(LazyTab("plain", lambda ctx: QWidget(), ctx=None)) is None
