"""Words and short texts of the compliance board (pure helpers, translated with the
"TachoBoard" context)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fleetdesk.tachoshare import compliance as c
from fleetdesk.tachoshare.views import BoardRow
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("TachoBoard", text)


def days_text(days: int | None) -> str:
    if days is None:
        return "—"
    if days < 0:
        return tr("1 day late") if days == -1 else tr("%1 days late").replace("%1", str(-days))
    if days == 0:
        return tr("today")
    return tr("1 day") if days == 1 else tr("%1 days").replace("%1", str(days))


def count_days(days: int) -> str:
    return tr("1 day") if days == 1 else tr("%1 days").replace("%1", str(days))


#: TachoShare's rdlStatus values in words; an unknown value is shown as it comes
RDL_STATUS_TEXT = {
    "DELAYED": QT_TRANSLATE_NOOP("TachoBoard", "Delayed"),
    "OUTSIDE_LEGAL_COMPLIANCE": QT_TRANSLATE_NOOP("TachoBoard", "Outside legal compliance"),
    "NEVER_DOWNLOADED": QT_TRANSLATE_NOOP("TachoBoard", "Never downloaded"),
    "DISCONNECTED": QT_TRANSLATE_NOOP("TachoBoard", "Disconnected"),
    "UNKNOWN": QT_TRANSLATE_NOOP("TachoBoard", "Unknown"),
}


def status_text(raw: str) -> str:
    """TachoShare's rdlStatus in words (the raw value stays in the CSV and the tooltip)."""
    if not raw:
        return "—"
    if raw == "OK":
        return "OK"
    return tr(RDL_STATUS_TEXT[raw]) if raw in RDL_STATUS_TEXT else raw.replace("_", " ").capitalize()


def short_date(value: date | None) -> str:
    return value.isoformat() if value else "—"


SHORT_LEVEL_TEXT = {
    c.OUTSIDE: QT_TRANSLATE_NOOP("TachoBoard", "Outside legal limit"),
    c.NEVER: QT_TRANSLATE_NOOP("TachoBoard", "Never downloaded"),
    c.DISCONNECTED: QT_TRANSLATE_NOOP("TachoBoard", "Disconnected"),
    c.OVERDUE: QT_TRANSLATE_NOOP("TachoBoard", "Overdue"),
    c.DUE_SOON: QT_TRANSLATE_NOOP("TachoBoard", "Due soon"),
    c.OK: QT_TRANSLATE_NOOP("TachoBoard", "OK"),
}
#: the long level names of compliance.LEVEL_TEXT
LEVEL_TEXT = {
    c.OUTSIDE: QT_TRANSLATE_NOOP("TachoBoard", "Outside legal compliance"),
    c.NEVER: QT_TRANSLATE_NOOP("TachoBoard", "Never downloaded"),
    c.DISCONNECTED: QT_TRANSLATE_NOOP("TachoBoard", "Disconnected"),
    c.OVERDUE: QT_TRANSLATE_NOOP("TachoBoard", "Overdue"),
    c.DUE_SOON: QT_TRANSLATE_NOOP("TachoBoard", "Due soon"),
    c.OK: QT_TRANSLATE_NOOP("TachoBoard", "OK"),
}


def level_text(level: str) -> str:
    return tr(SHORT_LEVEL_TEXT[level]) if level in SHORT_LEVEL_TEXT else level


def reading_text(rd: c.ClockReading) -> str:
    """ClockReading.text in the UI language: the level and the days to the legal limit."""
    base = tr(LEVEL_TEXT[rd.level]) if rd.level in LEVEL_TEXT else rd.text
    left = rd.legal_days_left
    if rd.level == c.NEVER or left is None or rd.level not in LEVEL_TEXT:
        return base
    if rd.level == c.OUTSIDE:
        return tr("%1 (%2)").replace("%1", base).replace("%2", days_text(min(left, -1)))
    return tr("%1: %2 to the legal limit").replace("%1", base).replace("%2", count_days(left))


def rdl_text(row: BoardRow) -> str:
    """The RDL column: the latest request's outcome, else whether one can be asked for."""
    if row.kind != c.VU:
        return ""
    last = row.last_rdl
    if last and last["state"] == "queued":
        return tr("Waiting to send")
    if last and last["state"] == "refused":
        return tr("Refused: %1").replace("%1", last["message"] or "")
    if last and last["state"] == "accepted" and row.rdl_denial is not None:
        return tr("Requested %1").replace("%1", last["requested_at"][:10])
    if row.rdl_denial is None:
        return tr("Possible")
    return tr("Not possible")


def problem_note(row: BoardRow) -> str:
    """A short addition to the status cell when the files say something needs attention."""
    if row.missing_days:
        return " · " + tr("%1 d missing").replace("%1", str(row.missing_days))
    if row.expiry_days_left is not None:
        return " · " + (tr("card expired") if row.expiry_days_left < 0 else tr("card expires"))
    return ""


def problem_lines(row: BoardRow) -> list[str]:
    """What the files say needs attention, in the UI language (tooltips, coverage panel)."""
    lines = []
    if row.coverage is not None:
        for a, b in row.coverage.gaps[-3:]:
            n = (b - a).days + 1
            lines.append(
                tr("No file holds %1 to %2 (%3).")
                .replace("%1", short_date(a))
                .replace("%2", short_date(b))
                .replace("%3", count_days(n))
            )
    left = row.expiry_days_left
    if left is not None and row.card_expiry:
        lines.append(
            tr("The card expired on %1.").replace("%1", short_date(row.card_expiry))
            if left < 0
            else tr("The card expires on %1 (%2).")
            .replace("%1", short_date(row.card_expiry))
            .replace(
                "%2",
                tr("today")
                if left == 0
                else tr("in 1 day")
                if left == 1
                else tr("in %1 days").replace("%1", str(left)),
            )
        )
    left = row.calibration_days_left
    if left is not None and row.calibration_due:
        lines.append(
            tr("The calibration was due on %1.").replace("%1", short_date(row.calibration_due))
            if left < 0
            else tr("The next calibration is due on %1 (%2).")
            .replace("%1", short_date(row.calibration_due))
            .replace(
                "%2",
                tr("today")
                if left == 0
                else tr("in 1 day")
                if left == 1
                else tr("in %1 days").replace("%1", str(left)),
            )
        )
    return lines


def hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


def detail_lines(row: BoardRow) -> list[str]:
    """What the files' details say about the selected unit or card: its calibration, or the
    vehicles the driver used and the driving of the last days held."""
    d = row.details
    if d is None:
        return []
    lines = []
    if d.calibration_due is not None:
        lines.append(
            tr("Last calibration %1; next calibration due %2.")
            .replace("%1", short_date(d.last_calibration))
            .replace("%2", short_date(d.calibration_due))
        )
    if d.vehicles_used:
        shown = [
            tr("%1 (%2 to %3)")
            .replace("%1", v.registration)
            .replace("%2", short_date(v.first))
            .replace("%3", short_date(v.last))
            for v in d.vehicles_used[:4]
        ]
        more = len(d.vehicles_used) - len(shown)
        lines.append(
            tr("Vehicles used: %1").replace("%1", ", ".join(shown))
            + (tr(" and %1 more").replace("%1", str(more)) if more else "")
        )
    if d.days:
        last = d.days[-7:]
        lines.append(
            tr("Driving on the last %1 days held: %2 (total %3).")
            .replace("%1", str(len(last)))
            .replace("%2", ", ".join(f"{t.day.strftime('%d.%m')} {hours(t.driving)}" for t in last))
            .replace("%3", hours(sum(t.driving for t in last)))
        )
    return lines
