"""The runtime's one CarPassService and StatusPoller, built on first use.

Kept apart from ``plugin.py`` (which wires Car-Pass into FleetDesk and imports the CLI, handlers
and demo) so that the CLI, the waiting helper and the UI reach the service without a circle.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()


def get_service(rt):
    """The runtime's CarPassService (created on first use)."""
    from fleetdesk.carpass.service import CarPassService

    with _lock:
        svc = rt.services.get("carpass")
        if svc is None:
            svc = rt.services["carpass"] = CarPassService(rt)
        return svc


def get_poller(rt):
    from fleetdesk.carpass.poller import StatusPoller

    with _lock:
        poller = rt.services.get("carpass.poller")
    if poller is None:
        svc = get_service(rt)
        with _lock:
            poller = rt.services.setdefault("carpass.poller", StatusPoller(svc))
    return poller
