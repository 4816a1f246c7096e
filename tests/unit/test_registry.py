"""The registry, the integrations' packages and UI folders, the import contracts and
docs/adding-an-integration.md agree."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

from fleetdesk.integrations import Integration
from fleetdesk.registry import LAYERS, PACKAGES, names

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "adding-an-integration.md"


def test_every_registered_name_has_a_plugin_named_like_it():
    for name in names():
        plugin = importlib.import_module(f"fleetdesk.{name}.plugin").PLUGIN
        assert isinstance(plugin, Integration) and plugin.name == name, name


def test_every_integration_has_its_ui_folder_with_its_tab(qapp):
    from fleetdesk.ui.shell.tabs import TabSpec, discover

    for name in PACKAGES:
        spec = importlib.import_module(f"fleetdesk.ui.{name}").TAB
        assert isinstance(spec, TabSpec) and spec.name == name, name
    assert [s.name for s in discover()] == [s.name for s in sorted(discover(), key=lambda s: s.order)]
    assert set(PACKAGES) <= {s.name for s in discover()}


def test_no_integration_package_is_left_out_of_the_registry():
    on_disk = {p.parent.name for p in (ROOT / "fleetdesk").glob("*/plugin.py")}
    assert on_disk == set(PACKAGES + LAYERS)


def test_the_import_contracts_list_every_integration():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
    by_name = {c["name"]: c for c in contracts}
    independent = by_name["Integrations are independent of each other"]["modules"]
    assert sorted(independent) == sorted(f"fleetdesk.{n}" for n in PACKAGES)
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    integration_layer = next(layer for layer in layers if "fleetdesk.carpass" in layer)
    for name in PACKAGES:
        assert f"fleetdesk.{name}" in re.split(r"\s*\|\s*", integration_layer), name
        assert f"fleetdesk.{name}" in by_name["Qt stays in ui/, app.py and simulators/"]["source_modules"]


def test_the_guide_names_the_places_that_exist():
    text = DOC.read_text("utf-8")
    assert "fleetdesk/registry.py" in text and "PACKAGES" in text
    for path in re.findall(r"`((?:fleetdesk|tests|docs)/[\w/.]+)`", text):
        concrete = path.replace("acme", "carpass")
        assert (ROOT / concrete).exists(), path
    for module in ("client.py", "models.py", "service.py", "handlers.py", "access.py", "cli.py", "plugin.py"):
        assert f"`{module}`" in text
        assert (ROOT / "fleetdesk" / "carpass" / module).exists(), module
