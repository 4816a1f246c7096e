"""Shared set-up for the TachoShare tests (no tests here): a simulator on loopback, a runtime
with the TachoShare plugin pointed at it, signed in with a fresh refresh token.

Import it as ``from test_tachoshare_support import ...`` (tests/ is on sys.path).
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass

import requests

from fleetdesk.core.clock import FakeClock
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import AUTH_PREFIX, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, TachoShareSim
from fleetdesk.tachoshare.plugin import PLUGIN
from fleetdesk.tachoshare.service import TachoShareService


class Browser:
    """Stands in for the system browser: opens the authorize page, follows its redirect."""

    def __init__(self):
        self.session = requests.Session()
        self.session.trust_env = False
        self.visited: list[str] = []

    def __call__(self, url: str) -> bool:
        self.visited.append(url)
        with self.session.get(url, allow_redirects=False, timeout=5) as page:
            if page.status_code == 302:
                self.visited.append(page.headers["Location"])
                self.session.get(page.headers["Location"], timeout=5).close()
        return True

    def close(self) -> None:
        self.session.close()


@dataclass
class TachoEnv:
    sim: TachoShareSim
    server: SimServer
    clock: FakeClock
    rt: Runtime

    @property
    def svc(self) -> TachoShareService:
        return TachoShareService.of(self.rt)

    def env_vars(self) -> dict[str, str]:
        """For a child process or ``cli.main``: URLs and a fresh unattended sign-in."""
        return {
            "FLEETDESK_TACHOSHARE_URL": self.server.url,
            "FLEETDESK_TACHOSHARE_AUTH_URL": self.server.url + "/auth/realms/webfleet",
            "FLEETDESK_TACHOSHARE_CLIENT_ID": DEMO_CLIENT_ID,
            "FLEETDESK_TACHOSHARE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
            "FLEETDESK_TACHOSHARE_REFRESH_TOKEN": self.sim.issue_tokens()["refresh_token"],
        }

    def rows(self, sql: str, args=()) -> list[dict]:
        return self.rt.store.read(lambda db: list(db.query(sql, list(args))))


def sign_in(rt: Runtime, sim: TachoShareSim) -> None:
    rt.secrets.set("tachoshare", "client_id", DEMO_CLIENT_ID)
    rt.secrets.set("tachoshare", "client_secret", DEMO_CLIENT_SECRET)
    rt.secrets.set("tachoshare", "refresh_token", sim.issue_tokens()["refresh_token"])


@contextlib.contextmanager
def tacho_env(config, clock: FakeClock | None = None, *, signed_in: bool = True, **sim_kwargs):
    """Simulator (sharing ``clock``), server and runtime; everything closed afterwards."""
    clock = clock or FakeClock()
    sim_kwargs.setdefault("rate_limit", None)
    sim = TachoShareSim(clock=lambda: clock.now().timestamp(), **sim_kwargs)
    server = SimServer(sim).start()
    config.overrides.update({"tachoshare": server.url, "tachoshare_auth": server.url + AUTH_PREFIX})
    rt = Runtime(config, clock=clock, integrations=[PLUGIN])
    try:
        if signed_in:
            sign_in(rt, sim)
        yield TachoEnv(sim, server, clock, rt)
    finally:
        svc = rt.services.get("tachoshare")
        if svc is not None:
            svc.close()
        rt.close()
        gc.collect()  # errors keep responses (and kept-alive connections) alive
        server.stop()
