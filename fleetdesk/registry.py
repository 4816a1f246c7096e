"""The integrations FleetDesk ships, in one place: a new integration adds its name here.

``fleetdesk/<name>/plugin.py`` wires the integration (``PLUGIN``: tables, outbox handlers, CLI
verbs, sync, demo data), ``fleetdesk/<name>/servicedef.py`` declares the remote services it
talks to (``SERVICES``) and ``fleetdesk/ui/<name>/__init__.py`` its tab (``TAB``); the runtime
(``integrations.discover``), the configuration (``core.services``), the command line and the
main window find them through these names. See docs/adding-an-integration.md.

This module imports nothing: it is the bottom of the layers, so that everything (the
configuration in ``core`` included) may read it. The modules it names are imported by name,
where they are needed.
"""

from __future__ import annotations

#: the integrations (independent of each other), in the order of their tabs
PACKAGES = ("carpass", "tachoshare", "thg", "highmobility", "ctrack")
#: layers above the integrations (they read the integrations' tables), loaded after them
LAYERS = ("vehicles",)


def names() -> tuple[str, ...]:
    """Every registered name: the integrations, then the layers above them."""
    return PACKAGES + LAYERS


#: registered packages whose plug-in or service definitions failed to load: name -> error text
#: (the self-test reports them)
LOAD_ERRORS: dict[str, str] = {}
