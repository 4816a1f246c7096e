"""Team mode (#16): the Settings field for the database URL — checked by the parser of
--database, never a password, saved to settings.json, used from the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fleetdesk.ui.shell.settings_view import SettingsView


@pytest.fixture
def view(app_context, qtbot):
    v = SettingsView(app_context)
    qtbot.addWidget(v)
    v.show()
    return v


def save(view, qtbot, text):
    box = view.database
    box.url.setText(text)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    return box.result.label.text()


def test_a_team_database_url_is_saved_and_takes_effect_at_the_next_start(view, runtime, qtbot):
    assert "sqlite:///" in view.database.in_use.text()
    message = save(view, qtbot, " postgresql://anna@db.garage:5432/fleetdesk?sslmode=verify-full ")
    assert "next start" in message
    assert (
        runtime.config.settings.get("database.url")
        == "postgresql://anna@db.garage:5432/fleetdesk?sslmode=verify-full"
    )
    assert runtime.config.database.engine == "postgresql"  # what the next start will open
    assert "sqlite:///" in view.database.in_use.text()  # this run keeps its store
    assert "next start" in save(view, qtbot, "")  # empty: back to the own file
    assert runtime.config.settings.get("database.url") is None


@pytest.mark.parametrize(
    "text, says",
    [
        ("mysql://anna@db/fleetdesk", "not supported; allowed: sqlite:///PATH"),
        ("postgresql://anna:secret@db.garage/fleetdesk", "do not put the password"),
        # where the password goes instead: a place that exists (there is no password field here)
        ("postgresql://anna:secret@db.garage/fleetdesk", "keyring (service 'FleetDesk/database'"),
        ("postgresql://anna@db.garage/fleetdesk?password=secret", "do not put the password"),
        ("db.garage", "is not a database URL; allowed"),
        ("postgresql://anna@db.garage/fleetdesk?sslmode=maybe", "sslmode 'maybe' is not one of"),
    ],
)
def test_a_wrong_url_names_the_field_and_what_is_allowed_and_saves_nothing(view, runtime, qtbot, text, says):
    message = save(view, qtbot, text)
    assert message.startswith("Database URL: ") and says in message, message
    assert "secret" not in message
    assert runtime.config.settings.get("database.url") is None
