"""Shared helpers for the Car-Pass workflow, CLI, GUI and benchmark tests (no tests here).

A ``CarPassWorld`` is the Car-Pass simulator on loopback plus a FleetDesk runtime with the
Car-Pass plugin, both on one FakeClock, with the demo account configured.
"""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.plugin import PLUGIN, get_poller, get_service
from fleetdesk.carpass.prechecks import ReadingEntry
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME
from fleetdesk.simulators.hub import SimulatorHub
from fleetdesk.store import outbox as ob

ENTERPRISE = "0412345614"
GOLF = "WVWZZZ1KZ8W123456"  # Car-Pass: 176,420 km 40 days ago (sent by the demo garage)
BMW = "WBA3A5C51DF123457"  # Car-Pass: 131,870 km 180 days ago
RENAULT = "VF1RFB00X61234567"  # Car-Pass: 94,115 km 12 days ago
PANDA = "ZFA19900001234568"  # Car-Pass: 24,610 km 230 days ago
TESLA = "5YJ3E7EB2KF123458"  # its VHR stays ONGOING for 55 s (slow external sources)
TRUCK = "WMAH05ZZZ5M123453"
VHR = ObservationType.VEHICLE_HISTORY_DOCUMENT
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Brussels
THURSDAY_EVENING = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)  # 20:30 Brussels


class CarPassWorld:
    """Simulator + runtime on one clock. Use as a context manager or call ``close()``."""

    def __init__(
        self, data_dir: Path, clock: FakeClock | None = None, *, configure: bool = True, **sim_settings
    ):
        self.clock = clock or FakeClock(MONDAY)
        self.data_dir = Path(data_dir)
        settings = {
            "clock": lambda: self.clock.now().timestamp(),
            "ongoing_seconds": 2.0,
            "vhr_ongoing_seconds": 6.0,
            "review_seconds": 30.0,
            **sim_settings,
        }
        self.hub = SimulatorHub(["carpass"], carpass=settings).start()
        self.sim = self.hub.apps["carpass"]
        self.url = self.hub.urls["carpass"]
        self.rt: Runtime | None = None
        self.configure = configure
        self.open()

    # -- runtime lifecycle ----------------------------------------------------------------
    def open(self) -> Runtime:
        config = Config.load(self.data_dir)
        config.overrides["carpass"] = self.url
        self.rt = Runtime(config, clock=self.clock, integrations=[PLUGIN])
        if self.configure:
            self.rt.secrets.set("carpass", "username", DEMO_USERNAME)
            self.rt.secrets.set("carpass", "password", DEMO_PASSWORD)
            config.settings.set("carpass.enterprise", ENTERPRISE)
        return self.rt

    def crash(self) -> None:
        """Drop the runtime as a dying process would (the store file stays as it is)."""
        gc.collect()
        get_service(self.rt).close()
        self.rt.close()
        self.rt = None

    def restart(self) -> Runtime:
        if self.rt is not None:
            self.crash()
        rt = self.open()
        rt.recover()
        return rt

    def close(self) -> None:
        if self.rt is not None:
            self.crash()
        self.hub.stop()

    def __enter__(self) -> CarPassWorld:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- shortcuts ------------------------------------------------------------------------
    @property
    def svc(self):
        return get_service(self.rt)

    @property
    def poller(self):
        return get_poller(self.rt)

    def today(self) -> date:
        return self.svc.today()

    def entry(
        self,
        km,
        vin: str | None = GOLF,
        *,
        days_ago: int = 0,
        plate: str = "",
        type: ObservationType = ObservationType.REPAIR_MAINTENANCE_SERVICE,
        **kw,
    ) -> ReadingEntry:
        return ReadingEntry(
            str(km), self.today() - timedelta(days=days_ago), type, vin=vin or "", license_plate=plate, **kw
        )

    def submit(self, km, vin: str | None = GOLF, **kw):
        extra = {
            k: kw.pop(k) for k in ("acknowledge", "work_description", "unifier", "first_use_date") if k in kw
        }
        extra.setdefault("acknowledge", True)
        return self.svc.submit(self.entry(km, vin, **kw), **extra)

    def add_history(self, vin: str, days_ago: int, km: int) -> None:
        """An earlier reading in the local history (as imported from another system)."""
        day = (self.today() - timedelta(days=days_ago)).isoformat()
        self.rt.store.write(
            lambda db: db[st.TABLE].insert(
                {
                    "vin": vin,
                    "reading_date": day,
                    "odometer": km,
                    "observation_type": ObservationType.REPAIR_MAINTENANCE_SERVICE.value,
                    "origin": "import",
                    "state": st.HISTORY,
                    "created_at": "",
                    "updated_at": "",
                }
            )
        )

    def step(self) -> None:
        self.rt.dispatcher.run_once()
        self.poller.run_due()

    def run_for(self, seconds: float, tick: float = 0.5) -> None:
        """Let ``seconds`` pass in ``tick`` steps, sending and polling like the app's pump."""
        end = self.clock.now() + timedelta(seconds=seconds)
        self.step()
        while self.clock.now() < end:
            self.clock.advance(tick)
            self.step()

    def reading(self, reading_id: int) -> st.Reading:
        return self.rt.store.read(lambda db: st.get_reading(db, reading_id))

    def issues(self, reading_id: int | None = None, states=(st.OPEN, st.RESOLVING)):
        return self.rt.store.read(lambda db: st.issues(db, states=states, reading_id=reading_id))

    def outbox(self, reading_id: int) -> list[ob.OutboxItem]:
        return self.rt.store.read(lambda db: ob.for_entity(db, st.TABLE, reading_id))

    def requests(self, reading_id: int) -> list[dict]:
        return self.rt.store.read(lambda db: st.requests_of(db, reading_id))

    def posts(self, path: str = r"/api/observation$"):
        return self.sim.requests_to(path, "POST")
