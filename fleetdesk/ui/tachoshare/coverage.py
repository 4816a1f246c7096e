"""Under the compliance board: the selected unit's or card's files as a calendar strip (days
held, days missing between files, days not downloaded yet) with the problems spelled out."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fleetdesk.tachoshare.views import BoardRow
from fleetdesk.ui.tachoshare.coverage_strip import STATE_COLORS, CoverageStrip
from fleetdesk.ui.tachoshare.texts import detail_lines, problem_lines, short_date, tr

DAYS_SHOWN = 120


def no_selection_text() -> str:
    return tr("Select a vehicle unit or driver card to see which days its files hold.")


def _legend(color: str, text: str) -> QLabel:
    label = QLabel(f'<span style="color:{color}">■</span> {text}')
    return label


class CoveragePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAccessibleName("Coverage title")
        self.title.setWordWrap(True)
        self.strip = CoverageStrip()
        self.problems = QLabel()
        self.problems.setAccessibleName("Coverage problems")
        self.problems.setWordWrap(True)
        self.details = QLabel()
        self.details.setAccessibleName("Coverage details")
        self.details.setWordWrap(True)
        # up to three lines (calibration, or vehicles used and driving): never squeezed away
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3)
        legend = QHBoxLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        for state, text in (
            ("held", tr("held")),
            ("missing", tr("missing between files")),
            ("after", tr("not downloaded yet")),
            ("before", tr("before the first file")),
        ):
            legend.addWidget(_legend(STATE_COLORS[state], text))
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addLayout(legend)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.problems)
        layout.addWidget(self.details)
        self.title.setText(no_selection_text())  # the days come with show_row (the service's today)

    def show_row(self, row: BoardRow | None, today: date) -> None:
        first = today - timedelta(days=DAYS_SHOWN - 1)
        if row is None:
            self.title.setText(no_selection_text())
            self.strip.show_days(first, today, lambda d: "none")
            self.problems.setText("")
            self.details.setText("")
            return
        cov = row.coverage
        who = row.title + (f" — {row.holder}" if row.holder else "")
        if cov is None:
            self.title.setText(tr("%1: no archived file holds any day yet.").replace("%1", who))
            self.strip.show_days(first, today, lambda d: "none")
        else:
            self.title.setText(
                tr("%1: files hold %2 to %3 (last %4 days shown)")
                .replace("%1", who)
                .replace("%2", short_date(cov.first))
                .replace("%3", short_date(cov.last))
                .replace("%4", str(DAYS_SHOWN))
            )
            held_days = sum(1 for i in range(DAYS_SHOWN) if cov.held(first + timedelta(days=i)))
            self.strip.show_days(
                first,
                today,
                cov.state,
                tr("%1 of the last %2 days held, %3 missing between files")
                .replace("%1", str(held_days))
                .replace("%2", str(DAYS_SHOWN))
                .replace(
                    "%3",
                    str(
                        sum(1 for i in range(DAYS_SHOWN) if cov.state(first + timedelta(days=i)) == "missing")
                    ),
                ),
            )
        self.problems.setText(" ".join(problem_lines(row)))
        self.details.setText("\n".join(detail_lines(row)))
