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


def _contracts() -> list[dict]:
    """The import contracts as import-linter checks them: ``fleetdesk.{integration}`` expanded
    from the registry by tools/import_contracts.py."""
    from tools.import_contracts import expand

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
    return [expand(c) if c["type"].startswith("registry_") else c for c in contracts]


def test_the_import_contracts_list_every_integration():
    contracts = _contracts()
    by_name = {c["name"]: c for c in contracts}
    independent = by_name["Integrations are independent of each other"]["modules"]
    assert sorted(independent) == sorted(f"fleetdesk.{n}" for n in PACKAGES)
    layers = next(c for c in contracts if c["type"].endswith("layers"))["layers"]
    integration_layer = next(layer for layer in layers if "fleetdesk.carpass" in layer)
    for name in PACKAGES:
        assert f"fleetdesk.{name}" in re.split(r"\s*\|\s*", integration_layer), name
        assert f"fleetdesk.{name}" in by_name["Qt stays in ui/, app.py and simulators/"]["source_modules"]


def test_the_import_contracts_name_no_integration_themselves():
    """pyproject.toml says ``fleetdesk.{integration}``: a new integration edits no contract."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    contracts = text[text.index("[tool.importlinter]") :]
    for name in PACKAGES:
        assert f'"fleetdesk.{name}' not in contracts.replace('"fleetdesk.carpass.waiting"', ""), name


def test_the_placeholder_expands_to_one_module_per_integration():
    from tools.import_contracts import expand

    options = {
        "modules": ["fleetdesk.{integration}", "fleetdesk.core"],
        "layers": ["x | fleetdesk.{integration}.a"],
    }
    assert expand(options, ("a", "b")) == {
        "modules": ["fleetdesk.a", "fleetdesk.b", "fleetdesk.core"],
        "layers": ["x | fleetdesk.a.a | fleetdesk.b.a"],
    }


def test_every_service_belongs_to_a_registered_package_that_declares_it():
    """The services come from each package's servicedef.py; nothing else in core lists them."""
    from fleetdesk.core.services import BUILTIN, SERVICES, declared

    by_package = {name: declared(name) for name in names()}
    assert list(SERVICES) == [s.key for name in names() for s in by_package[name]] + [s.key for s in BUILTIN]
    for name, services in by_package.items():
        for svc in services:
            assert svc.integration == name, svc.key
            assert svc.auth_of is None or svc.auth_of in SERVICES, svc.key
            assert svc.default_environment in svc.environments, svc.key
    for name in PACKAGES:
        plugin = importlib.import_module(f"fleetdesk.{name}.plugin").PLUGIN
        assert set(plugin.services) <= {s.key for s in by_package[name]}, name
    config_py = (ROOT / "fleetdesk" / "core" / "config.py").read_text("utf-8")
    assert "ServiceDef(" not in config_py


def test_a_new_integration_needs_no_edit_outside_its_package_its_ui_folder_and_the_registry():
    """No module outside an integration's package and UI folder imports it: the runtime, the
    command line, the settings and the main window reach it through the registry. (The vehicle
    view, a layer above the integrations, reads their tables by choice; simulators never import it.)"""
    for name in PACKAGES:
        pattern = re.compile(rf"fleetdesk\.{name}\b")
        mentions = []
        for path in (ROOT / "fleetdesk").rglob("*.py"):
            rel = path.relative_to(ROOT / "fleetdesk")
            if rel.parts[0] in (name, "vehicles", "simulators") or rel.parts[:2] in (
                ("ui", name),
                ("ui", "vehicles"),
            ):
                continue
            if pattern.search(path.read_text("utf-8")):
                mentions.append(str(rel))
        assert mentions == [], (name, mentions)


def test_the_guide_names_the_places_that_exist():
    text = DOC.read_text("utf-8")
    assert "fleetdesk/registry.py" in text and "PACKAGES" in text
    assert "fleetdesk.{integration}" in text and "tools/import_contracts.py" in text
    assert (ROOT / "tools" / "import_contracts.py").exists()
    for path in re.findall(r"`((?:fleetdesk|tests|docs)/[\w/.]+)`", text):
        concrete = path.replace("acme", "carpass")
        assert (ROOT / concrete).exists(), path
    for module in (
        "client.py",
        "models.py",
        "service.py",
        "servicedef.py",
        "handlers.py",
        "access.py",
        "cli.py",
        "plugin.py",
    ):
        assert f"`{module}`" in text
        assert (ROOT / "fleetdesk" / "carpass" / module).exists(), module


def test_a_registered_part_that_fails_to_load_is_left_out_and_recorded(monkeypatch):
    """One loader for plug-ins and service definitions (registry.load): a package without the
    part is simply skipped; one whose part raises is recorded for the self-test and left out."""
    import importlib as il

    from fleetdesk import registry

    assert registry.load("carpass", "no_such_part") is None
    assert registry.load("carpass", "plugin") is importlib.import_module("fleetdesk.carpass.plugin")
    monkeypatch.setattr(registry, "LOAD_ERRORS", {})
    real = il.import_module

    def broken(module_name, *args):
        if module_name == "fleetdesk.thg.plugin":
            raise RuntimeError("a bad plug-in")
        return real(module_name, *args)

    monkeypatch.setattr(registry.importlib, "import_module", broken)
    from fleetdesk.integrations import discover

    assert "thg" not in [i.name for i in discover()] and "carpass" in [i.name for i in discover()]
    assert registry.LOAD_ERRORS == {"thg": "RuntimeError: a bad plug-in"}
