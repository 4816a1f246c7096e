"""The download queue: one row per file with a progress bar, the overall progress, and pause,
resume, cancel and retry. Rows come from the store; live byte counts from the manager."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.tachoshare import store as ts
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.tachoshare.progress import progress_brush
from fleetdesk.ui.widgets.chips import chip_colors
from fleetdesk.ui.widgets.table_model import ColumnsModel
from fleetdesk.ui.widgets.table_view import rows_table, with_empty_state
from fleetdesk.ui.widgets.who import row_who


def tr(text: str) -> str:
    return QCoreApplication.translate("TachoDownloads", text)


def human_size(n: int | None) -> str:
    if n is None:
        return ""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def period_text(job: dict) -> str:
    last = date.fromisoformat(job["date_to"]) - timedelta(days=1)
    return f"{job['date_from']} → {last.isoformat()}"


STATE_TEXT = {
    ts.QUEUED: QT_TRANSLATE_NOOP("TachoDownloads", "Waiting"),
    ts.RUNNING: QT_TRANSLATE_NOOP("TachoDownloads", "Downloading"),
    ts.PAUSED: QT_TRANSLATE_NOOP("TachoDownloads", "Paused"),
    ts.DONE: QT_TRANSLATE_NOOP("TachoDownloads", "Archived"),
    ts.EMPTY: QT_TRANSLATE_NOOP("TachoDownloads", "Nothing new"),
    ts.FAILED: QT_TRANSLATE_NOOP("TachoDownloads", "Failed"),
    ts.CANCELLED: QT_TRANSLATE_NOOP("TachoDownloads", "Cancelled"),
}
STATE_CHIP = {
    ts.QUEUED: "queued",
    ts.RUNNING: "busy",
    ts.PAUSED: "warning",
    ts.DONE: "ok",
    ts.EMPTY: "unknown",
    ts.FAILED: "error",
    ts.CANCELLED: "discarded",
}


def percent(job: dict, live: dict | None) -> int:
    """0..100 for the bar; -1 for rows that show text only."""
    if job["state"] in (ts.DONE, ts.EMPTY):
        return 100
    if job["state"] != ts.RUNNING:
        return -1
    if not live or not live.get("total"):
        return 0
    return min(100, int(live["done"] * 100 / live["total"]))


def overall(jobs: list[dict], live: dict[int, dict], finished_in_run: int) -> tuple[int, int, float]:
    """(files finished, files in this run, fraction 0..1) for the overall bar."""
    active = [j for j in jobs if j["state"] in (ts.QUEUED, ts.RUNNING)]
    total = finished_in_run + len(active)
    if not total:
        return 0, 0, 0.0
    partial = sum(percent(j, live.get(j["id"])) / 100 for j in active if j["state"] == ts.RUNNING)
    return finished_in_run, total, min(1.0, (finished_in_run + partial) / total)


class DownloadsModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TachoDownloads", "Vehicle unit / card"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Period"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Format"),
        QT_TRANSLATE_NOOP("TachoDownloads", "State"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Progress"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Size"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Tries"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Planned by"),
        QT_TRANSLATE_NOOP("TachoDownloads", "Message"),
    )
    BY, MESSAGE = 7, 8
    ROWS = "jobs"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs: list[dict] = []
        self.live: dict[int, dict] = {}
        self._cells: list[tuple] = []
        self.progress_width = 170  # the progress column's width: the fill is drawn in pixels

    def render(self, jobs: list[dict], live: dict[int, dict]) -> None:
        self.beginResetModel()
        self.jobs, self.live = jobs, dict(live)
        # the fixed texts once per render: data() runs for every cell on every repaint
        self._cells = [
            (
                j["label"],
                period_text(j),
                j["fmt"],
                tr(STATE_TEXT.get(j["state"], j["state"])),
                str(j["attempts"] or ""),
                row_who(j),
                j["error"] or "",
            )
            for j in jobs
        ]
        self.endResetModel()

    def set_live(self, live: dict[int, dict]) -> list[int]:
        """New byte counts; returns the rows whose progress cells need a repaint."""
        changed = [
            row for row, job in enumerate(self.jobs) if self.live.get(job["id"]) != live.get(job["id"])
        ]
        self.live = dict(live)
        return changed

    def set_running(self, running: set[int]) -> list[int]:
        """A download started or ended between two reads of the store: patch those rows'
        state in place (the store still says "queued" while a download runs)."""
        changed = []
        for row, job in enumerate(self.jobs):
            should = ts.RUNNING if job["id"] in running else job.get("stored_state", job["state"])
            if job["state"] != should and (job["state"] in (ts.QUEUED, ts.RUNNING)):
                job.setdefault("stored_state", job["state"] if job["state"] != ts.RUNNING else ts.QUEUED)
                job["state"] = should
                cells = list(self._cells[row])
                cells[3] = tr(STATE_TEXT.get(should, should))
                self._cells[row] = tuple(cells)
                changed.append(row)
        return changed

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        job = self.jobs[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col < 4:
                return self._cells[row][col]
            if col >= 6:
                return self._cells[row][col - 2]
            live = self.live.get(job["id"])
            if col == 5:
                size = (live or {}).get("total") if job["state"] == ts.RUNNING else job["bytes_total"]
                return human_size(size) if size else ""
            pct = percent(job, live)
            if job["state"] == ts.RUNNING and not (live or {}).get("total"):
                done = (live or {}).get("done", 0)
                return human_size(done) if done else tr("starting…")
            return f"{pct} %" if pct >= 0 else ""
        if role == Qt.ItemDataRole.BackgroundRole and col == 4:
            pct = percent(job, self.live.get(job["id"]))
            return progress_brush(pct, self.progress_width) if pct >= 0 else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == 4
            and percent(job, self.live.get(job["id"])) >= 100
        ):
            return _WHITE
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return _CENTER
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return _state_color(job["state"])
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MESSAGE and job["error"]:
            return job["error"]
        return None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_WHITE = QColor("#ffffff")
_STATE_COLORS: dict = {}


def _state_color(state: str):
    if state not in _STATE_COLORS:
        _STATE_COLORS[state] = chip_colors(STATE_CHIP.get(state, "unknown"))[0]
    return _STATE_COLORS[state]


class DownloadsView(QWidget):
    """Queue table plus controls; the tab wires the buttons to the download manager."""

    sig_action = Signal(str, int)  # "pause" | "resume" | "cancel" | "retry", job id
    sig_pause_all = Signal(bool)  # True: pause everything, False: resume

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._all_paused = False
        self._shown: tuple | None = None  # what render() last showed (skip identical renders)
        self._overall: tuple | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary = QLabel(tr("No downloads yet."))
        self.summary.setAccessibleName("Downloads summary")
        self.overall = QProgressBar()
        self.overall.setAccessibleName("Overall download progress")
        self.overall.setRange(0, 100)  # each new value repaints at once: keep them few
        self.overall.setTextVisible(True)
        self.overall.setFormat(tr("idle"))
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName("Downloads shown")
        self.show_filter.addItem(tr("Active and recent"), "recent")
        self.show_filter.addItem(tr("All"), "all")
        self.pause_all_button = QPushButton(tr("Pause all"))
        self.pause_all_button.setAccessibleName("Pause all downloads")
        self.pause_all_button.clicked.connect(lambda: self.sig_pause_all.emit(not self._all_paused))
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addWidget(self.overall, 1)
        top.addWidget(self.show_filter)
        top.addWidget(self.pause_all_button)

        self.model = DownloadsModel(self)
        self.table = rows_table(self.model, "Download queue", (250, 190, 70, 105, 170, 80, 45, 150))
        self.table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.stack, self.empty = with_empty_state(
            self.table,
            tr(
                "Nothing is downloading.\n“Sync now” asks TachoShare for every "
                "new day of data and archives it here, file by file."
            ),
        )

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action, text in (
            ("pause", QT_TRANSLATE_NOOP("TachoDownloads", "Pause")),
            ("resume", QT_TRANSLATE_NOOP("TachoDownloads", "Resume")),
            ("cancel", QT_TRANSLATE_NOOP("TachoDownloads", "Cancel")),
            ("retry", QT_TRANSLATE_NOOP("TachoDownloads", "Retry")),
        ):
            button = QPushButton(tr(text))
            button.setAccessibleName(f"{text} download")
            button.clicked.connect(lambda checked=False, a=action: self._on_action(a))
            self.buttons[action] = button
            buttons.addWidget(button)
        self.hint = QLabel(
            tr(
                "A unit's or card's cursor moves only once its file is safely on disk; "
                "an interrupted download starts again from there."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        buttons.addWidget(self.hint, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_data(
        self, jobs: list[dict], live: dict[int, dict], finished_in_run: int, paused: bool, note: str = ""
    ) -> None:
        shown = (jobs, paused, note)
        if shown != self._shown:  # Qt calls are not free here: only redo what changed
            self._shown = shown
            selected = self.selected_job()
            self.model.render(jobs, live)
            self.stack.setCurrentWidget(self.table if jobs else self.empty)
            if selected is not None:
                for row, job in enumerate(jobs):
                    if job["id"] == selected["id"]:
                        self.table.selectRow(row)
            self._all_paused = paused
            self.pause_all_button.setText(tr("Resume all") if paused else tr("Pause all"))
            self.pause_all_button.setAccessibleName(
                "Resume all downloads" if paused else "Pause all downloads"
            )
            self._update_buttons()
        self.show_live(live, finished_in_run, note)

    def show_running(self, running: set[int]) -> None:
        for row in self.model.set_running(running):
            self.table.update(self.model.index(row, 3))
            self.table.update(self.model.index(row, 4))
        self._update_buttons()

    def show_live(self, live: dict[int, dict], finished_in_run: int, note: str = "") -> None:
        """A progress tick: repaint only the progress cells that moved, and the overall bar."""
        if live != self.model.live:
            for row in self.model.set_live(live):
                self.table.update(self.model.index(row, 4))
                self.table.update(self.model.index(row, 5))
        done, total, fraction = overall(self.model.jobs, live, finished_in_run)
        waiting = sum(j["state"] == ts.QUEUED for j in self.model.jobs)
        running = sum(j["state"] == ts.RUNNING for j in self.model.jobs)
        state = (done, total, int(fraction * 100), waiting, running, note, bool(self.model.jobs))
        if state == self._overall:
            return
        self._overall = state
        self.overall.setValue(state[2])
        self.overall.setFormat(
            tr("%1 of %2 files").replace("%1", str(done)).replace("%2", str(total)) if total else tr("idle")
        )
        if running or waiting:
            text = tr("%1 downloading, %2 waiting").replace("%1", str(running)).replace("%2", str(waiting))
        else:
            text = tr("All downloads finished") if self.model.jobs else tr("No downloads yet.")
        self.summary.setText(text + (f" — {note}" if note else ""))

    def _on_header_section_resized(self, index: int, old: int, new: int) -> None:
        if index == 4:
            self.model.progress_width = new
            self.table.viewport().update()

    def selected_job(self) -> dict | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.model.jobs[rows[0].row()] if rows and rows[0].row() < len(self.model.jobs) else None

    def _update_buttons(self, *args) -> None:
        job = self.selected_job()
        state = job["state"] if job else None
        self.buttons["pause"].setEnabled(state in (ts.QUEUED, ts.RUNNING))
        self.buttons["resume"].setEnabled(state == ts.PAUSED)
        self.buttons["cancel"].setEnabled(state in (ts.QUEUED, ts.RUNNING, ts.PAUSED, ts.FAILED))
        self.buttons["retry"].setEnabled(state in (ts.FAILED, ts.CANCELLED))

    def _on_action(self, action: str) -> None:
        job = self.selected_job()
        if job is not None:
            self.sig_action.emit(action, job["id"])
