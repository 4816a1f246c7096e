"""The main window: a tab per job, the Outbox and Settings, and a status bar that says what is unsent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.services import SERVICES
from fleetdesk.store import outbox as ob
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.shell import tabs as tab_registry
from fleetdesk.ui.shell.about import show_about
from fleetdesk.ui.shell.lazy_tab import LazyTab
from fleetdesk.ui.shell.outbox_view import OutboxView, state_text
from fleetdesk.ui.widgets.chips import ServiceIndicator, badge_text, service_title

#: after the window is shown, the other tabs are built one per event-loop turn (ms)
WARM_UP_DELAY_MS, WARM_UP_STEP_MS = 300, 30


def _settings_view(ctx) -> QWidget:
    from fleetdesk.ui.shell.settings_view import SettingsView

    return SettingsView(ctx)


class _BuiltTabs:
    """``window.tab_widgets[name]``: the tab's widget, built if it was not yet."""

    def __init__(self) -> None:
        self.pages: dict[str, LazyTab] = {}

    def __getitem__(self, name: str) -> QWidget:
        return self.pages[name].build()

    def __contains__(self, name: object) -> bool:
        return name in self.pages


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tab_widgets = _BuiltTabs()  # name -> the tab's widget, built on first access
        self._warm_started = False
        self._warm_timer = QTimer(self)  # builds the other tabs after the first paint
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self._warm_up_next)
        self.indicators: dict[str, ServiceIndicator] = {}
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh_badge)
        ctx.bus.sig_connection_changed.connect(self._on_bus_connection_changed)
        ctx.bus.sig_error.connect(self._on_bus_error)
        ctx.bus.sig_unexpected.connect(self._on_unexpected)
        ctx.bus.sig_notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.bus.sig_show_tab.connect(self.show_tab)
        self.refresh_badge()
        for state in ctx.runtime.monitor.all().values():  # what happened before we listened
            self._on_bus_connection_changed(state)

    def _setup_ui(self) -> None:
        rt = self.ctx.runtime
        title = "FleetDesk" + (" — " + self.tr("demo") if rt.config.demo else "")
        self.setWindowTitle(title)
        self.setAccessibleName("FleetDesk")
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Main tabs")
        self.tabs.setDocumentMode(True)
        installed = {i.name for i in rt.integrations}
        for spec in tab_registry.discover(installed):
            self._add_tab(spec.name, QCoreApplication.translate("Tabs", spec.title), spec.factory)
        self._add_tab("outbox", self.tr("Outbox"), OutboxView)
        self._add_tab("settings", self.tr("Settings"), _settings_view)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._start_banner(rt.config.notices))
        column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._setup_menus()
        self._setup_status_bar(installed)

    def _start_banner(self, notices: list[str]) -> QWidget:
        """What the user must know once at start (settings reset to defaults), closable."""
        self.banner = QWidget()
        self.banner.setObjectName("startBanner")
        self.banner.setStyleSheet("#startBanner { background: #fff4ce; border-bottom: 1px solid #e0c36c; }")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 6, 6, 6)
        self.banner_label = QLabel(
            self.tr("Your settings could not be read: %1").replace("%1", " ".join(notices))
        )
        self.banner_label.setWordWrap(True)
        self.banner_label.setAccessibleName("Start-up notice")
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName("Dismiss notice")
        close.clicked.connect(self.banner.hide)
        row.addWidget(self.banner_label, 1)
        row.addWidget(close)
        self.banner.setVisible(bool(notices))
        return self.banner

    def _add_tab(self, name: str, title: str, factory) -> None:
        """A page whose widget ``factory(ctx)`` is built when first shown (the first tab now)."""
        page = LazyTab(name, factory, self.ctx)
        page.sig_built.connect(self._on_page_built)
        self.tab_widgets.pages[name] = page
        self.tabs.addTab(page, title)
        if self.tabs.count() == 1:
            page.build()

    def _setup_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sync_action = QAction(self.tr("&Send and sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self._on_sync_triggered)
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(i), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda checked=False, i=i: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About FleetDesk"), self)
        about.triggered.connect(lambda: show_about(self, self.ctx.runtime))
        help_menu.addAction(about)

    def _setup_status_bar(self, installed: set[str]) -> None:
        bar = self.statusBar()
        if self.ctx.runtime.config.demo:
            demo = QLabel(self.tr("DEMO — simulators, not real services"))
            demo.setStyleSheet("color:#ffffff; background:#6a1b9a; padding:1px 6px; border-radius:3px;")
            bar.addPermanentWidget(demo)
        for svc in SERVICES.values():
            if svc.auth_of or not svc.integration or svc.integration not in installed:
                continue
            indicator = ServiceIndicator(service_title(svc.key))
            self.indicators[svc.key] = indicator
            bar.addPermanentWidget(indicator)
        for page in self.tab_widgets.pages.values():  # alerts a built tab keeps in the status bar
            if page.built:
                for widget in getattr(page.content, "status_widgets", lambda: [])():
                    bar.addPermanentWidget(widget)
        self.badge = QPushButton()
        self.badge.setFlat(True)
        self.badge.setAccessibleName("Unsent items")
        self.badge.clicked.connect(lambda: self.show_tab("outbox"))
        bar.addPermanentWidget(self.badge)

    # -- slots --------------------------------------------------------------------------
    def show_tab(self, name: str) -> None:
        page = self.tab_widgets.pages.get(name)
        if page is None:
            raise KeyError(f"no tab {name!r}; known: {sorted(self.tab_widgets.pages)}")
        page.build()
        self.tabs.setCurrentWidget(page)

    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyTab):
            page.build()

    def _on_page_built(self, name: str) -> None:
        """A tab built after the status bar: its alerts join the bar, the badge stays last."""
        badge = getattr(self, "badge", None)
        if badge is None:  # still in _setup_ui: _setup_status_bar adds them
            return
        bar = self.statusBar()
        widgets: list[QWidget] = getattr(self.tab_widgets.pages[name].content, "status_widgets", lambda: [])()
        if widgets:
            bar.removeWidget(badge)
            for widget in widgets:
                bar.addPermanentWidget(widget)
            bar.addPermanentWidget(badge)
            badge.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warm_started:  # first show: build the other tabs while idle
            self._warm_started = True
            self._warm_timer.start(WARM_UP_DELAY_MS)

    def _warm_up_next(self) -> None:
        """Build one tab not built yet, then yield to the event loop before the next."""
        if not self.isVisible() or self.ctx.tasks.closed:
            return
        page = self._next_unbuilt()
        if page is not None:
            page.build()
            self._warm_timer.start(WARM_UP_STEP_MS)

    def _next_unbuilt(self) -> LazyTab | None:
        """A tab not built yet; once all are, a page inside one (a tab's ``lazy_pages()``)."""
        pages = list(self.tab_widgets.pages.values())
        for page in pages:
            if not page.built:
                return page
        for page in pages:
            for inner in getattr(page.content, "lazy_pages", list)():
                if not inner.built:
                    return inner
        return None

    def build_all_tabs(self) -> None:
        """Build every tab, and the pages inside them, now (self-test, screenshots and tests
        that look at all of them)."""
        while (page := self._next_unbuilt()) is not None:
            page.build()

    def refresh_badge(self) -> None:
        if self.ctx.tasks.closed:  # a store-changed signal queued before the app shut down
            return
        self.ctx.tasks.latest("main.badge", self._fetch_badge())

    async def _fetch_badge(self) -> None:
        counts = await self.ctx.runtime.store.aread(ob.counts)
        self.render_badge(counts)

    def render_badge(self, counts: dict[str, dict[str, int]]) -> None:
        total = sum(sum(c.values()) for c in counts.values())
        attention = sum(c.get(ob.ATTENTION, 0) for c in counts.values())
        self.unsent_count = total
        self.badge.setText(badge_text(total))
        color = "#c62828" if attention else ("#6d4c41" if total else "#2e7d32")
        self.badge.setStyleSheet(f"QPushButton {{ color: {color}; font-weight: bold; padding: 0 8px; }}")
        lines = [
            f"{service_title(s)}: " + ", ".join(f"{n} × {state_text(state)}" for state, n in c.items())
            for s, c in counts.items()
        ]
        self.badge.setToolTip("\n".join(lines) or self.tr("Everything has been sent"))

    def _on_bus_connection_changed(self, state) -> None:
        indicator = self.indicators.get(state.service)
        if indicator is not None:
            indicator.set_state(state.state, state.message)

    def _on_bus_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Problem in %1: %2").replace("%1", title).replace("%2", message), 15000
        )

    def _on_unexpected(self, exc: BaseException) -> None:
        from types import SimpleNamespace

        from fleetdesk.ui.shell.fault_dialogs import show_unexpected

        self.statusBar().showMessage(self.tr("Something unexpected went wrong; see the message."), 15000)
        show_unexpected(exc, SimpleNamespace(data_dir=self.ctx.runtime.config.data_dir), self)

    def _on_sync_triggered(self) -> None:
        self.ctx.tasks.latest("main.sync", self._sync())

    async def _sync(self) -> None:
        from fleetdesk.sync import sync_pass

        self.statusBar().showMessage(self.tr("Sending and syncing…"))
        result = await run_blocking(sync_pass, self.ctx.runtime)
        self.statusBar().showMessage(
            self.tr("Sync done: %1 sent, %2 unsent")
            .replace("%1", str(result["outbox"]["sent"]))
            .replace("%2", str(result["unsent"])),
            8000,
        )

    def closeEvent(self, event) -> None:
        self._warm_timer.stop()
        self.ctx.detach()
        super().closeEvent(event)
