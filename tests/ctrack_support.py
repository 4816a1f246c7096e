"""Ctrack clients against Ctrack simulators on loopback, shared by the Ctrack test modules."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from fleetdesk.core.clock import FakeClock
from fleetdesk.ctrack.client import CtrackClient
from fleetdesk.simulators.ctrack import DEMO_PASSWORD, DEMO_USERNAME, PREFIX, CtrackSimulator
from fleetdesk.simulators.framework import SimServer


@contextlib.contextmanager
def ctrack_maker(clock: FakeClock, **sim_defaults) -> Iterator[Callable[..., tuple]]:
    """``make(password=..., ctrack_session=..., **sim_kwargs) -> (sim, client)``: simulator and
    client share ``clock`` (``sim_defaults`` are simulator keywords every call starts from);
    all are closed when the block ends."""
    made: list[tuple[SimServer, CtrackClient]] = []

    def make(password=DEMO_PASSWORD, ctrack_session=None, **sim_kwargs):
        sim = CtrackSimulator(clock=lambda: clock.now().timestamp(), **{**sim_defaults, **sim_kwargs})
        server = SimServer(sim).start()
        client = CtrackClient(
            server.url + PREFIX, DEMO_USERNAME, password, clock=clock, ctrack_session=ctrack_session
        )
        made.append((server, client))
        return sim, client

    try:
        yield make
    finally:
        # ApiClient's own status errors (429, 5xx) keep the response in their traceback frames;
        # collect them so the pooled sockets really close and the server threads end
        gc.collect()
        for server, client in made:
            client.session.close()
            server.stop()


def logins(sim) -> list:
    """The requests ``sim`` received on its login endpoint."""
    return sim.requests_to(r"/Membership/Login$")
