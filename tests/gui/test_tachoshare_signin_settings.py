"""Issue 12 (sign-in settings): the TachoShare sign-in page shows and edits the issuer, the
authorize and token URLs and the scopes; plain http is refused except on loopback; nothing is
saved while a field is wrong; the sign-in uses what was saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from fleetdesk.runtime import Runtime
from fleetdesk.tachoshare.plugin import PLUGIN
from fleetdesk.tachoshare.service import TachoShareService
from fleetdesk.ui.shell.settings_view import SettingsView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def rt(config, fake_clock):
    runtime = Runtime(config, clock=fake_clock, integrations=[PLUGIN])
    runtime.secrets.set("tachoshare", "client_id", "fleetdesk-test")
    yield runtime
    runtime.close()


def open_page(view):
    titles = [view.list.item(i).text() for i in range(view.list.count())]
    view.list.setCurrentRow(titles.index("TachoShare sign-in"))
    return view.pages.currentWidget()


@pytest.fixture
def view(rt, app_context_for, qtbot):
    widget = SettingsView(app_context_for(rt))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


@pytest.fixture
def page(view):
    return open_page(view)


def edit(page, name: str) -> QLineEdit:
    return next(w for w in page.findChildren(QLineEdit) if w.accessibleName() == f"TachoShare sign-in {name}")


def save(page, qtbot) -> None:
    button = next(
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Save TachoShare sign-in settings"
    )
    qtbot.mouseClick(button, LEFT)


def test_the_sign_in_page_shows_and_saves_issuer_endpoints_and_scopes(view, page, rt, qtbot):
    issuer, authorize, token = edit(page, "base URL"), edit(page, "Authorize URL"), edit(page, "Token URL")
    scopes = edit(page, "Scopes")
    assert issuer.placeholderText() == "https://auth.webfleet.com/auth/realms/webfleet"
    assert "OpenID configuration" in authorize.placeholderText()
    assert scopes.placeholderText() == "tachoshare:read tachoshare:rdl"
    issuer.setText("https://login.example.com/realms/fleet/")
    authorize.setText("https://login.example.com/realms/fleet/auth")
    token.setText("http://127.0.0.1:8443/token")  # loopback may be plain http
    scopes.setText("  openid   offline_access tachoshare:read ")
    save(page, qtbot)
    if os.environ.get("TACHO_SHOTS"):  # for review: TACHO_SHOTS=/some/dir
        view.resize(1280, 800)
        view.grab().save(str(Path(os.environ["TACHO_SHOTS"]) / "settings-signin.png"))
    settings = rt.config.settings
    assert settings.get("tachoshare_auth.url") == "https://login.example.com/realms/fleet"
    assert settings.get("tachoshare_auth.authorize_url") == "https://login.example.com/realms/fleet/auth"
    assert settings.get("tachoshare_auth.token_url") == "http://127.0.0.1:8443/token"
    assert settings.get("tachoshare_auth.scope") == "openid offline_access tachoshare:read"
    # the sign-in is built from them (no discovery needed: both endpoints are named)
    auth = TachoShareService.of(rt).auth()
    assert auth.issuer == "https://login.example.com/realms/fleet"
    assert (auth.authorize_url, auth.token_url) == (
        "https://login.example.com/realms/fleet/auth",
        "http://127.0.0.1:8443/token",
    )
    assert auth.scope == "openid offline_access tachoshare:read"


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("base URL", "http://login.example.com/realms/fleet", "https://"),
        ("Authorize URL", "http://login.example.com/auth", "https://"),
        ("Token URL", "ftp://login.example.com/token", "https://"),
        ("Scopes", 'tachoshare:read "all"', "may not contain"),
    ],
)
def test_a_wrong_field_is_named_and_nothing_is_saved(page, rt, qtbot, field, value, message):
    edit(page, "Scopes").setText("tachoshare:read")
    edit(page, field).setText(value)
    save(page, qtbot)
    text = page.result.label.text()
    label = {"base URL": "Issuer"}.get(field, field)
    assert label in text and message in text
    settings = rt.config.settings
    for key in ("url", "authorize_url", "token_url", "scope"):
        assert settings.get(f"tachoshare_auth.{key}") is None, key


def test_fields_set_by_the_environment_are_shown_and_not_editable(config, fake_clock, app_context_for, qtbot):
    config.environ["FLEETDESK_TACHOSHARE_SCOPE"] = "env:scope"
    config.environ["FLEETDESK_TACHOSHARE_AUTH_URL"] = "https://env.example.com/realms/x"
    runtime = Runtime(config, clock=fake_clock, integrations=[PLUGIN])
    try:
        view = SettingsView(app_context_for(runtime))
        qtbot.addWidget(view)
        page = open_page(view)
        scopes = edit(page, "Scopes")
        assert scopes.text() == "env:scope" and not scopes.isEnabled()
        assert "FLEETDESK_TACHOSHARE_SCOPE" in scopes.toolTip()
        assert not edit(page, "base URL").isEnabled()
        save(page, qtbot)
        assert runtime.config.settings.get("tachoshare_auth.scope") is None
    finally:
        runtime.close()
