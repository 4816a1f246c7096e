"""Confirm a revoke, cancel or withdraw, with the reason kept for the record (defleeting)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP

REASONS = (
    QT_TRANSLATE_NOOP("RevokeDialog", "Vehicle sold"),
    QT_TRANSLATE_NOOP("RevokeDialog", "Lease ended"),
    QT_TRANSLATE_NOOP("RevokeDialog", "Vehicle written off"),
    QT_TRANSLATE_NOOP("RevokeDialog", "Moved to another fleet"),
    QT_TRANSLATE_NOOP("RevokeDialog", "Added by mistake"),
)


class RevokeDialog(QDialog):
    """Open with ``open()``; read ``vin``, ``action`` and ``reason()`` when ``accepted``."""

    def __init__(self, vin: str, action: str, brand_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vin, self.action = vin, action
        self.setAccessibleName("Confirm revoke")
        titles = {
            "revoke": self.tr("Revoke clearance?"),
            "cancel": self.tr("Cancel the request?"),
            "withdraw": self.tr("Withdraw the request?"),
        }
        texts = {
            "revoke": self.tr(
                "Data access for %1 (%2) ends as soon as High Mobility processes "
                "the revoke. To get data again you would have to request clearance "
                "anew, and the car maker approves it again."
            ),
            "cancel": self.tr(
                "The pending clearance request for %1 (%2) is canceled. You can request it again later."
            ),
            "withdraw": self.tr(
                "The request for %1 (%2) has not reached High Mobility yet; it is dropped and never sent."
            ),
        }
        self.setWindowTitle(titles.get(action, titles["revoke"]))
        message = QLabel(texts.get(action, texts["revoke"]).replace("%1", vin).replace("%2", brand_name))
        message.setWordWrap(True)
        message.setMinimumWidth(420)
        self.message = message
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.setAccessibleName("Reason")
        self.reason_box.addItem("")
        for reason in REASONS:
            self.reason_box.addItem(self.tr(reason))
        editor = self.reason_box.lineEdit()  # the box is editable: it has one
        if editor is not None:
            editor.setPlaceholderText(self.tr("optional, e.g. vehicle sold"))
        form = QFormLayout()
        form.addRow(self.tr("Reason (kept with the vehicle):"), self.reason_box)
        buttons = QDialogButtonBox()
        confirm_text = {
            "revoke": self.tr("Revoke"),
            "cancel": self.tr("Cancel request"),
            "withdraw": self.tr("Withdraw"),
        }[action if action in titles else "revoke"]
        self.confirm_button = buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm_button.setAccessibleName("Confirm")
        self.keep_button = buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setAccessibleName("Keep it")
        self.keep_button.setDefault(True)
        self.confirm_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.reason_box.currentText().strip()
