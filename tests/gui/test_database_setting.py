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


# -- the password (#16 §1): to the keyring off the UI thread, never to settings.json -----------
def _click_and_wait(qtbot, box, button, says):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: says in box.result.label.text() and button.isEnabled(), timeout=15000)
    return box.result.label.text()


def test_the_password_goes_to_the_keyring_and_test_connection_uses_it(view, runtime, qtbot, protected_pg_url):
    import keyring

    from pg_support import ROLE_PASSWORD

    box = view.database
    box.url.setText(protected_pg_url.display())
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert _click_and_wait(qtbot, box, box.test_button, "Cannot sign in").startswith(
        "Cannot sign in to the FleetDesk database server at 127.0.0.1:"
    )
    box.password.setText(ROLE_PASSWORD)
    assert "kept in the system keyring" in _click_and_wait(qtbot, box, box.password_button, "keyring")
    assert box.password.text() == ""
    assert keyring.get_password("FleetDesk/database", protected_pg_url.account) == ROLE_PASSWORD
    said = _click_and_wait(qtbot, box, box.test_button, "Connected")
    assert said.startswith(f"Connected to {protected_pg_url.display()} (PostgreSQL 1"), said
    settings_file = runtime.config.data_dir / "settings.json"
    assert ROLE_PASSWORD not in settings_file.read_text()
    assert runtime.config.settings.get("database.url") == protected_pg_url.display()

    box.password.setText("not the password")
    _click_and_wait(qtbot, box, box.password_button, "keyring")
    said = _click_and_wait(qtbot, box, box.test_button, "Cannot sign in")
    assert "did not accept the password of 'desk_pw'" in said and "Traceback" not in said
    assert "not the password" not in said and "not the password" not in settings_file.read_text()


def test_without_a_system_keyring_the_password_is_refused_pointing_to_pgpassfile(view, runtime, qtbot):
    runtime.secrets.state = "session-only"
    box = view.database
    box.url.setText("postgresql://anna@db.garage:5432/fleetdesk")
    box.password.setText("secret")
    said = _click_and_wait(qtbot, box, box.password_button, "Database password:")
    assert "no system keyring" in said and "PGPASSFILE" in said and "~/.pgpass" in said
    assert runtime.secrets.get("database", "anna@db.garage:5432/fleetdesk") is None


def test_a_sqlite_url_has_no_password(view, qtbot):
    box = view.database
    box.url.setText("")
    box.password.setText("secret")
    qtbot.mouseClick(box.password_button, Qt.MouseButton.LeftButton)
    assert "only a postgresql:// URL has a password" in box.result.label.text()


def test_in_the_demo_the_password_is_said_to_be_kept_in_memory_only(view, qtbot):
    view.database.ctx.demo = object()  # the demo's secrets are an in-memory keyring
    box = view.database
    box.url.setText("postgresql://anna@db.garage:5432/fleetdesk")
    box.password.setText("secret")
    said = _click_and_wait(qtbot, box, box.password_button, "Demo:")
    assert "kept in memory until FleetDesk closes" in said and "system keyring" not in said
