"""Shared helpers for the THG workflow, CLI, GUI and benchmark tests (no tests in here).

``ThgEnv`` runs the identity simulator (TLS, hub test CA) and the QaaS simulator on loopback,
sharing one clock with a Runtime that has the THG plugin installed.
"""

from __future__ import annotations

import gc
import struct
from pathlib import Path

from fleetdesk.core.clock import Clock
from fleetdesk.simulators import thg as thg_sim
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.hub import SimulatorHub

DELAYS = {"validation_delay": 60, "uba_send_delay": 300, "uba_reply_delay": 600}


def jpeg(marker: bytes = b"THG-SIM:VERIFIED", width: int = 1600, height: int = 1000) -> bytes:
    """A tiny JPEG whose header claims ``width`` x ``height`` (filecheck reads only that)."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    comment = b"\xff\xfe" + struct.pack(">H", len(marker) + 2) + marker
    return b"\xff\xd8" + comment + sof + b"\x00" * 64 + b"\xff\xd9"


def png_header(width: int, height: int) -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + b"IHDR"
        + struct.pack(">II", width, height)
        + b"\x08\x02\x00\x00\x00"
        + b"\x00" * 4
    )


def pdf(pages: int = 1, marker: bytes = b"THG-SIM:VERIFIED", complete: bool = True) -> bytes:
    objs = b"".join(b"%d 0 obj<</Type /Page>>endobj\n" % (i + 3) for i in range(pages))
    return (
        b"%PDF-1.4\n% "
        + marker
        + b"\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n"
        + objs
        + (b"trailer<<>>\n%%EOF\n" if complete else b"")
    )


def write_docs(
    folder: Path, count: int, marker: bytes = b"THG-SIM:VERIFIED", prefix: str = "doc"
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        path = folder / f"{prefix}-{i:03d}.jpg"
        path.write_bytes(jpeg(marker + b" VIN=WVWZZZE1ZMP%06d" % (i + 100000 * (len(prefix) % 7))))
        out.append(path)
    return out


class ThgEnv:
    """Simulators + a Runtime with the THG plugin, on one clock. ``close()`` stops it all."""

    def __init__(
        self,
        config,
        clock: Clock,
        monkeypatch,
        *,
        thg_app=None,
        sim_kwargs=None,
        identity_kwargs=None,
        integrations=None,
        ramp=None,
        lookup_grace: float = 0.2,
    ):
        from fleetdesk.runtime import Runtime
        from fleetdesk.thg.plugin import PLUGIN
        from fleetdesk.thg.ramp import RampSettings
        from fleetdesk.thg.service import ThgService

        def epoch() -> float:
            return clock.now().timestamp()

        self.clock = clock
        names = ["thg_identity"] + ([] if thg_app is not None else ["thg"])
        sim_kwargs = {
            "clock": epoch,
            "demo": False,
            "cold_start_delay": 1.0,
            "idle_after": 10**9,
            **DELAYS,
            **(sim_kwargs or {}),
        }
        self.hub = SimulatorHub(
            names,
            thg_identity={"clock": epoch, "auto_approve_after": 0, **(identity_kwargs or {})},
            thg=sim_kwargs,
        ).start()
        self.server = None
        urls = dict(self.hub.urls)
        if thg_app is not None:
            self.server = SimServer(thg_app).start()
            urls["thg"] = self.server.url
        self.sim = thg_app if thg_app is not None else self.hub.apps["thg"]
        self.identity = self.hub.apps["thg_identity"]
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(self.hub.ca_bundle))
        config.overrides.update(urls)
        self.config = config
        self.urls = urls
        self.registrant = self.sim.store.add_registrant(
            {"type": "organization", "last_name_or_organization": "Test GmbH"}, epoch()
        )["id"]
        self.rt = Runtime(config, clock=clock, integrations=integrations or [PLUGIN])
        self.svc = ThgService(
            self.rt, ramp=ramp or RampSettings(first_gap=0.0, min_gap=0.0), lookup_grace=lookup_grace
        )
        self.rt.services["thg"] = self.svc

    def sign_in(self):
        device = self.svc.account.start_device_flow()
        return self.svc.account.wait_for_sign_in(device)

    def send(self):
        return self.rt.dispatcher.run_once(service="thg", limit=10_000)

    def uploads(self) -> list[dict]:
        from fleetdesk.thg import store as ts

        return self.rt.store.read(lambda db: ts.uploads(db))

    def close(self) -> None:
        svc = self.rt.services.get("thg")
        if svc is not None:
            svc.close()
        self.rt.close()
        gc.collect()  # responses kept alive by tracebacks hold sockets (see test_thg_client)
        if self.server is not None:
            self.server.stop()
        self.hub.stop()


__all__ = ["DELAYS", "ThgEnv", "jpeg", "pdf", "png_header", "thg_sim", "write_docs"]
