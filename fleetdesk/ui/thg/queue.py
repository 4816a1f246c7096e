"""The upload queue: every document the user sent, where it stands, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from fleetdesk.core.clock import parse_utc
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.thg.chips import CHIP_ROLE, chip_key
from fleetdesk.ui.thg.vehicles_model import explain
from fleetdesk.ui.widgets.table_model import ColumnsModel
from fleetdesk.ui.widgets.who import row_who

translate = QCoreApplication.translate


def upload_state(row: dict) -> tuple[str, str, str]:
    """(chip key, short text, explanation) of an upload row from ``thg.store.uploads``, in the UI
    language (texts that come from the service or the outbox stay as they are)."""
    outbox, error = row.get("outbox_state"), row.get("last_error") or ""
    if outbox == "discarded":
        return (
            "discarded",
            translate("UploadQueueModel", "Discarded"),
            translate("UploadQueueModel", "Discarded in the Outbox: it will not be sent."),
        )
    if row["state"] == "attention" or outbox == "attention":
        return "attention", translate("UploadQueueModel", "Needs attention"), row.get("problem") or error
    if row["state"] == "uploaded":
        status = row.get("vehicle_status") or "pending"
        title, text = explain(status, row.get("vehicle_reason") or "")
        note = f" {row['note']}" if row.get("note") else ""
        if status == "pending":
            return "uploaded", translate("UploadQueueModel", "Uploaded · being checked"), text + note
        return chip_key(status), title, text + note
    if outbox == "sending":
        if row.get("note"):
            return "sending", translate("UploadQueueModel", "Waking the service…"), row["note"]
        return (
            "sending",
            translate("UploadQueueModel", "Uploading…"),
            translate("UploadQueueModel", "Being sent now."),
        )
    if error.startswith("Sign-in needed"):
        return (
            "waiting",
            translate("UploadQueueModel", "Waiting for sign-in"),
            translate("UploadQueueModel", "Sign in to the THG service; the upload then starts by itself."),
        )
    if error:
        if row.get("next_attempt_at"):
            when = parse_utc(row["next_attempt_at"]).astimezone().strftime("%H:%M:%S")
            return "offline", translate("UploadQueueModel", "Retrying at %1").replace("%1", when), error
        return "offline", translate("UploadQueueModel", "Retrying"), error
    return (
        "queued",
        translate("UploadQueueModel", "Waiting to upload"),
        translate("UploadQueueModel", "Queued; uploads start gently and speed up."),
    )


def batch_progress(rows: list[dict]) -> tuple[int, int, int]:
    """(done, total, attention) for the newest batch of uploads."""
    if not rows:
        return 0, 0, 0
    batch = rows[0].get("batch")
    mine = [r for r in rows if r.get("batch") == batch] if batch else rows[:1]
    done = sum(1 for r in mine if r["state"] in ("uploaded", "attention"))
    attention = sum(1 for r in mine if r["state"] == "attention")
    return done, len(mine), attention


class UploadQueueModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("UploadQueueModel", "Document"),
        QT_TRANSLATE_NOOP("UploadQueueModel", "State"),
        QT_TRANSLATE_NOOP("UploadQueueModel", "Vehicle"),
    )
    STATE = 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.states: list[tuple[str, str, str]] = []

    def render(self, rows: list[dict]) -> None:
        states = [upload_state(r) for r in rows]
        if len(rows) == len(self.rows) and all(a["id"] == b["id"] for a, b in zip(rows, self.rows)):
            changed = [
                i
                for i, (a, b, s, t) in enumerate(zip(rows, self.rows, states, self.states))
                if s != t or a.get("vehicle_id") != b.get("vehicle_id")
            ]
            self.rows, self.states = rows, states
            if changed:  # update in place: the selection and scroll position stay
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 2))
            return
        self.beginResetModel()
        self.rows, self.states = rows, states
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, (key, text, why) = self.rows[index.row()], self.states[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row["file_name"], text, str(row["vehicle_id"] or ""))[col]
        if role == CHIP_ROLE and col == self.STATE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            refs = " / ".join(
                r
                for r in (row["customer_reference1"], row["customer_reference2"], row["customer_reference3"])
                if r
            )
            if col == self.STATE:
                return why
            who = row_who(row)  # team mode: who uploaded it (the panel is too narrow for a column)
            by = "\n" + translate("UploadQueueModel", "Uploaded by %1").replace("%1", who) if who else ""
            return f"{row['file_name']}\n{refs}{by}"
        return None
